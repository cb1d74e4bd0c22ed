"""node_modules/pyodide + the calculator wheel -> docs/assets/runtime/ (served by the site itself).

The Rekenhulp loads Python from the site's own origin: no CDN. The wheel goes into a folder
named after its hash, so a browser never keeps a stale copy after the rules change.
Re-running with nothing changed copies nothing.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYODIDE = ROOT / "node_modules" / "pyodide"
DOEL = ROOT / "docs" / "assets" / "runtime"
# What loadPyodide() fetches; the rest of the npm package (consoles, typings, maps) stays out.
PYODIDE_BESTANDEN = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                     "pyodide-lock.json")


def _kopieer(bron: Path, doel: Path) -> None:
    if doel.exists() and doel.stat().st_size == bron.stat().st_size \
            and doel.stat().st_mtime >= bron.stat().st_mtime:
        return
    doel.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(bron, doel)


def _bouw_wheel() -> Path:
    uit = Path(tempfile.mkdtemp(prefix="wheel-"))
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(uit)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    wheels = list(uit.glob("calculator-*-py3-none-any.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"Verwachtte één pure wheel (py3-none-any), vond: {wheels}")
    return wheels[0]


def _regio_lijst() -> dict:
    """Where the page finds the regions (site-relative), so it never probes for a file.

    Contract 3: a small index plus one rules file per region, fetched when it is chosen.
    The older layout (one list, all rules inside the wheel) keeps working until it is gone.
    """
    if (ROOT / "docs" / "assets" / "regels" / "index.json").exists():
        return {"regios": "assets/regels/index.json", "regels_per_regio": True}
    return {"regios": "routekaart/rekenhulp.json", "regels_per_regio": False}


def main() -> int:
    if not PYODIDE.exists():
        raise SystemExit("node_modules/pyodide ontbreekt: draai eerst 'npm ci'.")
    versie = json.loads((PYODIDE / "package.json").read_text("utf-8"))["version"]
    for naam in PYODIDE_BESTANDEN:
        _kopieer(PYODIDE / naam, DOEL / "pyodide" / naam)

    wheel = _bouw_wheel()
    hash_ = hashlib.sha256(wheel.read_bytes()).hexdigest()
    pad = Path("wheels") / hash_[:16] / wheel.name
    if (DOEL / "wheels").exists():
        for oud in (DOEL / "wheels").iterdir():
            if oud.name != hash_[:16]:
                shutil.rmtree(oud)
    (DOEL / pad).parent.mkdir(parents=True, exist_ok=True)
    shutil.move(wheel, DOEL / pad)
    shutil.rmtree(wheel.parent, ignore_errors=True)
    # Sizes of what the worker fetches, so the page can say "x MB van y MB".
    bestanden = {naam: (DOEL / "pyodide" / naam).stat().st_size
                 for naam in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm",
                              "python_stdlib.zip", "pyodide-lock.json")}
    bestanden[wheel.name] = (DOEL / pad).stat().st_size
    manifest = {"pyodide": "pyodide/", "pyodide_versie": versie, "wheel": pad.as_posix(),
                "sha256": hash_, "stdlib": None, "bestanden": bestanden, **_regio_lijst()}
    (DOEL / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    print(f"Runtime: Pyodide {versie} en {pad.as_posix()} in docs/assets/runtime/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
