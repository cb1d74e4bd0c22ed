"""Build-time SVG flow diagram of one route: no JavaScript, no CDN, a few kB per route.

Steps are laid out in layers by their distance from the first step along ``volgende``;
where the source gives no arrows, the source order is drawn as a plain sequence.
"""

from __future__ import annotations

import re
import textwrap
from html import escape

BREED, HOOG, TUSSEN_X, TUSSEN_Y, MARGE, RECHTS = 210, 66, 24, 46, 12, 120


def _lagen(stappen: list[dict]) -> tuple[list[list[str]], list[tuple[str, str, str]]]:
    ids = [s["id"] for s in stappen]
    pijlen = [(s["id"], v["stap"], v.get("label", "")) for s in stappen for v in s.get("volgende", [])]
    if not pijlen:  # no arrows in the source: show its order
        pijlen = [(a, b, "") for a, b in zip(ids, ids[1:], strict=False)]
    laag = {}
    doel = {b for _, b, _ in pijlen}
    wachtrij = [i for i in ids if i not in doel] or ids[:1]
    for i in wachtrij:
        laag[i] = 0
    while wachtrij:  # breadth-first; a step keeps the first (shortest) layer it gets
        huidig = wachtrij.pop(0)
        for a, b, _ in pijlen:
            if a == huidig and b not in laag:
                laag[b] = laag[a] + 1
                wachtrij.append(b)
    for i in ids:  # steps no arrow reaches go below the rest, in source order
        laag.setdefault(i, max(laag.values(), default=-1) + 1)
    lagen: list[list[str]] = [[] for _ in range(max(laag.values()) + 1)]
    for i in ids:
        lagen[laag[i]].append(i)
    return lagen, pijlen


def svg(route: dict) -> str:
    stappen = route["stappen"]
    titels = {s["id"]: s["titel"] for s in stappen}
    lagen, pijlen = _lagen(stappen)
    per_rij = max(len(rij) for rij in lagen)
    # Room on the right for sideways arrows and their labels.
    breedte = MARGE * 2 + per_rij * BREED + (per_rij - 1) * TUSSEN_X + RECHTS
    hoogte = MARGE * 2 + len(lagen) * HOOG + (len(lagen) - 1) * TUSSEN_Y
    plek = {}
    for r, rij in enumerate(lagen):
        start = (breedte - RECHTS - (len(rij) * BREED + (len(rij) - 1) * TUSSEN_X)) / 2
        for k, i in enumerate(rij):
            plek[i] = (start + k * (BREED + TUSSEN_X), MARGE + r * (HOOG + TUSSEN_Y))

    uit = {i: sum(1 for a, _, _ in pijlen if a == i) for i in plek}
    in_ = {i: sum(1 for _, b, _ in pijlen if b == i) for i in plek}
    delen = []
    for a, b, label in pijlen:
        (ax, ay), (bx, by) = plek[a], plek[b]
        x1, y1 = ax + BREED / 2, ay + HOOG
        x2, y2 = bx + BREED / 2, by
        if by <= ay:  # back or sideways arrow: leave from the side
            x1, y1, x2, y2 = ax + BREED, ay + HOOG / 2, bx + BREED, by + HOOG / 2
            delen.append(f'<path d="M{x1:.0f},{y1:.0f} C{x1 + 40:.0f},{y1:.0f} {x2 + 40:.0f},'
                         f'{y2:.0f} {x2:.0f},{y2:.0f}" class="pijl" marker-end="url(#punt)"/>')
        else:
            delen.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2 - 2:.0f}" '
                         f'class="pijl" marker-end="url(#punt)"/>')
        if label and not (uit[a] > 1 and in_[b] > 1):
            # A fork's labels sit near their targets, a merge's near their sources, so they do
            # not overlap. Where an arrow is both (crossing lines), the step text says it.
            f = 0.6 if uit[a] > 1 else 0.3 if in_[b] > 1 else 0.5
            mx, my = x1 + (x2 - x1) * f, y1 + (y2 - y1) * f
            links = x2 < x1 - 1
            if uit[a] == 1 and in_[b] > 1:
                links = x2 > x1 + 1  # a merge: write on the outer side of each arrow
            delen.append(f'<text x="{mx + (-6 if links else 6):.0f}" y="{my + 4:.0f}" class="label" '
                         f'text-anchor="{"end" if links else "start"}">'
                         f'{escape(textwrap.shorten(label, 26, placeholder="…"))}</text>')
    for i, (x, y) in plek.items():
        regels = textwrap.wrap(f"{i}. {titels[i]}" if not i[0].isalpha() else titels[i], 30)[:3]
        if len(regels) == 3 and len(" ".join(regels)) < len(titels[i]):
            regels[2] = textwrap.shorten(regels[2], 28, placeholder="…")
        tekst = "".join(f'<tspan x="{x + BREED / 2:.0f}" dy="{0 if n == 0 else 15}">'
                        f"{escape(r)}</tspan>" for n, r in enumerate(regels))
        ty = y + HOOG / 2 - (len(regels) - 1) * 7.5 + 4
        delen.append(f'<rect x="{x:.0f}" y="{y:.0f}" width="{BREED}" height="{HOOG}" rx="6" '
                     f'class="stap"/><text y="{ty:.0f}" class="titel">{tekst}</text>')

    beschrijving = "; ".join(f"{a} naar {b}" + (f" ({label})" if label else "") for a, b, label in pijlen)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {breedte:.0f} {hoogte:.0f}" '
        f'width="{breedte:.0f}" height="{hoogte:.0f}" role="img" aria-labelledby="t d">'
        f'<title id="t">Stroomschema: {escape(route["titel"])}</title>'
        f'<desc id="d">{escape(beschrijving)}</desc>'
        '<style>.stap{fill:#fff;stroke:#283593;stroke-width:1.5}'
        '.titel{font:13px sans-serif;fill:#1a1a1a;text-anchor:middle}'
        '.label{font:11px sans-serif;fill:#333;paint-order:stroke;stroke:#fff;stroke-width:4px}'
        '.pijl{stroke:#424242;stroke-width:1.4;fill:none}'
        '</style><defs><marker id="punt" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#424242"/>'
        '</marker></defs>' + "".join(delen) + "</svg>\n"
    )


def maten(route: dict) -> tuple[int, int]:
    """Width and height of the route's diagram, for the <img> that shows it."""
    kop = svg(route).split(">", 1)[0]
    _, _, breedte, hoogte = re.search(r'viewBox="([^"]+)"', kop).group(1).split()
    return int(float(breedte)), int(float(hoogte))
