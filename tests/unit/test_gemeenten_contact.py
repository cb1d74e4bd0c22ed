"""Gemeenten as names or groups of fields, contacts with their source (issue 22, contract C3):
checked with Dutch messages, shown on a step, the A4 and the Verantwoording page, and given to
each action of the Rekenhulp. All on the made-up fixture region."""

import copy
import shutil

import pytest
import yaml
from bron import gemeenten
from bron.fouten import RegioFouten
from bron.lezen import lees_yaml
from bron.regios import laad_regio
from bron.schema import schemafouten
from paginas import contact as contactpagina
from paginas.regiopaginas import regio_bestanden
from rekenhulp import regels_json

import calculator
from calculator.contact import GEEN_CONTACT, contact_voor
from calculator.wet import duo
from tests.unit.conftest import FIXTURE, PEILDATUM

BRON = {"sectie": "Partijen", "citaat": "tel. 053 481 81 81"}


@pytest.fixture
def ruw():
    """The fixture region's file as data (a fresh copy per test)."""
    return lees_yaml((FIXTURE / "regio.yaml").read_text("utf-8"))


def laad(tmp_path, d: dict) -> dict:
    """The region as the generator reads it (schema, normalisation, cross-references)."""
    map_ = tmp_path / "voorbeeld"
    shutil.copytree(FIXTURE, map_)
    (map_ / "regio.yaml").write_text(yaml.safe_dump(d, allow_unicode=True, sort_keys=False), "utf-8")
    return laad_regio(map_)


def test_gemeente_mag_een_naam_of_een_groep_velden_zijn(tmp_path, ruw):
    ruw["gemeenten"] = ["Hof van Kwartier", {"naam": "Oud-Noord", "aliassen": ["'s-Noordhage"]},
                        {"id": "zuid", "naam": "Zuid"}]
    # Steps and rules refer to 'noord' by id; a name becomes an id of its own.
    tekst = yaml.safe_dump(ruw, allow_unicode=True).replace("[noord]", "[oud-noord]").replace("- noord\n", "- oud-noord\n")
    d = laad(tmp_path, lees_yaml(tekst))
    assert [(g["id"], g["naam"]) for g in d["gemeenten"]] == [
        ("hof-van-kwartier", "Hof van Kwartier"), ("oud-noord", "Oud-Noord"), ("zuid", "Zuid")]
    assert regels_json.regio_index({"v": d})["regios"][0]["gemeenten"][1]["aliassen"] == ["'s-Noordhage"]


def test_een_oud_bestand_met_id_en_naam_blijft_geldig(ruw):
    assert ruw["gemeenten"] == [{"id": "noord", "naam": "Noord"}, {"id": "zuid", "naam": "Zuid"}]
    assert schemafouten(ruw) == []


def contact_fout(ruw, **contact) -> list[tuple[tuple, str]]:
    ruw["partijen"][0]["contact"] = contact
    return schemafouten(ruw)


@pytest.mark.parametrize("veld, waarde, uitleg", [
    ("telefoon", "12345", "Nederlands telefoonnummer"),
    ("telefoon", "+44 20 7946 0958", "Nederlands telefoonnummer"),
    ("email", "leerplicht@", "e-mailadres"),
    ("email", "mailto:leerplicht@kwartier.nl", "e-mailadres"),
    ("website", "http://www.kwartier.nl", "https-link"),
])
def test_verkeerd_contact_noemt_het_veld_en_wat_mag(ruw, veld, waarde, uitleg):
    (pad, tekst), = contact_fout(ruw, **{veld: waarde}, bron=BRON)
    assert pad == ("partijen", 0, "contact", veld)
    assert repr(waarde) in tekst and uitleg in tekst


@pytest.mark.parametrize("nummer", ["053 481 81 81", "06 416 24 870", "+31 6 41624870", "053-4818181",
                                    "0800-1234", "14 053"])
def test_nederlandse_nummers_mogen(ruw, nummer):
    assert contact_fout(ruw, telefoon=nummer, bron=BRON) == []


def test_contact_zonder_weg_of_zonder_bron_wordt_geweigerd(ruw):
    (pad, tekst), = contact_fout(ruw, naam="Leerplicht Kwartier", bron=BRON)
    assert pad == ("partijen", 0, "contact") and "telefoon, email of website" in tekst
    (pad, tekst), = contact_fout(ruw, telefoon="053 481 81 81")
    assert pad == ("partijen", 0, "contact") and "bron" in tekst
    (pad, tekst), = contact_fout(ruw, telefoon="053 481 81 81", bron={"url": "https://kwartier.nl"})
    assert pad == ("partijen", 0, "contact", "bron") and "geraadpleegd" in tekst


def test_naam_twee_keer_en_onbekende_partij_bij_een_gemeente(tmp_path, ruw):
    ruw["gemeenten"][1]["aliassen"] = ["noord"]
    ruw["gemeenten"][0]["contact"] = [{"partij": "rmc-kwartier", "telefoon": "053 481 81 81", "bron": BRON}]
    with pytest.raises(RegioFouten) as fout:
        laad(tmp_path, ruw)
    teksten = {f.pad: f.tekst for f in fout.value.fouten}
    assert "bij één gemeente" in teksten["gemeenten[2].aliassen[1]"]
    assert "onbekende partij 'rmc-kwartier'" in teksten["gemeenten[1].contact[1].partij"]


def met_contacten(tmp_path, ruw) -> dict:
    jgz = next(p for p in ruw["partijen"] if p["id"] == "jgz")
    jgz["contact"] = {"telefoon": "053 481 81 81", "website": "https://www.jgz-kwartier.nl/aanmelden",
                      "bron": BRON}
    ruw["gemeenten"][0]["contact"] = [{"partij": "jgz", "naam": "JGZ Noord", "email": "jgz@noord.nl",
                                       "bron": {"titel": "Gemeente Noord: JGZ", "url": "https://noord.nl/jgz",
                                                "geraadpleegd": "2026-12-07"}}]
    return laad(tmp_path, ruw)


def test_contact_staat_bij_de_stap_op_de_a4_en_in_de_verantwoording(tmp_path, ruw):
    d = met_contacten(tmp_path, ruw)
    paginas = {p.split("/", 1)[1]: t for p, t in regio_bestanden(d, {}).items()}
    stap = paginas[f"{d['routes'][0]['id']}.md"]
    assert "[053 481 81 81](<tel:+31534818181>)" in stap
    assert "[jgz@noord.nl](<mailto:jgz@noord.nl>)" in stap and "**JGZ Noord**" in stap
    assert "053 481 81 81" in paginas["a4.md"]
    verantwoording = paginas["verantwoording.md"]
    assert "geraadpleegd op 7 december 2026" in verantwoording and "tel. 053 481 81 81" in verantwoording


def test_zonder_contact_zegt_de_stap_wie_je_het_vraagt(tmp_path, ruw):
    paginas = {p.split("/", 1)[1]: t for p, t in regio_bestanden(laad(tmp_path, ruw), {}).items()}
    stap = paginas[f"{ruw['routes'][0]['id']}.md"]
    assert GEEN_CONTACT in stap
    assert GEEN_CONTACT in paginas["a4.md"]
    assert "tel:" not in stap


def test_een_melding_bij_duo_zegt_hoe_je_daar_meldt(tmp_path, ruw):
    ruw["routes"][0]["stappen"][1]["melden"].append({"bij": "duo", "wat": "melding 16 uur", "grondslag": "wet"})
    paginas = {p.split("/", 1)[1]: t for p, t in regio_bestanden(laad(tmp_path, ruw), {}).items()}
    stap = paginas[f"{ruw['routes'][0]['id']}.md"]
    assert duo.ZIN in stap and "melden-bij-duo.md" in stap


def test_contactzin_en_links():
    c = {"telefoon": "06 416 24 870", "email": "a@b.nl", "website": "https://www.b.nl/x/"}
    zin = contactpagina.contact_zin("Steunpunt", c)
    assert zin == ("**Steunpunt**: bel [06 416 24 870](<tel:+31641624870>), mail [a@b.nl](<mailto:a@b.nl>) "
                   "of website [b.nl](<https://www.b.nl/x/>).")


def test_elke_actie_krijgt_een_contact_of_de_zin_wie_je_het_vraagt(tmp_path, ruw):
    regels = regels_json.regio_regels(met_contacten(tmp_path, ruw))
    situatie = {"peildatum": PEILDATUM, "leeftijd": 8, "onderwijs": "po", "ziekmeldingen_schooljaar": 6}
    acties = calculator.classify(situatie, regels)["antwoord"]["acties"]
    jgz = next(a for a in acties if a["partij"] == "jgz")
    assert "telefoon 053 481 81 81" in jgz["contact"]["zin"] and "JGZ Noord" in jgz["contact"]["zin"]
    # In gemeente Zuid only the party-wide contact applies.
    acties = calculator.classify({**situatie, "gemeente": "zuid"}, regels)["antwoord"]["acties"]
    assert "JGZ Noord" not in next(a for a in acties if a["partij"] == "jgz")["contact"]["zin"]
    zonder = copy.deepcopy(regels)
    zonder.pop("contacten")
    acties = calculator.classify(situatie, zonder)["antwoord"]["acties"]
    assert next(a for a in acties if a["partij"] == "jgz")["contact"]["zin"] == GEEN_CONTACT


def test_duo_melding_krijgt_de_zin_over_het_verzuimregister():
    assert contact_voor({}, "duo") == {"zin": duo.ZIN, "wegen": [], "url": duo.PAGINA}


def test_normaliseren_laat_het_schema_geldig():
    d = {"gemeenten": ["Hof van Twente", {"naam": "Den Haag", "aliassen": ["'s-Gravenhage"]}]}
    gemeenten.normaliseer(d)
    assert d["gemeenten"] == [{"id": "hof-van-twente", "naam": "Hof van Twente"},
                              {"id": "den-haag", "naam": "Den Haag", "aliassen": ["'s-Gravenhage"]}]
