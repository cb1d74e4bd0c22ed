"""Region text is data, never markup: hostile text in a region shows as written, and the page
keeps the structure its template gives it. (No browser needed; lives with the page tests.)"""

from __future__ import annotations

import copy
import json
import re
from html import unescape

import markdown
import pytest
from bron.regios import laad_alle
from conftest import ROOT
from paginas import regiopaginas, weergave

EXTENSIES = ["toc", "attr_list", "md_in_html", "admonition", "def_list", "tables",
             "pymdownx.details"]
VIJANDIG = ["> 14 dagdelen", "# Kop", "- lijst", "| a | b |", "1. een", "<script>x()</script>",
            "!!! note", ": definitie", "{: #id }", "[klik](javascript:x)", "**vet", "--8<-- \"x\""]


def html(md: str) -> str:
    return markdown.markdown(re.sub(r"^---\n.*?\n---\n", "", md, flags=re.S), extensions=EXTENSIES)


def tekst(h: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", h)).split())


@pytest.mark.parametrize("vijand", VIJANDIG)
def test_vijandige_tekst_verandert_de_opbouw_niet(vijand):
    for filter_ in (weergave.letterlijk, weergave.tekst):
        uit = html(f"Voor.\n\n{filter_(vijand)}\n\nNa.")
        assert re.findall(r"<(\w+)", uit) == ["p", "p", "p"], (filter_.__name__, uit)
        assert vijand.replace("**", "") in tekst(uit).replace("**", "")
    # A block keeps the editors' bullets and tables, rebuilt by us, and nothing else.
    uit = html(f"Voor.\n\n{weergave.blok(vijand)}\n\nNa.")
    assert set(re.findall(r"<(\w+)", uit)) <= {"p", "ul", "ol", "li", "div", "table", "thead",
                                                "tbody", "tr", "th", "td"}, uit


@pytest.fixture(scope="module")
def twente():
    """A region with a route of three or more steps (a diagram): the first such in regions/,
    whichever it is (the name is historical; no test assumes a seed region)."""
    regios = laad_alle(ROOT / "regions")
    return next(d for _, d in sorted(regios.items())
                if any(len(r["stappen"]) >= 3 for r in d["routes"]))


def test_vijandige_regio_rendert_als_tekst(twente):
    d = copy.deepcopy(twente)
    route = next(r for r in d["routes"] if len(r["stappen"]) >= 3)
    for i, s in enumerate(route["stappen"]):
        s["titel"] = VIJANDIG[i % len(VIJANDIG)]
        s["acties"] = VIJANDIG
        s["wanneer"] = "\n".join(VIJANDIG)
    d["partijen"][0]["naam"] = "<b>School</b> | # x"
    pagina = html(regiopaginas.regio_bestanden(d, {})[f"{d['slug']}/{route['id']}.md"])
    assert "<script" not in pagina and "<blockquote" not in pagina and "<table" not in pagina
    assert len(re.findall(r"<h2 ", pagina)) == len(route["stappen"])
    assert "<b>School</b> | # x" in tekst(pagina)
    for s in route["stappen"]:
        assert s["titel"] in tekst(pagina)


def test_enkelvoud_en_meervoud():
    assert weergave.aantal(1, "stap", "stappen") == "1 stap"
    assert weergave.aantal(2, "stap", "stappen") == "2 stappen"


@pytest.mark.parametrize("drempel, woorden", [
    ({"waarde": 14, "eenheid": "dagdelen", "vergelijking": ">", "periode": "aaneengesloten"},
     "meer dan 14 dagdelen aaneengesloten"),
    ({"waarde": 16, "eenheid": "uren", "vergelijking": ">=", "periode": "4-weken"},
     "vanaf 16 uur in 4 lesweken"),
    ({"waarde": 20, "eenheid": "procent", "vergelijking": "<=", "periode": "4-weken"},
     "20% of minder in 4 lesweken"),
    ({"waarde": 16, "eenheid": "uren", "vergelijking": "<", "periode": "4-weken"},
     "minder dan 16 uur in 4 lesweken"),
    ({"waarde": 1, "eenheid": "weken", "vergelijking": ">=", "periode": "geen"}, "vanaf 1 week"),
    ({"waarde": 1.5, "eenheid": "weken", "vergelijking": ">", "periode": "geen"}, "meer dan 1,5 weken"),
])
def test_drempel_in_woorden(drempel, woorden):
    assert weergave.drempel_tekst(drempel) == woorden


def test_elke_gegenereerde_pagina_heeft_voorkop_en_concept_toont_een_banner(twente):
    d = {**copy.deepcopy(twente), "_concept": True}
    bestanden = regiopaginas.regio_bestanden(d, {})
    paginas = {pad: t for pad, t in bestanden.items() if pad.endswith(".md")}
    slug = d["slug"]
    assert {f"{slug}/index.md", f"{slug}/verantwoording.md", f"{slug}/a4.md",
            f"{slug}/versies.md"} <= set(paginas)
    for pad, t in paginas.items():
        kop = re.match(r"---\n(.*?)\n---\n", t, flags=re.S)
        assert kop, pad
        velden = dict(r.split(": ", 1) for r in kop.group(1).splitlines() if ": " in r)
        assert json.loads(velden["regio"]) == d["naam"], pad
        assert json.loads(velden["regio_slug"]) == slug, pad
        assert json.loads(velden["sector"]) == " en ".join(x.upper() for x in d["sectoren"]), pad
        assert velden["paginasoort"].strip('"') in {"regio", "route", "verantwoording", "a4",
                                                    "versies", "archief"}, pad
        assert "Concept – nog niet gepubliceerd" in t, pad
    zonder = regiopaginas.regio_bestanden(copy.deepcopy(twente), {})
    assert not any("Concept –" in t for t in zonder.values())


def test_schema_toont_elke_pijltekst_volledig(twente):
    bestanden = regiopaginas.regio_bestanden(twente, {})
    for route in twente["routes"]:
        svg = bestanden.get(f"{twente['slug']}/{route['id']}.svg")
        if len(route["stappen"]) < 3:
            assert svg is None
            continue
        woorden = tekst(svg)
        assert "…" not in woorden
        for s in route["stappen"]:
            for v in s.get("volgende", []):
                assert " ".join(v.get("label", "").split()) in woorden, v
            assert all(w in woorden for w in s["titel"].split()), s["titel"]
