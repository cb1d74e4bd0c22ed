"""Rekenhulp schoolverzuim: Leerplichtwet + regionale routekaart.

Standard library only: the same code runs under CPython (pytest, CLI) and in
the browser through Pyodide. Public entry points:

- ``classify(situatie: dict) -> dict``       one situation -> one result
- ``classify_json(situatie_json: str) -> str`` the same across the JS boundary
- ``classify_response_json(str) -> str``     for the browser: result or Dutch errors, never raises
- ``regios() -> list[dict]``                  the regions the rules know
"""

from calculator.api import classify, classify_json, classify_response_json, regios, regios_json
from calculator.fout import InvoerFout, RegelsFout

__all__ = ["InvoerFout", "RegelsFout", "classify", "classify_json", "classify_response_json",
           "regios", "regios_json"]
__version__ = "0.1.0"
