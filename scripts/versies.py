"""Published versions of a region: regions/<slug>/archief/<versie>.yaml, one exact copy each.

The guard: regio.yaml must equal the archived copy of its own version. Change the content
without a new version number and changelog, and the check fails with what to do.
"""

from __future__ import annotations

from pathlib import Path

from regios import ROOT, RegioFout, lees_yaml

ARCHIEF = "archief"


def versie_sleutel(versie: str) -> tuple[int, ...]:
    return tuple(int(x) for x in versie.split("."))


def volgende_versie(versie: str) -> str:
    delen = versie.split(".")
    return ".".join(delen[:-1] + [str(int(delen[-1]) + 1)])


def _naam(pad: Path) -> str:
    return str(pad.relative_to(ROOT)) if pad.is_relative_to(ROOT) else str(pad)


def archief(map_: Path) -> dict[str, dict]:
    """Archived versions, oldest first."""
    versies = {}
    for pad in sorted((map_ / ARCHIEF).glob("*.yaml")):
        data = lees_yaml(pad.read_text("utf-8"))
        versies[pad.stem] = data
    return dict(sorted(versies.items(), key=lambda kv: versie_sleutel(kv[0])))


def controleer(map_: Path, huidig: dict, publiceren: bool = False) -> list[RegioFout]:
    """Problems with the version history of one (already valid) region.

    With ``publiceren``, a new version that is not yet in the archive is what is expected.
    """
    slug = map_.name
    bestand = _naam(map_ / "regio.yaml")
    versie = huidig["publicatie"]["versie"]
    oud = archief(map_)
    fouten = []
    for naam, data in oud.items():
        if not isinstance(data, dict) or data.get("publicatie", {}).get("versie") != naam:
            fouten.append(RegioFout(_naam(map_ / ARCHIEF / f"{naam}.yaml"), "publicatie.versie",
                                    None, f"een archiefbestand heet naar zijn versie: "
                                          f"{naam}.yaml moet publicatie.versie {naam!r} hebben."))
    if fouten:
        return fouten
    eerdere = [v for v in oud if versie_sleutel(v) < versie_sleutel(versie)]
    if versie in oud and oud[versie] != huidig:
        nieuw = volgende_versie(versie)
        fouten.append(RegioFout(bestand, "publicatie.versie", None,
            f"de inhoud is veranderd, maar versie {versie} is al gepubliceerd. Verhoog "
            f"publicatie.versie naar {nieuw}, zet publicatie.datum op vandaag, beschrijf in "
            f"publicatie.wijzigingen wat er voor scholen verandert, en voer daarna "
            f"'make publiceer REGIO={slug}' uit."))
    elif versie not in oud:
        if any(versie_sleutel(v) > versie_sleutel(versie) for v in oud):
            fouten.append(RegioFout(bestand, "publicatie.versie", None,
                f"versie {versie} is lager dan de laatst gepubliceerde ({list(oud)[-1]})."))
        elif eerdere and oud[eerdere[-1]]["publicatie"]["wijzigingen"] == \
                huidig["publicatie"]["wijzigingen"]:
            fouten.append(RegioFout(bestand, "publicatie.wijzigingen", None,
                f"beschrijf wat er in versie {versie} verandert; nu staat er nog de tekst van "
                f"versie {eerdere[-1]}."))
        elif not publiceren:
            fouten.append(RegioFout(bestand, "publicatie.versie", None,
                f"versie {versie} is nog niet gepubliceerd. Voer 'make publiceer REGIO={slug}' uit "
                f"(dat bewaart regio.yaml als {ARCHIEF}/{versie}.yaml), of kopieer het bestand "
                "zelf naar die plek."))
    if eerdere and huidig["publicatie"]["datum"] < oud[eerdere[-1]]["publicatie"]["datum"]:
        fouten.append(RegioFout(bestand, "publicatie.datum", None,
            f"de datum ligt vóór die van versie {eerdere[-1]} "
            f"({oud[eerdere[-1]]['publicatie']['datum']})."))
    return fouten

