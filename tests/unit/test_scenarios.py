"""Scenario tests per region, as data: tests/scenarios/<slug>.yaml, taken from the sources."""

from pathlib import Path

import pytest
import yaml

import calculator

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
PEILDATUM = "2026-11-23"  # every scenario pins its date


def gevallen():
    for pad in sorted(SCENARIOS.glob("*.yaml")):
        for geval in yaml.safe_load(pad.read_text("utf-8")):
            yield pytest.param(geval, id=f"{pad.stem}: {geval['naam']}")


@pytest.mark.parametrize("geval", list(gevallen()))
def test_scenario(geval, alle_regels):
    u = calculator.classify({"peildatum": PEILDATUM, **geval["situatie"]}, alle_regels[geval["situatie"]["regio"]])
    v = geval["verwacht"]
    if "gelijk_aan" in geval:  # the same situation in another unit must give the same outcome
        w = calculator.classify({"peildatum": PEILDATUM, **geval["gelijk_aan"]},
                                alle_regels[geval["situatie"]["regio"]])
        assert (u["soorten"], u["melden"], u["stappen"]) == (w["soorten"], w["melden"], w["stappen"])
        assert [x["regel"] for x in u["uitleg"] if x["regel"].startswith("omrekening:")] == \
            [f"omrekening:{k}" for k in v.get("omgerekend", [])]
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
    if "niet_gebruikt" in v:
        assert [x["veld"] for x in u["niet_gebruikt"]] == v["niet_gebruikt"], u["niet_gebruikt"]
        assert all(f"niet-gebruikt:{x}" in {y["regel"] for y in u["uitleg"]} for x in v["niet_gebruikt"])
    if "soort" in v:
        assert u["samenvatting"]["soort"] == v["soort"], u["samenvatting"]


def test_elk_scenariobestand_hoort_bij_een_regio(alle_regels):
    # A new region needs no file here (its editors' cases live in its own folder); a scenario
    # file for a region that is gone is an error.
    onbekend = {p.stem for p in SCENARIOS.glob("*.yaml")} - set(alle_regels)
    assert not onbekend, f"tests/scenarios: geen regio voor {sorted(onbekend)}"
