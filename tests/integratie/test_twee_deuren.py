"""One check, two doors: 'make valideer' and the data tests give the same verdict, with the same
message, on the cases editors ran into (issue 24). A scratch regions folder holds copies of a
region under new slugs (so there are more regions than the seeds), each with one change; both
doors run on it through ROUTEKAART_REGIOS. Which region is copied is derived, never named.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from bron.regios import laad_regio, regio_mappen  # noqa: E402
from bron.waarschuwingen import bronbestanden, bronpad  # noqa: E402

PYTHON = sys.executable
TEKST = (".txt", ".md", ".html", ".htm")
ZIN = "Wanneer: vanaf het eerste lesuur ongeoorloofd verzuim, en bij de 7e ziekmelding."


def _bron_regio() -> Path:
    """A region with a threshold and a text version of its source (so quotations are checked)."""
    for map_ in regio_mappen():
        d = laad_regio(map_)
        if d["drempels"] and any(bronpad(map_.name, n, map_.parent).suffix in TEKST
                                 for _, n in bronbestanden(d)):
            return map_
    pytest.skip("geen regio met een drempel en een tekstversie van de bron")


def _kopie(bron: Path, doel: Path, slug: str, wijzig) -> None:
    """The region under a new slug, changed by ``wijzig(d, map_)``, published as it is."""
    map_ = doel / slug
    shutil.copytree(bron, map_, ignore=shutil.ignore_patterns("archief", "voorbeelden.yaml"))
    d = laad_regio(bron)
    d = yaml.safe_load(yaml.safe_dump(d))  # a plain, private copy
    d["slug"] = slug
    d["naam"] = f"{d['naam']} ({slug})"
    for _, naam in bronbestanden(d):  # the sentence with number words, in every text source
        pad = bronpad(slug, naam, doel)
        if pad.suffix in TEKST and pad.is_file():
            pad.write_text(pad.read_text("utf-8") + "\n" + ZIN + "\n", "utf-8")
    x = d["drempels"][0]
    x["waarde"], x["bron"]["citaat"] = 1, ZIN
    gevallen = [{"naam": "16 uur ongeoorloofd: een melding bij DUO (grondslag niet genoemd).",
                 "situatie": {"leeftijd": 9, "onderwijs": d["sectoren"][0],
                              "ongeoorloofd_uren_4_weken": 16},
                 "verwacht": {"melden_bevat": [{"bij": "duo"}]}}]
    wijzig(d, map_, gevallen)
    tekst = yaml.safe_dump(d, allow_unicode=True, sort_keys=False)
    (map_ / "regio.yaml").write_text(tekst, "utf-8")
    (map_ / "archief").mkdir()
    (map_ / "archief" / f"{d['publicatie']['versie']}.yaml").write_text(tekst, "utf-8")
    (map_ / "voorbeelden.yaml").write_text(yaml.safe_dump(gevallen, allow_unicode=True), "utf-8")


def _niets(d, map_, gevallen):
    pass


def _getal_niet_in_citaat(d, map_, gevallen):
    d["drempels"][0]["waarde"] = 3  # 'eerste' and 'de 7e' are 1 and 7, not 3


def _bronbestand_ontbreekt(d, map_, gevallen):
    d["document"]["bronbestand"] = "routekaart-die-er-niet-is.pdf"


def _voorbeeld_klopt_niet(d, map_, gevallen):
    gevallen[0]["verwacht"]["melden_bevat"] = [{"bij": "duo", "grondslag": "regio"},
                                               {"bij": "nergens"}]


# slug -> (change, the message both doors must give, or None when both must pass)
GEVALLEN = {
    "extra-getalwoorden": (_niets, None),
    "extra-getal-fout": (_getal_niet_in_citaat, "het getal 3 van drempel"),
    "extra-zonder-bron": (_bronbestand_ontbreekt, "'routekaart-die-er-niet-is.pdf' staat niet in"),
    "extra-voorbeeld-fout": (_voorbeeld_klopt_niet, "verwacht een melding bij nergens"),
}


@pytest.fixture(scope="module")
def kladmap(tmp_path_factory) -> Path:
    bron = _bron_regio()
    doel = tmp_path_factory.mktemp("regions")
    for slug, (wijzig, _) in GEVALLEN.items():
        _kopie(bron, doel, slug, wijzig)
    return doel


def _slugs(tekst: str, kladmap: Path) -> set[str]:
    return set(re.findall(rf"{re.escape(str(kladmap))}/([a-z0-9-]+)/", tekst))


@pytest.fixture(scope="module")
def deuren(kladmap):
    env = {**os.environ, "ROUTEKAART_REGIOS": str(kladmap)}
    valideer = subprocess.run([PYTHON, "scripts/validate.py"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)
    tests = subprocess.run([PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p",
                            "no:randomly", "tests/data/test_regios.py", "-o", "addopts="],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    return valideer, tests


def test_valideer_en_datatests_geven_hetzelfde_oordeel(deuren, kladmap):
    valideer, tests = deuren
    fout = {slug for slug, (_, bericht) in GEVALLEN.items() if bericht}
    assert valideer.returncode == 1, valideer.stdout + valideer.stderr
    assert tests.returncode == 1, tests.stdout[-3000:]
    assert _slugs(valideer.stderr, kladmap) == fout, valideer.stderr
    gefaald = set(re.findall(r"FAILED \S+\[([a-z0-9-]+)[:\]]", tests.stdout))
    assert gefaald == fout, tests.stdout[-3000:]


@pytest.mark.parametrize("slug", [s for s, (_, b) in GEVALLEN.items() if b])
def test_dezelfde_boodschap_in_beide(deuren, slug):
    valideer, tests = deuren
    bericht = GEVALLEN[slug][1]
    regels = [r.removeprefix("- ") for r in valideer.stderr.splitlines()
              if f"/{slug}/" in r and bericht in r]
    assert regels, valideer.stderr
    uit = " ".join(tests.stdout.split())
    for regel in regels:  # word for word, file, field and line included
        assert " ".join(regel.split()) in uit, (regel, tests.stdout[-3000:])
