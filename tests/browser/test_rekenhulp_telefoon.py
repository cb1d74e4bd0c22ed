"""The Rekenhulp on a phone (320-390 px): nothing sticks out, the short outcome is in view and
is told to screen readers once; results are shown from the engine's own words."""

from __future__ import annotations

import pytest
from conftest import kies_regio, verandering_volgen, wacht_tot_stil
from test_rekenhulp import regio_index, wacht_op_vragen

# Every visible element of the page must end inside the screen.
TE_BREED = """() => {
    const breedte = document.documentElement.clientWidth;
    const uit = [...document.querySelectorAll('.md-content *')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (r.right > breedte + 1 || r.left < -1);
    }).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`);
    if (document.documentElement.scrollWidth > breedte) uit.push(`pagina ${document.documentElement.scrollWidth}px`);
    return uit;
}"""


@pytest.fixture(params=[320, 360, 390])
def telefoon(request, rekenhulp):
    """The Rekenhulp with Python ready (shared, see conftest.py) on a phone's screen."""
    rekenhulp.set_viewport_size({"width": request.param, "height": 720})
    rekenhulp.wait_for_function("(b) => document.documentElement.clientWidth === b", arg=request.param)
    return rekenhulp


def test_geen_overloop_met_elke_regio_met_uitkomst_en_met_fouten(telefoon):
    assert telefoon.evaluate(TE_BREED) == [], "bij het laden"
    telefoon.fill("#v-regio", "a")
    assert telefoon.evaluate(TE_BREED) == [], "met de lijst met regio's open"
    for regio in regio_index():
        kies_regio(telefoon, regio["slug"])
        wacht_op_vragen(telefoon, regio)
        assert telefoon.evaluate(TE_BREED) == [], regio["slug"]
    kies_regio(telefoon, "twente")
    telefoon.check("#v-onderwijs-vo")
    telefoon.fill("#v-ongeoorloofd_uren_4_weken", "18")
    telefoon.wait_for_selector("#uitkomst-inhoud [data-bij]")
    assert telefoon.evaluate(TE_BREED) == [], "met een uitkomst"
    telefoon.fill("#v-aanwezigheid_4_weken_procent", "120")
    telefoon.fill("#v-te_laat_schooljaar", "heel vaak, bijna elke dag in de ochtend")
    telefoon.wait_for_selector("#foutsamenvatting:not([hidden])")
    assert telefoon.evaluate(TE_BREED) == [], "met fouten"


IN_BEELD_JS = """(s) => { const r = document.querySelector(s).getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; }"""


def in_beeld(page, selector: str) -> bool:
    return page.evaluate(IN_BEELD_JS, selector)


def test_korte_uitkomst_is_in_beeld_en_een_tik_van_het_hele_antwoord(telefoon):
    kies_regio(telefoon, "twente")
    telefoon.check("#v-onderwijs-vo")
    telefoon.fill("#v-ongeoorloofd_uren_4_weken", "18")
    telefoon.wait_for_selector("#uitkomst-inhoud [data-bij='duo']")
    telefoon.wait_for_selector("#uitkomst-balk:not([hidden]):has-text('actie')")
    assert in_beeld(telefoon, "#uitkomst-balk")
    assert not in_beeld(telefoon, "#uitkomst-titel")  # the full answer is far below the form
    telefoon.click("#uitkomst-balk a")
    telefoon.wait_for_function(IN_BEELD_JS, arg="#uitkomst-titel")
    assert in_beeld(telefoon, "#uitkomst-titel")


# The outcome and what is told about it; "quiet" is longer than the page's 1 s wait before
# it tells a new outcome, so an announcement that is coming has come.
UITKOMST_DELEN = ["#uitkomst-inhoud", "#uitkomst-balk", "#uitkomst-aankondiging"]
STIL_MS = 1500
# The bar shows the short line; what is told is the engine's one summary (data-gezegd).
GEZEGD_IS_BALK = """() => !document.querySelector('#uitkomst-balk').hidden &&
    document.querySelector('#uitkomst-aankondiging').textContent ===
    'Uitkomst: ' + document.querySelector('#uitkomst-balk').dataset.gezegd"""


def test_nieuwe_uitkomst_wordt_een_keer_voorgelezen(telefoon):
    kies_regio(telefoon, "twente")
    telefoon.check("#v-onderwijs-vo")
    # What was said about the empty form is said: the bar's outcome is told, and all is quiet.
    telefoon.wait_for_function(GEZEGD_IS_BALK)
    wacht_tot_stil(telefoon, UITKOMST_DELEN, STIL_MS)
    # One listener on the (shared) page: one left by an earlier test is replaced.
    telefoon.evaluate("""() => { window.__gezegd = [];
        const doel = document.querySelector('#uitkomst-aankondiging');
        window.__gezegdObs?.disconnect();
        window.__gezegdObs = new MutationObserver(() => window.__gezegd.push(doel.textContent));
        window.__gezegdObs.observe(doel, {childList: true, characterData: true, subtree: true}); }""")
    # Typed key by key, slower than the form recalculates: "1" and "17" are two outcomes.
    telefoon.type("#v-ongeoorloofd_uren_4_weken", "17", delay=250)
    telefoon.wait_for_function("() => window.__gezegd.length > 0")
    wacht_tot_stil(telefoon, UITKOMST_DELEN, STIL_MS)  # a second announcement would come now
    gezegd = telefoon.evaluate("() => window.__gezegd")
    assert len(gezegd) == 1 and "Meld in het verzuimregister van DUO" in gezegd[0], gezegd
    na = verandering_volgen(telefoon, "#uitkomst-inhoud")
    telefoon.fill("#v-leeftijd", "14")  # same outcome: nothing new to tell
    na()  # the form has recalculated
    wacht_tot_stil(telefoon, UITKOMST_DELEN, STIL_MS)
    assert telefoon.evaluate("() => window.__gezegd") == gezegd


UITKOMST = {
    "regio": "twente", "peildatum": "2026-11-23", "soorten": ["relatief", "signaal"],
    "melden": [], "stappen": [{"id": "B3", "route": "r", "route_titel": "Route", "titel": "Gesprek met ouders",
                               "partijen": [], "acties": ["<script>window.__x = 1</script>"], "termijnen": [],
                               "url": "routekaart/twente/"}],
    "uitleg": [{"regel": "omrekening:ziektedagen_aaneengesloten", "tekst": "9 schooldagen = 18 dagdelen.",
                "bron": "", "url": None},
               {"regel": "niet-gebruikt:te_laat_schooljaar", "tekst": "dubbel", "bron": "", "url": None},
               {"regel": "signaal", "tekst": "Onder de 16 uur.", "bron": "Routekaart", "url": None}],
    "samenvatting": {"soort": "Relatief verzuim (signaalverzuim)", "melden": False, "waar": [],
                     "volgende_stap": {"titel": "Gesprek met ouders", "url": "routekaart/twente/"},
                     "tekst": "Relatief verzuim (signaalverzuim). Verwijs naar JGZ. Ga verder met Gesprek met ouders."},
    "niet_gebruikt": [{"veld": "te_laat_schooljaar", "vraag": "Keren te laat in dit schooljaar",
                       "reden": "deze regio telt te laat komen niet apart"}],
    "antwoord": {
        "soort": "Relatief verzuim (signaalverzuim)", "soorten": ["relatief", "signaal"],
        "acties": [{"werkwoord": "Verwijs", "zin": "Verwijs naar JGZ.", "soort": "verwijzen", "partij": "jgz",
                    "partij_naam": "JGZ", "wat": "Verwijzing via het formulier, met toestemming van ouders.",
                    "kanaal": "formulier", "termijn": {"tekst": "Binnen 2 schooldagen", "grondslag": "regio",
                                                       "bron": "de routekaart van de regio", "url": None},
                    "grondslagen": [{"grondslag": "regio", "label": "Regio", "tekst": "afspraak in deze regio",
                                     "bron": "<b>Routekaart</b>", "url": None}],
                    "optioneel": False, "toestemming": "Alleen met toestemming van de ouders.",
                    "contact": None, "stap": None}],
        "volgende_stap": {"route": "r", "id": "B3", "naam": "Stap B3: Gesprek met ouders", "titel": "Gesprek met ouders",
                          "route_titel": "Route", "url": "routekaart/twente/"},
        "waarom": [{"tekst": "9 schooldagen = 18 dagdelen.", "bron": None, "url": None},
                   {"tekst": "dubbel", "bron": None, "url": None},
                   {"tekst": "Onder de 16 uur.", "bron": "Routekaart", "url": None}],
    },
}


def test_uitkomst_eerst_de_rest_onder_waarom_en_niets_twee_keer(telefoon):
    tekst = telefoon.evaluate("""async (u) => {
        const { uitkomstDelen } = await import(new URL('../assets/javascripts/rekenhulp-dom.js', location).href);
        const doos = document.createElement('div');
        doos.append(...uitkomstDelen(u, (p) => p).delen);
        const waarom = doos.querySelector('details.waarom');
        const buiten = [...doos.children].filter((e) => e !== waarom).map((e) => e.textContent).join(' | ');
        return { tekst: doos.textContent, buiten, scripts: doos.querySelectorAll('script, b').length,
                 soort: doos.querySelector('[data-soorten]').textContent,
                 acties: [...doos.querySelectorAll('ol.acties > li')].map((li) => li.dataset.soort),
                 waaromOpen: waarom.open, stapInWaarom: Boolean(waarom.querySelector('[data-stap]')) };
    }""", UITKOMST)
    assert tekst["soort"] == "Relatief verzuim (signaalverzuim)"  # one name, not two side by side
    assert tekst["acties"] == ["verwijzen"]
    # The outcome first: the action with its deadline line, basis tag and consent; the next step.
    for deel in ("Verwijs naar JGZ.", "Binnen 2 schooldagen", "Regio", "Alleen met toestemming van de ouders.",
                 "Stap B3: Gesprek met ouders"):
        assert deel in tekst["buiten"], deel
    assert "Via" not in tekst["buiten"]  # the channel is already in the sentence: not twice
    # Reasons, conversions, unused answers and the route's steps are one click away.
    assert not tekst["waaromOpen"] and tekst["stapInWaarom"]
    assert "9 schooldagen = 18 dagdelen." in tekst["tekst"] and "9 schooldagen" not in tekst["buiten"]
    assert "Keren te laat in dit schooljaar: niet gebruikt, omdat deze regio telt te laat komen niet apart." in tekst["tekst"]
    assert "dubbel" not in tekst["tekst"]  # the same fact once, not again under Waarom
    assert tekst["tekst"].count("9 schooldagen = 18 dagdelen.") == 1
    assert "B3" not in tekst["tekst"].replace("Stap B3", "")  # steps by name, never by id
    assert tekst["scripts"] == 0 and "<script>" in tekst["tekst"] and "<b>Routekaart</b>" in tekst["tekst"]
