"""A broken region file is rejected with file, place (path and line) and what is expected."""

import shutil
import subprocess
import sys

import pytest
from regios import ROOT, RegioFouten, laad_regio

from tests.unit.conftest import FIXTURE


@pytest.fixture
def kapotte_regio(tmp_path):
    map_ = tmp_path / "voorbeeld"
    shutil.copytree(FIXTURE, map_)

    def breek(oud: str, nieuw: str):
        pad = map_ / "regio.yaml"
        tekst = pad.read_text("utf-8")
        assert oud in tekst, oud
        pad.write_text(tekst.replace(oud, nieuw, 1), "utf-8")
        with pytest.raises(RegioFouten) as fout:
            laad_regio(map_)
        return fout.value.fouten
    return breek


def regelnummer(tekst, stuk):
    return tekst.splitlines().index(next(r for r in tekst.splitlines() if stuk in r)) + 1


def test_verkeerde_eenheid_noemt_pad_regel_en_toegestane_waarden(kapotte_regio):
    fouten = kapotte_regio("eenheid: ziekmeldingen\n    periode: schooljaar",
                           "eenheid: ziekbriefjes\n    periode: schooljaar")
    f, = fouten
    assert f.bestand.endswith("voorbeeld/regio.yaml")
    assert f.pad == "drempels[1].eenheid"
    tekst = (FIXTURE / "regio.yaml").read_text("utf-8")
    assert f.regel == regelnummer(tekst, "eenheid: ziekmeldingen")
    assert "'ziekbriefjes' is niet toegestaan" in f.tekst and "ziekmeldingen" in f.tekst


def test_ontbrekend_verplicht_veld(kapotte_regio):
    f, = kapotte_regio("    waarde: 5\n", "")
    assert f.pad == "drempels[1]" and "verplicht veld ontbreekt: waarde" in f.tekst


def test_onbekend_veld(kapotte_regio):
    f, = kapotte_regio("naam: Voorbeeldregio", "naam: Voorbeeldregio\nkleur: blauw")
    assert "onbekend veld kleur" in f.tekst


def test_getal_als_tekst(kapotte_regio):
    f, = kapotte_regio("waarde: 5", "waarde: vijf")
    assert f.pad == "drempels[1].waarde" and "moet getal zijn" in f.tekst


def test_stap_met_onbekende_partij(kapotte_regio):
    f, = kapotte_regio("partijen: [school, jgz]", "partijen: [school, jeugdarts]")
    assert f.pad == "routes[1].stappen[2].partijen[2]" and "onbekende partij 'jeugdarts'" in f.tekst


def test_regel_naar_onbekende_stap(kapotte_regio):
    f, = kapotte_regio('stappen: [{route: ongeoorloofd, stap: "3"}]',
                       'stappen: [{route: ongeoorloofd, stap: "4"}]')
    assert "regels[2].dan.stappen[1]" == f.pad and "bestaat niet" in f.tekst


def test_kapotte_yaml_noemt_de_regel(kapotte_regio):
    f, = kapotte_regio("naam: Voorbeeldregio", "naam: [Voorbeeldregio")
    assert f.regel and "geen geldige YAML" in f.tekst


def test_slug_moet_mapnaam_zijn(kapotte_regio):
    f, = kapotte_regio("slug: voorbeeld", "slug: andere")
    assert f.pad == "slug" and "mapnaam" in f.tekst


def test_validator_stopt_met_fout_en_bouwt_niets(tmp_path):
    """scripts/generate.py on a broken regions folder: exit 1, Dutch message, nothing written."""
    regions = tmp_path / "regions"
    shutil.copytree(ROOT / "regions" / "schema", regions / "schema")
    shutil.copytree(FIXTURE, regions / "voorbeeld")
    (regions / "voorbeeld" / "regio.yaml").write_text(
        (FIXTURE / "regio.yaml").read_text("utf-8").replace("vergelijking: \">=\"", "vergelijking: ≥", 1))
    code = (
        "import sys, pathlib; sys.path.insert(0, 'scripts'); import regios, generate; "
        f"regios.REGIONS = pathlib.Path({str(regions)!r}); "
        f"generate.DOCS = pathlib.Path({str(tmp_path / 'docs')!r}); "
        f"generate.REGELS = pathlib.Path({str(tmp_path / 'regels.json')!r}); "
        ""
        "sys.exit(generate.main())")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    assert "voorbeeld/regio.yaml, regel" in r.stderr and "drempels[1].vergelijking" in r.stderr
    assert "er is niets gebouwd" in r.stderr
    assert not (tmp_path / "docs").exists() and not (tmp_path / "regels.json").exists()
