"""Throttled runs for `make benchmark` (scripts/benchmark.py): the Rekenhulp on slow school
networks, next to bare Pyodide under the same throttle. Prints figures, asserts nothing.

The site is served as a typical static host serves it: gzip for text and WebAssembly, a year's
caching for the content-addressed files (_headers) and `max-age=600` for the rest (GitHub
Pages), so a repeat visit can use the HTTP cache.
"""

from __future__ import annotations

import gzip
import http.server
import json
import threading
import time
from pathlib import Path

from serve import Handler, maak_server

SNELHEDEN = (1, 2)  # Mbit/s
LATENTIE_MS = 150
GZIP = {".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg"}  # zip and wheel are compressed already


PYODIDE = Path(__file__).resolve().parent.parent / "node_modules" / "pyodide"
ONVERANDERLIJK = ("/assets/runtime/v/", "/assets/regels/v/")  # _headers: a year (beveilig.py)


class StatischeHost(Handler):
    """Counts every byte it sends (headers and bodies, the worker's requests too) but the
    snapshot's. /kaal/ is Pyodide as npm ships it, for the bare loadPyodide() baseline."""

    _cache: dict[str, bytes] = {}
    _slot = threading.Lock()
    verzonden = 0

    def setup(self):
        super().setup()
        echt = self.wfile
        handler = self

        class Teller:
            def write(self, data):
                # The snapshot for a next visit is fetched after the Rekenhulp is ready: not a
                # byte of what the first answer waits for (the server writes faster than the
                # throttled browser reads, so it would be counted before the answer appears).
                if "momentopname" not in getattr(handler, "path", ""):
                    with StatischeHost._slot:
                        StatischeHost.verzonden += len(data)
                return echt.write(data)

            def __getattr__(self, naam):
                return getattr(echt, naam)
        self.wfile = Teller()  # type: ignore[assignment]

    def translate_path(self, path):
        if path.startswith("/kaal/"):
            return str(PYODIDE / path.removeprefix("/kaal/").split("?", 1)[0])
        return super().translate_path(path)

    def end_headers(self):
        # As _headers says for hashed files; GitHub Pages' ten minutes for everything else.
        lang = self.path.startswith(ONVERANDERLIJK) or self.path.startswith("/kaal/")
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if lang else "max-age=600")
        super().end_headers()

    def do_GET(self):  # noqa: N802 - the base class's name
        pad = Path(self.translate_path(self.path))
        if pad.suffix not in GZIP or "gzip" not in self.headers.get("Accept-Encoding", "") or not pad.is_file():
            return super().do_GET()
        sleutel = str(pad)
        if sleutel not in self._cache:
            self._cache[sleutel] = gzip.compress(pad.read_bytes(), 6)
        inhoud = self._cache[sleutel]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(pad)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(inhoud)))
        self.end_headers()
        self.wfile.write(inhoud)


WACHT_OP_UITKOMST = """async () => {
    while (!document.querySelector('#uitkomst-inhoud [data-soorten]'))
        await new Promise(r => requestAnimationFrame(r));
    return performance.now();
}"""


def vul_in(page, situatie: dict) -> None:
    """Choose the region in the combobox and answer, as a visitor does (while Python loads)."""
    page.wait_for_selector("#v-regio[data-klaar]", state="attached", timeout=600_000)
    page.fill("#v-regio", situatie["regio"])
    page.click(f"#v-regio-lijst-{situatie['regio']}")
    page.check("#v-onderwijs-vo")
    page.fill("#v-ongeoorloofd_uren_4_weken", str(situatie["ongeoorloofd_uren_4_weken"]))


def _drossel(page, mbit: float) -> None:
    """Throttle the page; its worker's requests go through the same network emulation."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {
        "offline": False, "latency": LATENTIE_MS,
        "downloadThroughput": mbit * 1_000_000 / 8, "uploadThroughput": mbit * 1_000_000 / 8})


def _meet(stap) -> dict:
    StatischeHost.verzonden = 0
    t0 = time.monotonic()
    stap()
    return {"s": time.monotonic() - t0, "bytes": StatischeHost.verzonden}


def _rekenhulp(page, base: str, mbit: float, situatie: dict) -> dict:
    _drossel(page, mbit)

    def stap():
        page.goto(base + "rekenhulp/", wait_until="commit", timeout=600_000)
        vul_in(page, situatie)
        page.evaluate(WACHT_OP_UITKOMST)
    return {**_meet(stap), "start": page.evaluate("() => window.rekenhulp.timings.start")}


# A mentor leaves the Rekenhulp open while working: long enough for the snapshot a revisit
# starts from to come in (at 1 Mbit/s about half a minute). Not counted in any figure.
def _blijf_tot_bewaard(page) -> None:
    page.evaluate("() => window.rekenhulp.momentopname")


# Bare Pyodide as npm ships it, started as the Rekenhulp starts it: in a module worker.
KAAL = """async (runtime) => {
    const code = `const { loadPyodide } = await import(${JSON.stringify(runtime + 'pyodide.mjs')});
      const py = await loadPyodide({ indexURL: ${JSON.stringify(runtime)} });
      postMessage(py.runPython('1 + 1'));`;
    const w = new Worker(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})), {type: 'module'});
    return await new Promise((ok, fout) => { w.onmessage = (e) => ok(e.data); w.onerror = (e) => fout(e.message); });
}"""


def _kaal(page, base: str, mbit: float) -> dict:
    page.goto(base + "kaal/README.md")
    _drossel(page, mbit)
    return _meet(lambda: page.evaluate(KAAL, base + "kaal/"))


def _na_routepagina(page, base: str, mbit: float, situatie: dict, lezen_s: float) -> dict:
    """A mentor reads a route page first (the runtime is prefetched meanwhile), then asks."""
    _drossel(page, mbit)
    page.goto(base + "routekaart/" + situatie["regio"] + "/", timeout=600_000)
    page.wait_for_timeout(lezen_s * 1000)  # reading, not waiting for a condition: a benchmark
    return _rekenhulp(page, base, mbit, situatie)


def statische_host(site: Path):
    server: http.server.ThreadingHTTPServer = maak_server(site)
    server.RequestHandlerClass = lambda *a, **k: StatischeHost(*a, directory=str(site), **k)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def gedrosselde_runs(browser, site: Path, situatie: dict, lezen_s: float = 20) -> list[str]:
    server, base = statische_host(site)
    regels = [f"Gedrosseld ({LATENTIE_MS} ms latentie, gzip; a year for hashed files, max-age=600 for the rest)",
              "  snelheid   wat                              verstuurd door de host   tijd tot eerste antwoord"]

    def regel(mbit, wat, r):
        regels.append(f"  {mbit:>3} Mbit/s {wat:<32} {r['bytes'] / 1e6:8.2f} MB"
                      f"              {r['s']:6.1f} s")
    for mbit in SNELHEDEN:
        context = browser.new_context()
        page = context.new_page()
        regel(mbit, "Rekenhulp, eerste bezoek", _rekenhulp(page, base, mbit, situatie))
        _blijf_tot_bewaard(page)
        nieuw = context.new_page()  # same context: the HTTP cache is warm
        warm = _rekenhulp(nieuw, base, mbit, situatie)
        regel(mbit, f"herhaald bezoek ({warm['start']})", warm)
        context.close()
        context = browser.new_context()
        regel(mbit, f"na {lezen_s:.0f} s lezen op een routepagina",
              _na_routepagina(context.new_page(), base, mbit, situatie, lezen_s))
        context.close()
        context = browser.new_context()
        regel(mbit, "kale loadPyodide()", _kaal(context.new_page(), base, mbit))
        context.close()
    server.shutdown()
    manifest = json.loads((site / "assets" / "runtime" / "manifest.json").read_text("utf-8"))
    if manifest.get("momentopname"):
        grootte = (site / "assets" / "runtime" / manifest["momentopname"]).stat().st_size
        regels.append(f"  Niet meegeteld: de momentopname voor een volgend bezoek, {grootte / 1e6:.2f} MB, "
                      "opgehaald nadat de rekenhulp klaar is (of na de rest, op een routepagina).")
    return regels
