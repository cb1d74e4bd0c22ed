"""Properties over all regions: never a crash, any JSON anywhere, more absence never milder."""

import json
import os

import pytest
from bron.regios import regio_mappen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import calculator
from calculator.vragen import VRAGEN

VOORBEELDEN = int(os.environ.get("HYPOTHESIS_EXAMPLES", 300))
INSTELLINGEN = settings(max_examples=VOORBEELDEN, suppress_health_check=[HealthCheck.too_slow], deadline=None)
# Any-JSON situations are slow to draw; half as many still cover every type in every field.
ALLE_TYPES = settings(INSTELLINGEN, max_examples=max(VOORBEELDEN // 2, 50))
MEER_VERZUIM = ["ziekmeldingen_schooljaar", "ziekmeldingen_12_weken", "ziektedagen_schooljaar",
                "ziektedagen_aaneengesloten", "ziekte_dagdelen_4_weken", "ziektedagen_4_weken",
                "ziekte_dagdelen_aaneengesloten", "ziekte_dagdelen_schooljaar", "ongeoorloofd_uren_4_weken",
                "ongeoorloofd_uren_schooljaar", "ongeoorloofd_weken_aaneengesloten",
                "afwezig_weken_aaneengesloten", "te_laat_schooljaar", "weken_sinds_eerste_signaal",
                "te_laat_week", "ongeoorloofd_uren_week"]
REGIOS = [m.name for m in regio_mappen()]  # whatever regions/ holds, never a fixed list

# Every JSON type: null, booleans, huge and non-finite numbers, long strings, lists, objects, nesting.
getal = st.one_of(st.integers(-5, 400), st.integers(min_value=-(10**30), max_value=10**30),
                  st.floats(allow_nan=True, allow_infinity=True), st.just(10**400))
tekst = st.one_of(st.text(max_size=5), st.sampled_from(["po", "vo", "mbo", "twente", "2026-11-23", "noord"]),
                  st.integers(1000, 100_000).map(lambda n: "é" * n))
json_waarde = st.recursive(st.one_of(st.none(), st.booleans(), getal, tekst),
                           lambda kind: st.one_of(st.lists(kind, max_size=3),
                                                  st.dictionaries(st.text(max_size=5), kind, max_size=3)),
                           max_leaves=8)
ruwe_situatie = st.fixed_dictionaries(
    {}, optional={**{v: json_waarde for v in VRAGEN}, "extra": json_waarde, "x" * 500: json_waarde})


@ALLE_TYPES
@given(st.sampled_from(REGIOS), ruwe_situatie)
def test_elke_invoer_geeft_een_uitkomst_of_een_nederlandse_fout(alle_regels, regio, s):
    try:
        u = calculator.classify(s, alle_regels[regio])
    except calculator.InvoerFout as fout:
        assert fout.fouten and all(f["veld"] and f["vraag"] and f["tekst"] for f in fout.lijst())
        assert all(len(f["tekst"]) < 1000 for f in fout.lijst())
    else:
        assert set(u) >= {"regio", "peildatum", "soorten", "melden", "stappen", "uitleg", "samenvatting",
                          "niet_gebruikt"}
        json.dumps(u, allow_nan=False)  # the result is plain JSON


@ALLE_TYPES
@given(st.sampled_from(REGIOS), ruwe_situatie)
def test_classify_response_json_gooit_nooit(alle_regels, regio, s):
    antwoord = json.loads(calculator.classify_response_json(json.dumps(s), json.dumps(alle_regels[regio])))
    assert antwoord["ok"] in (True, False)
    if not antwoord["ok"]:
        assert antwoord["fouten"] and all(set(f) == {"veld", "vraag", "tekst"} for f in antwoord["fouten"])


@pytest.mark.parametrize("regels", ["", "[]", "null", "{}", '{"regels": 3}', '{"slug": "x", "regels": [{}]}', "{" * 50_000])
def test_kapotte_regels_geven_een_fout_geen_uitzondering(regels):
    antwoord = json.loads(calculator.classify_response_json("{}", regels))
    assert antwoord["ok"] is False and antwoord["fouten"][0]["veld"] in ("regels", "situatie")


def _geldige_basis(regels):
    return st.fixed_dictionaries(
        {"onderwijs": st.sampled_from(regels["sectoren"]), "peildatum": st.just("2026-11-23")},
        optional={"leeftijd": st.integers(4, 24), "luxe": st.booleans(),
                  "toestemming_jgz": st.booleans(), "medewerking_hulp": st.booleans(),
                  **{v: st.integers(0, 30) for v in MEER_VERZUIM}})


def _zwaarte(u):
    """How serious an outcome is: its kinds of absence and its reports.

    Legal reports (and the advice to report) never disappear with more absence. A regional
    report may be replaced by the next step's report (swv-vo-2001: the preventive leerplicht
    consultation below 16 hours gives way to the Indigo check and the DUO report of step 4b),
    but a situation that called for a report never ends up calling for none.
    """
    verplicht = {(m["bij"], m["wat"]) for m in u["melden"] if m["grondslag"] != "regio"}
    return set(u["soorten"]) - {"signaal"}, (verplicht, bool(u["melden"]))


@INSTELLINGEN
@given(st.data(), st.sampled_from(REGIOS), st.sampled_from(MEER_VERZUIM), st.integers(1, 20))
def test_meer_verzuim_is_nooit_milder(alle_regels, data, regio, veld, extra):
    regels = alle_regels[regio]
    s = data.draw(_geldige_basis(regels))
    try:
        voor = calculator.classify(s, regels)
        na = calculator.classify({**s, veld: s.get(veld, 0) + extra}, regels)
    except calculator.InvoerFout:
        return  # an impossible combination is refused, not classified
    soorten_voor, melden_voor = _zwaarte(voor)
    soorten_na, melden_na = _zwaarte(na)
    assert soorten_voor <= soorten_na, (veld, voor["soorten"], na["soorten"])
    assert melden_voor[0] <= melden_na[0], (veld, voor["melden"], na["melden"])
    assert melden_na[1] or not melden_voor[1], (veld, voor["melden"], na["melden"])
