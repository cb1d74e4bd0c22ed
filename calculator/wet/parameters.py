"""Dated national parameters: the value in force on a date, with its reference."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from calculator.fout import InvoerFout


@dataclass(frozen=True)
class Parameter:
    naam: str
    waarde: float
    geldig_vanaf: str
    artikel: str
    url: str

    @property
    def bron(self) -> str:
        from calculator.wet.leeftijd import datum, tekst  # dates in words, never 2024-01-01
        return f"{self.artikel} (geldt sinds {tekst(datum(self.geldig_vanaf))})"


@lru_cache(maxsize=1)
def _alle() -> dict:
    tekst = resources.files("calculator.wet").joinpath("parameters.json").read_text("utf-8")
    return {k: v for k, v in json.loads(tekst).items() if not k.startswith("_")}


def namen() -> list[str]:
    return sorted(_alle())


def parameter(naam: str, peildatum: str) -> Parameter:
    """The value in force on ``peildatum`` (YYYY-MM-DD); an error, never a fallback."""
    waarden = _alle()[naam]["waarden"]
    geldig = [datum for datum in sorted(waarden) if datum <= peildatum]
    if not geldig:
        raise InvoerFout([("peildatum", f"op {peildatum} is geen waarde bekend voor {naam}; "
                                        f"bekend vanaf {min(waarden)}.")])
    datum = geldig[-1]
    w = waarden[datum]
    return Parameter(naam, w["waarde"], datum, w["artikel"], w["url"])
