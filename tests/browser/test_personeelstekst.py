"""What staff read on the built site: no ids, no computer dates, no doubled words, no editors'
working notes, and no region's deadline inside a "verplicht volgens …" label (issues 21, 23).

The pages come from the built site itself (every HTML page), not from a list of regions. The
Verantwoording pages (how the editors read a source: readings and legal history belong there),
the editors' handbook and the open-data page are not staff pages. Reads the HTML files; needs no browser.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from bron.regios import laad_alle  # conftest puts scripts/ on sys.path
from conftest import ROOT, SITE, alle_paginas

from calculator.wet.plichten import PLICHTEN

# Pages for editors and for users of the open data: file and field names are their subject.
VOOR_REDACTEUREN = ("over/redacteuren/", "over/open-data/")

WERKNOTITIES = ("stap ip-ongeoorloofd", "plicht verzuim-16-uur", "grondslag: regio",
                "het formaat kent geen drempel in jaren", "niet in dit bestand",
                "artikeltekst niet gelezen", "niet bevestigd", "peildatum van dit onderzoek",
                "*tenzij", "(po) (po)", "termijn: termijn")
ISO_DATUM = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}-\d{1,2}-\d{4}\b")
DUBBEL = re.compile(r"\b([^\W\d_]+)\s+\1\b", re.IGNORECASE)
# An id after the word that names its kind: "stap ip-ongeoorloofd", "plicht verzuim-16-uur".
# A footnote marker left in a sentence ("*tenzij"): explained where it stands, or gone.
VOETNOOTTEKEN = re.compile(r"(?<![\w*])\*[^\W\d_]+")
VELD_ID = re.compile(r"\b(?:stap|plicht|route|drempel|regel|partij|grondslag) "
                     r"[a-z0-9]+(?:-[a-z0-9]+)+\b")
BLOK = {"p", "li", "ul", "ol", "div", "section", "article", "td", "th", "tr", "table", "dd", "dt",
        "dl", "h1", "h2", "h3", "h4", "h5", "h6", "br", "summary", "details", "figcaption",
        "blockquote", "header", "footer", "nav"}


class _Regels(HTMLParser):
    """The text of a page's article as the eye reads it: one line per block, headings' "¶"
    links left out; elements with class rk-regel are lines of their own."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.regels: list[str] = [""]
        self.diepte = 0          # inside <article>
        self.overslaan = 0       # inside script, style or a permalink
        self.stapel: list[tuple[str, bool]] = []

    def _nieuw(self) -> None:
        if self.regels[-1].strip():
            self.regels.append("")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.diepte += 1
        klasse = a.get("class") or ""
        overslaan = tag in ("script", "style") or "headerlink" in klasse
        blok = tag in BLOK or "rk-regel" in klasse
        if tag not in ("br", "img", "input", "meta", "link", "hr"):
            self.stapel.append((tag, overslaan or blok))
            if overslaan:
                self.overslaan += 1
        if blok:
            self._nieuw()

    def handle_endtag(self, tag):
        while self.stapel:
            t, bijzonder = self.stapel.pop()
            if bijzonder:
                if self.overslaan and t in ("script", "style", "a"):
                    self.overslaan -= 1
                self._nieuw()
            if t == tag:
                break
        if tag == "article":
            self.diepte -= 1

    def handle_data(self, data):
        if self.diepte and not self.overslaan:
            self.regels[-1] += data


def regels(html: str) -> list[str]:
    p = _Regels()
    p.feed(html)
    return [" ".join(r.split()) for r in p.regels if r.strip()]


def _html(pagina: str) -> str:
    return (SITE / (pagina + "index.html" if pagina.endswith("/") or not pagina else pagina)).read_text("utf-8")


def _kop(html: str) -> str:
    kop = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return re.sub(r"<[^>]+>", "", kop.group(1)).strip() if kop else ""


def _personeelspagina(pagina: str) -> bool:
    return not pagina.startswith(VOOR_REDACTEUREN) and not _kop(_html(pagina)).startswith("Verantwoording")


PAGINAS = [p for p in alle_paginas() if p != "404.html" and _personeelspagina(p)]


def fouten_in(tekstregels: list[str], archief: bool = False) -> dict[str, list[str]]:
    """Everything on a staff page that staff should not read, by kind. An archived version
    keeps the words it was published with; how it is shown (dates, ids) is checked all the same."""
    tekst = "\n".join(tekstregels)
    laag = tekst.lower()
    gevonden = {
        "werknotitie": [] if archief else [w for w in WERKNOTITIES if w in laag],
        "id": sorted(set(VELD_ID.findall(laag)) | {p for p in PLICHTEN if "-" in p and p in laag}),
        "ISO-datum": sorted(set(ISO_DATUM.findall(tekst))),
        "dubbel woord": sorted({m.group(0) for r in tekstregels for m in DUBBEL.finditer(r)}),
        "voetnootteken": [] if archief else sorted(set(VOETNOOTTEKEN.findall(tekst))),
    }
    return {k: v[:5] for k, v in gevonden.items() if v}


@pytest.mark.parametrize("pagina", PAGINAS, ids=lambda p: p or "/")
def test_personeelspagina_zonder_ids_isodatums_dubbele_woorden_of_werknotities(pagina):
    html = _html(pagina)
    # An archived version, and the versions page that quotes old wording, keep their words.
    oud = 'admonition-title">Oude versie<' in html or _kop(html).startswith("Versies")
    assert fouten_in(regels(html), archief=oud) == {}


VERANTWOORDING = [p for p in alle_paginas() if p != "404.html" and not p.startswith(VOOR_REDACTEUREN)
                  and _kop(_html(p)).startswith("Verantwoording")]


@pytest.mark.parametrize("pagina", VERANTWOORDING, ids=lambda p: p)
def test_verantwoording_noemt_stappen_en_plichten_bij_naam_en_datums_in_woorden(pagina):
    """The readings live here and may quote a source's words, but ids and computer dates are
    how the page is made, not what the editors read."""
    fouten = fouten_in(regels(_html(pagina)), archief=True)
    assert {k: v for k, v in fouten.items() if k in ("id", "ISO-datum")} == {}


def test_de_personeelsscan_vindt_wat_hij_zoekt():
    html = ("<article><h2>Stap 3<a class='headerlink' href='#s'>¶</a></h2><p>Zie stap "
            "ip-ongeoorloofd en plicht verzuim-16-uur; versie van 2026-12-02 (was 23-11-2026).</p>"
            "<p>Termijn: Termijn: direct</p><dl><dt>Onderwijs</dt><dd>Onderwijs PO</dd></dl>"
            "<p>Onderwijs Onderwijs</p>"
            "<li>Leerplicht levert een bijdrage, *tenzij.</li></article>")
    fouten = fouten_in(regels(html))
    assert set(fouten) == {"werknotitie", "id", "ISO-datum", "dubbel woord", "voetnootteken"}
    assert fouten["voetnootteken"] == ["*tenzij"]
    assert fouten["ISO-datum"] == ["2026-12-02", "23-11-2026"]
    assert fouten["dubbel woord"] == ["Onderwijs Onderwijs"] and "termijn: termijn" in fouten["werknotitie"]
    assert "Stap 3 ¶" not in regels(html)


def test_de_scan_leest_alle_soorten_paginas():
    """The scan covers regions' pages, their A4 and versions, and the national pages."""
    assert any(p.endswith("/a4/") for p in PAGINAS) and any(p.endswith("/versies/") for p in PAGINAS)
    assert "" in PAGINAS and not any(p.endswith("/verantwoording/") for p in PAGINAS)


# --- A region's term never inside a law's label (issue 23, item 4) -------------------------

REGIOS = laad_alle() if (ROOT / "regions").exists() else {}


def regio_termijnen() -> set[str]:
    """Every term a region sets itself: on a report, and a step's own deadlines."""
    uit = set()
    for regio in REGIOS.values():
        for route in regio["routes"]:
            for stap in route["stappen"]:
                uit |= {m["termijn"] for m in stap.get("melden", []) if m.get("termijn")}
                uit |= {t["tekst"] for t in stap.get("termijnen", [])}
    return {" ".join(t.split()).rstrip(".") for t in uit if t.strip()}


def termijn_in_wetslabel(tekstregels: list[str], termijnen: set[str]) -> list[str]:
    """Clauses that put a region's term beside a "verplicht volgens" label: the words from the
    last ":", ";" or full stop before the label up to the label itself."""
    uit = []
    for r in tekstregels:
        for m in re.finditer(r"verplicht volgens", r, re.IGNORECASE):
            voor = r[:m.start()]
            grens = max(voor.rfind(": "), voor.rfind("; "), voor.rfind(". "))
            zin = voor[grens + 1:].lower()
            uit += [f"{t!r} in {r!r}" for t in termijnen
                    if re.search(rf"(?<!\w){re.escape(t.lower())}(?!\w)", zin)]
    return uit


@pytest.mark.parametrize("pagina", [p for p in alle_paginas() if p.startswith("routekaart/")],
                         ids=lambda p: p)
def test_geen_regiotermijn_in_een_wetslabel(pagina):
    html = _html(pagina)
    assert termijn_in_wetslabel(regels(html), regio_termijnen()) == []
    # A deadline line carries its own basis: never on the line of a law's label.
    assert [r for r in regels(html) if "verplicht volgens" in r.lower() and "termijn" in r.lower()] == []


def test_de_wetslabelcontrole_kan_falen():
    oud = ["melding wettelijk verzuim — bij DUO-verzuimregister, onmiddellijk (verplicht volgens "
           "art. 21a, eerste lid, Leerplichtwet 1969)"]
    assert termijn_in_wetslabel(oud, {"onmiddellijk"})
    nieuw = ["Meld bij DUO-verzuimregister: melding wettelijk verzuim.", "Termijn: Onmiddellijk Regio",
             "Verplicht volgens art. 21a, eerste lid, Leerplichtwet 1969 Wet"]
    assert termijn_in_wetslabel(nieuw, {"onmiddellijk"}) == []
