"""regions/ -> docs/routekaart/ (Markdown + SVG) and the rules per region (JSON).

Validates everything first (each file parsed and checked once); writes nothing unless every
region is valid. Only regions whose inputs changed are rendered again: the others are
hard-linked from the previous output. Output goes to a temporary folder that replaces the
old one only when complete, so a failed run never leaves half a site behind.

    generate.py [--concept]   --concept: also unpublished versions (a preview, marked)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import yaml
from bron import versies
from bron.fouten import RegioFouten
from bron.lezen import eenmalig, lees_yaml
from bron.paden import REGIONS, ROOT
from bron.regios import laad_alle
from opendata import schrijf as opendata
from paginas import diagram, regiopaginas, zoekwoorden
from paginas import landelijk as landelijk
from paginas.adressen import MAP
from rekenhulp import regels_json

DOCS = ROOT / "docs"
SLEUTELS = ".bouwsleutels.json"  # dot file: MkDocs does not publish it
# Everything a region's pages are made from besides its own folder. A change here
# renders every region again.
CODE = [ROOT / "scripts", ROOT / "landelijk", ROOT / "calculator" / "wet", REGIONS / "schema"]


def _lees_landelijk(naam: str) -> dict:
    pad = ROOT / "landelijk" / naam
    try:
        return lees_yaml(pad.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as fout:
        raise SystemExit(f"{pad.relative_to(ROOT)}: kan niet gelezen worden: {fout}") from None


def _summary(regios: dict[str, dict], kader: dict) -> str:
    """Navigation of the generated folder, read by the literate-nav plugin. Every page of
    a region is in it; scripts/nav_per_regio.py shows only the current region on a page.
    The national sections have a fixed number of entries: a question's further alphabetical
    parts and the parts of a long region list are reached from their pages (mkdocs.yml,
    not_in_nav)."""
    r = ["* [Overzicht](index.md)"]
    for slug, d in sorted(regios.items(), key=lambda kv: kv[1]["naam"].lower()):
        r.append(f"* [{d['naam']}]({slug}/index.md)")
        r += [f"    * [{route['titel']}]({slug}/{route['id']}.md)" for route in d["routes"]]
        if d.get("begrippen") or d.get("bijlagen"):
            r.append(f"    * [Begrippen en bijlagen]({slug}/bijlagen.md)")
        r.append(f"    * [Versies]({slug}/versies.md)")
    r.append(f"* [Drempels per regio]({landelijk.VERGELIJKING}/index.md)")
    r += [f"    * [{v.titel}]({landelijk.VERGELIJKING}/{v.bestand}.md)"
          for v in landelijk.vergelijking_vragen(regios)]
    r.append(f"* [Wettelijk kader]({landelijk.KADER}/index.md)")
    r.append(f"    * [Verzuim melden bij DUO]({landelijk.KADER}/{landelijk.DUO_BESTAND})")
    for wet, artikelen in landelijk.per_wet(kader).items():
        r.append(f"    * {wet}")
        r += [f"        * [Artikel {a['artikel']}: {a['titel']}]"
              f"({landelijk.KADER}/{landelijk.artikel_bestand(a)})" for a in artikelen]
    return "\n".join(r) + "\n"


def _hash_bestanden(h, paden) -> None:
    for pad in paden:
        if pad.is_file() and "__pycache__" not in pad.parts:
            h.update(str(pad.relative_to(ROOT)).encode() + b"\0" + pad.read_bytes() + b"\0")


def code_sleutel() -> str:
    h = hashlib.sha256()
    for map_ in CODE:
        _hash_bestanden(h, sorted(map_.rglob("*")))
    return h.hexdigest()


def regio_sleutel(slug: str, code: str, concept: bool) -> str:
    h = hashlib.sha256(f"{code}\0{concept}\0".encode())
    _hash_bestanden(h, sorted((REGIONS / slug).rglob("*")))
    return h.hexdigest()


def _landelijke_bestanden(regios: dict[str, dict]) -> dict[str, str]:
    """Pages shared by all regions: region index and home list (paginas), law pages (wet)."""
    parameters = landelijk.lees_parameters(ROOT)
    kader = _lees_landelijk("wettelijk-kader.yaml")
    return {
        **regiopaginas.landelijke_bestanden(regios),
        "SUMMARY.md": _summary(regios, kader),
        **landelijk.vergelijking_paginas(regios),
        "begrippen.md": landelijk.begrippen_pagina(_lees_landelijk("begrippen.yaml")["begrippen"],
                                                   regios),
        **landelijk.wettelijk_kader_paginas(kader, parameters),
    }


def _schrijf(doel: Path, bestanden: dict[str, str], regios: dict[str, dict], groepen,
             vorige: Path | None = None) -> None:
    """Write ``bestanden`` into ``doel``. A file with the same text in ``vorige`` is hard-linked
    from there instead, so it keeps its time and a dirty MkDocs build skips its page."""
    for naam, tekst in bestanden.items():
        if naam.endswith(".md"):
            tekst = zoekwoorden.vul_aan(tekst, naam, regios.get(naam.split("/")[0]), groepen)
        pad = doel / naam
        pad.parent.mkdir(parents=True, exist_ok=True)
        if vorige is not None and _zelfde_tekst(vorige / naam, tekst):
            os.link(vorige / naam, pad)
        else:
            pad.write_text(tekst, "utf-8")


def _zelfde_tekst(pad: Path, tekst: str) -> bool:
    try:
        return pad.read_text("utf-8") == tekst
    except (OSError, UnicodeDecodeError):
        return False


def schrijf_paginas(regios: dict[str, dict], doel: Path, concept: bool = False,
                    vorige: Path | None = None) -> int:
    """Write the generated folder into ``doel``; returns how many regions were rendered.

    Regions whose inputs match the keys stored in ``vorige`` are hard-linked from there.
    """
    groepen = zoekwoorden.synoniemgroepen(_lees_landelijk("begrippen.yaml")["begrippen"])
    code = code_sleutel()
    try:
        oud = json.loads((vorige / SLEUTELS).read_text("utf-8")) if vorige else {}
    except (OSError, ValueError):
        oud = {}
    sleutels = {slug: regio_sleutel(slug, code, concept) for slug in regios}
    opnieuw = [slug for slug in regios if not (vorige and oud.get(slug) == sleutels[slug]
                                               and (vorige / slug).is_dir())]
    # All diagrams of the regions to render, laid out in one Node process.
    diagram.voorbereid([diagram.dot(r, regios[s]) for s in opnieuw for r in regios[s]["routes"]
                        if diagram.heeft_diagram(r)])
    for slug, d in regios.items():
        if slug not in opnieuw:
            assert vorige is not None
            shutil.copytree(vorige / slug, doel / slug, copy_function=os.link)
            continue
        # All of a changed region's pages are written anew (not linked when unchanged): their
        # navigation lists the region's routes, so a renamed route changes every one of them.
        _schrijf(doel, regiopaginas.regio_bestanden(d, versies.archief(REGIONS / slug)), regios,
                 groepen)
    _schrijf(doel, _landelijke_bestanden(regios), {}, groepen, vorige)
    (doel / SLEUTELS).write_text(json.dumps(sleutels, indent=1, sort_keys=True), "utf-8")
    return len(opnieuw)


def schrijf_regels(regios: dict[str, dict]) -> str:
    """Rules for the Rekenhulp, one JSON per region plus an index (contract 3)."""
    regels_json.schrijf(regios, DOCS / "assets" / "regels")
    return "docs/assets/regels/"


def schrijf_data(regios: dict[str, dict], concept: bool = False) -> int:
    """Open data (docs/data/ -> /data/): only changed regions written, the folder swapped in
    whole; returns how many regions were written."""
    doel, code = DOCS / opendata.MAP, code_sleutel()
    sleutels = {slug: regio_sleutel(slug, code, concept) for slug in regios}
    archieven = {slug: versies.archief(REGIONS / slug) for slug in regios}
    tijdelijk = Path(tempfile.mkdtemp(prefix=".data-", dir=DOCS))
    try:
        gemaakt = opendata.schrijf(regios, archieven, tijdelijk, sleutels,
                                   doel if doel.is_dir() else None)
    except BaseException:
        shutil.rmtree(tijdelijk, ignore_errors=True)
        raise
    os.chmod(tijdelijk, 0o755)  # mkdtemp makes it private; it is published
    _vervang_map(tijdelijk, doel)
    return gemaakt


def _vervang_map(nieuw: Path, oud: Path) -> None:
    weg = oud.with_name(oud.name + ".oud")
    shutil.rmtree(weg, ignore_errors=True)
    if oud.exists():
        oud.rename(weg)
    nieuw.rename(oud)
    shutil.rmtree(weg, ignore_errors=True)


def _schrijf_atomisch(pad: Path, tekst: str) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=pad.parent, delete=False) as f:
        f.write(tekst)
    os.chmod(f.name, 0o644)  # published as is
    os.replace(f.name, pad)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Genereer de routekaartpagina's uit regions/.")
    parser.add_argument("--concept", action="store_true",
                        help="bouw ook versies die nog niet gepubliceerd zijn (voorbeeld)")
    args = parser.parse_args(argv)
    with eenmalig():
        try:
            regios = laad_alle(concept=args.concept)
        except RegioFouten as fout:
            fout.meld("er is niets gebouwd")
            return 1
        tijdelijk = Path(tempfile.mkdtemp(prefix=".routekaart-", dir=DOCS))
        try:
            vorige = DOCS / MAP
            gemaakt = schrijf_paginas(regios, tijdelijk, args.concept,
                                      vorige if vorige.is_dir() else None)
        except BaseException:
            shutil.rmtree(tijdelijk, ignore_errors=True)
            raise
        _vervang_map(tijdelijk, DOCS / MAP)
        waar = schrijf_regels(regios)
        data = schrijf_data(regios, args.concept)
    print(f"{len(regios)} regio's naar docs/{MAP}/ ({gemaakt} opnieuw gemaakt), {waar} en "
          f"docs/{opendata.MAP}/ ({data} opnieuw gemaakt).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
