"""Command line: ``python -m calculator classify [--regio SLUG]`` and ``python -m calculator regios``.

classify reads one situation (JSON object) on stdin and prints the result as one JSON object.
Invalid input: exit code 2, a Dutch message per wrong field on stderr, nothing on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys

from calculator.api import classify, regios
from calculator.fout import InvoerFout, RegelsFout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m calculator",
                                     description="Rekenhulp schoolverzuim (Leerplichtwet + regio).")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    c = sub.add_parser("classify", help="beoordeel één situatie (JSON op stdin)")
    c.add_argument("--regio", help="slug van de regio (overschrijft 'regio' in de invoer)")
    sub.add_parser("regios", help="toon de bekende regio's")
    args = parser.parse_args(argv)

    try:
        if args.opdracht == "regios":
            for r in regios():
                print(r["slug"])
            return 0
        try:
            situatie = json.loads(sys.stdin.read())
        except json.JSONDecodeError as fout:
            raise InvoerFout([("invoer", f"is geen geldige JSON ({fout.msg}, regel {fout.lineno})."
                               )]) from None
        if args.regio is not None:
            if not isinstance(situatie, dict):
                raise InvoerFout([("invoer", "moet een JSON-object zijn.")])
            situatie["regio"] = args.regio
        uitkomst = classify(situatie)
    except InvoerFout as fout:
        print("Ongeldige invoer:", file=sys.stderr)
        for veld, tekst in fout.fouten:
            print(f"- {veld}: {tekst}", file=sys.stderr)
        return 2
    except RegelsFout as fout:
        print(f"Fout in de regels: {fout}", file=sys.stderr)
        return 3
    json.dump(uitkomst, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
