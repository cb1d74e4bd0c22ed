"""Which answers a region uses: exact unit conversion in, unused answers named out.

A school answers in the unit its administration shows. Where units convert exactly (1
schooldag = 2 dagdelen) the engine converts and says so; an answer that neither the law
nor the region's rules look at is listed, never silently dropped.
"""

from __future__ import annotations

from calculator.regio import gebruikte_velden
from calculator.vragen import GELIJKE_EENHEDEN, VRAGEN

# Answers the national rules compare (so they always matter).
LANDELIJK = {"regio", "peildatum", "onderwijs", "leeftijd", "geboortedatum",
             "volledige_schooljaren", "ingeschreven", "vrijstelling", "startkwalificatie",
             "ongeoorloofd_uren_4_weken", "ongeoorloofd_weken_aaneengesloten", "luxe",
             "rond_vakantie"}
# Answers the national rules only look at for 'is there any': the number itself is not used.
ZIEKTE = {v for groep in GELIJKE_EENHEDEN for v, _, _ in groep} | {
    "ziekmeldingen_schooljaar", "ziekmeldingen_12_weken"}
ONGEOORLOOFD = {"te_laat_schooljaar", "ongeoorloofd_uren_schooljaar"}

OMREKENING_BRON = "Omrekening van de rekenhulp: 1 schooldag is 2 dagdelen (ochtend en middag)"


def _getal(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def omrekenen(s: dict, regio: dict) -> tuple[dict, list[dict]]:
    """Fill in every exact equivalent of an answered count; explain those the region uses."""
    gebruikt = gebruikte_velden(regio, s.get("onderwijs"))
    s = dict(s)
    uitleg = []
    for groep in GELIJKE_EENHEDEN:
        gegeven = next(((v, e, f) for v, e, f in groep if v in s), None)
        if gegeven is None:
            continue
        veld, eenheid, per_dag = gegeven
        for doel, doel_eenheid, doel_per_dag in groep:
            if doel in s:
                continue
            s[doel] = s[veld] * doel_per_dag / per_dag
            if doel in gebruikt:
                uitleg.append({
                    "regel": f"omrekening:{doel}",
                    "tekst": f"Ingevuld bij '{VRAGEN[veld].vraag}': {_getal(s[veld])} {eenheid}. "
                             f"De routekaart van deze regio telt in {doel_eenheid}: dat is "
                             f"{_getal(s[doel])} {doel_eenheid} (1 schooldag is 2 dagdelen).",
                    "bron": OMREKENING_BRON, "url": regio.get("url")})
    return s, uitleg


def _reden(veld: str, regio: dict, onderwijs: str | None) -> str:
    anders = [x for x in regio.get("sectoren", []) if x != onderwijs]
    if onderwijs and any(veld in gebruikte_velden(regio, x) for x in anders):
        return (f"deze regio dit alleen gebruikt voor {' en '.join(anders)}, en hier is "
                f"{onderwijs} gekozen")
    if veld == "gemeente":
        return "de route in deze regio voor alle gemeenten gelijk is"
    if veld in ZIEKTE:
        return ("de routekaart van deze regio geen grens voor dit aantal heeft; alleen dát de "
                "leerling ziek was, telt mee (geoorloofd verzuim)")
    if veld in ONGEOORLOOFD:
        return ("de routekaart van deze regio geen grens voor dit aantal heeft; alleen dát de "
                "leerling zonder geldige reden afwezig was, telt mee (relatief verzuim)")
    return "de routekaart van deze regio over dit antwoord geen afspraak heeft"


def niet_gebruikt(ingevuld: set[str], regio: dict, onderwijs: str | None) -> list[dict]:
    """Answers given that change nothing in this region, each with the reason."""
    gebruikt = gebruikte_velden(regio, onderwijs) | LANDELIJK
    for groep in GELIJKE_EENHEDEN:
        velden = {v for v, _, _ in groep}
        if velden & gebruikt:
            gebruikt |= velden  # answered in another unit and converted
    return [{"veld": v, "vraag": VRAGEN[v].vraag, "reden": _reden(v, regio, onderwijs)}
            for v in VRAGEN if v in ingevuld and v not in gebruikt]


def als_uitleg(lijst: list[dict], regio: dict, bron: str) -> list[dict]:
    return [{"regel": f"niet-gebruikt:{x['veld']}",
             "tekst": f"'{x['vraag']}': niet gebruikt in deze regio, omdat {x['reden']}.",
             "bron": bron, "url": regio.get("url")} for x in lijst]
