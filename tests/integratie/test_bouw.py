"""The real build (Makefile) in a copy of the repository: a new region from the template
appears everywhere without code changes, and a failed build leaves the published site as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
NIET_KOPIEREN = {".git", ".venv", "node_modules", "site", ".site-new", ".site-old", ".stamps",
                 "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "routekaart",
                 "runtime", "build", "dist", "test-results"}


def make(map_: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    return subprocess.run(["make", *args], cwd=map_, env=env, capture_output=True, text=True,
                          timeout=600)


@pytest.fixture
def kopie(tmp_path) -> Path:
    if not (ROOT / ".venv").exists() or not (ROOT / "node_modules").exists():
        pytest.fail("draai eerst 'make test' (het maakt .venv en node_modules)")
    doel = tmp_path / "repo"
    shutil.copytree(ROOT, doel, ignore=lambda d, namen: [n for n in namen if n in NIET_KOPIEREN
                                                         or n.endswith(".pyc")])
    for naam in (".venv", "node_modules"):
        (doel / naam).symlink_to(ROOT / naam)
    (doel / ".stamps").mkdir()
    for stamp in ("venv", "node"):
        (doel / ".stamps" / stamp).touch()
    return doel


def vul_in(pad: Path) -> None:
    """What an editor does with the template: fill in every field the validator names."""
    d = yaml.safe_load(pad.read_text("utf-8"))
    d.update(naam="SWV Testregio Kwartier", samenwerkingsverband="Samenwerkingsverband PO Kwartier")
    d["gemeenten"] = [{"id": "kwartierstad", "naam": "Kwartierstad"}]
    d["document"].update(titel="Verzuimkaart Kwartier", uitgever="SWV Kwartier")
    for p in d["partijen"]:
        p.update(rol=f"{p['naam']} doet mee aan de verzuimkaart.", bron={"sectie": "Partijen"})
    route = d["routes"][0]
    route["bron"] = {"sectie": "Route ongeoorloofd verzuim"}
    for s in route["stappen"]:
        s.update(titel=f"Stap {s['id']} met de kwartiermaker", wanneer="Bij ongeoorloofd verzuim.",
                 bron={"sectie": f"Stap {s['id']}", "citaat": "de kwartiermaker belt de ouders"})
        for v in s.get("volgende", []):
            v["label"] = "daarna"
    drempel = d["drempels"][0]
    drempel.update(omschrijving="6e ziekmelding in een schooljaar", waarde=6,
                   bron={"sectie": "Ziekteverzuim", "citaat": "bij de 6e ziekmelding"})
    for r in d["regels"]:
        r.update(uitleg="Volgens de verzuimkaart is deze stap nu aan de beurt.",
                 bron={"sectie": "Stappen"})
    pad.write_text(yaml.safe_dump(d, allow_unicode=True, sort_keys=False), "utf-8")


def test_nieuwe_regio_uit_het_sjabloon_komt_overal_op_de_site(kopie):
    r = make(kopie, "nieuwe-regio", "SLUG=swv-kwartier")
    assert r.returncode == 0, r.stderr
    bestand = kopie / "regions" / "swv-kwartier" / "regio.yaml"
    assert "Vul" in bestand.read_text("utf-8")  # the commented template

    r = make(kopie, "valideer")
    assert r.returncode != 0
    assert "regions/swv-kwartier/regio.yaml, regel" in r.stderr
    assert "naam: mag niet leeg zijn" in r.stderr

    vul_in(bestand)
    r = make(kopie, "valideer")
    assert r.returncode != 0 and "make publiceer REGIO=swv-kwartier" in r.stderr, r.stderr
    assert make(kopie, "publiceer", "REGIO=swv-kwartier").returncode == 0
    r = make(kopie, "build")
    assert r.returncode == 0, r.stdout + r.stderr

    site = kopie / "site"
    assert (site / "routekaart" / "swv-kwartier" / "ongeoorloofd" / "index.html").exists()
    assert "SWV Testregio Kwartier" in (site / "index.html").read_text("utf-8")  # navigation
    assert "SWV Testregio Kwartier" in (site / "routekaart" / "vergelijking" / "index.html").read_text("utf-8")
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    assert any("kwartiermaker" in doc["text"].lower() and "swv-kwartier" in doc["location"]
               for doc in index["docs"])
    formulier = json.loads((site / "routekaart" / "rekenhulp.json").read_text("utf-8"))
    assert "swv-kwartier" in {r["slug"] for r in formulier["regios"]}
    # The calculator in that copy knows the region and points to its step.
    uit = subprocess.run([str(kopie / ".venv" / "bin" / "python"), "-m", "calculator", "classify"],
                         cwd=kopie, input=json.dumps({"regio": "swv-kwartier", "leeftijd": 9,
                                                      "ongeoorloofd_uren_4_weken": 17}),
                         capture_output=True, text=True)
    assert uit.returncode == 0, uit.stderr
    assert {s["id"] for s in json.loads(uit.stdout)["stappen"]} == {"1", "2"}


def vingerafdruk(map_: Path) -> str:
    h = hashlib.sha256()
    for pad in sorted(p for p in map_.rglob("*") if p.is_file()):
        h.update(pad.relative_to(map_).as_posix().encode() + pad.read_bytes())
    return h.hexdigest()


def test_mislukte_bouw_laat_de_vorige_site_staan(kopie):
    r = make(kopie, "build")
    assert r.returncode == 0, r.stdout + r.stderr
    voor = vingerafdruk(kopie / "site")
    routekaart_voor = vingerafdruk(kopie / "docs" / "routekaart")

    # 1. A broken region file: the build stops, naming file and field.
    regio = next(p for p in sorted((kopie / "regions").glob("*/regio.yaml"))
                 if not p.parent.name.startswith("_"))
    goed = regio.read_text("utf-8")
    regio.write_text(goed.replace("eenheid: ziekmeldingen", "eenheid: minuten", 1), "utf-8")
    r = make(kopie, "build")
    assert r.returncode != 0
    assert f"regions/{regio.parent.name}/regio.yaml" in r.stderr and "eenheid" in r.stderr
    assert "'minuten' is niet toegestaan" in r.stderr
    assert vingerafdruk(kopie / "site") == voor
    assert vingerafdruk(kopie / "docs" / "routekaart") == routekaart_voor
    regio.write_text(goed, "utf-8")

    # 2. A broken link in a page: mkdocs --strict fails, site/ stays as it was.
    pagina = kopie / "docs" / "index.md"
    pagina.write_text(pagina.read_text("utf-8") + "\n[kapot](bestaat-niet.md)\n", "utf-8")
    r = make(kopie, "build")
    assert r.returncode != 0
    assert "bestaat-niet.md" in r.stdout + r.stderr
    assert vingerafdruk(kopie / "site") == voor
