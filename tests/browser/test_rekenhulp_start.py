"""The Rekenhulp's start-up and caching (beslissingen/0011): never stale after a publication,
a warm revisit quick next to bare Pyodide, the runtime prefetched on region pages (not when
data is to be saved, never from another origin), and a status that never goes back.

The scratch site is a copy in tmp_path (large files hard-linked, never written to); the
built site/ is only read.
"""

from __future__ import annotations

import copy
import functools
import gzip
import http.server
import json
import os
import shutil
import sys
import threading
from pathlib import Path

import pytest
from conftest import ROOT, SITE, kies_regio, wacht_op_rekenhulp
from serve import Handler, maak_server

sys.path.insert(0, str(ROOT))
import runtime  # noqa: E402

import calculator  # noqa: E402

JAAR = "public, max-age=31536000, immutable"


class LangeCache(Handler):
    """A host that lets browsers keep every file for a year, hashed or not (the worst case)."""

    def end_headers(self):
        self.send_header("Cache-Control", JAAR)
        super().end_headers()


def _dien(map_: Path):
    server = maak_server(map_)
    server.RequestHandlerClass = functools.partial(LangeCache, directory=str(map_))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture
def kopie(tmp_path):
    """A scratch copy of the built site, served with a year's caching for every file."""
    doel = tmp_path / "site"
    shutil.copytree(SITE, doel, copy_function=os.link)
    # What a publication rewrites is copied for real, so no write reaches site/.
    shutil.rmtree(doel / "assets" / "regels")
    shutil.copytree(SITE / "assets" / "regels", doel / "assets" / "regels")
    (doel / "assets" / "runtime" / "manifest.json").unlink()
    shutil.copyfile(SITE / "assets" / "runtime" / "manifest.json", doel / "assets" / "runtime" / "manifest.json")
    server, base = _dien(doel)
    yield doel, base
    server.shutdown()


def _antwoord(situatie: dict, regels_tekst: str) -> dict:
    return json.loads(calculator.classify_response_json(json.dumps(situatie), regels_tekst))


def _drempel_die_het_antwoord_bepaalt(site: Path) -> tuple[str, dict, dict]:
    """(slug, situation, threshold): a situation right at a region's numeric threshold, whose
    answer changes when that threshold goes up by one. Derived from the built rules."""
    index = json.loads((site / "assets" / "regels" / "index.json").read_text("utf-8"))["regios"]
    for regio in index:
        tekst = (site / regio["regels"]).read_text("utf-8")
        regels = json.loads(tekst)
        for drempel in regels["drempels"]:
            if drempel.get("vergelijking") != ">=" or not isinstance(drempel.get("waarde"), int):
                continue
            s = {"regio": regio["slug"], "peildatum": "2026-11-23", "leeftijd": 14,
                 drempel["invoer"]: drempel["waarde"]}
            if drempel.get("onderwijs"):
                s["onderwijs"] = drempel["onderwijs"]
            hoger = copy.deepcopy(regels)
            next(d for d in hoger["drempels"] if d["id"] == drempel["id"])["waarde"] += 1
            if _antwoord(s, tekst) != _antwoord(s, json.dumps(hoger)):
                return regio["slug"], s, drempel
    pytest.fail("geen regio met een getalsdrempel die het antwoord bepaalt")


def _publiceer(site: Path, slug: str, drempel: dict) -> str:
    """What `make publiceer` + `make build` change for the Rekenhulp: the region's rules (one
    threshold up, a new version), its content-addressed copy, the index and the manifest."""
    import runtime
    from bron.regios import laad_alle
    from rekenhulp import regels_json

    regios = laad_alle(archief=False)
    d = regios[slug]
    next(x for x in d["drempels"] if x["id"] == drempel["id"])["waarde"] = drempel["waarde"] + 1
    d["publicatie"] = {**d["publicatie"], "versie": f"{d['publicatie']['versie']}-test"}
    regels_json.schrijf(regios, site / "assets" / "regels")
    pad = site / "assets" / "runtime" / "manifest.json"
    manifest = json.loads(pad.read_text("utf-8"))
    manifest["regios"] = runtime.regio_index(site / "assets" / "regels")
    pad.write_text(json.dumps(manifest), "utf-8")
    # HTTP dates have whole seconds: the new manifest must not look as old as the first visit.
    os.utime(pad, (pad.stat().st_atime, pad.stat().st_mtime + 60))
    return d["publicatie"]["versie"]


def _vul_in(page, slug: str) -> None:
    kies_regio(page, slug)
    onderwijs = page.locator("input[name='onderwijs']:visible")
    if onderwijs.count():
        onderwijs.first.check()
    page.fill("#v-ongeoorloofd_uren_4_weken", "1")


def test_na_een_publicatie_rekent_een_terugkerende_bezoeker_met_de_nieuwe_drempel(browser, kopie):
    site, base = kopie
    slug, situatie, drempel = _drempel_die_het_antwoord_bepaalt(site)
    oud = _antwoord(situatie, (site / next(r["regels"] for r in json.loads(
        (site / "assets" / "regels" / "index.json").read_text("utf-8"))["regios"] if r["slug"] == slug)).read_text("utf-8"))
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "rekenhulp/")
    wacht_op_rekenhulp(page)
    assert page.evaluate("(s) => window.rekenhulp.classify(s)", situatie) == oud
    page.close()

    versie = _publiceer(site, slug, drempel)
    nieuwe_regels = json.loads((site / "assets" / "regels" / f"{slug}.json").read_text("utf-8"))
    nieuw = _antwoord(situatie, json.dumps(nieuwe_regels))
    assert nieuw != oud

    page = context.new_page()  # the same browser, its cache full of the first visit
    page.goto(base + "rekenhulp/")
    wacht_op_rekenhulp(page)
    assert page.evaluate("(s) => window.rekenhulp.classify(s)", situatie) == nieuw
    _vul_in(page, slug)
    regel = page.locator("#uitkomst-inhoud .regels-versie")
    regel.wait_for()
    assert regel.get_attribute("data-versie") == versie
    assert f"versie {versie}" in regel.inner_text()
    assert page.locator(".regels-versie-anders").count() == 0
    context.close()


def test_andere_versie_dan_de_pagina_toont_wordt_gemeld(page, site_url):
    """Should the rules differ from the version the page lists, the answer says so."""
    def index(route):
        doc = route.fetch().json()
        for regio in doc["regios"]:
            regio["versie"] = "oud"
        route.fulfill(json=doc)
    page.route("**/assets/regels/v/index-*.json", index)
    page.goto(site_url + "rekenhulp/")
    slug = json.loads((SITE / "assets" / "regels" / "index.json").read_text("utf-8"))["regios"][0]["slug"]
    _vul_in(page, slug)
    page.wait_for_selector("#uitkomst-inhoud .regels-versie-anders")
    assert "versie oud" in page.inner_text(".regels-versie-anders")


# window.rekenhulp is at first the <div id="rekenhulp"> (a named element): wait for the API.
KLAAR = """async () => {
    while (typeof (window.rekenhulp && window.rekenhulp.classify) !== 'function')
        await new Promise((r) => setTimeout(r, 5));
    await window.rekenhulp.gereed;
    return true;
}"""


class Opschrijver(LangeCache):
    """LangeCache that notes every path the browser asks for."""

    def do_GET(self):
        self.server.gevraagd.append(self.path.split("?", 1)[0])
        return super().do_GET()


@pytest.fixture
def opschrijver():
    """The built site, served with a year's caching, noting every path the browser asks for
    (the worker's requests too: they reach the server whatever the page's events show)."""
    server = maak_server(SITE)
    server.RequestHandlerClass = functools.partial(Opschrijver, directory=str(SITE))
    server.gevraagd = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", server.gevraagd
    server.shutdown()


HOE_GESTART = "() => ({start: window.rekenhulp.timings.start, bewaren: window.rekenhulp.timings.bewaren})"
BEWAARD = "() => window.rekenhulp.momentopname.then(() => true)"


def _bezoek(context, base: str):
    """A new tab on the Rekenhulp, once Python is ready (one visit in that browser profile)."""
    page = context.new_page()
    page.goto(base + "rekenhulp/", wait_until="commit")
    assert page.evaluate(KLAAR)
    return page


def _runtime(paden: list[str]) -> list[str]:
    return [p for p in paden if "/assets/runtime/" in p and not p.endswith("manifest.json")]


def _zelfde_antwoord_als_cpython(page) -> None:
    """A question answered in the browser gets the answer CPython gives with the same rules."""
    regio = json.loads((SITE / "assets" / "regels" / "index.json").read_text("utf-8"))["regios"][0]
    s = {"regio": regio["slug"], "peildatum": "2026-11-23", "leeftijd": 14, "ongeoorloofd_uren_4_weken": 17}
    in_browser = page.evaluate("(s) => window.rekenhulp.classify(s)", s)
    assert in_browser == _antwoord(s, (SITE / regio["regels"]).read_text("utf-8"))


# What makes a revisit quick (beslissingen/0011) is checked as behaviour, not timed: the time
# itself is a figure of scripts/benchmark.py ("klaar, warm"). That the runtime is compiled and
# content-addressed: tests/unit/test_start_cache.py.
def test_warm_bezoek_start_uit_de_momentopname_en_vraagt_de_server_geen_runtimebestand(
        browser_type, browser_type_launch_args, tmp_path, opschrijver):
    base, gevraagd = opschrijver
    momentopname = "/assets/runtime/" + json.loads((SITE / "assets" / "runtime" / "manifest.json")
                                                   .read_text("utf-8"))["momentopname"]
    # A profile on disk, as a visitor's browser has: an incognito context keeps its cache
    # in memory, too small for the 9.6 MB WebAssembly file.
    context = browser_type.launch_persistent_context(tmp_path / "profiel", **browser_type_launch_args)
    try:
        page = _bezoek(context, base)
        # A first visit starts Python as usual, without waiting for the snapshot ...
        assert page.evaluate(HOE_GESTART) == {"start": "gewoon", "bewaren": True}
        assert momentopname not in gevraagd[: gevraagd.index(next(p for p in gevraagd if p.endswith(".wasm")))]
        # ... and then puts it in the HTTP cache for the next visit.
        assert page.evaluate(BEWAARD)
        assert momentopname in gevraagd
        koud = list(gevraagd)
        page.close()

        gevraagd.clear()
        page = _bezoek(context, base)
        assert page.evaluate(HOE_GESTART) == {"start": "momentopname", "bewaren": False}
        _zelfde_antwoord_als_cpython(page)
        warm = list(gevraagd)
    finally:
        context.close()
    assert any(p.endswith(".wasm") for p in _runtime(koud)), koud  # the cold visit did fetch it
    assert _runtime(warm) == [], warm


def test_een_kapotte_momentopname_start_python_gewoon(browser_type, browser_type_launch_args, tmp_path, kopie):
    """A snapshot this Pyodide cannot use (damaged, another version) costs a usual start,
    never a Rekenhulp that does not start."""
    doel, base = kopie
    pad = doel / "assets" / "runtime" / json.loads(
        (doel / "assets" / "runtime" / "manifest.json").read_text("utf-8"))["momentopname"]
    pad.unlink()  # hard-linked to site/: replaced, not written into
    # Packed as the build packs it, so the worker unpacks it and Pyodide itself refuses it.
    pad.write_bytes(gzip.compress(runtime.zonder_lege_blokken(b"geen geheugen van Python" * 4096)))
    context = browser_type.launch_persistent_context(tmp_path / "profiel", **browser_type_launch_args)
    try:
        assert _bezoek(context, base).evaluate(BEWAARD)  # the damaged file is in the HTTP cache now
        page = _bezoek(context, base)
        assert page.evaluate(HOE_GESTART) == {"start": "momentopname mislukt", "bewaren": False}
        _zelfde_antwoord_als_cpython(page)
    finally:
        context.close()


def test_geen_momentopname_bewaren_als_de_verbinding_zuinig_moet_zijn(page, opschrijver):
    base, gevraagd = opschrijver
    page.add_init_script("Object.defineProperty(navigator, 'connection', "
                         "{value: {saveData: true, effectiveType: '4g'}, configurable: true});")
    page.goto(base + "rekenhulp/", wait_until="commit")
    assert page.evaluate(KLAAR)
    assert page.evaluate(HOE_GESTART) == {"start": "gewoon", "bewaren": False}
    _zelfde_antwoord_als_cpython(page)  # a round trip through the worker after it was ready
    assert not [p for p in gevraagd if "momentopname" in p], gevraagd


def _routepagina() -> str:
    """A region's page, from the built site (any region will do)."""
    return next(p for p in sorted((SITE / "routekaart").glob("*/index.html"))).relative_to(SITE).parent.as_posix() + "/"


VOORAF_KLAAR = "() => document.documentElement.dataset.vooraf"


def test_routepagina_haalt_de_runtime_vooraf_in_de_http_cache(page, waarnemer, site_url):
    manifest = json.loads((SITE / "assets" / "runtime" / "manifest.json").read_text("utf-8"))
    page.goto(site_url + _routepagina())
    page.wait_for_function("() => performance.getEntriesByType('resource').some("
                           "(e) => e.name.endsWith('/pyodide.asm.wasm'))")
    assert page.evaluate(VOORAF_KLAAR) in {"klaar", "momentopname"}  # the latter follows quickly here
    gehaald = set(waarnemer.verzoeken)
    for pad in [*manifest["bestanden"], manifest["worker"]]:
        assert site_url + "assets/runtime/" + pad in gehaald, pad
    assert site_url + manifest["regios"] in gehaald
    assert waarnemer.andere_origins() == []
    # The snapshot for a quick revisit comes too, but only once the start's files are in: on a
    # slow line it must not take their bandwidth.
    page.wait_for_function(f"() => ({VOORAF_KLAAR})() === 'momentopname'")
    tijden = page.evaluate("() => performance.getEntriesByType('resource').map((e) => [e.name, e.startTime, e.responseEnd])")
    runtime = site_url + "assets/runtime/"
    opname = [begin for naam, begin, _ in tijden if naam == runtime + manifest["momentopname"]]
    eerder = [eind for naam, _, eind in tijden if naam in {runtime + p for p in [*manifest["bestanden"], manifest["worker"]]}]
    assert len(opname) == 1 and len(eerder) == len(manifest["bestanden"]) + 1, tijden
    assert opname[0] >= max(eerder)
    s = page.evaluate("async () => ({caches: (await caches.keys()).length, idb: (await indexedDB.databases()).length,"
                      " sw: (await navigator.serviceWorker.getRegistrations()).length})")
    assert s == {"caches": 0, "idb": 0, "sw": 0}


def test_niets_vooraf_als_de_verbinding_zuinig_moet_zijn(page, waarnemer, site_url):
    page.add_init_script("Object.defineProperty(navigator, 'connection', "
                         "{value: {saveData: true, effectiveType: '4g'}, configurable: true});")
    page.goto(site_url + _routepagina())
    page.wait_for_function(f"() => ({VOORAF_KLAAR})() === 'overgeslagen'")
    assert [u for u in waarnemer.verzoeken if "/assets/runtime/" in u] == []


class Teller(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the base class's name
        self.server.gezien.append(self.path)
        self.send_response(200)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_vooraf_nooit_van_een_andere_origin(page, waarnemer, site_url):
    ander = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Teller)
    ander.gezien = []
    threading.Thread(target=ander.serve_forever, daemon=True).start()
    elders = f"http://127.0.0.1:{ander.server_address[1]}/"
    try:
        def vervang(route):
            m = route.fetch().json()
            route.fulfill(json={**m, "bestanden": {elders + "x.wasm": 1, **m["bestanden"]},
                                "worker": elders + "w.js", "regios": elders + "index.json",
                                "momentopname": elders + "momentopname.bin.gz"})
        page.route("**/assets/runtime/manifest.json", vervang)
        page.goto(site_url + _routepagina())
        page.wait_for_function(f"() => ['klaar', 'momentopname'].includes(({VOORAF_KLAAR})())")
        assert page.locator("link[rel=prefetch]").count() >= 1  # its own files still come
        assert all(h.startswith(site_url) for h in page.eval_on_selector_all(
            "link[rel=prefetch]", "ls => ls.map((l) => l.href)"))
        assert waarnemer.andere_origins() == []
        assert ander.gezien == []
    finally:
        ander.shutdown()


VOLG_STATUS = """() => { window.__status = [];
    const status = document.querySelector('#rekenhulp-status');
    const noteer = () => { const t = status.textContent;
        if (window.__status[window.__status.length - 1] !== t) window.__status.push(t); };
    noteer();
    new MutationObserver(noteer).observe(status, {childList: true, characterData: true, subtree: true}); }"""


def test_status_gaat_nooit_terug(page, site_url):
    page.add_init_script(f"document.addEventListener('DOMContentLoaded', {VOLG_STATUS});")
    page.goto(site_url + "rekenhulp/")
    wacht_op_rekenhulp(page)
    page.wait_for_selector("#rekenhulp-status[data-staat='klaar']")
    reeks = page.evaluate("() => window.__status")
    # Each text once, in one run: downloading, starting, ready, never one of them again.
    assert len(reeks) == len(set(reeks)), reeks
    assert len(reeks) >= 2 and "klaar" in reeks[-1]
