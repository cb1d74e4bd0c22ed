"""Notices for editors from 'make valideer': things that are allowed but will hurt later.

Not errors: the site builds. Each notice names file and field and says what to do.
"""

from __future__ import annotations

import re
from pathlib import Path

from bron.paden import REGIONS
from bron.versies import archief, volgende_versie

MAP_BRON = "bron"


def bronpad(slug: str, naam: str, root: Path = REGIONS) -> Path:
    """A source file named in the region file: relative to regions/<slug>/bron/."""
    return root / slug / MAP_BRON / naam.removeprefix(f"{MAP_BRON}/")


def bronbestanden(d: dict) -> list[tuple[str, str]]:
    """(field, file name) of every source file the region names."""
    doc = d["document"]
    r = []
    if doc.get("bronbestand"):
        r.append(("document.bronbestand", doc["bronbestand"]))
    if (doc.get("bron") or {}).get("bestand"):
        r.append(("document.bron.bestand", doc["bron"]["bestand"]))
    return r


def id_bevat_waarde(drempel: dict) -> bool:
    """'po-5e-ziekmelding' with waarde 5: the id would lie once the number changes."""
    getal = f"{drempel['waarde']:g}".replace(".", "-")
    return re.search(rf"(^|-){re.escape(getal)}(e|de|ste)?(-|$)", drempel["id"]) is not None


# National outcomes that need a pupil under the leerplicht (calculator/wet/uitkomsten.py): a
# rule that also asks for an age below its start can never fire.
NA_BEGIN_LEERPLICHT = {"relatief", "luxe", "signaal", "melding-16-uur", "langdurig-relatief",
                       "melding-vakantie", "leerplichtig", "absoluut"}
BEGIN_LEERPLICHT = 5


def regel_geldt_nooit(als: dict) -> str | None:
    """'alle' with a national outcome that needs leerplicht and an age that is always below it
    (a rule for 4-year-olds with landelijk: relatief): the outcome it names, else None."""
    delen = als.get("alle") or []
    uitkomsten = [v["landelijk"] for v in delen if isinstance(v, dict) and "landelijk" in v]
    tot = [v["leeftijd"].get("tot") for v in delen if isinstance(v, dict) and "leeftijd" in v]
    if any(t is not None and t <= BEGIN_LEERPLICHT for t in tot):
        return next((u for u in uitkomsten if u in NA_BEGIN_LEERPLICHT), None)
    return None


def waarschuwingen(regios: dict[str, dict], root: Path = REGIONS) -> list[str]:
    """Notices per region, each starting with its file (regions/<slug>/regio.yaml: ...)."""
    r = []
    for slug, d in regios.items():
        bestand = f"regions/{slug}/regio.yaml"
        versie = d["publicatie"]["versie"]
        if d.get("_concept") and (root / slug / "archief" / f"{versie}.yaml").exists():
            r.append(f"{bestand}: publicatie.versie: de inhoud verschilt van de gepubliceerde versie "
                     f"{versie}; dit is een concept. Verhoog publicatie.versie naar "
                     f"{volgende_versie(versie)}, zet publicatie.datum en publicatie.wijzigingen, "
                     f"bekijk het met 'make voorbeeld' en publiceer met 'make publiceer REGIO={slug}'.")
        elif d.get("_concept"):
            r.append(f"{bestand}: publicatie.versie: versie {versie} is nog een concept (niet "
                     "gepubliceerd). Bekijk hem met 'make voorbeeld'; klaar? Dan "
                     f"'make publiceer REGIO={slug}'. Tot dan weigeren 'make build' en 'make test' "
                     "hem.")
        for i, regel in enumerate(d.get("regels", [])):
            uitkomst = regel_geldt_nooit(regel["als"])
            if uitkomst:
                r.append(f"{bestand}: regels[{i + 1}] '{regel['id']}'.als: deze regel geldt nooit: "
                         f"landelijk: {uitkomst} geldt pas als de leerplicht begonnen is "
                         f"({BEGIN_LEERPLICHT} jaar), en de regel vraagt een jongere leeftijd. "
                         "Gebruik voor jonge kinderen een drempel (met invoer) zonder landelijke "
                         "uitkomst; zie 'Wanneer een landelijke uitkomst geldt' in de handleiding.")
        # Only new ids: a published id stays as it is (changing it would make the threshold
        # look removed and new on "Wat is er veranderd"), so it is accepted, not nagged about.
        gepubliceerd = {x.get("id") for v in archief(root / slug).values() if isinstance(v, dict)
                        for x in v.get("drempels") or []}
        met_getal = [f"drempels[{i + 1}] '{x['id']}'" for i, x in enumerate(d["drempels"])
                     if id_bevat_waarde(x) and x["id"] not in gepubliceerd]
        if met_getal:
            r.append(f"{bestand}: {len(met_getal)} nieuwe drempel-id('s) bevatten hun eigen waarde: "
                     f"{', '.join(met_getal)}. Een id blijft gelijk tussen versies; verandert de "
                     "waarde, dan klopt zo'n id niet meer. Geef de drempel een id zonder getal, "
                     "bijvoorbeeld 'ziekmeldingen-schooljaar' (dat kan nu nog: het id is nog niet "
                     "gepubliceerd).")
    return r
