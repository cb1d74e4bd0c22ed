"""Check every region file; exit 1 with Dutch messages (file, place, what is expected)."""

import sys

from bron import versies
from bron.fouten import RegioFouten
from bron.regios import laad_alle
from bron.waarschuwingen import waarschuwingen


def main() -> int:
    versies.CONCEPT = True  # an unpublished version is a notice here; 'make build' refuses it
    try:
        regios = laad_alle()
    except RegioFouten as fout:
        fout.meld("verbeter ze en draai 'make valideer' opnieuw")
        return 1
    for w in waarschuwingen(regios):
        print(f"Let op: {w}")
    print(f"Alle {len(regios)} regio's zijn in orde: {', '.join(regios)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
