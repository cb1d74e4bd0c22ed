"""Scale benchmark (a script, not a test): the build with N regions, in a scratch copy.

    make benchmark-schaal N=225        (or: python scripts/benchmark_schaal.py 225)

Clones the real regions under new slugs until there are N, then runs the build steps of the
Makefile one by one and prints: seconds per step, the ratio of the whole build to plain
`mkdocs build` of the same Markdown, pages, the largest HTML page, the bytes of a first
visit to the home page and of one search query (in Chromium), and the wheel size.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NIET_KOPIEREN = {".git", ".venv", "node_modules", "site", ".site-new", ".site-old", ".stamps",
                 "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "routekaart",
                 "runtime", "build", "dist", "test-results", ".mypy_cache", "regels"}


def kloon_regios(regions: Path, n: int) -> list[str]:
    """Copy the regions in ``regions`` under new slugs until there are ``n``; returns the new slugs.

    A clone is its source with another slug and name, archive included (the version guard
    compares regio.yaml with its archived copy, so both change the same way).
    """
    bronnen = sorted(p for p in regions.iterdir() if p.is_dir() and (p / "regio.yaml").exists()
                     and not p.name.startswith(("_", ".")))
    nieuw = []
    for i in range(max(0, n - len(bronnen))):
        bron = bronnen[i % len(bronnen)]
        slug = f"{bron.name}-k{i + 1}"
        doel = regions / slug
        shutil.copytree(bron, doel)
        for pad in [doel / "regio.yaml", *sorted((doel / "archief").glob("*.yaml"))]:
            regels = pad.read_text("utf-8").splitlines(keepends=True)
            for j, regel in enumerate(regels):
                if regel.startswith("slug:"):
                    regels[j] = f"slug: {slug}\n"
                elif regel.startswith("naam:"):
                    regels[j] = f"naam: \"{regel[5:].strip().strip(chr(34))} (kopie {i + 1})\"\n"
            pad.write_text("".join(regels), "utf-8")
        nieuw.append(slug)
    return nieuw


def kopie(doel: Path) -> Path:
    shutil.copytree(ROOT, doel, ignore=lambda d, namen: [x for x in namen if x in NIET_KOPIEREN
                                                         or x.endswith(".pyc")])
    for naam in (".venv", "node_modules"):
        (doel / naam).symlink_to(ROOT / naam)
    return doel


CPU: list[float] = []  # processor seconds per step (user + sys, child processes)


def stap(map_: Path, *cmd: str) -> float:
    """Wall-clock seconds of one command; its processor time goes into CPU."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    voor = resource.getrusage(resource.RUSAGE_CHILDREN)
    begin = time.perf_counter()
    r = subprocess.run(cmd, cwd=map_, env=env, capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"{' '.join(cmd)} faalde:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    na = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(na.ru_utime - voor.ru_utime + na.ru_stime - voor.ru_stime)
    return time.perf_counter() - begin


def bouw(map_: Path) -> dict[str, tuple[float, float]]:
    """The Makefile's build, step by step (site into .site-new): (wall, processor) seconds."""
    py = str(map_ / ".venv" / "bin" / "python")
    t = {"generate": stap(map_, py, "scripts/generate.py"),
         "runtime": stap(map_, py, "scripts/runtime.py"),
         "mkdocs": stap(map_, str(map_ / ".venv" / "bin" / "mkdocs"), "build", "--strict",
                        "--site-dir", ".site-new"),
         "pagefind": stap(map_, "node_modules/.bin/pagefind", "--site", ".site-new", "--quiet")}
    for naam in ("pagefind-worker.js", "pagefind-highlight.js", "pagefind-ui.js", "pagefind-ui.css",
                 "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js",
                 "pagefind-component-ui.css"):
        (map_ / ".site-new" / "pagefind" / naam).unlink(missing_ok=True)
    t["beveilig"] = stap(map_, py, "scripts/beveilig.py", ".site-new")
    t["generate (niets veranderd)"] = stap(map_, py, "scripts/generate.py")
    # The editors' loop (issue 24): 'make voorbeeld' builds once, then an editor saves one
    # region; the open page reloads when the next concept build is ready (polled twice a second).
    t["voorbeeld (eerste bouw)"] = stap(map_, py, "scripts/voorbeeld.py", "--een-keer")
    bewaar_een_wijziging(map_ / "regions")
    t["voorbeeld na één wijziging"] = stap(map_, py, "scripts/voorbeeld.py", "--een-keer",
                                           "--bijwerken")
    return {naam: (s, cpu) for (naam, s), cpu in zip(t.items(), CPU, strict=True)}


def bewaar_een_wijziging(regions: Path) -> None:
    """What an editor does: change one step's title in one region file and save it."""
    pad = sorted(p for p in regions.glob("*/regio.yaml") if not p.parent.name.startswith("_"))[0]
    regels = pad.read_text("utf-8").splitlines(keepends=True)
    for i, regel in enumerate(regels):
        if regel.lstrip().startswith("titel: ") and regel.startswith("        "):
            regels[i] = regel.rstrip("\n") + " (gewijzigd)\n"
            break
    pad.write_text("".join(regels), "utf-8")


def in_browser(site: Path) -> dict[str, int]:
    """Bytes (uncompressed, as a plain static server sends them) of a first visit to the
    home page, and of one search query on /zoeken/ after that page has loaded."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from playwright.sync_api import sync_playwright
    from serve import maak_server

    server = maak_server(site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    basis = f"http://127.0.0.1:{server.server_address[1]}/"
    som = ("() => [performance.getEntriesByType('navigation')[0], "
           "...performance.getEntriesByType('resource')].reduce((s, e) => s + e.decodedBodySize, 0)")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM_PATH",
                                                                       "/usr/bin/chromium"),
                                        args=["--headless", "--no-sandbox"])
            page = browser.new_page()
            page.goto(basis, wait_until="networkidle")
            eerste = page.evaluate(som)
            page.goto(basis + "zoeken/", wait_until="networkidle")
            voor = page.evaluate(som)
            page.fill("#zoeken-q", "melden")
            page.press("#zoeken-q", "Enter")
            page.wait_for_function("() => /resulta/.test(document.getElementById("
                                   "'zoeken-status').textContent)", timeout=60000)
            page.wait_for_load_state("networkidle")
            zoekvraag = page.evaluate(som) - voor
            browser.close()
    finally:
        server.shutdown()
    return {"eerste bezoek": eerste, "zoekvraag": zoekvraag}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=225, help="aantal regio's")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="schaal-") as tmp:
        map_ = kopie(Path(tmp) / "repo")
        kloon_regios(map_ / "regions", args.n)
        t = bouw(map_)
        site = map_ / ".site-new"
        paginas = sorted(site.rglob("*.html"), key=lambda p: p.stat().st_size)
        bytes_ = in_browser(site)
        wielen = list((map_ / "docs" / "assets" / "runtime").rglob("*.whl"))
        stappen = ("generate", "mkdocs", "pagefind", "beveilig")
        wand = sum(t[s][0] for s in stappen)
        cpu = sum(t[s][1] for s in stappen)
        print(f"Regio's: {args.n}")
        print(f"  {'stap':28} {'wandklok':>9} {'processor':>10}")
        for naam, (s, c) in t.items():
            print(f"  {naam:28} {s:8.1f}s {c:9.1f}s")
        print(f"Bouw (generate + mkdocs + pagefind + beveilig): {wand:.1f} s wandklok, "
              f"{cpu:.1f} s processor; met runtime: {wand + t['runtime'][0]:.1f} s wandklok")
        # + at most 0.5 s until the watcher sees the save, + at most 0.5 s until the page asks again.
        lus = t["voorbeeld na één wijziging"][0] + 1
        print(f"Redacteur bewaart regio.yaml tijdens 'make voorbeeld': pagina ververst na "
              f"hoogstens {lus:.1f} s (doel: 10 s)")
        print(f"Verhouding tot kale mkdocs build: {wand / t['mkdocs'][0]:.2f} (wandklok), "
              f"{cpu / t['mkdocs'][1]:.2f} (processortijd)")
        print(f"Pagina's (HTML): {len(paginas)}")
        print(f"Grootste HTML-pagina: {paginas[-1].stat().st_size / 1024:.1f} KB "
              f"({paginas[-1].relative_to(site)})")
        print(f"Eerste bezoek (home, ongecomprimeerd): {bytes_['eerste bezoek'] / 1024:.0f} KB")
        print(f"Eén zoekvraag ('melden'): {bytes_['zoekvraag'] / 1024:.0f} KB")
        index = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file())
        print(f"Zoekindex totaal: {index / 1024 / 1024:.1f} MB")
        print(f"Wheel: {sum(w.stat().st_size for w in wielen) / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
