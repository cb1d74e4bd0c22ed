"""node_modules/pyodide + the calculator -> docs/assets/runtime/ (served by the site itself).

The Rekenhulp loads Python from the site's own origin: no CDN. Every file the worker fetches
is content-addressed: it lives under ``v/<hash>/``, so a host may cache it for a year and a
browser never keeps a stale copy after a publication or an upgrade. Only ``manifest.json``
(the list of those addresses) has a fixed name; it is revalidated on each visit (_headers).

What a start costs is mostly the processor, not the network: Python compiling the standard
library from source on every start. So the standard library the worker gets is trimmed to
what the calculator loads and precompiled (by Pyodide's own CPython, in Node), and the
calculator comes as precompiled modules too (beslissingen/0011). Node proves the result
gives every answer the full standard library and the wheel give; otherwise the full one is
used. Re-running with nothing changed copies and compiles nothing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

from beveilig import CDN, CDN_VERVANGING

ROOT = Path(__file__).resolve().parent.parent
PYODIDE = ROOT / "node_modules" / "pyodide"
DOEL = ROOT / "docs" / "assets" / "runtime"
# Content-addressed files: v/<hash>/<name>. Cached for a year (scripts/beveilig.py).
GEHASHT = "v"
CACHE = ROOT / "build" / "runtime"
# The three files loadPyodide() needs from its own folder (indexURL); the rest of the npm
# package (consoles, typings, maps, the lock file of packages we never load) stays out.
PYODIDE_KERN = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# A memory snapshot of Python started with the calculator imported (NODE_PROEF 4): a revisit
# that finds it in the HTTP cache starts from it instead of starting Python (beslissingen/0012).
MOMENTOPNAME = "momentopname.bin.gz"
WORKER = ROOT / "docs" / "assets" / "javascripts" / "rekenhulp-worker.js"
REGELS = ROOT / "docs" / "assets" / "regels"


def _sha(*delen: bytes) -> str:
    h = hashlib.sha256()
    for deel in delen:
        h.update(hashlib.sha256(deel).digest())
    return h.hexdigest()[:16]


def _gehasht(bestanden: dict[str, bytes]) -> str:
    """Write files into v/<hash of their contents>/; returns that folder, relative to DOEL."""
    sleutel = _sha(*(naam.encode() + data for naam, data in sorted(bestanden.items())))
    map_ = DOEL / GEHASHT / sleutel
    for naam, data in bestanden.items():
        doel = map_ / naam
        if not (doel.exists() and doel.stat().st_size == len(data)):
            doel.parent.mkdir(parents=True, exist_ok=True)
            doel.write_bytes(data)
    return f"{GEHASHT}/{sleutel}/"


def _zonder_cdn(pad: Path) -> bytes:
    """Pyodide's scripts as published: scripts/beveilig.py cuts their CDN fallback, done here
    already so that the hash and the size in the manifest are those of the served file."""
    data = pad.read_bytes()
    if pad.suffix in (".js", ".mjs"):
        data = CDN.sub(CDN_VERVANGING, data.decode("utf-8")).encode("utf-8")
    return data


def _bouw_wheel() -> Path:
    uit = Path(tempfile.mkdtemp(prefix="wheel-"))
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(uit)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    wheels = list(uit.glob("calculator-*-py3-none-any.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"Verwachtte één pure wheel (py3-none-any), vond: {wheels}")
    return wheels[0]


# Run in Node with Pyodide itself. 1: the full standard library and the wheel, as before;
# answer every situation and note the standard-library files Python loaded. 2: with that
# interpreter, compile those files and the calculator to .pyc. 3: a fresh start exactly as the
# worker does (trimmed .pyc library, calculator.zip unpacked, no lock file): the same answers?
# 4: a memory snapshot of such a start; 5: a start from it, as the worker does: the same answers?
NODE_PROEF = r"""
import { loadPyodide } from "PYODIDE/pyodide.mjs";
import fs from "node:fs";
const [wheel, situatiesPad, uit] = process.argv.slice(1);
// One short line on failure (Node would print the minified source line around it).
process.on("uncaughtException", (e) => {
  console.error(String(e && e.message || e).split("\n").slice(-3).join(" "));
  process.exit(1);
});
const stil = { stdout: () => {}, stderr: () => {} };
const situaties = fs.readFileSync(situatiesPad, "utf-8");
const ANTWOORDEN = `
import json, sys, calculator
def antwoord(s, r):
    try:
        return calculator.classify_response_json(s, r)
    except Exception as e:  # an engine bug is not ours to hide, but must not stop the proof
        return "uitzondering: " + type(e).__name__
antwoorden = [antwoord(s, r) for s, r in json.loads(situaties)]
bestanden = sorted({m.__file__.split(".zip/", 1)[1] for m in list(sys.modules.values())
                    if ".zip/" in (getattr(m, "__file__", None) or "")})
# What the answers imported, from the library or the calculator: imported once more before
# the snapshot (4), so that no answer has to import anything after it.
modules = sorted(n for n, m in list(sys.modules.items()) if n.split(".")[0] == "calculator"
                 or ".zip/" in (getattr(m, "__file__", None) or ""))
json.dumps({"antwoorden": antwoorden, "bestanden": bestanden, "modules": modules})
`;
const vol = await loadPyodide({ indexURL: "PYODIDE/", ...stil });
await vol.loadPackage(wheel, { messageCallback: () => {}, errorCallback: () => {} });
vol.globals.set("situaties", situaties);
const volledig = JSON.parse(vol.runPython(ANTWOORDEN));
vol.FS.writeFile("/tmp/stdlib.zip", fs.readFileSync("PYODIDE/python_stdlib.zip"));
vol.globals.set("nodig", JSON.stringify([...volledig.bestanden, ...JSON.parse(process.env.ALTIJD)]));
vol.runPython(`
import importlib._bootstrap_external as be, json, os, zipfile, calculator

def zonder_regels(code):
    # No line table: the standard library's tracebacks lose their line numbers (nobody
    # reads them here); the .pyc shrinks to the size of the source it replaces.
    consts = tuple(zonder_regels(c) if hasattr(c, "co_code") else c for c in code.co_consts)
    return code.replace(co_linetable=b"", co_consts=consts)

def pyc(bron, naam, optimize, kaal):
    code = compile(bron, naam, "exec", dont_inherit=True, optimize=optimize)
    return be._code_to_timestamp_pyc(zonder_regels(code) if kaal else code, 0, len(bron))

def schrijf(z, naam, data):
    info = zipfile.ZipInfo(naam, (1980, 1, 1, 0, 0, 0))  # the same bytes on every build
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, data, compresslevel=9)

nodig = set(json.loads(nodig))
with zipfile.ZipFile("/tmp/stdlib.zip") as z, zipfile.ZipFile("/tmp/python_stdlib.zip", "w") as u:
    for naam in sorted(n for n in z.namelist() if n in nodig):
        data = z.read(naam)
        if naam.endswith(".py"):
            schrijf(u, naam + "c", pyc(data, naam, 2, True))
        else:
            schrijf(u, naam, data)
# The calculator keeps its line numbers and docstrings: its own code, compiled as it is.
map_ = os.path.dirname(os.path.dirname(calculator.__file__))
with zipfile.ZipFile("/tmp/calculator.zip", "w") as u:
    for wortel, mappen, namen in sorted(os.walk(os.path.join(map_, "calculator"))):
        mappen[:] = sorted(m for m in mappen if m != "__pycache__")
        for naam in sorted(namen):
            pad = os.path.join(wortel, naam)
            rel = os.path.relpath(pad, map_)
            data = open(pad, "rb").read()
            if naam.endswith(".py"):
                schrijf(u, rel + "c", pyc(data, rel, 0, False))
            else:
                schrijf(u, rel, data)
`);
for (const naam of ["python_stdlib.zip", "calculator.zip"]) {
  fs.writeFileSync(`${uit}/${naam}`, vol.FS.readFile(`/tmp/${naam}`));
}
const lock = JSON.parse(fs.readFileSync("PYODIDE/pyodide-lock.json", "utf-8"));
const alsWorker = async (extra) => {
  const py = await loadPyodide({ indexURL: "PYODIDE/", stdLibURL: `${uit}/python_stdlib.zip`,
    lockFileContents: { info: lock.info, packages: {} }, ...stil, ...extra });
  const sp = py.runPython("import sys; next(p for p in sys.path if p.endswith('site-packages'))");
  py.unpackArchive(new Uint8Array(fs.readFileSync(`${uit}/calculator.zip`)), "zip", { extractDir: sp });
  return py;
};
const beantwoord = (py) => { py.globals.set("situaties", situaties); return JSON.parse(py.runPython(ANTWOORDEN)); };
const zelfde = (a) => JSON.stringify(a.antwoorden) === JSON.stringify(volledig.antwoorden);
const gesnoeid = beantwoord(await alsWorker({}));
const uitslag = { gelijk: zelfde(gesnoeid), aantal: volledig.antwoorden.length };
// 4. A memory snapshot of an interpreter started as the worker starts, with the calculator and
// everything the answers imported already imported: no region's rules, no answer, no proxy to
// JavaScript. 5. Started from it as the worker does: the same answers?
if (uitslag.gelijk) {
  try {
    const maker = await alsWorker({ _makeSnapshot: true });
    maker.runPython(`import calculator, gc, importlib, json
calculator.classify_response_json("{}", None)
for naam in json.loads(${JSON.stringify(JSON.stringify(gesnoeid.modules))}):
    try:
        importlib.import_module(naam)
    except Exception:  # a module only a test imports: the stdlib zip still has it
        pass
gc.collect()
None`);
    const momentopname = maker.makeMemorySnapshot();
    const terug = beantwoord(await alsWorker({ _loadSnapshot: momentopname }));
    uitslag.momentopname = zelfde(terug);
    if (uitslag.momentopname) fs.writeFileSync(`${uit}/momentopname.bin`, momentopname);
  } catch (e) {
    uitslag.momentopname = false;
    uitslag.reden = String(e && e.message || e).split("\n")[0];
  }
}
process.stdout.write(JSON.stringify(uitslag));
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
    uit = []
    for s in situaties:
        bestand = REGELS / f"{s.get('regio')}.json" if isinstance(s.get("regio"), str) else None
        tekst = bestand.read_text("utf-8") if bestand and bestand.exists() else "null"
        uit.append([json.dumps({"peildatum": "2026-11-23", **s}), tekst])
    return uit


def python_bestanden(wheel: Path) -> tuple[Path, dict] | None:
    """A folder with python_stdlib.zip and calculator.zip (precompiled) and the proof, or
    None when Node could not prove they give the same answers."""
    situaties = _situaties()
    sleutel = _sha((PYODIDE / "python_stdlib.zip").read_bytes(), (PYODIDE / "pyodide.asm.wasm").read_bytes(),
                   wheel.read_bytes(), Path(__file__).read_bytes(), json.dumps([situaties, ALTIJD]).encode())
    map_ = CACHE / sleutel
    if (map_ / "proef.json").exists():
        return map_, json.loads((map_ / "proef.json").read_text("utf-8"))
    shutil.rmtree(CACHE, ignore_errors=True)  # one build's worth; an old key is never used again
    tijdelijk = Path(tempfile.mkdtemp(prefix="runtime-"))
    try:
        lijst = tijdelijk / "situaties.json"
        lijst.write_text(json.dumps(situaties), "utf-8")
        uit = subprocess.run(["node", "--input-type=module", "-e", NODE_PROEF, str(wheel), str(lijst),
                              str(tijdelijk)], capture_output=True, text=True, timeout=900, check=False,
                             env={**os.environ, "ALTIJD": json.dumps(ALTIJD)})
        if uit.returncode != 0:
            regels = [r for r in uit.stderr.splitlines() if r.strip() and len(r) < 300]
            print(f"Runtime: volledige standaardbibliotheek (voorcompileren kon niet: "
                  f"{regels[-1] if regels else uit.returncode}).")
            return None
        proef = json.loads(uit.stdout)
        if not proef["gelijk"]:
            print("Runtime: volledige standaardbibliotheek (voorgecompileerd gaf andere antwoorden).")
            return None
        lijst.unlink()
        _pak_momentopname(tijdelijk, proef)
        (tijdelijk / "proef.json").write_text(json.dumps(proef), "utf-8")
        map_.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(tijdelijk, map_)
    finally:
        shutil.rmtree(tijdelijk, ignore_errors=True)
    print(f"Runtime: standaardbibliotheek gesnoeid en voorgecompileerd "
          f"{(map_ / 'python_stdlib.zip').stat().st_size // 1000} KB (was "
          f"{(PYODIDE / 'python_stdlib.zip').stat().st_size // 1000} KB), {proef['aantal']} situaties gelijk.")
    if (map_ / MOMENTOPNAME).exists():
        print(f"Runtime: momentopname van de gestarte rekenhulp {(map_ / MOMENTOPNAME).stat().st_size // 1000} KB "
              f"(gzip), {proef['aantal']} situaties gelijk.")
    else:
        print(f"Runtime: geen momentopname ({proef.get('reden') or 'gaf andere antwoorden'}); "
              "een tweede bezoek start Python gewoon.")
    return map_, proef


def _pak_momentopname(map_: Path, proef: dict) -> None:
    """Pack the snapshot Node made (mostly empty memory: 31 MB -> 4 MB). Compressed here,
    not by the host: hosts compress by type, and a .bin is often sent as it is. Refused if it
    holds the value of any of the build's environment variables: it is published."""
    ruw = map_ / "momentopname.bin"
    if not ruw.exists():
        return
    data = ruw.read_bytes()
    ruw.unlink()
    lek = sorted(naam for naam, waarde in os.environ.items() if len(waarde) >= 12 and waarde.encode() in data)
    if lek:
        proef["momentopname"], proef["reden"] = False, "bevat de waarde van " + ", ".join(lek)
        return
    (map_ / MOMENTOPNAME).write_bytes(gzip.compress(zonder_lege_blokken(data), 9, mtime=0))


# The snapshot is Python's whole memory, two thirds of it empty blocks. Leaving them out makes
# the browser unpack 12 MB instead of 31 MB on the worker's thread while Pyodide's scripts load.
# Layout (little-endian uint32): "MOPN", length, block size, n, n block numbers, n blocks.
MOPN, BLOK = b"MOPN", 65536


def zonder_lege_blokken(data: bytes) -> bytes:
    blokken = [i for i in range(0, len(data), BLOK) if data[i:i + BLOK].strip(b"\0")]
    kop = MOPN + struct.pack(f"<3I{len(blokken)}I", len(data), BLOK, len(blokken), *(i // BLOK for i in blokken))
    return kop + b"".join(data[i:i + BLOK] for i in blokken)


def met_lege_blokken(pakket: bytes) -> bytes:
    """The inverse, as the worker does it (rekenhulp-worker.js): for the tests."""
    if pakket[:4] != MOPN:
        raise ValueError("geen momentopname zonder lege blokken")
    lengte, blok, n = struct.unpack_from("<3I", pakket, 4)
    nummers = struct.unpack_from(f"<{n}I", pakket, 16)
    data, begin = bytearray(lengte), 16 + 4 * n
    for k, nummer in enumerate(nummers):
        stuk = pakket[begin + k * blok:begin + (k + 1) * blok]
        data[nummer * blok:nummer * blok + len(stuk)] = stuk
    return bytes(data)


def regio_index(regels: Path = REGELS) -> str:
    """The content-addressed region index (scripts/rekenhulp/regels_json.py), site-relative.

    Contract 3: a small index plus one rules file per region, fetched when it is chosen.
    """
    gevonden = sorted((regels / "v").glob("index-*.json"))
    if len(gevonden) != 1:
        raise SystemExit("docs/assets/regels/v/index-<hash>.json ontbreekt: draai eerst scripts/generate.py.")
    return f"assets/regels/v/{gevonden[0].name}"


def _ruim_op(houden: set[str]) -> None:
    """Remove what an earlier build left: old hashed folders and the pre-hash layout."""
    for oud in ("pyodide", "wheels"):
        shutil.rmtree(DOEL / oud, ignore_errors=True)
    for map_ in (DOEL / GEHASHT).glob("*"):
        if map_.name not in houden:
            shutil.rmtree(map_)


def main() -> int:
    if not PYODIDE.exists():
        raise SystemExit("node_modules/pyodide ontbreekt: draai eerst 'npm ci'.")
    versie = json.loads((PYODIDE / "package.json").read_text("utf-8"))["version"]
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text("utf-8"))
    kern = _gehasht({naam: _zonder_cdn(PYODIDE / naam) for naam in PYODIDE_KERN})

    bouw = _bouw_wheel()
    try:
        wheel = _gehasht({bouw.name: bouw.read_bytes()}) + bouw.name
        sha256 = hashlib.sha256(bouw.read_bytes()).hexdigest()
        python = python_bestanden(bouw)
    finally:
        shutil.rmtree(bouw.parent, ignore_errors=True)
    momentopname = None
    if python:
        stdlib = _gehasht({"python_stdlib.zip": (python[0] / "python_stdlib.zip").read_bytes()}) + "python_stdlib.zip"
        calculator = _gehasht({"calculator.zip": (python[0] / "calculator.zip").read_bytes()}) + "calculator.zip"
        if (python[0] / MOMENTOPNAME).exists():
            momentopname = _gehasht({MOMENTOPNAME: (python[0] / MOMENTOPNAME).read_bytes()}) + MOMENTOPNAME
    else:  # the worker then loads the full library and the wheel, as Pyodide itself would
        stdlib = _gehasht({"python_stdlib.zip": (PYODIDE / "python_stdlib.zip").read_bytes()}) + "python_stdlib.zip"
        calculator = None
    worker = _gehasht({WORKER.name: _zonder_cdn(WORKER)}) + WORKER.name
    # What the worker fetches before it is ready, with sizes, so the page can say
    # "x MB van y MB"; nothing else is fetched before the first answer but the region's rules.
    opgehaald = [kern + naam for naam in PYODIDE_KERN] + [stdlib, calculator or wheel]
    manifest = {
        "pyodide": kern, "pyodide_versie": versie, "worker": worker,
        "stdlib": stdlib, "calculator": calculator, "wheel": wheel, "sha256": sha256,
        # No package is ever loaded from Pyodide's index: its 120 KB lock file stays home.
        "lock": {"info": lock["info"], "packages": {}},
        "bestanden": {pad: (DOEL / pad).stat().st_size for pad in opgehaald},
        # Not fetched before the first answer: used when it is in the HTTP cache already.
        "momentopname": momentopname,
        "regios": regio_index(),
    }
    _ruim_op({pad.split("/")[1] for pad in (kern, wheel, stdlib, calculator, worker, momentopname) if pad})
    (DOEL / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    print(f"Runtime: Pyodide {versie} en de rekenhulp in docs/assets/runtime/{GEHASHT}/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
