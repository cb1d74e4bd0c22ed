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
import zipfile
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


# Run in Node with Pyodide itself: start as the browser worker does, answer every situation,
# and report the standard-library files Python loaded (and the answers, to compare).
NODE_PROEF = r"""
import { loadPyodide } from "PYODIDE/pyodide.mjs";
import fs from "node:fs";
const [wheel, situaties, stdlib] = process.argv.slice(1);
const opties = { indexURL: "PYODIDE/", stdout: () => {}, stderr: () => {} };
if (stdlib) opties.stdLibURL = stdlib;
const py = await loadPyodide(opties);
await py.loadPackage(wheel, { messageCallback: () => {}, errorCallback: () => {} });
py.globals.set("situaties", fs.readFileSync(situaties, "utf-8"));
const uit = py.runPython(`
import json, sys, calculator
twee = calculator.classify_response_json.__code__.co_argcount >= 2
def antwoord(s, r):
    try:
        return calculator.classify_response_json(s, r) if twee else calculator.classify_response_json(s)
    except Exception as e:  # an engine bug is not ours to hide, but must not stop the proof
        return "uitzondering: " + type(e).__name__
antwoorden = [antwoord(s, r) for s, r in json.loads(situaties)]
bestanden = sorted({m.__file__.split(".zip/", 1)[1] for m in list(sys.modules.values())
                    if ".zip/" in (getattr(m, "__file__", None) or "")})
json.dumps({"antwoorden": antwoorden, "bestanden": bestanden})
`);
process.stdout.write(uit);
""".replace("PYODIDE", PYODIDE.as_posix())
# Loaded on demand by codecs and dates; small, and a missing one would fail only in a browser.
ALTIJD = ("encodings/__init__.py", "encodings/aliases.py", "encodings/ascii.py",
          "encodings/latin_1.py", "encodings/utf_8.py", "encodings/utf_8_sig.py", "_strptime.py")


def _situaties() -> list[list]:
    """Every scenario situation (tests/scenarios) plus wrong input, with the region's rules."""
    import yaml  # the build's own dependency (requirements.txt)

    situaties: list = [{}, {"regio": []}, {"regio": "twente", "leeftijd": "veel"}]
    for pad in sorted((ROOT / "tests" / "scenarios").glob("*.yaml")):
        situaties += [g["situatie"] for g in yaml.safe_load(pad.read_text("utf-8")) or []]
    regels = ROOT / "docs" / "assets" / "regels"
    uit = []
    for s in situaties:
        bestand = regels / f"{s.get('regio')}.json" if isinstance(s.get("regio"), str) else None
        tekst = bestand.read_text("utf-8") if bestand and bestand.exists() else "null"
        uit.append([json.dumps({"peildatum": "2026-11-23", **s}), tekst])
    return uit


def _proef(wheel: Path, situaties: Path, stdlib: Path | None = None) -> dict:
    args = ["node", "--input-type=module", "-e", NODE_PROEF, str(wheel), str(situaties)]
    uit = subprocess.run(args + ([str(stdlib)] if stdlib else []), capture_output=True,
                         text=True, timeout=600, check=False)
    if uit.returncode != 0:
        regels = [r for r in uit.stderr.splitlines() if r.strip() and len(r) < 300]
        raise RuntimeError(regels[-1] if regels else f"node stopte met code {uit.returncode}")
    return json.loads(uit.stdout)


def snoei_stdlib(wheel: Path) -> str | None:
    """A standard library with only what Pyodide and the calculator load (about a quarter of
    the bytes), used only when Node proves it gives every answer the full one gives."""
    bron = PYODIDE / "python_stdlib.zip"
    situaties = _situaties()
    sleutel = hashlib.sha256(bron.read_bytes() + wheel.read_bytes() + NODE_PROEF.encode()
                             + json.dumps(situaties).encode()).hexdigest()[:16]
    naam = f"python_stdlib-{sleutel}.zip"
    doel = DOEL / "pyodide" / naam
    for oud in (DOEL / "pyodide").glob("python_stdlib-*.zip"):
        if oud != doel:
            oud.unlink()
    if doel.exists():
        return naam
    with tempfile.TemporaryDirectory() as tmp:
        lijst = Path(tmp) / "situaties.json"
        lijst.write_text(json.dumps(situaties), "utf-8")
        try:
            volledig = _proef(wheel, lijst)
            nodig = set(volledig["bestanden"]) | set(ALTIJD)
            kandidaat = Path(tmp) / naam
            with zipfile.ZipFile(bron) as z, \
                    zipfile.ZipFile(kandidaat, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as uit:
                for info in z.infolist():
                    if info.filename in nodig:
                        uit.writestr(info.filename, z.read(info.filename))
            gesnoeid = _proef(wheel, lijst, kandidaat)
        except (OSError, RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as fout:
            print(f"Runtime: volledige standaardbibliotheek (snoeien kon niet: {fout}).")
            return None
        if gesnoeid["antwoorden"] != volledig["antwoorden"]:
            print("Runtime: volledige standaardbibliotheek (gesnoeid gaf andere antwoorden).")
            return None
        shutil.move(kandidaat, doel)
    print(f"Runtime: gesnoeide standaardbibliotheek {doel.stat().st_size // 1000} KB "
          f"(was {bron.stat().st_size // 1000} KB), {len(situaties)} situaties gelijk.")
    return naam


def _regio_lijst() -> dict:
    """Where the page finds the regions (site-relative), so it never probes for a file.

    Contract 3: a small index plus one rules file per region, fetched when it is chosen.
    """
    return {"regios": "assets/regels/index.json"}


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
    stdlib = snoei_stdlib(DOEL / pad)
    # Sizes of what the worker fetches, so the page can say "x MB van y MB".
    bestanden = {naam: (DOEL / "pyodide" / naam).stat().st_size
                 for naam in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm",
                              stdlib or "python_stdlib.zip", "pyodide-lock.json")}
    bestanden[wheel.name] = (DOEL / pad).stat().st_size
    manifest = {"pyodide": "pyodide/", "pyodide_versie": versie, "wheel": pad.as_posix(),
                "sha256": hash_, "stdlib": f"pyodide/{stdlib}" if stdlib else None,
                "bestanden": bestanden, **_regio_lijst()}
    (DOEL / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    print(f"Runtime: Pyodide {versie} en {pad.as_posix()} in docs/assets/runtime/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
