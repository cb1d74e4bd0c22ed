"""Every page of the built site: no request to another origin, no CSP violation, no JS error."""

import re

import pytest
from conftest import SITE, alle_paginas, wacht_op_rekenhulp

PAGINAS = alle_paginas()


def test_de_site_is_gebouwd_met_alle_paginas():
    assert (SITE / "index.html").exists(), "site/ ontbreekt: draai 'make build'"
    for pagina in ("", "rekenhulp/", "routekaart/", "routekaart/begrippen/",
                   "routekaart/wettelijk-kader/", "routekaart/wettelijk-kader/art-21a/",
                   "routekaart/vergelijking/", "routekaart/vergelijking/ziekmeldingen-schooljaar/",
                   "over/privacy/", "over/toegankelijkheid/", "over/redacteuren/"):
        assert pagina in PAGINAS, f"pagina {pagina or '/'} ontbreekt"


@pytest.mark.parametrize("pagina", PAGINAS)
def test_pagina_blijft_op_de_eigen_origin(page, waarnemer, site_url, pagina):
    page.goto(site_url + pagina, wait_until="networkidle")
    if pagina == "rekenhulp/":
        wacht_op_rekenhulp(page)  # Pyodide and the wheel are requests too
        page.wait_for_load_state("networkidle")
    assert waarnemer.andere_origins() == []
    assert page.evaluate("() => window.__csp") == [], "CSP-schending"
    assert waarnemer.console_fouten == []
    assert waarnemer.pagina_fouten == []


@pytest.mark.parametrize("pagina", PAGINAS)
def test_pagina_heeft_een_strikte_csp(pagina):
    pad = SITE / (pagina + "index.html" if pagina == "" or pagina.endswith("/") else pagina)
    html = pad.read_text("utf-8")
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert m, "geen CSP-meta"
    assert html.index(m.group(0)) < html.find("<script"), "de CSP moet vóór het eerste script staan"
    beleid = dict(d.strip().split(" ", 1) for d in m.group(1).split(";"))
    assert beleid["default-src"] == "'self'"
    assert beleid["connect-src"] == "'self'"
    scripts = beleid["script-src"].split()
    # WebAssembly only where it runs: the Rekenhulp (Pyodide, also on the embeddable page)
    # and the search page (Pagefind).
    wasm = pagina.startswith(("rekenhulp", "zoeken", "inbedden"))
    assert scripts[0] == "'self'" and ("'wasm-unsafe-eval'" in scripts) == wasm
    assert all(s.startswith("'sha256-") for s in scripts[1 + wasm:])
    assert "'unsafe-inline'" not in m.group(1) and "'unsafe-eval'" not in m.group(1)
    assert '<meta name="referrer" content="same-origin">' in html


def test_geen_verwijzing_naar_cdn_of_google_fonts():
    verboden = re.compile(r"fonts\.googleapis|fonts\.gstatic|unpkg\.com|jsdelivr|cdnjs|"
                          r"googletagmanager|google-analytics")
    for pad in SITE.rglob("*"):
        if pad.suffix in (".html", ".js", ".mjs", ".css", ".json") and pad.is_file():
            assert not verboden.search(pad.read_text("utf-8", errors="replace")), pad
