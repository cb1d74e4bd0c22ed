"""Every complete YAML example of the handbook (regions/README.md, docs/over/redacteuren.md) is
valid and renders as shown: each is built into a region, checked like a region file, and its
step page rendered. Examples with '...' are field overviews, not examples, and are skipped.
Also the format's additions themselves: bands, per-week counts, reports per gemeente."""

from __future__ import annotations

import copy
import re
from html import unescape

import markdown
import pytest
import yaml
from bron import controles
from bron.paden import ROOT
from bron.regios import laad_regio
from paginas import regiopaginas
from paginas.weergave import drempel_tekst
from rekenhulp import regels_json

import calculator
from calculator.regio import drempel_bereikt, melding_voor, stap_label
from tests.unit.conftest import FIXTURE, PEILDATUM

HANDLEIDINGEN = [ROOT / "regions" / "README.md", ROOT / "docs" / "over" / "redacteuren.md"]
EXTENSIES = ["toc", "attr_list", "md_in_html", "admonition", "def_list", "tables",
             "pymdownx.details"]


def voorbeelden() -> list[tuple[str, object]]:
    uit = []
    for pad in HANDLEIDINGEN:
        for i, blok in enumerate(re.findall(r"```yaml\n(.*?)```", pad.read_text("utf-8"), re.S)):
            if "..." in blok:
                continue
            uit.append((f"{pad.name}#{i + 1}", yaml.safe_load(blok)))
    return uit


VOORBEELDEN = voorbeelden()


def _soort(x: object) -> str | None:
    if isinstance(x, dict) and set(x) & {"drempels", "termijnen", "melden", "wanneer"}:
        return next(k for k in ("drempels", "termijnen", "melden", "wanneer") if k in x)
    if isinstance(x, list) and x and all(isinstance(i, dict) for i in x):
        if all("waarde" in i and "eenheid" in i for i in x):
            return "drempels"
        if all("titel" in i and "id" in i for i in x):
            return "stappen"
    return None


ALLE_DREMPELS = [y for _, x in VOORBEELDEN if _soort(x) == "drempels"
                 for y in (x["drempels"] if isinstance(x, dict) else x)]


def test_de_handleidingen_hebben_voorbeelden_van_elk_soort():
    soorten = {_soort(x) for _, x in VOORBEELDEN}
    assert {"drempels", "termijnen", "melden", "wanneer", "stappen"} <= soorten, soorten


def _regio_met(naam: str, x: object, tmp_path) -> tuple[dict, dict]:
    """The fixture region with the example as one step of a new route; returns (region, step)."""
    d = yaml.safe_load((FIXTURE / "regio.yaml").read_text("utf-8"))
    partij = d["partijen"][0]["id"]
    stap = {"id": "h1", "titel": f"Voorbeeld {naam}", "partijen": [partij],
            "bron": {"sectie": "Handleiding"}}
    soort = _soort(x)
    if soort == "stappen":
        stap = {**stap, **copy.deepcopy(x[0])}
        stap.pop("volgende", None)
        # A worked example: its thresholds are the handbook's example just before it.
        d["drempels"] += [copy.deepcopy(y) for y in ALLE_DREMPELS if y["id"] in stap.get("drempels", [])]
        bekend = {q["id"] for q in d["partijen"]}
        d["partijen"] += [{"id": q, "naam": q.title(), "rol": "Voorbeeld.", "bron": {"sectie": "Handleiding"}}
                          for q in stap["partijen"] if q not in bekend]
    elif soort == "drempels":
        lijst = x["drempels"] if isinstance(x, dict) else x
        d["drempels"] += copy.deepcopy(lijst)
        stap["drempels"] = [y["id"] for y in lijst]
    else:
        stap[soort] = copy.deepcopy(x[soort])
    stap.setdefault("partijen", [partij])
    stap.setdefault("bron", {"sectie": "Handleiding"})
    # What the example refers to: its gemeenten and the parties it reports to.
    for m in stap.get("melden", []):
        for pg in m.get("per_gemeente", []):
            for g in pg["gemeenten"]:
                d["gemeenten"].append({"id": g, "naam": g.replace("-", " ").title()})
            d["partijen"].append({"id": pg["bij"], "naam": pg["bij"].replace("-", " ").title(),
                                  "rol": "Voorbeeld.", "bron": {"sectie": "Handleiding"}})
    d["routes"].append({"id": "handleiding", "titel": "Handleiding", "stappen": [stap],
                        "bron": {"sectie": "Handleiding"}})
    map_ = tmp_path / "voorbeeld"
    map_.mkdir()
    (map_ / "regio.yaml").write_text(yaml.safe_dump(d, allow_unicode=True), "utf-8")
    return laad_regio(map_), stap  # every check of a region file


def _tekst(md: str) -> str:
    html = markdown.markdown(re.sub(r"^---\n.*?\n---\n", "", md, flags=re.S), extensions=EXTENSIES)
    return html


@pytest.mark.parametrize(("naam", "x"), [v for v in VOORBEELDEN if _soort(v[1])],
                         ids=[v[0] for v in VOORBEELDEN if _soort(v[1])])
def test_voorbeeld_uit_de_handleiding_is_geldig_en_staat_op_de_pagina(naam, x, tmp_path):
    d, stap = _regio_met(naam, x, tmp_path)
    eigen = [y for y in d["drempels"] if y["id"] in stap.get("drempels", [])]
    assert controles.drempelgetallen(tmp_path / "voorbeeld", {"drempels": eigen}) == []
    html = _tekst(regiopaginas.regio_bestanden(d, {})["voorbeeld/handleiding.md"])
    tekst = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
    assert stap_label(stap) in tekst
    for id_ in stap.get("drempels", []):
        assert drempel_tekst(next(y for y in d["drempels"] if y["id"] == id_)) in tekst
    for t in stap.get("termijnen", []):
        assert t["tekst"] in tekst
    for m in stap.get("melden", []):
        for pg in m.get("per_gemeente", []):
            assert pg["tekst"] in tekst
    if "wanneer" in stap and "\n- " in stap["wanneer"]:
        punten = [r[2:] for r in stap["wanneer"].splitlines() if r.startswith("- ")]
        lijst = re.search(r"Wanneer:</strong>[^<]*</p>\s*<ul>(.*?)</ul>", html, re.S)
        assert lijst, html  # a list, not one line with " - " in it
        assert len(re.findall(r"<li>", lijst.group(1))) == len(punten)


BAND = {"id": "band", "invoer": "ongeoorloofd_uren_4_weken", "waarde": 8, "vergelijking": ">=",
        "tot": {"waarde": 16, "vergelijking": "<"}, "eenheid": "uren", "periode": "4-weken"}


@pytest.mark.parametrize(("uren", "bereikt"), [(7, False), (8, True), (15.5, True), (16, False)])
def test_band_heeft_een_onder_en_een_bovengrens(uren, bereikt):
    assert drempel_bereikt(BAND, {"ongeoorloofd_uren_4_weken": uren}) is bereikt


def test_band_in_woorden():
    assert drempel_tekst(BAND) == "vanaf 8 uur, maar minder dan 16 uur in 4 lesweken"
    assert drempel_tekst({**BAND, "tot": {"waarde": 16, "vergelijking": "<="}}) == \
        "vanaf 8 uur, tot en met 16 uur in 4 lesweken"


def test_melding_gaat_per_gemeente_naar_de_plek_van_die_gemeente():
    m = {"bij": "jgz", "wat": "Aanmelding", "grondslag": "regio",
         "per_gemeente": [{"gemeenten": ["kreekwaarde"], "bij": "meldpunt-jeugd"}]}
    assert melding_voor(m, "kreekwaarde")["bij"] == "meldpunt-jeugd"
    assert melding_voor(m, "noord") == {"bij": "jgz", "wat": "Aanmelding", "grondslag": "regio"}
    assert melding_voor(m, None)["bij"] == "jgz"


def test_rekenhulp_vraagt_per_schoolweek_en_de_gemeente_waar_de_regio_dat_gebruikt(voorbeeld_regio):
    d = copy.deepcopy(voorbeeld_regio)
    d["drempels"].append({"id": "te-laat-week", "omschrijving": "3 keer te laat in een week",
                          "waarde": 3, "vergelijking": ">=", "eenheid": "keren-te-laat",
                          "periode": "week", "invoer": "te_laat_week", "bron": {"sectie": "x"}})
    d["regels"].append({"id": "te-laat-week", "als": {"drempel": "te-laat-week"},
                        "dan": {"soorten": ["signaal"], "stappen": [], "melden": [
                            {"bij": "jgz", "wat": "Aanmelding", "grondslag": "regio",
                             "per_gemeente": [{"gemeenten": ["zuid"], "bij": "school"}]}]},
                        "uitleg": "Vaak te laat in één week.", "bron": {"sectie": "x"}})
    regels = regels_json.regio_regels(d)
    assert "te_laat_week" in {v["veld"] for v in regels["vragen"]}
    assert "te_laat_week" not in {v["veld"] for v in regels_json.regio_regels(voorbeeld_regio)["vragen"]}

    def meldt(**s) -> set[str]:
        u = calculator.classify({"peildatum": PEILDATUM, "onderwijs": "po", "leeftijd": 9, **s},
                                regels)
        return {m["bij"] for m in u["melden"]}
    assert "jgz" in meldt(te_laat_week=3, gemeente="noord")
    assert "school" in meldt(te_laat_week=3, gemeente="zuid") and "jgz" not in meldt(
        te_laat_week=3, gemeente="zuid")
    assert not meldt(te_laat_week=2, gemeente="zuid") & {"jgz", "school"}
