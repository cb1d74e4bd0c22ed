"""The answer model (calculator/antwoord.py, contract C2): what to do, with whom, how, by when, why.

Engine behaviour is asserted on a made-up fixture region (tests/fixtures/antwoord); where a seed
region's own text is the point (issue 21's three situations), the test skips when that region's
folder is absent. The scan at the end runs a set of situations per region, derived from each
region's own thresholds and rules.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from bron.regios import laad_regio  # noqa: E402
from rekenhulp import regels_json  # noqa: E402

import calculator  # noqa: E402
from calculator import antwoord as model  # noqa: E402
from calculator.wet.plichten import GRONDSLAG_LABELS, PLICHTEN, Termijn  # noqa: E402

PEILDATUM = "2026-11-23"
FIXTURE = ROOT / "tests" / "fixtures" / "antwoord"


@pytest.fixture(scope="module")
def regels():
    return regels_json.regio_regels(laad_regio(FIXTURE))


def antwoord(regels: dict, **situatie) -> dict:
    return calculator.classify({"peildatum": PEILDATUM, **situatie}, regels)["antwoord"]


def _teksten(a: dict, met_waarom: bool = True) -> list[str]:
    """Every text of an answer a person reads."""
    uit = [a["soort"]]
    for x in a["acties"]:
        uit += [x["zin"], x["wat"], x["kanaal"] or "", x["toestemming"] or ""]
        uit += [x["termijn"]["tekst"], x["termijn"]["bron"]] if x["termijn"] else []
        uit += [t for g in x["grondslagen"] for t in (g["tekst"], g["bron"])]
    if a["volgende_stap"]:
        uit.append(a["volgende_stap"]["naam"])
    if met_waarom:
        uit += [t for r in a["waarom"] for t in (r["tekst"], r["bron"] or "")]
    return [t for t in uit if t]


# --- Engine behaviour on the fixture region -------------------------------------------------

def test_zestien_uur_een_meldactie_met_beide_grondslagen_en_de_termijn_van_de_regio(regels):
    a = antwoord(regels, leeftijd=10, ongeoorloofd_uren_4_weken=20)
    assert a["soort"] == "Relatief verzuim"  # past the 16-hour line: no signaalverzuim
    assert "signaal" not in a["soorten"]
    duo, ouders = a["acties"]
    assert (duo["werkwoord"], duo["soort"], duo["partij"]) == ("Meld", "melden", "duo")
    assert duo["kanaal"] and "leerlingadministratie" in duo["kanaal"]
    assert duo["termijn"] == {"tekst": "Binnen 2 schooldagen", "grondslag": "regio",
                              "bron": duo["termijn"]["bron"], "url": None}
    assert [g["label"] for g in duo["grondslagen"]] == ["Wet", "Regio"]
    assert sum("art. 21a" in g["tekst"] for g in duo["grondslagen"]) == 1  # the law's text once
    assert (ouders["werkwoord"], ouders["soort"]) == ("Informeer", "informeren")
    assert ouders["zin"] == "Informeer ouders."
    # The step the situation reached (the report), not the route's first step.
    assert a["volgende_stap"]["id"] == "2"


def test_zestien_uur_zonder_termijn_van_de_regio_is_de_norm_van_de_inspectie(regels):
    zonder = json.loads(json.dumps(regels))
    for stap in zonder["stappen"].values():
        for m in stap.get("melden", []):
            m.pop("termijn", None)
    duo = antwoord(zonder, leeftijd=10, ongeoorloofd_uren_4_weken=20)["acties"][0]
    assert duo["termijn"]["grondslag"] == "norm" and "5 werkdagen" in duo["termijn"]["tekst"]
    assert "geen termijn" not in duo["termijn"]["tekst"]  # the law's silence is a reason


def test_onder_zestien_uur_signaalverzuim_en_de_eerste_stap(regels):
    a = antwoord(regels, leeftijd=10, ongeoorloofd_uren_4_weken=5)
    assert a["soort"] == "Relatief verzuim (signaalverzuim)" and a["acties"] == []
    assert a["volgende_stap"]["id"] == "1"


def test_jgz_is_verwijzen_met_toestemming_en_het_eigen_woord_van_de_regio(regels):
    a = antwoord(regels, leeftijd=9, ziekmeldingen_schooljaar=6)
    assert "zorgelijk ziekteverzuim" in a["soort"] and a["soort"].startswith("Zorgwekkend")
    (jgz,) = a["acties"]
    assert (jgz["werkwoord"], jgz["soort"]) == ("Verwijs", "verwijzen")
    assert jgz["toestemming"] and "toestemming van de ouders" in jgz["toestemming"]
    assert jgz["kanaal"] == "aanmeldformulier"
    assert a["volgende_stap"]["id"] == "gesprek"  # first the talk, then the referral
    u = calculator.classify({"peildatum": PEILDATUM, "leeftijd": 9, "ziekmeldingen_schooljaar": 6},
                            regels)
    assert u["samenvatting"]["melden"] is False and u["samenvatting"]["waar"] == []


def test_zonder_eigen_woord_de_landelijke_naam(regels):
    anders = json.loads(json.dumps(regels).replace("zorgelijk", "erg hoog"))
    assert antwoord(anders, leeftijd=9, ziekmeldingen_schooljaar=6)["soort"] == \
        "Zorgwekkend ziekteverzuim"


def test_luxe_verzuim_is_een_duo_melding_met_norm_en_regio(regels):
    a = antwoord(regels, leeftijd=9, luxe=True, ongeoorloofd_uren_4_weken=5)
    duo = [x for x in a["acties"] if x["partij"] == "duo"]
    assert len(duo) == 1, a["acties"]
    assert [g["grondslag"] for g in duo[0]["grondslagen"]] == ["norm", "regio"]


def test_rond_een_vakantie_een_duo_melding_niet_ook_een_die_mag(regels):
    u = calculator.classify({"peildatum": PEILDATUM, "leeftijd": 9, "rond_vakantie": True,
                             "ongeoorloofd_uren_4_weken": 5}, regels)
    duo = [x for x in u["antwoord"]["acties"] if x["partij"] == "duo"]
    assert len(duo) == 1 and duo[0]["optioneel"] is False
    assert "mag" not in u["samenvatting"]["tekst"]


def test_achttien_plus_zegt_niets_van_relatief_verzuim(regels):
    a = antwoord(regels, leeftijd=19, ongeoorloofd_uren_4_weken=20, ongeoorloofd_weken_aaneengesloten=5)
    assert a["soorten"] == [] and a["soort"].startswith("Niet leerplichtig")
    tekst = " ".join(_teksten(a)).lower()
    assert "relatief" not in tekst and "signaal" not in tekst, tekst
    assert a["volgende_stap"]["id"] == "1"  # the region's own rule for this age still holds


def test_json_is_asdict_van_het_model_en_de_samenvatting_zegt_hetzelfde(regels):
    u = calculator.classify({"peildatum": PEILDATUM, "leeftijd": 10, "ongeoorloofd_uren_4_weken": 20},
                            regels)
    a = u["antwoord"]
    velden = {f.name for f in dataclasses.fields(model.Antwoord)}
    assert set(a) == velden
    assert set(a["acties"][0]) == {f.name for f in dataclasses.fields(model.Actie)}
    assert set(a["acties"][0]["termijn"]) == {f.name for f in dataclasses.fields(Termijn)}
    assert u["samenvatting"]["soort"] == a["soort"]
    assert u["samenvatting"]["volgende_stap"]["url"] == a["volgende_stap"]["url"]
    assert u["samenvatting"]["waar"] == [a["acties"][0]["partij_naam"]]  # parents are no report
    assert u["samenvatting"]["tekst"].count(a["soort"]) == 1


def test_de_opdrachtregel_geeft_hetzelfde_model(regels, tmp_path, monkeypatch, capsys):
    from calculator.__main__ import main
    (tmp_path / "antwoord.json").write_text(json.dumps(regels), "utf-8")
    (tmp_path / "index.json").write_text(json.dumps({"regios": [{"slug": "antwoord"}]}), "utf-8")
    situatie = {"peildatum": PEILDATUM, "leeftijd": 9, "ziekmeldingen_schooljaar": 6}
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(json.dumps(situatie)))
    assert main(["classify", "--regio", "antwoord", "--regels", str(tmp_path)]) == 0
    uit = json.loads(capsys.readouterr().out)
    assert uit["antwoord"] == calculator.classify(situatie, regels)["antwoord"]


@pytest.mark.parametrize("bij,naam,soort", [
    ("duo", "DUO-verzuimregister", "melden"), ("rmc", "RMC (Doorstroompunt)", "melden"),
    ("leerplicht", "Leerplichtambtenaar", "melden"), ("lpa", "Leerplicht (gemeente)", "melden"),
    ("jgz", "Jeugdgezondheid (JGZ)", "verwijzen"), ("ggd", "GGD jeugdarts", "verwijzen"),
    ("ouders", "Ouders/verzorgers", "informeren"), ("swv", "Samenwerkingsverband", "informeren"),
])
def test_melden_alleen_bij_leerplicht_duo_en_rmc(bij, naam, soort):
    assert model.soort_actie(bij, naam) == soort


def test_datums_in_woorden():
    assert model.datum_in_woorden("art. 3 (geldt sinds 2024-01-01)") == "art. 3 (geldt sinds 1 januari 2024)"


# --- The three situations of issue 21, on the seed regions' own text --------------------------

def _seed(alle_regels: dict, slug: str) -> dict:
    if slug not in alle_regels:
        pytest.skip(f"regio {slug} staat niet in regions/")
    return alle_regels[slug]


def test_noord_kennemerland_tien_jaar_twintig_uur(alle_regels):
    u = calculator.classify({"peildatum": PEILDATUM, "leeftijd": 10, "onderwijs": "po",
                             "ongeoorloofd_uren_4_weken": 20}, _seed(alle_regels, "noord-kennemerland"))
    a = u["antwoord"]
    assert a["soort"] == "Relatief verzuim"
    meld = [x for x in a["acties"] if x["soort"] == "melden"]
    assert [x["partij"] for x in meld] == ["duo"]
    assert meld[0]["termijn"]["grondslag"] == "regio" and meld[0]["termijn"]["tekst"] == "Onmiddellijk"
    assert {g["grondslag"] for g in meld[0]["grondslagen"]} == {"wet", "regio"}
    assert [x["soort"] for x in a["acties"] if x["partij"] == "ouders"] == ["informeren"]
    assert a["volgende_stap"]["id"] == "3"
    assert "Ouders" not in " ".join(u["samenvatting"]["waar"])
    assert "Termijn: Termijn" not in json.dumps(u, ensure_ascii=False)


def test_twente_po_zes_ziekmeldingen_twaalf_ziektedagen(alle_regels):
    a = antwoord(_seed(alle_regels, "twente"), leeftijd=9, onderwijs="po", ziekmeldingen_schooljaar=6,
                 ziektedagen_schooljaar=12)
    assert "zorgelijk" in a["soort"]
    (jgz,) = a["acties"]
    assert jgz["soort"] == "verwijzen" and jgz["toestemming"]
    assert a["volgende_stap"]["id"] == "mazl-gesprek"


# --- A scan of the answers of every region ---------------------------------------------------

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DUBBEL = re.compile(r"\b(\w+)\s+\1\b", re.I)


def _genest(tekst: str) -> bool:
    diepte = 0
    for teken in tekst:
        diepte += {"(": 1, ")": -1}.get(teken, 0)
        if diepte > 1:
            return True
    return False


def _situaties(regels: dict) -> list[dict]:
    """Situations from the region's own thresholds (at and just below each), plus the national
    lines every region meets, for each of its sectors."""
    basis: list[dict] = [
        {"ongeoorloofd_uren_4_weken": 20}, {"ongeoorloofd_uren_4_weken": 5},
        {"luxe": True, "ongeoorloofd_uren_4_weken": 4}, {"rond_vakantie": True, "ongeoorloofd_uren_4_weken": 4},
        {"ongeoorloofd_weken_aaneengesloten": 5, "ongeoorloofd_uren_4_weken": 60},
        {"ingeschreven": False}, {"leeftijd": 19, "ongeoorloofd_uren_4_weken": 20},
        {"leeftijd": 19, "ongeoorloofd_weken_aaneengesloten": 5},
        {"ziekmeldingen_schooljaar": 6, "toestemming_jgz": False},
    ]
    for d in regels["drempels"]:
        for waarde in {d["waarde"], max(d["waarde"] - 1, 0)}:
            basis.append({d["invoer"]: waarde})
    uit = []
    for onderwijs in regels["sectoren"]:
        for s in basis:
            uit.append({"peildatum": PEILDATUM, "leeftijd": 10 if onderwijs == "po" else 14,
                        "onderwijs": onderwijs, **s})
    return uit


def _alle_antwoorden(alle_regels: dict, regels_fixture: dict):
    for slug, regels in [*alle_regels.items(), ("antwoord", regels_fixture)]:
        ids = {i for i in (*PLICHTEN, *regels["partijen"], *(r["id"] for r in regels["regels"]),
                           *(d["id"] for d in regels["drempels"]),
                           *(s["id"] for s in regels["stappen"].values())) if "-" in i}
        for s in _situaties(regels):
            try:
                u = calculator.classify(s, regels)
            except calculator.InvoerFout:
                continue
            yield slug, s, u, ids


def test_geen_interne_ids_iso_datums_dubbele_woorden_of_geneste_haakjes(alle_regels, regels):
    fouten, gezien = [], 0
    for slug, s, u, ids in _alle_antwoorden(alle_regels, regels):
        gezien += 1
        a = u["antwoord"]
        for tekst in _teksten(a):
            if ISO.search(tekst):
                fouten.append((slug, s, "ISO-datum", tekst))
            if re.search(r"termijn:\s*termijn", tekst, re.I):
                fouten.append((slug, s, "Termijn: Termijn", tekst))
            woorden = set(re.findall(r"[\w-]+", tekst))
            if ids & woorden:
                fouten.append((slug, s, f"id {sorted(ids & woorden)}", tekst))
        for tekst in _teksten(a, met_waarom=False):
            if _genest(tekst):
                fouten.append((slug, s, "geneste haakjes", tekst))
            if DUBBEL.search(tekst):
                fouten.append((slug, s, f"dubbel woord {DUBBEL.search(tekst)[0]!r}", tekst))
        for x in a["acties"]:
            teksten = [g["tekst"] for g in x["grondslagen"]]
            if len(teksten) != len(set(teksten)):
                fouten.append((slug, s, "grondslag twee keer", teksten))
            assert x["grondslagen"] and all(g["label"] == GRONDSLAG_LABELS[g["grondslag"]]
                                            for g in x["grondslagen"])
            assert x["zin"].startswith(x["werkwoord"] + " ") and x["zin"].endswith(".")
        plaatsen = [(x["partij"], x["soort"]) for x in a["acties"]]
        if len(plaatsen) != len(set(plaatsen)) and any(p == "duo" for p, _ in plaatsen):
            fouten.append((slug, s, "twee DUO-meldingen", plaatsen))
        if "signaal" in a["soorten"] and s.get("ongeoorloofd_uren_4_weken", 0) >= 16:
            fouten.append((slug, s, "signaalverzuim vanaf 16 uur", a["soort"]))
    assert gezien > 20
    assert not fouten, "\n".join(map(str, fouten[:20]))
