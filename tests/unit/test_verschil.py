"""'Wat is er veranderd' for staff: what they now do differently first, in a sentence with
what it was; a rename is one line; a new step says who, what and by when; labels and wording
are smaller changes. Synthetic before/after data from the made-up fixture region."""

import copy

import pytest
from paginas import regiopaginas  # noqa: F401  (registers the filters of region pages)
from paginas.verschil import nu_was, verschillen, wijzigingen
from paginas.weergave import render


@pytest.fixture
def oud(voorbeeld_regio):
    return copy.deepcopy(voorbeeld_regio)


@pytest.fixture
def nieuw(voorbeeld_regio):
    return copy.deepcopy(voorbeeld_regio)


def _stap(regio, route, stap):
    r = next(r for r in regio["routes"] if r["id"] == route)
    return next(s for s in r["stappen"] if s["id"] == stap)


def test_andere_drempel_staat_voorop_als_nu_en_was(oud, nieuw):
    d = next(x for x in nieuw["drempels"] if x["id"] == "po-ziek")
    d["periode"] = "4-weken"
    w = wijzigingen(oud, nieuw)
    assert w.anders == ["Ziekteverzuim (Stap 2: Verwijzen naar JGZ): drempel nu vanaf 5 "
                        "ziekmeldingen in 4 lesweken (was: per schooljaar)."]
    assert w.klein == []


def test_nu_was_noemt_van_het_oude_alleen_wat_anders_is():
    assert nu_was("vanaf 36 dagdelen in 4 lesweken", "vanaf 36 dagdelen per schooljaar") == \
        "nu vanaf 36 dagdelen per schooljaar (was: in 4 lesweken)"
    assert nu_was("binnen 3 weken", "direct") == "nu direct (was: binnen 3 weken)"


def test_een_hernoemde_partij_is_een_regel(oud, nieuw):
    """JGZ is a party of step 2, where its report goes, and in a rule: still one line."""
    next(p for p in nieuw["partijen"] if p["id"] == "jgz")["naam"] = "Jeugdgezondheidszorg"
    w = wijzigingen(oud, nieuw)
    assert [x for x in verschillen(oud, nieuw) if "Jeugdgezondheidszorg" in x] == \
        ["Partij hernoemd: JGZ → Jeugdgezondheidszorg"]
    assert w.anders == []


def test_nieuwe_stap_zegt_wie_wat_en_wanneer(oud, nieuw):
    route = next(r for r in nieuw["routes"] if r["id"] == "ongeoorloofd")
    route["stappen"].append({
        "id": "4", "titel": "Gesprek met leerplicht", "partijen": ["school", "jgz"],
        "wanneer": "Na de melding.", "acties": ["De school plant een gesprek met de ouders."],
        "termijnen": [{"tekst": "binnen 2 weken"}], "bron": {"sectie": "Stap 4"}})
    w = wijzigingen(oud, nieuw)
    assert w.anders == ["Nieuwe stap in Ongeoorloofd verzuim: Stap 4: Gesprek met leerplicht. "
                        "Wie: School, JGZ; wanneer: Na de melding; wat: De school plant een gesprek "
                        "met de ouders; termijn: binnen 2 weken."]


def test_andere_termijn_van_een_melding_is_iets_wat_je_anders_doet(oud, nieuw):
    _stap(nieuw, "ziekteverzuim", "2")["melden"][0]["termijn"] = "binnen 1 week"
    w = wijzigingen(oud, nieuw)
    assert w.anders == ["Stap 2 (Ziekteverzuim): termijn van de melding bij JGZ nu binnen 1 week "
                        "(afspraak van de regio) (was: geen termijn)."]


def test_alleen_een_ander_label_is_een_kleinere_wijziging(oud, nieuw):
    """A report's basis, a step's title and a threshold's description: names and labels."""
    _stap(nieuw, "ziekteverzuim", "2")["melden"][0]["grondslag"] = "norm"
    _stap(nieuw, "ziekteverzuim", "1")["titel"] = "Verzuim registreren"
    nieuw["drempels"][0]["omschrijving"] = "De vijfde ziekmelding in een schooljaar"
    w = wijzigingen(oud, nieuw)
    assert w.anders == []
    assert len(w.klein) == 3, w.klein
    assert any("is nu norm van de Inspectie of DUO" in x for x in w.klein), w.klein


def test_een_actie_met_een_ander_getal_is_anders_doen_een_herformulering_niet(oud, nieuw):
    _stap(oud, "ongeoorloofd", "3")["acties"] = ["De school belt binnen 3 dagen de ouders.",
                                                 "De mentor schrijft een kort verslag."]
    _stap(nieuw, "ongeoorloofd", "3")["acties"] = ["De school belt binnen 2 dagen de ouders.",
                                                   "De mentor schrijft een verslag."]
    w = wijzigingen(oud, nieuw)
    assert [x for x in w.anders if "**3**" in x and "**2**" in x] == w.anders and len(w.anders) == 1
    assert len(w.klein) == 1 and "kort" in w.klein[0]


def test_versiepagina_zet_anders_doen_voor_de_kleinere_wijzigingen(oud, nieuw):
    next(x for x in nieuw["drempels"] if x["id"] == "po-ziek")["waarde"] = 4
    next(p for p in nieuw["partijen"] if p["id"] == "jgz")["naam"] = "Jeugdarts"
    versies = [{"versie": "2", "datum": "2026-02-03", "huidig": True, "url": None,
                "wijzigingen": ["Drempel naar 4."], "vorige": "1",
                "verschil": wijzigingen(oud, nieuw)}]
    md = render("versies.md.jinja", regio=nieuw, versies=versies)
    anders, klein = md.index("Wat je nu anders doet"), md.index("Kleinere wijzigingen")
    assert anders < md.index("nu vanaf 4 ziekmeldingen") < klein < md.index("Partij hernoemd")
    assert "3 februari 2026" in md and "2026-02-03" not in md


def test_een_tweede_melding_op_dezelfde_plek_is_een_nieuwe_melding(oud, nieuw):
    """A report split in two (the law's report and the region's own one, to the same place):
    the law's report is unchanged and the region's is new, not a changed deadline."""
    wet = {"bij": "jgz", "wat": "beslissing melden", "grondslag": "wet", "plicht": "verwijdering"}
    _stap(oud, "ongeoorloofd", "3")["melden"] = [dict(wet)]
    _stap(nieuw, "ongeoorloofd", "3")["melden"] = [
        {"bij": "jgz", "wat": "de jeugdarts actief betrekken", "grondslag": "regio"}, dict(wet)]
    w = wijzigingen(oud, nieuw)
    assert w.anders == ["Stap 3 (Ongeoorloofd verzuim): nu ook melden bij JGZ: de jeugdarts actief "
                        "betrekken."]
    assert w.klein == []


def test_een_toegevoegde_uitleg_is_dezelfde_actie_anders_verwoord(oud, nieuw):
    _stap(oud, "ongeoorloofd", "3")["acties"] = ["Leerplicht levert een bijdrage, *tenzij."]
    _stap(nieuw, "ongeoorloofd", "3")["acties"] = [
        'Leerplicht levert een bijdrage, "tenzij" (de toelichting bij het sterretje ontbreekt in de '
        "bron; vraag het leerplicht)."]
    w = wijzigingen(oud, nieuw)
    assert w.anders == [] and len(w.klein) == 1 and w.klein[0].startswith("Stap 3 (Ongeoorloofd verzuim): actie")
