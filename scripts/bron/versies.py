"""Published versions of a region: regions/<slug>/archief/<versie>.yaml, one exact copy each.

The guard: regio.yaml must equal the archived copy of its own version. Change the content
without a new version number and changelog, and the check fails with what to do.

Concept mode (``make voorbeeld``, ``make valideer``): a version that is not yet published, or a
working copy that differs from its archived version, is no error; the region dict gets
``_concept: True`` so every page of that region says "Concept – nog niet gepubliceerd".
Publishing (``make publiceer``) is the last step, and ``make build``/``make test`` insist on it.
"""

from __future__ import annotations

from pathlib import Path

from bron import gemeenten
from bron.fouten import RegioFout
from bron.lezen import lees_yaml
from bron.paden import ROOT

ARCHIEF = "archief"
# Set by 'generate.py --concept' and 'validate.py' before loading; see the module docstring.
CONCEPT = False


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
        if isinstance(data, dict):
            gemeenten.normaliseer(data)  # compared with the current file, read the same way
        versies[pad.stem] = data
    return dict(sorted(versies.items(), key=lambda kv: versie_sleutel(kv[0])))


def is_concept(huidig: dict) -> bool:
    return bool(huidig.get("_concept"))


def controleer(map_: Path, huidig: dict, publiceren: bool = False,
               concept: bool | None = None) -> list[RegioFout]:
    """Problems with the version history of one (already valid) region.

    With ``publiceren``, a new version that is not yet in the archive is what is expected.
    With ``concept`` (default: the module's CONCEPT), an unpublished working copy is marked
    ``_concept`` instead of refused.
    """
    concept = CONCEPT if concept is None else concept
    huidig.pop("_concept", None)
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
    voorlopig = concept and not publiceren
    if versie in oud and oud[versie] != huidig:
        if voorlopig:
            huidig["_concept"] = True
        else:
            fouten.append(RegioFout(bestand, "publicatie.versie", None,
                f"de inhoud is veranderd, maar versie {versie} is al gepubliceerd. Verhoog "
                f"publicatie.versie naar {volgende_versie(versie)}, zet publicatie.datum op "
                f"vandaag, beschrijf in publicatie.wijzigingen wat er voor scholen verandert, en "
                f"voer daarna 'make publiceer REGIO={slug}' uit. Is versie {versie} nog niet "
                f"samengevoegd in main? Dan mag je hem overdoen: "
                f"'make publiceer REGIO={slug} OPNIEUW=1'."))
    elif versie not in oud:
        if any(versie_sleutel(v) > versie_sleutel(versie) for v in oud):
            fouten.append(RegioFout(bestand, "publicatie.versie", None,
                f"versie {versie} is lager dan de laatst gepubliceerde ({list(oud)[-1]}). "
                f"Gebruik {volgende_versie(list(oud)[-1])}."))
        elif eerdere and oud[eerdere[-1]]["publicatie"]["wijzigingen"] == \
                huidig["publicatie"]["wijzigingen"]:
            fouten.append(RegioFout(bestand, "publicatie.wijzigingen", None,
                f"beschrijf wat er in versie {versie} verandert; nu staat er nog de tekst van "
                f"versie {eerdere[-1]}."))
        elif voorlopig:
            huidig["_concept"] = True
        elif not publiceren:
            fouten.append(RegioFout(bestand, "publicatie.versie", None,
                f"versie {versie} is nog niet gepubliceerd. Bekijk hem eerst als concept met "
                f"'make voorbeeld'; klaar? Dan 'make publiceer REGIO={slug}' (dat bewaart "
                f"regio.yaml als {ARCHIEF}/{versie}.yaml)."))
    if eerdere and huidig["publicatie"]["datum"] < oud[eerdere[-1]]["publicatie"]["datum"]:
        fouten.append(RegioFout(bestand, "publicatie.datum", None,
            f"de datum ligt vóór die van versie {eerdere[-1]} "
            f"({oud[eerdere[-1]]['publicatie']['datum']})."))
    return fouten

