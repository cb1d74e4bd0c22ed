"""make nieuwe-regio SLUG=<slug>: a new region folder from the commented template."""

import re
import sys

from regios import REGIONS

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
    map_.mkdir()
    tekst = SJABLOON.read_text("utf-8").replace("slug: SLUG ", f"slug: {slug} ", 1)
    (map_ / "regio.yaml").write_text(tekst, "utf-8")
    print(f"regions/{slug}/regio.yaml gemaakt uit het sjabloon.\n"
          "Vul het in en controleer met 'make valideer': elke melding noemt het veld en de regel.\n"
          f"Klaar? Dan 'make publiceer REGIO={slug}' en 'make serve' om het te bekijken.")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1]:
        print("Gebruik: make nieuwe-regio SLUG=<slug>", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
