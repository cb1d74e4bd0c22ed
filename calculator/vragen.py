"""The questions of the Rekenhulp: one entry per input field, with the label staff read.

Messages name a question by its label (``vraag``), never by its field name: the field
name is plumbing for the form and the command line. Units that convert exactly (1
schooldag = 2 dagdelen) are grouped here, so a school can answer in the unit its
administration shows; lesuren and klokuren do not convert exactly and are asked in the
region's own unit instead (see ``hint``).
"""

from __future__ import annotations

from dataclasses import dataclass

# Plausibility bounds, not legal thresholds: they only stop answers that cannot be true.
# A school week has at most 40 (les)uren and 10 dagdelen; a school year has fewer than
# 200 schooldagen.
MAX_UREN_PER_WEEK = 40
MAX_SCHOOLDAGEN_PER_JAAR = 200


@dataclass(frozen=True)
class Vraag:
    veld: str
    vraag: str           # the label staff read
    soort: str           # getal | ja-nee | tekst | datum
    hoogste: float = 0   # highest plausible value (getal only)
    eenheid: str = ""    # the unit a count is asked in, unless the region says otherwise
    heel: bool = False   # whole numbers only
    hint: str = ""


def _getal(veld: str, vraag: str, hoogste: float, eenheid: str, heel: bool = False,
           hint: str = "") -> Vraag:
    return Vraag(veld, vraag, "getal", hoogste, eenheid, heel, hint)


def _ja_nee(veld: str, vraag: str) -> Vraag:
    return Vraag(veld, vraag, "ja-nee")


_D = MAX_SCHOOLDAGEN_PER_JAAR
VRAGEN: dict[str, Vraag] = {v.veld: v for v in (
    Vraag("regio", "Regio", "tekst"),
    Vraag("onderwijs", "Soort onderwijs (po of vo)", "tekst"),
    Vraag("gemeente", "Gemeente", "tekst"),
    Vraag("peildatum", "Peildatum", "datum"),
    _getal("leeftijd", "Leeftijd", 99, "jaar", heel=True),
    Vraag("geboortedatum", "Geboortedatum", "datum",
          hint="Niet verplicht. Met de geboortedatum rekent de rekenhulp precies uit of de leerling "
               "leerplichtig is (begin van de leerplicht, eind van het schooljaar)."),
    _getal("volledige_schooljaren", "Aantal volledige schooljaren op school", 20, "schooljaren",
           heel=True, hint="Niet verplicht. Tel elk schooljaar dat de leerling helemaal op school "
                           "stond; dat telt mee voor het eind van de volledige leerplicht."),
    _ja_nee("ingeschreven", "Staat de leerling ingeschreven op een school?"),
    _ja_nee("vrijstelling", "Heeft de leerling vrijstelling van de inschrijvingsplicht?"),
    _ja_nee("startkwalificatie", "Heeft de leerling een startkwalificatie?"),
    _getal("ongeoorloofd_uren_4_weken", "Uren ongeoorloofd afwezig in de laatste 4 lesweken",
           4 * MAX_UREN_PER_WEEK, "uren"),
    _getal("ongeoorloofd_uren_schooljaar", "Uren ongeoorloofd afwezig in dit schooljaar",
           _D * 8, "uren"),
    _getal("ongeoorloofd_weken_aaneengesloten", "Weken aaneengesloten ongeoorloofd afwezig",
           52, "weken"),
    _getal("te_laat_schooljaar", "Keren te laat in dit schooljaar", 10 * _D, "keren", heel=True),
    # Per school week, for regions that count so ("3 keer of vaker te laat in één schoolweek").
    _getal("ongeoorloofd_uren_week", "Uren ongeoorloofd afwezig in één schoolweek",
           MAX_UREN_PER_WEEK, "uren", hint="Tel de uren van de schoolweek waar het om gaat."),
    _getal("te_laat_week", "Keren te laat in één schoolweek", 50, "keren", heel=True,
           hint="Tel de keren in de schoolweek waar het om gaat."),
    _ja_nee("luxe", "Afwezig voor vakantie of familiebezoek zonder verlof?"),
    _ja_nee("rond_vakantie", "Zonder bericht afwezig direct voor of na een schoolvakantie?"),
    _getal("ziekmeldingen_schooljaar", "Ziekmeldingen in dit schooljaar", _D, "ziekmeldingen",
           heel=True),
    _getal("ziekmeldingen_12_weken", "Ziekmeldingen in de laatste 12 weken", 60, "ziekmeldingen",
           heel=True),
    _getal("ziektedagen_schooljaar", "Schooldagen ziek in dit schooljaar", _D, "schooldagen"),
    _getal("ziekte_dagdelen_schooljaar", "Dagdelen ziek in dit schooljaar", 2 * _D, "dagdelen"),
    _getal("ziektedagen_4_weken", "Schooldagen ziek in de laatste 4 weken", 4 * 5, "schooldagen"),
    _getal("ziekte_dagdelen_4_weken", "Dagdelen ziek in de laatste 4 weken", 4 * 10, "dagdelen"),
    _getal("ziektedagen_aaneengesloten", "Schooldagen aaneengesloten ziek", _D, "schooldagen"),
    _getal("ziekte_dagdelen_aaneengesloten", "Dagdelen aaneengesloten ziek", 2 * _D, "dagdelen"),
    _getal("afwezig_weken_aaneengesloten", "Weken aaneengesloten afwezig (met of zonder reden)",
           52, "weken"),
    _getal("aanwezigheid_4_weken_procent", "Procent aanwezig in de laatste 4 weken", 100,
           "procent"),
    _getal("weken_sinds_eerste_signaal", "Weken sinds de eerste datum van zorgwekkend verzuim",
           104, "weken"),
    _ja_nee("toestemming_jgz", "Geven ouders toestemming voor de jeugdarts (JGZ)?"),
    _ja_nee("medewerking_hulp", "Werken ouders en leerling mee aan de hulp?"),
    _ja_nee("verschijnt_niet_jgz", "Verschijnt de leerling zonder goede reden niet bij de JGZ?"),
)}

# Counts of the same thing in units that convert exactly: (field, unit, per schooldag).
# 1 schooldag = 2 dagdelen (a morning and an afternoon).
GELIJKE_EENHEDEN: tuple[tuple[tuple[str, str, int], ...], ...] = (
    (("ziektedagen_aaneengesloten", "schooldagen", 1), ("ziekte_dagdelen_aaneengesloten", "dagdelen", 2)),
    (("ziektedagen_4_weken", "schooldagen", 1), ("ziekte_dagdelen_4_weken", "dagdelen", 2)),
    (("ziektedagen_schooljaar", "schooldagen", 1), ("ziekte_dagdelen_schooljaar", "dagdelen", 2)),
)

# Region units for hours that do not convert exactly into each other.
UUR_EENHEDEN = {
    "lesuren": "Tel in lesuren, zoals de routekaart van deze regio: een lesuur is niet altijd "
               "een klokuur, dus reken niet om.",
    "klokuren": "Tel in klokuren (60 minuten), zoals de routekaart van deze regio: een lesuur is "
                "niet altijd een klokuur, dus reken lesuren om naar echte tijd.",
}


# Names for what is not a question: the input as a whole and the region's rules file.
OVERIG = {"situatie": "Invoer", "invoer": "Invoer", "regels": "Regels van de regio"}


def label(veld: str) -> str:
    """The question's label; an unknown field is named as typed (shortened)."""
    v = VRAGEN.get(veld)
    if v:
        return v.vraag
    return OVERIG.get(veld) or f"Onbekend veld {kort(veld)}"


def alternatieven(veld: str) -> list[dict]:
    """Other fields that give the same count in another unit: answer × factor = ``veld``'s unit."""
    for groep in GELIJKE_EENHEDEN:
        eigen = next((g for g in groep if g[0] == veld), None)
        if eigen:
            return [{"veld": g[0], "vraag": VRAGEN[g[0]].vraag, "eenheid": g[1],
                     "factor": eigen[2] / g[2]} for g in groep if g[0] != veld]
    return []


def kort(waarde: object, lengte: int = 40) -> str:
    """A safe, short description of any JSON value for a message (no huge or nested echoes)."""
    if waarde is None:
        return "leeg (null)"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een object"
    if isinstance(waarde, float):
        if waarde != waarde:
            return "geen getal (NaN)"
        if waarde in (float("inf"), float("-inf")):
            return "oneindig"
        return f"{waarde:g}" if abs(waarde) < 1e15 else "een heel groot getal"
    if isinstance(waarde, int):
        return str(waarde) if abs(waarde) < 10**15 else "een heel groot getal"
    tekst = str(waarde)
    return repr(tekst if len(tekst) <= lengte else tekst[:lengte] + "…")
