"""make publiceer REGIO=<slug>: check a region and keep its current version in the archive."""

import shutil
import sys

import versies
from regios import REGIONS, RegioFouten, laad_regio


def main(slug: str) -> int:
    map_ = REGIONS / slug
    try:
        data = laad_regio(map_)
        fouten = versies.controleer(map_, data, publiceren=True)
        if fouten:
            raise RegioFouten(fouten)
    except RegioFouten as fout:
        print("Niet gepubliceerd:", *(f"- {f}" for f in fout.fouten), sep="\n", file=sys.stderr)
        return 1
    versie = data["publicatie"]["versie"]
    doel = map_ / versies.ARCHIEF / f"{versie}.yaml"
    if doel.exists():
        print(f"Versie {versie} van {slug} was al gepubliceerd; er is niets veranderd.")
        return 0
    doel.parent.mkdir(exist_ok=True)
    shutil.copyfile(map_ / "regio.yaml", doel)
    print(f"Versie {versie} van {slug} bewaard als {doel.relative_to(REGIONS.parent)}. "
          "Zet het bestand mee in je commit of pull request.")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("Gebruik: make publiceer REGIO=<slug>", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
