"""make publiceer REGIO=<slug> [OPNIEUW=1]: check a region and keep its version in the archive.

Publishing is the last step, after 'make voorbeeld'. OPNIEUW=1 redoes the newest archived
version: only for a version that is not yet merged into main (afterwards it is public, and a
change needs a new version number).
"""

from __future__ import annotations

import sys

from bron import versies
from bron.fouten import RegioFout, RegioFouten
from bron.paden import REGIONS
from bron.regios import laad_regio


def main(slug: str, opnieuw: bool = False) -> int:
    map_ = REGIONS / slug
    if not (map_ / "regio.yaml").exists():
        bestaand = [p.name for p in sorted(REGIONS.iterdir())
                    if (p / "regio.yaml").exists() and not p.name.startswith("_")]
        print(f"regions/{slug}/regio.yaml bestaat niet. Bestaande regio's: "
              f"{', '.join(bestaand)}.", file=sys.stderr)
        return 2
    try:
        data = laad_regio(map_)
        versie = data["publicatie"]["versie"]
        doel = map_ / versies.ARCHIEF / f"{versie}.yaml"
        oud = versies.archief(map_)
        if opnieuw and doel.exists() and list(oud)[-1] != versie:
            raise RegioFouten([RegioFout(str(doel.relative_to(REGIONS.parent)), "", None,
                f"alleen de nieuwste versie ({list(oud)[-1]}) kan opnieuw; versie {versie} is "
                "al opgevolgd.")])
        bewaard = doel.read_bytes() if opnieuw and doel.exists() else None
        if bewaard is not None:
            doel.unlink()  # checked as if this version were not published yet
        try:
            fouten = versies.controleer(map_, data, publiceren=True, concept=False)
        except BaseException:
            _zet_terug(doel, bewaard)
            raise
        if fouten:
            _zet_terug(doel, bewaard)
            raise RegioFouten(fouten)
    except RegioFouten as fout:
        print("Niet gepubliceerd:", *(f"- {f}" for f in fout.fouten), sep="\n", file=sys.stderr)
        return 1
    if doel.exists():
        print(f"Versie {versie} van {slug} was al gepubliceerd; er is niets veranderd.")
        return 0
    doel.parent.mkdir(exist_ok=True)
    doel.write_bytes((map_ / "regio.yaml").read_bytes())
    wat = "opnieuw bewaard" if bewaard is not None else "bewaard"
    print(f"Versie {versie} van {slug} {wat} als {doel.relative_to(REGIONS.parent)}. "
          "Zet het bestand mee in je commit of pull request.")
    return 0


def _zet_terug(doel, bewaard: bytes | None) -> None:
    """A failed redo leaves the archived copy as it was."""
    if bewaard is not None:
        doel.write_bytes(bewaard)


if __name__ == "__main__":
    argumenten = [a for a in sys.argv[1:] if a]
    opnieuw_ = "--opnieuw" in argumenten
    argumenten = [a for a in argumenten if a != "--opnieuw"]
    if len(argumenten) != 1:
        print("Gebruik: make publiceer REGIO=<slug> [OPNIEUW=1]", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(argumenten[0], opnieuw_))
