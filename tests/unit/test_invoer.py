"""Bad input gets a Dutch message naming the question (its label) and what is allowed."""

import json

import pytest

from calculator import InvoerFout, classify, classify_response_json
from calculator.vragen import VRAGEN


def fout(situatie, regels):
    with pytest.raises(InvoerFout) as e:
        classify(situatie, regels)
    return {f["veld"]: f for f in e.value.lijst()}


@pytest.mark.parametrize("veld,waarde,woord", [
    ("ongeoorloofd_uren_4_weken", -1, "0 of meer"),
    ("ongeoorloofd_uren_4_weken", "veel", "getal"),
    ("ongeoorloofd_uren_4_weken", 161, "niet meer zijn dan 160"),
    ("aanwezigheid_4_weken_procent", 101, "niet meer zijn dan 100"),
    ("luxe", "ja", "ja of nee"),
    ("leeftijd", 7.5, "heel getal"),
    ("volledige_schooljaren", 21, "niet meer zijn dan 20"),
    ("volledige_schooljaren", -1, "0 of meer"),
    ("onderwijs", "mbo", "po, vo"),
    ("gemeente", "atlantis", "Noord (noord), Zuid (zuid)"),
    ("peildatum", "gisteren", "JJJJ-MM-DD"),
    ("geboortedatum", "2015-02-30", "JJJJ-MM-DD"),
    ("geboortedatum", "2030-01-01", "na de peildatum"),
])
def test_ongeldige_waarde_noemt_de_vraag(voorbeeld, veld, waarde, woord):
    fouten = fout({"regio": "voorbeeld", "onderwijs": "po", "peildatum": "2026-11-23", veld: waarde}, voorbeeld)
    assert veld in fouten and woord in fouten[veld]["tekst"]
    assert fouten[veld]["vraag"] == VRAGEN[veld].vraag


def test_geen_tekst_noemt_een_veldnaam(voorbeeld):
    """Staff read the text: never an internal field name like ongeoorloofd_uren_4_weken."""
    fouten = fout({"onderwijs": "po", "ongeoorloofd_uren_4_weken": 20, "ongeoorloofd_uren_schooljaar": 10,
                   "ziektedagen_aaneengesloten": 3,
                   "ziekte_dagdelen_aaneengesloten": 5, "leeftijd": 9, "geboortedatum": "2010-01-01"},
                  voorbeeld)
    assert {"ongeoorloofd_uren_schooljaar", "ziekte_dagdelen_aaneengesloten", "leeftijd"} <= set(fouten)
    for f in fouten.values():
        assert not any(v in f["tekst"] for v in VRAGEN if "_" in v), f
    assert "Uren ongeoorloofd afwezig in de laatste 4 lesweken" in fouten["ongeoorloofd_uren_schooljaar"]["tekst"]


def test_onbekend_veld_is_een_fout(voorbeeld):
    assert "schoenmaat" in fout({"schoenmaat": 38}, voorbeeld)


def test_regio_van_andere_regels_is_een_fout(voorbeeld):
    assert "Voorbeeldregio" in fout({"regio": "atlantis"}, voorbeeld)["regio"]["tekst"]


def test_regio_mag_ontbreken_de_regels_zeggen_welke(voorbeeld):
    assert classify({"ongeoorloofd_uren_4_weken": 3}, voorbeeld)["regio"] == "voorbeeld"


def test_schooljaar_kan_niet_minder_zijn_dan_vier_weken(voorbeeld):
    fouten = fout({"onderwijs": "po", "ongeoorloofd_uren_4_weken": 10, "ongeoorloofd_uren_schooljaar": 8}, voorbeeld)
    assert "ongeoorloofd_uren_schooljaar" in fouten
    assert classify({"onderwijs": "po", "ongeoorloofd_uren_4_weken": 10, "ongeoorloofd_uren_schooljaar": 10},
                    voorbeeld)


def test_niet_ingeschreven_kan_geen_lesuren_missen(voorbeeld):
    assert "ongeoorloofd_uren_4_weken" in fout({"ingeschreven": False, "ongeoorloofd_uren_4_weken": 4}, voorbeeld)


def test_onderwijs_nodig_waar_het_de_route_bepaalt(voorbeeld):
    assert "onderwijs" in fout({"ziekmeldingen_schooljaar": 5}, voorbeeld)


def test_onderwijs_niet_nodig_waar_het_niets_uitmaakt(voorbeeld):
    assert classify({"ongeoorloofd_uren_4_weken": 3}, voorbeeld)["soorten"]


def test_alle_fouten_tegelijk(voorbeeld):
    assert {"luxe", "te_laat_schooljaar"} <= set(fout({"luxe": 3, "te_laat_schooljaar": -2}, voorbeeld))


@pytest.mark.parametrize("waarde", [float("nan"), float("inf"), -float("inf"), 10**400, [], None, True, "",
                                    "x" * 100_000, [[[[[]]]]]])
def test_elk_json_type_als_situatie(voorbeeld, waarde):
    antwoord = json.loads(classify_response_json(json.dumps(waarde), json.dumps(voorbeeld)))
    assert antwoord["ok"] is False and antwoord["fouten"][0]["veld"] == "situatie"
    assert len(antwoord["fouten"][0]["tekst"]) < 300


# Age: geboortedatum and leeftijd (issue 13.6 input; the rule itself lives in calculator/wet/).
def test_geboortedatum_geeft_de_leeftijd_op_de_peildatum(klassificeer):
    u = klassificeer(geboortedatum="2021-11-24", ongeoorloofd_uren_4_weken=20)
    assert "relatief" not in u["soorten"]  # 4 years old on 2026-11-23: not yet leerplichtig
    u = klassificeer(geboortedatum="2021-10-15", ongeoorloofd_uren_4_weken=20)
    assert "relatief" in u["soorten"]  # 5 in October: leerplichtig since the first school day of November


@pytest.mark.parametrize("geboren,leeftijd,goed", [
    ("2016-11-23", 10, True), ("2016-11-24", 10, False), ("2016-11-24", 9, True), ("2016-11-22", 9, False),
    ("2012-02-29", 14, True),
])
def test_geboortedatum_en_leeftijd_moeten_kloppen(voorbeeld, geboren, leeftijd, goed):
    s = {"onderwijs": "po", "peildatum": "2026-11-23", "geboortedatum": geboren, "leeftijd": leeftijd}
    if goed:
        assert classify(s, voorbeeld)
    else:
        assert "past niet bij de geboortedatum" in fout(s, voorbeeld)["leeftijd"]["tekst"]


def test_volledige_schooljaren_wordt_doorgegeven(monkeypatch, klassificeer):
    gezien = {}
    import calculator.api as api
    echt = api.beoordeel

    def spion(s, peildatum):
        gezien.update(s)
        return echt(s, peildatum)
    monkeypatch.setattr(api, "beoordeel", spion)
    klassificeer(onderwijs="vo", volledige_schooljaren=12, geboortedatum="2010-05-01")
    assert gezien["volledige_schooljaren"] == 12 and gezien["geboortedatum"] == "2010-05-01"
    assert gezien["leeftijd"] == 16
