"""The rules the Rekenhulp needs, one small JSON per region plus an index (contract 3).

``docs/assets/regels/<slug>.json`` is fetched by the browser only when a region is chosen,
so start-up does not grow with the number of regions; ``index.json`` lists the regions for
the chooser. The browser fetches content-addressed copies, ``v/<slug>-<hash>.json`` and
``v/index-<hash>.json`` (the runtime manifest names the index, the index each region's file
and version): a host may cache them for a year, and a publication changes their addresses,
so the Rekenhulp never computes with old thresholds (beslissingen/0011). Each region file
carries only what the engine reads (no citations, readings or prose beyond what a result
shows) and the questions the form asks (``vragen``).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import yaml
from paginas.adressen import MAP, regio_url, stap_url

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the calculator package

from calculator.regio import gebruikte_velden  # noqa: E402
from calculator.vragen import UUR_EENHEDEN, VRAGEN, alternatieven  # noqa: E402
from calculator.wet import duo  # noqa: E402

BEGRIPPEN = Path(__file__).resolve().parents[2] / "landelijk" / "begrippen.yaml"
# The plain answer for a gemeente no region covers: what the law asks of every school, one
# line per term from the national glossary (never retyped), and how to go on.
GEEN_REGIO_BEGRIPPEN = {"16-urenmelding": 1, "Absoluut verzuim": 2, "Luxe verzuim": 1}

MAX_BYTES = 30_000  # per region, contract 3
# Questions every region asks: the national rules use them.
LANDELIJKE_VELDEN = ["leeftijd", "geboortedatum", "volledige_schooljaren", "ingeschreven",
                     "vrijstelling", "startkwalificatie", "ongeoorloofd_uren_4_weken",
                     "ongeoorloofd_weken_aaneengesloten", "luxe", "rond_vakantie",
                     "ziekmeldingen_schooljaar", "te_laat_schooljaar"]
DREMPEL_SLEUTELS = ("id", "waarde", "vergelijking", "tot", "invoer", "eenheid", "onderwijs")
MELDING_SLEUTELS = ("bij", "wat", "termijn", "grondslag", "plicht", "optioneel")


def _bron(bron: dict | None) -> dict | None:
    return {"sectie": bron["sectie"]} if bron else None


def _melding(m: dict) -> dict:
    uit = {k: m[k] for k in MELDING_SLEUTELS if k in m}
    if m.get("per_gemeente"):  # the engine picks the place for the pupil's gemeente
        uit["per_gemeente"] = [{k: pg[k] for k in ("gemeenten", "bij", "wat", "termijn") if k in pg}
                               for pg in m["per_gemeente"]]
    if m.get("bron"):
        uit["bron"] = _bron(m["bron"])
    return uit


def _regel(r: dict) -> dict:
    dan = {k: v for k, v in r["dan"].items() if k != "melden"}
    if r["dan"].get("melden"):
        dan["melden"] = [_melding(m) for m in r["dan"]["melden"]]
    return {"id": r["id"], "als": r["als"], "dan": dan, "uitleg": r["uitleg"],
            "bron": _bron(r["bron"])}


def _stappen(d: dict, partijen: dict[str, str]) -> dict[str, dict]:
    """Only the steps a rule can point to: the rest is on the region's pages."""
    nodig = {f"{v['route']}/{v['stap']}" for r in d["regels"] for v in r["dan"].get("stappen", [])}
    stappen = {}
    for route in d["routes"]:
        for s in route["stappen"]:
            sleutel = f"{route['id']}/{s['id']}"
            if sleutel in nodig:
                stappen[sleutel] = {
                    "id": s["id"], "route": route["id"], "route_titel": route["titel"],
                    **({"nummer": s["nummer"]} if s.get("nummer") else {}),  # for stap_label
                    "titel": s["titel"], "partijen": [partijen.get(p, p) for p in s["partijen"]],
                    "acties": s.get("acties", []),
                    "termijnen": [t["tekst"] for t in s.get("termijnen", [])],
                    "url": stap_url(d["slug"], route["id"], s["id"])}
                # The answer model: which reports a step holds (a region's own term for a
                # national duty) and which thresholds mark that a situation reached it.
                if s.get("melden"):
                    stappen[sleutel]["melden"] = [  # what matching needs, not the prose
                        {k: m[k] for k in ("bij", "plicht", "grondslag", "termijn") if k in m}
                        for m in s["melden"]]
                if s.get("drempels"):
                    stappen[sleutel]["drempels"] = list(s["drempels"])
    return stappen


def _vraag(veld: str, drempels: list[dict]) -> dict:
    """One question in the region's unit, with exact alternatives and a hint where none exist."""
    q = VRAGEN[veld]
    # Per sector, the unit of hours the region names (lesuren or klokuren); plain 'uren' says nothing.
    uur = {d.get("onderwijs") or "": d["eenheid"] for d in drempels
           if d.get("invoer") == veld and d["eenheid"] in UUR_EENHEDEN}
    eenheid, hint = q.eenheid, q.hint
    if len(set(uur.values())) == 1:
        eenheid = next(iter(uur.values()))
        hint = UUR_EENHEDEN[eenheid]
    elif uur:
        hint = "; ".join(f"{s or 'alle'}: {e}" for s, e in sorted(uur.items())) + \
            ". Tel in de eenheid van het onderwijs van de leerling; reken lesuren en klokuren niet om."
    return {"veld": veld, "vraag": q.vraag, "hint": hint, "eenheid": eenheid,
            "alternatieven": alternatieven(veld)}


def _gemeente(g: dict) -> dict:
    """A gemeente for the chooser: its name and, where a source gives them, other names."""
    return {"id": g["id"], "naam": g["naam"], **({"aliassen": g["aliassen"]} if g.get("aliassen") else {})}


def verschilt_per_gemeente(d: dict) -> bool:
    """Does a text of the region differ per gemeente? Then the Rekenhulp asks for it (as it does
    when a rule depends on it); a list of gemeenten alone is for finding the region."""
    dingen = [*d["partijen"], *d["drempels"]]
    for r in d["routes"]:
        for s in r["stappen"]:
            dingen += [s, *s.get("termijnen", [])]
    return any(x.get("per_gemeente") for x in dingen)


def contacten(d: dict) -> dict[str, list[dict]]:
    """Per party the ways in the region gives (calculator/contact.py), party-wide first."""
    uit: dict[str, list[dict]] = {}
    velden = ("telefoon", "email", "website")
    for p in d["partijen"]:
        if p.get("contact"):
            c = p["contact"]
            uit.setdefault(p["id"], []).append(
                {"naam": c.get("naam") or p["naam"], **{k: c[k] for k in velden if c.get(k)}})
    namen = {p["id"]: p["naam"] for p in d["partijen"]}
    for g in d["gemeenten"]:
        for c in g.get("contact", []):
            uit.setdefault(c["partij"], []).append(
                {"naam": c.get("naam") or f"{namen[c['partij']]} ({g['naam']})", "gemeente": g["naam"],
                 "gemeente_id": g["id"], **{k: c[k] for k in velden if c.get(k)}})
    return uit


def regio_regels(d: dict) -> dict:
    """One region's rules for the engine and the form (≤ 30 KB as JSON)."""
    partijen = {p["id"]: p["naam"] for p in d["partijen"]}
    drempels = [{k: x[k] for k in DREMPEL_SLEUTELS if k in x} for x in d["drempels"] if x.get("invoer")]
    regels = {"slug": d["slug"], "drempels": drempels, "regels": [_regel(r) for r in d["regels"]]}
    velden = set(LANDELIJKE_VELDEN) | gebruikte_velden(regels)
    if len(d["sectoren"]) > 1:
        velden.add("onderwijs")
    if d["gemeenten"] and verschilt_per_gemeente(d):
        velden.add("gemeente")
    return {
        "slug": d["slug"], "naam": d["naam"],
        "samenwerkingsverband": d.get("samenwerkingsverband"), "sectoren": d["sectoren"],
        "gemeenten": [_gemeente(g) for g in d["gemeenten"]],
        "document": {k: d["document"].get(k) for k in ("titel", "versie", "datum")},
        "publicatie": {k: d["publicatie"][k] for k in ("versie", "datum")},
        "concept": bool(d.get("_concept")),
        "url": regio_url(d["slug"]),
        "partijen": partijen,
        "velden": sorted(velden),
        "vragen": [_vraag(v, drempels) for v in VRAGEN
                   if v in velden and v not in ("regio", "onderwijs", "gemeente")],
        "drempels": drempels, "regels": regels["regels"], "stappen": _stappen(d, partijen),
        **({"contacten": c} if (c := contacten(d)) else {}),
    }


def _zinnen(tekst: str, n: int) -> str:
    """The first ``n`` sentences of a glossary text."""
    delen = re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(tekst.split()))
    return " ".join(delen[:n])


def geen_regio() -> dict:
    """What the chooser and the search say for a place no region covers (issue 22)."""
    begrippen = {b["term"]: b for b in yaml.safe_load(BEGRIPPEN.read_text("utf-8"))["begrippen"]}
    return {
        "wet": [{"term": t, "tekst": _zinnen(begrippen[t]["uitleg"], n)}
                for t, n in GEEN_REGIO_BEGRIPPEN.items()],
        "melden": duo.ZIN,
        "vinden": ("Bij welk samenwerkingsverband passend onderwijs je school hoort, weet je "
                   "schoolleiding. De leerplichtambtenaar werkt voor de gemeente waar de leerling "
                   "woont: zoek op de website van die gemeente naar ‘leerplicht’."),
        "links": [{"titel": "Verzuim melden bij DUO", "url": duo.PAGINA},
                  {"titel": "Wat de wet de school laat melden", "url": f"{MAP}/wettelijk-kader/#meldplichten"},
                  {"titel": "Alle regio's op deze site", "url": f"{MAP}/"}],
    }


def regio_index(regios: dict[str, dict]) -> dict:
    """The region chooser: name, partnership, sectors and municipalities of every region, and
    the plain answer for a place no region covers."""
    return {"geen_regio": geen_regio(), "regios": [
        {"slug": d["slug"], "naam": d["naam"], "samenwerkingsverband": d.get("samenwerkingsverband"),
         "sectoren": d["sectoren"], "gemeenten": [_gemeente(g) for g in d["gemeenten"]],
         "url": regio_url(d["slug"])}
        for d in sorted(regios.values(), key=lambda d: d["naam"].lower())]}


def als_tekst(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


GEHASHT = "v"


def _gehasht(map_: Path, naam: str, tekst: str) -> str:
    """Write v/<naam>-<hash>.json (unless there); its address relative to the site root."""
    data = tekst.encode("utf-8")
    bestand = f"{naam}-{hashlib.sha256(data).hexdigest()[:16]}.json"
    pad = map_ / GEHASHT / bestand
    if not pad.exists():
        pad.parent.mkdir(parents=True, exist_ok=True)
        pad.write_bytes(data)
    return f"assets/regels/{GEHASHT}/{bestand}"


def schrijf(regios: dict[str, dict], map_: Path) -> None:
    """Write <slug>.json for every region and index.json, and their content-addressed copies
    under v/ that the browser fetches; warn about a region over 30 KB."""
    map_.mkdir(parents=True, exist_ok=True)
    for oud in map_.glob("*.json"):
        if oud.stem not in regios and oud.name != "index.json":
            oud.unlink()  # a region that was removed
    adressen = {}
    for slug, d in regios.items():
        tekst = als_tekst(regio_regels(d))
        if len(tekst.encode("utf-8")) > MAX_BYTES:  # still works, only slower on a phone
            print(f"Let op: regions/{slug}/regio.yaml geeft {len(tekst.encode('utf-8'))} bytes aan "
                  f"regels voor de rekenhulp, meer dan {MAX_BYTES}.", file=sys.stderr)
        (map_ / f"{slug}.json").write_text(tekst, "utf-8")
        adressen[slug] = _gehasht(map_, slug, tekst)
    index = regio_index(regios)
    for regio in index["regios"]:
        # The version the Rekenhulp names beside the answer, and where its rules are.
        regio["regels"] = adressen[regio["slug"]]
        regio["versie"] = regios[regio["slug"]]["publicatie"]["versie"]
    tekst = als_tekst(index)
    (map_ / "index.json").write_text(tekst, "utf-8")
    houden = {_gehasht(map_, "index", tekst), *adressen.values()}
    for oud in (map_ / GEHASHT).glob("*.json"):
        if f"assets/regels/{GEHASHT}/{oud.name}" not in houden:
            oud.unlink()  # an earlier publication's file

