"""What a school professional sees: fits a phone, no plumbing words, thresholds in words, print."""

from __future__ import annotations

import re

import pytest
from bron.regios import laad_alle  # conftest puts scripts/ on sys.path
from conftest import ROOT, SITE, alle_paginas

PAGINAS = alle_paginas()
REGIOS = laad_alle() if (ROOT / "regions").exists() else {}
# The editors' handbook is written for editors and explains the file format on purpose.
# Pages for editors and for users of the open data: file and field names are their subject.
VOOR_REDACTEUREN = {"over/redacteuren/", "over/open-data/"}
TELEFOON = {"width": 360, "height": 740}
BUREAU = {"width": 1280, "height": 720}  # Playwright's default viewport

OVERLOOP_JS = """() => {
  const breed = document.documentElement.scrollWidth;
  const te_breed = [...document.querySelectorAll('.md-content *')]
    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                 && !e.closest('.rk-schuif, .rk-tabel, .md-typeset__scrollwrap, pre, .highlight'))
    .slice(0, 3).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40));
  return {breed, te_breed};
}"""

LOODGIETERSWERK = {
    "bronbestand": re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b"),
    "veldnaam": re.compile(r"\b[a-z]+_[a-z]+(?:_[a-z]+)*\b"),
    "YAML-woord": re.compile(r"\bnull\b|\[\]"),
}


def pagina_pad(pagina: str) -> str:
    return pagina or "/"


@pytest.mark.parametrize("pagina", PAGINAS, ids=pagina_pad)
def test_pagina_past_op_een_telefoon(gedeelde_pagina, site_url, pagina):
    page = gedeelde_pagina
    page.set_viewport_size(TELEFOON)
    page.goto(site_url + pagina)
    uitslag = page.evaluate(OVERLOOP_JS)
    assert uitslag["breed"] <= TELEFOON["width"], uitslag
    assert uitslag["te_breed"] == [], uitslag


@pytest.mark.parametrize("pagina", [p for p in PAGINAS if p not in VOOR_REDACTEUREN],
                         ids=pagina_pad)
def test_pagina_toont_geen_bestandsnamen_veldnamen_of_yaml(gedeelde_pagina, site_url, pagina):
    page = gedeelde_pagina
    page.set_viewport_size(BUREAU)
    page.goto(site_url + pagina)
    tekst = page.inner_text("body")
    gevonden = {soort: sorted(set(patroon.findall(tekst)))[:5]
                for soort, patroon in LOODGIETERSWERK.items() if patroon.search(tekst)}
    assert gevonden == {}


def test_de_loodgieterscontrole_vindt_iets():
    voorbeeld = "Overgenomen uit 003_b87ce99e1cf9ed34.txt; ziekte_dagdelen is null, gemeenten: []"
    assert all(p.search(voorbeeld) for p in LOODGIETERSWERK.values())


# The comparison as a reader says it; written here independently of the page code.
def _getal(w: float) -> str:
    return f"{w:g}".replace(".", ",")


def verwacht_patroon(d: dict) -> re.Pattern:
    w = re.escape(_getal(d["waarde"]))
    return re.compile({">": rf"meer dan {w}\b", ">=": rf"vanaf {w}\b",
                       "<": rf"minder dan {w}\b", "<=": rf"\b{w}%?[^.;:]*? of minder"}
                      [d["vergelijking"]])


def _drempels_per_route():
    for slug, d in sorted(REGIOS.items()):
        drempels = {x["id"]: x for x in d["drempels"]}
        for route in d["routes"]:
            stappen = [(s["id"], [drempels[x] for x in s["drempels"]])
                       for s in route["stappen"] if s.get("drempels")]
            if stappen:
                yield pytest.param(slug, route["id"], stappen, id=f"{slug}/{route['id']}")


STAP_TEKST_JS = """(id) => {
  const kop = document.getElementById(id);
  let tekst = '', e = kop.nextElementSibling;
  while (e && e.tagName !== 'H2') { tekst += ' ' + e.innerText; e = e.nextElementSibling; }
  return tekst;
}"""


@pytest.mark.parametrize("slug, route, stappen", list(_drempels_per_route()))
def test_elke_drempel_staat_in_woorden_bij_zijn_stap(page, site_url, slug, route, stappen):
    from paginas.adressen import anker

    page.goto(f"{site_url}routekaart/{slug}/{route}/")
    for stap, drempels in stappen:
        tekst = " ".join(page.evaluate(STAP_TEKST_JS, anker(stap)).split())
        for d in drempels:
            assert verwacht_patroon(d).search(tekst), (stap, d["id"], tekst[:300])


def test_drempelcontrole_kan_falen():
    d = {"waarde": 14, "vergelijking": ">"}
    assert not verwacht_patroon(d).search("14 dagdelen aaneengesloten")
    assert verwacht_patroon(d).search("meer dan 14 dagdelen aaneengesloten")
    assert verwacht_patroon({"waarde": 20, "vergelijking": "<="}).search("20% of minder in 4 lesweken")


def pdf_paginas(page) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", page.pdf(format="A4")))


# The sheet inside the print margins of the one-A4 page (7 mm, 8 mm: extra.css) at 96 dpi.
A4_BINNEN = {"width": 733, "height": 1066}
A4_JS = """() => {
  const a4 = document.querySelector('.rk-a4');
  const tekst = [...a4.querySelectorAll('*')].filter(e =>
    [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()));
  return {kleinste_pt: Math.min(...tekst.map(e => parseFloat(getComputedStyle(e).fontSize))) * 0.75,
          hoogte: a4.getBoundingClientRect().bottom,
          routes: [...a4.querySelectorAll('.rk-a4-route h2')].map(h => h.textContent.trim())};
}"""


def _a4_paginas() -> list[str]:
    """Every one-A4 page of the built site (derived from the site, not from a region list)."""
    return sorted(p.parent.relative_to(SITE).as_posix() + "/"
                  for p in SITE.glob("routekaart/*/a4/index.html"))


@pytest.mark.parametrize("pagina", _a4_paginas())
def test_routekaart_op_een_a4_is_een_pagina_van_minstens_9_punt_die_het_vel_vult(page, site_url,
                                                                                  pagina):
    page.set_viewport_size(A4_BINNEN)
    page.goto(site_url + pagina)
    page.emulate_media(media="print")
    maat = page.evaluate(A4_JS)
    assert maat["kleinste_pt"] >= 9, maat
    # Fills the sheet, unless a small routekaart already has the largest type the build chooses (14 pt).
    assert maat["hoogte"] >= 0.6 * A4_BINNEN["height"] or maat["kleinste_pt"] >= 13.99, maat
    assert len(maat["routes"]) == len(set(maat["routes"])), maat  # each route named once
    assert pdf_paginas(page) == 1


@pytest.mark.parametrize("pagina", _a4_paginas()[:2])
def test_a4_op_een_telefoon_een_kaart_per_rij(page, site_url, pagina):
    """On a phone the summary reflows: one card per row, every card as wide as the text."""
    page.set_viewport_size(TELEFOON)
    page.goto(site_url + pagina)
    kaarten = page.evaluate("""() => [...document.querySelectorAll('.rk-a4-stap')].map(k => {
      const r = k.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.right)]; })""")
    assert kaarten and len(set(map(tuple, kaarten))) == 1, kaarten
    assert kaarten[0][1] <= TELEFOON["width"] and kaarten[0][1] - kaarten[0][0] >= 0.8 * TELEFOON["width"]


@pytest.mark.parametrize("slug, route", [(s, r["id"]) for s, d in sorted(REGIOS.items())
                                         for r in d["routes"]])
def test_routepagina_drukt_af_op_hooguit_drie_a4(page, site_url, slug, route):
    page.goto(f"{site_url}routekaart/{slug}/{route}/")
    assert pdf_paginas(page) <= 3


@pytest.mark.parametrize("slug, route", [(s, r) for s, d in sorted(REGIOS.items())
                                         for r in d["routes"]], ids=lambda x: x if isinstance(x, str) else x["id"])
def test_schema_alleen_bij_drie_of_meer_stappen_en_met_tekstversie(page, site_url, slug, route):
    page.goto(f"{site_url}routekaart/{slug}/{route['id']}/")
    schema = page.locator(f".rk-diagram a[href$='{route['id']}.svg'] img")
    if len(route["stappen"]) < 3:
        assert schema.count() == 0
        return
    assert schema.count() == 1
    svg = (SITE / "routekaart" / slug / f"{route['id']}.svg").read_text("utf-8")
    assert "…" not in svg and "<title" in svg
    assert "rankdir" not in svg and 'role="img"' in svg
    woorden = page.locator("details.abstract ol > li")
    assert woorden.count() == len(route["stappen"])


def test_404_en_voettekst_zijn_nederlands(page, site_url):
    page.goto(site_url + "404.html")  # what the host serves for an unknown address
    tekst = page.inner_text("body")
    assert "Not found" not in tekst and "Made with" not in tekst
    assert "bestaat niet" in tekst
