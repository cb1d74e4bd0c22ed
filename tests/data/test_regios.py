"""Data tests for every region folder, derived from the region's own data and folder.

Nothing here names a region: a new regions/<slug>/ is checked the moment it exists, with no
file elsewhere. Per region: the file is valid, the source document is there (regions/<slug>/bron/
or a URL with a date), every threshold, step, rule and party cites a section, every quotation
occurs in a text source, every threshold's number is in its quotation, and the editor's own
example cases (regions/<slug>/voorbeelden.yaml, optional) come out as written.
Messages are Dutch and name file and field, like 'make valideer'.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from bron import versies  # noqa: E402
from bron.fouten import RegioFouten  # noqa: E402
from bron.paden import SCHEMA  # noqa: E402
from bron.regios import laad_regio, regio_mappen  # noqa: E402
from bron.waarschuwingen import bronbestanden, bronpad  # noqa: E402

from calculator.wet.plichten import PLICHTEN  # noqa: E402

MAPPEN = regio_mappen()
TEKST = (".txt", ".md", ".html", ".htm")  # sources we can search for quotations
GETALWOORDEN = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven",
                8: "acht", 9: "negen", 10: "tien", 11: "elf", 12: "twaalf", 13: "dertien",
                14: "veertien", 15: "vijftien", 16: "zestien", 20: "twintig"}


def normaal(tekst: str) -> str:
    """Text as words only: PDF extraction splits words ('leerplichtambte-\\nnaar'), keeps
    markup and bullets; an editor's quotation should match it anyway."""
    tekst = re.sub(r"<[^>]+>", " ", tekst)
    tekst = re.sub(r"(\w)-\s*(\w)", r"\1\2", tekst)
    tekst = re.sub(r"[^\w%]+", " ", tekst)
    return re.sub(r"\s+", " ", tekst).strip().casefold()


def bestand(map_: Path) -> str:
    return f"regions/{map_.name}/regio.yaml"


@pytest.fixture(scope="module", params=MAPPEN, ids=[m.name for m in MAPPEN])
def regio(request) -> tuple[Path, dict]:
    map_ = request.param
    try:
        return map_, laad_regio(map_)
    except RegioFouten as fout:
        pytest.fail("\n".join(map(str, fout.fouten)), pytrace=False)


def bronteksten(map_: Path, d: dict) -> list[str]:
    return [normaal(bronpad(map_.name, naam, map_.parent).read_text("utf-8", errors="replace"))
            for _, naam in bronbestanden(d)
            if bronpad(map_.name, naam, map_.parent).suffix.lower() in TEKST
            and bronpad(map_.name, naam, map_.parent).is_file()]


def met_bron(d: dict):
    """(field path, item) of everything that must cite its source."""
    for i, p in enumerate(d["partijen"]):
        yield f"partijen[{i + 1}] ({p['id']})", p
    for i, r in enumerate(d["routes"]):
        yield f"routes[{i + 1}] ({r['id']})", r
        for j, s in enumerate(r["stappen"]):
            yield f"routes[{i + 1}].stappen[{j + 1}] (stap {s['id']})", s
    for i, x in enumerate(d["drempels"]):
        yield f"drempels[{i + 1}] ({x['id']})", x
    for i, x in enumerate(d["regels"]):
        yield f"regels[{i + 1}] ({x['id']})", x


def test_versie_is_gepubliceerd(regio):
    map_, d = regio
    fouten = versies.controleer(map_, dict(d), concept=False)
    assert not fouten, "\n".join(map(str, fouten))


def test_brondocument_staat_bij_de_regio(regio):
    map_, d = regio
    doc = d["document"]
    for veld, naam in bronbestanden(d):
        assert bronpad(map_.name, naam, map_.parent).is_file(), (
            f"{bestand(map_)}: {veld}: '{naam}' staat niet in regions/{map_.name}/bron/. Zet het "
            "brondocument (pdf of tekst) in die map, of noem het adres: "
            "bron: {url: https://..., geraadpleegd: JJJJ-MM-DD}.")
    assert bronbestanden(d) or (doc.get("bron") or {}).get("url"), (
        f"{bestand(map_)}: document: noem het brondocument: bron: {{bestand: bron/<naam>.pdf}} "
        "(het bestand in regions/<slug>/bron/) of bron: {url: https://..., geraadpleegd: "
        "JJJJ-MM-DD}.")


def test_alles_noemt_zijn_plek_in_de_bron(regio):
    map_, d = regio
    zonder = [pad for pad, item in met_bron(d) if not item["bron"]["sectie"].strip()]
    assert not zonder, (f"{bestand(map_)}: bron.sectie is leeg bij {', '.join(zonder)}. Noem het "
                        "kopje, de paragraaf of de tabel in het brondocument.")


def test_citaten_staan_letterlijk_in_de_bron(regio):
    map_, d = regio
    teksten = bronteksten(map_, d)
    if not teksten:
        pytest.skip(f"{bestand(map_)}: geen tekstversie van de bron om citaten in te zoeken")
    mis = [f"{pad}.bron.citaat: “{item['bron']['citaat'][:70]}”" for pad, item in met_bron(d)
           if item["bron"].get("citaat")
           and not any(normaal(item["bron"]["citaat"]) in t for t in teksten)]
    assert not mis, (f"{bestand(map_)}: deze citaten staan niet (letterlijk) in het brondocument; "
                     "neem de zin over zoals hij er staat:\n" + "\n".join(mis))


def test_elke_drempel_staat_met_zijn_getal_in_het_citaat(regio):
    map_, d = regio
    mis = []
    for i, x in enumerate(d["drempels"]):
        citaat = x["bron"].get("citaat", "")
        getal = f"{x['waarde']:g}"
        vormen = {getal, getal.replace(".", ","), GETALWOORDEN.get(x["waarde"], getal)}
        if not any(re.search(rf"(?<![\d,]){re.escape(v)}(?![\d,])", citaat.casefold())
                   for v in vormen):
            mis.append(f"drempels[{i + 1}] ({x['id']}): waarde {getal}")
    assert not mis, (f"{bestand(map_)}: het getal van deze drempels staat niet in hun "
                     "bron.citaat (neem de zin met het getal over):\n" + "\n".join(mis))


def test_wettelijke_meldingen_noemen_een_bestaande_plicht(regio):
    map_, d = regio
    meldingen = [(f"routes[{i + 1}].stappen[{j + 1}].melden[{k + 1}]", m)
                 for i, r in enumerate(d["routes"]) for j, s in enumerate(r["stappen"])
                 for k, m in enumerate(s.get("melden", []))]
    meldingen += [(f"regels[{i + 1}].dan.melden[{k + 1}]", m) for i, r in enumerate(d["regels"])
                  for k, m in enumerate(r["dan"].get("melden", []))]
    mis = [pad for pad, m in meldingen
           if m["grondslag"] == "wet" and not m.get("plicht") and m["bij"] != "duo"]
    assert not mis, (f"{bestand(map_)}: grondslag: wet zonder plicht bij {', '.join(mis)}. Noem "
                     f"de wettelijke plicht, een van: {', '.join(PLICHTEN)}; of gebruik "
                     "grondslag: regio (afspraak van de regio) of norm (Inspectie of DUO).")


def test_schema_kent_precies_de_landelijke_plichten():
    schema = json.loads(SCHEMA.read_text("utf-8"))
    assert schema["$defs"]["melding"]["properties"]["plicht"]["enum"] == list(PLICHTEN), (
        "regions/schema/regio.schema.json: melding.plicht moet dezelfde ids hebben als "
        "calculator/wet/plichten.py PLICHTEN")


# --- The editor's own example cases: regions/<slug>/voorbeelden.yaml --------------------------

VERWACHT_SLEUTELS = {"soorten_bevat", "soorten_niet", "stappen_bevat", "stappen_niet",
                     "melden_bevat", "melden_niet"}


def voorbeelden():
    for map_ in MAPPEN:
        pad = map_ / "voorbeelden.yaml"
        if not pad.exists():
            continue
        gevallen = yaml.safe_load(pad.read_text("utf-8")) or []
        for i, geval in enumerate(gevallen):
            naam = geval.get("naam", f"voorbeeld {i + 1}") if isinstance(geval, dict) else str(i)
            yield pytest.param(map_, i, geval, id=f"{map_.name}: {naam}")


def bereken(map_: Path, d: dict, situatie: dict) -> dict:
    """The calculator on this region's rules as they are in the working copy."""
    import inspect

    from rekenhulp import regels_json

    import calculator
    import calculator.api
    if hasattr(regels_json, "regio_regels") and \
            len(inspect.signature(calculator.classify).parameters) >= 2:
        return calculator.classify(situatie, regels_json.regio_regels(d))
    doc = regels_json.alle_regels({map_.name: d})
    mp = pytest.MonkeyPatch()
    mp.setattr(calculator.api, "_regels", lambda: doc)
    try:
        return calculator.classify(situatie)
    finally:
        mp.undo()


@pytest.mark.parametrize("map_,i,geval", list(voorbeelden()))
def test_voorbeeld_van_de_redactie(map_, i, geval):
    pad = f"regions/{map_.name}/voorbeelden.yaml, voorbeeld {i + 1}"
    assert isinstance(geval, dict) and {"naam", "situatie", "verwacht"} <= set(geval), (
        f"{pad}: elk voorbeeld heeft naam, situatie en verwacht.")
    onbekend = set(geval["verwacht"]) - VERWACHT_SLEUTELS
    assert not onbekend, (f"{pad}: verwacht: onbekend veld {', '.join(sorted(onbekend))}. "
                          f"Toegestaan: {', '.join(sorted(VERWACHT_SLEUTELS))}.")
    d = laad_regio(map_)
    situatie = {"regio": map_.name, "peildatum": d["publicatie"]["datum"], **geval["situatie"]}
    u = bereken(map_, d, situatie)
    assert not u.get("fouten"), f"{pad}: situatie: {u['fouten']}"
    v = geval["verwacht"]
    soorten, ids = set(u["soorten"]), {s["id"] for s in u["stappen"]}
    melden = {(m["bij"], m["grondslag"]) for m in u["melden"]}
    fout = f"{pad} ({geval['naam']}): "
    assert set(v.get("soorten_bevat", [])) <= soorten, fout + f"soorten: kreeg {sorted(soorten)}"
    assert not set(v.get("soorten_niet", [])) & soorten, fout + f"soorten: kreeg {sorted(soorten)}"
    assert set(map(str, v.get("stappen_bevat", []))) <= ids, fout + f"stappen: kreeg {sorted(ids)}"
    assert not set(map(str, v.get("stappen_niet", []))) & ids, fout + f"stappen: kreeg {sorted(ids)}"
    for m in v.get("melden_bevat", []):
        assert (m["bij"], m["grondslag"]) in melden, fout + f"melden: kreeg {sorted(melden)}"
    assert not set(v.get("melden_niet", [])) & {b for b, _ in melden}, (
        fout + f"melden: kreeg {sorted(melden)}")


def test_elk_patroon_in_het_schema_zegt_de_vorm_met_een_voorbeeld():
    """A pattern error shows the field's description: it must say what is wanted, by example."""
    def patronen(knoop, pad="$"):
        if isinstance(knoop, dict):
            if "pattern" in knoop:
                yield pad, knoop
            for k, v in knoop.items():
                yield from patronen(v, f"{pad}.{k}")
        elif isinstance(knoop, list):
            for i, v in enumerate(knoop):
                yield from patronen(v, f"{pad}[{i}]")

    schema = json.loads(SCHEMA.read_text("utf-8"))
    zonder = [pad for pad, k in patronen(schema) if "bijvoorbeeld" not in k.get("description", "")]
    assert not zonder, ("regions/schema/regio.schema.json: deze patronen hebben geen uitleg met "
                        f"'bijvoorbeeld': {', '.join(zonder)}")


def test_oude_bronbestandnamen_blijven_geldig():
    import jsonschema
    schema = json.loads(SCHEMA.read_text("utf-8"))
    patroon = schema["$defs"]["bronbestand"]
    for goed in ("000_67129caac8dfc27c.txt", "routekaart 2025.pdf", "bron/routekaart-2025.pdf"):
        jsonschema.validate(goed, patroon)
    for fout in ("/etc/passwd", "../twente/bron/x.txt", "bron/../../x.txt", "C:\\x.pdf"):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(fout, patroon)
