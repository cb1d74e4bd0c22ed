"""Versions: the guard, publishing, and 'wat is er veranderd' computed from the data."""

import shutil

import publiceer
import pytest
import regios
import versies
from regios import RegioFouten, laad_alle, laad_regio, lees_yaml
from verschil import verschillen

from tests.unit.conftest import FIXTURE


@pytest.fixture
def regio_map(tmp_path, monkeypatch):
    root = tmp_path / "regions"
    map_ = root / "voorbeeld"
    shutil.copytree(FIXTURE, map_)
    (map_ / "archief").mkdir()
    shutil.copyfile(map_ / "regio.yaml", map_ / "archief" / "1.yaml")
    monkeypatch.setattr(regios, "REGIONS", root)
    monkeypatch.setattr(publiceer, "REGIONS", root)
    return map_


def wijzig(map_, *paren):
    pad = map_ / "regio.yaml"
    tekst = pad.read_text("utf-8")
    for oud, nieuw in paren:
        assert oud in tekst, oud
        tekst = tekst.replace(oud, nieuw, 1)
    pad.write_text(tekst, "utf-8")


def guard_fouten(root):
    with pytest.raises(RegioFouten) as fout:
        laad_alle(root)
    return [f.tekst for f in fout.value.fouten]


def test_gepubliceerde_ongewijzigde_regio_is_in_orde(regio_map):
    assert "voorbeeld" in laad_alle(regio_map.parent)


def test_inhoud_wijzigen_zonder_nieuwe_versie_faalt_met_wat_te_doen(regio_map):
    wijzig(regio_map, ("    waarde: 5", "    waarde: 6"))
    tekst, = guard_fouten(regio_map.parent)
    assert "versie 1 is al gepubliceerd" in tekst
    assert "publicatie.versie naar 2" in tekst and "make publiceer REGIO=voorbeeld" in tekst


def test_nieuwe_versie_met_oude_wijzigingen_faalt(regio_map):
    wijzig(regio_map, ("    waarde: 5", "    waarde: 6"), ('versie: "1"', 'versie: "2"'))
    tekst, = guard_fouten(regio_map.parent)
    assert "beschrijf wat er in versie 2 verandert" in tekst


def test_nieuwe_versie_moet_gepubliceerd_worden(regio_map):
    wijzig(regio_map, ("    waarde: 5", "    waarde: 6"), ('versie: "1"', 'versie: "2"'),
           ("wijzigingen: [Eerste versie.]", "wijzigingen: [Drempel naar 6 ziekmeldingen.]"))
    tekst, = guard_fouten(regio_map.parent)
    assert "nog niet gepubliceerd" in tekst
    assert publiceer.main("voorbeeld") == 0
    assert (regio_map / "archief" / "2.yaml").exists()
    assert set(versies.archief(regio_map)) == {"1", "2"}
    assert "voorbeeld" in laad_alle(regio_map.parent)


def test_publiceren_weigert_wijziging_zonder_versie(regio_map):
    wijzig(regio_map, ("    waarde: 5", "    waarde: 6"))
    assert publiceer.main("voorbeeld") == 1
    assert not (regio_map / "archief" / "2.yaml").exists()


def test_lagere_versie_faalt(regio_map):
    shutil.copyfile(regio_map / "regio.yaml", regio_map / "archief" / "1.yaml")
    wijzig(regio_map, ('versie: "1"', 'versie: "0.9"'),
           ("wijzigingen: [Eerste versie.]", "wijzigingen: [Terug.]"))
    assert any("lager" in t for t in guard_fouten(regio_map.parent))


def test_wat_is_er_veranderd_in_termen_van_de_routekaart(regio_map):
    oud = laad_regio(regio_map)
    wijzig(regio_map,
           ("    waarde: 5", "    waarde: 4"),
           ("    naam: JGZ", "    naam: Jeugdgezondheidszorg"),
           ("      - id: \"3\"\n        titel: Melden bij leerplicht\n        partijen: [school]",
            "      - id: \"3\"\n        titel: Melden bij leerplicht\n        partijen: [school]\n"
            "        termijnen: [{tekst: binnen 2 weken, waarde: 2, eenheid: weken}]\n"
            "      - id: \"4\"\n        titel: Gesprek met leerplicht\n        partijen: [school]\n"
            "        bron: {sectie: Stap 4}"))
    nieuw = lees_yaml((regio_map / "regio.yaml").read_text("utf-8"))
    items = verschillen(oud, nieuw)
    assert ("Drempel 5e ziekmelding in een schooljaar: ≥ 5 ziekmeldingen per schooljaar → "
            "≥ 4 ziekmeldingen per schooljaar") in items
    assert "Partij hernoemd: JGZ → Jeugdgezondheidszorg" in items
    assert "Stap 4 toegevoegd (Ongeoorloofd verzuim): Gesprek met leerplicht" in items
    assert "Stap 3 (Ongeoorloofd verzuim): termijn: toegevoegd “binnen 2 weken”" in items
    assert verschillen(oud, oud) == []


def test_oude_versie_wordt_een_leesbare_pagina_zonder_rekenhulpknop(regio_map):
    """An archived version sits one folder deeper; it must not carry the current page's relative
    Rekenhulp link (it would point to routekaart/rekenhulp/, which does not exist)."""
    import generate
    import pagina_regio

    wijzig(regio_map, ("    waarde: 5", "    waarde: 6"), ('versie: "1"', 'versie: "2"'),
           ("wijzigingen: [Eerste versie.]", "wijzigingen: [Drempel naar 6 ziekmeldingen.]"))
    assert publiceer.main("voorbeeld") == 0
    huidig = laad_regio(regio_map)
    bestanden = generate._versies(huidig, versies.archief(regio_map))
    oud = bestanden["voorbeeld/versie-1/index.md"]
    assert "Dit is versie 1" in oud
    assert "rekenhulp/?regio=" not in oud
    assert "rekenhulp/?regio=voorbeeld" in pagina_regio.overzicht_pagina(huidig)
