"""Benchmark of the Rekenhulp in Chromium (not a test): prints figures, asserts nothing.

    make benchmark          (or: .venv/bin/python scripts/benchmark.py --runs 5)

The built site/ is served as a static host serves it (scripts/benchmark_netwerk.py: gzip, a
year's caching for content-addressed files, ten minutes for the rest). Figures, in one run:
  - ready, cold and warm:   navigation start -> Python ready in the worker, in a fresh browser
                            context (empty cache) and again on a new page in the same context
  - bare loadPyodide():     Pyodide as npm ships it, import + loadPyodide(), measured the same
                            way (cold, then warm): the baseline
  - phases in the worker:   scripts, WebAssembly compile, interpreter start, calculator, first call
  - cold to first result:   navigation start -> the first answer is shown on the page
  - classify() per call:    round trip page -> worker -> page, and Python alone (CPython)
Then throttled runs (1 and 2 Mbit/s, 150 ms latency): bytes and time to the first answer,
cold, warm, after reading a route page for 20 s (prefetch), and bare Pyodide. The machine's
load is printed: absolute times vary with it, compare within one run. `--snel` skips the
throttled runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from benchmark_netwerk import KAAL, WACHT_OP_UITKOMST, gedrosselde_runs, statische_host, vul_in  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

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
KLAAR = """async () => {
    // window.rekenhulp is at first the <div id="rekenhulp"> (a named element): wait for the API.
    while (typeof (window.rekenhulp && window.rekenhulp.classify) !== 'function')
        await new Promise((r) => setTimeout(r, 5));
    await window.rekenhulp.gereed;
    while (!window.rekenhulp.timings) await new Promise((r) => setTimeout(r, 5));
    return {ms: performance.now(), fasen: {...(window.rekenhulp.timings.fasen || {}),
                                          worker: window.rekenhulp.timings.total},
            start: window.rekenhulp.timings.start || "gewoon"};
}"""
# After a usual start the worker puts the snapshot in the HTTP cache for the next visit; a
# mentor stays on the page long enough, a benchmark waits for it (or 60 s) before leaving.
BEWAARD = """async () => await Promise.race([window.rekenhulp.momentopname.then(() => true),
    new Promise((r) => setTimeout(() => r(false), 60000))])"""
KAAL_MS = """async (runtime) => {
    const t0 = performance.now();
    await (""" + KAAL + """)(runtime);
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


def koud_en_warm(browser, base: str) -> dict:
    """Ready time and phases, cold then warm, and bare Pyodide the same way (own context)."""
    uit = {}
    context = browser.new_context()
    for soort in ("koud", "warm"):
        page = context.new_page()
        page.goto(base + "rekenhulp/", wait_until="commit")
        uit[soort] = page.evaluate(KLAAR)
        if soort == "koud":
            uit["bewaard"] = page.evaluate(BEWAARD)
        page.close()
    context.close()
    context = browser.new_context()
    for soort in ("kaal koud", "kaal warm"):
        page = context.new_page()
        page.goto(base + "kaal/README.md")
        uit[soort] = page.evaluate(KAAL_MS, base + "kaal/")
        page.close()
    context.close()
    return uit


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
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="een gebouwde site (voor/na vergelijken)")
    args = parser.parse_args()
    if not (args.site / "rekenhulp" / "index.html").exists():
        print("site/ is niet gebouwd: draai eerst 'make build'.", file=sys.stderr)
        return 1

    server, base = statische_host(args.site)
    bij_start = os.getloadavg()[0]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        runs = [koude_run(browser, base) for _ in range(args.runs)]
        kw = [koud_en_warm(browser, base) for _ in range(args.runs)]
        rondreis = per_aanroep(browser, base, args.calls)
        gedrosseld = [] if args.snel else gedrosselde_runs(browser, args.site, SITUATIE)
        browser.close()
    server.shutdown()
    aan_eind = os.getloadavg()[0]

    med = statistics.median
    bruikbaar = med(r["bruikbaar"] for r in runs)
    eerste = med(r["eerste"] for r in runs)
    koud, warm = med(r["koud"]["ms"] for r in kw), med(r["warm"]["ms"] for r in kw)
    kaal_koud, kaal_warm = med(r["kaal koud"] for r in kw), med(r["kaal warm"] for r in kw)
    print(f"Rekenhulp benchmark — Chromium, {args.runs} runs (mediaan), 127.0.0.1; belasting (1 min) "
          f"{bij_start:.1f} bij de start, {aan_eind:.1f} aan het eind ({os.cpu_count()} kernen)")
    print(f"  formulier bruikbaar na           {bruikbaar:8.0f} ms")
    print(f"  koud tot eerste uitkomst         {eerste:8.0f} ms   (runs: "
          + ", ".join(f"{r['eerste']:.0f}" for r in runs) + ")")
    def regel(wat: str, ms: float, runs: list[float]) -> None:
        print(f"  {wat:<32} {ms:8.0f} ms   (runs: " + ", ".join(f"{r:.0f}" for r in runs) + ")")
    regel("klaar, koud", koud, [r["koud"]["ms"] for r in kw])
    regel("klaar, warm (herhaald bezoek)", warm, [r["warm"]["ms"] for r in kw])
    regel("kale loadPyodide(), koud", kaal_koud, [r["kaal koud"] for r in kw])
    regel("kale loadPyodide(), warm", kaal_warm, [r["kaal warm"] for r in kw])
    print("  warm gestart uit                 " + ", ".join(
        f"{r['warm']['start']}{'' if r['bewaard'] else ' (momentopname niet bewaard)'}" for r in kw))
    print(f"  verhouding warm / koud           {warm / koud:8.2f}")
    print(f"  verhouding warm / kale warm      {warm / kaal_warm:8.2f}")
    for soort in ("koud", "warm"):
        fasen = {k: med(r[soort]["fasen"].get(k, 0) for r in kw) for k in kw[0][soort]["fasen"]}
        print(f"  fasen in de worker, {soort:<5}        "
              + ", ".join(f"{k} {v:.0f}" for k, v in fasen.items()) + " ms")
    print(f"  classify() per aanroep, browser  {rondreis:8.2f} ms   (heen en terug via de worker, "
          f"{args.calls} aanroepen)")
    print(f"  classify() per aanroep, CPython  {cpython_per_aanroep(args.calls):8.2f} ms")
    for tekst in gedrosseld:
        print(tekst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
