"""National classification under the Leerplichtwet 1969 (and the WEB for 18+), shared by every region.

Produces the national outcomes (``landelijk``) that regional rules may refer to, the kinds of
absence, the reports the law requires, and an explanation per rule that fired. Every legal
report is built from calculator/wet/plichten.py (its law, article, sentence and deadline), so
no legal sentence is typed twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from calculator.fout import InvoerFout
from calculator.wet.parameters import Parameter, parameter
from calculator.wet.plichten import LEZINGEN, PLICHTEN, grondslag_tekst, melding, meldzin, termijn_zin
from calculator.wet.plichtig import PLICHTIG, TE_JONG, leeftijd_van, plichtig

ZIEKTE_VELDEN = (
    "ziekmeldingen_schooljaar", "ziekmeldingen_12_weken", "ziektedagen_schooljaar",
    "ziektedagen_aaneengesloten", "ziekte_dagdelen_4_weken", "ziekte_dagdelen_aaneengesloten",
)
ONGEOORLOOFD_VELDEN = (
    "ongeoorloofd_uren_4_weken", "ongeoorloofd_uren_schooljaar",
    "ongeoorloofd_weken_aaneengesloten", "te_laat_schooljaar",
    "ongeoorloofd_uren_week", "te_laat_week",  # asked only where a region counts per week
)
LPW = "https://wetten.overheid.nl/BWBR0002628/2026-08-01/#Artikel"
DUO_MELDSOORT = "DUO, meldsoorten van het verzuimregister ('Verzuim: hoe het werkt')"
DUO_VERZUIM_URL = "https://www.duo.nl/zakelijk/primair-onderwijs/verzuim/verzuim-digitaal-melden.jsp"


@dataclass
class Landelijk:
    """What the law says about one situation."""

    uitkomsten: set[str] = field(default_factory=set)
    soorten: set[str] = field(default_factory=set)
    melden: list[dict] = field(default_factory=list)
    uitleg: list[dict] = field(default_factory=list)

    def vuur(self, regel: str, tekst: str, p: Parameter | None = None,
             bron: str | None = None, url: str | None = None) -> None:
        self.uitkomsten.add(regel)
        self.uitleg.append({
            "regel": f"wet:{regel}",
            "tekst": tekst,
            # A parameter's artikel names its own law (not always the Leerplichtwet).
            "bron": bron or (p.bron if p else None),
            "url": url or (p.url if p else None),
        })

    def meld_plicht(self, plicht: str, wat: str | None = None, bij: str | None = None) -> None:
        """A report the law requires; ``bij`` names where it ends up when that is not where it
        is delivered."""
        self.melden.append(melding(plicht, wat, bij))

    def meld_norm(self, wat: str, bron: str, url: str | None = None) -> None:
        """A report a national body asks for where no law requires it."""
        self.melden.append({
            "bij": "duo", "wat": wat, "termijn": None, "grondslag": "norm",
            "grondslag_tekst": grondslag_tekst("norm"), "plicht": None, "optioneel": False,
            "bron": bron, "url": url})


def _niet_ingeschreven(s: dict, peildatum: str, land: Landelijk, is_plichtig: bool) -> None:
    if s.get("vrijstelling"):
        land.vuur("vrijgesteld",
                  "Met een vrijstelling van de inschrijvingsplicht is geen sprake van absoluut "
                  "verzuim.", bron="Leerplichtwet 1969, art. 5 (vrijstellingen)", url=f"{LPW}5")
    elif is_plichtig:
        land.soorten.add("absoluut")
        land.vuur("absoluut",
                  "Een leer- of kwalificatieplichtige jongere die niet op een school staat "
                  "ingeschreven (en geen vrijstelling heeft) verzuimt absoluut. Ouders moeten hun "
                  "kind laten inschrijven; de gemeente spoort dit op (art. 19 en 22). De school "
                  "heeft hier geen meldplicht: het kind staat er niet ingeschreven.",
                  bron="Leerplichtwet 1969, art. 2 (inschrijvingsplicht ouders), 19 en 22",
                  url=f"{LPW}2")
    rmc = parameter("rmc_eindleeftijd", peildatum)
    eind = parameter("kwalificatieplicht_eindleeftijd", peildatum)
    leeftijd = leeftijd_van(s, peildatum)
    if (leeftijd is not None and eind.waarde <= leeftijd < rmc.waarde
            and not s.get("startkwalificatie")):
        # A basisgegeven (WRO art. 12, first lid), not a verzuimmelding: delivered to DUO's
        # register, which passes it on to the gemeente; the gemeente's RMC takes it up.
        land.meld_plicht("uitschrijving",
                         "uitschrijving als basisgegeven in het register onderwijsdeelnemers "
                         "(geen verzuimmelding); het register geeft die door aan de gemeente, die "
                         "de jongere via het RMC (Doorstroompunt) in beeld houdt")
        land.vuur("rmc",
                  f"Een jongere van {eind.waarde:g} tot {rmc.waarde:g} jaar zonder "
                  "startkwalificatie die niet (meer) op school staat ingeschreven, valt onder de "
                  "Regionale Meld- en Coördinatiefunctie: het RMC (Doorstroompunt) van de "
                  "gemeente. " + meldzin("uitschrijving"), rmc)


def _lrv_grens(peildatum: str) -> Parameter | None:
    """The LRV boundary, or None before the term existed (Kamerbrief of 3 February 2016):
    no fallback, there simply was no such category yet."""
    try:
        return parameter("langdurig_relatief_weken", peildatum)
    except InvoerFout:
        return None


def _meld_verzuim(s: dict, peildatum: str, land: Landelijk) -> None:
    """The 16-hour report (art. 21a) and what DUO or the OCW definition add to it."""
    uren = parameter("melding_uren", peildatum)
    lesweken = parameter("melding_lesweken", peildatum)
    langdurig = _lrv_grens(peildatum)
    gemeten = s.get("ongeoorloofd_uren_4_weken", 0)
    # "langer dan vier weken" (parameters.json, vergelijking ">"; decision 0009).
    lrv = langdurig is not None and s.get("ongeoorloofd_weken_aaneengesloten", 0) > langdurig.waarde
    luxe = s.get("luxe") or s.get("rond_vakantie")
    # Only the hours make the report legal (art. 21a); weeks away do not, whatever the timetable.
    wettelijk = gemeten >= uren.waarde
    if lrv and langdurig is not None:
        land.soorten.add("langdurig-relatief")
        land.vuur("langdurig-relatief",
                  f"{s['ongeoorloofd_weken_aaneengesloten']:g} weken aaneengesloten ongeoorloofd "
                  f"afwezig is langer dan {langdurig.waarde:g} weken: langdurig relatief verzuim. "
                  "Die term komt uit de Kamerbrief van OCW van 3 februari 2016 ('relatief "
                  "verzuim langer dan vier weken') en is een meldsoort van DUO, geen artikel van "
                  "de Leerplichtwet. De wettelijke melding van artikel 21a hangt af van de uren: "
                  f"{uren.waarde:g} uur of meer ongeoorloofd verzuim in {lesweken.waarde:g} "
                  "opeenvolgende lesweken. Met een volledig lesrooster is die grens bij zo lang "
                  "afwezig ruim gehaald; met een verkort rooster, of als er een vakantie in die "
                  "weken valt (vakantieweken zijn geen lesweken), kan het minder zijn. Tel dus de "
                  "gemiste uren in de laatste 4 lesweken."
                  + ("" if wettelijk else f" Zijn dat er {uren.waarde:g} of meer, dan is de "
                     "melding wettelijk verplicht; daaronder vraagt DUO haar als meldsoort (een "
                     "norm van DUO, geen wetsartikel)."), langdurig)
    # One report whatever the count; its wording follows DUO's reporting category (not the
    # count), so a report below 16 hours becomes the same report, now legal, above it.
    wat = ("luxe verzuim" if s.get("luxe") else
           "vermoedelijk luxe verzuim rond een schoolvakantie" if luxe else
           "ongeoorloofd verzuim")
    meldtekst = f"melding {wat} in het verzuimregister (DUO)"
    if wettelijk:
        land.meld_plicht("verzuim-16-uur", meldtekst)
        land.vuur("melding-16-uur",
                  f"{gemeten:g} uur ongeoorloofd afwezig in {lesweken.waarde:g} opeenvolgende "
                  f"lesweken is {uren.waarde:g} uur of meer. "
                  + meldzin("verzuim-16-uur") + " " + termijn_zin("verzuim-16-uur")
                  + (" DUO kent hiervoor de meldsoort langdurig relatief verzuim." if lrv else ""),
                  uren)
    elif lrv and not luxe:
        land.meld_norm(meldtekst, DUO_MELDSOORT, DUO_VERZUIM_URL)
    if not luxe:
        return
    if wettelijk:
        land.vuur("melding-vakantie",
                  f"Ook {wat} valt onder de wettelijke melding zodra het samen met ander "
                  f"ongeoorloofd verzuim {uren.waarde:g} uur of meer is in {lesweken.waarde:g} "
                  "lesweken (art. 21a).", uren)
        return
    lezing = LEZINGEN["luxe-onder-16-uur"]
    land.meld_norm(meldtekst, DUO_MELDSOORT, DUO_VERZUIM_URL)
    land.vuur("melding-vakantie",
              f"Voor {wat} vraagt DUO een melding in het verzuimregister, ook onder de "
              f"{uren.waarde:g} uur, zodat de leerplichtambtenaar kan optreden. "
              + lezing["lezing"] + " " + lezing["tegenstem"], bron=lezing["bron"],
              url=PLICHTEN["verzuim-16-uur"].url)


def _meld_18_plus(s: dict, peildatum: str, land: Landelijk) -> None:
    """Past the kwalificatieplicht, under 27, without startkwalificatie, 4 weeks away: the vo
    school reports under WVO 2020 art. 8.20 (first lid), mbo and vavo under WEB art. 9.2.2;
    both through the register (WRO art. 12, third lid). For po the rule is named, no duty."""
    rmc = parameter("rmc_eindleeftijd", peildatum)
    leeftijd = leeftijd_van(s, peildatum)
    weken = s.get("ongeoorloofd_weken_aaneengesloten", 0)
    if leeftijd is None or s.get("startkwalificatie") or leeftijd >= rmc.waarde or weken < 4:
        return
    plicht = {"vo": "rmc-verzuim-vo", "mbo": "rmc-verzuim"}.get(s.get("onderwijs") or "")
    if plicht:
        land.meld_plicht(plicht)
        tekst = ("Deze leerling valt niet meer onder de Leerplichtwet, maar is jonger dan "
                 f"{rmc.waarde:g} en heeft geen startkwalificatie. " + meldzin(plicht))
        if plicht == "rmc-verzuim-vo":
            # The form's "vo" includes vso, where WEC art. 47b (under 23, a month) applies.
            tekst += (" Zit de leerling in het voortgezet speciaal onderwijs, dan geldt in plaats "
                      "daarvan: " + meldzin("rmc-verzuim-so"))
    else:
        plicht = "rmc-verzuim"
        tekst = ("Deze leerling valt niet meer onder de Leerplichtwet. In het vo, mbo en vavo "
                 "geldt dan: " + meldzin("rmc-verzuim-vo") + " " + meldzin("rmc-verzuim"))
    p = PLICHTEN[plicht]
    land.vuur("rmc-verzuim", tekst, bron=f"{p.artikel}, {p.wet}", url=p.url)


def beoordeel(s: dict, peildatum: str) -> Landelijk:
    """Classify one (validated) situation under the Leerplichtwet."""
    land = Landelijk()
    status = plichtig(s, peildatum, land)
    is_plichtig = status == PLICHTIG

    if any(s.get(v) for v in ZIEKTE_VELDEN):
        land.soorten.add("geoorloofd")
        land.vuur("geoorloofd",
                  "Afwezigheid door ziekte die ouders hebben gemeld is geoorloofd verzuim. Het "
                  "telt niet mee voor de wettelijke melding, maar kan wel zorgwekkend zijn: kijk "
                  "naar de afspraken van de regio.",
                  bron="Leerplichtwet 1969, art. 11 (geldige redenen voor verzuim)",
                  url=f"{LPW}11")

    if not s.get("ingeschreven", True):
        _niet_ingeschreven(s, peildatum, land, is_plichtig)
        return land

    ongeoorloofd = (any(s.get(v) for v in ONGEOORLOOFD_VELDEN) or s.get("luxe")
                    or s.get("rond_vakantie"))
    if not ongeoorloofd:
        return land
    if status == TE_JONG:
        # Not yet leerplichtig: the law knows no verzuim yet (the uitleg above says why).
        return land
    if not is_plichtig:
        # Past leerplicht and kwalificatieplicht: no kind of relatief verzuim (and no text
        # saying so). The outcomes stay, so a region's own rules for this age still apply.
        land.uitkomsten.update({"relatief", "luxe" if s.get("luxe") else "signaal"})
        _meld_18_plus(s, peildatum, land)
        return land
    land.soorten.add("relatief")
    land.vuur("relatief",
              "De leerling staat ingeschreven maar is zonder geldige reden afwezig (ook te laat "
              "komen telt mee): dat is relatief verzuim.",
              bron="Leerplichtwet 1969, art. 2, 4 en 4c", url=f"{LPW}4")
    if s.get("luxe"):
        land.soorten.add("luxe")
        land.vuur("luxe",
                  "Afwezig voor vakantie of familiebezoek zonder verlof is luxe verzuim, een vorm "
                  "van relatief verzuim. Verlof voor vakantie geeft alleen de directeur (art. "
                  "13a); verlof om andere gewichtige redenen boven 10 schooldagen de "
                  "leerplichtambtenaar (art. 14).",
                  bron="Leerplichtwet 1969, art. 11, 13a en 14 (verlof)", url=f"{LPW}13a")
    _meld_verzuim(s, peildatum, land)
    if s.get("luxe"):
        return land
    if "melding-16-uur" in land.uitkomsten:
        # Signaalverzuim is the word for relatief verzuim below the 16-hour line only; the
        # outcome stays for the region's rules.
        land.uitkomsten.add("signaal")
        return land
    land.soorten.add("signaal")
    land.vuur("signaal",
              "Relatief verzuim dat geen luxe verzuim is en onder de grens van de wettelijke "
              "melding blijft, heet signaalverzuim: het kan een teken zijn van een onderliggend "
              "probleem.",
              bron="Gangbare term (Ingrado: 'overig verzuim'); Leerplichtwet 1969, art. 4",
              url=f"{LPW}4")
    return land
