"""The Rekenhulp's answer screen (issue 21): reachable at 360 and 1280 px without a scroll box of
its own, a compact line on phones (at most 15 % of the screen), the skip link to the region
chooser within three Tab presses, an error summary that names each question and is not covered,
and no progress bar once the Rekenhulp is ready. The region comes from the built index."""

from __future__ import annotations

import pytest
from conftest import kies_regio, wacht_op_rekenhulp
from test_rekenhulp import regio_index

# Any box around or inside the answer that scrolls on its own (the defect: 3,469 px in 694 px).
SCROLLBOXEN = """() => {
    const uitkomst = document.querySelector('#rekenhulp-uitkomst');
    const dozen = [uitkomst, ...uitkomst.querySelectorAll('*')];
    for (let e = uitkomst.parentElement; e && e !== document.body; e = e.parentElement) dozen.push(e);
    return dozen.filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowY)
                               && e.scrollHeight > e.clientHeight + 1)
                .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`);
}"""


def _regio() -> tuple[str, str]:
    regio = regio_index()[0]
    return regio["slug"], regio["sectoren"][0]


def _vul_twintig_uur_in(page) -> None:
    slug, sector = _regio()
    kies_regio(page, slug)
    if page.is_visible("[data-veld=onderwijs]"):
        page.check(f"#v-onderwijs-{sector}")
    page.fill("#v-leeftijd", "10" if sector == "po" else "14")
    page.fill("#v-ongeoorloofd_uren_4_weken", "20")
    # The law's report is an action in every region: verb, deadline line and basis tag.
    page.wait_for_selector("#uitkomst-inhoud ol.acties > li[data-bij='duo'] .rk-tag--wet")


@pytest.fixture(params=[360, 1280])
def scherm(request, page, waarnemer, site_url):
    page.set_viewport_size({"width": request.param, "height": 720})
    page.goto(site_url + "rekenhulp/")
    wacht_op_rekenhulp(page)
    return page


def test_antwoord_bereikbaar_zonder_eigen_scrollbox_en_korte_regel_klein(scherm):
    _vul_twintig_uur_in(scherm)
    assert scherm.evaluate(SCROLLBOXEN) == []
    breed = scherm.viewport_size["width"] >= 1000
    if breed:
        # Side by side: the answer's column starts right of the form's column.
        naast = scherm.evaluate("""() => document.querySelector('#rekenhulp-uitkomst').getBoundingClientRect().left
            >= document.querySelector('#rekenhulp-form').getBoundingClientRect().right""")
        assert naast
    # Where the answer is out of view, the compact line is there, small, with a jump to it.
    scherm.focus("#v-ongeoorloofd_uren_4_weken")
    balk = scherm.evaluate("""() => { const b = document.querySelector('#uitkomst-balk');
        const r = b.getBoundingClientRect();
        return { zichtbaar: r.height > 0, hoogte: r.height, scherm: innerHeight }; }""")
    titel_in_beeld = scherm.evaluate("""() => { const r = document.querySelector('#uitkomst-titel').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight; }""")
    if not breed:
        assert balk["zichtbaar"] and not titel_in_beeld
    if balk["zichtbaar"]:
        assert balk["hoogte"] <= 0.15 * balk["scherm"], balk
        scherm.click("#uitkomst-balk a")
    scherm.wait_for_function("""() => { const r = document.querySelector('#uitkomst-titel').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight; }""")
    # The outcome itself (kind, first action) is on screen with the heading, not 4,900 px below.
    assert scherm.evaluate("""() => { const r = document.querySelector('#uitkomst-inhoud .soort').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight; }""")
    # Progress is gone once the Rekenhulp is ready.
    assert scherm.get_attribute("#rekenhulp-status", "data-staat") == "klaar"
    assert not scherm.is_visible("#rekenhulp-voortgang")
    # Everything else is behind one closed disclosure, and opened it still scrolls with the page.
    waarom = scherm.locator("#uitkomst-inhoud details.waarom")
    assert waarom.get_attribute("open") is None
    assert scherm.locator("#uitkomst-inhoud details.waarom summary").inner_text() == "Waarom dit antwoord?"
    scherm.click("#uitkomst-inhoud details.waarom summary")
    assert "Bron:" in waarom.inner_text()
    assert scherm.evaluate(SCROLLBOXEN) == []


def test_skiplink_bereikt_de_regiokeuze_binnen_drie_tabs(page, waarnemer, site_url):
    page.goto(site_url + "rekenhulp/")
    page.wait_for_selector("#v-regio[data-klaar]", state="attached")
    tabs = 0
    for _ in range(3):
        page.keyboard.press("Tab")
        tabs += 1
        if page.evaluate("() => document.activeElement.id") == "v-regio":
            break
        if page.evaluate("() => document.activeElement.classList.contains('md-skip')"):
            page.keyboard.press("Enter")
            if page.evaluate("() => document.activeElement.id") == "v-regio":
                break
    assert page.evaluate("() => document.activeElement.id") == "v-regio", tabs
    assert tabs <= 3


def test_foutsamenvatting_noemt_de_vraag_linkt_naar_het_veld_en_is_niet_bedekt(page, waarnemer, site_url):
    page.set_viewport_size({"width": 360, "height": 720})
    page.goto(site_url + "rekenhulp/")
    wacht_op_rekenhulp(page)
    scherm = page
    slug, sector = _regio()
    kies_regio(scherm, slug)
    if scherm.is_visible("[data-veld=onderwijs]"):
        scherm.check(f"#v-onderwijs-{sector}")
    scherm.fill("#v-leeftijd", "-3")
    scherm.wait_for_selector("#foutsamenvatting:not([hidden]) li a")
    label = scherm.locator("label[for=v-leeftijd]").inner_text().strip()
    link = scherm.locator("#foutsamenvatting li a").first
    assert link.inner_text().startswith(f"{label}: "), link.inner_text()
    assert link.get_attribute("href") == "#v-leeftijd"
    # Scroll down and back up as a reader does; then nothing may sit on top of the summary.
    scherm.mouse.wheel(0, 1500)
    scherm.locator("#foutsamenvatting").scroll_into_view_if_needed()
    scherm.mouse.wheel(0, -50)
    bedekt = scherm.evaluate("""() => { const s = document.querySelector('#foutsamenvatting');
        const r = s.getBoundingClientRect();
        const punten = [[r.left + r.width / 2, Math.max(r.top + 10, 1)], [r.left + 10, r.top + r.height / 2]];
        return punten.filter(([x, y]) => y < innerHeight && !s.contains(document.elementFromPoint(x, y)))
                     .map(([x, y]) => document.elementFromPoint(x, y)?.className || '?'); }""")
    assert bedekt == []
    link.click()
    assert scherm.evaluate("() => document.activeElement.id") == "v-leeftijd"


def test_elke_actie_zegt_wie_je_bereikt_en_de_duo_melding_hoe(page, waarnemer, site_url):
    """Issue 22: every action names whom to reach (the region's contact, how a school reports
    to DUO, or to ask the verzuimcoördinator); the DUO report links the national page."""
    page.goto(site_url + "rekenhulp/")
    wacht_op_rekenhulp(page)
    _vul_twintig_uur_in(page)
    acties = page.locator("#uitkomst-inhoud ol.acties > li")
    assert acties.count() >= 1
    for i in range(acties.count()):
        contact = acties.nth(i).locator(".actie-contact")
        assert contact.count() == 1 and "." in contact.inner_text(), acties.nth(i).inner_text()
    duo = page.locator("#uitkomst-inhoud ol.acties > li[data-bij='duo'] .actie-contact a")
    assert "melden-bij-duo" in duo.get_attribute("href")
