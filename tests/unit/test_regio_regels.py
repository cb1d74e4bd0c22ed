"""Regional rules from data: thresholds, facts, national outcomes, steps with URLs."""


def stappen(u):
    return [(s["route"], s["id"]) for s in u["stappen"]]


def test_po_vijfde_ziekmelding_wijst_naar_jgz_stap(klassificeer):
    u = klassificeer(onderwijs="po", ziekmeldingen_schooljaar=5)
    assert "zorgwekkend-ziekteverzuim" in u["soorten"]
    assert stappen(u) == [("ziekteverzuim", "2")]
    assert u["stappen"][0]["url"] == "routekaart/voorbeeld/ziekteverzuim/#stap-2"


def test_po_vierde_ziekmelding_is_nog_niet_zorgwekkend(klassificeer):
    u = klassificeer(onderwijs="po", ziekmeldingen_schooljaar=4)
    assert "zorgwekkend-ziekteverzuim" not in u["soorten"] and not u["stappen"]


def test_vo_drempel_geldt_niet_voor_po(klassificeer):
    u = klassificeer(onderwijs="po", ziekmeldingen_12_weken=4)
    assert "zorgwekkend-ziekteverzuim" not in u["soorten"]


def test_vo_vierde_ziekmelding_in_twaalf_weken(klassificeer):
    assert "zorgwekkend-ziekteverzuim" in klassificeer(onderwijs="vo", ziekmeldingen_12_weken=4)["soorten"]


def test_landelijke_uitkomst_wijst_naar_regionale_stap(klassificeer):
    assert ("ongeoorloofd", "3") in stappen(klassificeer(ongeoorloofd_uren_4_weken=16))
    assert ("ongeoorloofd", "3") not in stappen(klassificeer(ongeoorloofd_uren_4_weken=15))


def test_feit_nee_is_iets_anders_dan_niet_ingevuld(klassificeer):
    zonder = klassificeer(onderwijs="po", ziekmeldingen_schooljaar=1)
    nee = klassificeer(onderwijs="po", ziekmeldingen_schooljaar=1, toestemming_jgz=False)
    assert ("duo", "regio") in {(m["bij"], m["grondslag"]) for m in nee["melden"]}
    assert "duo" not in {m["bij"] for m in zonder["melden"]}


def test_regionale_uitleg_noemt_document_en_sectie(klassificeer):
    u = klassificeer(onderwijs="po", ziekmeldingen_schooljaar=5)
    regionaal = [x for x in u["uitleg"] if x["regel"] == "voorbeeld:mazl"]
    assert regionaal and regionaal[0]["bron"].startswith("Voorbeeldroutekaart (versie 1.0, januari 2026)")
    assert regionaal[0]["url"].endswith("#stap-2")


def test_dezelfde_melding_maar_een_keer(klassificeer):
    u = klassificeer(onderwijs="po", ziekmeldingen_schooljaar=9)
    assert len([m for m in u["melden"] if m["bij"] == "jgz"]) == 1
