"""The answer for the person who must act: what to do now, with whom, how, by when and why.

``Antwoord`` is what the Rekenhulp shows and what ``result["antwoord"]`` holds (its JSON is
``dataclasses.asdict``; the command line prints the same). In order:

- ``soort``: the kind of absence in one line, in the national words (landelijk/begrippen.yaml),
  with the region's own word where the region's text uses another ("zorgelijk ziekteverzuim");
- ``acties``: one ``Actie`` per report, numbered in this order: verb in the imperative
  (``werkwoord``), one whole sentence (``zin``), the party (``partij``, ``partij_naam``), the
  channel (``kanaal``), one deadline line with its own basis (``termijn``, contract C1) and the
  bases (``grondslagen``: Wet / Regio / Norm / Advies). "Melden" is only a report to leerplicht,
  DUO or the RMC; a JGZ referral is "verwijzen" (with the consent the region asks); parents are
  "informeren". A region repeating a national report is the same action with both bases;
- ``volgende_stap``: the step of the region's route this situation has reached (not the
  route's first step);
- ``waarom``: the reasons, sources and readings, shown behind "Waarom dit antwoord?".
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from calculator.regio import drempel_bereikt, stap_label
from calculator.wet.plichten import GRONDSLAG_LABELS, KANALEN, PLICHTEN, Termijn, termijn

MELDEN, VERWIJZEN, INFORMEREN = "melden", "verwijzen", "informeren"
WERKWOORDEN = {MELDEN: "Meld", VERWIJZEN: "Verwijs", INFORMEREN: "Informeer"}
# Whom a report goes to decides its verb: only leerplicht, DUO and the RMC receive a melding.
_MELDPUNT = re.compile(r"leerplicht|\bduo\b|verzuimregister|\brmc\b|doorstroompunt", re.I)
_ZORG = re.compile(r"\bjgz\b|jeugdgezondheid|jeugdarts|\bggd\b|schoolarts", re.I)
_OUDERS = re.compile(r"^(ouders|verzorgers)\b", re.I)
_VIA = re.compile(r"\bvia (?:het |de )?([^,;()]+)", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december")
# A region may call a national kind by its own word; shown beside the national one.
EIGEN_WOORDEN: dict[str, tuple[tuple[str, str], ...]] = {
    "zorgwekkend-ziekteverzuim": (("zorgelijk", "zorgelijk ziekteverzuim"),
                                  ("opvallend", "opvallend ziekteverzuim"),
                                  ("problematisch", "problematisch ziekteverzuim")),
}


@dataclass(frozen=True)
class Grondslag:
    grondslag: str          # "wet" | "regio" | "norm" | "advies"
    label: str              # the short tag: GRONDSLAG_LABELS
    tekst: str
    bron: str
    url: str | None = None


@dataclass(frozen=True)
class Stap:
    route: str
    id: str
    naam: str               # "Stap 3: Officiële verzuimmelding …" (contract C4) or the title
    titel: str
    route_titel: str
    url: str


@dataclass
class Actie:
    werkwoord: str
    zin: str
    soort: str              # "melden" | "verwijzen" | "informeren"
    partij: str
    partij_naam: str
    wat: str                # the report in the words of the law or the region, as a sentence
    kanaal: str | None
    termijn: Termijn | None
    grondslagen: list[Grondslag]
    optioneel: bool = False
    toestemming: str | None = None
    contact: dict | None = None   # filled in from the region's party (contract C3)
    stap: Stap | None = None


@dataclass(frozen=True)
class Reden:
    tekst: str
    bron: str | None
    url: str | None = None


@dataclass
class Antwoord:
    soort: str
    soorten: list[str]
    acties: list[Actie] = field(default_factory=list)
    volgende_stap: Stap | None = None
    waarom: list[Reden] = field(default_factory=list)

    def als_dict(self) -> dict:
        return asdict(self)


def datum_in_woorden(tekst: str) -> str:
    """'2024-01-01' → '1 januari 2024' wherever it stands in a text."""
    return _ISO.sub(lambda m: f"{int(m[3])} {_MAANDEN[int(m[2]) - 1]} {m[1]}", tekst)


def _zin(tekst: str) -> str:
    tekst = " ".join(tekst.split()).rstrip(" .;:")
    return tekst[:1].upper() + tekst[1:] + "." if tekst else ""


def soort_actie(bij: str, naam: str) -> str:
    """Melden only to leerplicht/DUO/RMC; the JGZ (or GGD) gets a referral; others are informed."""
    if _MELDPUNT.search(bij) or _MELDPUNT.search(naam):
        return MELDEN
    if _ZORG.search(bij) or _ZORG.search(naam):
        return VERWIJZEN
    return INFORMEREN


def _kop(soort: str, bij: str, naam: str) -> str:
    if soort == MELDEN and bij == "duo":
        return "Meld in het verzuimregister van DUO"
    if soort == MELDEN and bij == "rmc":
        return "Meld in het register van DUO, dat het doorgeeft aan het RMC"
    if soort == MELDEN:
        return f"Meld bij {naam}"
    if soort == VERWIJZEN:
        return f"Verwijs naar {naam}"
    if _OUDERS.search(naam):
        return f"Informeer {naam[:1].lower()}{naam[1:]}"
    if naam[:1].islower():  # a national place named as a common noun ("samenwerkingsverband")
        return f"Informeer het {naam}"
    return f"Informeer {naam}"


def _kanaal(m: dict, soort: str) -> str | None:
    """The channel: DUO's register through the school's system, or the region's "via …"."""
    if m["bij"] in KANALEN:
        return KANALEN[m["bij"]]
    via = _VIA.search(m["wat"]) if soort != INFORMEREN else None
    return via[1].strip() if via else None


def _toestemming(soort: str, wat: str) -> str | None:
    """The consent the region's own text asks for a referral (never assumed)."""
    if soort != VERWIJZEN or "toestemming" not in wat.lower():
        return None
    if "ouders" in wat.lower():
        return "Alleen met toestemming van de ouders (zo staat het in de routekaart)."
    return "Alleen met toestemming (zo staat het in de routekaart)."


def _stap(stap: dict) -> Stap:
    return Stap(stap["route"], stap["id"], stap_label(stap), stap["titel"], stap["route_titel"],
                stap["url"])


def _zelfde(m: dict, s: dict) -> bool:
    """A report a step holds is this report: the same place, and the same duty or words."""
    if s.get("bij") != m["bij"]:
        return False
    plicht = s.get("plicht") or ("verzuim-16-uur" if s.get("grondslag") == "wet"
                                 and s.get("bij") == "duo" else None)
    return s.get("wat") == m["wat"] or (plicht is not None and plicht == m.get("plicht"))


def _in_stap(m: dict, stappen: list[dict]) -> tuple[dict, dict] | None:
    """The step (and its report) that holds this report; else a step reporting to the same place."""
    paren = [(st, s) for st in stappen for s in st.get("melden", [])]
    return (next(((st, s) for st, s in paren if _zelfde(m, s)), None)
            or next(((st, s) for st, s in paren if s.get("bij") == m["bij"]), None))


def actie(m: dict, stappen: list[dict]) -> Actie:
    naam = m["bij_naam"]
    soort = soort_actie(m["bij"], naam)
    grondslagen = [Grondslag(g["grondslag"], GRONDSLAG_LABELS.get(g["grondslag"], g["grondslag"]),
                             g["tekst"], datum_in_woorden(g["bron"]),
                             g.get("url") or (m["url"] if g["grondslag"] == "wet" else None))
                   for g in m.get("grondslagen") or []]
    gevonden = _in_stap(m, stappen)
    regio_termijn = m.get("regio_termijn")
    if gevonden and _zelfde(m, gevonden[1]):
        stap, stapmelding = gevonden
        regio_termijn = regio_termijn or stapmelding.get("termijn")
        if not any(g.grondslag == "regio" for g in grondslagen):
            # The region's route repeats this report: the same action, with both bases.
            grondslagen.append(Grondslag("regio", GRONDSLAG_LABELS["regio"],
                                         "ook afgesproken in de routekaart van de regio",
                                         f"{stap['route_titel']}: {stap['titel']}", stap["url"]))
    plicht = m.get("plicht") if m.get("plicht") in PLICHTEN else None
    kop = _kop(soort, m["bij"], naam)
    return Actie(
        werkwoord=WERKWOORDEN[soort], zin=_zin(kop), soort=soort, partij=m["bij"],
        partij_naam=naam, wat=_zin(m["wat"]), kanaal=_kanaal(m, soort),
        termijn=termijn(plicht, regio_termijn), grondslagen=grondslagen,
        optioneel=bool(m.get("optioneel")), toestemming=_toestemming(soort, m["wat"]),
        stap=_stap(gevonden[0]) if gevonden else None)


def bereikte_stap(stappen: list[dict], regio: dict, s: dict, acties: list[Actie]) -> Stap | None:
    """The step this situation has reached: the last one (in route order) whose own threshold
    is reached; else the step that holds one of the actions; else the first step named."""
    if not stappen:
        return None
    drempels = {d["id"]: d for d in regio.get("drempels", [])}
    volgorde = list(regio.get("stappen", {}))
    bereikt = [st for st in stappen if any(
        d in drempels and drempel_bereikt(drempels[d], s) for d in st.get("drempels", []))]
    if bereikt:
        def plaats(st: dict) -> int:
            sleutel = f"{st['route']}/{st['id']}"
            return volgorde.index(sleutel) if sleutel in volgorde else -1
        return _stap(max(bereikt, key=plaats))
    met_actie = next((a.stap for a in acties if a.stap is not None), None)
    return met_actie or _stap(stappen[0])


def eigen_woord(soorten: list[str], teksten: list[str]) -> dict[str, str]:
    """The region's own word for a kind, where its text for this situation uses one."""
    samen = " ".join(teksten).lower()
    uit = {}
    for soort in soorten:
        for stam, woord in EIGEN_WOORDEN.get(soort, ()):
            if re.search(rf"\b{stam}\b", samen):
                uit[soort] = woord
                break
    return uit


def reden(u: dict) -> Reden:
    return Reden(datum_in_woorden(u["tekst"]), datum_in_woorden(u["bron"]) if u.get("bron") else None,
                 u.get("url"))


def orden_acties(acties: list[Actie]) -> list[Actie]:
    """Reports first (the law's first, as in ``melden``), then referrals, then whom to inform."""
    volgorde = {MELDEN: 0, VERWIJZEN: 1, INFORMEREN: 2}
    return sorted(acties, key=lambda a: volgorde[a.soort])
