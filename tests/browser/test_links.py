"""Every internal link, script, stylesheet and image of the built site resolves, anchors too."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

from conftest import SITE

BASIS = "http://site.invalid/"


class Verwijzingen(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        for attr in ("href", "src"):
            if a.get(attr) and tag in ("a", "link", "script", "img", "source"):
                self.links.append(a[attr])


def lees(pad) -> Verwijzingen:
    p = Verwijzingen()
    p.feed(pad.read_text("utf-8"))
    return p


def bestand_voor(site, url: str):
    pad = unquote(urlsplit(url).path).lstrip("/")
    for k in ([pad, pad + "index.html"] if pad.endswith("/") or pad == "" else [pad, pad + "/index.html"]):
        if (site / k).is_file():
            return k
    return None


def kapotte_links(site) -> list[str]:
    paginas = {p.relative_to(site).as_posix(): lees(p) for p in site.rglob("*.html")}
    kapot = []
    for pad, pagina in sorted(paginas.items()):
        for link in pagina.links:
            doel = urljoin(urljoin(BASIS, pad), link)
            if not doel.startswith(BASIS):
                continue  # another site, mailto:, data:
            bestand = bestand_voor(site, doel[len(BASIS):])
            if bestand is None:
                kapot.append(f"{pad}: {link} (bestaat niet)")
                continue
            anker = unquote(urlsplit(doel).fragment)
            if anker and bestand in paginas and anker not in paginas[bestand].ids:
                kapot.append(f"{pad}: {link} (anker #{anker} bestaat niet)")
    return kapot


def test_alle_interne_links_werken():
    assert len(list(SITE.rglob("*.html"))) > 10
    assert kapotte_links(SITE) == []


def test_de_linkcontrole_vindt_een_kapotte_link(tmp_path):
    (tmp_path / "index.html").write_text('<a href="bestaat-niet/">x</a><a href="#nergens">y</a>'
                                         '<a href="a.html#er">z</a><a href="a.html#weg">w</a>')
    (tmp_path / "a.html").write_text('<h2 id="er">a</h2><a href="index.html">i</a>')
    assert kapotte_links(tmp_path) == [
        "index.html: bestaat-niet/ (bestaat niet)",
        "index.html: #nergens (anker #nergens bestaat niet)",
        "index.html: a.html#weg (anker #weg bestaat niet)",
    ]
