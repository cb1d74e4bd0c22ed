"""Command line: ``python -m calculator classify --regio SLUG [--regels DIR]`` and ``regios``.

classify reads one situation (JSON object) on stdin and prints the result as one JSON object.
The region comes from --regio or from "regio" in the input; its rules from DIR/<slug>.json
(default: docs/assets/regels of the project, written by scripts/generate.py).
Invalid input: exit code 2, a Dutch message per wrong question on stderr, nothing on stdout.
Missing or broken rules (or a fault in the engine itself): exit code 3.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from calculator import bestanden
from calculator.api import _lees_json, classify
from calculator.fout import InvoerFout, RegelsFout
from calculator.vragen import VRAGEN


def _situatie(tekst: str, regio: str | None) -> tuple[object, object]:
    situatie = _lees_json(tekst, "invoer")
    if regio is not None:
        if not isinstance(situatie, dict):
            raise InvoerFout([("invoer", "moet een JSON-object zijn, bijvoorbeeld "
                                         '{"ongeoorloofd_uren_4_weken": 12}.')])
        situatie["regio"] = regio
    return situatie, situatie.get("regio") if isinstance(situatie, dict) else None


def _toon_fouten(fout: InvoerFout) -> None:
    print("Ongeldige invoer:", file=sys.stderr)
    for f in fout.lijst():
        naam = f"{f['vraag']} ({f['veld']})" if f["veld"] in VRAGEN else f["vraag"]
        print(f"- {naam}: {f['tekst']}", file=sys.stderr)
    if any(f["veld"] not in VRAGEN for f in fout.lijst()):
        print("Bekende velden: " + ", ".join(VRAGEN) + ".", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m calculator",
                                     description="Rekenhulp schoolverzuim (Leerplichtwet + regio).")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    c = sub.add_parser("classify", help="beoordeel één situatie (JSON op stdin)")
    c.add_argument("--regio", help="slug van de regio (overschrijft 'regio' in de invoer)")
    c.add_argument("--regels", type=Path, help="map met index.json en <slug>.json "
                                               "(standaard docs/assets/regels)")
    r = sub.add_parser("regios", help="toon de bekende regio's")
    r.add_argument("--regels", type=Path, help="map met index.json")
    args = parser.parse_args(argv)

    try:
        if args.opdracht == "regios":
            for regio in bestanden.regios(args.regels):
                print(regio["slug"])
            return 0
        situatie, slug = _situatie(sys.stdin.read(), args.regio)
        uitkomst = classify(situatie, bestanden.regio_regels(slug, args.regels))
    except InvoerFout as fout:
        _toon_fouten(fout)
        return 2
    except RegelsFout as fout:
        print(f"Fout in de regels: {fout}", file=sys.stderr)
        return 3
    except Exception as fout:  # noqa: BLE001 - a Dutch line, never a traceback
        print(f"Fout in de rekenhulp ({type(fout).__name__}: {str(fout)[:200]}). Meld dit aan de "
              "beheerders van de site.", file=sys.stderr)
        return 3
    json.dump(uitkomst, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
