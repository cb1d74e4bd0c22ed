"""The quick YAML reading in bron/lezen.py gives exactly what PyYAML's loader gives."""

from __future__ import annotations

import pytest
import yaml
from bron.lezen import _laad, _Loader
from bron.paden import ROOT

BESTANDEN = sorted([*ROOT.glob("regions/**/*.yaml"), *ROOT.glob("landelijk/*.yaml"),
                    *ROOT.glob("tests/**/*.yaml")])


def _gelijk(a, b) -> bool:
    """Equal, with the same types all the way down (True == 1 would hide a wrong type)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_gelijk(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_gelijk, a, b))
    return a == b


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: str(p.relative_to(ROOT)))
def test_elk_bestand_van_het_project(pad):
    tekst = pad.read_text("utf-8")
    assert _gelijk(_laad(tekst), yaml.load(tekst, Loader=_Loader))


@pytest.mark.parametrize("tekst", [
    "a: 1\nb: 1.5\nc: true\nd: null\ne: ~\nf: 2026-01-01\ng: '3'\nh: 0x1F\ni: .inf\n",
    "- een\n- [twee, 3]\n- {vier: 4}\n",
    "basis: &b {x: 1}\nook: *b\n",
    "basis: &b {x: 1}\nsamen:\n  <<: *b\n  y: 2\n",  # merge key: the full loader
    "? [samengesteld]\n: sleutel\n",                   # a list as key: the full loader
    "getal: !!str 12\nlijst: !!set {a, b}\n",          # explicit tags
    "1: een\nja: true\n",
    "",
    "tekst: |\n  regel een\n  regel twee\n",
])
def test_randgevallen(tekst):
    try:
        verwacht = yaml.load(tekst, Loader=_Loader)
    except yaml.YAMLError:
        with pytest.raises(yaml.YAMLError):
            _laad(tekst)
        return
    assert _gelijk(_laad(tekst), verwacht)
