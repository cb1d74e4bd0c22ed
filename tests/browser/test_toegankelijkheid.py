"""axe-core (self-hosted from node_modules) with the WCAG 2.1 A and AA rules on every page."""

from pathlib import Path

import pytest
from conftest import ROOT, alle_paginas, kies_regio

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe(page) -> list[dict]:
    """Run axe in the page; evaluated through the DevTools protocol, so the CSP stays as is."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(Path(AXE).read_text("utf-8") + "\n;0")
    uitslag = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG)
    return [{"id": v["id"], "help": v["help"], "waar": [n["target"] for n in v["nodes"]][:5]}
            for v in uitslag["violations"]]


@pytest.mark.parametrize("pagina", alle_paginas())
def test_pagina_heeft_geen_wcag_fouten(gedeelde_pagina, site_url, pagina):
    page = gedeelde_pagina
    page.set_viewport_size({"width": 1280, "height": 720})  # Playwright's default
    page.goto(site_url + pagina)
    assert axe(page) == []


def test_inbedpagina_met_open_routes_heeft_geen_wcag_fouten(page, site_url):
    """The embeddable page with a region: its routes (from the open data) all unfolded."""
    import json

    # ROOT was imported with this module: a later 'from conftest import' can find tests/unit's conftest.
    slug = json.loads((ROOT / "site" / "data" / "index.json").read_text("utf-8"))["regios"][0]["slug"]
    page.goto(f"{site_url}inbedden/?regio={slug}")
    page.wait_for_selector("#inbedden-routes details")
    page.evaluate("() => document.querySelectorAll('#inbedden-routes details').forEach((d) => { d.open = true; })")
    assert axe(page) == []


def test_rekenhulp_met_uitkomst_heeft_geen_wcag_fouten(rekenhulp):
    page = rekenhulp  # Python ready (shared per worker, see conftest.py)
    kies_regio(page, "sppoh")
    page.select_option("#v-gemeente", index=1)
    page.fill("#v-ongeoorloofd_uren_4_weken", "18")
    page.check("#v-luxe-ja")
    page.wait_for_selector("#uitkomst-inhoud ol.acties > li")
    assert axe(page) == []
    page.click("#uitkomst-inhoud details.waarom summary")  # the reasons and the route's steps too
    page.wait_for_selector("#uitkomst-inhoud [data-stap]")
    assert axe(page) == []


def test_rekenhulp_met_foutmeldingen_heeft_geen_wcag_fouten(rekenhulp):
    page = rekenhulp
    kies_regio(page, "noord-kennemerland")
    page.fill("#v-leeftijd", "-2")
    page.fill("#v-te_laat_schooljaar", "veel")
    page.wait_for_selector("#foutsamenvatting:not([hidden])")
    assert axe(page) == []


def test_axe_vindt_echt_fouten(page, site_url):
    """The check itself works: a field without a label is reported."""
    page.goto(site_url)
    page.evaluate("() => document.body.append(Object.assign(document.createElement('input'), {type: 'text'}))")
    assert "label" in {v["id"] for v in axe(page)}
