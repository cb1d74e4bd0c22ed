"""make nieuwe-regio SLUG=<slug>: a new region folder from the commented template."""

import re
import shutil
import sys

from bron.paden import REGIONS

SJABLOON = REGIONS / "_sjabloon" / "regio.yaml"


def main(slug: str) -> int:
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
        print(f"'{slug}' kan geen slug zijn: gebruik kleine letters, cijfers en streepjes, "
              "bijvoorbeeld 'swv-po-voorbeeldstad'.", file=sys.stderr)
        return 2
    map_ = REGIONS / slug
    if map_.exists():
        print(f"regions/{slug}/ bestaat al; er is niets veranderd.", file=sys.stderr)
        return 1
    (map_ / "bron").mkdir(parents=True)
    tekst = SJABLOON.read_text("utf-8").replace("slug: SLUG ", f"slug: {slug} ", 1)
    (map_ / "regio.yaml").write_text(tekst, "utf-8")
    shutil.copyfile(SJABLOON.parent / "voorbeelden.yaml", map_ / "voorbeelden.yaml")
    print(f"regions/{slug}/ gemaakt uit het sjabloon: regio.yaml, voorbeelden.yaml en de map bron/.\n"
          f"1. Zet het brondocument in regions/{slug}/bron/.\n"
          "2. Vul regio.yaml in en controleer met 'make valideer': elke melding noemt het veld en "
          "de regel.\n"
          "3. Bekijk het als concept met 'make voorbeeld'.\n"
          f"4. Klaar? Publiceer met 'make publiceer REGIO={slug}' (de laatste stap).")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1]:
        print("Gebruik: make nieuwe-regio SLUG=<slug>", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
