"""The editors' own example cases (regions/<slug>/voorbeelden.yaml), run on the region's rules.

Shared by 'make valideer' and the data tests: each case says per key what differed, in
Dutch, with file, case number and line. The keys (regions/README.md):

- ``naam``: one sentence; ``situatie``: the Rekenhulp's answers (``regio`` and ``peildatum``
  are filled in: the folder and ``publicatie.datum``);
- ``verwacht``: ``soorten_bevat``/``soorten_niet`` (kinds of absence), ``stappen_bevat``/
  ``stappen_niet`` (step ids), ``melden_bevat`` (a list of ``{bij, grondslag}``; ``grondslag``
  may be left out: then any basis counts; a plain ``duo`` means ``{bij: duo}``) and
  ``melden_niet`` (a list of places, ``bij``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from bron.controles import bestandsnaam
from bron.fouten import RegioFout, pad_tekst
from bron.lezen import regels_per_pad
from bron.paden import ROOT

if str(ROOT) not in sys.path:  # run as 'python scripts/validate.py': the engine is one level up
    sys.path.append(str(ROOT))
from rekenhulp.regels_json import regio_regels  # noqa: E402

import calculator  # noqa: E402
from calculator.fout import InvoerFout  # noqa: E402

BESTAND = "voorbeelden.yaml"
VERWACHT_SLEUTELS = ("soorten_bevat", "soorten_niet", "stappen_bevat", "stappen_niet",
                     "melden_bevat", "melden_niet")
MELDING_SLEUTELS = ("bij", "grondslag")
GRONDSLAGEN = ("wet", "norm", "regio")


def lees(map_: Path) -> tuple[list, str]:
    """The cases and the file's text; ([], "") when the region has none. A YAML error is a
    RegioFout (raised), like in regio.yaml."""
    pad = map_ / BESTAND
    if not pad.is_file():
        return [], ""
    tekst = pad.read_text("utf-8")
    try:
        gevallen = yaml.safe_load(tekst)
    except yaml.YAMLError as fout:
        mark = getattr(fout, "problem_mark", None)
        raise _fout(pad, (), mark.line + 1 if mark else None,
                    f"geen geldige YAML: {getattr(fout, 'problem', fout)}. Let op inspringen en "
                    "dubbele punten.") from None
    return (gevallen if gevallen is not None else []), tekst


class VoorbeeldFout(Exception):
    def __init__(self, fout: RegioFout):
        self.fout = fout
        super().__init__(str(fout))


def _fout(pad: Path, plek: tuple, regel: int | None, tekst: str) -> VoorbeeldFout:
    return VoorbeeldFout(RegioFout(bestandsnaam(pad), pad_tekst(plek), regel, tekst))


def _lijst(waarde: object) -> list:
    return waarde if isinstance(waarde, list) else [waarde]


def _vorm(geval: object) -> list[tuple[tuple, str]]:
    """What is wrong with the case's own form (before running it)."""
    if not isinstance(geval, dict):
        return [((), "elk voorbeeld is een groep velden: naam, situatie en verwacht.")]
    uit: list[tuple[tuple, str]] = []
    for veld in ("naam", "situatie", "verwacht"):
        if veld not in geval:
            uit.append(((), f"verplicht veld ontbreekt: {veld}. Elk voorbeeld heeft naam, "
                        "situatie en verwacht."))
    if "situatie" in geval and not isinstance(geval["situatie"], dict):
        uit.append((("situatie",), "moet een groep antwoorden zijn, bijvoorbeeld {leeftijd: 9, "
                    "ongeoorloofd_uren_4_weken: 16}."))
    v = geval.get("verwacht")
    if "verwacht" in geval and not isinstance(v, dict):
        uit.append((("verwacht",), "moet een groep velden zijn, bijvoorbeeld {stappen_bevat: "
                    "[\"2\"]}."))
    elif isinstance(v, dict):
        for sleutel in sorted(set(v) - set(VERWACHT_SLEUTELS)):
            uit.append((("verwacht", sleutel), f"onbekend veld {sleutel}. Toegestaan: "
                        f"{', '.join(VERWACHT_SLEUTELS)}."))
        for k, m in enumerate(_lijst(v.get("melden_bevat", []))):
            plek = ("verwacht", "melden_bevat", k)
            if isinstance(m, str):
                continue
            if not isinstance(m, dict) or "bij" not in m:
                uit.append((plek, "schrijf een melding als {bij: duo} of {bij: duo, grondslag: "
                            "wet}."))
                continue
            for sleutel in sorted(set(m) - set(MELDING_SLEUTELS)):
                uit.append((plek + (sleutel,), f"onbekend veld {sleutel}. Toegestaan: bij en "
                            "grondslag (mag weg)."))
            if "grondslag" in m and m["grondslag"] not in GRONDSLAGEN:
                uit.append((plek + ("grondslag",), f"'{m['grondslag']}' is niet toegestaan. Kies "
                            f"een van: {', '.join(GRONDSLAGEN)}, of laat grondslag weg."))
    return uit


def _namen(items) -> str:
    return ", ".join(sorted(map(str, items))) or "geen"


def _verschillen(v: dict, u: dict) -> list[tuple[tuple, str]]:
    """Per expected key, what the Rekenhulp said instead."""
    soorten = set(u.get("soorten", []))
    stappen = {str(s["id"]) for s in u.get("stappen", [])}
    melden = [(m["bij"], m.get("grondslag")) for m in u.get("melden", [])]
    uit: list[tuple[tuple, str]] = []
    for x in map(str, _lijst(v.get("soorten_bevat", []))):
        if x not in soorten:
            uit.append((("verwacht", "soorten_bevat"), f"verwacht soort {x}, maar de rekenhulp "
                        f"geeft: {_namen(soorten)}."))
    for x in map(str, _lijst(v.get("soorten_niet", []))):
        if x in soorten:
            uit.append((("verwacht", "soorten_niet"), f"soort {x} hoort er niet bij, maar de "
                        "rekenhulp geeft hem wel."))
    for x in map(str, _lijst(v.get("stappen_bevat", []))):
        if x not in stappen:
            uit.append((("verwacht", "stappen_bevat"), f"verwacht stap {x}, maar de rekenhulp "
                        f"wijst aan: {_namen(stappen)}."))
    for x in map(str, _lijst(v.get("stappen_niet", []))):
        if x in stappen:
            uit.append((("verwacht", "stappen_niet"), f"stap {x} hoort er niet bij, maar de "
                        "rekenhulp wijst hem wel aan."))
    gekregen = _namen(f"{b} ({g})" if g else b for b, g in melden)
    for k, m in enumerate(_lijst(v.get("melden_bevat", []))):
        bij, grond = (m, None) if isinstance(m, str) else (m["bij"], m.get("grondslag"))
        if not any(b == bij and (grond is None or g == grond) for b, g in melden):
            wat = f"{bij} ({grond})" if grond else bij
            uit.append((("verwacht", "melden_bevat", k), f"verwacht een melding bij {wat}, maar "
                        f"de rekenhulp meldt bij: {gekregen}."))
    for x in map(str, _lijst(v.get("melden_niet", []))):
        if any(b == x for b, _ in melden):
            uit.append((("verwacht", "melden_niet"), f"een melding bij {x} hoort er niet bij, "
                        "maar de rekenhulp meldt er wel."))
    return uit


def controleer_geval(map_: Path, d: dict, i: int, geval: object,
                     regels: dict | None = None) -> list[RegioFout]:
    """One case: its form, then the Rekenhulp on this region's rules, compared per key."""
    pad = map_ / BESTAND
    plek_bestand = f"{bestandsnaam(pad)}, voorbeeld {i + 1}"
    naam = geval.get("naam") if isinstance(geval, dict) else None
    voor = f"“{naam}”: " if naam else ""
    bevindingen = _vorm(geval)
    if not bevindingen and isinstance(geval, dict):
        situatie = {"regio": map_.name, "peildatum": d["publicatie"]["datum"], **geval["situatie"]}
        try:
            u = calculator.classify(situatie, regio_regels(d))
        except InvoerFout as fout:
            bevindingen = [(("situatie", veld), tekst) for veld, tekst in fout.fouten]
        else:
            bevindingen = _verschillen(geval["verwacht"] or {}, u)
    if not bevindingen:
        return []
    if regels is None:
        regels = regels_per_pad(pad.read_text("utf-8")) if pad.is_file() else {}
    return [RegioFout(plek_bestand, pad_tekst(p), regels.get((i, *p)) or regels.get((i,)),
                      voor + t) for p, t in bevindingen]


def fouten(map_: Path, d: dict) -> list[RegioFout]:
    """Every case of the region that does not come out as written."""
    try:
        gevallen, tekst = lees(map_)
    except VoorbeeldFout as f:
        return [f.fout]
    if not isinstance(gevallen, list):
        return [RegioFout(bestandsnaam(map_ / BESTAND), "", 1, "het bestand is een lijst "
                          "voorbeelden, elk beginnend met '- naam: ...'.")]
    regels = regels_per_pad(tekst) if gevallen else {}
    return [f for i, g in enumerate(gevallen) for f in controleer_geval(map_, d, i, g, regels)]
