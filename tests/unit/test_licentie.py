"""The licence is stated where a successor looks for it, and says the same everywhere."""

import json
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_license_bevat_de_volledige_eupl_1_2():
    tekst = (ROOT / "LICENSE").read_text("utf-8")
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in tekst
    assert "SPDX-License-Identifier: EUPL-1.2" in tekst
    # The whole text, not a pointer to it: its last article and the appendix are there.
    assert "15. Applicable Law" in tekst and "'Compatible Licences' according to Article 5" in tekst


def test_pakketten_noemen_dezelfde_licentie():
    assert json.loads((ROOT / "package.json").read_text("utf-8"))["license"] == "EUPL-1.2"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "EUPL-1.2"


def test_readme_en_site_zeggen_van_wie_de_routekaartteksten_zijn():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "EUPL-1.2" in readme and "samenwerkingsverband" in readme
    pagina = (ROOT / "docs" / "over" / "licentie.md").read_text("utf-8")
    assert "van de samenwerkingsverbanden" in pagina and "EUPL-1.2" in pagina
    assert "over/licentie.md" in (ROOT / "docs" / "SUMMARY.md").read_text("utf-8")
