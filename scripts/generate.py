"""regions/ -> docs/routekaart/ (Markdown + SVG) and docs/assets/regels/ (rules per region).

Validates everything first; writes nothing unless every region is valid. Output goes to a
temporary folder that replaces the old one only when complete, so a failed run never
leaves half a site behind.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pagina_landelijk as landelijk
import pagina_regio
import regels_json
import versies
import yaml
from adressen import MAP
from regios import REGIONS, ROOT, RegioFouten, laad_alle

DOCS = ROOT / "docs"
REGELS = DOCS / "assets" / "regels"


def _lees_landelijk(naam: str) -> dict:
    pad = ROOT / "landelijk" / naam
    try:
        return yaml.safe_load(pad.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as fout:
        raise SystemExit(f"{pad.relative_to(ROOT)}: kan niet gelezen worden: {fout}") from None


def _summary(regios: dict[str, dict]) -> str:
    """Navigation of the generated folder, read by the literate-nav plugin."""
    r = ["* [Overzicht](index.md)"]
    for slug, d in sorted(regios.items(), key=lambda kv: kv[1]["naam"].lower()):
        r.append(f"* [{d['naam']}]({slug}/index.md)")
        r += [f"    * [{route['titel']}]({slug}/{route['id']}.md)" for route in d["routes"]]
        if d.get("begrippen") or d.get("bijlagen"):
            r.append(f"    * [Begrippen en bijlagen]({slug}/bijlagen.md)")
        r.append(f"    * [Versies]({slug}/versies.md)")
    r += ["* [Drempels per regio](vergelijking.md)", "* [Wettelijk kader](wettelijk-kader.md)"]
    return "\n".join(r) + "\n"


def schrijf_paginas(regios: dict[str, dict], doel: Path) -> None:
    parameters = landelijk.lees_parameters(ROOT)
    bestanden = {
        **pagina_regio.landelijke_bestanden(regios),  # region index, home list; all diagrams
        "SUMMARY.md": _summary(regios),
        "vergelijking.md": landelijk.vergelijking_pagina(regios, parameters),
        "begrippen.md": landelijk.begrippen_pagina(_lees_landelijk("begrippen.yaml")["begrippen"],
                                                   regios),
        "wettelijk-kader.md": landelijk.wettelijk_kader_pagina(
            _lees_landelijk("wettelijk-kader.yaml"), parameters),
    }
    for slug, d in regios.items():
        bestanden.update(pagina_regio.regio_bestanden(d, versies.archief(REGIONS / slug)))
    for naam, tekst in bestanden.items():
        pad = doel / naam
        pad.parent.mkdir(parents=True, exist_ok=True)
        pad.write_text(tekst, "utf-8")


def _vervang_map(nieuw: Path, oud: Path) -> None:
    weg = oud.with_name(oud.name + ".oud")
    shutil.rmtree(weg, ignore_errors=True)
    if oud.exists():
        oud.rename(weg)
    nieuw.rename(oud)
    shutil.rmtree(weg, ignore_errors=True)


def _schrijf_atomisch(pad: Path, tekst: str) -> None:
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=pad.parent, delete=False) as f:
        f.write(tekst)
    os.replace(f.name, pad)


def main(argv: list[str] | None = None) -> int:
    # --concept (make voorbeeld): unpublished versions are built too, each region dict then
    # carries '_concept: True' and its pages say so (see versies.py).
    versies.CONCEPT = "--concept" in (sys.argv[1:] if argv is None else argv)
    try:
        regios = laad_alle()
    except RegioFouten as fout:
        print(f"{len(fout.fouten)} fout(en) in de regiobestanden; er is niets gebouwd:",
              file=sys.stderr)
        for f in fout.fouten:
            print(f"- {f}", file=sys.stderr)
        return 1
    tijdelijk = Path(tempfile.mkdtemp(prefix=".routekaart-", dir=DOCS))
    try:
        schrijf_paginas(regios, tijdelijk)
    except BaseException:
        shutil.rmtree(tijdelijk, ignore_errors=True)
        raise
    _vervang_map(tijdelijk, DOCS / MAP)
    regels_json.schrijf(regios, REGELS)
    print(f"{len(regios)} regio's gegenereerd naar docs/{MAP}/ en docs/assets/regels/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
