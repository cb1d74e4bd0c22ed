"""The second law audit (issue 23): each corrected statement, asserted on calculator/wet/,
landelijk/ and the engine's results. The article texts quoted in landelijk/wettelijk-kader.yaml
are the ones read; the tests check that the sentences built on them say what those texts say.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from calculator.wet.leerplichtwet import beoordeel
from calculator.wet.parameters import parameter
from calculator.wet.plichten import LEZINGEN, MELDPUNTEN, PLICHTEN, WETTEN, termijn
from calculator.wet.plichtig import plichtig

ROOT = Path(__file__).resolve().parents[2]
KADER = {a["id"]: a for a in yaml.safe_load(
    (ROOT / "landelijk" / "wettelijk-kader.yaml").read_text("utf-8"))["artikelen"]}
BEGRIPPEN = {b["term"]: b for b in yaml.safe_load(
    (ROOT / "landelijk" / "begrippen.yaml").read_text("utf-8"))["begrippen"]}
PARAMETERS = json.loads((ROOT / "calculator" / "wet" / "parameters.json").read_text("utf-8"))
PEIL = "2026-11-23"


def vlak(tekst: str) -> str:
    return " ".join(tekst.split())


# Item 1: a suspension notice is a duty of the onderwijswetten, in po, vo and (v)so.
@pytest.mark.parametrize("plicht,wet,artikel", [
    ("schorsing-po", "Wet op het primair onderwijs", "40c"),
    ("schorsing-vo", "Wet voortgezet onderwijs 2020", "8.14"),
    ("schorsing-so", "Wet op de expertisecentra", "40a"),
])
def test_schorsing_langer_dan_een_dag_is_een_wettelijke_melding_aan_de_inspectie(plicht, wet, artikel):
    p = PLICHTEN[plicht]
    assert (p.wet, p.nummer, p.bij) == (wet, artikel, "inspectie")
    assert WETTEN[wet] in p.url
    tekst = vlak(next(a["tekst"] for a in KADER.values() if a.get("plicht") == plicht))
    assert "langer dan één dag" in tekst and "onverwijld" in tekst and "schriftelijk" in tekst
    assert "langer dan één dag" in p.zin and "schriftelijk" in p.zin
    # The law's own term, with the law as its basis (contract C1).
    t = termijn(plicht, None)
    assert t is not None and t.grondslag == "wet" and t.tekst.startswith("Onverwijld")
    assert MELDPUNTEN["inspectie"] == "Inspectie van het Onderwijs"


# Item 2: the vo school reports a pupil of 18 to 27 without startkwalificatie (WVO 2020 8.20).
def test_vo_meldplicht_achttien_plus_staat_in_wvo_8_20_via_wro_12_derde_lid():
    p = PLICHTEN["rmc-verzuim-vo"]
    assert (p.wet, p.artikel, p.bij) == ("Wet voortgezet onderwijs 2020", "art. 8.20, eerste lid", "duo")
    tekst = vlak(KADER["wvo-8.20"]["tekst"])
    assert "ten minste vier aaneengesloten weken" in tekst
    assert "artikel 12, derde lid, van de Wet register onderwijsdeelnemers" in tekst
    land = beoordeel({"onderwijs": "vo", "leeftijd": 20, "ongeoorloofd_weken_aaneengesloten": 4}, PEIL)
    assert [m["plicht"] for m in land.melden] == ["rmc-verzuim-vo"]


# Item 5: an uitschrijving is a basisgegeven delivered to DUO's register, not a report to the RMC.
def test_uitschrijving_en_achttien_plus_meldingen_gaan_naar_het_register_van_duo():
    for plicht in ("uitschrijving", "rmc-verzuim", "rmc-verzuim-vo"):
        assert PLICHTEN[plicht].bij == "duo", plicht
    assert "verzuimregister" not in MELDPUNTEN["duo"]  # the register holds basisgegevens too
    land = beoordeel({"ingeschreven": False, "leeftijd": 19}, PEIL)
    (m,) = land.melden
    assert m["bij"] == "duo" and "basisgegeven" in m["wat"] and "geen verzuimmelding" in m["wat"]


# Items 7 and 8: one wording for LRV, its real source, its real date.
def test_langdurig_relatief_verzuim_is_langer_dan_vier_weken_sinds_de_kamerbrief_van_2016():
    lrv = PARAMETERS["langdurig_relatief_weken"]
    assert lrv["vergelijking"] == ">" and list(lrv["waarden"]) == ["2016-02-03"]
    waarde = lrv["waarden"]["2016-02-03"]
    assert "relatief verzuim langer dan vier weken" in waarde["citaat"]
    assert "kst-26695-108" in waarde["url"]
    duo = [x for x in lrv["lezingen"] if x["bron"].startswith("DUO")]
    assert duo and all("duo.nl" in x["url"] for x in duo), "a DUO quote links to DUO, not Vensters"
    assert parameter("langdurig_relatief_weken", "2016-02-03").geldig_vanaf == "2016-02-03"
    uitleg = vlak(BEGRIPPEN["Langdurig relatief verzuim"]["uitleg"])
    assert "langer dan vier weken" in uitleg and "vier weken of langer" not in uitleg
    assert "langer dan vier weken" in vlak(KADER["art-25"]["samenvatting"])


def test_voor_3_februari_2016_kent_de_rekenhulp_geen_langdurig_relatief_verzuim():
    land = beoordeel({"leeftijd": 12, "ongeoorloofd_weken_aaneengesloten": 6,
                      "ongeoorloofd_uren_4_weken": 60}, "2015-09-01")
    assert "langdurig-relatief" not in land.soorten
    assert [m["plicht"] for m in land.melden] == ["verzuim-16-uur"]


# Item 9: DUO's list of "wettelijk verplicht" reports, attributed to the page that has it.
def test_de_lijst_van_duo_staat_op_de_pagina_die_haar_noemt_met_haar_adres():
    lezing = LEZINGEN["luxe-onder-16-uur"]
    assert "verzuim-digitaal-melden.jsp" in lezing["bron"]
    assert "Holland Rijnland" in lezing["tegenstem"] and "algemene pagina" in lezing["tegenstem"]


# Item 10: art. 13b is about a young person not living with the parents; majority is art. 1b.
def test_ziekmelding_door_de_jongere_zelf_art_13b_en_meerderjarig_art_1b():
    tekst = vlak(KADER["art-12"]["samenvatting"])
    assert "meerderjarige jongere zelf, art. 13b" not in tekst
    assert "niet meer bij hen" in tekst and "art. 1b" in tekst


# Item 11: in 2020 art. 21a already covered the funded schools, with art. 21b's transition.
def test_geschiedenis_van_art_21_en_21a_volgt_de_versie_van_2020():
    tekst = vlak(KADER["art-21a"]["samenvatting"])
    assert "meldden de andere scholen via art. 21" not in tekst
    assert "1 juli 2020" in tekst and "21b" in tekst and "onder 3 en 4" in tekst


# Item 12: art. 25 has two leden, both for the gemeente; the school's old third lid is named.
def test_artikel_25_heeft_twee_leden_voor_de_gemeente():
    assert "3 " not in [regel[:2] for regel in KADER["art-25"]["tekst"].splitlines()]
    tekst = vlak(KADER["art-25"]["samenvatting"])
    assert "twee leden" in tekst and "1 juli 2020" in tekst


# Item 13: the browser form asks the age only; no answer promises what a birth date would do.
@pytest.mark.parametrize("leeftijd", [5, 16])
def test_de_uitleg_belooft_niets_met_een_geboortedatum_die_het_formulier_niet_vraagt(leeftijd):
    uitkomsten: list[str] = []

    class Vang:
        def vuur(self, regel, tekst, *args, **kwargs):
            uitkomsten.append(tekst)

    plichtig({"leeftijd": leeftijd}, PEIL, Vang())
    assert uitkomsten and not any("geboortedatum" in t for t in uitkomsten)
    assert "geboortedatum" not in vlak(KADER["art-3"]["samenvatting"]).split("formulier")[1]


# Item 17: a vrijstelling follows from the parents' notice to the gemeente (art. 6).
def test_vrijstelling_volgt_uit_de_kennisgeving_van_de_ouders():
    uitleg = vlak(BEGRIPPEN["Vrijstelling"]["uitleg"])
    assert "art. 6" in uitleg and "burgemeester en wethouders" in uitleg
    formulier = (ROOT / "docs" / "rekenhulp.md").read_text("utf-8")
    assert "geeft de leerplichtambtenaar af" not in formulier and "(artikel 6)" in formulier


# Item 19: the law speaks of regions set by ministerial regulation, not of "RMC-regio's".
def test_de_wet_spreekt_van_regios_bij_ministeriele_regeling_niet_van_rmc_regios():
    teksten = [vlak(b["uitleg"]) for b in BEGRIPPEN.values()] + \
        [vlak(a.get("samenvatting", "")) for a in KADER.values()]
    assert not any("spreekt van RMC-regio" in t for t in teksten)
    assert "bij ministeriële regeling vastgestelde regio" in vlak(BEGRIPPEN["RMC (Doorstroompunt)"]["uitleg"])
    assert "staan niet in art. 9.2.1" in vlak(KADER["web-9.2.1"]["samenvatting"])


# The Inspectie's page is named with its address wherever its 5-werkdagen norm is the deadline.
def test_de_inspectienorm_noemt_het_adres_van_de_pagina_van_de_inspectie():
    from calculator.wet.plichten import INSPECTIE_16_UUR
    assert INSPECTIE_16_UUR.url and INSPECTIE_16_UUR.url.startswith("https://www.onderwijsinspectie.nl/")
    t = termijn("verzuim-16-uur", None)
    assert t is not None and t.grondslag == "norm" and t.url == INSPECTIE_16_UUR.url


def test_voor_het_vso_noemt_de_uitleg_wec_47b_tot_23_jaar_en_een_maand():
    """The form's "vo" includes vso, where WEC art. 47b (read 2026-08-01) still says 23 and a month."""
    tekst = vlak(KADER["wec-47b"]["tekst"])
    assert "ten minste een maand" in tekst and "artikel 47a, eerste lid, onderdelen a en b" in tekst
    p = PLICHTEN["rmc-verzuim-so"]
    assert (p.wet, p.nummer, p.bij) == ("Wet op de expertisecentra", "47b", "duo")
    assert "jonger is dan 23 jaar" in p.zin and "een maand" in p.zin
    land = beoordeel({"onderwijs": "vo", "leeftijd": 20, "ongeoorloofd_weken_aaneengesloten": 5}, PEIL)
    uitleg = next(x["tekst"] for x in land.uitleg if x["regel"] == "wet:rmc-verzuim")
    assert "voortgezet speciaal onderwijs" in uitleg and "art. 47b" in uitleg
