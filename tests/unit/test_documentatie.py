"""The editors' docs list every question and every national outcome from the engine's own lists
(scripts/documentatie.py), so they cannot drift; and what they say about an outcome holds."""

from __future__ import annotations

import json

import documentatie
import pytest
from bron.paden import SCHEMA

from calculator.gebruik import omrekenen
from calculator.invoer import lees_situatie
from calculator.vragen import VRAGEN
from calculator.wet.leerplichtwet import beoordeel
from calculator.wet.uitkomsten import UITKOMSTEN
from tests.unit.conftest import PEILDATUM


@pytest.mark.parametrize("pad", documentatie.BESTANDEN, ids=lambda p: p.name)
def test_tabellen_in_de_documentatie_zijn_bij(pad):
    tekst = pad.read_text("utf-8")
    for naam in documentatie.BLOKKEN:
        assert f"<!-- begin: {naam} " in tekst, f"{pad}: blok {naam} ontbreekt"
    assert documentatie.bijgewerkt(tekst) == tekst, (
        f"{pad}: de tabellen verschillen van de rekenhulp; draai 'make documentatie'")


def test_elke_vraag_staat_in_de_tabel():
    tabel = documentatie.vragen_tabel()
    assert all(f"| `{veld}` |" in tabel for veld in VRAGEN)
    assert "`geboortedatum`" in tabel and "`volledige_schooljaren`" in tabel


def test_elke_landelijke_uitkomst_van_het_schema_heeft_zijn_uitleg():
    schema = json.loads(SCHEMA.read_text("utf-8"))
    assert set(UITKOMSTEN) == set(schema["$defs"]["voorwaarde"]["properties"]["landelijk"]["enum"])
    invoer = schema["$defs"]["drempel"]["properties"]["invoer"]["enum"]
    assert set(invoer) <= {v for v, q in VRAGEN.items() if q.soort == "getal"}


def _uitkomsten(voorbeeld, **s) -> set[str]:
    """The national outcomes a region's rules see ('landelijk:'), as the engine computes them."""
    situatie = lees_situatie({"peildatum": PEILDATUM, "onderwijs": "po", **s}, voorbeeld)
    situatie, _ = omrekenen(situatie, voorbeeld)
    return beoordeel(situatie, situatie["peildatum"]).uitkomsten


@pytest.mark.parametrize(("situatie", "wel", "niet"), [
    # A child of 4 is never relatief (the old README said 'ingeschreven + uren > 0').
    ({"leeftijd": 4, "ongeoorloofd_uren_4_weken": 20}, {"niet-leerplichtig"},
     {"relatief", "melding-16-uur"}),
    # Age unknown: not 'leerplichtig', but the 16-hour report applies.
    ({"ongeoorloofd_uren_4_weken": 16}, {"relatief", "signaal", "melding-16-uur"}, {"leerplichtig"}),
    # Past the leerplicht, relatief still fires; the reports do not.
    ({"leeftijd": 19, "ongeoorloofd_uren_4_weken": 16}, {"relatief", "niet-leerplichtig"},
     {"melding-16-uur", "rmc"}),
    ({"leeftijd": 19, "ingeschreven": False}, {"rmc"}, {"absoluut"}),
    ({"leeftijd": 9, "ziektedagen_4_weken": 2}, {"geoorloofd", "leerplichtig"}, set()),
    ({"leeftijd": 9, "rond_vakantie": True}, {"signaal", "melding-vakantie"}, {"luxe"}),
    # Weeks away alone: 'langer dan vier weken', and no legal report without the hours.
    ({"leeftijd": 9, "ongeoorloofd_weken_aaneengesloten": 4}, {"relatief"},
     {"langdurig-relatief", "melding-16-uur"}),
    ({"leeftijd": 9, "ongeoorloofd_weken_aaneengesloten": 5}, {"langdurig-relatief"},
     {"melding-16-uur"}),
    ({"leeftijd": 9, "ongeoorloofd_uren_4_weken": 20}, {"melding-16-uur", "signaal"}, {"luxe"}),
    ({"leeftijd": 19, "ongeoorloofd_uren_4_weken": 20}, {"relatief", "signaal"}, {"melding-16-uur"}),
])
def test_wat_de_tabel_zegt_klopt_met_de_rekenhulp(voorbeeld, situatie, wel, niet):
    uit = _uitkomsten(voorbeeld, **situatie)
    assert wel <= uit and not niet & uit, uit
