"""Every region's legal labels against the law (issue 23), derived from the region files.

No region is named: each rule below reads every regions/<slug>/regio.yaml as it is now, so a
new region is checked the moment it exists. The law behind each rule is quoted in
landelijk/wettelijk-kader.yaml; the duties are in calculator/wet/plichten.py.
"""

from __future__ import annotations

import calculator

PEIL = "2026-11-23"


def _meldingen(regio: dict):
    for route in regio["routes"]:
        for stap in route["stappen"]:
            for m in stap.get("melden", []):
                yield f"{regio['slug']} {route['id']}/{stap['id']}", stap, m
    for regel in regio.get("regels", []):
        for m in regel["dan"].get("melden", []):
            yield f"{regio['slug']} regel {regel['id']}", regel, m


def _fouten(alle_regios, toets) -> list[str]:
    return [f"{waar}: {m['wat']}" for regio in alle_regios.values()
            for waar, _, m in _meldingen(regio) if toets(m)]


def test_een_schorsingsmelding_aan_de_inspectie_is_de_wettelijke_plicht_van_de_onderwijswet(
        alle_regios):
    """Item 1: WPO art. 40c, WVO 2020 art. 8.14, WEC art. 40a."""
    def fout(m: dict) -> bool:
        return (m["bij"] == "inspectie" and "schorsing" in m["wat"].lower()
                and not str(m.get("plicht", "")).startswith("schorsing-"))
    assert not _fouten(alle_regios, fout), _fouten(alle_regios, fout)


def test_alleen_het_zestienurencriterium_heet_de_wettelijke_melding_van_art_21a(alle_regios):
    """Item 3: a holiday or 'more than 4 weeks' below 16 hours is DUO's norm, not art. 21a."""
    def fout(m: dict) -> bool:
        laag = m["wat"].lower()
        return m.get("plicht") == "verzuim-16-uur" and ("vakantie" in laag or "meer dan 4 weken" in laag)
    assert not _fouten(alle_regios, fout), _fouten(alle_regios, fout)


def test_de_wettelijke_verwijderingsmelding_noemt_alleen_wat_de_wet_vraagt(alle_regios):
    """Item 16: art. 18 asks to report the decision terstond; 'actief betrekken' is regional."""
    def fout(m: dict) -> bool:
        return m.get("plicht") == "verwijdering" and "betrekken" in m["wat"].lower()
    assert not _fouten(alle_regios, fout), _fouten(alle_regios, fout)


def test_een_eigen_termijn_bij_een_wettelijke_melding_heet_in_de_lezing_een_afspraak(alle_regios):
    """Item 4, the data side: a region's term beside a legal duty is the region's agreement,
    and the step's reading says so (the law and the Inspectie norm are named beside it)."""
    fouten = []
    for regio in alle_regios.values():
        for route in regio["routes"]:
            for stap in route["stappen"]:
                for m in stap.get("melden", []):
                    if m["grondslag"] == "wet" and m.get("termijn"):
                        lezing = " ".join(stap.get("lezing", "").split())
                        if m["termijn"] not in lezing or "afspraak" not in lezing:
                            fouten.append(f"{regio['slug']} {route['id']}/{stap['id']}: {m['termijn']}")
    assert not fouten, fouten


def test_wie_art_25_lid_3_noemt_zegt_dat_artikel_25_twee_leden_heeft(alle_regios):
    """Item 12: the region's sentence stays; its reading flags the law."""
    fouten = []
    for regio in alle_regios.values():
        for route in regio["routes"]:
            for stap in route["stappen"]:
                if any("art. 25 lid 3" in a for a in stap.get("acties", [])):
                    if "twee leden" not in " ".join(stap.get("lezing", "").split()):
                        fouten.append(f"{regio['slug']} {route['id']}/{stap['id']}")
    assert not fouten, fouten


def test_een_jongere_van_vijfentwintig_krijgt_een_leeftijdsgrens_niet_twee(alle_regels):
    """Item 6: since 1 January 2026 the RMC task runs to 27 (WEB art. 9.2.1); a region that
    still writes 23 keeps its words, but the result never gives both ranges unexplained."""
    for slug, regels in alle_regels.items():
        u = calculator.classify({"leeftijd": 25, "ingeschreven": False, "peildatum": PEIL,
                                 "onderwijs": regels["sectoren"][-1]}, regels)
        for x in u["uitleg"]:
            if "tot 23" in x["tekst"]:
                assert "27" in x["tekst"], (slug, x["regel"], x["tekst"])
