"""On the built pages (issue 23): archived versions carry what later versions corrected, and
the corrected law labels and sentences are what staff read.

Derived from the region folders (regions/<slug>/archief/ and regio.yaml), never from a list
of regions: every archived version older than the current one must say, at the top of each of
its pages, what every later version changed, with a link to it. Reads site/ (``make build``);
writes nothing.
"""

from __future__ import annotations

import functools
import html
import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from bron.paden import REGIONS  # noqa: E402
from bron.regios import regio_mappen  # noqa: E402
from bron.versies import versie_sleutel  # noqa: E402

from calculator.wet.plichten import PLICHTEN  # noqa: E402

SITE = ROOT / "site" / "routekaart"
LADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the region files are large
MAPPEN = regio_mappen(REGIONS)


def _site() -> Path:
    if not (SITE / "index.html").exists():
        pytest.fail("site/ is niet gebouwd: draai 'make build'.")
    return SITE


def _tekst(pad: Path) -> str:
    """Visible text of a page: tags out, entities decoded, whitespace folded."""
    zonder = re.sub(r"<[^>]+>", " ", pad.read_text("utf-8"))
    return " ".join(html.unescape(zonder).split())


def _lees(pad: Path) -> dict:
    return yaml.load(pad.read_text("utf-8"), Loader=LADER)  # noqa: S506 - a safe loader


@functools.cache
def _versies(map_: Path) -> dict[str, dict]:
    alle = {p.stem: _lees(p) for p in (map_ / "archief").glob("*.yaml")}
    huidig = _lees(map_ / "regio.yaml")
    alle[huidig["publicatie"]["versie"]] = huidig
    return dict(sorted(alle.items(), key=lambda kv: versie_sleutel(kv[0])))


def _gecorrigeerd() -> list[tuple[str, str, list[str]]]:
    """(slug, archived version, later versions) for every version a later one changed."""
    uit = []
    for map_ in MAPPEN:
        versies = list(_versies(map_))
        uit += [(map_.name, v, versies[i + 1:]) for i, v in enumerate(versies[:-1])]
    return uit


GECORRIGEERD = _gecorrigeerd()


def test_er_zijn_gearchiveerde_versies_om_te_controleren():
    assert GECORRIGEERD, "geen regio met een gearchiveerde versie gevonden"


@pytest.mark.parametrize("slug,versie,later", GECORRIGEERD,
                         ids=[f"{s}-{v}" for s, v, _ in GECORRIGEERD])
def test_elke_oude_versie_zegt_wat_latere_versies_verbeterden_met_een_link(slug, versie, later):
    map_ = _site() / slug / f"versie-{versie.replace('.', '-')}"
    paginas = sorted(map_.rglob("index.html"))
    assert paginas, f"geen pagina's voor {slug} versie {versie}"
    versies = _versies(REGIONS / slug)
    for pagina in paginas:
        ruw = pagina.read_text("utf-8")
        tekst = _tekst(pagina)
        kop = ruw.index("admonition danger")
        assert kop < ruw.index("<h1"), f"{pagina}: de banner staat niet bovenaan"
        assert "Later verbeterd" in tekst, pagina
        for w in later:
            assert f'versies/#versie-{w.replace(".", "-")}"' in ruw, (pagina, w)
            for regel in versies[w]["publicatie"]["wijzigingen"]:
                begin = " ".join(regel.split())[:60]
                assert begin in tekst, (pagina, w, begin)


def test_de_huidige_versie_heeft_geen_correctiebanner():
    for map_ in MAPPEN:
        pagina = _site() / map_.name / "index.html"
        assert "Later verbeterd" not in _tekst(pagina), pagina


def test_geen_pagina_noemt_criteria_buiten_de_zestien_uur_zelf_wettelijk_verplicht():
    """Item 3: 'dan is de DUO-melding zelf wettelijk verplicht' (any criterion) is gone, also
    from the Verantwoording pages; archived versions keep it under their banner."""
    fouten = [str(p) for p in _site().rglob("*.html")
              if "/versie-" not in str(p) and "dan is de DUO-melding zelf wettelijk verplicht" in _tekst(p)]
    assert not fouten, fouten


def test_de_schorsingsmelding_staat_op_de_routepagina_met_het_artikel_van_de_onderwijswet():
    """Item 1: a region's schorsing report shows the onderwijswet's article as its basis."""
    gevonden = 0
    for map_ in MAPPEN:
        regio = _versies(map_)[max(_versies(map_), key=versie_sleutel)]
        for route in regio["routes"]:
            for stap in route["stappen"]:
                for m in stap.get("melden", []):
                    if str(m.get("plicht", "")).startswith("schorsing-"):
                        p = PLICHTEN[m["plicht"]]
                        tekst = _tekst(_site() / map_.name / route["id"] / "index.html")
                        assert f"{p.artikel}, {p.wet}" in tekst, (map_.name, route["id"])
                        gevonden += 1
    if not gevonden:
        pytest.skip("geen regio met een schorsingsmelding")
