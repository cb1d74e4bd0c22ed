"""Answers in the Rekenhulp are never stored, never put in the URL or history, never sent."""

import re

from conftest import kies_regio, wacht_op_rekenhulp

ANTWOORDEN = {"v-leeftijd": "13", "v-ongeoorloofd_uren_4_weken": "17", "v-te_laat_schooljaar": "7"}


def opslag(page) -> dict:
    return page.evaluate("""async () => {
        const inhoud = (s) => Object.fromEntries(Object.keys(s).map(k => [k, s.getItem(k)]));
        return {
            cookie: document.cookie,
            localStorage: inhoud(localStorage),
            sessionStorage: inhoud(sessionStorage),
            indexedDB: (await indexedDB.databases()).map(d => d.name),
            caches: await caches.keys(),
            url: location.href,
            history: history.length,
        };
    }""")


def test_antwoorden_worden_nergens_bewaard(page, waarnemer, site_url):
    page.goto(site_url + "rekenhulp/")
    wacht_op_rekenhulp(page)
    # Loading ends with the snapshot for a quicker next visit, fetched once Python is ready.
    page.evaluate("() => window.rekenhulp.momentopname")
    na_laden = len(waarnemer.verzoeken)
    geschiedenis = page.evaluate("() => history.length")
    kies_regio(page, "twente")
    page.check("#v-onderwijs-vo")
    for veld, waarde in ANTWOORDEN.items():
        page.fill(f"#{veld}", waarde)
    page.wait_for_selector("#uitkomst-inhoud [data-bij='duo']")

    s = opslag(page)
    assert s["cookie"] == "" and page.context.cookies() == []
    assert s["localStorage"] == {} and s["sessionStorage"] == {}
    assert s["indexedDB"] == [] and s["caches"] == []
    assert s["url"] == site_url + "rekenhulp/"
    assert s["history"] == geschiedenis  # answering adds no history entries
    # Answering asks nothing of any server, not even our own: the only request after loading is
    # the chosen region's rules, whose address names the region and nothing else.
    # (content-addressed: v/<slug>-<hash>.json, the hash of the published rules)
    regels = re.compile(re.escape(site_url) + r"assets/regels/v/twente-[0-9a-f]{16}\.json")
    assert [u for u in waarnemer.verzoeken[na_laden:] if not regels.fullmatch(u)] == []
    assert waarnemer.andere_origins() == []


def test_antwoorden_komen_niet_terug_na_herladen(page, waarnemer, site_url):
    page.goto(site_url + "rekenhulp/")
    wacht_op_rekenhulp(page)
    kies_regio(page, "twente")
    page.fill("#v-ongeoorloofd_uren_4_weken", "17")
    page.reload()
    wacht_op_rekenhulp(page)
    assert page.input_value("#v-ongeoorloofd_uren_4_weken") == ""
    assert page.input_value("#v-regio") == ""
