"""Bad input gets a Dutch message naming the field and what is allowed."""

import pytest

from calculator import InvoerFout, classify


def fout(situatie):
    with pytest.raises(InvoerFout) as e:
        classify(situatie)
    return dict(e.value.fouten)


@pytest.mark.parametrize("veld,waarde,woord", [
    ("ongeoorloofd_uren_4_weken", -1, "0 of meer"),
    ("ongeoorloofd_uren_4_weken", "veel", "getal"),
    ("ongeoorloofd_uren_4_weken", 161, "niet meer zijn dan 160"),
    ("aanwezigheid_4_weken_procent", 101, "niet meer zijn dan 100"),
    ("luxe", "ja", "ja of nee"),
    ("leeftijd", 7.5, "heel aantal"),
    ("onderwijs", "mbo", "'po' of 'vo'"),
    ("gemeente", "atlantis", "onbekende gemeente"),
    ("peildatum", "gisteren", "JJJJ-MM-DD"),
])
def test_ongeldige_waarde_noemt_het_veld(voorbeeld, veld, waarde, woord):
    fouten = fout({"regio": "voorbeeld", "onderwijs": "po", veld: waarde})
    assert veld in fouten and woord in fouten[veld]


def test_onbekend_veld_is_een_fout(voorbeeld):
    assert "schoenmaat" in fout({"regio": "voorbeeld", "schoenmaat": 38})


def test_onbekende_regio_noemt_de_bekende(voorbeeld):
    assert "voorbeeld" in fout({"regio": "atlantis"})["regio"]


def test_ontbrekende_regio(voorbeeld):
    assert "ontbreekt" in fout({})["regio"]


def test_schooljaar_kan_niet_minder_zijn_dan_vier_weken(voorbeeld):
    fouten = fout({"regio": "voorbeeld", "onderwijs": "po", "ongeoorloofd_uren_4_weken": 10,
                   "ongeoorloofd_uren_schooljaar": 8})
    assert "ongeoorloofd_uren_schooljaar" in fouten


def test_niet_ingeschreven_kan_geen_lesuren_missen(voorbeeld):
    assert "ongeoorloofd_uren_4_weken" in fout(
        {"regio": "voorbeeld", "ingeschreven": False, "ongeoorloofd_uren_4_weken": 4})


def test_onderwijs_nodig_waar_het_de_route_bepaalt(voorbeeld):
    assert "onderwijs" in fout({"regio": "voorbeeld", "ziekmeldingen_schooljaar": 5})


def test_onderwijs_niet_nodig_waar_het_niets_uitmaakt(voorbeeld):
    assert classify({"regio": "voorbeeld", "ongeoorloofd_uren_4_weken": 3})["soorten"]


def test_alle_fouten_tegelijk(voorbeeld):
    fouten = fout({"regio": "voorbeeld", "luxe": 3, "te_laat_schooljaar": -2})
    assert {"luxe", "te_laat_schooljaar"} <= set(fouten)
