"""make voorbeeld: the working copy as a concept site, rebuilt and reloaded when a region changes.

Builds like 'make build', but with 'generate.py --concept' (an unpublished version is shown,
every page of it marked "Concept – nog niet gepubliceerd") into .voorbeeld/site, never site/.
The server adds one same-origin script to each page (/_voorbeeld/herlaad.js, allowed by the
page's CSP "script-src 'self'"; nothing inline). It asks /_voorbeeld/stand twice a second and
reloads the page when a new build is ready, or shows the build's error on the page.
Watched: every file under regions/ (regio.yaml, voorbeelden.yaml, archief/, bron/, schema).

After the first build, a change is built "dirty" into the same folder: generate.py keeps
every unchanged Markdown file as it was (hard-linked, same time), so MkDocs renders again only
the pages whose source changed and beveilig.py secures only those. With 225 regions that is
seconds instead of a minute (make benchmark-schaal prints it). A failed dirty build is
reported and the next change builds the whole concept site again.
"""

from __future__ import annotations

import argparse
import functools
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from serve import Handler, maak_server

ROOT = Path(__file__).resolve().parent.parent
REGIONS = ROOT / "regions"
MAP = ROOT / ".voorbeeld"
SITE = MAP / "site"
PAD = "/_voorbeeld/"
HEEL = MAP / "heel"  # exists while SITE is a complete build (see bouw)

HERLAAD_JS = """// Concept preview only (make voorbeeld): reload when the site was rebuilt.
(function () {
  "use strict";
  var gezien = null;
  function toon(fout) {
    var kader = document.getElementById("voorbeeld-fout");
    if (!fout) { if (kader) { kader.remove(); } return; }
    if (!kader) {
      kader = document.createElement("div");
      kader.id = "voorbeeld-fout";
      kader.setAttribute("role", "alert");
      kader.style.position = "fixed"; kader.style.inset = "auto 0 0 0"; kader.style.zIndex = "10";
      kader.style.maxHeight = "50vh"; kader.style.overflow = "auto"; kader.style.padding = "1em";
      kader.style.background = "#fff4e5"; kader.style.color = "#222";
      kader.style.borderTop = "4px solid #b54708"; kader.style.whiteSpace = "pre-wrap";
      document.body.appendChild(kader);
    }
    kader.textContent = "De nieuwe versie kon niet gebouwd worden. " + fout;
  }
  function vraag() {
    fetch("/_voorbeeld/stand", {cache: "no-store"}).then(function (r) { return r.json(); })
      .then(function (stand) {
        if (gezien !== null && stand.bouw !== gezien) { location.reload(); return; }
        gezien = stand.bouw;
        toon(stand.fout);
      }).catch(function () {}).then(function () { setTimeout(vraag, 500); });
  }
  vraag();
}());
"""


class Stand:
    """Build number and last error, shared by the watcher and the request handlers."""

    def __init__(self) -> None:
        self.bouw = 0
        self.fout: str | None = None
        self.heel = False  # SITE is a complete build that a dirty build may update
        self.slot = threading.Lock()


def _draai(*args: str) -> None:
    uit = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if uit.returncode != 0:
        raise RuntimeError((uit.stderr or uit.stdout).strip()[-4000:])


def runtime_verouderd() -> bool:
    """The browser runtime depends on the engine and Pyodide, never on regions/: rebuild it only
    when one of those is newer than its manifest (it was most of a preview rebuild's time)."""
    manifest = ROOT / "docs" / "assets" / "runtime" / "manifest.json"
    if not manifest.exists():
        return True
    klaar = manifest.stat().st_mtime
    bronnen = [*(ROOT / "calculator").rglob("*.py"), *(ROOT / "calculator").rglob("*.json"),
               ROOT / "pyproject.toml", ROOT / "scripts" / "runtime.py",
               ROOT / "node_modules" / "pyodide" / "package.json"]
    return any(p.exists() and p.stat().st_mtime > klaar for p in bronnen)


# MkDocs warns about every dirty build, and --strict counts that warning as an error. This
# filter drops that one message; every other warning still stops the build.
MKDOCS_VUIL = """
import logging, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
logging.getLogger("mkdocs.commands.build").addFilter(
    lambda r: "'dirty' build" not in r.getMessage())
config = load_config(strict=True, site_dir=sys.argv[1])
config.plugins.on_startup(command="build", dirty=True)
try:
    build(config, dirty=True)
finally:
    config.plugins.on_shutdown()
"""


def bouw(stand: Stand) -> None:
    """One concept build into .voorbeeld/site: the first whole and atomic (a failed build keeps
    the last one), later ones dirty (only changed pages; see the module's docstring)."""
    py = sys.executable
    with stand.slot:
        vuil = stand.heel and SITE.is_dir()
    nieuw = SITE if vuil else MAP / "site-nieuw"
    if not vuil:
        shutil.rmtree(nieuw, ignore_errors=True)
    try:
        _draai(py, "scripts/generate.py", "--concept")
        if runtime_verouderd():
            _draai(py, "scripts/runtime.py")
        if vuil:
            # From here SITE may be half updated if something fails: build it whole next time.
            with stand.slot:
                stand.heel = False
            HEEL.unlink(missing_ok=True)
            _draai(py, "-c", MKDOCS_VUIL, str(nieuw))
            _draai(py, "scripts/beveilig.py", "--bijwerken", str(nieuw))
        else:
            _draai(str(Path(py).parent / "mkdocs"), "build", "--strict", "--site-dir", str(nieuw))
            _draai(py, "scripts/beveilig.py", str(nieuw))
    except RuntimeError as fout:
        with stand.slot:
            half = vuil and not stand.heel  # failed after the dirty build began writing SITE
            gevolg = ("Je ziet een concept dat half bijgewerkt kan zijn; de volgende wijziging "
                      "bouwt het heel opnieuw." if half else "Je ziet de vorige versie.")
            stand.fout = f"{gevolg}\n\n{fout}"
        print(f"Bouwen mislukt. {gevolg}\n{fout}", file=sys.stderr, flush=True)
        return
    if not vuil:
        oud = MAP / "site-oud"
        shutil.rmtree(oud, ignore_errors=True)
        if SITE.exists():
            SITE.rename(oud)
        nieuw.rename(SITE)
        shutil.rmtree(oud, ignore_errors=True)
    with stand.slot:
        stand.bouw += 1
        stand.fout = None
        stand.heel = True
    HEEL.touch()
    print(f"Concept gebouwd ({time.strftime('%H:%M:%S')}).", flush=True)


def vingerafdruk() -> tuple:
    return tuple(sorted((str(p), p.stat().st_mtime_ns) for p in REGIONS.rglob("*") if p.is_file()))


def bewaak(stand: Stand, stop: threading.Event, interval: float = 0.5) -> None:
    vorige = vingerafdruk()
    while not stop.wait(interval):
        nu = vingerafdruk()
        if nu != vorige:
            vorige = nu
            print("Wijziging in regions/ gezien; opnieuw bouwen …", flush=True)
            bouw(stand)


def maak_handler(stand: Stand) -> type:
    class VoorbeeldHandler(Handler):
        def do_GET(self) -> None:  # noqa: N802 - the base class's name
            if self.path.startswith(PAD + "stand"):
                with stand.slot:
                    self._stuur(json.dumps({"bouw": stand.bouw, "fout": stand.fout}).encode(),
                                "application/json")
            elif self.path.startswith(PAD + "herlaad.js"):
                self._stuur(HERLAAD_JS.encode(), "text/javascript")
            elif self._is_pagina():
                pad = Path(self.translate_path(self.path))
                pad = pad / "index.html" if pad.is_dir() else pad
                html = pad.read_text("utf-8")
                script = f'<script src="{PAD}herlaad.js" defer></script>'
                self._stuur(html.replace("</body>", script + "</body>", 1).encode(), "text/html")
            else:
                super().do_GET()

        def _is_pagina(self) -> bool:
            pad = Path(self.translate_path(self.path))
            if pad.is_dir():
                return self.path.split("?")[0].endswith("/") and (pad / "index.html").is_file()
            return pad.suffix == ".html" and pad.is_file()

        def _stuur(self, inhoud: bytes, soort: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", f"{soort}; charset=utf-8")
            self.send_header("Content-Length", str(len(inhoud)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(inhoud)

    return VoorbeeldHandler


def main() -> int:
    parser = argparse.ArgumentParser(description="Concept van de werkkopie bekijken.")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--een-keer", action="store_true", help="alleen bouwen, niet serveren")
    parser.add_argument("--bijwerken", action="store_true",
                        help="de vorige conceptbouw bijwerken in plaats van heel opnieuw bouwen "
                             "(zoals na een wijziging tijdens 'make voorbeeld')")
    args = parser.parse_args()
    MAP.mkdir(exist_ok=True)
    stand = Stand()
    # A session starts whole (templates or code may have changed since the last one).
    stand.heel = args.bijwerken and HEEL.exists()
    print("Concept bouwen (regio's met een nog niet gepubliceerde versie heten 'concept') …",
          flush=True)
    bouw(stand)
    if args.een_keer:
        return 1 if stand.fout else 0
    if not SITE.exists():
        return 1
    server = maak_server(SITE, args.port, stil=True)
    server.RequestHandlerClass = functools.partial(maak_handler(stand), directory=str(SITE))
    stop = threading.Event()
    threading.Thread(target=bewaak, args=(stand, stop), daemon=True).start()
    print(f"Concept op http://127.0.0.1:{server.server_address[1]}/ — pas regio.yaml aan en de "
          "pagina ververst zichzelf. Stoppen: Ctrl+C. Klaar? Publiceer met "
          "'make publiceer REGIO=<slug>'.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
    return 0


if __name__ == "__main__":
    sys.exit(main())
