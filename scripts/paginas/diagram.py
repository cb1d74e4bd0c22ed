"""Route diagrams: Graphviz (dot, top to bottom) laid out at build time into static SVG.

``dot(route, regio)`` writes the Graphviz source of one route; ``svgs(bronnen)`` lays out any
number of them in one Node process (scripts/paginas/diagram.mjs, @viz-js/viz: Graphviz compiled to
WebAssembly, from node_modules). Results are kept per source, so a build that asks per region
still starts Node once if ``svgs`` is first called with every route (see ``voorbereid``).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as 'python scripts/generate.py': the engine is one level up
    sys.path.append(str(ROOT))
from calculator.regio import stap_label  # noqa: E402

MJS = Path(__file__).resolve().with_suffix(".mjs")
MINSTE_STAPPEN = 3  # one or two steps: the text says it all, a diagram adds nothing
KLEUR, LIJN = "#154273", "#3b3b3b"

_cache: dict[str, str] = {}


def heeft_diagram(route: dict) -> bool:
    return len(route["stappen"]) >= MINSTE_STAPPEN


def stap_titel(stap: dict) -> str:
    """Numbered steps ("1", "2a", "O4") say so; named steps are their title (contract C4)."""
    return stap_label(stap)


def _regels(tekst: str, breedte: int) -> str:
    return "<BR/>".join(html.escape(r) for r in textwrap.wrap(" ".join(tekst.split()), breedte,
                                                          break_on_hyphens=False))


def pijlen(route: dict) -> list[tuple[str, str, str, str | None]]:
    """(from, to, label, other route) per arrow; the source order where the source draws none."""
    stappen = route["stappen"]
    uit = [(s["id"], v["stap"], v.get("label") or "", v.get("route"))
           for s in stappen for v in s.get("volgende", [])]
    if not uit:
        uit = [(a["id"], b["id"], "", None) for a, b in zip(stappen, stappen[1:], strict=False)]
    return [(a, b, label, r if r and r != route["id"] else None) for a, b, label, r in uit]


def dot(route: dict, regio: dict) -> str:
    partijen = {p["id"]: p["naam"] for p in regio["partijen"]}
    routes = {r["id"]: r["titel"] for r in regio["routes"]}
    naam = {s["id"]: f"n{i}" for i, s in enumerate(route["stappen"])}
    r = ["digraph route {", 'graph [rankdir=TB, nodesep=0.25, ranksep=0.4, pad=0.1, '
         'fontname="Helvetica"];',
         f'node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="{KLEUR}", '
         'penwidth=1.4, fontname="Helvetica", fontsize=14, margin="0.14,0.08"];',
         f'edge [color="{LIJN}", fontcolor="#1a1a1a", fontname="Helvetica", fontsize=13, '
         'arrowsize=0.8];']
    for s in route["stappen"]:
        wie = ", ".join(partijen.get(p, p) for p in s["partijen"])
        label = (f"<<B>{_regels(stap_titel(s), 26)}</B><BR/>"
                 f'<FONT POINT-SIZE="12" COLOR="#3b3b3b">{_regels(wie, 32)}</FONT>>')
        r.append(f"{naam[s['id']]} [label={label}];")
    buiten: dict[tuple[str, str], str] = {}
    for a, b, label, ander in pijlen(route):
        doel = naam.get(b)
        if ander or doel is None:
            sleutel = (ander or "", b)
            if sleutel not in buiten:
                doel = buiten[sleutel] = f"x{len(buiten)}"
                titel = routes.get(ander or "", "een andere route")
                r.append(f'{doel} [style="rounded,dashed", label=<Verder in de route<BR/>'
                         f"<B>{_regels(titel, 26)}</B>>];")
            doel = buiten[sleutel]
        tekst = f", label=<{_regels(label, 24)}>" if label else ""
        r.append(f"{naam[a]} -> {doel} [{tekst.lstrip(', ')}];")
    r += [f"{a} -> {b} [style=invis];" for a, b in _stapelen(route, naam)]
    return "\n".join(r + ["}"]) + "\n"


def _stapelen(route: dict, naam: dict[str, str]) -> list[tuple[str, str]]:
    """Invisible arrows between unconnected parts, in source order: they stack instead of
    standing side by side, so a route stays narrow enough for a phone."""
    deel = {i: i for i in naam}

    def wortel(i: str) -> str:
        while deel[i] != i:
            i = deel[i]
        return i

    for a, b, _, ander in pijlen(route):
        if not ander and b in deel:
            deel[wortel(a)] = wortel(b)
    delen: dict[str, list[str]] = {}
    for i in naam:
        delen.setdefault(wortel(i), []).append(i)
    groepen = list(delen.values())
    return [(naam[x[-1]], naam[y[0]]) for x, y in zip(groepen, groepen[1:], strict=False)]


def voorbereid(bronnen: list[str]) -> None:
    """Lay out every source not yet known, in one Node process."""
    nieuw = list(dict.fromkeys(b for b in bronnen if b not in _cache))
    if not nieuw:
        return
    try:
        uit = subprocess.run(["node", str(MJS)], input=json.dumps(nieuw), capture_output=True,
                             text=True, cwd=ROOT, check=True, timeout=600).stdout
    except (OSError, subprocess.SubprocessError) as fout:
        raise SystemExit(f"Stroomschema's: Graphviz (node scripts/paginas/diagram.mjs) faalde: {fout}; "
                         "draai 'make node'.") from None
    for bron, svg in zip(nieuw, json.loads(uit), strict=True):
        if isinstance(svg, dict):
            raise SystemExit(f"Stroomschema's: Graphviz weigert een schema: {svg['fout']}")
        _cache[bron] = _netjes(svg)


def svgs(bronnen: list[str]) -> list[str]:
    voorbereid(bronnen)
    return [_cache[b] for b in bronnen]


def _netjes(svg: str) -> str:
    """Graphviz output, without prolog and per-shape tooltips (they show internal names)."""
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    svg = re.sub(r"<title>[^<]*</title>\n?", "", svg)
    breedte, hoogte = maten(svg)
    return re.sub(r'<svg width="[^"]*" height="[^"]*"',
                  f'<svg width="{breedte}" height="{hoogte}" role="img"', svg, count=1)


def maten(svg: str) -> tuple[int, int]:
    """Width and height in CSS px (1 Graphviz point drawn as 1 px: 14 pt text reads as 14 px)."""
    m = re.search(r'viewBox="[\d.\-]+ [\d.\-]+ ([\d.]+) ([\d.]+)"', svg)
    if not m:
        raise ValueError("SVG zonder viewBox")
    return round(float(m.group(1))), round(float(m.group(2)))


def met_titel(svg: str, titel: str) -> str:
    """The accessible name of the diagram opened on its own."""
    return svg.replace('role="img"', 'role="img" aria-labelledby="titel"', 1).replace(
        ">", f'><title id="titel">{html.escape(titel)}</title>', 1)
