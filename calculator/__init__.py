"""Rekenhulp schoolverzuim: Leerplichtwet + regionale routekaart.

Standard library only: the same code runs under CPython (pytest, CLI) and in the browser
through Pyodide. The wheel holds only the engine; each region's rules are a separate JSON
(docs/assets/regels/<slug>.json, scripts/rekenhulp/regels_json.py). Public entry points:

- ``classify(situatie: dict, regels: dict) -> dict``          one situation -> one result
- ``classify_json(situatie_json, regels_json) -> str``       the same with JSON strings
- ``classify_response_json(situatie_json, regels_json) -> str``  for the browser, never raises
- ``regios(map_=None) -> list[dict]``                          the regions in <map>/index.json

A result keeps its data keys (``soorten``, ``melden`` with ``bij``/``grondslag``, ``stappen``,
``uitleg``, ``samenvatting``, ``niet_gebruikt``) and carries the answer for the person who acts
as ``antwoord``: ``dataclasses.asdict`` of ``calculator.antwoord.Antwoord`` (the kind in one
line, the numbered ``acties`` with verb, party, channel, one deadline line ``termijn`` with its
own basis and the bases Wet/Regio/Norm/Advies, the ``volgende_stap`` the situation has reached,
and the reasons in ``waarom``). The browser and the command line show the same model; see
calculator/antwoord.py for every field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from calculator.api import classify, classify_json, classify_response_json
from calculator.fout import InvoerFout, RegelsFout

if TYPE_CHECKING:
    from pathlib import Path


# Files on disk are for the command line and tests; the browser never imports pathlib for them.
def regios(map_: Path | None = None) -> list[dict]:
    from calculator import bestanden
    return bestanden.regios(map_)


def regio_regels(slug: object, map_: Path | None = None) -> dict:
    from calculator import bestanden
    return bestanden.regio_regels(slug, map_)


__all__ = ["InvoerFout", "RegelsFout", "classify", "classify_json", "classify_response_json",
           "regio_regels", "regios"]
__version__ = "0.1.0"
