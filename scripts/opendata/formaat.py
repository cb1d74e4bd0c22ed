"""The public format of a routekaart: one region version as JSON, its thresholds as CSV rows.

This is a contract with outside users (schools, gemeenten, researchers), published with a
JSON Schema (routekaart.schema.json beside this file) and documented on the page "Open
data". It is deliberately separate from the Rekenhulp's rules (rekenhulp/regels_json.py):
the Rekenhulp may change its file freely, this format changes only with a new ``formaat``.
Deadlines and their basis come from calculator/wet/plichten.py (contract C1), never
written here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bron.paden import SCHEMA as REGIO_SCHEMA
from paginas.adressen import regio_url, stap_url, versie_url

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the calculator package

from calculator.regio import stap_label, stap_nummer  # noqa: E402
from calculator.wet.plichten import (  # noqa: E402
    GRONDSLAG_LABELS,
    PLICHTEN,
    grondslag_tekst,
    meldpunt,
    plicht_van,
    termijn,
)

FORMAAT = "1"
SCHEMA = Path(__file__).with_name("routekaart.schema.json")
LICENTIE = ("De teksten van de routekaart zijn van het samenwerkingsverband dat haar uitgaf "
            "(zie bron); hergebruik ze volgens de voorwaarden van dat samenwerkingsverband. "
            "Wetteksten zijn vrij (artikel 11 Auteurswet). De software die dit bestand maakt "
            "valt onder de EUPL-1.2.")

# One row per threshold (the CSV per region version, and the national comparison).
KOLOMMEN = ("regio", "versie", "drempel", "vraag", "vergelijking", "waarde", "eenheid",
            "periode", "onderwijs", "stap", "grondslag", "omschrijving", "tot_vergelijking",
            "tot_waarde")
# Lists of allowed values the public schema takes from the region format, so a value an
# editor may write (a new unit, a new duty) is one the published schema accepts.
OPSOMMINGEN = {
    ("drempel", "eenheid"): ("drempel", "eenheid"),
    ("drempel", "periode"): ("drempel", "periode"),
    ("drempel", "vergelijking"): ("drempel", "vergelijking"),
    ("drempel", "plicht"): ("melding", "plicht"),
    ("melding", "plicht"): ("melding", "plicht"),
    ("termijn", "eenheid"): ("termijn", "eenheid"),
    ("route", "soort"): ("route", "soort"),
}


def publiek_schema() -> dict:
    """The JSON Schema as published under /data/: routekaart.schema.json with its lists of
    allowed values taken from the region format (regions/schema/regio.schema.json)."""
    schema = json.loads(SCHEMA.read_text("utf-8"))
    regio = json.loads(REGIO_SCHEMA.read_text("utf-8"))["$defs"]
    for (defn, veld), (bron_defn, bron_veld) in OPSOMMINGEN.items():
        schema["$defs"][defn]["properties"][veld]["enum"] = \
            regio[bron_defn]["properties"][bron_veld]["enum"]
    herhaling = regio["termijn"]["properties"].get("herhaling")
    if herhaling:
        schema["$defs"]["termijn"]["properties"]["herhaling"]["properties"]["eenheid"]["enum"] = \
            herhaling["properties"]["eenheid"]["enum"]
    return schema
# Of the grounds a report may rest on, the strongest one names a threshold's basis.
STERKTE = {"wet": 3, "norm": 2, "regio": 1}


def _zonder_leeg(d: dict) -> dict:
    """Optional fields are left out rather than null, so a reader sees only what is known."""
    return {k: v for k, v in d.items() if v is not None and v != [] and v != {}}


def _vindplaats(v: dict) -> str:
    """Where a contact was found, as text: a web page with its date, or the document's section."""
    if v.get("url"):
        return f"{v.get('titel', v['url'])} ({v['url']}), geraadpleegd {v.get('geraadpleegd')}"
    return f"brondocument, {v['sectie']}"


def _contact(c: dict | None) -> dict | None:
    """A contact (contract C3) in the public format: its source as text."""
    if not c:
        return None
    return _zonder_leeg({**{k: c.get(k) for k in ("partij", "naam", "telefoon", "email", "website")},
                         "bron": _vindplaats(c["bron"])})


def _gemeente(g: dict | str) -> dict:
    # Gemeenten may be plain names or objects (contract C3); both stay valid.
    if isinstance(g, str):
        return {"naam": g}
    return _zonder_leeg({"id": g.get("id"), "naam": g["naam"], "aliassen": g.get("aliassen"),
                         "contact": [_contact(c) for c in g.get("contact", [])]})


def _bron(document: dict) -> dict:
    bron = document.get("bron") or {}
    return _zonder_leeg({
        "titel": document["titel"], "versie": document.get("versie"),
        "datum": document.get("datum"), "uitgever": document.get("uitgever"),
        "url": document.get("url") or bron.get("url"), "geraadpleegd": bron.get("geraadpleegd"),
        "opmerking": document.get("opmerking")})


def _partij(p: dict) -> dict:
    return _zonder_leeg({"id": p["id"], "naam": p["naam"], "rol": p["rol"],
                         "taken": p.get("taken"), "contact": _contact(p.get("contact"))})


def _termijn(t: dict) -> dict:
    """A step's own term: always the region's agreement."""
    return _zonder_leeg({**{k: t.get(k) for k in ("tekst", "waarde", "tot", "eenheid",
                                                  "tijdstip", "dag", "vanaf", "datum",
                                                  "herhaling")},
                         "grondslag": "regio"})


def _melding(m: dict, partijen: dict[str, str]) -> dict:
    plicht = plicht_van(m)
    deadline = termijn(plicht, m.get("termijn"))
    wet = PLICHTEN[plicht] if plicht else None
    return _zonder_leeg({
        "bij": m["bij"], "bij_naam": meldpunt(m["bij"], partijen), "wat": m["wat"],
        "grondslag": m["grondslag"], "grondslag_tekst": grondslag_tekst(m["grondslag"], plicht),
        "plicht": plicht,
        "wet": {"wet": wet.wet, "artikel": wet.artikel, "url": wet.url} if wet else None,
        "termijn": _zonder_leeg({"tekst": deadline.tekst, "grondslag": deadline.grondslag,
                                 "label": GRONDSLAG_LABELS[deadline.grondslag],
                                 "bron": deadline.bron, "url": deadline.url}) if deadline else None,
        "optioneel": bool(m.get("optioneel")),
        "per_gemeente": [_zonder_leeg({
            "gemeenten": list(pg["gemeenten"]), "bij": pg["bij"],
            "bij_naam": meldpunt(pg["bij"], partijen), "wat": pg.get("wat"),
            "termijn": pg.get("termijn"), "tekst": pg.get("tekst")})
            for pg in m.get("per_gemeente", [])]})


def _stap(slug: str, route: str, s: dict, partijen: dict[str, str], actueel: bool) -> dict:
    return _zonder_leeg({
        "id": s["id"], "nummer": stap_nummer(s), "titel": s["titel"], "label": stap_label(s),
        "fase": s.get("fase"),
        "omschrijving": s.get("omschrijving"), "wanneer": s.get("wanneer"),
        "partijen": list(s["partijen"]), "acties": s.get("acties"), "adviezen": s.get("adviezen"),
        "termijnen": [_termijn(t) for t in s.get("termijnen", [])],
        "meldingen": [_melding(m, partijen) for m in s.get("melden", [])],
        "drempels": s.get("drempels"),
        "volgende": [_zonder_leeg({"route": v.get("route", route), "stap": v["stap"],
                                   "label": v.get("label")}) for v in s.get("volgende", [])],
        "url": stap_url(slug, route, s["id"]) if actueel else None})


def _positief(als: dict) -> set[str]:
    """Threshold ids a condition requires (not those under 'niet')."""
    if "drempel" in als:
        return {als["drempel"]}
    uit: set[str] = set()
    for deel in als.get("alle", []) + als.get("een_van", []):
        uit |= _positief(deel)
    return uit


def drempel_grondslagen(d: dict) -> dict[str, tuple[str, str | None]]:
    """Per threshold: the strongest ground of the reports the region attaches to it (a rule
    that requires it, or a step that lists it): 'wet' with its duty, 'norm', or 'regio' when
    it leads to no such report. Read from the region's own data, never guessed from values."""
    uit: dict[str, tuple[str, str | None]] = {x["id"]: ("regio", None) for x in d["drempels"]}
    paren = [(_positief(r["als"]), r["dan"].get("melden", [])) for r in d.get("regels", [])]
    paren += [(set(s.get("drempels", [])), s.get("melden", []))
              for r in d["routes"] for s in r["stappen"]]
    for drempels, meldingen in paren:
        for m in meldingen:
            for x in drempels & uit.keys():
                if STERKTE[m["grondslag"]] > STERKTE[uit[x][0]]:
                    uit[x] = (m["grondslag"], plicht_van(m))
    return uit


def _drempel_stappen(d: dict) -> dict[str, list[dict]]:
    uit: dict[str, list[dict]] = {x["id"]: [] for x in d["drempels"]}
    for r in d["routes"]:
        for s in r["stappen"]:
            for x in s.get("drempels", []):
                uit.setdefault(x, []).append({"route": r["id"], "stap": s["id"]})
    return uit


def _drempels(d: dict) -> list[dict]:
    grond, stappen = drempel_grondslagen(d), _drempel_stappen(d)
    return [_zonder_leeg({
        "id": x["id"], "omschrijving": x["omschrijving"], "vraag": x.get("invoer"),
        "vergelijking": x["vergelijking"], "waarde": x["waarde"], "eenheid": x["eenheid"],
        "periode": x["periode"], "onderwijs": x.get("onderwijs"), "tot": x.get("tot"),
        "grondslag": grond[x["id"]][0], "plicht": grond[x["id"]][1],
        "stappen": stappen[x["id"]]}) for x in d["drempels"]]


def routekaart(d: dict, actueel: bool = True) -> dict:
    """One region version in the public format. ``actueel``: the version the site shows now
    (its page is the region's overview; an older one has its own archive page)."""
    slug, versie = d["slug"], d["publicatie"]["versie"]
    partijen = {p["id"]: p["naam"] for p in d["partijen"]}
    return {
        "formaat": FORMAAT,
        "regio": _zonder_leeg({"slug": slug, "naam": d["naam"],
                               "samenwerkingsverband": d["samenwerkingsverband"],
                               "sectoren": list(d["sectoren"]),
                               "gemeenten": [_gemeente(g) for g in d["gemeenten"]]}),
        "versie": {"nummer": versie, "datum": d["publicatie"]["datum"],
                   "wijzigingen": list(d["publicatie"]["wijzigingen"])},
        "bron": _bron(d["document"]),
        "pagina": regio_url(slug) if actueel else versie_url(slug, versie),
        "licentie": LICENTIE,
        "partijen": [_partij(p) for p in d["partijen"]],
        "routes": [_zonder_leeg({
            "id": r["id"], "titel": r["titel"], "soort": r.get("soort"),
            "onderwijs": r.get("onderwijs"), "inleiding": r.get("inleiding"),
            "stappen": [_stap(slug, r["id"], s, partijen, actueel) for s in r["stappen"]]})
            for r in d["routes"]],
        "drempels": _drempels(d),
    }


def _getal(waarde: float | int) -> str:
    return str(int(waarde)) if float(waarde).is_integer() else str(waarde)


def drempel_rijen(kaart: dict) -> list[dict[str, str]]:
    """The thresholds of one public routekaart as CSV rows (all values text, as in a CSV)."""
    return [{
        "regio": kaart["regio"]["slug"], "versie": kaart["versie"]["nummer"],
        "drempel": x["id"], "vraag": x.get("vraag", ""), "vergelijking": x["vergelijking"],
        "waarde": _getal(x["waarde"]), "eenheid": x["eenheid"], "periode": x["periode"],
        "onderwijs": x.get("onderwijs", ""),
        "stap": ";".join(f"{s['route']}/{s['stap']}" for s in x.get("stappen", [])),
        "grondslag": x["grondslag"], "omschrijving": x["omschrijving"],
        "tot_vergelijking": x["tot"]["vergelijking"] if x.get("tot") else "",
        "tot_waarde": _getal(x["tot"]["waarde"]) if x.get("tot") else "",
    } for x in kaart["drempels"]]
