"""Contract C1: one deadline line per action, carrying its own basis."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from calculator.wet.plichten import (  # noqa: E402
    GRONDSLAG_LABELS,
    GRONDSLAGEN,
    PLICHTEN,
    Termijn,
    termijn,
)


def test_de_termijn_van_de_regio_gaat_voor_en_heet_regio():
    t = termijn("verzuim-16-uur", "binnen 2 schooldagen.")
    assert t == Termijn("Binnen 2 schooldagen", "regio", t.bron, None)
    assert "wet" not in t.bron.lower() and "art." not in t.tekst


def test_zonder_regio_de_norm_van_de_inspectie_met_bron():
    t = termijn("verzuim-16-uur", None)
    assert t is not None and t.grondslag == "norm"
    assert "5 werkdagen" in t.tekst and "Inspectie" in t.bron
    assert "wet noemt geen termijn" not in t.tekst  # the law's silence is a reason, not a line


def test_een_termijn_die_de_wet_zelf_noemt_heet_wet():
    t = termijn("verwijdering", None)
    assert t is not None and t.grondslag == "wet" and t.tekst.startswith("Terstond")
    assert PLICHTEN["verwijdering"].artikel in t.bron and t.url == PLICHTEN["verwijdering"].url


@pytest.mark.parametrize("plicht", ["uitschrijving", "rmc-verzuim", None, "onbekend"])
def test_zonder_termijn_geen_regel(plicht):
    assert termijn(plicht, None) is None
    assert termijn(plicht, "  ") is None


def test_een_regel_zegt_nooit_twee_keer_termijn():
    t = termijn(None, "Termijn: onmiddellijk melden.")
    assert t is not None and t.tekst == "Onmiddellijk melden" and t.grondslag == "regio"


def test_termijn_is_onveranderlijk_en_elke_grondslag_heeft_een_label():
    t = termijn("verzuim-16-uur", None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.tekst = "x"  # type: ignore[misc]
    assert set(GRONDSLAG_LABELS) == {"wet", "regio", "norm", "advies"} <= set(GRONDSLAGEN)
    assert all(v[:1].isupper() for v in GRONDSLAG_LABELS.values())
