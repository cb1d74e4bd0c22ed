"""One national truth: every legal label names a real article of its own law, every legal
report carries one deadline sentence from calculator/wet/, and the national sources agree.

The scan of the built pages is in tests/integratie/test_consistentie_paginas.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from calculator.wet.plichten import (
    GRONDSLAGEN,
    LEZINGEN,
    PLICHTEN,
    WETTEN,
    grondslag_tekst,
    meldzin,
    plicht_van,
    termijn_zin,
)

ROOT = Path(__file__).resolve().parents[2]
KADER = yaml.safe_load((ROOT / "landelijk" / "wettelijk-kader.yaml").read_text("utf-8"))
BEGRIPPEN = yaml.safe_load((ROOT / "landelijk" / "begrippen.yaml").read_text("utf-8"))["begrippen"]
# A full stop followed by a new sentence; "art. 21a" and "1 augustus" are not sentence ends.
NIEUWE_ZIN = re.compile(r"(?<!art)\.\s+[A-Z]")


def artikelen(wet: str) -> set[str]:
    """Article numbers of one law that landelijk/wettelijk-kader.yaml quotes."""
    return {nummer.strip() for a in KADER["artikelen"] if a["wet"] == wet
            for nummer in a["artikel"].split(" en ")}


@pytest.mark.parametrize("plicht", sorted(PLICHTEN))
def test_elke_wettelijke_plicht_noemt_een_bestaand_artikel_van_de_wet_die_ze_noemt(plicht):
    p = PLICHTEN[plicht]
    assert p.wet in WETTEN, p.wet
    assert p.nummer in artikelen(p.wet), (p.wet, p.nummer, sorted(artikelen(p.wet)))
    assert WETTEN[p.wet] in p.url and p.url.endswith(f"#Artikel{p.nummer}"), p.url
    assert grondslag_tekst("wet", plicht) == f"verplicht volgens {p.artikel}, {p.wet}"


@pytest.mark.parametrize("plicht", sorted(PLICHTEN))
@pytest.mark.parametrize("regio", [None, "binnen 2 schooldagen"])
def test_elke_wettelijke_melding_heeft_precies_een_termijnzin(plicht, regio):
    zin = termijn_zin(plicht, regio)
    assert zin.startswith("Termijn: ") and zin.endswith(".") and not NIEUWE_ZIN.search(zin), zin
    assert PLICHTEN[plicht].wet in zin and PLICHTEN[plicht].artikel in zin
    if regio:
        assert f"{regio} (afspraak van de regio)" in zin


@pytest.mark.parametrize("plicht", sorted(PLICHTEN))
def test_de_meldzin_is_een_zin_met_wet_en_artikel(plicht):
    zin = meldzin(plicht)
    assert not NIEUWE_ZIN.search(zin) and zin.endswith(f"({PLICHTEN[plicht].artikel}, "
                                                      f"{PLICHTEN[plicht].wet}).")


def test_een_norm_heet_norm_en_nooit_wet():
    met_norm = [p for p in PLICHTEN.values() if p.norm]
    assert met_norm, "de Inspectienorm bij de 16-urenmelding ontbreekt"
    for p in met_norm:
        zin = termijn_zin(p.id)
        assert f"norm van de {p.norm.van.split()[0]}, pagina “{p.norm.pagina}”, geen wetsartikel" in zin
        assert zin.index("de wet") < zin.index(p.norm.tekst), "eerst de wet, dan de norm"


def test_de_zestienurenmelding_noemt_geen_wettelijke_termijn_en_wel_de_inspectienorm():
    zin = termijn_zin("verzuim-16-uur")
    assert "de wet noemt geen termijn" in zin
    assert "onverwijld (binnen 5 werkdagen) na het overschrijden van de grens van 16 uur" in zin


def test_de_wet_zegt_alleen_onverwijld_of_terstond_waar_het_artikel_dat_zegt():
    """The article text in landelijk/ decides: 'onverwijld' only where the quoted article
    says it (the schorsing notice of WPO 40c, WVO 2020 8.14, WEC 40a), never for art. 21a."""
    tekst = {a["plicht"]: " ".join(a["tekst"].split()) for a in KADER["artikelen"] if a.get("plicht")}
    for p in PLICHTEN.values():
        for woord in ("onverwijld", "terstond"):
            if woord in p.termijn_wet:
                assert woord in tekst[p.id], (p.id, woord)
    assert "onverwijld" not in PLICHTEN["verzuim-16-uur"].termijn_wet
    assert PLICHTEN["verwijdering"].termijn_wet == "de wet zegt: terstond"
    assert PLICHTEN["schorsing-po"].termijn_wet == "de wet zegt: onverwijld"


def test_kader_artikelen_met_een_plicht_verwijzen_naar_die_plicht():
    gekoppeld = [a for a in KADER["artikelen"] if a.get("plicht")]
    assert {a["plicht"] for a in gekoppeld} == set(PLICHTEN)
    for a in gekoppeld:
        p = PLICHTEN[a["plicht"]]
        assert a["wet"] == p.wet and p.nummer in a["artikel"].split(" en "), a["id"]


def test_begrippen_verwijzen_naar_bestaande_plichten_en_lezingen_en_hebben_synoniemen():
    for b in BEGRIPPEN:
        assert b.get("synoniemen"), b["term"]
        assert b.get("plicht") in (None, *PLICHTEN), b["term"]
        assert b.get("lezing") in (None, *LEZINGEN), b["term"]
    assert any(b.get("plicht") == "verzuim-16-uur" for b in BEGRIPPEN)


def test_geen_termijn_in_de_landelijke_teksten_behalve_via_de_plichten():
    """Begrippen and Wettelijk kader must not state a deadline of their own."""
    teksten = [b["uitleg"] for b in BEGRIPPEN] + [a.get("samenvatting", "")
                                                   for a in KADER["artikelen"]]
    for tekst in teksten:
        vlak = " ".join(tekst.split())
        assert "meld dus zo snel mogelijk" not in vlak
        assert not re.search(r"\bonverwijld\b", vlak) or "geldt dus niet meer" in vlak, vlak[:120]


def test_doorstroompunt_zonder_jaartal_2026_en_geen_verouderde_verwijzingen():
    for pad in (ROOT / "landelijk").glob("*.yaml"):
        tekst = " ".join(pad.read_text("utf-8").split())
        assert "notes/wet.md" not in tekst, pad.name
        assert "rekent nog met 23" not in tekst, pad.name
        assert not re.search(r"sinds 2026[^.]{0,40}Doorstroompunt|Doorstroompunt[^.]{0,40}sinds 2026",
                             tekst), pad.name


# --- The calculator's results -------------------------------------------------------------

SITUATIES = [
    {"ongeoorloofd_uren_4_weken": 16, "onderwijs": "po"},
    {"ongeoorloofd_uren_4_weken": 30, "luxe": True, "onderwijs": "po"},
    {"ongeoorloofd_uren_4_weken": 3, "luxe": True, "onderwijs": "po"},
    {"ongeoorloofd_uren_4_weken": 3, "rond_vakantie": True, "onderwijs": "vo"},
    {"ongeoorloofd_weken_aaneengesloten": 6, "ongeoorloofd_uren_4_weken": 60, "onderwijs": "vo"},
    {"ingeschreven": False, "leeftijd": 9},
    {"ingeschreven": False, "leeftijd": 20},
    {"leeftijd": 20, "ongeoorloofd_weken_aaneengesloten": 5, "onderwijs": "vo"},
    {"leeftijd": 4, "ongeoorloofd_uren_4_weken": 20},
    {"leeftijd": 16, "ongeoorloofd_uren_4_weken": 20, "onderwijs": "vo"},
]


@pytest.mark.parametrize("situatie", SITUATIES)
def test_elke_wettelijke_melding_van_de_rekenhulp_komt_uit_de_plichten(klassificeer, situatie):
    u = klassificeer(**situatie)
    wettelijk = [m for m in u["melden"] if m["grondslag"] == "wet"]
    for m in u["melden"]:
        assert m["grondslag"] in GRONDSLAGEN, m
    for m in wettelijk:
        p = PLICHTEN[m["plicht"]]
        assert m["grondslag_tekst"] == grondslag_tekst("wet", p.id)
        assert m["termijn"] == termijn_zin(p.id), "één termijnzin per wettelijke melding"
        assert p.wet in m["bron"] and p.nummer in m["bron"] and m["url"] == p.url
    plichten = [m["plicht"] for m in wettelijk]
    assert len(plichten) == len(set(plichten)), "dezelfde wettelijke melding twee keer"


@pytest.mark.parametrize("situatie", SITUATIES)
def test_geen_uitleg_van_de_rekenhulp_zegt_dat_de_wet_onverwijld_zegt(klassificeer, situatie):
    for x in klassificeer(**situatie)["uitleg"]:
        tekst = x["tekst"]
        assert "zo snel mogelijk" not in tekst and "landelijke advies" not in tekst, tekst
        assert "onverwijld" not in tekst or "binnen 5 werkdagen" in tekst, tekst
        assert "sinds 2026 heet" not in tekst, tekst


def test_luxe_onder_zestien_uur_is_nooit_een_wettelijke_melding(klassificeer):
    u = klassificeer(luxe=True, ongeoorloofd_uren_4_weken=15, onderwijs="po")
    assert [m["grondslag"] for m in u["melden"]] == ["norm"]


def test_absoluut_verzuim_is_geen_meldplicht_van_de_school(klassificeer):
    u = klassificeer(ingeschreven=False, leeftijd=9)
    assert "absoluut" in u["soorten"] and not [m for m in u["melden"] if m["grondslag"] == "wet"]


@pytest.mark.parametrize("melding,plicht", [
    ({"bij": "duo", "grondslag": "wet"}, "verzuim-16-uur"),
    ({"bij": "rmc", "grondslag": "wet"}, None),
    ({"bij": "duo", "grondslag": "regio"}, None),
    ({"bij": "rmc", "grondslag": "wet", "plicht": "uitschrijving"}, "uitschrijving"),
    ({"bij": "duo", "grondslag": "wet", "plicht": "bestaat-niet"}, None),
])
def test_een_regionale_wettelijke_melding_leest_haar_plicht_volgens_het_contract(melding, plicht):
    assert plicht_van(melding) == plicht
    tekst = grondslag_tekst(melding["grondslag"], plicht_van(melding))
    assert "Leerplichtwet" not in tekst or plicht == "verzuim-16-uur"


def test_de_getallen_in_de_meldzinnen_zijn_de_geldende_parameters():
    """The sentences and parameters.json both hold the law's numbers: they must agree today."""
    from calculator.wet.parameters import parameter
    vandaag = "2026-11-23"
    zestien = PLICHTEN["verzuim-16-uur"].zin
    assert f"{parameter('melding_uren', vandaag).waarde:g} uur" in zestien
    assert f"{parameter('melding_lesweken', vandaag).waarde:g} opeenvolgende lesweken" in zestien
    assert f"jonger is dan {parameter('rmc_eindleeftijd', vandaag).waarde:g} jaar" in \
        PLICHTEN["rmc-verzuim"].zin
