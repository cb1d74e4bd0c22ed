"""Page weight does not grow with the number of regions (issue 14).

Builds the site (generate.py + mkdocs build) in a scratch copy with the regions as they are,
and again with the regions cloned to 25 (or more: never fewer than there are). Every HTML page stays under 80 KB at both sizes, the
largest page may grow by less than 10 %, and a region's own pages stay the same size: each
page's navigation lists its own region only. (That long lists are cut into parts at 400
regions is tests/unit/test_opsplitsen.py; timings are for scripts/benchmark_schaal.py.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from benchmark_schaal import kloon_regios, kopie  # noqa: E402
from bron.regios import regio_mappen  # noqa: E402

AANTAL = len(regio_mappen())  # derived from regions/, never the seeds' count
GROOT = max(25, AANTAL + 20)


def bouw(map_: Path, n: int) -> dict[str, int]:
    """HTML size per page (path relative to the site) of a build with ``n`` regions."""
    kopie(map_)
    kloon_regios(map_ / "regions", n)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    for cmd in ([".venv/bin/python", "scripts/generate.py"],
                [".venv/bin/mkdocs", "build", "--strict", "--site-dir", "uit"]):
        r = subprocess.run(cmd, cwd=map_, env=env, capture_output=True, text=True, timeout=900)
        assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    site = map_ / "uit"
    return {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*.html")}


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    if not (ROOT / ".venv").exists() or not (ROOT / "node_modules").exists():
        pytest.fail("draai eerst 'make test' (het maakt .venv en node_modules)")
    tmp = tmp_path_factory.mktemp("schaal")
    return bouw(tmp / "nu", AANTAL), bouw(tmp / "groot", GROOT)


# Uncompressed, as a phone on a slow connection receives it (issue 14).
GRENS = 80 * 1024


def test_elke_pagina_blijft_onder_80_kb(builds):
    for maten in builds:
        assert {p: n for p, n in maten.items() if n > GRENS} == {}


def test_grootste_pagina_groeit_minder_dan_tien_procent(builds):
    vijf, vijfentwintig = builds
    regios = [sum(p.endswith("/versies/index.html") for p in b) for b in builds]
    assert regios == [AANTAL, GROOT]  # the clones were built (every region has a versions page)
    assert max(vijfentwintig.values()) < 1.10 * max(vijf.values()), (
        max(vijf.items(), key=lambda kv: kv[1]), max(vijfentwintig.items(), key=lambda kv: kv[1]))


def test_paginas_van_een_regio_groeien_niet_mee(builds):
    """A region's pages carry no list of the other regions (in navigation or elsewhere)."""
    vijf, vijfentwintig = builds
    eerste = regio_mappen()[0].name
    paginas = [p for p in vijf if p.startswith(f"routekaart/{eerste}/")]
    assert paginas
    groei = {p: vijfentwintig[p] / vijf[p] for p in paginas}
    assert max(groei.values()) < 1.02, groei
