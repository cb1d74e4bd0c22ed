"""Checked region files, kept between builds under build/regiocache/ (git-ignored).

Parsing (YAML) and checking (schema, cross-references, text) a region file is most of
generate.py's time at 225 regions. A file whose text, folder and checking code are
unchanged was valid last time and is read back as JSON instead. ``make clean`` empties it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from bron.paden import ROOT, SCHEMA

MAP = ROOT / "build" / "regiocache"
# The code and schema that decide whether a file is valid.
CONTROLE = [*sorted(Path(__file__).parent.glob("*.py")), SCHEMA]


@cache
def _controle_sleutel() -> str:
    h = hashlib.sha256()
    for pad in CONTROLE:
        h.update(pad.read_bytes() if pad.exists() else b"")
    return h.hexdigest()


def _pad(tekst: str, slug: str) -> Path:
    h = hashlib.sha256(f"{_controle_sleutel()}\0{slug}\0{tekst}".encode()).hexdigest()
    return MAP / h[:2] / f"{h}.json"


def bekend(pad: Path, slug: str) -> bool:
    """Was this file valid in an earlier build (same text, folder and checking code)?"""
    try:
        return _pad(pad.read_text("utf-8"), slug).exists()
    except OSError:
        return False


def lees(tekst: str, slug: str) -> dict | None:
    try:
        return json.loads(_pad(tekst, slug).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def bewaar(tekst: str, slug: str, data: dict) -> None:
    pad = _pad(tekst, slug)
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=pad.parent, delete=False) as f:
            f.write(json.dumps(data, ensure_ascii=False))  # dumps: the C encoder
        os.replace(f.name, pad)
    except OSError:
        pass  # a cache: building without it is only slower
