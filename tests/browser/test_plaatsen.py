"""Places (issue 22): every gemeente and alias of every region is offered by the Rekenhulp's
chooser ("Enschede → Twente") and finds its region among the first three search results; a
place no region covers gets the plain answer in both, never a list of unrelated pages; after a
search the focus is on the results heading, and no "¶" is in the results; the 404 page's links
work from any depth on a host that serves 404.html for an unknown path.

Everything is derived from the built site's region list (assets/regels/index.json), so a new
region's gemeenten are checked without a new test.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
import urllib.request

import pytest
from conftest import SITE


def index() -> dict:
    pad = SITE / "assets" / "regels" / "index.json"
    return json.loads(pad.read_text("utf-8")) if pad.exists() else {"regios": []}


def plaatsen() -> list[tuple[str, dict]]:
    """(name typed, region) for every gemeente and alias of every region."""
    return [(naam, r) for r in index()["regios"] for g in r["gemeenten"]
            for naam in (g["naam"], *g.get("aliassen", []))]


def gewoon(t: str) -> str:
    import unicodedata
    t = "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in t).split())


# Real gemeenten; the test uses the first three that no region of the site lists (by name or
# alias), so it keeps working when a region covering one of them is added.
KANDIDATEN = ["Alkmaar", "Amsterdam", "Maastricht", "Zwolle", "Vlieland", "Súdwest-Fryslân",
              "Eemsdelta", "Terschelling", "Ameland", "Schiermonnikoog"]


def niet_gedekt() -> list[str]:
    bekend = {gewoon(n) for n, _ in plaatsen()} | {gewoon(r["naam"]) for r in index()["regios"]}
    return [k for k in KANDIDATEN if gewoon(k) not in bekend][:3]


def test_er_zijn_plaatsen_om_te_toetsen():
    assert plaatsen(), "geen gemeenten in assets/regels/index.json: is de site gebouwd?"
    assert len(niet_gedekt()) == 3


@pytest.fixture
def kiezer(page, site_url):
    page.goto(site_url + "rekenhulp/")
    page.wait_for_selector("#v-regio[data-klaar=ja]")
    return page


@pytest.mark.parametrize("regio", index()["regios"], ids=lambda r: r["slug"])
def test_keuzelijst_biedt_elke_gemeente_met_haar_regio(kiezer, regio):
    namen = [n for n, r in plaatsen() if r["slug"] == regio["slug"]]
    for naam in namen:
        # As a visitor types: lower case, hyphens as spaces, no accents.
        kiezer.fill("#v-regio", gewoon(naam))
        optie = kiezer.locator(f"#v-regio-lijst-{regio['slug']}")
        optie.wait_for()
        assert optie.inner_text().endswith(f"→ {regio['naam']}"), (naam, optie.inner_text())
        assert naam in optie.inner_text(), naam
        assert kiezer.is_hidden("#v-regio-lijst-geen")


def test_kiezen_op_een_oude_naam_kiest_de_regio(kiezer):
    naam, regio = next(((n, r) for r in index()["regios"] for g in r["gemeenten"]
                        for n in g.get("aliassen", [])), (None, None))
    if naam is None:
        pytest.skip("geen regio met een alias")
    kiezer.fill("#v-regio", naam)
    kiezer.locator(f"#v-regio-lijst-{regio['slug']}").click()
    assert kiezer.input_value("#v-regio-slug") == regio["slug"]


@pytest.mark.parametrize("plaats", niet_gedekt())
def test_keuzelijst_geeft_het_gewone_antwoord_voor_een_gemeente_zonder_regio(kiezer, plaats):
    kiezer.fill("#v-regio", plaats)
    kiezer.wait_for_selector("#v-regio-lijst-geen", state="visible")
    assert kiezer.locator("#v-regio-lijst [role=option]").count() == 0
    tekst = kiezer.inner_text("#v-regio-lijst-geen")
    assert f"Voor {plaats} staat (nog) geen routekaart op deze site" in tekst
    assert "16-urenmelding" in tekst and "Absoluut verzuim" in tekst and "Luxe verzuim" in tekst
    assert "verzuimregister van DUO" in tekst and "leerplicht" in tekst
    for href in kiezer.eval_on_selector_all("#v-regio-lijst-geen a", "as => as.map(a => a.href)"):
        assert urllib.request.urlopen(href.split("#")[0]).status == 200, href


def zoek(page, site_url, vraag: str) -> list[str]:
    page.goto(site_url + "zoeken/?q=" + urllib.request.quote(vraag))
    page.wait_for_function("() => /resulta/.test(document.getElementById('zoeken-status').textContent)",
                           timeout=15000)
    return page.eval_on_selector_all("#zoeken-resultaten > li > a", "as => as.map(a => a.href)")


@pytest.mark.parametrize("naam, regio", plaatsen(), ids=[n for n, _ in plaatsen()])
def test_zoeken_op_een_gemeente_geeft_haar_regio_bovenaan(page, site_url, naam, regio):
    eerste = [h.split("#")[0] for h in zoek(page, site_url, naam)[:3]]
    assert site_url + regio["url"] in eerste, (naam, eerste)
    assert page.inner_text("#zoeken-antwoord") == ""


@pytest.mark.parametrize("plaats", niet_gedekt())
def test_zoeken_op_een_gemeente_zonder_regio_geeft_het_gewone_antwoord(page, site_url, plaats):
    treffers = zoek(page, site_url, plaats)
    # At most a handful, and none that only matched a shorter word ("als" for "Alkmaar").
    assert len(treffers) <= 5, treffers
    teksten = page.eval_on_selector_all("#zoeken-resultaten > li", "ls => ls.map(l => l.innerText)")
    assert all(gewoon(plaats) in gewoon(t) for t in teksten), teksten
    antwoord = page.inner_text("#zoeken-antwoord")
    assert f"Voor {plaats} staat (nog) geen routekaart op deze site" in antwoord
    assert "16-urenmelding" in antwoord and "verzuimregister van DUO" in antwoord


def test_na_zoeken_staat_de_focus_op_de_resultaten(page, site_url):
    page.goto(site_url + "zoeken/")
    page.fill("#zoeken-q", "melden")
    page.press("#zoeken-q", "Enter")
    page.wait_for_function("() => document.activeElement.id === 'zoeken-kop'")
    assert page.is_visible("#zoeken-kop")
    page.keyboard.press("Tab")  # the next stop is the first result, not the header
    assert page.evaluate("document.activeElement.closest('#zoeken-resultaten') !== null")


def test_geen_alinea_teken_in_zoekresultaten_en_kopjeslinks_niet_in_de_tabvolgorde(page, site_url):
    zoek(page, site_url, "melden")
    tekst = page.inner_text("#zoeken-resultaten")
    assert tekst and "¶" not in tekst
    regio = index()["regios"][0]
    page.goto(site_url + regio["url"])
    links = page.eval_on_selector_all(".headerlink", "as => as.map(a => a.tabIndex)")
    assert links and set(links) == {-1}


class StatischeHost(http.server.SimpleHTTPRequestHandler):
    """Like a static host (GitHub Pages, Netlify): 404.html for any unknown path."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (SITE / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def statische_host():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(StatischeHost, directory=str(SITE)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_404_links_werken_vanaf_een_diep_pad(page, statische_host):
    antwoord = page.goto(statische_host + "routekaart/bestaat/niet/diep/")
    assert antwoord.status == 404
    links = page.eval_on_selector_all("article a, .md-content a",
                                      "as => as.filter(a => !a.classList.contains('headerlink')).map(a => a.href)")
    assert len(links) >= 3
    for href in links:
        assert href.startswith(statische_host), href  # not "//" (another host)
        assert urllib.request.urlopen(href).status == 200, href
