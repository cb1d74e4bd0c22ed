"""The real build (Makefile) in a copy of the repository, playing the editor: a new region from
the template, a concept preview, publishing, a revision, the fast tests; and a failed build
leaves the published site as it was.
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
# The build's outputs (site/, docs/routekaart/, the runtime, the region cache) are copied along:
# the copy starts where `make test` left the repository, with the site built, so each `make build`
# in it does what an editor's next build does and no more. Installs are linked, caches left out.
NIET_KOPIEREN = {".git", ".venv", "node_modules", ".site-new", ".site-old", ".stamps",
                 "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", ".mypy_cache",
                 "dist", "test-results", ".voorbeeld", "mutants"}


def make(map_: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    return subprocess.run(["make", *args], cwd=map_, env=env, capture_output=True, text=True,
                          timeout=600)


@pytest.fixture
def kopie(tmp_path) -> Path:
    if not (ROOT / ".venv").exists() or not (ROOT / "node_modules").exists():
        pytest.fail("draai eerst 'make test' (het maakt .venv en node_modules)")
    doel = tmp_path / "repo"
    # copy2 keeps modification times, so make sees the copied site as up to date.
    shutil.copytree(ROOT, doel, ignore=lambda d, namen: [n for n in namen if n in NIET_KOPIEREN
                                                         or n.endswith(".pyc")])
    for naam in (".venv", "node_modules"):
        (doel / naam).symlink_to(ROOT / naam)
    (doel / ".stamps").mkdir()
    gebouwd = doel / "site" / "index.html"
    for stamp in ("venv", "node"):
        (doel / ".stamps" / stamp).touch()
        if gebouwd.exists():  # installed no later than the site was built
            tijd = gebouwd.stat().st_mtime_ns
            os.utime(doel / ".stamps" / stamp, ns=(tijd, tijd))
    return doel


BRONTEKST = """Verzuimkaart Kwartier

Stap 1. Bij ongeoorloofd verzuim: de kwartiermaker belt de ouders.
Stap 2. Bij 16 uur in 4 weken meldt de school bij DUO; de kwartiermaker belt de ouders.
Ziekteverzuim: bij de 6e ziekmelding in een schooljaar volgt een gesprek.
"""


def vul_in(pad: Path) -> None:
    """What an editor does with the template: fill in every field the validator names."""
    (pad.parent / "bron" / "verzuimkaart.txt").write_text(BRONTEKST, "utf-8")
    d = yaml.safe_load(pad.read_text("utf-8"))
    d.update(naam="SWV Testregio Kwartier", samenwerkingsverband="Samenwerkingsverband PO Kwartier")
    d["gemeenten"] = [{"id": "kwartierstad", "naam": "Kwartierstad"}]
    d["gemeenten_bron"] = [{"sectie": "Verzuimkaart Kwartier"}]
    d["document"].update(titel="Verzuimkaart Kwartier", uitgever="SWV Kwartier",
                         bron={"bestand": "bron/verzuimkaart.txt"})
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


def voorbeeld(map_: Path, *opties: str) -> subprocess.CompletedProcess:
    """'make voorbeeld' without the server: one concept build into .voorbeeld/site
    (--bijwerken: the dirty build that follows a save while it runs)."""
    return subprocess.run([str(map_ / ".venv" / "bin" / "python"), "scripts/voorbeeld.py",
                           "--een-keer", *opties], cwd=map_, capture_output=True, text=True,
                          timeout=600)


def kloon_een_regio(kopie: Path) -> str:
    """A copy of an existing region under a new slug (which one is derived, never named)."""
    import sys
    sys.path.insert(0, str(ROOT / "scripts"))
    from benchmark_schaal import kloon_regios
    regions = kopie / "regions"
    aantal = sum(1 for p in regions.iterdir() if (p / "regio.yaml").exists()
                 and not p.name.startswith(("_", ".")))
    slug, = kloon_regios(regions, aantal + 1)
    return slug


# Checks in the scratch build that look at every region: with two regions more than the seeds
# (a copy of one and a minimal one from the template) they must still hold (issue 24).
BROWSER_PER_REGIO = [
    "tests/browser/test_rekenhulp.py::test_alleen_de_vragen_van_de_gekozen_regio",
    "tests/browser/test_rekenhulp_netwerk.py::test_vragen_in_de_eenheid_van_de_regio_met_precieze_alternatieven",
    "tests/browser/test_paginas.py::test_de_site_is_gebouwd_met_alle_paginas",
    "tests/browser/test_links.py",
]


def test_redacteur_nieuwe_regio_concept_publiceren_en_herzien(kopie):
    """The editor's whole path, as the handbook tells it, with no file outside regions/<slug>/.
    Beside it, a copy of another region under a new slug: more regions than the seeds."""
    kloon = kloon_een_regio(kopie)
    r = make(kopie, "nieuwe-regio", "SLUG=swv-kwartier")
    assert r.returncode == 0, r.stderr
    map_ = kopie / "regions" / "swv-kwartier"
    bestand = map_ / "regio.yaml"
    assert "Vul" in bestand.read_text("utf-8")  # the commented template
    assert (map_ / "bron").is_dir() and (map_ / "voorbeelden.yaml").exists()

    r = make(kopie, "valideer")
    assert r.returncode != 0
    assert "regions/swv-kwartier/regio.yaml, regel" in r.stderr
    assert "naam: mag niet leeg zijn" in r.stderr

    vul_in(bestand)
    r = make(kopie, "valideer")  # valid; not yet published is a notice, not an error
    assert r.returncode == 0, r.stdout + r.stderr
    assert "nog een concept" in r.stdout and "make publiceer REGIO=swv-kwartier" in r.stdout

    # Concept preview before publishing; the real build still refuses an unpublished version.
    r = voorbeeld(kopie)
    assert r.returncode == 0, r.stdout + r.stderr
    pagina = kopie / ".voorbeeld" / "site" / "routekaart" / "swv-kwartier" / "ongeoorloofd" / "index.html"
    assert "kwartiermaker" in pagina.read_text("utf-8")
    assert "nog niet gepubliceerd" in pagina.read_text("utf-8")  # the concept banner
    r = make(kopie, "build")
    assert r.returncode != 0 and "make publiceer REGIO=swv-kwartier" in r.stderr

    assert make(kopie, "publiceer", "REGIO=swv-kwartier").returncode == 0
    r = make(kopie, "build")
    assert r.returncode == 0, r.stdout + r.stderr
    site = kopie / "site"
    assert (site / "routekaart" / "swv-kwartier" / "ongeoorloofd" / "index.html").exists()
    assert "SWV Testregio Kwartier" in (site / "index.html").read_text("utf-8")  # navigation
    assert any("SWV Testregio Kwartier" in p.read_text("utf-8")  # a row in the thresholds per region
               for p in (site / "routekaart" / "vergelijking").rglob("*.html"))
    uit = subprocess.run([str(kopie / ".venv" / "bin" / "python"), "-m", "calculator", "classify",
                          "--regio", "swv-kwartier"], cwd=kopie,
                         input=json.dumps({"regio": "swv-kwartier", "leeftijd": 9,
                                           "ongeoorloofd_uren_4_weken": 17}),
                         capture_output=True, text=True)
    if uit.returncode == 2 and "--regio" in uit.stderr:  # the CLI before per-region rules
        uit = subprocess.run([str(kopie / ".venv" / "bin" / "python"), "-m", "calculator",
                              "classify"], cwd=kopie, capture_output=True, text=True,
                             input=json.dumps({"regio": "swv-kwartier", "leeftijd": 9,
                                               "ongeoorloofd_uren_4_weken": 17}))
    assert uit.returncode == 0, uit.stderr
    assert {s["id"] for s in json.loads(uit.stdout)["stappen"]} == {"1", "2"}

    # A revision: 6 -> 5 ziekmeldingen, a new version, previewed, then published.
    tekst = bestand.read_text("utf-8")
    tekst = tekst.replace("waarde: 6", "waarde: 5").replace("6e ziekmelding", "5e ziekmelding")
    tekst = tekst.replace("versie: '1'", "versie: '2'").replace(
        "- Eerste publicatie op de site.", "- Het gesprek over ziekteverzuim komt bij de 5e ziekmelding.")
    tekst = tekst.replace("datum: '2026-01-01'", "datum: '2026-02-01'")
    bestand.write_text(tekst, "utf-8")
    (map_ / "bron" / "verzuimkaart.txt").write_text(BRONTEKST.replace("6e", "5e"), "utf-8")
    r = make(kopie, "valideer")
    assert r.returncode == 0 and "versie 2 is nog een concept" in r.stdout, r.stdout + r.stderr
    assert voorbeeld(kopie).returncode == 0

    # Saved once more while 'make voorbeeld' runs: only what changed is rendered again, and
    # that page gets its security policy once (issue 24, the editors' loop at national size).
    concept = kopie / ".voorbeeld" / "site" / "routekaart"
    ander, eigen = concept / kloon / "index.html", concept / "swv-kwartier" / "ongeoorloofd" / "index.html"
    ander_voor = ander.stat().st_mtime_ns
    bestand.write_text(bestand.read_text("utf-8").replace("met de kwartiermaker",
                                                          "met de kwartiermeester"), "utf-8")
    r = voorbeeld(kopie, "--bijwerken")
    assert r.returncode == 0, r.stdout + r.stderr
    html = eigen.read_text("utf-8")
    assert "kwartiermeester" in html and html.count('http-equiv="Content-Security-Policy"') == 1
    assert ander.stat().st_mtime_ns == ander_voor  # the other region's page was left alone

    assert make(kopie, "publiceer", "REGIO=swv-kwartier").returncode == 0
    r = make(kopie, "build")
    assert r.returncode == 0, r.stdout + r.stderr
    versies = (site / "routekaart" / "swv-kwartier" / "versies" / "index.html").read_text("utf-8")
    # What staff now do differently, in a sentence (issue 21): the new value, the old one after it.
    assert "drempel nu vanaf 5 ziekmeldingen per schooljaar (was: 6 ziekmeldingen per schooljaar)" in versies

    # The project's fast tests on that copy: the new region needs no file outside its folder.
    r = subprocess.run([str(kopie / ".venv" / "bin" / "python"), "-m", "pytest", "-q", "-x",
                        "-p", "no:cacheprovider", "tests/unit", "tests/data"],
                       cwd=kopie, capture_output=True, text=True, timeout=1200)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    r = subprocess.run([str(kopie / ".venv" / "bin" / "python"), "-m", "pytest", "-q",
                        "-p", "no:cacheprovider", "tests/data", "-k", "swv-kwartier"],
                       cwd=kopie, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0 and " passed" in r.stdout, r.stdout[-3000:]  # 5: none collected

    # The page and browser checks on the same build, the two extra regions in place.
    r = subprocess.run([str(kopie / ".venv" / "bin" / "python"), "-m", "pytest", "-q",
                        "-p", "no:cacheprovider", *BROWSER_PER_REGIO,
                        "tests/browser/test_paginas_inhoud.py", "-k",
                        f"swv-kwartier or {kloon} or gebouwd or vragen or links"],
                       cwd=kopie, capture_output=True, text=True, timeout=1200)
    assert r.returncode == 0 and " passed" in r.stdout, r.stdout[-4000:] + r.stderr[-2000:]


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
