"""Boundary tests: each comparison in the input checks, on both sides (kills >/>= mutants)."""

import pytest

from calculator import InvoerFout
from calculator.invoer import leeftijd_op, lees_situatie
from calculator.vragen import VRAGEN, kort

REGELS = {"slug": "r", "naam": "R", "sectoren": ["po"], "gemeenten": [], "regels": [], "drempels": []}
GETALLEN = [v for v, q in VRAGEN.items() if q.soort == "getal"]


def geldig(**s):
    try:
        lees_situatie({"peildatum": "2026-11-23", **s}, REGELS)
    except InvoerFout:
        return False
    return True


@pytest.mark.parametrize("veld", GETALLEN)
def test_hoogste_waarde_mag_een_meer_niet(veld):
    hoogste = VRAGEN[veld].hoogste
    assert geldig(**{veld: hoogste}) and not geldig(**{veld: hoogste + 1})
    if not VRAGEN[veld].heel:
        assert not geldig(**{veld: hoogste + 0.5})


@pytest.mark.parametrize("veld", GETALLEN)
def test_nul_mag_onder_nul_niet(veld):
    assert geldig(**{veld: 0}) and not geldig(**{veld: -1})
    if not VRAGEN[veld].heel:
        assert geldig(**{veld: 0.5}) and not geldig(**{veld: -0.5})


@pytest.mark.parametrize("veld", [v for v in GETALLEN if VRAGEN[v].heel])
def test_hele_getallen(veld):
    assert geldig(**{veld: 3.0}) and not geldig(**{veld: 2.5})


def test_geboortedatum_op_de_peildatum_mag_een_dag_later_niet():
    assert geldig(geboortedatum="2026-11-23") and not geldig(geboortedatum="2026-11-24")


def test_geboortedatum_tot_99_jaar():
    assert geldig(geboortedatum="1926-11-24") and not geldig(geboortedatum="1926-11-23")


@pytest.mark.parametrize("geboren,peildatum,jaren", [
    ("2016-11-23", "2026-11-23", 10), ("2016-11-24", "2026-11-23", 9), ("2016-12-01", "2026-11-30", 9),
    ("2016-10-31", "2026-11-01", 10), ("2012-02-29", "2026-02-28", 13), ("2012-02-29", "2026-03-01", 14),
])
def test_leeftijd_op_verjaardag(geboren, peildatum, jaren):
    import datetime as dt
    assert leeftijd_op(dt.date.fromisoformat(geboren), dt.date.fromisoformat(peildatum)) == jaren


def test_schooljaar_gelijk_aan_vier_weken_mag_lager_niet():
    assert geldig(ongeoorloofd_uren_4_weken=10, ongeoorloofd_uren_schooljaar=10)
    assert not geldig(ongeoorloofd_uren_4_weken=10, ongeoorloofd_uren_schooljaar=9.5)


def test_eenheden_moeten_precies_kloppen():
    assert geldig(ziektedagen_4_weken=3, ziekte_dagdelen_4_weken=6)
    assert not geldig(ziektedagen_4_weken=3, ziekte_dagdelen_4_weken=7)
    assert not geldig(ziektedagen_4_weken=3, ziekte_dagdelen_4_weken=5)


def test_niet_ingeschreven_met_nul_uren_mag():
    assert geldig(ingeschreven=False, ongeoorloofd_uren_4_weken=0)
    assert not geldig(ingeschreven=False, ongeoorloofd_uren_4_weken=1)


@pytest.mark.parametrize("waarde,tekst", [
    (10**15 - 1, "999999999999999"), (10**15, "een heel groot getal"), (-(10**15), "een heel groot getal"),
    (1e15, "een heel groot getal"), (999999999999999.0, "1e+15"), ("x" * 40, "'" + "x" * 40 + "'"),
    ("x" * 41, "'" + "x" * 40 + "…'"), (float("-inf"), "oneindig"), (False, "nee"), ({}, "een object"),
])
def test_korte_beschrijving_van_een_waarde(waarde, tekst):
    assert kort(waarde) == tekst


def test_peildatum_binnen_een_redelijk_bereik():
    assert geldig(peildatum="1900-01-01") and geldig(peildatum="2199-12-31")
    assert not geldig(peildatum="1899-12-31") and not geldig(peildatum="2200-01-01")
    assert not geldig(peildatum="9999-12-31") and not geldig(peildatum="0001-01-01")


def test_geboortedatum_binnen_een_redelijk_bereik():
    assert geldig(peildatum="1950-06-01", geboortedatum="1900-01-01")
    assert not geldig(peildatum="1950-06-01", geboortedatum="1899-12-31")
