"""The situation: which answers exist, what values they allow, and checks between them.

Any JSON value may arrive in any field (a form, a script, an attacker): every one gets a
Dutch message that names the question by its label, never a traceback.
"""

from __future__ import annotations

import datetime as _dt
import math

from calculator.fout import InvoerFout
from calculator.vragen import GELIJKE_EENHEDEN, VRAGEN, kort, label

GETALLEN = tuple(v for v, q in VRAGEN.items() if q.soort == "getal")
JA_NEE = tuple(v for v, q in VRAGEN.items() if q.soort == "ja-nee")
TEKST = ("regio", "gemeente", "onderwijs", "peildatum", "geboortedatum")
ALLE_VELDEN = tuple(VRAGEN)

# Counts that are absence: the school-year total cannot be below the four-week count.
TOTAAL_NAAST_DEEL = (
    ("ongeoorloofd_uren_schooljaar", "ongeoorloofd_uren_4_weken"),
    ("te_laat_schooljaar", "te_laat_week"),
)
# Counts that only exist for a pupil who is enrolled at a school.
ALLEEN_INGESCHREVEN = (
    "ongeoorloofd_uren_4_weken", "ongeoorloofd_uren_schooljaar", "te_laat_schooljaar",
    "ongeoorloofd_uren_week", "te_laat_week",
    "ongeoorloofd_weken_aaneengesloten", "aanwezigheid_4_weken_procent",
)

Fouten = list[tuple[str, str]]
# Plausible dates (not legal ones): school-year arithmetic stays far from the calendar's end.
EERSTE_DATUM = _dt.date(1900, 1, 1)
LAATSTE_DATUM = _dt.date(2199, 12, 31)


def _getal(veld: str, waarde: object, fouten: Fouten) -> float | None:
    q = VRAGEN[veld]
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
        fouten.append((veld, f"moet een getal zijn ({q.eenheid}), niet {kort(waarde)}."))
        return None
    if isinstance(waarde, float) and not math.isfinite(waarde):
        fouten.append((veld, f"moet een gewoon getal zijn ({q.eenheid}), niet {kort(waarde)}."))
        return None
    if waarde < 0:
        fouten.append((veld, f"moet 0 of meer zijn ({q.eenheid}); ingevuld: {kort(waarde)}."))
        return None
    if waarde > q.hoogste:
        fouten.append((veld, f"kan niet meer zijn dan {q.hoogste:g} ({q.eenheid}); "
                             f"ingevuld: {kort(waarde)}."))
        return None
    if q.heel and waarde != int(waarde):
        fouten.append((veld, f"moet een heel getal zijn ({q.eenheid}); ingevuld: {kort(waarde)}."))
        return None
    return int(waarde) if waarde == int(waarde) else float(waarde)


def _datum(veld: str, waarde: object, fouten: Fouten) -> _dt.date | None:
    if isinstance(waarde, str) and len(waarde) == 10:
        try:
            datum = _dt.date.fromisoformat(waarde)
        except ValueError:
            pass
        else:
            if EERSTE_DATUM <= datum <= LAATSTE_DATUM:
                return datum
            fouten.append((veld, f"moet tussen {EERSTE_DATUM.year} en {LAATSTE_DATUM.year} liggen; "
                                 f"ingevuld: {kort(waarde)}."))
            return None
    fouten.append((veld, f"moet een datum zijn als JJJJ-MM-DD (bijvoorbeeld 2026-11-23), niet "
                         f"{kort(waarde)}."))
    return None


def _keuze(veld: str, waarde: object, toegestaan: list[tuple[str, str]], fouten: Fouten) -> str | None:
    """One of a fixed list of (value, name) pairs; the message lists the names."""
    if isinstance(waarde, str) and waarde in {w for w, _ in toegestaan}:
        return waarde
    lijst = ", ".join(f"{naam} ({w})" if naam != w else w for w, naam in toegestaan)
    fouten.append((veld, f"kies een van: {lijst}; ingevuld: {kort(waarde)}." if toegestaan else
                   f"deze regio heeft hier niets om uit te kiezen; laat dit leeg. Ingevuld: {kort(waarde)}."))
    return None


def leeftijd_op(geboren: _dt.date, peildatum: _dt.date) -> int:
    """Whole years on ``peildatum``; a 29 February birthday counts from 1 March in other years."""
    return peildatum.year - geboren.year - ((peildatum.month, peildatum.day) < (geboren.month, geboren.day))


def _regio(ruw: dict, regels: dict, fouten: Fouten) -> None:
    regio = ruw.get("regio")
    if regio is not None and regio != regels.get("slug"):
        fouten.append(("regio", f"hoort niet bij deze regels (van {regels.get('naam')}); ingevuld: "
                                f"{kort(regio)}. Kies de regio opnieuw."))


def _onderwijs_en_gemeente(ruw: dict, regels: dict, schoon: dict, fouten: Fouten) -> None:
    sectoren = list(regels.get("sectoren") or ["po", "vo"])
    if ruw.get("onderwijs") is not None:
        onderwijs = _keuze("onderwijs", ruw["onderwijs"], [(x, x) for x in sectoren], fouten)
        if onderwijs:
            schoon["onderwijs"] = onderwijs
    elif len(sectoren) == 1:
        schoon["onderwijs"] = sectoren[0]
    if ruw.get("gemeente") is not None:
        gemeenten = [(g["id"], g["naam"]) for g in regels.get("gemeenten", [])]
        gemeente = _keuze("gemeente", ruw["gemeente"], gemeenten, fouten)
        if gemeente:
            schoon["gemeente"] = gemeente


def _leeftijd(ruw: dict, schoon: dict, peildatum: _dt.date, fouten: Fouten) -> None:
    if ruw.get("geboortedatum") is None:
        return
    geboren = _datum("geboortedatum", ruw["geboortedatum"], fouten)
    if geboren is None:
        return
    if geboren > peildatum:
        fouten.append(("geboortedatum", f"ligt na de peildatum ({peildatum.isoformat()})."))
        return
    jaren = leeftijd_op(geboren, peildatum)
    if jaren > VRAGEN["leeftijd"].hoogste:
        fouten.append(("geboortedatum", f"geeft een leeftijd van {jaren} jaar; dat kan niet kloppen."))
        return
    schoon["geboortedatum"] = geboren.isoformat()
    if "leeftijd" in schoon and schoon["leeftijd"] != jaren:
        fouten.append(("leeftijd", f"past niet bij de geboortedatum: op {peildatum.isoformat()} is "
                                   f"de leerling {jaren} jaar; ingevuld: {schoon['leeftijd']}."))
    elif "leeftijd" not in ruw or ruw["leeftijd"] is None:
        schoon["leeftijd"] = jaren


def _samenhang(schoon: dict, fouten: Fouten) -> None:
    for totaal, deel in TOTAAL_NAAST_DEEL:
        if totaal in schoon and deel in schoon and schoon[totaal] < schoon[deel]:
            fouten.append((totaal, f"kan niet lager zijn dan het antwoord bij '{label(deel)}' "
                                   f"({schoon[deel]:g}): de laatste 4 lesweken vallen binnen het "
                                   "schooljaar."))
    for groep in GELIJKE_EENHEDEN:
        gegeven = [(v, e, f) for v, e, f in groep if v in schoon]
        for (v1, e1, f1), (v2, _, f2) in zip(gegeven, gegeven[1:], strict=False):
            if schoon[v1] * f2 != schoon[v2] * f1:
                fouten.append((v2, f"past niet bij het antwoord bij '{label(v1)}' ({schoon[v1]:g} "
                                   f"{e1}): 1 schooldag is 2 dagdelen. Vul er één van de twee in."))
    if schoon.get("ingeschreven") is False:
        for veld in ALLEEN_INGESCHREVEN:
            if schoon.get(veld):
                fouten.append((veld, "kan alleen bij een leerling die op een school staat "
                                     "ingeschreven; bij de vraag of de leerling is ingeschreven "
                                     "staat nee."))


def lees_situatie(ruw: object, regels: dict, vandaag: str | None = None) -> dict:
    """Check one situation against the fields and the region's rules; return a clean copy.

    ``regels`` is one region's rules (scripts/rekenhulp/regels_json.py). The clean copy always has
    ``regio`` and ``peildatum``. Raises InvoerFout with every problem at once, so a form
    can mark all fields.
    """
    if not isinstance(ruw, dict):
        raise InvoerFout([("situatie", "moet een JSON-object zijn, bijvoorbeeld "
                                       '{"ongeoorloofd_uren_4_weken": 12}; ingevuld: '
                                       f"{kort(ruw)}.")])
    fouten: Fouten = []
    for veld in sorted(set(ruw) - set(ALLE_VELDEN), key=str)[:20]:
        fouten.append((kort(veld, 60).strip("'"), "is geen vraag van de rekenhulp; laat dit weg."))
    _regio(ruw, regels, fouten)
    schoon: dict = {"regio": regels.get("slug")}
    peildatum = _dt.date.fromisoformat(vandaag) if vandaag else _dt.date.today()
    if ruw.get("peildatum") is not None:
        peildatum = _datum("peildatum", ruw["peildatum"], fouten) or peildatum
    schoon["peildatum"] = peildatum.isoformat()

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
                fouten.append((veld, f"moet ja of nee zijn (true of false), niet {kort(ruw[veld])}."))
    _onderwijs_en_gemeente(ruw, regels, schoon, fouten)
    _leeftijd(ruw, schoon, peildatum, fouten)
    _samenhang(schoon, fouten)
    if fouten:
        raise InvoerFout(fouten)
    return schoon
