"""What the search needs in each generated page's front matter (contract 5).

The page functions write ``regio``, ``regio_slug``, ``sector``, ``paginasoort`` and ``zoeken``;
where they do not (yet), defaults follow from the page's place. Added here: ``zoekwoorden``,
indexed by Pagefind but not shown: where a glossary term occurs, its synonyms (JGZ finds
jeugdarts); and ``gemeenten``, the names and aliases of a region's gemeenten on its main page
only (a place name finds its region; the index does not grow per page).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

import yaml

VOORWERK = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


Groepen = dict[str, list[list[str]]]  # per name (lower case): the groups of names it is in


def synoniemgroepen(begrippen: Iterable[dict]) -> Groepen:
    """Per name (lower case) of a glossary term that has more than one name, the groups of
    names it belongs to.

    Names are the term split at "/" and parentheses ("JGZ / jeugdarts", "Jeugdgezondheidszorg
    (JGZ)") plus its ``synoniemen``; not "(art. 13a en 14)" (no digits).
    """
    per_naam: dict[str, list[list[str]]] = {}
    for b in begrippen:
        namen = [b["term"], *(b.get("synoniemen") or [])]
        namen = list(dict.fromkeys(n.strip() for naam in namen for n in re.split(r"[()/]", naam)
                                   if n.strip() and not any(c.isdigit() for c in n)))
        if len(namen) >= 2:
            for n in namen:
                per_naam.setdefault(n.lower(), []).append(namen)
    return per_naam


def _namen_in(tekst: str, groepen: Groepen) -> set[str]:
    """The glossary names in ``tekst`` (lower case) that occur as whole words.

    Plain substring search with a word-boundary check, instead of one case-insensitive
    pattern with every name (5 ms a page in Python's regex engine, 10 s at 225 regions).
    A name inside a longer name counts too: its synonyms are only search words, never shown.
    """
    klein = tekst.lower()
    return {naam for naam in groepen if naam in klein and _als_woord(naam, klein)}


def _woordteken(tekst: str, i: int) -> bool:
    return 0 <= i < len(tekst) and (tekst[i].isalnum() or tekst[i] == "_")


def _als_woord(naam: str, tekst: str) -> bool:
    """Does ``naam`` occur with a word boundary (regex \\b) on both sides?"""
    i = tekst.find(naam)
    while i >= 0:
        j = i + len(naam)
        if (_woordteken(tekst, i - 1) != _woordteken(tekst, i)
                and _woordteken(tekst, j - 1) != _woordteken(tekst, j)):
            return True
        i = tekst.find(naam, i + 1)
    return False


def _sector(d: dict) -> str:
    return " en ".join(s.upper() for s in d["sectoren"])


def standaard(pad: str, d: dict | None) -> dict:
    """Front matter a page gets when its page function did not write it."""
    if d is None:
        return {"paginasoort": "landelijk"}
    delen = pad.split("/")
    soort = ("archief" if delen[1].startswith("versie-") else
             "regio" if delen[1] in ("index.md", "bijlagen.md") else
             "versies" if delen[1] == "versies.md" else
             "verantwoording" if delen[1].startswith("verantwoording") else
             "a4" if delen[1].startswith("a4") else "route")
    velden = {"regio": d["naam"], "regio_slug": d["slug"], "sector": _sector(d), "paginasoort": soort}
    if soort == "archief":
        velden["zoeken"] = False
    return velden


def vul_aan(tekst: str, pad: str, d: dict | None, groepen: Groepen) -> str:
    """The page with its front matter completed (existing values are kept)."""
    m = VOORWERK.match(tekst)
    bestaand = (yaml.load(m.group(1), Loader=_Loader) or {}) if m else {}
    romp = tekst[m.end():] if m else tekst
    velden = {**standaard(pad, d), **bestaand}
    woorden: list[str] = list(velden.get("zoekwoorden") or [])
    if velden.get("zoeken") is not False:
        if d is not None and velden["paginasoort"] == "regio" and pad.endswith("/index.md"):
            # Their own field, weighted like a heading (overrides/main.html): a place name
            # finds its region's overview first. Aliases too ("'s-Gravenhage", "Uden").
            namen = [n for g in d["gemeenten"] for n in (g["naam"], *g.get("aliassen", []))]
            if namen:
                velden["gemeenten"] = list(dict.fromkeys(namen))
        gevonden = _namen_in(romp, groepen)
        for naam in sorted(gevonden):  # sorted: the same page on every run
            for namen in groepen.get(naam, []):
                woorden += [n for n in namen if n.lower() not in gevonden]
    if woorden:
        velden["zoekwoorden"] = list(dict.fromkeys(woorden))
    # JSON is YAML: one line per key, quoted, so no region name can break the block.
    kop = "\n".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in velden.items())
    return f"---\n{kop}\n---\n\n{romp.lstrip(chr(10))}"
