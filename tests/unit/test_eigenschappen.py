"""Properties over all regions: never a crash, and more absence is never milder."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import calculator
from calculator.invoer import GETALLEN, JA_NEE

MEER_VERZUIM = ["ziekmeldingen_schooljaar", "ziekmeldingen_12_weken", "ziektedagen_schooljaar",
                "ziektedagen_aaneengesloten", "ziekte_dagdelen_4_weken",
                "ziekte_dagdelen_aaneengesloten", "ongeoorloofd_uren_4_weken",
                "ongeoorloofd_uren_schooljaar", "ongeoorloofd_weken_aaneengesloten",
                "afwezig_weken_aaneengesloten", "te_laat_schooljaar", "weken_sinds_eerste_signaal"]
REGIOS = [r["slug"] for r in calculator.regios()]

waarde = st.one_of(st.none(), st.integers(-5, 400), st.floats(allow_nan=True), st.text(max_size=3),
                   st.booleans())
ruwe_situatie = st.fixed_dictionaries(
    {"regio": st.sampled_from(REGIOS + ["onbekend"])},
    optional={**{v: waarde for v in GETALLEN}, **{v: waarde for v in JA_NEE},
              "onderwijs": st.sampled_from(["po", "vo", "mbo"]), "extra": waarde})


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 300)), suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(ruwe_situatie)
def test_elke_invoer_geeft_een_uitkomst_of_een_nederlandse_fout(s):
    try:
        u = calculator.classify(s)
    except calculator.InvoerFout as fout:
        assert fout.fouten and all(veld and tekst for veld, tekst in fout.fouten)
    else:
        assert set(u) == {"regio", "peildatum", "soorten", "melden", "stappen", "uitleg"}


def _geldige_basis(regio):
    info = next(r for r in calculator.regios() if r["slug"] == regio)
    return st.fixed_dictionaries(
        {"regio": st.just(regio), "onderwijs": st.sampled_from(info["sectoren"]),
         "peildatum": st.just("2026-11-23")},
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


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 300)), suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(REGIOS).flatmap(_geldige_basis), st.sampled_from(MEER_VERZUIM),
       st.integers(1, 20))
def test_meer_verzuim_is_nooit_milder(s, veld, extra):
    try:
        voor = calculator.classify(s)
        na = calculator.classify({**s, veld: s.get(veld, 0) + extra})
    except calculator.InvoerFout:
        return  # an impossible combination is refused, not classified
    soorten_voor, melden_voor = _zwaarte(voor)
    soorten_na, melden_na = _zwaarte(na)
    assert soorten_voor <= soorten_na, (veld, voor["soorten"], na["soorten"])
    assert melden_voor[0] <= melden_na[0], (veld, voor["melden"], na["melden"])
    assert melden_na[1] or not melden_voor[1], (veld, voor["melden"], na["melden"])
