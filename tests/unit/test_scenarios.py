"""Scenario tests per region, as data: tests/scenarios/<slug>.yaml, taken from the sources."""

from pathlib import Path

import pytest
import regels_json
import yaml
from regios import laad_alle

import calculator
import calculator.api

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
PEILDATUM = "2026-11-23"  # every scenario pins its date


@pytest.fixture(autouse=True, scope="module")
def regels_uit_regions():
    """Rules built from regions/ as they are now, so the test never reads a stale regels.json."""
    doc = regels_json.alle_regels(laad_alle(archief=False))
    mp = pytest.MonkeyPatch()
    mp.setattr(calculator.api, "_regels", lambda: doc)
    yield
    mp.undo()


def gevallen():
    for pad in sorted(SCENARIOS.glob("*.yaml")):
        for geval in yaml.safe_load(pad.read_text("utf-8")):
            yield pytest.param(geval, id=f"{pad.stem}: {geval['naam']}")


@pytest.mark.parametrize("geval", list(gevallen()))
def test_scenario(geval):
    u = calculator.classify({"peildatum": PEILDATUM, **geval["situatie"]})
    v = geval["verwacht"]
    soorten, ids = set(u["soorten"]), {s["id"] for s in u["stappen"]}
    melden = {(m["bij"], m["grondslag"]) for m in u["melden"]}
    assert set(v.get("soorten_bevat", [])) <= soorten, u["soorten"]
    assert not set(v.get("soorten_niet", [])) & soorten, u["soorten"]
    assert set(map(str, v.get("stappen_bevat", []))) <= ids, ids
    assert not set(map(str, v.get("stappen_niet", []))) & ids, ids
    for m in v.get("melden_bevat", []):
        assert (m["bij"], m["grondslag"]) in melden, u["melden"]
    assert not set(v.get("melden_niet", [])) & {b for b, _ in melden}, u["melden"]
    assert all(x["bron"] for x in u["uitleg"])


def test_elk_scenariobestand_hoort_bij_een_regio():
    # A new region needs no file here: its editors' cases live in regions/<slug>/voorbeelden.yaml
    # (tests/data/test_regios.py). Scenario files for a region that is gone are an error.
    onbekend = {p.stem for p in SCENARIOS.glob("*.yaml")} - {c["slug"] for c in calculator.regios()}
    assert not onbekend, f"tests/scenarios: geen regio voor {sorted(onbekend)}"
