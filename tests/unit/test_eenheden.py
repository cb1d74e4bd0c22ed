"""Every threshold counted in schooldagen or dagdelen, in every region, on both sides: the same
count given in the other unit gives the same outcome (1 schooldag = 2 dagdelen), and says so."""

import pytest

import calculator
from calculator.vragen import GELIJKE_EENHEDEN

EENHEID = {v: (e, per_dag, groep) for groep in GELIJKE_EENHEDEN for v, e, per_dag in groep}
REGIOS = ["noord-kennemerland", "sppoh", "swv-po-3006", "swv-vo-2001", "twente"]


def grenzen(regels):
    """(threshold id, field, sector, value just below or at, value just past) for each day/dagdeel threshold."""
    for d in regels["drempels"]:
        if d.get("invoer") in EENHEID:
            stap = EENHEID[d["invoer"]][1] / 2  # one dagdeel: 1 in dagdelen, 0.5 in schooldagen
            w = d["waarde"]
            onder, boven = {">=": (w - stap, w), ">": (w, w + stap), "<=": (w, w + stap), "<": (w - stap, w)}[
                d["vergelijking"]]
            yield d["id"], d["invoer"], d.get("onderwijs"), onder, boven


def gevallen():
    # Not 'from conftest import ...': with tests/browser collected too, that name may be the
    # browser's conftest. The rules are built from regions/ as they are now.
    from bron.regios import laad_alle
    from rekenhulp import regels_json

    alle = {slug: regels_json.regio_regels(d) for slug, d in laad_alle(archief=False).items()}
    for slug, regels in sorted(alle.items()):
        for drempel, veld, onderwijs, onder, boven in grenzen(regels):
            for waarde in (onder, boven):
                yield pytest.param(slug, veld, onderwijs, waarde, id=f"{slug}:{drempel}:{waarde:g}")


@pytest.mark.parametrize("slug,veld,onderwijs,waarde", list(gevallen()))
def test_zelfde_uitkomst_in_de_andere_eenheid(alle_regels, slug, veld, onderwijs, waarde):
    regels = alle_regels[slug]
    eenheid, per_dag, groep = EENHEID[veld]
    basis = {"peildatum": "2026-11-23", "leeftijd": 9, "onderwijs": onderwijs or regels["sectoren"][0]}
    eigen = calculator.classify({**basis, veld: waarde}, regels)
    for ander, ander_eenheid, ander_per_dag in groep:
        if ander == veld:
            continue
        omgerekend = calculator.classify({**basis, ander: waarde * ander_per_dag / per_dag}, regels)
        assert (omgerekend["soorten"], omgerekend["melden"], omgerekend["stappen"]) == \
            (eigen["soorten"], eigen["melden"], eigen["stappen"])
        uitleg = [x for x in omgerekend["uitleg"] if x["regel"] == f"omrekening:{veld}"]
        assert len(uitleg) == 1 and f"{eenheid}" in uitleg[0]["tekst"] and ander_eenheid in uitleg[0]["tekst"]
        assert veld not in {x["veld"] for x in omgerekend["niet_gebruikt"]}


def test_er_zijn_grenzen_in_beide_richtingen(alle_regels):
    """The test above covers dagdelen thresholds (answered in days) and schooldagen ones (in dagdelen)."""
    eenheden = {EENHEID[v][0] for r in alle_regels.values() for _, v, _, _, _ in grenzen(r)}
    assert eenheden == {"dagdelen", "schooldagen"}
