"""Pages of one region, and the region lists: data prepared here, Markdown in templates/.

Entry points (contract 6, called by generate.py): ``regio_bestanden`` and
``landelijke_bestanden``. Every page starts with front matter (contract 5).
"""

from __future__ import annotations

import re

from bron import versies

from calculator.wet import duo
from calculator.wet.leeftijd import datum, tekst
from paginas import contact, diagram
from paginas.adressen import anker, route_anker
from paginas.opsplitsen import in_delen, navigatie
from paginas.verschil import wijzigingen
from paginas.weergave import (
    OMGEVING,
    PLICHTEN,
    drempel_tekst,
    letterlijk,
    melding_kort,
    render,
    termijn,
    voorkop,
)

__all__ = ["Adressen", "drempel_tekst", "landelijke_bestanden", "overzicht_pagina", "regio_bestanden",
           "stap_van"]


def _namen(ids: list[str], namen: dict[str, str]) -> str:
    return ", ".join(letterlijk(namen.get(i, i)) for i in ids)


REGIOS_MAP = "regios"  # the parts of a long region list, inside the generated folder
# The home page's list (pymdownx.snippets). Not a .md file: generate.py gives those front
# matter, which the home page would show as text.
LIJST = "regios-lijst.snippet"

def zonder_ids(tekst: str, regio: dict) -> str:
    """An editors' reading with ids named as staff know them: "(plicht verzuim-16-uur)" is the
    duty's article, "stap ip-ongeoorloofd" the step's title."""
    stappen = {s["id"]: s for r in regio["routes"] for s in r["stappen"]}

    def plicht(m: re.Match) -> str:
        p = PLICHTEN.get(m.group(1))
        return f"de plicht van {p.artikel}, {p.wet}" if p else m.group(0)

    def stap(m: re.Match) -> str:
        s = stappen.get(m.group(2))
        return f"{m.group(1)} “{s['titel']}”" if s and "-" in m.group(2) else m.group(0)

    tekst = re.sub(r"\bplicht ([a-z0-9]+(?:-[a-z0-9]+)+)\b", plicht, str(tekst))
    return re.sub(r"\b([Ss]tap) ([a-z0-9]+(?:-[a-z0-9]+)+)\b", stap, tekst)


OMGEVING.filters.update(namen=_namen, staptitel=diagram.stap_titel, zonder_ids=zonder_ids)


def _sector(regio: dict) -> str:
    return " en ".join(s.upper() for s in regio["sectoren"])


def _druk(doc: dict) -> str:
    delen = [f"versie {doc['versie']}" if doc.get("versie") else "", doc.get("datum") or ""]
    return ", ".join(letterlijk(x) for x in delen if x) or "zonder versie of datum"


def _stappen(regio: dict) -> dict[tuple[str, str], dict]:
    return {(r["id"], s["id"]): s for r in regio["routes"] for s in r["stappen"]}


def _pijlen(regio: dict, route: dict, adres: Adressen) -> dict[str, list[dict]]:
    """Per step: where the route goes next, named by step title (never by id)."""
    stappen, routes = _stappen(regio), {r["id"]: r for r in regio["routes"]}
    uit: dict[str, list[dict]] = {s["id"]: [] for s in route["stappen"]}
    for a, b, label, ander in diagram.pijlen(route):
        doel = stappen.get((ander or route["id"], b))
        if doel is None:
            continue
        url = adres.stap_url(ander or route["id"], b, van=route["id"])
        uit[a].append({"titel": diagram.stap_titel(doel), "url": url, "label": label,
                       "route": routes[ander]["titel"] if ander else None})
    return uit


class Adressen:
    """Where a region's routes, steps and appendices are: each on its own page (the current
    version), or as anchors on the single page of an archived version (``een_pagina``)."""

    def __init__(self, een_pagina: bool = False, omhoog: str = ""):
        self.een_pagina = een_pagina
        self.kop = "#" if een_pagina else ""  # headings one level down inside that page
        self.omhoog = omhoog  # from these pages to the region's current pages ("../" from a folder)

    def stap_anker(self, route: str, stap: str) -> str:
        return anker(stap, route if self.een_pagina else None)

    def stap_url(self, route: str, stap: str, van: str | None = None) -> str:
        """URL of a step, from the page of route ``van`` (None: from the overview)."""
        if self.een_pagina or route == van:
            return f"#{self.stap_anker(route, stap)}"
        return f"{route}.md#{anker(stap)}"

    def kop_anker(self, route: str) -> str:
        """The anchor a route's heading needs on the one page (its own page needs none)."""
        return f" {{#{route_anker(route)}}}" if self.een_pagina else ""

    def route_url(self, route: str) -> str:
        return f"#{route_anker(route)}" if self.een_pagina else f"{route}.md"

    @property
    def bijlagen_url(self) -> str:
        return "#begrippen-en-bijlagen" if self.een_pagina else "bijlagen.md"


def _context(regio: dict, oud: str | None, adres: Adressen | None = None,
             correcties: list[dict] | None = None) -> dict:
    adres = adres or Adressen()
    return {"regio": regio, "oud": oud, "adres": adres, "banner": True,
            "correcties": correcties or [],
            "sector": _sector(regio), "druk": _druk(regio["document"]),
            "partijen": {p["id"]: p["naam"] for p in regio["partijen"]},
            "gemeenten": {g["id"]: g["naam"] for g in regio["gemeenten"]},
            "drempels": {x["id"]: x for x in regio["drempels"]},
            "contacten_van": lambda ids: contact.contacten(regio, ids), "contact_zin": contact.contact_zin,
            "vindplaats": contact.vindplaats, "GEEN_CONTACT": contact.GEEN_CONTACT,
            "DUO_ZIN": duo.ZIN}


def stap_van(regio: dict, adres: Adressen) -> dict[str, dict | None]:
    """Per threshold the first step that uses it (title, and URL from the region's folder),
    or None."""
    waar: dict[str, dict | None] = {x["id"]: None for x in regio["drempels"]}
    for r in regio["routes"]:
        for s in r["stappen"]:
            for x in s.get("drempels", []):
                waar.setdefault(x, None)
                waar[x] = waar[x] or {"titel": diagram.stap_titel(s),
                                      "url": adres.stap_url(r["id"], s["id"])}
    return waar


def _lezingen(regio: dict) -> dict[str, list[tuple[str, str]]]:
    """Editors' readings per route: the route's own, then each step's under its title."""
    uit = {}
    for r in regio["routes"]:
        items = [("", r["lezing"])] if r.get("lezing") else []
        items += [(diagram.stap_titel(s), s["lezing"]) for s in r["stappen"] if s.get("lezing")]
        uit[r["id"]] = items
    return uit


def _kort(naam: str) -> str:
    """A name without its explanation in brackets, for the A4 ("DUO (Dienst Uitvoering
    Onderwijs)" is "DUO" there; the step's page has the full name)."""
    return re.sub(r"\s*\([^()]*\)$", "", naam) or naam


def _a4_kaart(route: dict, s: dict, c: dict) -> dict:
    """One step on the A4: what sets it off, who acts, where to report, by when, on what basis."""
    drempels = [c["drempels"][x] for x in s.get("drempels", [])]
    signaal = list(dict.fromkeys(  # the same threshold twice (two sources) is said once
        drempel_tekst(x) + (f" ({x['onderwijs'].upper()})" if x.get("onderwijs") else "")
        for x in drempels))
    kort = {i: _kort(n) for i, n in c["partijen"].items()}
    return {"titel": diagram.stap_titel(s), "url": f"{route['id']}.md#{anker(s['id'])}",
            "signaal": letterlijk("; ".join(signaal)), "wie": _namen(s["partijen"], kort),
            # A step's own deadline only where no report brings one (the step page has them all).
            "termijnen": [] if s.get("melden") else
            [termijn(None, t["tekst"]) for t in s.get("termijnen", [])[:1]],
            "meldingen": [melding_kort(m, kort, _kort) for m in s.get("melden", [])]}


def _a4_routes(regio: dict, c: dict) -> list[dict]:
    """Per route (named once) the steps that ask for action: a threshold or a report."""
    uit = []
    for r in regio["routes"]:
        kaarten = [_a4_kaart(r, s, c) for s in r["stappen"] if s.get("drempels") or s.get("melden")]
        for vorige, kaart in zip(kaarten, kaarten[1:], strict=False):
            if kaart["signaal"] and kaart["signaal"] == vorige["signaal"] != "zoals hierboven":
                kaart["signaal"] = "zoals hierboven"
        if kaarten:
            uit.append({"titel": r["titel"], "url": f"{r['id']}.md", "stappen": kaarten})
    return uit


# Print size of the A4 by how much it holds: the largest type (never under 9 pt) and the
# columns at which the rendered text still fits one sheet, so a short route map fills the page
# in large type. Estimated from the page's own text, so whatever the template adds counts.
A4_PUNTEN = (14, 13, 12, 11, 10, 9)
_A4_MM = (194, 275)  # the sheet inside its margins (7 and 8 mm), less a little air
_REGEL = re.compile(r"<p[ >]|<span class=\"rk-regel|^## ", re.MULTILINE)


def _a4_blokken(md: str) -> tuple[list[int], int]:
    """Text length of every printed line-block of the A4 page, and the number of cards."""
    tekst = re.sub(r"\]\([^)]*\)", "]", md)                  # links: their words only
    blokken = [len(re.sub(r"<[^>]+>|[*\[\]]", "", stuk).strip()) for stuk in _REGEL.split(tekst)]
    return [b for b in blokken if b], md.count('class="rk-a4-stap"')


def a4_maat(md: str) -> dict:
    """Columns and type size for print: {"kolommen": 2..4, "punt": 9..14}."""
    blokken, kaarten = _a4_blokken(md)
    for punt in A4_PUNTEN:
        regel_mm = punt * 0.3528 * 1.15
        for kolommen in (2, 3) if punt > A4_PUNTEN[-1] else (2, 3, 4):  # 4 narrow ones: last resort
            breedte = (_A4_MM[0] - 4 * (kolommen - 1)) / kolommen - 3  # card padding
            per_regel = int(breedte / (punt * 0.3528 * 0.45))          # characters on a line
            regels = sum(-(-b // per_regel) for b in blokken)
            # the heading spans the columns; cards add their border and spacing; columns
            # never end exactly even (a card is not split)
            hoogte = regels * regel_mm / kolommen + kaarten * 1.4 * regel_mm / kolommen + 3 * regel_mm
            if hoogte <= _A4_MM[1]:  # measured in print: 0.86 to 0.96 of this estimate
                return {"kolommen": kolommen, "punt": punt}
    return {"kolommen": 4, "punt": A4_PUNTEN[-1]}


def _paginas(regio: dict) -> dict[str, str]:
    """Markdown pages of the current version of a region, keyed by path inside its folder."""
    c = _context(regio, None)
    kop = {soort: voorkop(regio, soort) for soort in ("regio", "route", "verantwoording", "a4")}
    # A title in the front matter: a banner (concept, old version) before the heading would
    # otherwise leave MkDocs to name the page after its file ("Index").
    uit = {"index.md": voorkop(regio, "regio", titel=regio["naam"]) + render("regio.md.jinja", **c,
                                              stap_van=stap_van(regio, c["adres"]))}
    uit["verantwoording.md"] = kop["verantwoording"] + render(
        "verantwoording.md.jinja", **c, lezingen=_lezingen(regio),
        drempel_lezingen=[x for x in regio["drempels"] if x.get("lezing")],
        regel_lezingen=[r["lezing"] for r in regio.get("regels", []) if r.get("lezing")])
    if regio.get("begrippen") or regio.get("bijlagen"):
        uit["bijlagen.md"] = kop["regio"] + render("bijlagen.md.jinja", **c)
    a4 = {"routes": _a4_routes(regio, c), "contacten": [p for p in regio["partijen"] if p.get("links")]}
    proef = render("a4.md.jinja", **c, **a4, maat={"kolommen": 3, "punt": 9})
    uit["a4.md"] = kop["a4"] + render("a4.md.jinja", **c, **a4, maat=a4_maat(proef))
    met_diagram = [r for r in regio["routes"] if diagram.heeft_diagram(r)]
    tekeningen = dict(zip((r["id"] for r in met_diagram),
                          diagram.svgs([diagram.dot(r, regio) for r in met_diagram]), strict=True))
    for route in regio["routes"]:
        svg = tekeningen.get(route["id"])
        maat = None
        if svg:
            breedte, hoogte = diagram.maten(svg)
            maat = {"breedte": breedte, "hoogte": hoogte}
            uit[f"{route['id']}.svg"] = diagram.met_titel(
                svg, f"Stroomschema: {route['titel']} ({regio['naam']})")
        uit[f"{route['id']}.md"] = voorkop(regio, "route", titel=route["titel"]) + render(
            "route.md.jinja", **c, route=route, diagram=maat, pijlen=_pijlen(regio, route, c["adres"]))
    return uit


def _archief_pagina(regio: dict, huidig: str, correcties: list[dict]) -> str:
    """An archived version on one page: overview, every route in words, appendices.

    One page, not a folder of pages: with 225 regions and a version or two each, separate
    pages doubled the site and most of the build time for pages rarely read. No diagram
    (the route in words says the same) and no Rekenhulp button (it applies current rules).
    """
    c = _context(regio, huidig, Adressen(een_pagina=True), correcties)
    titel = f"{regio['naam']}, versie {regio['publicatie']['versie']}"
    delen = [voorkop(regio, "archief", zoeken=False, titel=titel),
             render("regio.md.jinja", **c, stap_van=stap_van(regio, c["adres"]))]
    c["banner"] = False  # the page says once, at the top, that this is an old version
    delen += [render("route.md.jinja", **c, route=route, diagram=None,
                     pijlen=_pijlen(regio, route, c["adres"])) for route in regio["routes"]]
    if regio.get("begrippen") or regio.get("bijlagen"):
        delen.append(render("bijlagen.md.jinja", **c))
    return "\n".join(delen)


# Markdown characters of an archived version on one page; with the theme around it the page
# stays under 80 KB of HTML. A larger version gets a page per route (see _archief_bestanden).
ARCHIEF_BUDGET = 40_000


def _archief_bestanden(regio: dict, huidig: str, map_: str,
                       correcties: list[dict] | None = None) -> dict[str, str]:
    """The files of one archived version: one page, or, for a large region, a folder with
    its overview (first), its routes and its appendices. ``correcties``: what later versions
    changed, shown at the top of every page of this version (issue 23, item 18)."""
    pagina = _archief_pagina(regio, huidig, correcties or [])
    if len(pagina) <= ARCHIEF_BUDGET:
        return {f"{map_}.md": pagina}
    c = _context(regio, huidig, Adressen(omhoog="../"), correcties)
    kop = voorkop(regio, "archief", zoeken=False)
    titel = f"{regio['naam']}, versie {regio['publicatie']['versie']}"
    uit = {f"{map_}/index.md": voorkop(regio, "archief", zoeken=False, titel=titel) + render(
        "regio.md.jinja", **c, stap_van=stap_van(regio, c["adres"]))}
    for route in regio["routes"]:
        uit[f"{map_}/{route['id']}.md"] = voorkop(
            regio, "archief", zoeken=False, titel=f"{route['titel']} ({titel})") + render(
            "route.md.jinja", **c, route=route, diagram=None, pijlen=_pijlen(regio, route, c["adres"]))
    if regio.get("begrippen") or regio.get("bijlagen"):
        uit[f"{map_}/bijlagen.md"] = kop + render("bijlagen.md.jinja", **c)
    return uit


def _versie_map(versie: str) -> str:
    return f"versie-{versie.replace('.', '-')}"


def latere_correcties(alle: dict[str, dict], versie: str) -> list[dict]:
    """What every later version wrote about its changes, oldest first: the archive page of
    ``versie`` stays as published but says, at the top, what was corrected since and where."""
    sleutel = versies.versie_sleutel(versie)
    return [{"versie": v, "datum": tekst(datum(alle[v]["publicatie"]["datum"])),
             "wijzigingen": alle[v]["publicatie"]["wijzigingen"],
             "anker": f"versie-{v.replace('.', '-')}"}
            for v in sorted(alle, key=versies.versie_sleutel) if versies.versie_sleutel(v) > sleutel]


def regio_bestanden(regio: dict, archief: dict[str, dict]) -> dict[str, str]:
    """Every file of one region under docs/routekaart/: pages, diagrams and archived versions."""
    slug, huidig = regio["slug"], regio["publicatie"]["versie"]
    alle = {**archief, huidig: regio}
    volgorde = sorted(alle, key=versies.versie_sleutel, reverse=True)
    uit = {f"{slug}/{pad}": tekst for pad, tekst in _paginas(regio).items()}
    lijst = []
    for i, versie in enumerate(volgorde):
        data, vorige = alle[versie], volgorde[i + 1] if i + 1 < len(volgorde) else None
        url = None
        if versie != huidig:
            oud = {**data, "_concept": regio.get("_concept", False)}
            bestanden = _archief_bestanden(oud, huidig, _versie_map(versie),
                                           latere_correcties(alle, versie))
            uit.update({f"{slug}/{pad}": tekst for pad, tekst in bestanden.items()})
            url = next(iter(bestanden))
        lijst.append({"versie": versie, "datum": data["publicatie"]["datum"],
                      "huidig": versie == huidig, "url": url,
                      "wijzigingen": data["publicatie"]["wijzigingen"], "vorige": vorige,
                      "verschil": wijzigingen(alle[vorige], data) if vorige else None})
    uit[f"{slug}/versies.md"] = voorkop(regio, "versies") + render(
        "versies.md.jinja", regio=regio, versies=lijst)
    return uit


def _sector_in_lijst(regio: dict) -> str:
    """The sector beside a name in a list, unless the name already says it ("… (po)")."""
    if all(re.search(rf"\b{s}\b", regio["naam"], re.IGNORECASE) for s in regio["sectoren"]):
        return ""
    return _sector(regio)


def _regios(regios: dict[str, dict]) -> list[dict]:
    return [{"naam": d["naam"], "slug": slug, "sector": _sector_in_lijst(d),
             "gemeenten": sorted(g["naam"] for g in d["gemeenten"])}
            for slug, d in sorted(regios.items(), key=lambda kv: kv[1]["naam"].lower())]


def _lijstregel(r: dict) -> int:
    """About the Markdown (and HTML) length of one region in a list."""
    return 80 + len(r["naam"]) + 2 * len(r["slug"]) + sum(len(g) + 2 for g in r["gemeenten"])


def _deel_url(nummer: int) -> str:
    return f"deel-{nummer}.md"


def landelijke_bestanden(regios: dict[str, dict]) -> dict[str, str]:
    """The region index, the home page's region list (included by docs/index.md) and, once
    the list is too long for one page, the alphabetical parts it links to instead.

    The route diagrams are laid out before (generate.py: one Node process for every region
    it renders), so unchanged regions cost nothing here."""
    delen = in_delen(_regios(regios), naam=lambda r: r["naam"], maat=_lijstregel)
    uit = {"index.md": render("regios.md.jinja", delen=delen, basis="", wortel="../"),
           LIJST: render("regios-lijst.md.jinja", delen=delen, basis="routekaart/", wortel="")}
    if len(delen) > 1:
        for deel in delen:
            uit[f"{REGIOS_MAP}/{_deel_url(deel.nummer)}"] = render(
                "regios-deel.md.jinja", deel=deel,
                navigatie=navigatie(delen, deel.nummer, _deel_url, letterlijk))
    return uit


def overzicht_pagina(regio: dict) -> str:
    """The region's front page alone (kept for callers from before the templates)."""
    return _paginas(regio)["index.md"]
