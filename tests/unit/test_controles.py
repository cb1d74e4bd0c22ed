"""The checks 'make valideer' and the data tests share (scripts/bron/controles.py,
scripts/bron/voorbeelden.py): numbers in quotations, the editors' example cases."""

from __future__ import annotations

import copy
import shutil

import pytest
import yaml
from bron import voorbeelden
from bron.controles import getal_staat_in
from bron.regios import laad_regio

from tests.unit.conftest import FIXTURE


@pytest.mark.parametrize(("waarde", "citaat"), [
    (1, "Wanneer: vanaf het eerste lesuur ongeoorloofd verzuim"),
    (1, "na één melding"),
    (2, "bij de tweede ziekmelding"),
    (4, "vier keer ziek gemeld"),
    (7, "vanaf de 7e schooldag"),
    (7, "de 7de schooldag"),
    (12, "twaalf weken"),
    (20, "de twintigste dag"),
    (16, "16 uur in 4 weken"),
    (1.5, "1,5 week"),
])
def test_getal_in_cijfers_of_woorden_staat_in_het_citaat(waarde, citaat):
    assert getal_staat_in(waarde, citaat)


@pytest.mark.parametrize(("waarde", "citaat"), [
    (1, "geen melding"),            # 'een' inside a word is not the number
    (16, "160 uur"),
    (16, "2,16 week"),
    (4, "de veertiende dag"),
    (3, "vanaf het eerste lesuur"),
])
def test_ander_getal_telt_niet(waarde, citaat):
    assert not getal_staat_in(waarde, citaat)


@pytest.fixture
def regio(tmp_path):
    map_ = tmp_path / "voorbeeld"
    shutil.copytree(FIXTURE, map_)
    return map_, laad_regio(map_)


def _schrijf(map_, gevallen):
    (map_ / "voorbeelden.yaml").write_text(yaml.safe_dump(gevallen, allow_unicode=True), "utf-8")


ZESTIEN = {"naam": "16 uur", "situatie": {"leeftijd": 9, "onderwijs": "po",
                                          "ongeoorloofd_uren_4_weken": 16}}


def test_melding_zonder_grondslag_telt_elke_grondslag(regio):
    map_, d = regio
    _schrijf(map_, [{**ZESTIEN, "verwacht": {"melden_bevat": [{"bij": "duo"}, "duo"]}}])
    assert voorbeelden.fouten(map_, d) == []


def test_verschil_per_sleutel_met_bestand_voorbeeld_en_regel(regio):
    map_, d = regio
    _schrijf(map_, [{**ZESTIEN, "verwacht": {"melden_bevat": [{"bij": "jgz"}],
                                             "stappen_bevat": ["99"]}}])
    fouten = voorbeelden.fouten(map_, d)
    teksten = {f.pad: f.tekst for f in fouten}
    assert all(f.bestand.endswith("voorbeeld/voorbeelden.yaml, voorbeeld 1") for f in fouten)
    assert all(f.regel for f in fouten)
    assert "verwacht een melding bij jgz, maar de rekenhulp meldt bij: duo (wet)" in \
        teksten["verwacht.melden_bevat[1]"]
    assert "verwacht stap 99, maar de rekenhulp wijst aan:" in teksten["verwacht.stappen_bevat"]


@pytest.mark.parametrize(("verwacht", "pad", "bericht"), [
    ({"meldingen": ["duo"]}, "verwacht.meldingen", "onbekend veld meldingen"),
    ({"melden_bevat": [{"grondslag": "wet"}]}, "verwacht.melden_bevat[1]", "{bij: duo}"),
    ({"melden_bevat": [{"bij": "duo", "grondslag": "wettelijk"}]},
     "verwacht.melden_bevat[1].grondslag", "'wettelijk' is niet toegestaan"),
])
def test_verkeerde_vorm_zegt_wat_wel_mag(regio, verwacht, pad, bericht):
    map_, d = regio
    _schrijf(map_, [{**ZESTIEN, "verwacht": verwacht}])
    f, = voorbeelden.fouten(map_, d)
    assert f.pad == pad and bericht in f.tekst


def test_verkeerd_antwoord_in_de_situatie_is_een_boodschap_geen_crash(regio):
    map_, d = regio
    geval = copy.deepcopy(ZESTIEN)
    geval["situatie"]["ongeoorloofd_uren_4_weken"] = "zestien"
    _schrijf(map_, [{**geval, "verwacht": {}}])
    f, = voorbeelden.fouten(map_, d)
    assert f.pad == "situatie.ongeoorloofd_uren_4_weken" and "getal" in f.tekst


def test_alleen_een_nieuw_drempel_id_met_zijn_getal_is_een_melding(tmp_path):
    from bron.waarschuwingen import waarschuwingen

    map_ = tmp_path / "voorbeeld"
    shutil.copytree(FIXTURE, map_)
    d = copy.deepcopy(laad_regio(map_))
    d["drempels"][0]["id"] = f"ziek-{d['drempels'][0]['waarde']:g}-keer"
    meldingen = [w for w in waarschuwingen({"voorbeeld": d}, tmp_path) if "drempel-id" in w]
    assert len(meldingen) == 1 and d["drempels"][0]["id"] in meldingen[0]
    (map_ / "archief").mkdir(exist_ok=True)  # published: the id stays as it is, no notice
    (map_ / "archief" / "1.yaml").write_text(yaml.safe_dump(d, allow_unicode=True), "utf-8")
    assert not [w for w in waarschuwingen({"voorbeeld": d}, tmp_path) if "drempel-id" in w]


@pytest.mark.parametrize(("als", "nooit"), [
    ({"alle": [{"leeftijd": {"tot": 5}}, {"landelijk": "relatief"}]}, "relatief"),
    ({"alle": [{"leeftijd": {"vanaf": 4, "tot": 5}}, {"landelijk": "melding-16-uur"}]}, "melding-16-uur"),
    ({"alle": [{"leeftijd": {"tot": 6}}, {"landelijk": "relatief"}]}, None),
    ({"alle": [{"leeftijd": {"tot": 5}}, {"landelijk": "niet-leerplichtig"}]}, None),
    ({"landelijk": "relatief"}, None),
])
def test_regel_voor_vierjarigen_met_relatief_geldt_nooit(als, nooit):
    from bron.waarschuwingen import regel_geldt_nooit
    assert regel_geldt_nooit(als) == nooit
