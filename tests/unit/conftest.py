import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import regels_json  # noqa: E402
from regios import laad_regio  # noqa: E402

import calculator.api  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "voorbeeld"


@pytest.fixture
def voorbeeld(monkeypatch):
    """Point the calculator at the small made-up fixture region instead of regions/."""
    doc = regels_json.alle_regels({"voorbeeld": laad_regio(FIXTURE)})
    monkeypatch.setattr(calculator.api, "_regels", lambda: doc)
    return doc


@pytest.fixture
def klassificeer(voorbeeld):
    def run(**situatie):
        return calculator.classify({"regio": "voorbeeld", "peildatum": "2026-11-23", **situatie})
    return run
