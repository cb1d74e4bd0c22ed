"""The embeddable page (issue 27): shown in an <iframe> on another origin, it answers a Rekenhulp
question with no request outside its own origin, nothing stored and nothing sent to the page
around it; only this page allows framing, every other page refuses it.

Two local servers on ephemeral ports: the built site (sending the policies of site/_headers, as
a host that reads that file does) and a second origin with a page that embeds it.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
sys.path.insert(0, str(ROOT / "scripts"))
from bron.regios import laad_alle  # noqa: E402
from serve import Handler, Server  # noqa: E402

INBEDDEN = "inbedden/index.html"
# The region to embed: the first by name, whichever regions exist.
SLUG = min(laad_alle(archief=False).items(), key=lambda kv: kv[1]["naam"].lower())[0]
BERICHTEN = "window.__berichten = []; addEventListener('message', (e) => __berichten.push(String(e.data)));"


def lees_headers(tekst: str) -> list[tuple[str, dict[str, str]]]:
    """_headers as (path pattern, headers), in the Netlify / Cloudflare Pages syntax."""
    regels: list[tuple[str, dict[str, str]]] = []
    for regel in tekst.splitlines():
        if not regel.strip() or regel.startswith("#"):
            continue
        if not regel.startswith(" "):
            regels.append((regel.strip(), {}))
        else:
            naam, _, waarde = regel.strip().partition(":")
            regels[-1][1][naam.strip()] = waarde.strip()
    return regels


def past(patroon: str, pad: str) -> bool:
    if patroon.endswith("/*"):
        return pad.startswith(patroon[:-1])
    return pad == patroon


def frame_ancestors(headers: dict[str, str]) -> str:
    return re.search(r"frame-ancestors ([^;]+)", headers["Content-Security-Policy"])[1].strip()


class MetHeaders(Handler):
    """The static server plus the headers a host would send from _headers."""

    regels: list[tuple[str, dict[str, str]]] = []

    def end_headers(self):
        pad = self.path.split("?")[0]
        for patroon, headers in self.regels:
            if past(patroon, pad):
                for naam, waarde in headers.items():
                    self.send_header(naam, waarde)
        super().end_headers()


def _start(map_: Path, handler=Handler) -> tuple[Server, str]:
    server = Server(("127.0.0.1", 0), functools.partial(handler, directory=str(map_)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def regels():
    if not (SITE / "_headers").exists():
        pytest.fail("site/ is niet gebouwd: draai 'make build' (of 'make test').")
    return lees_headers((SITE / "_headers").read_text("utf-8"))


@pytest.fixture(scope="module")
def bron(regels):
    """The built site on its own origin, with the policies of _headers."""
    server, url = _start(SITE, type("SiteMetHeaders", (MetHeaders,), {"regels": regels}))
    yield url
    server.shutdown()


@pytest.fixture
def insluiter(tmp_path, bron):
    """A second origin whose page frames ``paden`` of the site (one iframe each)."""
    servers = []

    def maak(*paden: str) -> str:
        kaders = "".join(f'<iframe id="kader-{i}" src="{bron}{p}" title="kader {i}" width="900" '
                         'height="900"></iframe>' for i, p in enumerate(paden))
        (tmp_path / "index.html").write_text(
            f"<!doctype html><html lang='nl'><title>Site van het samenwerkingsverband</title>"
            f"<body>{kaders}</body></html>", "utf-8")
        server, url = _start(tmp_path)
        servers.append(server)
        return url

    yield maak
    for s in servers:
        s.shutdown()


def test_alleen_de_inbedpagina_mag_in_een_kader(regels):
    mappen = {p.name for p in SITE.iterdir() if p.is_dir()}
    assert INBEDDEN.split("/")[0] in mappen
    for patroon, headers in regels:
        if "Content-Security-Policy" not in headers:
            continue  # a caching rule (beslissingen/0011), no policy of its own
        waarde = frame_ancestors(headers)
        if past(patroon, "/" + INBEDDEN):
            assert waarde != "'none'", f"{patroon}: de inbedpagina moet in een kader mogen"
        else:
            assert waarde == "'none'", f"{patroon} staat kaders toe ({waarde}); alleen /inbedden/ mag dat"
    # Every page falls under exactly one rule, so no page escapes with no rule at all.
    for pagina in SITE.rglob("*.html"):
        pad = "/" + pagina.relative_to(SITE).as_posix()
        assert sum(past(p, pad) for p, h in regels if "Content-Security-Policy" in h) == 1, pad


def test_inbedpagina_op_een_andere_site_beantwoordt_een_vraag_zonder_iets_te_lekken(page, bron, insluiter):
    verzoeken: list[str] = []
    page.on("request", lambda r: verzoeken.append(r.url))
    page.add_init_script(BERICHTEN)
    buiten = insluiter(f"inbedden/?regio={SLUG}")
    page.goto(buiten)
    kader = page.frame_locator("#kader-0")
    kader.locator("#inbedden-routes details").first.wait_for()  # the routes from the open data
    frame = next(f for f in page.frames if f.url.startswith(bron))
    frame.evaluate("() => window.rekenhulp.gereed")
    frame.wait_for_function("(slug) => document.querySelector('#v-regio-slug').value === slug", arg=SLUG)
    kader.locator("#v-leeftijd").fill("13")
    kader.locator("#v-ongeoorloofd_uren_4_weken").fill("17")
    # 17 hours in 4 weeks: the national 16-hour report to DUO, whatever the region.
    frame.wait_for_function("() => document.querySelector('#uitkomst-inhoud').textContent.includes('DUO')")

    # The worker's blob: address belongs to the site's origin too.
    assert [u for u in verzoeken if not u.startswith((bron, f"blob:{bron}"))] == [buiten], \
        "de ingebedde pagina vroeg iets aan een andere origin"
    opslag = frame.evaluate("""async () => ({
        cookie: document.cookie, local: localStorage.length, session: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).length, caches: (await caches.keys()).length})""")
    assert opslag == {"cookie": "", "local": 0, "session": 0, "indexedDB": 0, "caches": 0}
    assert page.context.cookies() == []
    assert page.evaluate("() => window.__berichten") == [], "de ingebedde pagina stuurde berichten"


def test_andere_paginas_weigeren_een_kader(page, bron, insluiter):
    page.goto(insluiter("rekenhulp/", f"inbedden/?regio={SLUG}"))
    page.frame_locator("#kader-1").locator("#inbedden-routes").wait_for()
    page.wait_for_function("() => document.querySelectorAll('iframe').length === 2")
    # The refused frame never gets the site's document: it stays on Chromium's error page.
    geladen = [f.url for f in page.frames if f.url.startswith(bron)]
    assert geladen == [f"{bron}inbedden/?regio={SLUG}"]
    assert page.frame_locator("#kader-0").locator("#rekenhulp").count() == 0
