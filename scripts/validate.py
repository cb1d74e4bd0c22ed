"""Check every region file; exit 1 with Dutch messages (file, place, what is expected).

The same checks as the data tests (tests/data/test_regios.py calls bron.controles and
bron.voorbeelden too): when 'make valideer' is green, those tests are green.
ROUTEKAART_REGIOS=<map> checks another regions folder (used by the tests).
"""

import os
import sys
from pathlib import Path

from bron import controles, versies, voorbeelden
from bron.fouten import RegioFouten
from bron.paden import REGIONS
from bron.regios import laad_alle
from bron.waarschuwingen import waarschuwingen


def main() -> int:
    root = Path(os.environ.get("ROUTEKAART_REGIOS") or REGIONS)
    versies.CONCEPT = True  # an unpublished version is a notice here; 'make build' refuses it
    try:
        regios = laad_alle(root)
        fouten = [f for slug, d in regios.items()
                  for f in controles.fouten(root / slug, d) + voorbeelden.fouten(root / slug, d)]
        if fouten:
            raise RegioFouten(fouten)
    except RegioFouten as fout:
        fout.meld("verbeter ze en draai 'make valideer' opnieuw")
        return 1
    for w in waarschuwingen(regios, root):
        print(f"Let op: {w}")
    print(f"Alle {len(regios)} regio's zijn in orde: {', '.join(regios)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
