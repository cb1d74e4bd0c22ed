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
