"""Browser tests: Debian's Chromium driven by Playwright, against the built site/ on 127.0.0.1.

The site must be built first (`make test` does that). Every test gets a fresh page with
listeners that record requests, console errors, page errors and CSP violations.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
sys.path.insert(0, str(ROOT / "scripts"))
from serve import maak_server  # noqa: E402

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
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
        pytest.fail("Chromium ontbreekt (/usr/bin/chromium): apt-get install chromium, of "
                    "draai 'make test' (installeert het als root).")
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
