"""make documentatie: the tables in the editors' docs that come from the engine.

regions/README.md and docs/over/redacteuren.md each hold two generated blocks between
``<!-- begin: naam -->`` and ``<!-- eind: naam -->``: every question of the Rekenhulp
(calculator/vragen.py VRAGEN, the one list the engine checks input against) and when each
``landelijk:`` outcome fires (calculator/wet/uitkomsten.py). This command writes them;
tests/unit/test_documentatie.py fails when a block differs from what it would write, so the
docs cannot drift from the engine.
"""

from __future__ import annotations

import json
import re
import sys

from bron.paden import ROOT, SCHEMA

if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))
from calculator.vragen import VRAGEN  # noqa: E402
from calculator.wet.uitkomsten import UITKOMSTEN  # noqa: E402

BESTANDEN = [ROOT / "regions" / "README.md", ROOT / "docs" / "over" / "redacteuren.md"]

_BIJZONDER = {
    "regio": "tekst: de slug van de regio",
    "onderwijs": "`po` of `vo`",
    "gemeente": "id uit `gemeenten`",
    "peildatum": "datum JJJJ-MM-DD: de dag waarop gerekend wordt (leeftijdsgrenzen en wetsversies hangen ervan af)",
}


def _soort(v) -> str:
    if v.veld in _BIJZONDER:
        return _BIJZONDER[v.veld]
    if v.soort == "getal":
        return f"getal ({v.eenheid}{', heel getal' if v.heel else ''})"
    if v.soort == "ja-nee":
        return "ja/nee (`true`/`false`)"
    if v.soort == "datum":
        return "datum JJJJ-MM-DD"
    return v.soort


def vragen_tabel() -> str:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    invoer = set(schema["$defs"]["drempel"]["properties"]["invoer"]["enum"])
    feiten = set(schema["$defs"]["voorwaarde"]["properties"]["feit"]["properties"]["veld"]["enum"])
    regels = ["| veld | vraag in de rekenhulp | soort | in een regel |", "|---|---|---|---|"]
    for v in VRAGEN.values():
        gebruik = ("`invoer` van een drempel" if v.veld in invoer else
                   "`feit`" if v.veld in feiten else
                   "`leeftijd`" if v.veld in ("leeftijd", "geboortedatum") else
                   f"`{v.veld}`" if v.veld in ("onderwijs", "gemeente") else "")
        regels.append(f"| `{v.veld}` | {v.vraag} | {_soort(v)} | {gebruik} |")
    return "\n".join(regels)


def uitkomsten_tabel() -> str:
    regels = ["| uitkomst | geldt als |", "|---|---|"]
    regels += [f"| `{naam}` | {tekst} |" for naam, tekst in UITKOMSTEN.items()]
    return "\n".join(regels)


BLOKKEN = {"vragen": vragen_tabel, "uitkomsten": uitkomsten_tabel}


def bijgewerkt(tekst: str) -> str:
    """The text with every generated block written anew."""
    for naam, maak in BLOKKEN.items():
        patroon = re.compile(rf"(<!-- begin: {naam} [^\n]*?-->\n)(?:.*?\n)?(<!-- eind: {naam} -->)", re.S)
        blok = maak().replace("\\", "\\\\")  # a replacement template: escape backslashes
        tekst = patroon.sub(rf"\g<1>{blok}\n\g<2>", tekst)
    return tekst


def main() -> int:
    for pad in BESTANDEN:
        oud = pad.read_text("utf-8")
        nieuw = bijgewerkt(oud)
        if nieuw != oud:
            pad.write_text(nieuw, "utf-8")
            print(f"{pad.relative_to(ROOT)} bijgewerkt.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
