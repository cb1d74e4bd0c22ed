"""A broken region file is rejected with file, place (path and line) and what is expected."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bron.fouten import RegioFouten
from bron.paden import ROOT
from bron.regios import laad_regio

from tests.unit.conftest import FIXTURE


@pytest.fixture
def kapotte_regio(tmp_path):
    map_ = tmp_path / "voorbeeld"
    shutil.copytree(FIXTURE, map_)

    def breek(oud: str, nieuw: str):
        pad = map_ / "regio.yaml"
        tekst = pad.read_text("utf-8")
        assert oud in tekst, oud
        pad.write_text(tekst.replace(oud, nieuw, 1), "utf-8")
        with pytest.raises(RegioFouten) as fout:
            laad_regio(map_)
        return fout.value.fouten
    return breek


def regelnummer(tekst, stuk):
    return tekst.splitlines().index(next(r for r in tekst.splitlines() if stuk in r)) + 1


def test_verkeerde_eenheid_noemt_pad_regel_en_toegestane_waarden(kapotte_regio):
    fouten = kapotte_regio("eenheid: ziekmeldingen\n    periode: schooljaar",
                           "eenheid: ziekbriefjes\n    periode: schooljaar")
    f, = fouten
    assert f.bestand.endswith("voorbeeld/regio.yaml")
    assert f.pad == "drempels[1].eenheid"
    tekst = (FIXTURE / "regio.yaml").read_text("utf-8")
    assert f.regel == regelnummer(tekst, "eenheid: ziekmeldingen")
    assert "'ziekbriefjes' is niet toegestaan" in f.tekst and "ziekmeldingen" in f.tekst


def test_ontbrekend_verplicht_veld(kapotte_regio):
    f, = kapotte_regio("    waarde: 5\n", "")
    assert f.pad == "drempels[1]" and "verplicht veld ontbreekt: waarde" in f.tekst


def test_onbekend_veld(kapotte_regio):
    f, = kapotte_regio("naam: Voorbeeldregio", "naam: Voorbeeldregio\nkleur: blauw")
    assert "onbekend veld kleur" in f.tekst


def test_getal_als_tekst(kapotte_regio):
    f, = kapotte_regio("waarde: 5", "waarde: vijf")
    assert f.pad == "drempels[1].waarde" and "moet getal zijn" in f.tekst


def test_stap_met_onbekende_partij(kapotte_regio):
    f, = kapotte_regio("partijen: [school, jgz]", "partijen: [school, jeugdarts]")
    assert f.pad == "routes[1].stappen[2].partijen[2]" and "onbekende partij 'jeugdarts'" in f.tekst


def test_regel_naar_onbekende_stap(kapotte_regio):
    f, = kapotte_regio('stappen: [{route: ongeoorloofd, stap: "3"}]',
                       'stappen: [{route: ongeoorloofd, stap: "4"}]')
    assert "regels[2].dan.stappen[1]" == f.pad and "bestaat niet" in f.tekst


def test_kapotte_yaml_noemt_de_regel(kapotte_regio):
    f, = kapotte_regio("naam: Voorbeeldregio", "naam: [Voorbeeldregio")
    assert f.regel and "geen geldige YAML" in f.tekst


def test_slug_moet_mapnaam_zijn(kapotte_regio):
    f, = kapotte_regio("slug: voorbeeld", "slug: andere")
    assert f.pad == "slug" and "mapnaam" in f.tekst


def test_validator_stopt_met_fout_en_bouwt_niets(tmp_path):
    """scripts/generate.py on a broken regions folder: exit 1, Dutch message, nothing written."""
    regions = tmp_path / "regions"
    shutil.copytree(ROOT / "regions" / "schema", regions / "schema")
    shutil.copytree(FIXTURE, regions / "voorbeeld")
    (regions / "voorbeeld" / "regio.yaml").write_text(
        (FIXTURE / "regio.yaml").read_text("utf-8").replace("vergelijking: \">=\"", "vergelijking: ≥", 1))
    code = (
        "import sys, pathlib; sys.path.insert(0, 'scripts'); import bron.regios, generate; "
        f"bron.regios.REGIONS = pathlib.Path({str(regions)!r}); "
        f"generate.DOCS = pathlib.Path({str(tmp_path / 'docs')!r}); "
        f"generate.REGELS = pathlib.Path({str(tmp_path / 'regels.json')!r}); "
        ""
        "sys.exit(generate.main())")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    assert "voorbeeld/regio.yaml, regel" in r.stderr and "drempels[1].vergelijking" in r.stderr
    assert "er is niets gebouwd" in r.stderr
    assert not (tmp_path / "docs").exists() and not (tmp_path / "regels.json").exists()


# --- Region text is data, never markup (issue 16.1) ---------------------------------------

PAYLOADS = {
    "script": "<script>window.__x = 1</script>",
    "onerror": "<img src=x onerror=alert(1)>",
    "javascript-link": "[klik](javascript:alert(1))",
    "verstopt-schema": "[klik](JaVa&#115;cript:alert(1))",
    "data-link": "[klik](data:text/html;base64,PHNjcmlwdD4=)",
    "attr-list": "Tekst {: onclick=alert(1)}",
}


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_html_en_scriptlinks_in_tekst_worden_geweigerd(kapotte_regio, payload):
    tekst = (FIXTURE / "regio.yaml").read_text("utf-8")
    f, = kapotte_regio("naam: Voorbeeldregio\n", f"naam: Voorbeeldregio\ninleiding: |\n  {payload}\n")
    assert f.pad == "inleiding"
    assert f.regel == regelnummer(tekst, "naam: Voorbeeldregio") + 1
    assert "niet toegestaan" in f.tekst


def test_link_in_url_veld_met_javascript_wordt_geweigerd():
    from bron import tekstcontrole
    (pad, melding), = tekstcontrole.fouten({"links": [{"titel": "x", "url": " javascript:alert(1)"}]})
    assert pad == ("links", 0, "url") and "javascript:" in melding


@pytest.mark.parametrize("tekst", ["< 4 weken", "8:30 uur", "Let op: dit", "data: 1 oktober",
                                   "[regeling](https://example.org/a?b=c)", "<https://example.org>",
                                   "mailto:leerplicht@example.org"])
def test_gewone_tekst_blijft_toegestaan(tekst):
    from bron import tekstcontrole
    assert tekstcontrole.fouten({"inleiding": tekst}) == []


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_bouw_stopt_met_het_veld_genoemd(tmp_path, payload):
    """generate.py (the build's first step) on a copy of the regions with a payload."""
    regions = tmp_path / "regions"
    shutil.copytree(ROOT / "regions", regions)
    pad = regions / "twente" / "regio.yaml"
    tekst = pad.read_text("utf-8")
    assert "\ninleiding: |\n" in tekst
    pad.write_text(tekst.replace("\ninleiding: |\n", f"\ninleiding: |\n  {payload}\n", 1), "utf-8")
    code = ("import sys, bron.regios, generate; from pathlib import Path; "
            "bron.regios.REGIONS = generate.REGIONS = Path(sys.argv[1]); sys.exit(generate.main([]))")
    r = subprocess.run([sys.executable, "-c", code, str(regions)], cwd=ROOT / "scripts",
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "twente/regio.yaml" in r.stderr and "inleiding:" in r.stderr, r.stderr
    assert "er is niets gebouwd" in r.stderr


# --- beveilig.py: only the theme's own inline scripts get a hash --------------------------

def _gebouwde_pagina(pagina: Path = ROOT / "site" / "index.html") -> str:
    if not pagina.exists():
        pytest.fail("site/ is niet gebouwd: draai 'make build'.")
    html = pagina.read_text("utf-8")
    # The published page carries its policy already; start from the page as MkDocs wrote it.
    return re.sub(r'\n<meta http-equiv="Content-Security-Policy"[^>]*>\n<meta name="referrer"[^>]*>',
                  "", html, count=1)


@pytest.mark.site
def test_beveilig_accepteert_de_scripts_van_het_thema():
    import beveilig
    html, hashes = beveilig.beveilig_pagina(_gebouwde_pagina())
    assert len(hashes) >= 2 and "'wasm-unsafe-eval'" not in html.split("<body", 1)[0]


@pytest.mark.site
@pytest.mark.parametrize("invoeging", [
    "<script>window.__x = 1</script>",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">klik</a>',
    '<p><svg><a xlink:href=" javascript:x">a</a></svg></p>',
    "<div ONCLICK='x()'>",
])
def test_beveilig_weigert_andere_scripts_en_handlers(invoeging):
    import beveilig
    html = _gebouwde_pagina().replace("<h1", invoeging + "<h1", 1)
    with pytest.raises(beveilig.OnveiligePagina):
        beveilig.beveilig_pagina(html)


@pytest.mark.site
def test_bijwerken_beveiligt_alleen_de_paginas_die_opnieuw_geschreven_zijn(tmp_path):
    """The preview's dirty build (make voorbeeld): a page MkDocs left alone keeps its one
    policy and its time, a page written again gets its policy, _headers keeps the hashes."""
    import beveilig
    kaal = _gebouwde_pagina()
    for naam in ("a", "b"):
        (tmp_path / naam).mkdir()
        (tmp_path / naam / "index.html").write_text(kaal, "utf-8")
    assert beveilig.main([str(tmp_path)]) == 0
    headers = (tmp_path / "_headers").read_text("utf-8")
    gelaten, herschreven = tmp_path / "a" / "index.html", tmp_path / "b" / "index.html"
    tijd = gelaten.stat().st_mtime_ns
    herschreven.write_text(kaal, "utf-8")
    later = (tmp_path / "_headers").stat().st_mtime_ns + 10**9
    os.utime(herschreven, ns=(later, later))
    assert beveilig.main([str(tmp_path)]) == 1  # a whole run refuses a page that has a policy
    assert beveilig.main(["--bijwerken", str(tmp_path)]) == 0
    assert gelaten.stat().st_mtime_ns == tijd
    for pagina in (gelaten, herschreven):
        assert pagina.read_text("utf-8").count('http-equiv="Content-Security-Policy"') == 1
    assert (tmp_path / "_headers").read_text("utf-8") == headers


@pytest.mark.site
def test_headers_bestand_stuurt_hetzelfde_beleid_zonder_overlap():
    """_headers (Netlify, Cloudflare Pages): one rule per top-level part, wasm only where needed."""
    import beveilig

    headers = ROOT / "site" / "_headers"
    if not headers.exists():
        pytest.fail("site/ is niet gebouwd: draai 'make build'.")
    regels = {}
    for pad, kop in re.findall(r"^(/\S*)\n((?:  .*\n?)+)", headers.read_text("utf-8"), re.M):
        regels[pad] = kop
    assert "/" in regels and "/zoeken/*" in regels and "/routekaart/*" in regels
    assert "/*" not in regels  # a catch-all would overlap every other rule
    for pad, kop in regels.items():
        if pad in beveilig.CACHE_REGELS:  # caching only (tests/unit/test_start_cache.py)
            continue
        assert "Content-Security-Policy: default-src 'self'" in kop, pad
        # Only the embeddable page may be framed (issue 27); it runs the Rekenhulp too.
        assert ("frame-ancestors 'none'" in kop) == (pad != "/inbedden/*"), pad
        assert ("'wasm-unsafe-eval'" in kop) == (pad in ("/zoeken/*", "/rekenhulp/*", "/inbedden/*")), pad


def test_alleen_de_map_van_de_inbedpagina_mag_in_een_kader(tmp_path):
    """On a scratch site: one rule allows framing, the embed page's; all others refuse it."""
    import beveilig
    for map_ in ("inbedden", "rekenhulp", "routekaart", "data"):
        (tmp_path / map_).mkdir()
    (tmp_path / "index.html").write_text("<html></html>")
    regels = dict(re.findall(r"^(/\S*)\n((?:  .*\n?)+)",
                             beveilig.headers_bestand(tmp_path, set()), re.M))
    toegestaan = {pad: re.search(r"frame-ancestors ([^;\n]+)", kop)[1] for pad, kop in regels.items()
                  if pad not in beveilig.CACHE_REGELS}  # those set caching only
    assert toegestaan.pop("/inbedden/*") == " ".join(beveilig.INBEDDEN_TOEGESTAAN) != "'none'"
    assert set(toegestaan.values()) == {"'none'"} and len(toegestaan) == 5


@pytest.mark.parametrize("slug", ["vergelijking", "wettelijk-kader", "begrippen", "regios"])
def test_slug_van_een_landelijke_pagina_wordt_geweigerd(tmp_path, slug):
    """A region named like a national page would overwrite it in docs/routekaart/."""
    map_ = tmp_path / slug
    shutil.copytree(FIXTURE, map_)
    pad = map_ / "regio.yaml"
    tekst = pad.read_text("utf-8")
    assert "\nslug: voorbeeld\n" in tekst
    pad.write_text(tekst.replace("\nslug: voorbeeld\n", f"\nslug: {slug}\n", 1), "utf-8")
    with pytest.raises(RegioFouten) as fout:
        laad_regio(map_)
    (f,) = fout.value.fouten
    assert f.pad == "slug" and "landelijke pagina" in f.tekst and f"swv-{slug}" in f.tekst


@pytest.mark.parametrize(("oud", "nieuw"), [("waarde: 5", "waarde: null"), ("waarde: 5", "waarde: true")])
def test_boodschap_zonder_pythonwoorden(kapotte_regio, oud, nieuw):
    f, = kapotte_regio(oud, nieuw)
    assert f.pad == "drempels[1].waarde" and "moet getal zijn" in f.tekst
    assert not re.search(r"\b(None|True|False)\b", f.tekst), f.tekst


@pytest.mark.parametrize(("oud", "nieuw", "pad"), [
    ("{id: noord, naam: Noord}", '{id: noord, naam: ""}', "gemeenten[1].naam"),
    ("titel: Voorbeeldroutekaart", 'titel: ""', "document.titel"),
])
def test_lege_verplichte_tekst_wordt_geweigerd(kapotte_regio, oud, nieuw, pad):
    f, = kapotte_regio(oud, nieuw)
    assert f.pad == pad and "mag niet leeg zijn" in f.tekst
