"""Step numbers as the source writes them ("Z1", "O4", "3b"): one label everywhere (contract
C4), and "stap O4" in region text links to that step."""

from __future__ import annotations

import copy

import pytest
from paginas import diagram, regiopaginas, verschil, weergave

from calculator.regio import stap_label, stap_nummer


@pytest.mark.parametrize(("stap", "label"), [
    ({"id": "O4", "titel": "Gesprek met ouders"}, "Stap O4: Gesprek met ouders"),
    ({"id": "Z1", "titel": "Ziekmelding"}, "Stap Z1: Ziekmelding"),
    ({"id": "3b", "titel": "Gesprek"}, "Stap 3b: Gesprek"),
    ({"id": "3a.1", "titel": "Signaal"}, "Stap 3a.1: Signaal"),
    ({"id": "mdo", "titel": "Multidisciplinair overleg"}, "Multidisciplinair overleg"),
    ({"id": "opschaling-1", "titel": "Adviestafel"}, "Adviestafel"),
    ({"id": "gesprek", "nummer": "L2", "titel": "Gesprek"}, "Stap L2: Gesprek"),
    # The editors' old workaround (number in the title) is not numbered twice.
    ({"id": "Z1", "titel": "Stap Z1 – Ziekmelding"}, "Stap Z1 – Ziekmelding"),
])
def test_stap_label_noemt_het_nummer_zoals_de_bron(stap, label):
    assert stap_label(stap) == label


def test_een_woord_met_een_cijfer_erin_is_geen_nummer():
    assert stap_nummer({"id": "route-1"}) is None
    assert stap_nummer({"id": "fase-2"}) is None
    assert stap_nummer({"id": "O4"}) == "O4"


def test_pagina_diagram_en_verschil_gebruiken_hetzelfde_label():
    stap = {"id": "O4", "titel": "Gesprek met ouders", "partijen": []}
    assert diagram.stap_titel(stap) == "Stap O4: Gesprek met ouders"
    oud = {"id": "O4", "titel": "Gesprek", "partijen": []}
    regels = verschil._stap("Ongeoorloofd", oud, stap, {}, {})
    assert regels and regels[0].startswith("Stap O4 (Ongeoorloofd): titel")


@pytest.fixture
def regio_met_letters(voorbeeld_regio):
    d = copy.deepcopy(voorbeeld_regio)
    route = d["routes"][0]
    route["stappen"][0]["id"] = "O4"  # nothing points to the first step
    laatste = route["stappen"][-1]
    laatste["acties"] = ["Ga terug naar stap O4 als het verzuim doorgaat."]
    return d, route


def test_stap_o4_in_de_tekst_linkt_naar_die_stap(regio_met_letters):
    d, route = regio_met_letters
    paginas = regiopaginas.regio_bestanden(d, {})
    pagina = paginas[f"{d['slug']}/{route['id']}.md"]
    assert "Stap O4: " in pagina  # the heading names the number
    assert "Ga terug naar [stap O4](#stap-o4) als het verzuim doorgaat." in pagina


def test_een_onbekend_nummer_blijft_gewone_tekst(regio_met_letters):
    d, route = regio_met_letters
    links = weergave.stap_links(d, regiopaginas.Adressen(), route["id"])
    assert links["O4"] == "#stap-o4"
    token = weergave._STAPLINKS.set(links)
    try:
        assert weergave.tekst("zie stap Q9.") == "zie stap Q9."
        assert weergave.tekst("zie stap o4.") == "zie [stap o4](#stap-o4)."
        # never a link inside a link the editor wrote
        assert weergave.tekst("[stap O4](https://x.nl/a)") == "[stap O4](<https://x.nl/a>)"
    finally:
        weergave._STAPLINKS.reset(token)
