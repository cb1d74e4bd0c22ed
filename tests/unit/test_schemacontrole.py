"""The quick schema check (fastjsonschema) never accepts what jsonschema rejects.

generate.py trusts the compiled check when it passes and only asks jsonschema (for the Dutch
list of problems) when it fails; so a leak here would publish a broken region. Every real
region is broken in many small ways (each key removed, each value given a wrong type, an
unknown key added) and both checks must agree on every broken copy.
"""

from __future__ import annotations

import copy

import fastjsonschema
import pytest
from bron.paden import REGIONS
from bron.regios import laad_regio, regio_mappen
from bron.schema import _snelle_controle, schemafouten, validator

VERKEERDE_WAARDEN = [None, 7, -1, 2.5, "", "x", True, [], {}, ["x"], {"x": 1}]


def _paden(knoop, pad=()):
    yield pad
    if isinstance(knoop, dict):
        for k, v in knoop.items():
            yield from _paden(v, pad + (k,))
    elif isinstance(knoop, list):
        for i, v in enumerate(knoop):
            yield from _paden(v, pad + (i,))


def _zet(data, pad, waarde=None, weg=False):
    """A copy of ``data`` with one value changed; only the containers on the path are copied."""
    kopie = ouder = copy.copy(data)
    for deel in pad[:-1]:
        ouder[deel] = copy.copy(ouder[deel])
        ouder = ouder[deel]
    if weg:
        del ouder[pad[-1]]
    else:
        ouder[pad[-1]] = waarde
    return kopie


def _gebroken(data):
    """Copies of ``data`` with one thing wrong each (about 60 paths, spread over the file)."""
    alle = [p for p in _paden(data) if p]
    paden = alle[::max(1, len(alle) // 60)]
    for i, pad in enumerate(paden):
        if isinstance(pad[-1], str):
            yield _zet(data, pad, weg=True)
        yield _zet(data, pad, VERKEERDE_WAARDEN[i % len(VERKEERDE_WAARDEN)])
    for pad in paden:
        doel = data
        for deel in pad:
            doel = doel[deel]
        if isinstance(doel, dict):
            yield _zet(data, pad + ("onbekend_veld",), "x")


def _snel_geldig(data) -> bool:
    try:
        _snelle_controle()(data)
        return True
    except fastjsonschema.JsonSchemaException:
        return False


@pytest.mark.parametrize("map_", regio_mappen(REGIONS), ids=lambda m: m.name)
def test_snelle_controle_laat_niets_door_wat_jsonschema_weigert(map_):
    data = laad_regio(map_)
    assert _snel_geldig(data) and not list(validator().iter_errors(data))
    gebroken = weigert = 0
    for kopie in _gebroken(data):
        gebroken += 1
        fout = next(validator().iter_errors(kopie), None)
        if fout is not None:
            weigert += 1
            assert not _snel_geldig(kopie), (fout.json_path, fout.message)
    assert gebroken > 100 and weigert > gebroken / 3  # the copies really were broken


def test_schemafouten_zegt_in_het_nederlands_wat_er_mis_is():
    data = laad_regio(regio_mappen(REGIONS)[0])
    assert schemafouten(data) == []
    kopie = copy.deepcopy(data)
    del kopie["naam"]
    kopie["sectoren"] = "po"
    fouten = dict(schemafouten(kopie))
    assert fouten[()] == "verplicht veld ontbreekt: naam."
    assert fouten[("sectoren",)].startswith("moet lijst zijn")
