"""Check every region file; exit 1 with Dutch messages (file, place, what is expected).

The same checks as the data tests (tests/data/test_regios.py calls bron.controles and
bron.voorbeelden too): when 'make valideer' is green, those tests are green. Errors are
always shown for every region. Notices ("Let op:") are shown for the regions the editor
changed (against git: the working copy, and the branch since it left main); the others get
one summary line, unless --alles (make valideer ALLES=1).
ROUTEKAART_REGIOS=<map> checks another regions folder (used by the tests).
"""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

from bron import controles, versies, voorbeelden
from bron.fouten import RegioFouten
from bron.paden import REGIONS
from bron.regios import laad_alle
from bron.waarschuwingen import waarschuwingen


def _git(root: Path, *args: str) -> str | None:
    try:
        uit = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return uit.stdout if uit.returncode == 0 else None


def veranderde_regios(root: Path) -> set[str] | None:
    """Slugs of regions changed in the working copy or on this branch since main; None when
    git cannot tell (no repository, no git): then every notice is shown."""
    status = _git(root, "status", "--porcelain", "--untracked-files=all", "--", ".")
    top = _git(root, "rev-parse", "--show-toplevel")
    if status is None or top is None:
        return None
    paden = [r[3:].split(" -> ")[-1] for r in status.splitlines()]
    basis = _git(root, "merge-base", "HEAD", "main")
    if basis:
        paden += (_git(root, "diff", "--name-only", basis.strip(), "--", ".") or "").splitlines()
    # Paths are relative to the repository's top; a region is the folder right under root.
    relatief = root.resolve().relative_to(Path(top.strip()).resolve()).as_posix()
    voor = "" if relatief == "." else relatief + "/"
    return {p[len(voor):].split("/")[0] for p in paden if p.startswith(voor) and "/" in p[len(voor):]}


def main() -> int:
    parser = argparse.ArgumentParser(description="Controleer de regiobestanden.")
    parser.add_argument("--alles", action="store_true",
                        help="ook de meldingen ('Let op:') van regio's die je niet veranderde")
    args = parser.parse_args()
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
    veranderd = None if args.alles else veranderde_regios(root)
    overig = 0
    for w in waarschuwingen(regios, root):
        slug = m.group(1) if (m := re.match(r"regions/([^/]+)/", w)) else None
        if veranderd is None or slug in veranderd:
            print(f"Let op: {w}")
        else:
            overig += 1
    if overig:
        print(f"{overig} oudere melding(en) in regio's die je niet veranderde: "
              "make valideer ALLES=1 toont ze.")
    print(f"Alle {len(regios)} regio's zijn in orde: {', '.join(regios)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
