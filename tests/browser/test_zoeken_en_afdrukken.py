"""Dutch search finds a region's step by its words; a route page prints cleanly on A4."""

import pytest


def zoek(page, site_url, woord: str) -> list[str]:
    page.goto(site_url)
    page.click("input.md-search__input")
    # Typing before the index is built is lost: wait until the theme says it is ready.
    page.wait_for_function("() => !/initialiseren/i.test("
                           "document.querySelector('.md-search-result__meta').textContent)")
    # The theme searches on every keyup; typing letter by letter let the test read the
    # results of a half-typed word ("thui"). Fill the whole word, then release one key.
    page.fill("input.md-search__input", woord)
    page.keyboard.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    return page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")


@pytest.mark.parametrize("woord, regio", [
    ("jeugdarts", None),
    ("ingroeiplan", "swv-po-3006"),
    ("Adviestafel", "sppoh"),
    ("thuiswerkplan", "swv-vo-2001"),
])
def test_zoeken_vindt_een_stap_van_een_regio(page, waarnemer, site_url, woord, regio):
    treffers = zoek(page, site_url, woord)
    op_routekaart = [t for t in treffers if "/routekaart/" in t]
    assert op_routekaart, treffers
    if regio:
        assert any(f"/routekaart/{regio}/" in t and "#stap-" in t for t in op_routekaart), treffers
    assert waarnemer.andere_origins() == []


def test_zoeken_met_nederlandse_stam(page, site_url):
    """'meldingen' finds pages that say 'melden' or 'melding' (Dutch stemmer, lang: nl)."""
    assert zoek(page, site_url, "meldingen")


def test_routepagina_drukt_af_zonder_navigatie_en_met_adressen(page, site_url):
    # A route page with links to other sites in its steps (SPPOH names many).
    page.goto(site_url + "routekaart/sppoh/")
    route = page.eval_on_selector(".md-content h2#routes + ul a[href*='met-schoolinschrijving']", "a => a.href")
    page.goto(route)
    page.emulate_media(media="print")
    assert not page.is_visible(".md-sidebar--primary")
    assert not page.is_visible(".md-header")
    externe = page.locator(".md-content a[href^='http']")
    assert externe.count() > 0, "geen externe link om het adres van te tonen"
    na = externe.first.evaluate("a => getComputedStyle(a, '::after').content")
    assert "http" in na
    breuk = page.eval_on_selector(".md-typeset h2", "h => getComputedStyle(h).breakAfter")
    assert breuk in ("avoid", "avoid-page")
