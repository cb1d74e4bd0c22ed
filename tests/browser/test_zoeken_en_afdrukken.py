"""Search (Pagefind on /zoeken/) finds a region's step by its words, a region by a gemeente,
synonyms of glossary terms, and filters by region; a route page prints cleanly on A4."""

import pytest


def resultaten(page) -> list[str]:
    page.wait_for_function("() => /resulta/.test("
                           "document.getElementById('zoeken-status').textContent)", timeout=15000)
    return page.eval_on_selector_all("#zoeken-resultaten a", "els => els.map(e => e.href)")


def zoek(page, site_url, woord: str) -> list[str]:
    """Search from the header form of the home page, as a visitor does."""
    page.goto(site_url)
    page.fill("#rk-zoek-kop", woord)
    page.press("#rk-zoek-kop", "Enter")
    page.wait_for_url("**/zoeken/?q=*")
    return resultaten(page)


def test_niets_geladen_tot_er_gezocht_wordt(page, waarnemer, site_url):
    page.goto(site_url)
    page.goto(site_url + "zoeken/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in waarnemer.verzoeken if "/pagefind/" in u]
    assert page.evaluate("document.activeElement.id") == "zoeken-q"


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
    assert page.evaluate("window.__csp") == []
    assert waarnemer.pagina_fouten == []


def test_zoeken_met_nederlandse_stam(page, site_url):
    """'meldingen' finds pages that say 'melden' or 'melding' (Dutch stemmer, lang="nl")."""
    assert zoek(page, site_url, "meldingen")


def test_gemeente_vindt_haar_regio(page, site_url):
    """A gemeente finds its region's main page (its gemeenten are indexed there)."""
    treffers = zoek(page, site_url, "Meierijstad")
    assert any(t.split("#")[0].endswith("/routekaart/swv-po-3006/") for t in treffers), treffers


def kies_regio(page, begin: str) -> None:
    page.focus("#zoeken-regio")
    page.wait_for_function("() => document.querySelectorAll('#zoeken-regio option').length > 2")
    waarde = page.eval_on_selector_all("#zoeken-regio option", "(os, b) => os.map(o => o.value)"
                                       ".find(v => v.startsWith(b))", begin)
    page.select_option("#zoeken-regio", value=waarde)
    page.wait_for_function("(b) => [...document.querySelectorAll('.zoeken-regio')]"
                           ".every(s => s.textContent.startsWith(b))"
                           " && /resulta/.test(document.getElementById('zoeken-status').textContent)",
                           arg=begin)


def test_synoniem_vindt_het_begrip(page, site_url):
    """Twente's pages say JGZ, never 'jeugdarts'; the glossary ('JGZ / jeugdarts') connects them."""
    zoek(page, site_url, "jeugdarts")
    kies_regio(page, "Twente")
    treffers = resultaten(page)
    assert treffers and all("/routekaart/twente/" in t for t in treffers), treffers


def test_filter_op_regio(page, site_url):
    alle = zoek(page, site_url, "melden")
    kies_regio(page, "SPPOH")
    treffers = resultaten(page)
    assert treffers and all("/routekaart/sppoh/" in t for t in treffers), treffers
    assert any("/routekaart/sppoh/" not in t for t in alle)  # the filter did filter


def test_oude_versies_niet_in_de_resultaten(page, site_url):
    treffers = zoek(page, site_url, "versie")
    assert treffers and not any("/versie-" in t.split("#")[0] for t in treffers), treffers


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
