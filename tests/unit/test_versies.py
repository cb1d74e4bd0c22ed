"""Versions: the guard, publishing, and 'wat is er veranderd' computed from the data."""

import re
import shutil

import publiceer
import pytest
from bron import regios, versies
from bron.fouten import RegioFouten
from bron.lezen import lees_yaml
from bron.regios import laad_alle, laad_regio
from paginas.verschil import verschillen

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
    assert ("Ziekteverzuim (Stap 2: Verwijzen naar JGZ): drempel nu vanaf 4 ziekmeldingen per "
            "schooljaar (was: 5 ziekmeldingen per schooljaar).") in items
    assert "Partij hernoemd: JGZ → Jeugdgezondheidszorg" in items
    assert "Nieuwe stap in Ongeoorloofd verzuim: Stap 4: Gesprek met leerplicht. Wie: School." in items
    assert "Stap 3 (Ongeoorloofd verzuim): nieuwe termijn: “binnen 2 weken”" in items
    assert verschillen(oud, oud) == []


def test_oude_versie_wordt_een_leesbare_pagina_zonder_rekenhulpknop(regio_map):
    """An archived version is one page beside the current ones; it must not carry the current page's
    Rekenhulp link (it would point to routekaart/rekenhulp/, which does not exist)."""
    from paginas import regiopaginas

    wijzig(regio_map, ("    waarde: 5", "    waarde: 6"), ('versie: "1"', 'versie: "2"'),
           ("wijzigingen: [Eerste versie.]", "wijzigingen: [Drempel naar 6 ziekmeldingen.]"))
    assert publiceer.main("voorbeeld") == 0
    huidig = laad_regio(regio_map)
    bestanden = regiopaginas.regio_bestanden(huidig, versies.archief(regio_map))
    oud = bestanden["voorbeeld/versie-1.md"]
    assert "Dit is versie 1" in oud
    assert "rekenhulp/?regio=" not in oud
    # One page holds the whole old version: every route and step, each step anchor unique,
    # and no folder of pages per version.
    assert not [p for p in bestanden if p.startswith("voorbeeld/versie-1/")]
    assert oud.count("Oude versie") == 1
    oude_data = versies.archief(regio_map)["1"]
    ankers = re.findall(r"\{#([a-z0-9-]+)\}", oud)
    assert len(ankers) == len(set(ankers))
    for route in oude_data["routes"]:
        assert f"{{#route-{route['id']}}}" in oud
        for stap in route["stappen"]:
            assert f"{{#{route['id']}-stap-{stap['id']}}}" in oud
            assert stap["titel"] in oud
    for doel in re.findall(r"\]\(#([a-z0-9-]+)\)", oud):
        assert doel in ankers, doel  # every link on the page lands on the page
    assert "rekenhulp/?regio=voorbeeld" in regiopaginas.overzicht_pagina(huidig)


def test_grote_oude_versie_krijgt_een_pagina_per_route(regio_map, monkeypatch):
    """Too long for one page (80 KB of HTML): the overview, each route and the appendices
    on their own page, in a folder; links to the current version go one level up."""
    from paginas import regiopaginas

    wijzig(regio_map, ("    waarde: 5", "    waarde: 6"), ('versie: "1"', 'versie: "2"'),
           ("wijzigingen: [Eerste versie.]", "wijzigingen: [Drempel naar 6 ziekmeldingen.]"))
    assert publiceer.main("voorbeeld") == 0
    huidig = laad_regio(regio_map)
    monkeypatch.setattr(regiopaginas, "ARCHIEF_BUDGET", 100)
    bestanden = regiopaginas.regio_bestanden(huidig, versies.archief(regio_map))
    oud = versies.archief(regio_map)["1"]
    map_ = {p.removeprefix("voorbeeld/versie-1/") for p in bestanden if p.startswith("voorbeeld/versie-1/")}
    assert map_ == {"index.md", *(f"{r['id']}.md" for r in oud["routes"])} | (
        {"bijlagen.md"} if oud.get("begrippen") or oud.get("bijlagen") else set())
    assert "voorbeeld/versie-1.md" not in bestanden
    overzicht = bestanden["voorbeeld/versie-1/index.md"]
    assert "](../index.md)" in overzicht and "](../versies.md)" in overzicht
    assert "](versie-1/index.md)" in bestanden["voorbeeld/versies.md"]
    for route in oud["routes"]:
        assert f"]({route['id']}.md)" in overzicht


def test_concept_is_geen_fout_en_wordt_gemarkeerd(regio_map):
    wijzig(regio_map, ("    waarde: 5", "    waarde: 6"), ('versie: "1"', 'versie: "2"'),
           ("wijzigingen: [Eerste versie.]", "wijzigingen: [Drempel naar 6 ziekmeldingen.]"))
    huidig = laad_regio(regio_map)
    assert versies.controleer(regio_map, huidig, concept=True) == []
    assert huidig["_concept"] is True
    assert versies.controleer(regio_map, huidig, concept=False)  # the build still refuses it
    assert "_concept" not in huidig
    gepubliceerd = laad_regio(regio_map.parent / "voorbeeld")
    wijzig(regio_map, ('versie: "2"', 'versie: "1"'), ("    waarde: 6", "    waarde: 5"),
           ("wijzigingen: [Drempel naar 6 ziekmeldingen.]", "wijzigingen: [Eerste versie.]"))
    gepubliceerd = laad_regio(regio_map)
    assert versies.controleer(regio_map, gepubliceerd, concept=True) == []
    assert "_concept" not in gepubliceerd  # equal to its archived copy: published, no banner


def test_niet_samengevoegde_versie_opnieuw_publiceren(regio_map):
    wijzig(regio_map, ("    waarde: 5", "    waarde: 6"), ('versie: "1"', 'versie: "2"'),
           ("wijzigingen: [Eerste versie.]", "wijzigingen: [Drempel naar 6 ziekmeldingen.]"))
    assert publiceer.main("voorbeeld") == 0
    wijzig(regio_map, ("    waarde: 6", "    waarde: 7"),
           ("wijzigingen: [Drempel naar 6 ziekmeldingen.]", "wijzigingen: [Drempel naar 7.]"))
    tekst, = guard_fouten(regio_map.parent)
    assert "OPNIEUW=1" in tekst
    assert publiceer.main("voorbeeld") == 1
    assert publiceer.main("voorbeeld", opnieuw=True) == 0
    assert "waarde: 7" in (regio_map / "archief" / "2.yaml").read_text("utf-8")
    assert "voorbeeld" in laad_alle(regio_map.parent)
    # Only the newest version can be redone.
    wijzig(regio_map, ('versie: "2"', 'versie: "1"'))
    assert publiceer.main("voorbeeld", opnieuw=True) == 1
    assert "waarde: 5" in (regio_map / "archief" / "1.yaml").read_text("utf-8")


def _stap3(extra: str) -> tuple[str, str]:
    return ("        titel: Melden bij leerplicht\n        partijen: [school]\n",
            "        titel: Melden bij leerplicht\n        partijen: [school]\n" + extra)


def test_verschil_koppelt_oud_aan_nieuw_en_noemt_partijen_bij_naam(regio_map):
    wijzig(regio_map, _stap3(
        "        wanneer: Na de 4e ziekmelding in 12 weken, als ouders niet reageren.\n"
        "        acties: [De school belt binnen 3 dagen de ouders., De mentor schrijft een verslag.]\n"
        "        termijnen: [{tekst: Gesprek binnen 3 weken, waarde: 3, eenheid: weken}]\n"
        "        melden: [{bij: jgz, wat: aanmelding, grondslag: regio}]\n"))
    oud = laad_regio(regio_map)
    wijzig(regio_map, ("Na de 4e ziekmelding", "Na de 5e ziekmelding"),
           ("binnen 3 dagen", "binnen 2 dagen"), ("Gesprek binnen 3 weken, waarde: 3",
                                                  "Gesprek binnen 2 weken, waarde: 2"),
           ("{bij: jgz, wat: aanmelding, grondslag: regio}",
            "{bij: jgz, wat: aanmelding, grondslag: regio, termijn: binnen 1 week}"))
    items = verschillen(oud, lees_yaml((regio_map / "regio.yaml").read_text("utf-8")))
    naam = "Stap 3 (Ongeoorloofd verzuim): "
    assert naam + "termijn “Gesprek binnen **3** weken” → “Gesprek binnen **2** weken”" in items
    assert any(x.startswith(naam + "actie “") and "**3**" in x and "**2**" in x
               for x in items), items
    assert any(x.startswith(naam + "wanneer ") and "**4e**" in x and "**5e**" in x
               for x in items), items
    meldingen = [x for x in items if "de melding bij" in x]
    assert len(meldingen) == 1, items
    melding = meldingen[0]
    assert "bij JGZ" in melding and "bij jgz" not in melding and "binnen 1 week" in melding
    assert not any("nieuwe" in x or "vervallen" in x for x in items), items


def test_verschil_noemt_een_regel_alleen_als_de_regel_veranderde(regio_map):
    oud = laad_regio(regio_map)
    wijzig(regio_map, ("    uitleg: De wettelijke melding hoort bij stap 3.\n    bron: {sectie: Stap 3}",
                       "    uitleg: De wettelijke melding hoort bij stap 3.\n    bron: {sectie: Stap 3b}\n"
                       "    lezing: Een nieuwe toelichting van de redactie."))
    assert verschillen(oud, lees_yaml((regio_map / "regio.yaml").read_text("utf-8"))) == []
    wijzig(regio_map, ('stappen: [{route: ziekteverzuim, stap: "2"}]',
                       'stappen: [{route: ziekteverzuim, stap: "1"}]'))
    items = verschillen(oud, lees_yaml((regio_map / "regio.yaml").read_text("utf-8")))
    assert items == ["De rekenhulp bij “Vaak ziek gemeld volgens de MAZL-criteria.”: wijst nu ook "
                     "aan: Stap 1: Registreren; wijst niet meer aan: Stap 2: Verwijzen naar JGZ."]


def test_woordverschil_toont_alleen_de_veranderde_woorden():
    from paginas.verschil import woordverschil
    assert woordverschil("binnen 3 weken na het gesprek", "binnen 2 weken na het gesprek") == \
        "“binnen **3** weken na het …” → “binnen **2** weken na het …”"
