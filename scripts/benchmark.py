"""Benchmark of the Rekenhulp in Chromium (not a test): prints figures, asserts nothing.

    make benchmark          (or: .venv/bin/python scripts/benchmark.py --runs 5)

Each cold run uses a fresh browser context (empty cache) against the built site/ on
127.0.0.1. Figures:
  - form usable:            navigation start -> the region list is filled (form works)
  - cold to first result:   navigation start -> the first answer is shown on the page
  - bare loadPyodide():     import pyodide.mjs + loadPyodide() alone, on the main thread
  - ratio                   cold to first result / bare loadPyodide()
  - classify() per call:    round trip page -> worker -> page, and Python alone (CPython)
Then throttled runs (Chrome DevTools network emulation: 1 and 2 Mbit/s, 150 ms latency), served
with gzip and `Cache-Control: max-age=600` as a typical static host does: bytes over the wire
and time to the first answer, next to bare Pyodide under the same throttle, and a repeat visit
with a warm HTTP cache. `--snel` skips the throttled runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from benchmark_netwerk import WACHT_OP_UITKOMST, gedrosselde_runs, vul_in  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from serve import maak_server  # noqa: E402

import calculator  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SITUATIE = {"regio": "twente", "onderwijs": "vo", "leeftijd": 14, "ongeoorloofd_uren_4_weken": 17,
            "ziekmeldingen_12_weken": 4, "te_laat_schooljaar": 11}

WACHT_OP_FORMULIER = """async () => {
    while (!document.querySelector('#v-regio[data-klaar]'))
        await new Promise(r => setTimeout(r, 5));
    return performance.now();
}"""
KALE_LOADPYODIDE = """async (runtime) => {
    const t0 = performance.now();
    const { loadPyodide } = await import(runtime + 'pyodide.mjs');
    await loadPyodide({ indexURL: runtime });
    return performance.now() - t0;
}"""
RONDREIS = """async ([s, n]) => {
    await window.rekenhulp.classify(s);  // warm
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await window.rekenhulp.classify({...s, te_laat_schooljaar: i % 20});
    return (performance.now() - t0) / n;
}"""


def koude_run(browser, base: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "rekenhulp/", wait_until="commit")
    bruikbaar = page.evaluate(WACHT_OP_FORMULIER)
    vul_in(page, SITUATIE)
    eerste = page.evaluate(WACHT_OP_UITKOMST)
    context.close()
    return {"bruikbaar": bruikbaar, "eerste": eerste}


def kale_pyodide(browser, base: str) -> float:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "404.html")
    manifest = json.loads(page.request.get(base + "assets/runtime/manifest.json").text())
    ms = page.evaluate(KALE_LOADPYODIDE, base + "assets/runtime/" + manifest["pyodide"])
    context.close()
    return ms


def per_aanroep(browser, base: str, n: int) -> float:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "rekenhulp/")
    page.evaluate("() => window.rekenhulp.gereed")
    ms = page.evaluate(RONDREIS, [SITUATIE, n])
    context.close()
    return ms


def cpython_per_aanroep(n: int) -> float:
    regels = json.loads((ROOT / "docs" / "assets" / "regels" / "twente.json").read_text("utf-8"))
    calculator.classify(SITUATIE, regels)
    t0 = time.perf_counter()
    for i in range(n):
        calculator.classify({**SITUATIE, "te_laat_schooljaar": i % 20}, regels)
    return (time.perf_counter() - t0) / n * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="cold runs (median is reported)")
    parser.add_argument("--calls", type=int, default=200, help="classify() calls to average")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--snel", action="store_true", help="zonder de gedrosselde runs")
    args = parser.parse_args()
    if not (ROOT / "site" / "rekenhulp" / "index.html").exists():
        print("site/ is niet gebouwd: draai eerst 'make build'.", file=sys.stderr)
        return 1

    server = maak_server(ROOT / "site")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        runs = [koude_run(browser, base) for _ in range(args.runs)]
        kaal = [kale_pyodide(browser, base) for _ in range(args.runs)]
        rondreis = per_aanroep(browser, base, args.calls)
        gedrosseld = [] if args.snel else gedrosselde_runs(browser, ROOT / "site", SITUATIE)
        browser.close()
    server.shutdown()

    bruikbaar = statistics.median(r["bruikbaar"] for r in runs)
    eerste = statistics.median(r["eerste"] for r in runs)
    kale = statistics.median(kaal)
    print(f"Rekenhulp benchmark — Chromium, {args.runs} koude runs (mediaan), 127.0.0.1")
    print(f"  formulier bruikbaar na           {bruikbaar:8.0f} ms")
    print(f"  koud tot eerste uitkomst         {eerste:8.0f} ms   (runs: "
          + ", ".join(f"{r['eerste']:.0f}" for r in runs) + ")")
    print(f"  kale loadPyodide()               {kale:8.0f} ms   (runs: "
          + ", ".join(f"{k:.0f}" for k in kaal) + ")")
    print(f"  verhouding koud / kaal           {eerste / kale:8.2f}")
    print(f"  classify() per aanroep, browser  {rondreis:8.2f} ms   (heen en terug via de worker, "
          f"{args.calls} aanroepen)")
    print(f"  classify() per aanroep, CPython  {cpython_per_aanroep(args.calls):8.2f} ms")
    for regel in gedrosseld:
        print(regel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
