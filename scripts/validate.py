"""Check every region file; exit 1 with Dutch messages (file, place, what is expected)."""

import sys

from regios import RegioFouten, laad_alle


def main() -> int:
    try:
        regios = laad_alle()
    except RegioFouten as fout:
        print(f"{len(fout.fouten)} fout(en) in de regiobestanden; er is niets gebouwd:",
              file=sys.stderr)
        for f in fout.fouten:
            print(f"- {f}", file=sys.stderr)
        return 1
    print(f"Alle {len(regios)} regio's zijn in orde: {', '.join(regios)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
