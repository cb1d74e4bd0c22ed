"""Public entry points: one situation in, one explained result out."""

from __future__ import annotations

import datetime as _dt
import json
from functools import lru_cache
from importlib import resources

from calculator.fout import InvoerFout, RegelsFout
from calculator.invoer import lees_situatie
from calculator.regio import toegepaste_regels
from calculator.wet.leerplichtwet import beoordeel

SOORTEN = ("absoluut", "relatief", "luxe", "signaal", "langdurig-relatief",
           "zorgwekkend-ziekteverzuim", "geoorloofd")


@lru_cache(maxsize=1)
def _regels() -> dict:
    """The rules generated from regions/ by scripts/generate.py (shipped inside the wheel)."""
    try:
        tekst = resources.files("calculator").joinpath("regels.json").read_text("utf-8")
    except FileNotFoundError:
        raise RegelsFout("calculator/regels.json ontbreekt: maak het met "
                         "'make generate' (scripts/generate.py).") from None
    return json.loads(tekst)


def regios() -> list[dict]:
    return [{"slug": r["slug"], "naam": r["naam"], "sectoren": r["sectoren"],
             "gemeenten": r["gemeenten"]} for r in _regels()["regios"].values()]


def regios_json() -> str:
    return json.dumps(regios(), ensure_ascii=False)


def _regio_info() -> dict:
    return {r["slug"]: {"sectoren": r["sectoren"], "gemeenten": [g["id"] for g in r["gemeenten"]]}
            for r in _regels()["regios"].values()}


def _bron(regio: dict, bron: dict) -> str:
    doc = regio["document"]
    druk = ", ".join(x for x in (doc.get("versie") and f"versie {doc['versie']}",
                                 doc.get("datum")) if x)
    return f"{doc['titel']}{f' ({druk})' if druk else ''}, {bron['sectie']}"


MELDPUNTEN = {
    "duo": "DUO-verzuimregister (komt bij de leerplichtambtenaar)",
    "swv": "samenwerkingsverband",
    "rmc": "RMC / Doorstroompunt (voortijdig schoolverlaten)",
}


def _meldpunt(regio: dict | None, bij: str) -> str:
    """A readable name for where a report goes: a national body or one of the region's parties."""
    return MELDPUNTEN.get(bij) or (regio or {}).get("partijen", {}).get(bij, bij)


def _stap(regio: dict, verwijzing: dict) -> dict:
    stap = regio["stappen"][f"{verwijzing['route']}/{verwijzing['stap']}"]
    return {k: stap[k] for k in ("id", "route", "route_titel", "titel", "partijen", "acties",
                                 "termijnen", "url")}


def _uitkomst(regio: dict, s: dict, peildatum: str) -> dict:
    land = beoordeel(s, peildatum)
    soorten, stappen = set(land.soorten), []
    melden = [{**m, "bij_naam": _meldpunt(regio, m["bij"])} for m in land.melden]
    uitleg = list(land.uitleg)
    for regel in toegepaste_regels(regio, s, land.uitkomsten):
        dan = regel["dan"]
        soorten.update(dan.get("soorten", []))
        for m in dan.get("melden", []):
            melden.append({"bij": m["bij"], "bij_naam": _meldpunt(regio, m["bij"]),
                           "wat": m["wat"], "termijn": m.get("termijn"),
                           "grondslag": m["grondslag"],
                           "bron": _bron(regio, m.get("bron") or regel["bron"]), "url": None})
        eigen = [_stap(regio, v) for v in dan.get("stappen", [])]
        stappen.extend(stap for stap in eigen if stap not in stappen)
        uitleg.append({"regel": f"{regio['slug']}:{regel['id']}", "tekst": regel["uitleg"],
                       "bron": _bron(regio, regel["bron"]),
                       "url": eigen[0]["url"] if eigen else regio["url"]})
    if {"luxe", "signaal"} & soorten:
        soorten.add("relatief")  # luxe and signaal are kinds of relatief verzuim
    return {
        "regio": regio["slug"],
        "peildatum": peildatum,
        "soorten": [x for x in SOORTEN if x in soorten],
        "melden": _uniek(melden),
        "stappen": stappen,
        "uitleg": uitleg,
    }


def _uniek(melden: list[dict]) -> list[dict]:
    """One report per body and kind; a legal duty wins over the same regional one."""
    gezien: dict[tuple, dict] = {}
    for m in sorted(melden, key=lambda m: m["grondslag"] != "wet"):
        gezien.setdefault((m["bij"], m["wat"]), m)
    return list(gezien.values())


def classify(situatie: dict) -> dict:
    """Classify one situation; raises InvoerFout (Dutch, per field) on bad input."""
    info = _regio_info()
    s = lees_situatie(situatie, info)
    regio = _regels()["regios"][s["regio"]]
    peildatum = s.get("peildatum") or _dt.date.today().isoformat()
    uitkomst = _uitkomst(regio, s, peildatum)
    if "onderwijs" not in s and len(info[s["regio"]]["sectoren"]) > 1:
        # Only ask for po/vo where the answer changes the route.
        po = _uitkomst(regio, {**s, "onderwijs": "po"}, peildatum)
        vo = _uitkomst(regio, {**s, "onderwijs": "vo"}, peildatum)
        if po != vo:
            raise InvoerFout([("onderwijs", "is nodig voor deze situatie in deze regio: de route "
                                            "verschilt voor po en vo. Kies 'po' of 'vo'.")])
    return uitkomst


def classify_json(situatie_json: str) -> str:
    """The same as classify(), with JSON strings across the JavaScript boundary."""
    try:
        situatie = json.loads(situatie_json)
    except json.JSONDecodeError as fout:
        raise InvoerFout([("situatie", f"is geen geldige JSON ({fout.msg}).")]) from None
    return json.dumps(classify(situatie), ensure_ascii=False)


def classify_response_json(situatie_json: str) -> str:
    """For the browser: never raises for bad input, returns {"ok", "result"} or {"ok", "fouten"}.

    Passing JSON strings across the boundary keeps Python objects from leaking into JavaScript.
    """
    try:
        return json.dumps({"ok": True, "result": json.loads(classify_json(situatie_json))},
                          ensure_ascii=False)
    except InvoerFout as fout:
        return json.dumps({"ok": False, "fouten": [{"veld": v, "tekst": t} for v, t in fout.fouten]},
                          ensure_ascii=False)
