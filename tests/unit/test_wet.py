"""National rules (Leerplichtwet), in pairs on both sides of every boundary."""

import pytest

from calculator import InvoerFout
from calculator.wet.parameters import parameter


def bij(uitkomst):
    return {(m["bij"], m["grondslag"]) for m in uitkomst["melden"]}


def test_vijftien_uur_in_vier_weken_is_relatief_verzuim_zonder_wettelijke_melding(klassificeer):
    u = klassificeer(ongeoorloofd_uren_4_weken=15, onderwijs="po")
    assert u["soorten"] == ["relatief", "signaal"]
    assert ("duo", "wet") not in bij(u)


def test_zestien_uur_in_vier_weken_moet_gemeld_worden_bij_duo(klassificeer):
    u = klassificeer(ongeoorloofd_uren_4_weken=16, onderwijs="po")
    assert ("duo", "wet") in bij(u)
    assert any("21a" in x["bron"] for x in u["uitleg"] if x["regel"] == "wet:melding-16-uur")


def test_luxe_verzuim_wordt_altijd_gemeld_maar_is_onder_zestien_uur_geen_wettelijke_plicht(
        klassificeer):
    u = klassificeer(luxe=True, ongeoorloofd_uren_4_weken=2, onderwijs="po")
    assert u["soorten"] == ["relatief", "luxe"]
    assert bij(u) == {("duo", "advies")}
    uitleg = next(x for x in u["uitleg"] if x["regel"] == "wet:melding-vakantie")
    assert "pas bij 16 uur" in uitleg["tekst"] and "21a" in uitleg["bron"]


@pytest.mark.parametrize("uren,grondslag", [(15, "advies"), (16, "wet")])
def test_luxe_melding_is_wettelijk_vanaf_zestien_uur(klassificeer, uren, grondslag):
    u = klassificeer(luxe=True, ongeoorloofd_uren_4_weken=uren, onderwijs="po")
    luxe = [m for m in u["melden"] if "luxe" in m["wat"]]
    assert [m["grondslag"] for m in luxe] == [grondslag]


def test_verzuim_rond_vakantie_wordt_gemeld_als_vermoedelijk_luxe_verzuim(klassificeer):
    u = klassificeer(rond_vakantie=True, ongeoorloofd_uren_4_weken=4, onderwijs="vo")
    assert any("vakantie" in m["wat"] and m["grondslag"] == "advies" for m in u["melden"])


def test_drie_weken_aaneengesloten_ongeoorloofd_is_nog_geen_langdurig_relatief_verzuim(klassificeer):
    assert "langdurig-relatief" not in klassificeer(ongeoorloofd_weken_aaneengesloten=3)["soorten"]


def test_vier_weken_aaneengesloten_ongeoorloofd_is_langdurig_relatief_verzuim(klassificeer):
    u = klassificeer(ongeoorloofd_weken_aaneengesloten=4)
    assert "langdurig-relatief" in u["soorten"] and ("duo", "wet") in bij(u)


def test_niet_ingeschreven_leerplichtig_kind_verzuimt_absoluut(klassificeer):
    assert klassificeer(ingeschreven=False, leeftijd=9)["soorten"] == ["absoluut"]


def test_niet_ingeschreven_met_vrijstelling_is_geen_absoluut_verzuim(klassificeer):
    assert klassificeer(ingeschreven=False, vrijstelling=True, leeftijd=9)["soorten"] == []


@pytest.mark.parametrize("leeftijd,absoluut", [(4, False), (5, True), (17, True), (18, False)])
def test_absoluut_verzuim_geldt_van_vijf_tot_achttien_jaar(klassificeer, leeftijd, absoluut):
    u = klassificeer(ingeschreven=False, leeftijd=leeftijd)
    assert ("absoluut" in u["soorten"]) is absoluut


def test_vier_jarige_valt_niet_onder_de_wettelijke_meldplicht(klassificeer):
    u = klassificeer(leeftijd=4, ongeoorloofd_uren_4_weken=20)
    assert "relatief" in u["soorten"] and ("duo", "wet") not in bij(u)


def test_zeventienjarige_met_startkwalificatie_is_niet_meer_kwalificatieplichtig(klassificeer):
    u = klassificeer(leeftijd=17, startkwalificatie=True, ongeoorloofd_uren_4_weken=20)
    assert ("duo", "wet") not in bij(u)


def test_zeventienjarige_zonder_startkwalificatie_is_kwalificatieplichtig(klassificeer):
    u = klassificeer(leeftijd=17, ongeoorloofd_uren_4_weken=20)
    assert ("duo", "wet") in bij(u)


@pytest.mark.parametrize("peildatum,leeftijd,rmc", [
    # Until 2026: WEB art. 8.1.8, under 23.
    ("2025-12-31", 17, False), ("2025-12-31", 18, True), ("2025-12-31", 22, True),
    ("2025-12-31", 23, False),
    # From 1 January 2026 (Wet van school naar duurzaam werk): WEB art. 9.2.1, under 27.
    ("2026-01-01", 23, True), ("2026-11-23", 26, True), ("2026-11-23", 27, False),
])
def test_uitgeschreven_jongere_zonder_startkwalificatie_valt_onder_rmc_tot_de_wettelijke_leeftijd(
        klassificeer, peildatum, leeftijd, rmc):
    u = klassificeer(ingeschreven=False, leeftijd=leeftijd, peildatum=peildatum)
    assert (("rmc", "wet") in bij(u)) is rmc


def test_met_startkwalificatie_geen_rmc_melding(klassificeer):
    assert ("rmc", "wet") not in bij(klassificeer(ingeschreven=False, leeftijd=19,
                                                  startkwalificatie=True))


def test_ziekmelding_is_geoorloofd_verzuim(klassificeer):
    assert klassificeer(ziekmeldingen_schooljaar=1, onderwijs="po")["soorten"] == ["geoorloofd"]


def test_parameter_kent_geen_waarde_voor_de_eerste_datum():
    with pytest.raises(InvoerFout) as fout:
        parameter("kwalificatieplicht_eindleeftijd", "1990-01-01")
    assert "peildatum" in str(fout.value) and "bekend vanaf" in str(fout.value)


def test_elke_uitleg_heeft_een_bron(klassificeer):
    u = klassificeer(ongeoorloofd_uren_4_weken=30, luxe=True, leeftijd=12,
                     ziekmeldingen_schooljaar=6, onderwijs="po")
    assert u["uitleg"] and all(x["bron"] and x["tekst"] for x in u["uitleg"])


def test_bron_noemt_de_wet_een_keer(klassificeer):
    """A parameter's artikel already names its law; the explanation must not prefix it again."""
    u = klassificeer(ongeoorloofd_uren_4_weken=30, ongeoorloofd_weken_aaneengesloten=5, luxe=True,
                     leeftijd=12, onderwijs="po")
    for x in u["uitleg"] + u["melden"]:
        if x["bron"] and "Leerplichtwet" in x["bron"]:
            assert x["bron"].count("Leerplichtwet 1969") == 1, x["bron"]
