"""National rules (Leerplichtwet), in pairs on both sides of every boundary."""

import pytest

from calculator import InvoerFout
from calculator.wet.leerplichtwet import Landelijk, beoordeel
from calculator.wet.parameters import parameter
from calculator.wet.plichtig import PLICHTIG, TE_JONG, VOORBIJ, plichtig


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


def test_luxe_verzuim_onder_zestien_uur_is_een_norm_van_duo_en_noemt_de_tegenstem(
        klassificeer):
    u = klassificeer(luxe=True, ongeoorloofd_uren_4_weken=2, onderwijs="po")
    assert u["soorten"] == ["relatief", "luxe"]
    assert bij(u) == {("duo", "norm")}
    melding = u["melden"][0]
    assert melding["plicht"] is None and "geen wetsartikel" in melding["grondslag_tekst"]
    uitleg = next(x for x in u["uitleg"] if x["regel"] == "wet:melding-vakantie")
    assert "wettelijk verplicht" in uitleg["tekst"] and "Verzuim: hoe het werkt" in uitleg["tekst"]
    assert "21a" in uitleg["bron"] and "advies" not in uitleg["tekst"]


@pytest.mark.parametrize("uren,grondslag", [(15, "norm"), (16, "wet")])
def test_luxe_melding_is_wettelijk_vanaf_zestien_uur(klassificeer, uren, grondslag):
    u = klassificeer(luxe=True, ongeoorloofd_uren_4_weken=uren, onderwijs="po")
    luxe = [m for m in u["melden"] if "luxe" in m["wat"]]
    assert [m["grondslag"] for m in luxe] == [grondslag]


def test_verzuim_rond_vakantie_wordt_gemeld_als_vermoedelijk_luxe_verzuim(klassificeer):
    u = klassificeer(rond_vakantie=True, ongeoorloofd_uren_4_weken=4, onderwijs="vo")
    assert any("vakantie" in m["wat"] and m["grondslag"] == "norm" for m in u["melden"])


def test_vier_weken_aaneengesloten_ongeoorloofd_is_nog_geen_langdurig_relatief_verzuim(klassificeer):
    """Decision 0009: the Kamerbrief of 3 February 2016 says "langer dan vier weken"."""
    assert "langdurig-relatief" not in klassificeer(ongeoorloofd_weken_aaneengesloten=4)["soorten"]


def test_langer_dan_vier_weken_aaneengesloten_ongeoorloofd_is_langdurig_relatief_verzuim(
        klassificeer):
    u = klassificeer(ongeoorloofd_weken_aaneengesloten=4.5)
    assert "langdurig-relatief" in u["soorten"]


@pytest.mark.parametrize("uren,grondslag", [(None, "norm"), (10, "norm"), (16, "wet")])
def test_langdurig_relatief_verzuim_is_alleen_wettelijk_te_melden_vanaf_zestien_uur(
        klassificeer, uren, grondslag):
    """Item 15: weeks away are not hours (a reduced timetable, a holiday in between); only
    16 hours in 4 lesweken make the report legal, below that it is DUO's reporting category."""
    s = {"ongeoorloofd_weken_aaneengesloten": 6, "onderwijs": "po"}
    u = klassificeer(**s, **({} if uren is None else {"ongeoorloofd_uren_4_weken": uren}))
    assert bij(u) == {("duo", grondslag)}
    tekst = next(x["tekst"] for x in u["uitleg"] if x["regel"] == "wet:langdurig-relatief")
    assert "altijd meer dan" not in tekst and "verkort rooster" in tekst
    assert "langer dan vier weken" in tekst and "3 februari 2016" in tekst


def test_niet_ingeschreven_leerplichtig_kind_verzuimt_absoluut(klassificeer):
    assert klassificeer(ingeschreven=False, leeftijd=9)["soorten"] == ["absoluut"]


def test_niet_ingeschreven_met_vrijstelling_is_geen_absoluut_verzuim(klassificeer):
    assert klassificeer(ingeschreven=False, vrijstelling=True, leeftijd=9)["soorten"] == []


@pytest.mark.parametrize("leeftijd,absoluut", [(4, False), (5, True), (17, True), (18, False)])
def test_absoluut_verzuim_geldt_van_vijf_tot_achttien_jaar(klassificeer, leeftijd, absoluut):
    u = klassificeer(ingeschreven=False, leeftijd=leeftijd)
    assert ("absoluut" in u["soorten"]) is absoluut


def test_vier_jarige_valt_niet_onder_de_wettelijke_meldplicht_en_verzuimt_niet_relatief(
        klassificeer):
    u = klassificeer(leeftijd=4, ongeoorloofd_uren_4_weken=20)
    assert "relatief" not in u["soorten"] and ("duo", "wet") not in bij(u)
    assert any(x["regel"] == "wet:niet-leerplichtig" for x in u["uitleg"])


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
    assert ("uitschrijving" in {m["plicht"] for m in u["melden"]}) is rmc
    assert ("rmc" in u["soorten"] or "rmc" in {x["regel"][4:] for x in u["uitleg"]}) is rmc


def test_met_startkwalificatie_geen_rmc_melding(klassificeer):
    u = klassificeer(ingeschreven=False, leeftijd=19, startkwalificatie=True)
    assert "uitschrijving" not in {m["plicht"] for m in u["melden"]}


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


def test_elke_wettelijke_melding_noemt_haar_eigen_wet_artikel_en_termijn(klassificeer):
    u = klassificeer(ongeoorloofd_uren_4_weken=20, onderwijs="po")
    (m,) = [m for m in u["melden"] if m["grondslag"] == "wet"]
    assert m["plicht"] == "verzuim-16-uur"
    assert m["grondslag_tekst"] == "verplicht volgens art. 21a, eerste lid, Leerplichtwet 1969"
    assert m["termijn"].startswith("Termijn: de wet noemt geen termijn")
    assert "binnen 5 werkdagen" in m["termijn"] and "norm van de Inspectie" in m["termijn"]


def test_uitgeschreven_jongere_wordt_gemeld_via_de_uitschrijving_niet_via_web_9_2_1(klassificeer):
    u = klassificeer(ingeschreven=False, leeftijd=19)
    (m,) = u["melden"]
    assert m["plicht"] == "uitschrijving" and "Wet register onderwijsdeelnemers" in m["bron"]
    assert "9.2.1" not in m["bron"] and "RMC (Doorstroompunt)" in m["wat"]
    # A basisgegeven delivered to DUO's register (WRO art. 12, first lid), not a report to the RMC.
    assert m["bij"] == "duo" and "geen verzuimmelding" in m["wat"]
    rmc = next(x for x in u["uitleg"] if x["regel"] == "wet:rmc")
    assert "sinds 2026" not in rmc["tekst"] and "Doorstroompunt" in rmc["tekst"]


def test_langdurig_relatief_verzuim_geeft_een_wettelijke_melding_niet_twee(klassificeer):
    u = klassificeer(ongeoorloofd_weken_aaneengesloten=5, ongeoorloofd_uren_4_weken=40,
                     onderwijs="po")
    assert [m["plicht"] for m in u["melden"] if m["grondslag"] == "wet"] == ["verzuim-16-uur"]


@pytest.mark.parametrize("weken,melding", [(3.5, False), (4, True)])
def test_vo_leerling_van_achttien_tot_zevenentwintig_zonder_startkwalificatie_wordt_na_vier_weken_gemeld(
        klassificeer, weken, melding):
    """WVO 2020 art. 8.20, first lid (via WRO art. 12, third lid): the vo school's own duty."""
    u = klassificeer(leeftijd=19, ongeoorloofd_weken_aaneengesloten=weken, onderwijs="vo")
    wet = [m for m in u["melden"] if m["grondslag"] == "wet"]
    assert [m["plicht"] for m in wet] == (["rmc-verzuim-vo"] if melding else [])
    if melding:
        assert wet[0]["bij"] == "duo" and "art. 8.20, eerste lid" in wet[0]["grondslag_tekst"]
        assert "Wet voortgezet onderwijs 2020" in wet[0]["grondslag_tekst"]
        uitleg = next(x for x in u["uitleg"] if x["regel"] == "wet:rmc-verzuim")
        assert "8.20" in uitleg["bron"] and "niet meer onder de Leerplichtwet" in uitleg["tekst"]


# --- Age (art. 3): the school year runs from 1 August to 31 July ---------------------------
# geboortedatum and volledige_schooljaren are read from the situation; these tests call the
# age rule directly so they do not depend on the form accepting the new questions.

def uitkomst_leeftijd(peildatum, **s):
    land = Landelijk()
    status = plichtig(s, peildatum, land)
    return status, land.uitkomsten


@pytest.mark.parametrize("peildatum,verwacht", [
    ("2026-07-31", "leerplichtig"), ("2026-08-01", "kwalificatieplichtig")])
def test_wie_in_mei_zestien_werd_is_leerplichtig_tot_en_met_31_juli_en_daarna_kwalificatieplichtig(
        peildatum, verwacht):
    assert verwacht in uitkomst_leeftijd(peildatum, geboortedatum="2010-05-10")[1]


@pytest.mark.parametrize("geboortedatum,verwacht", [
    ("2010-07-31", "kwalificatieplichtig"), ("2010-08-01", "leerplichtig")])
def test_wie_op_31_juli_zestien_werd_is_in_september_kwalificatieplichtig_wie_op_1_augustus_niet(
        geboortedatum, verwacht):
    assert verwacht in uitkomst_leeftijd("2026-09-01", geboortedatum=geboortedatum)[1]


@pytest.mark.parametrize("peildatum,status", [("2026-03-31", TE_JONG), ("2026-04-01", PLICHTIG)])
def test_leerplicht_begint_de_eerste_schooldag_van_de_maand_na_de_vijfde_verjaardag(
        peildatum, status):
    assert uitkomst_leeftijd(peildatum, geboortedatum="2021-03-15")[0] == status


@pytest.mark.parametrize("peildatum,status", [("2026-12-31", TE_JONG), ("2027-01-01", PLICHTIG)])
def test_wie_in_december_vijf_wordt_is_leerplichtig_vanaf_januari_van_het_volgende_jaar(
        peildatum, status):
    assert uitkomst_leeftijd(peildatum, geboortedatum="2021-12-05")[0] == status


@pytest.mark.parametrize("jaren,verwacht", [(11, "leerplichtig"), (12, "kwalificatieplichtig")])
def test_na_twaalf_volledige_schooljaren_is_de_volledige_leerplicht_voorbij(jaren, verwacht):
    assert verwacht in uitkomst_leeftijd("2026-11-23", leeftijd=15, volledige_schooljaren=jaren)[1]


def test_zestienjarige_zonder_geboortedatum_wordt_niet_kwalificatieplichtig_genoemd():
    land = Landelijk()
    assert plichtig({"leeftijd": 16}, "2026-11-23", land) == PLICHTIG
    assert "kwalificatieplichtig" not in land.uitkomsten
    (uitleg,) = land.uitleg
    assert "hangt het af" in uitleg["tekst"] and "1 augustus 2026" in uitleg["tekst"]


@pytest.mark.parametrize("leeftijd,verwacht", [(15, "leerplichtig"), (17, "kwalificatieplichtig")])
def test_met_alleen_een_leeftijd_is_vijftien_leerplichtig_en_zeventien_kwalificatieplichtig(
        leeftijd, verwacht):
    assert verwacht in uitkomst_leeftijd("2026-11-23", leeftijd=leeftijd)[1]


@pytest.mark.parametrize("peildatum,status", [("2028-07-31", PLICHTIG), ("2028-08-01", VOORBIJ)])
def test_met_startkwalificatie_eindigt_de_plicht_met_het_schooljaar_waarin_de_leerling_zestien_werd(
        peildatum, status):
    assert uitkomst_leeftijd(peildatum, geboortedatum="2012-02-29", startkwalificatie=True)[0] == status


@pytest.mark.parametrize("geboortedatum,rmc", [("1999-11-24", True), ("1999-11-23", False)])
def test_met_geboortedatum_geldt_de_rmc_leeftijd_tot_de_dag_van_de_27e_verjaardag(
        geboortedatum, rmc):
    land = beoordeel({"ingeschreven": False, "geboortedatum": geboortedatum}, "2026-11-23")
    assert ("rmc" in land.uitkomsten) is rmc
    assert [m["plicht"] for m in land.melden] == (["uitschrijving"] if rmc else [])
