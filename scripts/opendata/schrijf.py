"""docs/data/ (published as /data/): every region version as JSON and CSV, the national
comparison, the index, the JSON Schema and the Data Package.

    data/index.json                 every region, its versions and their addresses
    data/<slug>/<versie>.json|.csv  one published version (stable address)
    data/<slug>/actueel.json|.csv   the version the site shows now
    data/drempels.csv               the thresholds of every region's current version
    data/routekaart.schema.json     JSON Schema of the public format (formaat.py)
    data/datapackage.json           Frictionless Data Package describing the CSV files

Like the pages, a region whose inputs did not change is hard-linked from the previous output
(the generator's keys), so a build writes only the regions that changed; the index and the
comparison are the files that must list every region.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

from bron.versies import versie_sleutel
from paginas.adressen import regio_url

from opendata.formaat import (
    FORMAAT,
    KOLOMMEN,
    LICENTIE,
    SCHEMA,
    drempel_rijen,
    publiek_schema,
    routekaart,
)

MAP = "data"                 # docs/data/ -> /data/ on the site
SLEUTELS = ".sleutels.json"  # dot file: MkDocs does not publish it
ACTUEEL = "actueel"
VERGELIJKING = "drempels.csv"
INBEDDEN = "inbedden/"       # the embeddable page, with ?regio=<slug>

# Table Schema of the threshold CSVs (Frictionless Data): one field per column of KOLOMMEN.
VELDEN: dict[str, dict] = {
    "regio": {"type": "string", "title": "Regio",
              "description": "Korte naam (slug) van de regio, zoals in /data/<slug>/.",
              "constraints": {"required": True, "pattern": "[a-z0-9][a-z0-9-]*"}},
    "versie": {"type": "string", "title": "Versie",
               "description": "Versie van de routekaart op de site.",
               "constraints": {"required": True, "pattern": "[0-9]+(\\.[0-9]+)*"}},
    "drempel": {"type": "string", "title": "Drempel",
                "description": "Id van de drempel binnen de regio (drempels[].id in de JSON).",
                "constraints": {"required": True}},
    "vraag": {"type": "string", "title": "Vraag",
              "description": "De vraag van de rekenhulp die met de drempel wordt vergeleken, "
                             "bijvoorbeeld ongeoorloofd_uren_4_weken; leeg als de rekenhulp "
                             "de drempel niet toetst."},
    "vergelijking": {"type": "string", "title": "Vergelijking",
                     "description": "'>=' vanaf, '>' meer dan, '<=' ten hoogste, '<' minder dan.",
                     "constraints": {"required": True, "enum": [">=", ">", "<=", "<"]}},
    "waarde": {"type": "number", "title": "Waarde", "decimalChar": ".",
               "description": "De drempel, in de eenheid van de kolom eenheid.",
               "constraints": {"required": True, "minimum": 0}},
    "eenheid": {"type": "string", "title": "Eenheid",
                "description": "Eenheid van de waarde (uren, klokuren, lesuren, schooldagen, "
                               "dagdelen, ziekmeldingen, keren-te-laat, procent, weken).",
                "constraints": {"required": True}},
    "periode": {"type": "string", "title": "Periode",
                "description": "Over welke periode geteld wordt (week, 4-weken, 12-weken, "
                               "schooljaar, aaneengesloten; geen als de bron geen periode noemt).",
                "constraints": {"required": True}},
    "onderwijs": {"type": "string", "title": "Onderwijs",
                  "description": "po of vo als de drempel alleen daar geldt; leeg voor beide.",
                  "constraints": {"enum": ["po", "vo"]}},
    "stap": {"type": "string", "title": "Stap",
             "description": "De stappen waar de drempel bij hoort, als route/stap, gescheiden "
                          "door een puntkomma; leeg als de drempel bij geen stap staat."},
    "grondslag": {"type": "string", "title": "Grondslag",
                  "description": "wet: de regio verbindt er een wettelijke melding aan; norm: "
                                 "een melding volgens een norm van de Inspectie of DUO; regio: "
                                 "een afspraak van de regio.",
                  "constraints": {"required": True, "enum": ["wet", "norm", "regio"]}},
    "omschrijving": {"type": "string", "title": "Omschrijving",
                     "description": "De drempel in woorden, zoals de routekaart hem noemt.",
                     "constraints": {"required": True}},
    "tot_vergelijking": {"type": "string", "title": "Tot (vergelijking)",
                         "description": "Bij een band ('8 uur of meer, maar minder dan 16'): "
                                        "'<' minder dan of '<=' tot en met de bovengrens; leeg "
                                        "zonder bovengrens.",
                         "constraints": {"enum": ["<", "<="]}},
    "tot_waarde": {"type": "number", "title": "Tot (waarde)", "decimalChar": ".",
                   "description": "De bovengrens van een band, in de eenheid van de kolom "
                                  "eenheid; leeg zonder bovengrens.",
                   "constraints": {"minimum": 0}},
}
assert tuple(VELDEN) == KOLOMMEN


def tabel_schema() -> dict:
    return {"fields": [{"name": k, **v} for k, v in VELDEN.items()],
            "primaryKey": ["regio", "versie", "drempel"], "missingValues": [""]}


def als_json(data: dict, leesbaar: bool = False) -> str:
    """Compact for the data (a region's versions are most of /data/); indented for the two
    documents people read (schema, data package)."""
    if leesbaar:
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def als_csv(rijen: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    schrijver = csv.DictWriter(buf, fieldnames=KOLOMMEN, lineterminator="\r\n")
    schrijver.writeheader()
    schrijver.writerows(rijen)
    return buf.getvalue()


def _versies(d: dict, archief: dict[str, dict]) -> dict[str, dict]:
    """Published versions, oldest first; the current one is the region as loaded."""
    alle = {**archief, d["publicatie"]["versie"]: d}
    return dict(sorted(alle.items(), key=lambda kv: versie_sleutel(kv[0])))


def regio_bestanden(d: dict, archief: dict[str, dict]) -> dict[str, str]:
    """The files of one region, relative to its folder in data/."""
    huidig = d["publicatie"]["versie"]
    uit = {}
    for versie, data in _versies(d, archief).items():
        kaart = routekaart(data, actueel=versie == huidig)
        uit[f"{versie}.json"] = als_json(kaart)
        uit[f"{versie}.csv"] = als_csv(drempel_rijen(kaart))
    uit[f"{ACTUEEL}.json"], uit[f"{ACTUEEL}.csv"] = uit[f"{huidig}.json"], uit[f"{huidig}.csv"]
    return uit


def index(regios: dict[str, dict], archieven: dict[str, dict[str, dict]]) -> dict:
    """Every region with its versions; addresses relative to index.json itself."""
    lijst = []
    for slug, d in sorted(regios.items(), key=lambda kv: kv[1]["naam"].lower()):
        lijst.append({
            "slug": slug, "naam": d["naam"], "samenwerkingsverband": d["samenwerkingsverband"],
            "actueel": {"versie": d["publicatie"]["versie"], "json": f"{slug}/{ACTUEEL}.json",
                        "csv": f"{slug}/{ACTUEEL}.csv"},
            "versies": [{"versie": v, "datum": data["publicatie"]["datum"],
                         "json": f"{slug}/{v}.json", "csv": f"{slug}/{v}.csv"}
                        for v, data in _versies(d, archieven[slug]).items()],
            "pagina": f"../{regio_url(slug)}", "inbedden": f"../{INBEDDEN}?regio={slug}",
            **({"concept": True} if d.get("_concept") else {}),
        })
    return {"formaat": FORMAAT, "schema": SCHEMA.name, "datapackage": "datapackage.json",
            "vergelijking": VERGELIJKING, "licentie": LICENTIE, "regios": lijst}


def datapackage() -> dict:
    return {
        "profile": "data-package",
        "name": "routekaart-aanwezigheid",
        "title": "Routekaarten aanwezigheid: drempels per regio",
        "description": "De drempels uit de routekaarten aanwezigheid van de "
                       "samenwerkingsverbanden, één rij per drempel. drempels.csv bevat de "
                       "actuele versie van elke regio; <slug>/<versie>.csv en "
                       "<slug>/actueel.csv hebben dezelfde kolommen voor één regio en versie. "
                       "De hele routekaart (routes, stappen, partijen, termijnen) staat als "
                       "JSON in <slug>/<versie>.json, beschreven door routekaart.schema.json; "
                       "index.json noemt alle regio's en versies.",
        # A path inside the package: Data Package readers refuse paths that leave it ("../").
        "licenses": [{"title": "Teksten van elk samenwerkingsverband; zie licentie.txt",
                      "path": LICENTIE_BESTAND}],
        "sources": [{"title": "De routekaarten van de samenwerkingsverbanden; per regio noemt "
                              "<slug>/<versie>.json het brondocument (bron).",
                     "path": "index.json"}],
        "resources": [
            {"name": "drempels", "path": VERGELIJKING, "profile": "tabular-data-resource",
             "title": "Drempels van de actuele routekaart van elke regio",
             "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
             "dialect": {"delimiter": ",", "header": True, "lineTerminator": "\r\n"},
             "schema": tabel_schema()},
            {"name": "index", "path": "index.json", "format": "json",
             "mediatype": "application/json",
             "title": "Alle regio's, hun versies en de adressen van hun bestanden"},
        ],
    }


LICENTIE_BESTAND = "licentie.txt"
VOORBEELD = "voorbeeld.snippet"  # included by docs/over/open-data.md; not published
WOORDEN = {">=": "vanaf", ">": "meer dan", "<=": "ten hoogste", "<": "minder dan"}
GRONDSLAG_UITLEG = {"wet": "de regio verbindt er een wettelijke melding aan",
                    "norm": "de regio verbindt er een melding volgens een landelijke norm aan",
                    "regio": "het is een afspraak van de regio"}


def voorbeeld(regios: dict[str, dict]) -> str:
    """The worked example of the page "Open data": a real threshold of the first region (by
    name) that has one with a question and a step, as JSON, as CSV, and read in words."""
    for slug in sorted(regios, key=lambda s: regios[s]["naam"].lower()):
        kaart = routekaart(regios[slug])
        x = next((x for x in kaart["drempels"] if x.get("vraag") and x.get("stappen")), None)
        if x is None:
            continue
        route = next(r for r in kaart["routes"] if r["id"] == x["stappen"][0]["route"])
        stap = next(s for s in route["stappen"] if s["id"] == x["stappen"][0]["stap"])
        rij = als_csv([r for r in drempel_rijen(kaart) if r["drempel"] == x["id"]])
        periode = "zonder periode" if x["periode"] == "geen" else f"over de periode {x['periode']}"
        return "\n".join([
            f"Uit `data/{slug}/actueel.json` (de routekaart van {kaart['regio']['naam']}, "
            f"versie {kaart['versie']['nummer']}) de drempel `{x['id']}`:", "",
            "```json", json.dumps(x, ensure_ascii=False, indent=1), "```", "",
            f"Dezelfde drempel als regel in `data/{slug}/actueel.csv`:", "",
            "```text", rij.strip(), "```", "",
            f"Zo lees je hem: de rekenhulp vergelijkt het antwoord op de vraag `{x['vraag']}` "
            f"met de waarde {formaat_getal(x['waarde'])} {x['eenheid']}, {periode}; "
            f"{WOORDEN[x['vergelijking']]} die waarde (`{x['vergelijking']}`) is de drempel "
            f"bereikt. Hij hoort bij de stap “{stap['label']}” in de route “{route['titel']}”, "
            f"en zijn grondslag is `{x['grondslag']}`: {GRONDSLAG_UITLEG[x['grondslag']]}.", ""])
    return "Er is nog geen regio met een drempel die de rekenhulp toetst.\n"


def formaat_getal(waarde: float) -> str:
    return str(int(waarde)) if float(waarde).is_integer() else str(waarde).replace(".", ",")


def _schrijf(map_: Path, bestanden: dict[str, str]) -> None:
    for naam, tekst in bestanden.items():
        pad = map_ / naam
        pad.parent.mkdir(parents=True, exist_ok=True)
        pad.write_text(tekst, "utf-8")


def schrijf(regios: dict[str, dict], archieven: dict[str, dict[str, dict]], doel: Path,
            sleutels: dict[str, str], vorige: Path | None = None) -> int:
    """Write data/ into ``doel`` (a fresh folder); returns how many regions were written.

    A region whose key equals the one stored in ``vorige`` is hard-linked from there.
    """
    try:
        oud = json.loads((vorige / SLEUTELS).read_text("utf-8")) if vorige else {}
    except (OSError, ValueError):
        oud = {}
    gemaakt = 0
    rijen: list[dict[str, str]] = []
    for slug, d in regios.items():
        if vorige and oud.get(slug) == sleutels[slug] and (vorige / slug / "actueel.csv").is_file():
            shutil.copytree(vorige / slug, doel / slug, copy_function=os.link)
        else:
            _schrijf(doel / slug, regio_bestanden(d, archieven[slug]))
            gemaakt += 1
    for slug in sorted(regios, key=lambda s: regios[s]["naam"].lower()):
        rijen += csv.DictReader(io.StringIO((doel / slug / "actueel.csv").read_text("utf-8")))
    _schrijf(doel, {"index.json": als_json(index(regios, archieven)),
                    VERGELIJKING: als_csv(rijen),
                    SCHEMA.name: als_json(publiek_schema(), leesbaar=True),
                    "datapackage.json": als_json(datapackage(), leesbaar=True),
                    VOORBEELD: voorbeeld(regios),
                    LICENTIE_BESTAND: LICENTIE + "\n",
                    SLEUTELS: json.dumps(sleutels, indent=1, sort_keys=True)})
    return gemaakt
