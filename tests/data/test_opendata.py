"""Open data (issue 27): every published version of every region, as the generator writes it.

Derived from regions/ (no region named): the public JSON of each version validates against the
published JSON Schema with a real validator, its CSV round-trips through the csv module to the
same thresholds, and the values are the region file's own. The public format is held apart from
the Rekenhulp's rules file. Written into tmp_path, never into docs/.
"""

from __future__ import annotations

import ast
import csv
import json
import os
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from bron import versies  # noqa: E402
from bron.paden import REGIONS, SCHEMA  # noqa: E402
from bron.regios import laad_alle  # noqa: E402
from opendata import formaat, schrijf  # noqa: E402
from rekenhulp import regels_json  # noqa: E402

REGIOS = laad_alle()
ARCHIEVEN = {slug: versies.archief(REGIONS / slug) for slug in REGIOS}
VERSIES = [(slug, v) for slug in REGIOS for v in schrijf._versies(REGIOS[slug], ARCHIEVEN[slug])]


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    map_ = tmp_path_factory.mktemp("data")
    schrijf.schrijf(REGIOS, ARCHIEVEN, map_, {s: "sleutel" for s in REGIOS})
    return map_


@pytest.fixture(scope="module")
def validator(data):
    """The schema as published under /data/, checked as a schema first."""
    schema = json.loads((data / formaat.SCHEMA.name).read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _lees_csv(pad: Path) -> list[dict[str, str]]:
    with pad.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _versie(slug: str, versie: str) -> dict:
    d = REGIOS[slug]
    return d if versie == d["publicatie"]["versie"] else ARCHIEVEN[slug][versie]


@pytest.mark.parametrize(("slug", "versie"), VERSIES)
def test_elke_versie_voldoet_aan_het_gepubliceerde_schema(data, validator, slug, versie):
    kaart = json.loads((data / slug / f"{versie}.json").read_text("utf-8"))
    fouten = [f"{'/'.join(map(str, f.absolute_path))}: {f.message}"
              for f in validator.iter_errors(kaart)]
    assert fouten == [], f"data/{slug}/{versie}.json voldoet niet aan het schema: {fouten[:5]}"


@pytest.mark.parametrize(("slug", "versie"), VERSIES)
def test_csv_en_json_geven_dezelfde_drempels(data, slug, versie):
    kaart = json.loads((data / slug / f"{versie}.json").read_text("utf-8"))
    rijen = _lees_csv(data / slug / f"{versie}.csv")
    assert len(rijen) == len(kaart["drempels"])
    for rij, x in zip(rijen, kaart["drempels"], strict=True):
        assert (rij["regio"], rij["versie"], rij["drempel"]) == (slug, versie, x["id"])
        assert float(rij["waarde"]) == x["waarde"]
        for kolom in ("vergelijking", "eenheid", "periode", "grondslag", "omschrijving"):
            assert rij[kolom] == x[kolom], kolom
        assert rij["vraag"] == x.get("vraag", "") and rij["onderwijs"] == x.get("onderwijs", "")
        tot = x.get("tot")
        assert (rij["tot_vergelijking"], rij["tot_waarde"] and float(rij["tot_waarde"])) == \
            ((tot["vergelijking"], tot["waarde"]) if tot else ("", ""))
        stappen = [dict(zip(("route", "stap"), s.split("/"), strict=True))
                   for s in rij["stap"].split(";") if s]
        assert stappen == x.get("stappen", [])


@pytest.mark.parametrize(("slug", "versie"), VERSIES)
def test_waarden_zijn_die_van_het_regiobestand(data, slug, versie):
    bron = _versie(slug, versie)
    kaart = json.loads((data / slug / f"{versie}.json").read_text("utf-8"))
    assert kaart["regio"]["slug"] == slug and kaart["regio"]["naam"] == bron["naam"]
    assert kaart["versie"] == {"nummer": versie, "datum": bron["publicatie"]["datum"],
                               "wijzigingen": bron["publicatie"]["wijzigingen"]}
    assert kaart["bron"]["titel"] == bron["document"]["titel"]
    assert [(p["id"], p["naam"], p["rol"]) for p in kaart["partijen"]] == \
        [(p["id"], p["naam"], p["rol"]) for p in bron["partijen"]]
    assert [(x["id"], x["waarde"], x["eenheid"], x["vergelijking"], x["periode"],
             x.get("onderwijs"), x.get("vraag"), x.get("tot")) for x in kaart["drempels"]] == \
        [(x["id"], x["waarde"], x["eenheid"], x["vergelijking"], x["periode"],
          x.get("onderwijs"), x.get("invoer"), x.get("tot")) for x in bron["drempels"]]
    for route, r in zip(kaart["routes"], bron["routes"], strict=True):
        assert (route["id"], route["titel"]) == (r["id"], r["titel"])
        for stap, s in zip(route["stappen"], r["stappen"], strict=True):
            assert (stap["id"], stap["titel"], stap["partijen"]) == (s["id"], s["titel"], s["partijen"])
            assert stap.get("acties", []) == s.get("acties", [])
            assert [t["tekst"] for t in stap.get("termijnen", [])] == \
                [t["tekst"] for t in s.get("termijnen", [])]
            assert [(m["bij"], m["wat"], m["grondslag"]) for m in stap.get("meldingen", [])] == \
                [(m["bij"], m["wat"], m["grondslag"]) for m in s.get("melden", [])]
            for m, bron_m in zip(stap.get("meldingen", []), s.get("melden", []), strict=True):
                if bron_m.get("termijn"):  # the region's own term, labelled as the region's
                    assert m["termijn"]["grondslag"] == "regio"


def test_index_noemt_elke_regio_en_versie_met_bestaande_adressen(data):
    index = json.loads((data / "index.json").read_text("utf-8"))
    assert sorted(r["slug"] for r in index["regios"]) == sorted(REGIOS)
    for r in index["regios"]:
        assert [v["versie"] for v in r["versies"]] == [v for s, v in VERSIES if s == r["slug"]]
        assert r["actueel"]["versie"] == REGIOS[r["slug"]]["publicatie"]["versie"]
        for adres in [r["actueel"]["json"], r["actueel"]["csv"],
                      *(v[k] for v in r["versies"] for k in ("json", "csv"))]:
            assert (data / adres).is_file(), adres
        assert (data / r["actueel"]["json"]).read_text() == \
            (data / r["slug"] / f"{r['actueel']['versie']}.json").read_text()
    for naam in (index["schema"], index["datapackage"], index["vergelijking"]):
        assert (data / naam).is_file(), naam


def test_landelijke_vergelijking_is_de_actuele_versie_van_elke_regio(data):
    rijen = _lees_csv(data / schrijf.VERGELIJKING)
    verwacht = [rij for slug in REGIOS for rij in _lees_csv(data / slug / "actueel.csv")]
    assert sorted(map(tuple, (r.values() for r in rijen))) == \
        sorted(map(tuple, (r.values() for r in verwacht)))
    assert {r["regio"] for r in rijen} == {s for s in REGIOS if REGIOS[s]["drempels"]}


def test_datapackage_beschrijft_de_kolommen_van_de_csv(data):
    pakket = json.loads((data / "datapackage.json").read_text("utf-8"))
    assert pakket["licenses"] and pakket["sources"]
    for verwijzing in pakket["licenses"] + pakket["sources"] + pakket["resources"]:
        # Data Package paths stay inside the package (no "../", no leading "/") and exist.
        pad = verwijzing["path"]
        assert not pad.startswith(("/", "../")) and (data / pad).is_file(), pad
    bron = next(r for r in pakket["resources"] if r.get("profile") == "tabular-data-resource")
    assert (data / bron["path"]).is_file()
    velden = bron["schema"]["fields"]
    with (data / bron["path"]).open(encoding="utf-8", newline="") as f:
        kop = next(csv.reader(f))
    assert [v["name"] for v in velden] == kop
    soorten = {v["name"]: v["type"] for v in velden}
    assert soorten["waarde"] == "number"
    lezers = {"string": str, "number": float, "integer": int}  # Table Schema types, as a reader casts
    for rij in _lees_csv(data / bron["path"]):
        for v in velden:
            if rij[v["name"]] != "":
                lezers[v["type"]](rij[v["name"]])  # raises on a value not of the declared type
            beperking = v.get("constraints", {})
            if beperking.get("required"):
                assert rij[v["name"]] != "", v["name"]
            if "enum" in beperking and rij[v["name"]]:
                assert rij[v["name"]] in beperking["enum"], (v["name"], rij[v["name"]])
    assert set(bron["schema"]["primaryKey"]) <= set(kop)
    sleutels = [tuple(rij[k] for k in bron["schema"]["primaryKey"])
                for rij in _lees_csv(data / bron["path"])]
    assert len(sleutels) == len(set(sleutels))


def test_waarde_met_decimalen_staat_met_een_punt_in_de_csv():
    """Table Schema's number has '.' as decimal mark; a Dutch comma would read as text."""
    kaart = formaat.routekaart(REGIOS[next(iter(REGIOS))])
    kaart["drempels"] = [{**kaart["drempels"][0], "waarde": 1.5}] if kaart["drempels"] else []
    assert [r["waarde"] for r in formaat.drempel_rijen(kaart)] == (["1.5"] if kaart["drempels"] else [])


def test_opsommingen_van_het_schema_volgen_het_regioformaat(data):
    """A value an editor may write (a unit, a period, a duty) is one the published schema accepts."""
    regio = json.loads(SCHEMA.read_text("utf-8"))["$defs"]
    publiek = json.loads((data / formaat.SCHEMA.name).read_text("utf-8"))["$defs"]
    assert publiek["drempel"]["properties"]["plicht"]["enum"] == \
        regio["melding"]["properties"]["plicht"]["enum"]
    for veld in ("eenheid", "periode", "vergelijking"):
        assert publiek["drempel"]["properties"][veld]["enum"] == \
            regio["drempel"]["properties"][veld]["enum"], veld
    assert publiek["termijn"]["properties"]["eenheid"]["enum"] == \
        regio["termijn"]["properties"]["eenheid"]["enum"]
    assert publiek["melding"]["properties"]["plicht"]["enum"] == \
        regio["melding"]["properties"]["plicht"]["enum"]
    assert publiek["route"]["properties"]["soort"]["enum"] == \
        regio["route"]["properties"]["soort"]["enum"]


# --- the public format is its own contract, not the Rekenhulp's rules file --------------------

def test_open_data_leest_niets_uit_de_regels_van_de_rekenhulp():
    for pad in (ROOT / "scripts" / "opendata").glob("*.py"):
        for knoop in ast.walk(ast.parse(pad.read_text("utf-8"))):
            if isinstance(knoop, ast.ImportFrom | ast.Import):
                namen = [knoop.module or ""] if isinstance(knoop, ast.ImportFrom) else \
                    [a.name for a in knoop.names]
                assert not any(n.startswith("rekenhulp") for n in namen), \
                    f"{pad.name} importeert {namen}: het open formaat hangt niet van de rekenhulp af"


def test_een_ander_regelbestand_verandert_het_open_formaat_niet(monkeypatch):
    slug = next(iter(REGIOS))
    voor = schrijf.als_json(formaat.routekaart(REGIOS[slug]))
    monkeypatch.setattr(regels_json, "regio_regels", lambda d: {"anders": True})
    monkeypatch.setattr(regels_json, "DREMPEL_SLEUTELS", ("id",))
    assert schrijf.als_json(formaat.routekaart(REGIOS[slug])) == voor


@pytest.mark.parametrize("slug", sorted(REGIOS))
def test_regels_van_de_rekenhulp_zijn_geen_open_formaat(validator, slug):
    assert not validator.is_valid(regels_json.regio_regels(REGIOS[slug]))


# --- only what changed is written ------------------------------------------------------------

def test_ongewijzigde_regio_wordt_gelinkt_niet_opnieuw_geschreven(tmp_path):
    sleutels = {s: "a" for s in REGIOS}
    eerst, dan = tmp_path / "eerst", tmp_path / "dan"
    eerst.mkdir(), dan.mkdir()
    assert schrijf.schrijf(REGIOS, ARCHIEVEN, eerst, sleutels) == len(REGIOS)
    veranderd = next(iter(REGIOS))
    assert schrijf.schrijf(REGIOS, ARCHIEVEN, dan, {**sleutels, veranderd: "b"}, eerst) == 1
    for slug in REGIOS:
        zelfde = os.path.samefile(eerst / slug / "actueel.json", dan / slug / "actueel.json")
        assert zelfde == (slug != veranderd), slug
    assert json.loads((dan / "index.json").read_text())["regios"] == \
        json.loads((eerst / "index.json").read_text())["regios"]


# --- the sitemap lists each region's embeddable page and open data ---------------------------

def _sitemap(site_url: str | None) -> str:
    from types import SimpleNamespace as Ns

    import jinja2
    pagina = lambda slug: Ns(src_uri=f"routekaart/{slug}/index.md", page=Ns(  # noqa: E731
        is_link=False, canonical_url=f"{site_url or ''}routekaart/{slug}/" if site_url else None,
        abs_url=None, update_date=None, meta={"paginasoort": "regio", "regio_slug": slug}))
    sjabloon = (ROOT / "overrides" / "sitemap.xml").read_text("utf-8")
    return jinja2.Template(sjabloon).render(pages=[pagina(s) for s in REGIOS],
                                            config={"site_url": site_url})


def test_sitemap_noemt_per_regio_de_inbedpagina_en_de_open_data():
    import xml.dom.minidom
    tekst = _sitemap("https://voorbeeld.invalid/site/")
    adressen = {n.firstChild.data for n in xml.dom.minidom.parseString(tekst).getElementsByTagName("loc")}
    for slug in REGIOS:
        assert f"https://voorbeeld.invalid/site/inbedden/?regio={slug}" in adressen
        assert f"https://voorbeeld.invalid/site/data/{slug}/actueel.json" in adressen
    assert "https://voorbeeld.invalid/site/data/index.json" in adressen
    assert "<loc>" not in _sitemap(None)  # no address without the site's own
