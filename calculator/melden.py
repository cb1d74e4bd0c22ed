"""Reports: where to, on what ground, and one report where law and region say the same.

Labels of national places and duties come from calculator/wet/plichten.py only.
"""

from __future__ import annotations

from calculator.wet import plichten
from calculator.wet.plichten import PLICHTEN, grondslag_tekst, meldpunt

# How strong a ground is, for ordering and for choosing which of two equal reports leads.
STERKTE = {"wet": 0, "norm": 1, "regio": 2}


def _tekst(grondslag: str, plicht: str | None) -> str:
    try:
        return grondslag_tekst(grondslag, plicht)
    except KeyError:  # a ground plichten.py does not (yet) know: say only what it is not
        return "geen wettelijke plicht"


def _plicht(m: dict) -> str | None:
    """Contract 2: a legal report to DUO without a duty id is the 16-hour report."""
    if m.get("plicht"):
        return str(m["plicht"])
    if m.get("grondslag") == "wet" and m.get("bij") == "duo":
        return "verzuim-16-uur"
    return None


def melding(m: dict, partijen: dict[str, str], bron: str, url: str | None) -> dict:
    """One report in the result's shape (contract 4), from the law or from a region's rule."""
    plicht = _plicht(m)
    if url is None and m.get("grondslag") == "wet" and plicht in PLICHTEN:
        url = PLICHTEN[plicht].url
    tekst = m.get("grondslag_tekst") or _tekst(m["grondslag"], plicht)
    grond = {"grondslag": m["grondslag"], "tekst": tekst, "bron": bron}
    return {"bij": m["bij"], "bij_naam": meldpunt(m["bij"], partijen), "wat": m["wat"],
            "termijn": m.get("termijn"), "grondslag": m["grondslag"],
            "grondslag_tekst": grond["tekst"], "plicht": plicht,
            "optioneel": bool(m.get("optioneel", False)), "bron": bron, "url": url,
            "grondslagen": [grond], "regio_termijn": m.get("regio_termijn")}


def als_regionaal(m: dict) -> dict:
    """A region's report: its own term is the region's agreement, never the law's."""
    return {**m, "regio_termijn": m.get("termijn")}


def _herhaling(m: dict) -> dict:
    """A region repeating a national report: its ground is the region's agreement beside the
    national one (the law's text is not said twice)."""
    return {**m, "grondslagen": [
        {**g, "grondslag": "regio", "tekst": "ook afgesproken in de routekaart van de regio"}
        if g["grondslag"] == "wet" else g for g in m["grondslagen"]]}


def _voeg_toe(doel: dict, extra: dict) -> None:
    """Carry the second ground (and a deadline the first lacks) into one report."""
    doel["grondslagen"].extend(g for g in extra["grondslagen"] if g not in doel["grondslagen"])
    doel["grondslag_tekst"] = "; ".join(dict.fromkeys(  # the same text once, never twice
        g["tekst"] + (" (ook in de routekaart van de regio)" if g["grondslag"] == "regio"
                      and not g["tekst"].startswith("ook ") else "")
        for g in doel["grondslagen"]))
    doel["regio_termijn"] = doel.get("regio_termijn") or extra.get("regio_termijn")
    if extra["bron"] not in doel["bron"]:
        doel["bron"] = f"{doel['bron']}; {extra['bron']}"
    # One deadline sentence: the law's (and a norm's) from calculator/wet/, plus the region's term.
    termijn_zin = getattr(plichten, "termijn_zin", None)
    if extra["termijn"] and doel["plicht"] in PLICHTEN and termijn_zin is not None:
        doel["termijn"] = termijn_zin(doel["plicht"], extra["termijn"])
    elif extra["termijn"] and not doel["termijn"]:
        doel["termijn"] = extra["termijn"]
    doel["optioneel"] = doel["optioneel"] and extra["optioneel"]


def _erbij(uit: list[dict], gelijk: dict | None, m: dict) -> None:
    if gelijk is None:
        uit.append(m)
    else:
        _voeg_toe(gelijk, m)


def samenvoegen(landelijk: list[dict], regionaal: list[dict]) -> list[dict]:
    """National reports first; a regional report to the same place for the same duty (or with
    the same words) joins it, so staff see one report with both grounds, never two."""
    uit: list[dict] = []
    for m in sorted(landelijk, key=lambda m: STERKTE.get(m["grondslag"], 3)):
        gelijk = next((u for u in uit if (u["bij"], u["wat"]) == (m["bij"], m["wat"])), None)
        _erbij(uit, gelijk, m)
    landelijk_uit = list(uit)
    for m in regionaal:
        # The same place and the same duty is one report; a national report without a duty
        # (DUO's norm for luxe verzuim) takes in the region's report to the same place.
        gelijk = next((u for u in uit if u["bij"] == m["bij"] and (
            u["wat"] == m["wat"] or (m["plicht"] is not None and u["plicht"] == m["plicht"])
            or (any(u is x for x in landelijk_uit) and u["plicht"] is None and m["plicht"] is None))),
            None)
        nationaal = gelijk is not None and any(gelijk is x for x in landelijk_uit)
        _erbij(uit, gelijk, _herhaling(m) if nationaal else m)
    return uit
