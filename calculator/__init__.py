"""Rekenhulp schoolverzuim: Leerplichtwet + regionale routekaart.

Standard library only: the same code runs under CPython (pytest, CLI) and in
the browser through Pyodide. Public entry points:

- ``classify(situatie: dict) -> dict``       one situation -> one result
- ``classify_json(situatie_json: str) -> str`` the same across the JS boundary
- ``regios() -> list[dict]``                  the regions the rules know
"""

from calculator.api import classify, classify_json, regios, regios_json

__all__ = ["classify", "classify_json", "regios", "regios_json"]
__version__ = "0.1.0"
