"""Region text is data, never markup: reject HTML, script links and attribute lists.

Every text in a region file (any field, any depth) is checked. The pages render region
text as Markdown, so HTML in it would be published as is, and a link may carry a
``javascript:`` or ``data:`` address. Messages are Dutch and say what is allowed instead.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

# <tag, </tag, <!-- and <? (not "< 4 weken" and not an autolink such as <https://...>).
HTML = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|<!|<\?")
# Link targets: [tekst](doel), [naam]: doel, <schema:...>, and a text that is only an address.
LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
DEFINITIE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)", re.M)
AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>")
# Markdown's attr_list turns {: onclick=...} or {#id .klasse sleutel=waarde} into attributes.
ATTRIBUTEN = re.compile(r"\{:|\{\s*[#.][\w-]|\{[^}\n]*\b[\w-]+\s*=")
SCHEMA = re.compile(r"^([a-z][a-z0-9+.-]*):")
TOEGESTAAN = {"http", "https", "mailto", "tel"}
ONZICHTBAAR = re.compile(r"[\x00-\x20\x7f]+")


def _teksten(data, pad: tuple = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(data, str):
        yield pad, data
    elif isinstance(data, dict):
        for k, v in data.items():
            yield from _teksten(v, pad + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _teksten(v, pad + (i,))


def _schema(doel: str) -> str | None:
    # Browsers ignore whitespace and control characters in a scheme, and entities are decoded.
    schoon = ONZICHTBAAR.sub("", html.unescape(doel)).lower()
    m = SCHEMA.match(schoon)
    return m.group(1) if m else None


def _fout(tekst: str, adresveld: bool = False) -> str | None:
    if not adresveld and not any(c in tekst for c in "<]{"):
        return None  # no tag, link or attribute list possible (most texts: fast path)
    if m := HTML.search(tekst):
        return (f"bevat HTML ({m.group(0).strip()}…). Regiotekst is gewone tekst met Markdown; "
                "HTML is niet toegestaan. Schrijf de tekst zonder < en >, en gebruik voor opmaak "
                "Markdown: **vet**, *schuin*, [linktekst](https://...).")
    doelen = [*LINK.findall(tekst), *DEFINITIE.findall(tekst), *AUTOLINK.findall(tekst)]
    if adresveld:
        doelen.append(tekst)  # a url field is itself a link target
    for doel in doelen:
        schema = _schema(doel)
        if schema and schema not in TOEGESTAAN:
            return (f"bevat een link naar '{schema}:'; zo'n link is niet toegestaan. Alleen "
                    "links naar http(s)-adressen, mailto: en tel: mogen.")
    if ATTRIBUTEN.search(tekst):
        return ("bevat accolades met attributen ({: ...} of {#...}). Die zijn niet toegestaan in "
                "regiotekst; laat de accolades weg.")
    return None


def fouten(data: dict) -> list[tuple[tuple, str]]:
    """(path, Dutch message) for every text field that is not plain text with Markdown."""
    return [(pad, melding) for pad, tekst in _teksten(data)
            if (melding := _fout(tekst, adresveld="url" in str(pad[-1] if pad else "")))]
