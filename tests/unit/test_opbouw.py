"""The code's layout holds: no import circles in scripts/ or calculator/ (issue 14).

A circle forces imports inside functions and makes a module impossible to read on its own;
the regions loader and the versions guard had one (scripts/regios.py <-> scripts/versies.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _modules(map_: Path, voorvoegsel: str = "") -> dict[str, Path]:
    uit = {}
    for pad in map_.rglob("*.py"):
        delen = pad.relative_to(map_).with_suffix("").parts
        naam = voorvoegsel + ".".join(delen).removesuffix(".__init__").removesuffix("__init__")
        uit[naam.rstrip(".")] = pad
    return uit


def _imports(pad: Path, bekend: set[str]) -> set[str]:
    """Every module of ``bekend`` that ``pad`` imports, at the top or inside a function."""
    uit = set()
    for knoop in ast.walk(ast.parse(pad.read_text("utf-8"))):
        if isinstance(knoop, ast.Import):
            uit |= {a.name for a in knoop.names if a.name in bekend}
        elif isinstance(knoop, ast.ImportFrom) and knoop.module and not knoop.level:
            if knoop.module in bekend:
                uit.add(knoop.module)
            uit |= {f"{knoop.module}.{a.name}" for a in knoop.names
                    if f"{knoop.module}.{a.name}" in bekend}
    return uit


def _kringen(grafiek: dict[str, set[str]]) -> list[list[str]]:
    kringen, klaar = [], set()

    def bezoek(knoop: str, pad: list[str]) -> None:
        for volgende in sorted(grafiek.get(knoop, ())):
            if volgende in pad:
                kringen.append(pad[pad.index(volgende):] + [volgende])
            elif volgende not in klaar:
                bezoek(volgende, pad + [volgende])
        klaar.add(knoop)

    for knoop in sorted(grafiek):
        if knoop not in klaar:
            bezoek(knoop, [knoop])
    return kringen


def test_kringen_worden_gevonden():
    """The checker itself: a made-up circle is found, a chain is not."""
    assert _kringen({"a": {"b"}, "b": {"c"}, "c": {"a"}})
    assert not _kringen({"a": {"b"}, "b": {"c"}, "c": set()})


@pytest.mark.parametrize("map_,voorvoegsel", [("scripts", ""), ("calculator", "calculator.")])
def test_geen_importkringen(map_, voorvoegsel):
    modules = _modules(ROOT / map_, voorvoegsel)
    grafiek = {naam: _imports(pad, set(modules)) - {naam} for naam, pad in modules.items()}
    assert sum(map(len, grafiek.values())) > 10  # the imports were found at all
    assert _kringen(grafiek) == []


# Not commands, on purpose: MkDocs loads the hook by its path (mkdocs.yml), and the throttled
# runs belong to the benchmark beside them.
GEEN_COMMANDO = {"nav_per_regio.py": "MkDocs-hook", "koplinks.py": "MkDocs-hook",
                 "benchmark_netwerk.py": "deel van benchmark.py"}


def test_bovenaan_in_scripts_alleen_commandos():
    """The top of scripts/ holds what the Makefile runs; the code they share lives in bron/,
    paginas/ and rekenhulp/ (scripts/README.md)."""
    los = sorted(p.name for p in (ROOT / "scripts").glob("*.py")
                 if 'if __name__ == "__main__":' not in p.read_text("utf-8")
                 and p.name not in GEEN_COMMANDO)
    assert los == []
    assert {p.name for p in (ROOT / "scripts").iterdir() if p.is_dir()} >= {"bron", "paginas", "rekenhulp"}
