"""Rules files on disk for the command line: <map>/index.json and <map>/<slug>.json.

The browser fetches the same files (docs/assets/regels/, written by scripts/generate.py).
A slug is looked up in index.json before any file is opened, so input never names a path.
"""

from __future__ import annotations

import json
from pathlib import Path

from calculator.fout import InvoerFout, RegelsFout
from calculator.vragen import kort

STANDAARD_MAP = Path(__file__).resolve().parent.parent / "docs" / "assets" / "regels"


def _lees(pad: Path) -> dict:
    try:
        data = json.loads(pad.read_text("utf-8"))
    except FileNotFoundError:
        raise RegelsFout(f"{pad} ontbreekt: maak de regels met 'make generate' "
                         "(scripts/generate.py) of geef een andere map met --regels.") from None
    except (OSError, ValueError) as fout:
        raise RegelsFout(f"{pad} kan niet gelezen worden: {fout}") from None
    if not isinstance(data, dict):
        raise RegelsFout(f"{pad} is geen JSON-object.")
    return data


def regios(map_: Path | None = None) -> list[dict]:
    """The regions in index.json: [{slug, naam, samenwerkingsverband, sectoren, gemeenten, url}]."""
    lijst = _lees((map_ or STANDAARD_MAP) / "index.json").get("regios")
    if not isinstance(lijst, list):
        raise RegelsFout("index.json heeft geen lijst 'regios'.")
    return lijst


def regio_regels(slug: object, map_: Path | None = None) -> dict:
    """One region's rules; an unknown slug is an input error that lists the known ones."""
    bekend = {r["slug"]: r for r in regios(map_)}
    if not isinstance(slug, str) or slug not in bekend:
        namen = ", ".join(sorted(bekend))
        wat = "ontbreekt" if slug is None else f"is onbekend ({kort(slug)})"
        raise InvoerFout([("regio", f"{wat}. Kies een van: {namen}.")])
    return _lees((map_ or STANDAARD_MAP) / f"{slug}.json")
