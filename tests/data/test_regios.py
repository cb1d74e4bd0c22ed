"""Data tests per region: the thresholds and step ids the source contains are in the data.

The expectations in tests/data/verwacht/<slug>.yaml were written from the source text;
each threshold names a phrase that must occur in the source file itself.
"""

import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from regios import laad_alle, regio_mappen  # noqa: E402

SEEDS = Path(__file__).parent / "bronnen"  # copies of ../shared/seeds (text extracted from the PDFs)
VERWACHT = Path(__file__).parent / "verwacht"
SLUGS = ["swv-po-3006", "swv-vo-2001", "noord-kennemerland", "twente", "sppoh"]


@pytest.fixture(scope="module")
def regios():
    return laad_alle()


def verwachting(slug):
    return yaml.safe_load((VERWACHT / f"{slug}.yaml").read_text("utf-8"))


def test_de_vijf_regios_bestaan_en_valideren(regios):
    assert set(SLUGS) <= set(regios)


def test_elke_regio_heeft_verwachtingen():
    assert {p.name for p in regio_mappen()} <= {p.stem for p in VERWACHT.glob("*.yaml")}


@pytest.mark.parametrize("slug", SLUGS)
def test_stappen_uit_de_bron_zijn_aanwezig(regios, slug):
    routes = {r["id"]: [s["id"] for s in r["stappen"]] for r in regios[slug]["routes"]}
    for route, ids in verwachting(slug)["routes"].items():
        assert route in routes, f"route {route} ontbreekt"
        assert set(map(str, ids)) <= set(routes[route]), f"{route}: {set(ids) - set(routes[route])}"


@pytest.mark.parametrize("slug", SLUGS)
def test_drempels_uit_de_bron_hebben_de_goede_getallen(regios, slug):
    drempels = {d["id"]: d for d in regios[slug]["drempels"]}
    v = verwachting(slug)
    assert v["drempels"], "geen drempels verwacht"
    for x in v["drempels"]:
        d = drempels.get(x["id"])
        assert d, f"drempel {x['id']} ontbreekt"
        for veld in ("waarde", "eenheid", "periode", "vergelijking"):
            assert d[veld] == x[veld], f"{x['id']}.{veld}: {d[veld]!r} != {x[veld]!r}"


@pytest.mark.parametrize("slug", SLUGS)
def test_drempels_staan_echt_in_de_bron(regios, slug):
    v = verwachting(slug)
    bestand = SEEDS / v["bronbestand"]
    assert bestand.exists(), f"bronbestand {bestand} ontbreekt"
    assert regios[slug]["document"]["bronbestand"] == v["bronbestand"]
    bron = re.sub(r"\s+", " ", bestand.read_text("utf-8"))
    for x in v["drempels"]:
        assert re.sub(r"\s+", " ", x["citaat_bevat"]) in bron, x


@pytest.mark.parametrize("slug", SLUGS)
def test_elke_stap_drempel_en_regel_heeft_een_bron(regios, slug):
    d = regios[slug]
    items = [s for r in d["routes"] for s in r["stappen"]] + d["drempels"] + d["regels"]
    assert all(i["bron"]["sectie"] for i in items)
