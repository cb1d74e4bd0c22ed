"""The Rekenhulp page in Chromium: the same answers as CPython, the form, phones, the region chooser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import SITE, kies_regio
from playwright.sync_api import TimeoutError as PlaywrightTimeout

import calculator

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
PEILDATUM = "2026-11-23"


def manifest() -> dict:
    return json.loads((SITE / "assets" / "runtime" / "manifest.json").read_text("utf-8"))


def regio_index() -> list[dict]:
    return json.loads((SITE / manifest()["regios"]).read_text("utf-8"))["regios"]


def regels_tekst(slug: str) -> str:
    """The rules the page sends with each question (contract 3)."""
    pad = SITE / "assets" / "regels" / f"{slug}.json"
    return pad.read_text("utf-8") if pad.exists() else "null"


def scenario_situaties() -> list[dict]:
    situaties = []
    for pad in sorted(SCENARIOS.glob("*.yaml")):
        situaties += [{"peildatum": PEILDATUM, **g["situatie"]} for g in yaml.safe_load(pad.read_text("utf-8"))]
    return situaties


# Inputs that must be refused, with a Dutch message per field, in both runtimes.
FOUTE_SITUATIES = [
    {"regio": "bestaat-niet"},
    {"regio": "twente", "onderwijs": "po", "ongeoorloofd_uren_4_weken": -1},
    {"regio": "twente", "onderwijs": "vo", "ongeoorloofd_uren_4_weken": 400},
    {"regio": "twente", "onderwijs": "vo", "aanwezigheid_4_weken_procent": 120},
    {"regio": "sppoh", "gemeente": "amsterdam"},
    {"regio": "twente", "onbekend_veld": 1},
    {"regio": "swv-vo-2001", "ongeoorloofd_uren_4_weken": 20, "ongeoorloofd_uren_schooljaar": 10},
]


def cpython(situatie: dict) -> dict:
    regels = regels_tekst(str(situatie.get("regio")))
    if regels is None:
        return json.loads(calculator.classify_response_json(json.dumps(situatie)))
    return json.loads(calculator.classify_response_json(json.dumps(situatie), regels))  # type: ignore[call-arg]


# `rekenhulp` (tests/browser/conftest.py): the page with Python ready, shared per worker.


def test_er_zijn_scenarios_voor_de_browsertest():
    assert len(scenario_situaties()) >= 5 * 10


def test_browser_geeft_precies_wat_cpython_geeft(rekenhulp):
    situaties = scenario_situaties() + FOUTE_SITUATIES
    browser = rekenhulp.evaluate(
        "async (lijst) => { const uit = []; for (const s of lijst) uit.push(await window.rekenhulp.classify(s)); return uit; }",
        situaties)
    verschillen = [(s, b, c) for s, b in zip(situaties, browser, strict=True) if b != (c := cpython(s))]
    assert not verschillen, verschillen[:2]
    assert sum(1 for b in browser if not b["ok"]) == len(FOUTE_SITUATIES)


UITKOMST_JS = """() => ({
        soorten: (document.querySelector('#uitkomst-inhoud [data-soorten]')?.dataset.soorten || '').split(' ').filter(Boolean),
        stappen: [...document.querySelectorAll('#uitkomst-inhoud [data-stap]')].map(e => e.dataset.stap),
        melden: [...document.querySelectorAll('#uitkomst-inhoud [data-bij]')].map(e => [e.dataset.bij, e.dataset.grondslag]),
    })"""


def uitkomst_in_beeld(page) -> dict:
    return page.evaluate(UITKOMST_JS)


def vul_in(page, situatie: dict) -> None:
    kies_regio(page, situatie["regio"])
    for veld, waarde in situatie.items():
        if veld in ("regio", "peildatum"):
            continue
        if veld == "gemeente":
            page.select_option("#v-gemeente", waarde)
        elif isinstance(waarde, bool):
            page.check(f"#v-{veld}-{'ja' if waarde else 'nee'}")
        elif veld == "onderwijs":
            page.check(f"#v-onderwijs-{waarde}")
        else:
            page.fill(f"#v-{veld}", str(waarde).replace(".", ","))


def verwacht_in_beeld(situatie: dict) -> dict:
    u = cpython({k: v for k, v in situatie.items() if k != "peildatum"})["result"]
    # One numbered action per report, in the answer model's order (calculator/antwoord.py).
    return {"soorten": u["soorten"], "stappen": [s["id"] for s in u["stappen"]],
            "melden": [[x["partij"], x["grondslagen"][0]["grondslag"]] for x in u["antwoord"]["acties"]]}


def wacht_op_uitkomst(page, verwacht: dict) -> dict:
    """The outcome on screen once it is the expected one, or as it is after 30 s."""
    try:
        page.wait_for_function(f"(v) => JSON.stringify(({UITKOMST_JS})()) === JSON.stringify(v)",
                               arg=verwacht, timeout=30_000)
    except PlaywrightTimeout:
        pass
    return uitkomst_in_beeld(page)


@pytest.mark.parametrize("nummer", range(0, 60, 6))
def test_formulier_toont_de_uitkomst_van_cpython(rekenhulp, nummer):
    situaties = [s for s in scenario_situaties() if not set(s) & {"ongeoorloofd_uren_schooljaar"}]
    if nummer >= len(situaties):
        pytest.fail(f"te weinig scenario's ({len(situaties)})")
    s = situaties[nummer]
    vul_in(rekenhulp, s)
    verwacht = verwacht_in_beeld(s)
    assert wacht_op_uitkomst(rekenhulp, verwacht) == verwacht


def zichtbare_velden(page) -> set[str]:
    return set(page.evaluate("() => [...document.querySelectorAll('[data-veld]:not([hidden])')].map(e => e.dataset.veld)"))


def verwachte_velden(regio: dict) -> set[str]:
    """The questions the form shows for a region of the index, before any answer."""
    regels = json.loads(regels_tekst(regio["slug"]) or "null") or regio
    verwacht = set(regels["velden"]) | {"regio"}
    for vraag in regels.get("vragen", []):
        verwacht |= {vraag["veld"]} | {a["veld"] for a in vraag.get("alternatieven", [])}
    # The gemeente is asked only where something differs per gemeente: then it is in velden.
    return verwacht - {"vrijstelling"}  # only once 'ingeschreven' is 'nee'


def wacht_op_vragen(page, regio: dict) -> set[str]:
    """Wait until the form shows as many questions as the region has; return them."""
    verwacht = verwachte_velden(regio)
    page.wait_for_function("(n) => document.querySelectorAll('[data-veld]:not([hidden])').length === n",
                           arg=len(verwacht))
    return verwacht


def test_alleen_de_vragen_van_de_gekozen_regio(rekenhulp):
    for regio in regio_index():
        kies_regio(rekenhulp, regio["slug"])
        verwacht = wacht_op_vragen(rekenhulp, regio)
        assert zichtbare_velden(rekenhulp) == verwacht, regio["slug"]
    rekenhulp.check("#v-ingeschreven-nee")
    assert rekenhulp.is_visible("#v-vrijstelling-ja")


def test_keuzelijst_vindt_een_regio_op_gemeente_en_met_het_toetsenbord(rekenhulp):
    regio = next(r for r in regio_index() if r["gemeenten"])
    gemeente = regio["gemeenten"][-1]
    invoer = rekenhulp.locator("#v-regio")
    invoer.focus()
    rekenhulp.keyboard.type(gemeente["naam"].lower())
    assert invoer.get_attribute("aria-expanded") == "true"
    opties = rekenhulp.locator("#v-regio-lijst [role=option]")
    assert regio["slug"] in opties.evaluate_all("(os) => os.map(o => o.dataset.slug)")
    for _ in range(opties.count()):
        rekenhulp.keyboard.press("ArrowDown")
        actief = invoer.get_attribute("aria-activedescendant")
        assert actief and rekenhulp.locator(f"#{actief}").get_attribute("role") == "option"
        if actief == f"v-regio-lijst-{regio['slug']}":
            break
    rekenhulp.keyboard.press("Enter")
    assert invoer.get_attribute("aria-expanded") == "false"
    assert rekenhulp.input_value("#v-regio-slug") == regio["slug"]
    assert rekenhulp.input_value("#v-regio") == regio["naam"]
    rekenhulp.wait_for_function("(id) => document.querySelector('#v-gemeente').value === id", arg=gemeente["id"])
    rekenhulp.keyboard.type("xyz-geen-regio")
    assert "Geen regio gevonden" in rekenhulp.inner_text("#v-regio-lijst")
    rekenhulp.keyboard.press("Escape")
    assert invoer.get_attribute("aria-expanded") == "false"
    assert rekenhulp.input_value("#v-regio") == regio["naam"]  # Escape keeps the choice


def test_fout_antwoord_wordt_bij_de_vraag_gemeld(rekenhulp):
    kies_regio(rekenhulp, "twente")
    rekenhulp.check("#v-onderwijs-vo")
    rekenhulp.fill("#v-aanwezigheid_4_weken_procent", "120")
    rekenhulp.wait_for_selector("#foutsamenvatting:not([hidden])")
    veld = rekenhulp.locator("#v-aanwezigheid_4_weken_procent")
    assert veld.get_attribute("aria-invalid") == "true"
    fout = rekenhulp.locator("#v-aanwezigheid_4_weken_procent-fout")
    assert fout.is_visible() and "100" in fout.inner_text()
    assert "v-aanwezigheid_4_weken_procent-fout" in veld.get_attribute("aria-describedby")
    rekenhulp.click("#foutsamenvatting a")
    assert rekenhulp.evaluate("() => document.activeElement.id") == "v-aanwezigheid_4_weken_procent"


def test_fouten_noemen_de_vraag_nooit_een_veldnaam(rekenhulp):
    kies_regio(rekenhulp, "twente")
    rekenhulp.check("#v-onderwijs-vo")
    rekenhulp.fill("#v-ongeoorloofd_uren_4_weken", "20")
    rekenhulp.fill("#v-ongeoorloofd_uren_schooljaar", "10")
    rekenhulp.fill("#v-te_laat_schooljaar", "veel")
    rekenhulp.wait_for_selector("#foutsamenvatting:not([hidden]) li >> nth=1")
    teksten = rekenhulp.locator("#foutsamenvatting li, p.fout:not([hidden])").all_inner_texts()
    assert teksten and not [t for t in teksten if "_" in t], teksten


def test_wis_knop_maakt_alles_leeg(rekenhulp):
    vul_in(rekenhulp, {"regio": "twente", "onderwijs": "vo", "ongeoorloofd_uren_4_weken": 20})
    rekenhulp.wait_for_selector("#uitkomst-inhoud [data-soorten]")
    rekenhulp.click("#rekenhulp-wis")
    rekenhulp.wait_for_function("() => !document.querySelector('#uitkomst-inhoud [data-soorten]')")
    waarden = rekenhulp.evaluate("""() => [...document.querySelectorAll('#rekenhulp-form input, #rekenhulp-form select')]
        .filter(e => e.type === 'radio' ? e.checked && e.name !== 'ingeschreven' : e.value !== '').map(e => e.name || e.id)""")
    assert waarden == []
    assert rekenhulp.is_hidden("#uitkomst-balk")


def test_regio_is_voor_te_kiezen_via_de_link(page, waarnemer, site_url):
    page.goto(site_url + "rekenhulp/?regio=sppoh")
    page.wait_for_function("() => document.querySelector('#v-regio-slug').value === 'sppoh'")
    assert page.input_value("#v-regio") == next(r["naam"] for r in regio_index() if r["slug"] == "sppoh")
    page.wait_for_selector("#v-gemeente", state="visible")


def test_toetsenbord_alleen(rekenhulp):
    """A whole calculation without the mouse: type a region, Tab to the fields, arrows for radios."""
    rekenhulp.locator("#v-regio").focus()
    rekenhulp.keyboard.type("twen")
    rekenhulp.keyboard.press("ArrowDown")
    rekenhulp.keyboard.press("Enter")
    assert rekenhulp.input_value("#v-regio-slug") == "twente"
    rekenhulp.wait_for_selector("[data-veld=onderwijs]:not([hidden])")
    gevonden = False
    for _ in range(40):
        rekenhulp.keyboard.press("Tab")
        actief = rekenhulp.evaluate("() => document.activeElement.name || document.activeElement.id")
        if actief == "onderwijs":
            rekenhulp.keyboard.press("ArrowDown")  # radio group: arrows choose
        if actief == "ongeoorloofd_uren_4_weken":
            rekenhulp.keyboard.type("16")
            gevonden = True
            break
    assert gevonden, "het veld voor uren is niet met Tab te bereiken"
    rekenhulp.wait_for_selector("#uitkomst-inhoud [data-bij='duo']")
    assert ["duo", "wet"] in uitkomst_in_beeld(rekenhulp)["melden"]
    # Focus stays visible: the focused field has an outline.
    outline = rekenhulp.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
