"""The result's shape (contract 4): one report per duty, grounds, ages, summary and taxonomy."""

import copy
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rekenhulp import regels_json

import calculator
from calculator.samenvatting import GEEN_VERZUIM

ROOT = Path(__file__).resolve().parents[2]


def met_regel(regels, als, dan):
    regels = copy.deepcopy(regels)
    regels["regels"].append({"id": "extra", "als": als, "dan": dan, "uitleg": "Extra regel.",
                             "bron": {"sectie": "Extra"}})
    return regels


def run(regels, **s):
    return calculator.classify({"peildatum": "2026-11-23", "onderwijs": "po", **s}, regels)


def test_regionale_16_uursmelding_wordt_een_melding_met_beide_grondslagen(voorbeeld):
    regels = met_regel(voorbeeld, {"landelijk": "melding-16-uur"}, {"melden": [
        {"bij": "duo", "wat": "melding bij DUO volgens ons protocol", "grondslag": "wet",
         "termijn": "binnen 2 werkdagen", "bron": {"sectie": "Stap 3"}}]})
    u = run(regels, ongeoorloofd_uren_4_weken=16)
    duo = [m for m in u["melden"] if m["bij"] == "duo"]
    assert len(duo) == 1
    m = duo[0]
    assert m["plicht"] == "verzuim-16-uur" and m["grondslag"] == "wet"
    assert len(m["grondslagen"]) == 2 and "art. 21a" in m["grondslag_tekst"]
    assert "Stap 3" in m["bron"] and "binnen 2 werkdagen" in m["termijn"]  # the region's term, kept
    assert m["bij_naam"] == "DUO (register onderwijsdeelnemers)"


def test_regionale_melding_met_eigen_plicht_blijft_apart(voorbeeld):
    regels = met_regel(voorbeeld, {"landelijk": "melding-16-uur"}, {"melden": [
        {"bij": "duo", "wat": "uitschrijving doorgeven", "grondslag": "wet", "plicht": "uitschrijving"}]})
    duo = [m for m in run(regels, ongeoorloofd_uren_4_weken=16)["melden"] if m["bij"] == "duo"]
    assert sorted(m["plicht"] for m in duo) == ["uitschrijving", "verzuim-16-uur"]
    assert all(len(m["grondslagen"]) == 1 for m in duo)


def test_optionele_melding_is_een_keuze_van_de_school(voorbeeld):
    regels = met_regel(voorbeeld, {"landelijk": "signaal"}, {"melden": [
        {"bij": "jgz", "wat": "overleg met de jeugdarts", "grondslag": "regio", "optioneel": True}]})
    u = run(regels, ongeoorloofd_uren_4_weken=3)
    (m,) = [m for m in u["melden"] if m["bij"] == "jgz"]
    assert m["optioneel"] is True and m["plicht"] is None
    assert u["samenvatting"]["melden"] is False and "keuze van de school" in u["samenvatting"]["tekst"]
    assert "afspraak in deze regio" in m["grondslag_tekst"]


@pytest.mark.parametrize("grenzen,leeftijd,geldt", [
    ({"vanaf": 18, "tot": 23}, 17, False), ({"vanaf": 18, "tot": 23}, 18, True),
    ({"vanaf": 18, "tot": 23}, 22, True), ({"vanaf": 18, "tot": 23}, 23, False),
    ({"vanaf": 18}, 99, True), ({"vanaf": 18}, 17, False),
    ({"tot": 12}, 11, True), ({"tot": 12}, 12, False), ({"vanaf": 12}, None, False),
])
def test_leeftijd_als_voorwaarde(voorbeeld, grenzen, leeftijd, geldt):
    regels = met_regel(voorbeeld, {"leeftijd": grenzen}, {"soorten": ["zorgwekkend-ziekteverzuim"]})
    s = {} if leeftijd is None else {"leeftijd": leeftijd}
    u = run(regels, **s)
    assert ("zorgwekkend-ziekteverzuim" in u["soorten"]) is geldt
    assert ("extra" in {x["regel"].split(":")[-1] for x in u["uitleg"]}) is geldt


def test_leeftijd_voorwaarde_gebruikt_de_leeftijd(voorbeeld):
    regels = met_regel(voorbeeld, {"leeftijd": {"vanaf": 18}}, {})
    assert "leeftijd" in calculator.regio.gebruikte_velden(regels)


def test_omrekening_staat_in_de_uitleg(voorbeeld):
    regels = copy.deepcopy(voorbeeld)
    regels["drempels"].append({"id": "d", "waarde": 15, "vergelijking": ">", "invoer": "ziekte_dagdelen_aaneengesloten",
                               "eenheid": "dagdelen"})
    regels = met_regel(regels, {"drempel": "d"}, {"soorten": ["zorgwekkend-ziekteverzuim"]})
    for dagen, geldt in ((7.5, False), (8, True)):
        u = run(regels, ziektedagen_aaneengesloten=dagen)
        assert ("zorgwekkend-ziekteverzuim" in u["soorten"]) is geldt
        (x,) = [x for x in u["uitleg"] if x["regel"] == "omrekening:ziekte_dagdelen_aaneengesloten"]
        assert f"{dagen * 2:g} dagdelen" in x["tekst"] and "1 schooldag is 2 dagdelen" in x["tekst"]


def test_beide_eenheden_die_kloppen_mogen(voorbeeld):
    assert run(voorbeeld, ziektedagen_aaneengesloten=4, ziekte_dagdelen_aaneengesloten=8)


def test_geen_eigen_kopie_van_landelijke_labels():
    """Contract 1: national labels live in calculator/wet/plichten.py only."""
    for pad in (ROOT / "calculator").glob("*.py"):
        tekst = pad.read_text("utf-8")
        assert "MELDPUNTEN" not in tekst and "Doorstroompunt" not in tekst, pad.name


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(["noord-kennemerland", "sppoh", "swv-po-3006", "swv-vo-2001", "twente"]), st.data())
def test_geen_verzuim_nooit_naast_advies_om_te_handelen(alle_regels, regio, data):
    regels = alle_regels[regio]
    s = data.draw(st.fixed_dictionaries(
        {"onderwijs": st.sampled_from(regels["sectoren"]), "peildatum": st.just("2026-11-23")},
        optional={"leeftijd": st.integers(3, 30), "ingeschreven": st.booleans(), "luxe": st.booleans(),
                  "startkwalificatie": st.booleans(), "vrijstelling": st.booleans(),
                  "toestemming_jgz": st.booleans(), "medewerking_hulp": st.booleans(),
                  "verschijnt_niet_jgz": st.booleans(), "rond_vakantie": st.booleans(),
                  "afwezig_weken_aaneengesloten": st.integers(0, 8),
                  "ziekmeldingen_schooljaar": st.integers(0, 8), "ongeoorloofd_uren_4_weken": st.integers(0, 30),
                  "ongeoorloofd_weken_aaneengesloten": st.integers(0, 6), "te_laat_schooljaar": st.integers(0, 20),
                  "weken_sinds_eerste_signaal": st.integers(0, 15)}))
    try:
        u = calculator.classify(s, regels)
    except calculator.InvoerFout:
        return
    sam = u["samenvatting"]
    assert sam["soort"] and sam["tekst"].endswith(".") and "\n" not in sam["tekst"]
    if sam["soort"] == GEEN_VERZUIM:
        assert not u["melden"] and not u["stappen"]
    # "Melden" is only a report to leerplicht, DUO or the RMC (a referral or informing is not).
    assert sam["melden"] == any(not a["optioneel"] and a["soort"] == "melden"
                                for a in u["antwoord"]["acties"])
    assert (sam["volgende_stap"] is None) == (not u["stappen"])
    if {"relatief", "absoluut"} & set(u["soorten"]):
        assert "niet-leerplichtig" not in {x["regel"].split(":")[-1] for x in u["uitleg"]}
    for m in u["melden"]:
        assert set(m) >= {"bij", "bij_naam", "wat", "termijn", "grondslag", "grondslag_tekst", "plicht",
                          "optioneel", "bron", "url"}


def test_regels_per_regio_klein_en_compleet(alle_regios, alle_regels):
    for slug, regels in alle_regels.items():
        assert len(regels_json.als_tekst(regels).encode()) <= regels_json.MAX_BYTES, slug
        assert {"slug", "naam", "sectoren", "gemeenten", "url", "vragen", "drempels", "regels", "stappen"} <= set(regels)
        velden = {v["veld"] for v in regels["vragen"]}
        assert calculator.regio.gebruikte_velden(regels) - {"gemeente"} <= velden, slug
    index = regels_json.regio_index(alle_regios)
    assert [set(r) for r in index["regios"]] == [{"slug", "naam", "samenwerkingsverband", "sectoren", "gemeenten",
                                                   "url"}] * len(alle_regios)


def test_vragen_in_de_eenheid_van_de_regio(alle_regios, alle_regels):
    """Derived from each region's thresholds: a count in dagdelen is asked in dagdelen with
    schooldagen as exact alternative; hours in the region's unit (one unit, or per sector)."""
    gezien = set()
    for slug, d in alle_regios.items():
        vragen = {v["veld"]: v for v in alle_regels[slug]["vragen"]}
        for x in d["drempels"]:
            if x.get("invoer") == "ziekte_dagdelen_aaneengesloten":
                assert vragen["ziekte_dagdelen_aaneengesloten"]["alternatieven"] == [
                    {"veld": "ziektedagen_aaneengesloten", "vraag": "Schooldagen aaneengesloten ziek",
                     "eenheid": "schooldagen", "factor": 2.0}], slug
                gezien.add("dagdelen")
        uren = {x.get("onderwijs") or "": x["eenheid"] for x in d["drempels"]
                if x.get("invoer") == "ongeoorloofd_uren_4_weken" and x["eenheid"] in ("lesuren", "klokuren")}
        vraag = vragen.get("ongeoorloofd_uren_4_weken")
        if len(set(uren.values())) == 1:
            assert vraag["eenheid"] == next(iter(uren.values())), slug
            gezien.add("een-eenheid")
        elif uren:
            assert all(f"{s or 'alle'}: {e}" in vraag["hint"] for s, e in uren.items()), slug
            gezien.add("per-sector")
    if not gezien:
        pytest.skip("geen regio telt in dagdelen, lesuren of klokuren")


def sha(pad: Path) -> str:
    return hashlib.sha256(pad.read_bytes()).hexdigest()[:16]


def test_schrijf_ruimt_verdwenen_regios_op(tmp_path, alle_regios):
    (tmp_path / "weg.json").write_text("{}")
    slug = next(iter(alle_regios))  # any region
    regels_json.schrijf({slug: alle_regios[slug]}, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.json", f"{slug}.json", "v"]
    index = json.loads((tmp_path / "index.json").read_text())
    assert index["regios"][0]["slug"] == slug
    # The browser's copies: content-addressed, the index naming each region's file.
    assert sorted(p.name for p in (tmp_path / "v").iterdir()) == sorted(
        [index["regios"][0]["regels"].rsplit("/", 1)[1], f"index-{sha(tmp_path / 'index.json')}.json"])
    assert (tmp_path / "v" / index["regios"][0]["regels"].rsplit("/", 1)[1]).read_bytes() == \
        (tmp_path / f"{slug}.json").read_bytes()


def test_wiel_zonder_regels():
    tekst = (ROOT / "pyproject.toml").read_text("utf-8")
    assert "artifacts" not in tekst
