"""Independent expectations for the five first regions (tests/data/verwacht/<slug>.yaml).

Written by a second reader from the source text, as a check on the transcription. Optional:
a region without such a file is checked by test_regios.py alone.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from bron.paden import REGIONS  # noqa: E402
from bron.regios import laad_regio  # noqa: E402

VERWACHT = Path(__file__).parent / "verwacht"
SLUGS = sorted(p.stem for p in VERWACHT.glob("*.yaml"))


def lees(slug: str) -> tuple[dict, dict]:
    return laad_regio(REGIONS / slug), yaml.safe_load((VERWACHT / f"{slug}.yaml").read_text("utf-8"))


def test_er_zijn_verwachtingen():
    assert len(SLUGS) >= 5


@pytest.mark.parametrize("slug", SLUGS)
def test_stappen_uit_de_bron_zijn_aanwezig(slug):
    d, v = lees(slug)
    routes = {r["id"]: [s["id"] for s in r["stappen"]] for r in d["routes"]}
    for route, ids in v["routes"].items():
        assert route in routes, f"regions/{slug}/regio.yaml: route {route} ontbreekt"
        mis = set(map(str, ids)) - set(routes[route])
        assert not mis, f"regions/{slug}/regio.yaml: route {route}: stappen {sorted(mis)} ontbreken"


@pytest.mark.parametrize("slug", SLUGS)
def test_drempels_uit_de_bron_hebben_de_goede_getallen(slug):
    d, v = lees(slug)
    drempels = {x["id"]: x for x in d["drempels"]}
    assert v["drempels"], "geen drempels verwacht"
    for x in v["drempels"]:
        assert x["id"] in drempels, f"regions/{slug}/regio.yaml: drempel {x['id']} ontbreekt"
        for veld in ("waarde", "eenheid", "periode", "vergelijking"):
            assert drempels[x["id"]][veld] == x[veld], (
                f"regions/{slug}/regio.yaml: drempel {x['id']}: {veld} is "
                f"{drempels[x['id']][veld]!r}, verwacht {x[veld]!r}")


@pytest.mark.parametrize("slug", SLUGS)
def test_drempels_staan_echt_in_de_bron(slug):
    d, v = lees(slug)
    bestand = REGIONS / slug / "bron" / v["bronbestand"]
    assert bestand.exists(), f"bronbestand {bestand} ontbreekt"
    assert d["document"]["bronbestand"] == v["bronbestand"]
    bron = re.sub(r"\s+", " ", bestand.read_text("utf-8"))
    for x in v["drempels"]:
        assert re.sub(r"\s+", " ", x["citaat_bevat"]) in bron, x
