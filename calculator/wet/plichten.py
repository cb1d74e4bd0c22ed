"""National reporting duties and national places to report: the one source of their labels.

Every report the site or the calculator shows says on what ground it rests: a duty in a
law (named with its own law and article), a norm of the Inspectie or DUO (not a law), or
only the region's protocol. Region files, pages and results refer to a duty by its id; the
legal sentence lives here (and in landelijk/), never retyped elsewhere.

Texts read in: Leerplichtwet 1969 (BWBR0002628) version 2026-08-01, Wet register
onderwijsdeelnemers (BWBR0042012) version 2026-08-01, Wet educatie en beroepsonderwijs
(BWBR0007625) version 2026-01-01, Wet op het primair onderwijs (BWBR0003420) version
2026-08-01 (art. 40c), Wet voortgezet onderwijs 2020 (BWBR0044212) version 2026-01-01
(art. 8.14, 8.20), Wet op de expertisecentra (BWBR0003549) version 2026-08-01 (art. 40a).
Reading and open questions: landelijk/onderzoek-wet.md.
"""

from __future__ import annotations

from dataclasses import dataclass

# Where a report goes when it is not one of the region's own parties.
# "Doorstroompunt" is Ingrado's name for the RMC since 19 April 2023, not a legal term.
# "duo" is the register onderwijsdeelnemers: verzuimgegevens and basisgegevens (such as an
# uitschrijving) are both delivered there (WRO art. 12); the register passes them on to the
# gemeente (art. 21), so a report "to the RMC" is delivered to DUO, not to the RMC itself.
MELDPUNTEN: dict[str, str] = {
    "duo": "DUO (register onderwijsdeelnemers)",
    "swv": "samenwerkingsverband",
    "rmc": "RMC (Doorstroompunt)",
    "inspectie": "Inspectie van het Onderwijs",
}

# Through which channel a report reaches its place (Begrippen, "DUO-verzuimregister"):
# the school's own administration system delivers it to DUO's register.
KANALEN: dict[str, str] = {
    "duo": "de leerlingadministratie van de school (of het verzuimloket in Mijn DUO)",
    "rmc": "de leerlingadministratie van de school (of het verzuimloket in Mijn DUO)",
}

# What a report rests on. 'wet' always goes with a duty id below.
GRONDSLAGEN: dict[str, str] = {
    "wet": "wettelijke plicht",
    "norm": "norm van de Inspectie of DUO, geen wetsartikel",
    "regio": "afspraak in deze regio, geen wettelijke plicht",
    "advies": "advies, geen plicht",
}

# The short tag beside an action or a deadline line (Wet / Regio / Norm / Advies).
GRONDSLAG_LABELS: dict[str, str] = {"wet": "Wet", "regio": "Regio", "norm": "Norm", "advies": "Advies"}

WETTEN: dict[str, str] = {
    # law name -> BWB id, so a label can be checked against the law it names
    "Leerplichtwet 1969": "BWBR0002628",
    "Wet register onderwijsdeelnemers": "BWBR0042012",
    "Wet educatie en beroepsonderwijs": "BWBR0007625",
    "Wet op het primair onderwijs": "BWBR0003420",
    "Wet voortgezet onderwijs 2020": "BWBR0044212",
    "Wet op de expertisecentra": "BWBR0003549",
}


@dataclass(frozen=True)
class Norm:
    """What a supervisor expects where the law names no term: labelled as its norm."""

    van: str
    tekst: str
    pagina: str            # the page that states it (named on every deadline sentence)
    url: str | None = None
    termijn: str | None = None  # the deadline line itself ("Onverwijld, binnen 5 werkdagen …")


@dataclass(frozen=True)
class Plicht:
    id: str
    wet: str
    artikel: str          # "art. 21a, eerste lid": always starts with the article number
    url: str
    bij: str              # key of MELDPUNTEN (or a party) where the report goes
    wie: str              # who holds the duty
    wat: str              # what must be reported (short, for a result line)
    aan: str              # to whom it goes, in full
    zin: str              # the one sentence a page or a result shows
    termijn_wet: str      # what the law itself says about a term
    norm: Norm | None = None
    wettelijke_termijn: str | None = None  # the term the law itself states ("Terstond"), if any

    @property
    def nummer(self) -> str:
        """The article number alone ("21a", "9.2.2")."""
        return self.artikel.removeprefix("art. ").split(",")[0].strip()

    @property
    def label(self) -> str:
        return f"verplicht volgens {self.artikel}, {self.wet}"


INSPECTIE_16_UUR = Norm(
    van="Inspectie van het Onderwijs",
    tekst="melding onverwijld (binnen 5 werkdagen) na het overschrijden van de grens van 16 uur",
    pagina="Registreren en melden van ongeoorloofd verzuim",
    # The Inspectie's page on its supervision of the Leerplichtwet; landelijk/onderzoek-wet.md
    # says what of it was read (issue 23).
    url="https://www.onderwijsinspectie.nl/onderwerpen/leerplichtwet",
    termijn="Onverwijld, binnen 5 werkdagen na het overschrijden van de grens van 16 uur",
)


SCHORSING_TERMIJN = "Onverwijld na de beslissing tot schorsing"


def _schorsing(id_: str, wet: str, artikel: str, url: str, school: str, aan: str) -> Plicht:
    """The suspension notice of the onderwijswetten (not the Leerplichtwet): the decision in
    writing (second lid), and the Inspectie in writing with reasons, without delay, when the
    suspension lasts longer than one day (third lid)."""
    return Plicht(
        id_, wet, artikel, url, "inspectie", "het bevoegd gezag (schoolbestuur)",
        "schorsing van een leerling voor langer dan één dag",
        f"de Inspectie van het Onderwijs (schriftelijk en met redenen); {aan} krijgen de "
        "beslissing ook schriftelijk (tweede lid)",
        f"Schorst het bevoegd gezag van een {school} een leerling (ten hoogste één week), dan "
        f"maakt het de beslissing schriftelijk bekend aan {aan}; duurt de schorsing langer "
        "dan één dag, dan meldt het de schorsing ook onverwijld schriftelijk en met redenen "
        "aan de Inspectie van het Onderwijs.",
        "de wet zegt: onverwijld",
        wettelijke_termijn=SCHORSING_TERMIJN,
    )

PLICHTEN: dict[str, Plicht] = {p.id: p for p in (
    Plicht(
        "verzuim-16-uur", "Leerplichtwet 1969", "art. 21a, eerste lid",
        "https://wetten.overheid.nl/BWBR0002628/2026-08-01/#Artikel21a", "duo",
        "de schoolleiding",
        "ongeoorloofd verzuim van 16 uur of meer in 4 opeenvolgende lesweken",
        "het register onderwijsdeelnemers van DUO, dat de melding doorgeeft aan de "
        "leerplichtambtenaar van de woongemeente",
        "Is een ingeschreven leerling in 4 opeenvolgende lesweken samen 16 uur of meer zonder "
        "geldige reden afwezig van les- of praktijktijd (mbo en vavo: van de lestijd, tweede lid), "
        "dan moet de schoolleiding dat melden in het verzuimregister van DUO, dat de melding "
        "doorgeeft aan de leerplichtambtenaar.",
        "de wet noemt geen termijn",
        INSPECTIE_16_UUR,
    ),
    Plicht(
        "verwijdering", "Leerplichtwet 1969", "art. 18, eerste lid",
        "https://wetten.overheid.nl/BWBR0002628/2026-08-01/#Artikel18", "leerplicht",
        "de schoolleiding",
        "beslissing tot verwijdering van een leerling",
        "burgemeester en wethouders (in de praktijk de leerplichtambtenaar)",
        "Besluit de school een leerling, vavo-student of mbo-student te verwijderen, dan meldt "
        "de schoolleiding die beslissing terstond aan burgemeester en wethouders.",
        "de wet zegt: terstond",
        wettelijke_termijn="Terstond na de beslissing tot verwijdering",
    ),
    Plicht(
        "uitschrijving", "Wet register onderwijsdeelnemers", "art. 12, eerste lid",
        "https://wetten.overheid.nl/BWBR0042012/2026-08-01/#Artikel12", "duo",
        "het schoolbestuur",
        "uitschrijving van de leerling in het register onderwijsdeelnemers",
        "het register onderwijsdeelnemers van DUO, dat de gegevens doorgeeft aan de gemeente "
        "(art. 21 van dezelfde wet)",
        "Het schoolbestuur levert de uitschrijving van een leerling als basisgegeven aan het "
        "register onderwijsdeelnemers van DUO; het register geeft die door aan de gemeente "
        "(art. 21), die de jongere zo in beeld houdt.",
        "de wet noemt geen termijn",
    ),
    Plicht(
        "rmc-verzuim", "Wet educatie en beroepsonderwijs", "art. 9.2.2, eerste lid",
        "https://wetten.overheid.nl/BWBR0007625/2026-01-01/#Artikel9.2.2", "duo",
        "het bevoegd gezag van de mbo-instelling",
        "student zonder startkwalificatie die 4 aaneengesloten weken niet meer komt",
        "het register onderwijsdeelnemers van DUO, dat de melding doorgeeft aan het RMC "
        "(Doorstroompunt) van de gemeente",
        "Volgt een mbo- of vavo-student die niet meer leer- of kwalificatieplichtig is, jonger "
        "is dan 27 jaar en geen startkwalificatie heeft, ten minste 4 aaneengesloten weken "
        "(of een kortere periode die de instelling kiest) zonder geldige reden geen onderwijs "
        "meer, dan moet het bevoegd gezag dat melden in het register onderwijsdeelnemers van "
        "DUO; de melding gaat naar het RMC (Doorstroompunt) van de gemeente.",
        "de wet noemt geen termijn",
    ),
    Plicht(
        "rmc-verzuim-vo", "Wet voortgezet onderwijs 2020", "art. 8.20, eerste lid",
        "https://wetten.overheid.nl/BWBR0044212/2026-01-01/#Artikel8.20", "duo",
        "het bevoegd gezag van de vo-school",
        "leerling zonder startkwalificatie die 4 aaneengesloten weken niet meer komt",
        "het register onderwijsdeelnemers van DUO, dat de melding doorgeeft aan het RMC "
        "(Doorstroompunt) van de gemeente",
        "Volgt een vo-leerling die niet meer leer- of kwalificatieplichtig is, jonger is dan 27 "
        "jaar en geen startkwalificatie heeft, ten minste 4 aaneengesloten weken (of een "
        "kortere periode die de school kiest) zonder geldige reden geen onderwijs meer, dan "
        "moet het bevoegd gezag dat melden in het register onderwijsdeelnemers van DUO "
        "(art. 12, derde lid, Wet register onderwijsdeelnemers); de melding gaat naar het RMC "
        "(Doorstroompunt) van de gemeente.",
        "de wet noemt geen termijn",
    ),
    Plicht(
        "rmc-verzuim-so", "Wet op de expertisecentra", "art. 47b, eerste lid",
        "https://wetten.overheid.nl/BWBR0003549/2026-08-01/#Artikel47b", "duo",
        "het bevoegd gezag van de school voor voortgezet speciaal onderwijs",
        "leerling zonder startkwalificatie die een maand niet meer komt",
        "het register onderwijsdeelnemers van DUO, dat de melding doorgeeft aan de gemeente",
        "Volgt een leerling in het (voortgezet) speciaal onderwijs die niet meer leer- of "
        "kwalificatieplichtig is, jonger is dan 23 jaar en geen startkwalificatie heeft, ten minste "
        "een maand (of een kortere periode die de school kiest) zonder geldige reden geen onderwijs "
        "meer, dan moet het bevoegd gezag dat melden in het register onderwijsdeelnemers van DUO "
        "(art. 12, derde lid, Wet register onderwijsdeelnemers).",
        "de wet noemt geen termijn",
    ),
    _schorsing("schorsing-po", "Wet op het primair onderwijs", "art. 40c, derde lid",
               "https://wetten.overheid.nl/BWBR0003420/2026-08-01/#Artikel40c", "basisschool",
               "de ouders"),
    _schorsing("schorsing-vo", "Wet voortgezet onderwijs 2020", "art. 8.14, derde lid",
               "https://wetten.overheid.nl/BWBR0044212/2026-01-01/#Artikel8.14", "vo-school",
               "de leerling en, als die jonger is dan 18, de ouders"),
    _schorsing("schorsing-so", "Wet op de expertisecentra", "art. 40a, derde lid",
               "https://wetten.overheid.nl/BWBR0003549/2026-08-01/#Artikel40a",
               "school voor (voortgezet) speciaal onderwijs",
               "de ouders of de meerderjarige leerling"),
)}

# Readings where an official page says more than the law does: named, never hidden.
LEZINGEN: dict[str, dict[str, str]] = {
    "luxe-onder-16-uur": {
        "lezing": "Luxe verzuim onder de 16 uur in 4 lesweken is volgens de wet geen "
                  "meldplicht: artikel 21a Leerplichtwet 1969 kent alleen de grens van 16 uur.",
        "tegenstem": "DUO zet op de pagina 'Verzuim: hoe het werkt' (primair onderwijs) luxe "
                     "verzuim en langdurig relatief verzuim wel bij wat scholen 'wettelijk "
                     "verplicht' moeten melden, en het regionaal bureau leerplicht Holland "
                     "Rijnland neemt die lijst over; DUO's algemene pagina 'Verzuim' zegt alleen "
                     "dat het melden van ongeoorloofd verzuim wettelijk verplicht is. Een "
                     "wetsartikel voor luxe verzuim onder de 16 uur is niet gevonden, dus de "
                     "rekenhulp noemt die melding een norm van DUO, geen wettelijke plicht.",
        "bron": "Leerplichtwet 1969, art. 21a; DUO, 'Verzuim: hoe het werkt' "
                "(duo.nl/zakelijk/primair-onderwijs/verzuim/verzuim-digitaal-melden.jsp)",
    },
}


def meldpunt(bij: str, partijen: dict[str, str] | None = None) -> str:
    """A readable name for where a report goes: a national place or one of the region's parties."""
    return MELDPUNTEN.get(bij) or (partijen or {}).get(bij, bij)


def plicht_van(melding: dict) -> str | None:
    """The duty a report rests on: its own ``plicht``, or (format contract) a 'wet' report to
    DUO without one is the 16-hour report. Any other 'wet' report without ``plicht`` names no
    article, so its label stays the plain "wettelijke plicht"."""
    if melding.get("grondslag") != "wet":
        return None
    if melding.get("plicht") in PLICHTEN:
        return str(melding["plicht"])
    return "verzuim-16-uur" if melding.get("bij") == "duo" and not melding.get("plicht") else None


def grondslag_tekst(grondslag: str, plicht: str | None = None) -> str:
    """'verplicht volgens art. 21a, eerste lid, Leerplichtwet 1969', or the non-legal label."""
    if grondslag == "wet" and plicht in PLICHTEN:
        return PLICHTEN[plicht].label
    return GRONDSLAGEN[grondslag]


def melding(plicht: str, wat: str | None = None, bij: str | None = None,
            regio_termijn: str | None = None) -> dict:
    """A legal report in the result shape (melden[]): law, article, label and one deadline
    sentence from here. The engine calls it too when a region repeats a national report, with
    the region's own term as ``regio_termijn``, so both grounds end up in one report."""
    p = PLICHTEN[plicht]
    return {"bij": bij or p.bij, "wat": wat or p.wat, "termijn": termijn_zin(plicht, regio_termijn),
            "grondslag": "wet", "grondslag_tekst": grondslag_tekst("wet", plicht),
            "plicht": plicht, "optioneel": False, "bron": f"{p.artikel}, {p.wet}", "url": p.url}


def meldzin(plicht: str) -> str:
    """The one sentence that states a legal report, with its law and article."""
    p = PLICHTEN[plicht]
    return f"{p.zin[:-1]} ({p.artikel}, {p.wet})."


def termijn_zin(plicht: str, regio: str | None = None) -> str:
    """One deadline sentence: what the law says, the Inspectie's norm, the region's agreement.

    ``regio`` is the region's own term as written in its data ("binnen 2 schooldagen"); it is
    labelled as the region's agreement, never as the law's.
    """
    p = PLICHTEN[plicht]
    delen = [f"Termijn: {p.termijn_wet} ({p.artikel}, {p.wet})"]
    if p.norm:
        delen.append(f"de {p.norm.van} verwacht: {p.norm.tekst} (norm van de "
                     f"{p.norm.van.split()[0]}, pagina “{p.norm.pagina}”, geen wetsartikel)")
    if regio:
        delen.append(f"in deze regio is afgesproken: {regio.strip().rstrip('.')} "
                     "(afspraak van de regio)")
    return "; ".join(delen) + "."


@dataclass(frozen=True)
class Termijn:
    """One deadline line of an action, with its own basis (contract C1).

    ``tekst`` is the line itself, a phrase that starts with a capital and has no final full
    stop ("Binnen 2 schooldagen"); ``grondslag`` is "wet" | "regio" | "norm" | "advies" (the
    tag is ``GRONDSLAG_LABELS[grondslag]``); ``bron`` names where the term is written and
    ``url`` links there when known. Because a deadline carries its own basis, no template can
    print a region's term under a law's label.
    """

    tekst: str
    grondslag: str
    bron: str
    url: str | None = None


REGIO_TERMIJN_BRON = "de routekaart van de regio"


def _als_regel(tekst: str) -> str:
    """A region's term as one line: no label of its own, no final stop, a capital first."""
    tekst = tekst.strip().rstrip(".").strip()
    if tekst.lower().startswith("termijn:"):  # never "Termijn: Termijn: …"
        tekst = tekst[len("termijn:"):].strip()
    return tekst[:1].upper() + tekst[1:]


def termijn(plicht: str | None, regio_termijn: str | None) -> Termijn | None:
    """The one deadline of an action: the region's own term when it sets one (grondslag
    "regio"); otherwise the duty's Inspectie/DUO norm ("norm"); otherwise a term the law
    itself states ("wet", e.g. "terstond"); otherwise None. That the law names no term is
    said in the reasons (``Plicht.termijn_wet``), never in this line."""
    if regio_termijn and regio_termijn.strip().rstrip("."):
        return Termijn(_als_regel(regio_termijn), "regio", REGIO_TERMIJN_BRON, None)
    p = PLICHTEN.get(plicht) if plicht else None
    if p is None:
        return None
    if p.norm and p.norm.termijn:
        return Termijn(p.norm.termijn, "norm", f"{p.norm.van}, pagina “{p.norm.pagina}”", p.norm.url)
    if p.wettelijke_termijn:
        return Termijn(p.wettelijke_termijn, "wet", f"{p.artikel}, {p.wet}", p.url)
    return None
