"""Tests that kill surviving mutants of `make mutatie` (see tests/mutanten.md for the rest)."""

import datetime as dt

from calculator.regio import geldt
from calculator.wet.leeftijd import leeftijd_op
from calculator.wet.leerplichtwet import beoordeel

PEIL = "2026-11-23"


def test_wie_op_29_februari_is_geboren_wordt_in_een_gewoon_jaar_op_1_maart_een_jaar_ouder():
    geboren = dt.date(2008, 2, 29)
    assert leeftijd_op(geboren, dt.date(2013, 2, 28)) == 4
    assert leeftijd_op(geboren, dt.date(2013, 3, 1)) == 5
    assert leeftijd_op(geboren, dt.date(2024, 2, 29)) == 16  # a leap year: on the day itself


def test_een_dag_voor_de_verjaardag_is_de_leerling_nog_een_jaar_jonger():
    assert leeftijd_op(dt.date(2010, 6, 1), dt.date(2026, 5, 31)) == 15
    assert leeftijd_op(dt.date(2010, 6, 1), dt.date(2026, 6, 1)) == 16


def test_een_voorwaarde_op_onderwijs_geldt_alleen_voor_die_sector():
    assert geldt({"onderwijs": "po"}, {"onderwijs": "po"}, set(), {}) is True
    assert geldt({"onderwijs": "po"}, {"onderwijs": "vo"}, set(), {}) is False
    assert geldt({"onderwijs": "po"}, {}, set(), {}) is False


def test_een_kind_van_vier_is_niet_leerplichtig_en_de_regio_kan_daarop_voortbouwen():
    # Regions refer to this outcome by name (landelijk: niet-leerplichtig).
    assert "niet-leerplichtig" in beoordeel({"leeftijd": 4, "ongeoorloofd_uren_4_weken": 20}, PEIL).uitkomsten


def test_alleen_het_aantal_volledige_schooljaren_beslist_ook_over_de_volledige_leerplicht():
    # Art. 3, eerste lid, onder a: after 12 full school years the volledige leerplicht ends.
    assert beoordeel({"volledige_schooljaren": 12}, PEIL).uitkomsten == {"kwalificatieplichtig"}
    assert beoordeel({"volledige_schooljaren": 5}, PEIL).uitkomsten == {"leerplichtig"}


# --- Full run over calculator/ (make mutatie): survivors that changed logic ---------------

from calculator.melden import melding, samenvoegen  # noqa: E402
from calculator.wet.plichten import termijn_zin  # noqa: E402


def _melding(grondslag, wat="melden", plicht=None, termijn=None, optioneel=False, bron="bron"):
    m = {"bij": "leerplicht", "wat": wat, "grondslag": grondslag, "plicht": plicht,
         "termijn": termijn, "optioneel": optioneel}
    return melding(m, {}, bron, None)


def test_een_regio_die_een_wettelijke_melding_herhaalt_geeft_een_melding_met_beide_gronden():
    wet = _melding("wet", plicht="verzuim-16-uur", bron="Leerplichtwet")
    regio = _melding("regio", plicht="verzuim-16-uur", termijn="binnen 2 schooldagen",
                     optioneel=True, bron="routekaart")
    (een,) = samenvoegen([wet], [regio])
    wet_tekst, regio_tekst = een["grondslag_tekst"].split("; ")
    assert not wet_tekst.endswith("(ook in de routekaart van de regio)")
    assert regio_tekst.endswith("(ook in de routekaart van de regio)")
    assert een["termijn"] == termijn_zin("verzuim-16-uur", "binnen 2 schooldagen")
    assert een["optioneel"] is False  # the law's report is not the school's choice
    assert een["bron"] == "Leerplichtwet; routekaart"


def test_zonder_termijn_van_de_regio_blijft_de_termijn_van_de_wet_staan():
    wet = _melding("wet", plicht="verzuim-16-uur", termijn="wettelijke termijn")
    (een,) = samenvoegen([wet], [_melding("regio", plicht="verzuim-16-uur")])
    assert een["termijn"] == "wettelijke termijn"


def test_twee_regionale_termijnen_de_eerste_blijft_een_ontbrekende_wordt_aangevuld():
    (een,) = samenvoegen([], [_melding("regio", termijn="binnen een week"),
                              _melding("regio", termijn="binnen twee weken")])
    assert een["termijn"] == "binnen een week"
    (twee,) = samenvoegen([], [_melding("regio"), _melding("regio", termijn="binnen twee weken")])
    assert twee["termijn"] == "binnen twee weken"


def test_optioneel_alleen_als_elke_grond_het_optioneel_noemt():
    (een,) = samenvoegen([], [_melding("regio", optioneel=True), _melding("regio", optioneel=True)])
    assert een["optioneel"] is True
    (twee,) = samenvoegen([], [_melding("regio", optioneel=True), _melding("regio", optioneel=False)])
    assert twee["optioneel"] is False


def test_vrijstelling_zegt_waarom_met_het_artikel():
    land = beoordeel({"ingeschreven": False, "vrijstelling": True, "leeftijd": 9}, PEIL)
    assert "vrijgesteld" in land.uitkomsten and "absoluut" not in land.soorten
    (uitleg,) = [u for u in land.uitleg if u["regel"] == "wet:vrijgesteld"]
    assert uitleg["tekst"] and uitleg["url"].endswith("#Artikel5") and "art. 5" in uitleg["bron"]


def test_de_browseringang_geeft_hetzelfde_antwoord_als_classify(alle_regels):
    """classify_response_json is what the Rekenhulp calls; a valid question gets the result
    of classify itself, as JSON."""
    import json

    from calculator import classify, classify_response_json

    s = {"regio": "twente", "onderwijs": "vo", "ongeoorloofd_uren_4_weken": 16, "peildatum": PEIL}
    antwoord = json.loads(classify_response_json(json.dumps(s), json.dumps(alle_regels["twente"])))
    assert antwoord == {"ok": True, "result": json.loads(json.dumps(classify(s, alle_regels["twente"])))}
    zonder = json.loads(classify_response_json(json.dumps(s)))
    assert zonder["ok"] is False and zonder["fouten"][0]["veld"] == "regels"
    assert "niet meegegeven" in zonder["fouten"][0]["tekst"]


def test_commando_zonder_opdracht_zegt_welke_er_zijn(capsys):
    import pytest

    from calculator.__main__ import main

    with pytest.raises(SystemExit) as stop:
        main([])
    assert stop.value.code == 2 and "classify" in capsys.readouterr().err


# WEB art. 9.2.2: the RMC report for an mbo student past the kwalificatieplicht (none of the
# unit tests reached it: every line of _meld_18_plus survived mutation).

from calculator.wet.plichten import PLICHTEN, meldzin  # noqa: E402


def _rmc(**s):
    land = beoordeel({"onderwijs": "mbo", "leeftijd": 20, "ongeoorloofd_weken_aaneengesloten": 4,
                      **s}, PEIL)
    meldingen = [m for m in land.melden if m["plicht"] == "rmc-verzuim"]
    uitleg = [u for u in land.uitleg if u["regel"] == "wet:rmc-verzuim"]
    return meldingen, uitleg


def test_mbo_student_van_twintig_vier_weken_weg_wordt_gemeld_bij_het_rmc():
    (melding,), (uitleg,) = _rmc()
    assert melding["url"] == PLICHTEN["rmc-verzuim"].url
    assert uitleg["tekst"].endswith(meldzin("rmc-verzuim"))
    assert uitleg["url"] == PLICHTEN["rmc-verzuim"].url
    assert PLICHTEN["rmc-verzuim"].artikel in uitleg["bron"]


def test_rmc_melding_alleen_vanaf_vier_weken_onder_de_27_zonder_startkwalificatie():
    assert _rmc(ongeoorloofd_weken_aaneengesloten=3) == ([], [])
    assert _rmc(leeftijd=26)[0] and _rmc(leeftijd=27) == ([], [])  # RMC task: under 27 since 2026
    assert _rmc(startkwalificatie=True) == ([], [])


def test_rmc_met_geboortedatum_in_plaats_van_leeftijd():
    land = beoordeel({"onderwijs": "mbo", "geboortedatum": "2005-06-01",
                      "ongeoorloofd_weken_aaneengesloten": 5}, PEIL)
    assert [m for m in land.melden if m["plicht"] == "rmc-verzuim"]


def test_in_het_po_noemt_de_rekenhulp_de_regel_maar_geen_meldplicht():
    meldingen, (uitleg,) = _rmc(onderwijs="po")
    assert meldingen == [] and meldzin("rmc-verzuim") in uitleg["tekst"]
    assert not [m for m in beoordeel({"onderwijs": "po", "leeftijd": 20,
                                      "ongeoorloofd_weken_aaneengesloten": 4}, PEIL).melden]


def test_de_melding_zegt_welk_verzuim_luxe_of_rond_een_vakantie():
    """What staff read as the report's subject: the kind of absence, in words."""
    def wat(**s):
        land = beoordeel({"onderwijs": "vo", "leeftijd": 12, "ongeoorloofd_uren_4_weken": 16, **s}, PEIL)
        (m,) = [m for m in land.melden if m["plicht"] == "verzuim-16-uur"]
        return m["wat"]
    assert "luxe verzuim" in wat(luxe=True) and "vakantie" not in wat(luxe=True)
    assert "vermoedelijk luxe verzuim rond een schoolvakantie" in wat(rond_vakantie=True)
    assert "luxe" not in wat()


def test_twee_landelijke_meldingen_met_hetzelfde_doel_worden_een_met_de_wet_voorop():
    norm = _melding("norm", wat="melding in het verzuimregister", bron="DUO")
    wet = _melding("wet", wat="melding in het verzuimregister", plicht="verzuim-16-uur",
                   bron="Leerplichtwet")
    (een,) = samenvoegen([norm, wet], [])
    assert een["grondslag"] == "wet" and [g["grondslag"] for g in een["grondslagen"]] == ["wet", "norm"]


def test_de_browser_krijgt_tekens_zoals_ze_zijn_niet_als_escapes(alle_regels):
    import json

    from calculator import classify_response_json

    s = {"regio": "twente", "onderwijs": "vo", "ongeoorloofd_uren_4_weken": 16, "peildatum": PEIL}
    tekst = classify_response_json(json.dumps(s), json.dumps(alle_regels["twente"]))
    assert "\\u" not in tekst and any(ord(c) > 127 for c in tekst)
