"""The situation: which answers exist, what values they allow, and checks between them.

Every message is Dutch and names the field, so the CLI and the form can show it as is.
"""

from __future__ import annotations

import datetime as _dt

from calculator.fout import InvoerFout

# Plausibility bounds, not legal thresholds: they only stop answers that cannot be true.
# A school week has at most 40 (les)uren and 10 dagdelen; a school year has fewer than
# 200 schooldagen.
MAX_UREN_PER_WEEK = 40
MAX_SCHOOLDAGEN_PER_JAAR = 200

GETALLEN: dict[str, tuple[str, int]] = {
    # field: (what it counts, highest possible value)
    "leeftijd": ("leeftijd in jaren", 99),
    "ziekmeldingen_schooljaar": ("ziekmeldingen in dit schooljaar", MAX_SCHOOLDAGEN_PER_JAAR),
    "ziekmeldingen_12_weken": ("ziekmeldingen in de laatste 12 weken", 60),
    "ziektedagen_schooljaar": ("schooldagen ziek in dit schooljaar", MAX_SCHOOLDAGEN_PER_JAAR),
    "ziektedagen_aaneengesloten": ("schooldagen aaneengesloten ziek", MAX_SCHOOLDAGEN_PER_JAAR),
    "ziekte_dagdelen_4_weken": ("dagdelen ziek in de laatste 4 weken", 4 * 10),
    "ziekte_dagdelen_aaneengesloten": ("dagdelen aaneengesloten ziek", 2 * MAX_SCHOOLDAGEN_PER_JAAR),
    "ongeoorloofd_uren_4_weken": ("uren ongeoorloofd afwezig in de laatste 4 lesweken",
                                  4 * MAX_UREN_PER_WEEK),
    "ongeoorloofd_uren_schooljaar": ("uren ongeoorloofd afwezig in dit schooljaar",
                                     MAX_SCHOOLDAGEN_PER_JAAR * 8),
    "ongeoorloofd_weken_aaneengesloten": ("weken aaneengesloten ongeoorloofd afwezig", 52),
    "afwezig_weken_aaneengesloten": ("weken aaneengesloten afwezig (met of zonder reden)", 52),
    "te_laat_schooljaar": ("keren te laat in dit schooljaar", 10 * MAX_SCHOOLDAGEN_PER_JAAR),
    "aanwezigheid_4_weken_procent": ("procent aanwezig in de laatste 4 weken", 100),
    "weken_sinds_eerste_signaal": ("weken sinds de eerste datum van zorgwekkend verzuim", 104),
}
JA_NEE = (
    "ingeschreven", "vrijstelling", "startkwalificatie", "luxe", "rond_vakantie",
    "toestemming_jgz", "medewerking_hulp", "verschijnt_niet_jgz",
)
TEKST = ("regio", "gemeente", "onderwijs", "peildatum")
ALLE_VELDEN = TEKST + tuple(GETALLEN) + JA_NEE

# Counts that are absence: the school-year and four-week totals must agree.
TOTAAL_NAAST_DEEL = (
    ("ongeoorloofd_uren_schooljaar", "ongeoorloofd_uren_4_weken"),
)
# Counts that only exist for a pupil who is enrolled at a school.
ALLEEN_INGESCHREVEN = (
    "ongeoorloofd_uren_4_weken", "ongeoorloofd_uren_schooljaar", "te_laat_schooljaar",
    "ongeoorloofd_weken_aaneengesloten", "aanwezigheid_4_weken_procent",
)


def _getal(veld: str, waarde, fouten: list) -> float | None:
    omschrijving, hoogste = GETALLEN[veld]
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
        fouten.append((veld, f"moet een getal zijn ({omschrijving}), niet {waarde!r}."))
        return None
    if waarde != waarde or waarde < 0:  # NaN or negative
        fouten.append((veld, f"moet 0 of meer zijn ({omschrijving}); ingevuld: {waarde}."))
        return None
    if waarde > hoogste:
        fouten.append((veld, f"kan niet meer zijn dan {hoogste} ({omschrijving}); "
                             f"ingevuld: {waarde}."))
        return None
    if veld == "leeftijd" and waarde != int(waarde):
        fouten.append((veld, f"moet een heel aantal jaren zijn; ingevuld: {waarde}."))
        return None
    return waarde


def lees_situatie(ruw: object, regio_namen: dict[str, dict]) -> dict:
    """Check one situation against the fields and the known regions; return a clean copy.

    ``regio_namen`` maps slug -> {"sectoren": [...], "gemeenten": [...ids]}.
    Raises InvoerFout with every problem at once, so a form can mark all fields.
    """
    if not isinstance(ruw, dict):
        raise InvoerFout([("situatie", "moet een JSON-object zijn, bijvoorbeeld "
                                       '{"regio": "twente", "ongeoorloofd_uren_4_weken": 12}.')])
    fouten: list[tuple[str, str]] = []
    schoon: dict = {}
    for veld in sorted(set(ruw) - set(ALLE_VELDEN)):
        fouten.append((veld, "is geen bekend veld. Toegestaan zijn: "
                             + ", ".join(ALLE_VELDEN) + "."))

    regio = ruw.get("regio")
    if regio is None:
        fouten.append(("regio", "ontbreekt. Kies een van: " + ", ".join(sorted(regio_namen)) + "."))
    elif regio not in regio_namen:
        fouten.append(("regio", f"onbekende regio {regio!r}. Kies een van: "
                                + ", ".join(sorted(regio_namen)) + "."))
    else:
        schoon["regio"] = regio
    info = regio_namen.get(regio) if isinstance(regio, str) else None

    for veld in GETALLEN:
        if ruw.get(veld) is not None:
            waarde = _getal(veld, ruw[veld], fouten)
            if waarde is not None:
                schoon[veld] = waarde
    for veld in JA_NEE:
        if ruw.get(veld) is not None:
            if isinstance(ruw[veld], bool):
                schoon[veld] = ruw[veld]
            else:
                fouten.append((veld, f"moet ja of nee zijn (true of false), niet {ruw[veld]!r}."))

    onderwijs = ruw.get("onderwijs")
    if onderwijs is not None:
        sectoren = info["sectoren"] if info else ["po", "vo"]
        if onderwijs not in ("po", "vo"):
            fouten.append(("onderwijs", f"moet 'po' of 'vo' zijn, niet {onderwijs!r}."))
        elif onderwijs not in sectoren:
            fouten.append(("onderwijs", f"deze regio werkt alleen voor {' en '.join(sectoren)}; "
                                        f"ingevuld: {onderwijs!r}."))
        else:
            schoon["onderwijs"] = onderwijs
    elif info and len(info["sectoren"]) == 1:
        schoon["onderwijs"] = info["sectoren"][0]

    gemeente = ruw.get("gemeente")
    if gemeente is not None:
        bekend = info["gemeenten"] if info else []
        if gemeente not in bekend:
            fouten.append(("gemeente", f"onbekende gemeente {gemeente!r} voor deze regio. "
                                       "Kies een van: " + ", ".join(bekend) + "."))
        else:
            schoon["gemeente"] = gemeente

    peildatum = ruw.get("peildatum")
    if peildatum is not None:
        try:
            schoon["peildatum"] = _dt.date.fromisoformat(str(peildatum)).isoformat()
        except ValueError:
            fouten.append(("peildatum", f"moet een datum JJJJ-MM-DD zijn, niet {peildatum!r}."))

    for totaal, deel in TOTAAL_NAAST_DEEL:
        if totaal in schoon and deel in schoon and schoon[totaal] < schoon[deel]:
            fouten.append((totaal, f"kan niet lager zijn dan {deel} ({schoon[deel]}): de laatste "
                                   "4 lesweken vallen binnen het schooljaar."))
    if schoon.get("ingeschreven") is False:
        for veld in ALLEEN_INGESCHREVEN:
            if schoon.get(veld):
                fouten.append((veld, "kan alleen bij een leerling die op een school staat "
                                     "ingeschreven; 'ingeschreven' is nee."))
    if fouten:
        raise InvoerFout(fouten)
    return schoon
