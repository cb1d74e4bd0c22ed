"""Data tests for every region folder, derived from the region's own data and folder.

Nothing here names a region: a new regions/<slug>/ is checked the moment it exists, with no
file elsewhere. The checks themselves live in scripts/bron/controles.py and
scripts/bron/voorbeelden.py, which 'make valideer' runs too: one check, two doors, the same
Dutch message (file, field, line, what to do). Per region: the file is valid and published,
the source document is there (regions/<slug>/bron/ or a URL with a date), every threshold,
step, rule and party cites a section, every quotation occurs in a text source, every
threshold's number is in its quotation, every legal report names its duty, and the editor's
own example cases (regions/<slug>/voorbeelden.yaml, optional) come out as written.

ROUTEKAART_REGIOS=<map> runs them on another regions folder (a scratch copy in the tests).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from bron import controles, versies, voorbeelden  # noqa: E402
from bron.fouten import RegioFouten  # noqa: E402
from bron.paden import REGIONS, SCHEMA  # noqa: E402
from bron.regios import laad_regio, regio_mappen  # noqa: E402

from calculator.wet.plichten import PLICHTEN  # noqa: E402

MAPPEN = regio_mappen(Path(os.environ.get("ROUTEKAART_REGIOS") or REGIONS))


@pytest.fixture(scope="module", params=MAPPEN, ids=[m.name for m in MAPPEN])
def regio(request) -> tuple[Path, dict]:
    map_ = request.param
    try:
        return map_, laad_regio(map_)
    except RegioFouten as fout:
        pytest.fail("\n".join(map(str, fout.fouten)), pytrace=False)


def geen_fouten(regio, *namen: str) -> None:
    map_, d = regio
    fouten = controles.fouten(map_, d, list(namen))
    assert not fouten, "\n".join(map(str, fouten))


def test_versie_is_gepubliceerd(regio):
    map_, d = regio
    fouten = versies.controleer(map_, dict(d), concept=False)
    assert not fouten, "\n".join(map(str, fouten))


def test_brondocument_staat_bij_de_regio(regio):
    geen_fouten(regio, "brondocument")


def test_alles_noemt_zijn_plek_in_de_bron(regio):
    geen_fouten(regio, "secties")


def test_citaten_staan_letterlijk_in_de_bron(regio):
    map_, d = regio
    if not controles.heeft_tekstbron(map_, d):
        pytest.skip(f"regions/{map_.name}/regio.yaml: geen tekstversie van de bron om citaten in "
                    "te zoeken")
    geen_fouten(regio, "citaten")


def test_elke_drempel_staat_met_zijn_getal_in_het_citaat(regio):
    geen_fouten(regio, "drempelgetallen")


def test_wettelijke_meldingen_noemen_een_bestaande_plicht(regio):
    geen_fouten(regio, "wettelijke_meldingen")


def test_gemeenten_noemen_waar_de_lijst_vandaan_komt(regio):
    geen_fouten(regio, "gemeenten_bron")


def test_contacten_en_gemeenten_uit_het_document_staan_erin(regio):
    geen_fouten(regio, "vindplaatsen")


def test_schema_kent_precies_de_landelijke_plichten():
    schema = json.loads(SCHEMA.read_text("utf-8"))
    assert schema["$defs"]["melding"]["properties"]["plicht"]["enum"] == list(PLICHTEN), (
        "regions/schema/regio.schema.json: melding.plicht moet dezelfde ids hebben als "
        "calculator/wet/plichten.py PLICHTEN")


# --- The editor's own example cases: regions/<slug>/voorbeelden.yaml --------------------------


def gevallen():
    for map_ in MAPPEN:
        try:
            lijst, _ = voorbeelden.lees(map_)
        except voorbeelden.VoorbeeldFout:
            lijst = None
        if not isinstance(lijst, list):  # not YAML, or not a list: the file's own message
            yield pytest.param(map_, None, None, id=f"{map_.name}: voorbeelden.yaml")
            continue
        for i, geval in enumerate(lijst):
            naam = geval.get("naam", f"voorbeeld {i + 1}") if isinstance(geval, dict) else str(i)
            yield pytest.param(map_, i, geval, id=f"{map_.name}: {naam}")


@pytest.mark.parametrize("map_,i,geval", list(gevallen()))
def test_voorbeeld_van_de_redactie(map_, i, geval):
    if i is None:
        fouten = voorbeelden.fouten(map_, {})
    else:
        fouten = voorbeelden.controleer_geval(map_, laad_regio(map_), i, geval)
    assert not fouten, "\n".join(map(str, fouten))


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
