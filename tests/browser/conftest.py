"""Browser tests: Debian's Chromium driven by Playwright, against the built site/ on 127.0.0.1.

The site must be built first (`make test` does that); tests only read it. Every test that asks
for ``page`` gets a fresh page; ``waarnemer`` adds listeners that record requests, console
errors, page errors and CSP violations. A test that only needs a Rekenhulp with Python ready
asks for ``rekenhulp``: one page per test worker, put back between tests (see below), because
starting Python (Pyodide) costs seconds of processor time each time.
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
sys.path.insert(0, str(ROOT / "scripts"))
from serve import maak_server  # noqa: E402

# Debian's chromium-headless-shell (the Makefile's CHROMIUM): the same engine without a window,
# a third of the full browser's time per page here. Without it, the full chromium.
_SHELL = Path("/usr/bin/chromium-headless-shell")
_VOL = Path("/usr/bin/chromium")
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH") or (_SHELL if _SHELL.exists() else _VOL))
if not CHROMIUM.exists() and _VOL.exists():  # make chromium could not install the shell
    CHROMIUM = _VOL
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic"]

# Collected before any page script runs (init scripts are not subject to the page's CSP).
CSP_LUISTERAAR = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
});
"""


@pytest.fixture(scope="session")
def browser_type_launch_args():
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium ontbreekt ({CHROMIUM}): apt-get install chromium-headless-shell, "
                    "of draai 'make test' (installeert het als root).")
    return {"executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def site_url():
    if not (SITE / "index.html").exists():
        pytest.fail("site/ is niet gebouwd: draai 'make build' (of 'make test').")
    server = maak_server(SITE)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class Waarnemer:
    """What one page did: requests, console errors, uncaught errors."""

    def __init__(self, page, base: str):
        self.base = base
        self.verzoeken: list[str] = []
        self.console_fouten: list[str] = []
        self.pagina_fouten: list[str] = []
        page.on("request", lambda r: self.verzoeken.append(r.url))
        page.on("console", lambda m: m.type == "error" and self.console_fouten.append(m.text))
        page.on("pageerror", lambda e: self.pagina_fouten.append(str(e)))

    def andere_origins(self) -> list[str]:
        return [u for u in self.verzoeken
                if not u.startswith(self.base) and not u.startswith(("data:", "blob:"))]


@pytest.fixture
def waarnemer(page, site_url):
    page.add_init_script(CSP_LUISTERAAR)
    return Waarnemer(page, site_url)


@pytest.fixture(scope="session")
def _gedeelde_context(browser):
    context = browser.new_context()
    yield context
    context.close()


@pytest.fixture
def gedeelde_pagina(_gedeelde_context):
    """One tab per worker for the checks that look at every page of the site in turn (fits a
    phone, no plumbing words, axe): a fresh browser context per page took longer than the check
    (211 phone checks: 55 s -> 23 s on 3 workers). Each test sets the viewport it needs and
    navigates; nothing is stored by the site, so no page leaves anything for the next. Checks of
    requests and origins keep a fresh context (the `page` fixture)."""
    open_ = [p for p in _gedeelde_context.pages if not p.is_closed()]
    return open_[0] if open_ else _gedeelde_context.new_page()


def alle_paginas() -> list[str]:
    """Every HTML page of the built site, as a path relative to the site root."""
    if not SITE.exists():
        return []
    paden = []
    for pad in sorted(SITE.rglob("*.html")):
        rel = pad.relative_to(SITE).as_posix()
        paden.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return paden


def wacht_op_rekenhulp(page) -> dict:
    """Wait until Python has started in the worker (or failed); return the timings."""
    page.evaluate("() => window.rekenhulp.gereed")
    return page.evaluate("() => window.rekenhulp.timings")


STIL_JS = """([selectors, ms]) => new Promise((klaar) => {
    const obs = new MutationObserver(() => { clearTimeout(wekker); wekker = setTimeout(einde, ms); });
    const einde = () => { obs.disconnect(); klaar(); };
    let wekker = setTimeout(einde, ms);
    for (const s of selectors) obs.observe(document.querySelector(s),
        {subtree: true, childList: true, characterData: true, attributes: true});
})"""


def wacht_tot_stil(page, selectors: list[str], ms: int) -> None:
    """Wait until nothing in ``selectors`` has changed for ``ms`` milliseconds (a condition,
    not a fixed sleep: as long as the page keeps changing, it keeps waiting)."""
    page.evaluate(STIL_JS, [selectors, ms])


def verandering_volgen(page, selector: str):
    """Start watching ``selector``; the returned function waits until it has changed."""
    sleutel = f"__veranderd_{abs(hash(selector))}"
    page.evaluate("""([s, k]) => { window[k] = false; new MutationObserver((_, obs) => { window[k] = true; obs.disconnect(); })
        .observe(document.querySelector(s), {subtree: true, childList: true, characterData: true, attributes: true}); }""",
                  [selector, sleutel])
    return lambda: page.wait_for_function("(k) => window[k]", arg=sleutel)


def kies_regio(page, slug: str) -> None:
    """Choose a region in the Rekenhulp as a visitor does: type in the combobox, pick the option.

    (The region chooser is a combobox, not a <select>: use this, not select_option("#v-regio").)
    """
    page.wait_for_selector("#v-regio[data-klaar]", state="attached")
    page.fill("#v-regio", slug)
    page.click(f"#v-regio-lijst-{slug}")
    page.wait_for_function("(slug) => document.querySelector('#v-regio-slug').value === slug", arg=slug)


def fixture_regels(page, vragen: dict | None = None, kapot: frozenset = frozenset()) -> None:
    """Serve this build's rules per region (contract 3), with questions replaced by ``vragen``
    and the regions in ``kapot`` answering 404. Routes the page's requests."""
    import json
    import re

    map_ = SITE / "assets" / "regels"

    def regels(route):
        # v/<slug>-<hash>.json, the content-addressed copy the page fetches (or <slug>.json)
        slug = re.sub(r"-[0-9a-f]{16}$", "", route.request.url.rsplit("/", 1)[-1].removesuffix(".json"))
        pad = map_ / f"{slug}.json"
        if slug in kapot or not pad.exists():
            return route.fulfill(status=404, body="niet gevonden")
        doc = json.loads(pad.read_text("utf-8"))
        if vragen and slug in vragen:
            doc["vragen"] = vragen[slug]
        return route.fulfill(json=doc)

    page.route(re.compile(r".*/assets/regels/(v/)?[^/]+\.json$"), regels)


# --- One Rekenhulp per worker ---------------------------------------------------------------
# Put back as a visitor would (the form's own "Wis alle antwoorden"), then compared with the page
# as it was just after loading, as a visitor perceives it: the text on screen, which elements
# show, every field's value, choice and options, the focus, the scroll position and the address.
# Only when all are the same does the next test get the page; otherwise it is loaded anew (and a
# warning says why, so a reset that no longer works shows in the test report).

# Blocks the page fills and empties itself; after "Wis" they get their first content back.
HERSTELD = ("#uitkomst-inhoud", "#uitkomst-balk", "#v-regio-lijst")
# Live regions: their text is what was last told to a screen reader, and the page uses it to
# say nothing twice. Left as they are, and not compared.
GESPROKEN = ("#uitkomst-aankondiging", "#v-regio-melding")

TOESTAND_JS = r"""([gesproken]) => {
    const w = document.querySelector('.md-content');
    const stil = gesproken.map((s) => document.querySelector(s)).filter(Boolean);
    const zichtbaar = (e) => e.checkVisibility() && e.offsetWidth > 0 && e.offsetHeight > 0;
    let tekst = w.innerText;
    for (const e of stil) if (e.innerText) tekst = tekst.replace(e.innerText, '');
    return {
        tekst: tekst.split(/\s+/).join(' ').trim(),  // empty blocks add blank lines, not text
        zichtbaar: [...w.querySelectorAll('[id], [data-veld]')].filter((e) => !stil.includes(e) && zichtbaar(e))
            .map((e) => e.id || e.dataset.veld),
        velden: [...w.querySelectorAll('input, select, textarea')].map((e) => [e.id || e.name, e.value,
            e.checked, e.disabled, e.options ? [...e.options].map((o) => o.value + o.text).join('|') : null]),
        focus: document.activeElement === document.body,
        adres: location.href, scroll: [scrollX, scrollY],
        staat: document.querySelector('#rekenhulp-status')?.dataset.staat,
    };
}"""

BEWAAR_JS = """(herstel) => { window.__begin = Object.fromEntries(herstel.map((s) =>
    [s, [...(document.querySelector(s)?.childNodes || [])].map((n) => n.cloneNode(true))])); }"""

HERSTEL_JS = """(herstel) => {
    for (const s of herstel) document.querySelector(s)?.replaceChildren(...window.__begin[s].map((n) => n.cloneNode(true)));
    document.activeElement?.blur();
    scrollTo(0, 0);
}"""


class GedeeldeRekenhulp:
    def __init__(self, browser, context_args: dict, site_url: str):
        self.browser, self.context_args, self.adres = browser, context_args, site_url + "rekenhulp/"
        self.context = self.page = self.waarnemer = self.begin = None
        self.starts = 0

    def _start(self) -> None:
        self.sluit()
        self.context = self.browser.new_context(**self.context_args)
        self.page = self.context.new_page()
        self.page.add_init_script(CSP_LUISTERAAR)
        self.waarnemer = Waarnemer(self.page, self.adres.removesuffix("rekenhulp/"))
        self.page.goto(self.adres)
        wacht_op_rekenhulp(self.page)
        assert self.page.get_attribute("#rekenhulp-status", "data-staat") == "klaar"
        self.page.evaluate(BEWAAR_JS, list(HERSTELD))
        self.viewport = self.page.viewport_size
        self.begin = self._toestand()
        self.starts += 1

    def _toestand(self) -> dict:
        return self.page.evaluate(TOESTAND_JS, [list(GESPROKEN)])

    def _terug(self) -> str | None:
        """Back to the state just after loading; None when that worked, else what differs."""
        page = self.page
        if page.url.split("#")[0] != self.adres:
            return f"de pagina ging naar {page.url}"
        page.unroute_all(behavior="ignoreErrors")
        if page.viewport_size != self.viewport:
            page.set_viewport_size(self.viewport)
        page.evaluate("() => history.replaceState(null, '', location.pathname)")
        page.click("#rekenhulp-wis")
        # The form's reset handler ends by putting the focus in the region field; leaving it
        # closes the region list (the page's own blur handler) and empties the field.
        page.wait_for_function("() => document.activeElement?.id === 'v-regio'")
        page.evaluate("() => document.activeElement.blur()")
        page.wait_for_function("() => document.querySelector('#v-regio-lijst').hidden"
                               " && document.querySelector('#v-regio').value === ''")
        page.evaluate(HERSTEL_JS, list(HERSTELD))
        nu = self._toestand()
        verschil = sorted(k for k in nu if nu[k] != self.begin[k])
        return f"anders dan na het laden: {', '.join(verschil)}" if verschil else None

    def geef(self):
        """The page, as just after loading, with Python ready."""
        if self.page is None:
            self._start()
            return self.page
        try:
            reden = self._terug()
        except Exception as fout:  # a closed or broken page: load it anew
            reden = f"{type(fout).__name__}: {fout}"
        if reden:
            warnings.warn(f"gedeelde Rekenhulp opnieuw geladen: {reden[:300]}", stacklevel=2)
            self._start()
        self.waarnemer.verzoeken.clear()
        self.waarnemer.console_fouten.clear()
        self.waarnemer.pagina_fouten.clear()
        return self.page

    def sluit(self) -> None:
        if self.context is not None:
            self.context.close()
        self.context = self.page = None


@pytest.fixture(scope="session")
def _gedeelde_rekenhulp(browser, browser_context_args, site_url):
    gedeeld = GedeeldeRekenhulp(browser, browser_context_args, site_url)
    yield gedeeld
    gedeeld.sluit()


@pytest.fixture
def rekenhulp(_gedeelde_rekenhulp):
    """The Rekenhulp page with Python ready, as just after loading: shared by the tests of one
    worker. For a test that needs its own load (init scripts, routes, network conditions,
    requests, storage, reload, another address) use ``page`` and ``goto`` instead."""
    return _gedeelde_rekenhulp.geef()


@pytest.fixture
def rekenhulp_waarnemer(_gedeelde_rekenhulp, rekenhulp) -> Waarnemer:
    """What the shared Rekenhulp page did during this test."""
    return _gedeelde_rekenhulp.waarnemer
