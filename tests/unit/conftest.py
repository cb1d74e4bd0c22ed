import functools
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from bron.regios import laad_alle, laad_regio  # noqa: E402
from rekenhulp import regels_json  # noqa: E402

import calculator  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "voorbeeld"
PEILDATUM = "2026-11-23"


@pytest.fixture(scope="session")
def voorbeeld_regio():
    return laad_regio(FIXTURE)


@pytest.fixture
def voorbeeld(voorbeeld_regio):
    """The rules of the small made-up fixture region (a fresh copy per test)."""
    return regels_json.regio_regels(voorbeeld_regio)


@pytest.fixture
def klassificeer(voorbeeld):
    def run(**situatie):
        return calculator.classify({"peildatum": PEILDATUM, **situatie}, voorbeeld)
    return run


@functools.cache
def _regios() -> dict:
    return laad_alle(archief=False)


def alle_regels_uit_regions() -> dict:
    """Rules built from regions/ as they are now, so no test reads stale generated files."""
    return {slug: regels_json.regio_regels(d) for slug, d in _regios().items()}


@pytest.fixture(scope="session")
def alle_regios():
    return _regios()


@pytest.fixture(scope="session")
def alle_regels():
    return alle_regels_uit_regions()


@pytest.fixture(scope="session")
def regels_map(tmp_path_factory, alle_regios):
    """The same rules as files, as scripts/generate.py writes them (for the command line)."""
    map_ = tmp_path_factory.mktemp("regels")
    regels_json.schrijf(alle_regios, map_)
    return map_
