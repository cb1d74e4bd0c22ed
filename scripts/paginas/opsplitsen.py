"""Long lists cut into pages of bounded size, in alphabetical parts (issue 14).

A page that lists every region grows with their number, and every page of the site must stay
small whatever that number is. A list that fits one page stays one page (a handful of regions
gets no pagination); a longer one is cut into parts that each stay under a budget of Markdown
characters. A part is named the way a dictionary page is, by its first and last entry:
"Noord – Twente", each as long as needed to tell it apart.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

# Markdown characters per part. A list item or table row becomes HTML of about the same
# length plus its tags; with the theme's ~15 KB around it a part stays well under 60 KB.
BUDGET = 24_000


@dataclass(frozen=True)
class Deel(Generic[T]):
    nummer: int      # 1, 2, ...
    items: list[T]
    label: str       # "" when the whole list is one part


def _tot_woordeinde(naam: str, k: int) -> str:
    """``naam`` up to the end of the word that holds character ``k`` (or the next word,
    if ``k`` is a space)."""
    einde = naam.find(" ", k + 1)
    return naam if einde == -1 else naam[:einde]


def onderscheid(naam: str, buur: str) -> str:
    """The shortest run of whole words at the start of ``naam`` that ``buur`` does not share."""
    return _tot_woordeinde(naam, len(os.path.commonprefix([naam.lower(), buur.lower()])))


def _labels(namen: list[tuple[str, str]]) -> list[str]:
    """Per part (its first and last name): "first – last", each cut to what tells it from the
    other end of its part and from the neighbouring part."""
    uit = []
    for i, (eerste, laatste) in enumerate(namen):
        begin = max([onderscheid(eerste, laatste)]
                    + ([onderscheid(eerste, namen[i - 1][1])] if i else []), key=len)
        eind = max([onderscheid(laatste, eerste)]
                   + ([onderscheid(laatste, namen[i + 1][0])] if i + 1 < len(namen) else []), key=len)
        uit.append(begin if begin == eind else f"{begin} – {eind}")
    return uit


def in_delen(items: Sequence[T], naam: Callable[[T], str], maat: Callable[[T], int],
             budget: int = BUDGET) -> list[Deel[T]]:
    """``items`` (in alphabetical order of ``naam``) in consecutive parts whose ``maat`` adds
    up to at most ``budget``; an item larger than that on its own is a part by itself."""
    groepen: list[list[T]] = []
    som = 0
    for item in items:
        m = maat(item)
        if groepen and som + m <= budget:
            groepen[-1].append(item)
            som += m
        else:
            groepen.append([item])
            som = m
    if len(groepen) <= 1:
        return [Deel(1, groepen[0] if groepen else [], "")]
    labels = _labels([(naam(g[0]), naam(g[-1])) for g in groepen])
    return [Deel(i, g, label) for i, (g, label) in enumerate(zip(groepen, labels, strict=True), 1)]


def navigatie(delen: Sequence[Deel], huidig: int, url: Callable[[int], str],
              tekst: Callable[[str], str]) -> str:
    """One Markdown line linking the parts, the current one in bold; "" for a single part.
    ``tekst`` escapes a label (labels are made of region names)."""
    if len(delen) <= 1:
        return ""
    return " · ".join(f"**{tekst(d.label)}**" if d.nummer == huidig
                      else f"[{tekst(d.label)}]({url(d.nummer)})" for d in delen)
