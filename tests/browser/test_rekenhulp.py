"""The Rekenhulp page in Chromium: the same answers as CPython, the form, and failure modes."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest
import yaml
from conftest import wacht_op_rekenhulp

import calculator

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
PEILDATUM = "2026-11-23"


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
    return json.loads(calculator.classify_response_json(json.dumps(situatie)))


@pytest.fixture
def rekenhulp(page, waarnemer, site_url):
    page.goto(site_url + "rekenhulp/")
    wacht_op_rekenhulp(page)
    assert page.get_attribute("#rekenhulp-status", "data-staat") == "klaar"
    return page


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


def uitkomst_in_beeld(page) -> dict:
    return page.evaluate("""() => ({
        soorten: [...document.querySelectorAll('#uitkomst-inhoud [data-soort]')].map(e => e.dataset.soort),
        stappen: [...document.querySelectorAll('#uitkomst-inhoud [data-stap]')].map(e => e.dataset.stap),
        melden: [...document.querySelectorAll('#uitkomst-inhoud [data-bij]')].map(e => [e.dataset.bij, e.dataset.grondslag]),
    })""")


def vul_in(page, situatie: dict) -> None:
    page.select_option("#v-regio", situatie["regio"])
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
    return {"soorten": u["soorten"], "stappen": [s["id"] for s in u["stappen"]],
            "melden": [[m["bij"], m["grondslag"]] for m in u["melden"]]}


def wacht_op_uitkomst(page, verwacht: dict) -> dict:
    einde = time.monotonic() + 10
    while time.monotonic() < einde:
        gezien = uitkomst_in_beeld(page)
        if gezien == verwacht:
            return gezien
        page.wait_for_timeout(100)
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


def test_alleen_de_vragen_van_de_gekozen_regio(rekenhulp, site_url):
    regios = json.loads(rekenhulp.request.get(site_url + "routekaart/rekenhulp.json").text())["regios"]
    for regio in regios:
        rekenhulp.select_option("#v-regio", regio["slug"])
        zichtbaar = set(rekenhulp.evaluate(
            "() => [...document.querySelectorAll('[data-veld]:not([hidden])')].map(e => e.dataset.veld)"))
        verwacht = set(regio["velden"]) | {"regio"}
        verwacht |= {"gemeente"} if regio["gemeenten"] else set()
        verwacht -= {"vrijstelling"}  # only once 'ingeschreven' is 'nee'
        assert zichtbaar == verwacht, regio["slug"]
    rekenhulp.check("#v-ingeschreven-nee")
    assert rekenhulp.is_visible("#v-vrijstelling-ja")


def test_elk_veld_van_de_regels_staat_in_het_formulier(rekenhulp, site_url):
    regios = json.loads(rekenhulp.request.get(site_url + "routekaart/rekenhulp.json").text())["regios"]
    in_formulier = set(rekenhulp.evaluate(
        "() => [...document.querySelectorAll('[data-veld]')].map(e => e.dataset.veld)"))
    nodig = set().union(*(r["velden"] for r in regios))
    assert nodig <= in_formulier
    assert in_formulier <= set(calculator.invoer.ALLE_VELDEN)


def test_fout_antwoord_wordt_bij_het_veld_gemeld(rekenhulp):
    rekenhulp.select_option("#v-regio", "twente")
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


def test_wis_knop_maakt_alles_leeg(rekenhulp):
    vul_in(rekenhulp, {"regio": "twente", "onderwijs": "vo", "ongeoorloofd_uren_4_weken": 20})
    rekenhulp.wait_for_selector("#uitkomst-inhoud [data-soort]")
    rekenhulp.click("#rekenhulp-wis")
    rekenhulp.wait_for_function("() => !document.querySelector('#uitkomst-inhoud [data-soort]')")
    waarden = rekenhulp.evaluate("""() => [...document.querySelectorAll('#rekenhulp-form input, #rekenhulp-form select')]
        .filter(e => e.type === 'radio' ? e.checked && e.name !== 'ingeschreven' : e.value !== '').map(e => e.name)""")
    assert waarden == []


def test_regio_is_voor_te_kiezen_via_de_link(page, waarnemer, site_url):
    page.goto(site_url + "rekenhulp/?regio=sppoh")
    page.wait_for_function("() => document.querySelector('#v-regio').value === 'sppoh'")
    assert page.is_visible("#v-gemeente")


def test_toetsenbord_alleen(rekenhulp):
    """A whole calculation without the mouse: Tab to the fields, type, arrows for radios."""
    rekenhulp.locator("#v-regio").focus()
    rekenhulp.keyboard.press("Home")
    gekozen = None
    for _ in range(10):  # arrow down through the regions to Twente
        rekenhulp.keyboard.press("ArrowDown")
        gekozen = rekenhulp.evaluate("() => document.querySelector('#v-regio').value")
        if gekozen == "twente":
            break
    assert gekozen == "twente"
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


def pyodide_van(page, adres: str) -> None:
    """Let the page look for Pyodide elsewhere. The worker's own requests cannot be routed by
    Playwright, but the manifest that tells it where to look is fetched by the page."""
    def vervang(route):
        route.fulfill(json={**route.fetch().json(), "pyodide": adres})
    page.route("**/assets/runtime/manifest.json", vervang)


@pytest.fixture
def hangende_server():
    """A server that accepts connections and never answers, like a start that hangs forever."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    open_ = []
    def accepteer():
        while True:
            try:
                open_.append(sock.accept()[0])
            except OSError:
                return
    threading.Thread(target=accepteer, daemon=True).start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    sock.close()
    for c in open_:
        c.close()


def test_python_start_niet_dan_zegt_de_pagina_het(page, site_url):
    pyodide_van(page, "bestaat-niet/")
    t0 = time.monotonic()
    page.goto(site_url + "rekenhulp/")
    page.wait_for_selector("#rekenhulp-status[data-staat='fout']", timeout=20000)
    assert "niet starten" in page.inner_text("#rekenhulp-status")
    assert page.locator("#rekenhulp-status a[href$='routekaart/']").count() == 1
    assert time.monotonic() - t0 < 20


def test_python_hangt_dan_volgt_een_time_out(page, site_url, hangende_server):
    # loadPyodide() never finishes, as under a CSP without 'wasm-unsafe-eval'.
    page.add_init_script("window.REKENHULP_TIMEOUT_MS = 3000;")
    pyodide_van(page, hangende_server)
    t0 = time.monotonic()
    page.goto(site_url + "rekenhulp/")
    page.wait_for_selector("#rekenhulp-status[data-staat='fout']", timeout=10000)
    assert "3 seconden" in page.inner_text("#rekenhulp-status")
    assert 2.5 < time.monotonic() - t0 < 10


def test_formulier_is_bruikbaar_voordat_python_klaar_is(page, site_url, hangende_server):
    pyodide_van(page, hangende_server)  # Python stays "loading"
    page.goto(site_url + "rekenhulp/")
    page.select_option("#v-regio", "twente")
    page.check("#v-onderwijs-vo")
    page.fill("#v-te_laat_schooljaar", "3")
    assert page.input_value("#v-te_laat_schooljaar") == "3"
    page.wait_for_selector("#uitkomst-inhoud:has-text('geladen')")
    assert page.get_attribute("#rekenhulp-status", "data-staat") == "laden"
