"""'make valideer' shows notices for the regions the editor changed (against git) and one line
for the rest; ALLES=1 shows them all (issue 24: the editor's own messages were buried)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml
from bron.paden import ROOT

from tests.unit.conftest import FIXTURE


def _git(map_, *args):
    subprocess.run(["git", *args], cwd=map_, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


@pytest.fixture
def repo(tmp_path):
    """A repository with two valid, unpublished regions (each gives a notice), on main."""
    regions = tmp_path / "regions"
    for slug in ("regio-a", "regio-b"):
        d = yaml.safe_load((FIXTURE / "regio.yaml").read_text("utf-8"))
        d["slug"] = slug
        d["document"].pop("bronbestand", None)
        d["document"]["bron"] = {"url": "https://www.example.org/kaart.pdf", "geraadpleegd": "2026-01-01"}
        if d.get("gemeenten"):  # listed gemeenten name their source (issue 22)
            d["gemeenten_bron"] = [{"titel": "Gemeenten in de regio", "url": "https://www.example.org/gemeenten",
                                    "geraadpleegd": "2026-01-01"}]
        for x in d["drempels"]:
            x["bron"]["citaat"] = f"vanaf {x['waarde']:g}"
        (regions / slug).mkdir(parents=True)
        (regions / slug / "regio.yaml").write_text(yaml.safe_dump(d, allow_unicode=True), "utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "twee regio's")
    return regions


def valideer(regions, *args):
    return subprocess.run([sys.executable, "scripts/validate.py", *args], cwd=ROOT,
                          env={**os.environ, "ROUTEKAART_REGIOS": str(regions)},
                          capture_output=True, text=True, timeout=120)


def test_alleen_meldingen_van_de_veranderde_regio(repo):
    pad = repo / "regio-a" / "regio.yaml"
    pad.write_text(pad.read_text("utf-8").replace("naam: Voorbeeldregio", "naam: Regio A"), "utf-8")
    r = valideer(repo)
    assert r.returncode == 0, r.stdout + r.stderr
    meldingen = [x for x in r.stdout.splitlines() if x.startswith("Let op:")]
    assert meldingen and all("regions/regio-a/" in x for x in meldingen), r.stdout
    assert "1 oudere melding(en) in regio's die je niet veranderde: make valideer ALLES=1" in r.stdout

    r = valideer(repo, "--alles")
    assert {"regio-a", "regio-b"} <= {x.split("/")[1] for x in r.stdout.splitlines()
                                      if x.startswith("Let op: regions/")}, r.stdout
    assert "oudere melding" not in r.stdout


def test_zonder_git_alle_meldingen(repo):
    import shutil
    shutil.rmtree(repo.parent / ".git")
    r = valideer(repo)
    assert "regions/regio-b/" in r.stdout and "oudere melding" not in r.stdout, r.stdout
