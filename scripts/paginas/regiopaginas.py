"""Pages of one region, and the region lists: data prepared here, Markdown in templates/.

Entry points (contract 6, called by generate.py): ``regio_bestanden`` and
``landelijke_bestanden``. Every page starts with front matter (contract 5).
"""

from __future__ import annotations

from bron import versies

from calculator.wet import duo  # noqa: E402  (weergave puts the project root on the path)
from paginas import contact, diagram
from paginas.adressen import anker, route_anker
from paginas.opsplitsen import in_delen, navigatie
from paginas.verschil import verschillen
from paginas.weergave import OMGEVING, drempel_tekst, letterlijk, meldpunt, render, voorkop

__all__ = ["Adressen", "drempel_tekst", "landelijke_bestanden", "overzicht_pagina", "regio_bestanden",
           "stap_van"]


def _namen(ids: list[str], namen: dict[str, str]) -> str:
    return ", ".join(letterlijk(namen.get(i, i)) for i in ids)


def _plicht(m: dict) -> str | None:
    """The national duty a report rests on; an old 'wet' report to DUO is the 16-hour rule."""
    if m["grondslag"] != "wet":
        return None
    return m.get("plicht") or ("verzuim-16-uur" if m["bij"] == "duo" else None)


REGIOS_MAP = "regios"  # the parts of a long region list, inside the generated folder
# The home page's list (pymdownx.snippets). Not a .md file: generate.py gives those front
# matter, which the home page would show as text.
LIJST = "regios-lijst.snippet"

OMGEVING.filters.update(namen=_namen, staptitel=diagram.stap_titel, plicht=_plicht)


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


def _context(regio: dict, oud: str | None, adres: Adressen | None = None) -> dict:
    adres = adres or Adressen()
    return {"regio": regio, "oud": oud, "adres": adres, "banner": True,
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


def _a4_rijen(regio: dict, c: dict) -> list[dict]:
    """One row per step that has a threshold or a report: the moments that ask for action."""
    rijen = []
    for r in regio["routes"]:
        for s in r["stappen"]:
            if not (s.get("drempels") or s.get("melden")):
                continue
            signaal = "; ".join(drempel_tekst(c["drempels"][x]) + (
                f" ({c['drempels'][x]['onderwijs'].upper()})" if c["drempels"][x].get("onderwijs")
                else "") for x in s.get("drempels", []))
            melden = "; ".join(
                f"{letterlijk(meldpunt(m['bij'], c['partijen']))}"
                + (f" ({letterlijk(m['termijn'])})" if m.get("termijn") else "")
                for m in s.get("melden", []))
            rijen.append({"route": r["titel"], "signaal": letterlijk(signaal) or "—",
                          "wie": _namen(s["partijen"], c["partijen"]), "wat": diagram.stap_titel(s),
                          "url": f"{r['id']}.md#{anker(s['id'])}", "melden": melden,
                          "wanneer": ""})
    return rijen


def _paginas(regio: dict) -> dict[str, str]:
    """Markdown pages of the current version of a region, keyed by path inside its folder."""
    c = _context(regio, None)
    kop = {soort: voorkop(regio, soort) for soort in ("regio", "route", "verantwoording", "a4")}
    uit = {"index.md": kop["regio"] + render("regio.md.jinja", **c,
                                              stap_van=stap_van(regio, c["adres"]))}
    uit["verantwoording.md"] = kop["verantwoording"] + render(
        "verantwoording.md.jinja", **c, lezingen=_lezingen(regio),
        drempel_lezingen=[x for x in regio["drempels"] if x.get("lezing")],
        regel_lezingen=[r["lezing"] for r in regio.get("regels", []) if r.get("lezing")])
    if regio.get("begrippen") or regio.get("bijlagen"):
        uit["bijlagen.md"] = kop["regio"] + render("bijlagen.md.jinja", **c)
    uit["a4.md"] = kop["a4"] + render("a4.md.jinja", **c, rijen=_a4_rijen(regio, c),
                                      contacten=[p for p in regio["partijen"] if p.get("links")])
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
        uit[f"{route['id']}.md"] = kop["route"] + render(
            "route.md.jinja", **c, route=route, diagram=maat, pijlen=_pijlen(regio, route, c["adres"]))
    return uit


def _archief_pagina(regio: dict, huidig: str) -> str:
    """An archived version on one page: overview, every route in words, appendices.

    One page, not a folder of pages: with 225 regions and a version or two each, separate
    pages doubled the site and most of the build time for pages rarely read. No diagram
    (the route in words says the same) and no Rekenhulp button (it applies current rules).
    """
    c = _context(regio, huidig, Adressen(een_pagina=True))
    delen = [voorkop(regio, "archief", zoeken=False),
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


def _archief_bestanden(regio: dict, huidig: str, map_: str) -> dict[str, str]:
    """The files of one archived version: one page, or, for a large region, a folder with
    its overview (first), its routes and its appendices."""
    pagina = _archief_pagina(regio, huidig)
    if len(pagina) <= ARCHIEF_BUDGET:
        return {f"{map_}.md": pagina}
    c = _context(regio, huidig, Adressen(omhoog="../"))
    kop = voorkop(regio, "archief", zoeken=False)
    uit = {f"{map_}/index.md": kop + render("regio.md.jinja", **c,
                                              stap_van=stap_van(regio, c["adres"]))}
    for route in regio["routes"]:
        uit[f"{map_}/{route['id']}.md"] = kop + render(
            "route.md.jinja", **c, route=route, diagram=None, pijlen=_pijlen(regio, route, c["adres"]))
    if regio.get("begrippen") or regio.get("bijlagen"):
        uit[f"{map_}/bijlagen.md"] = kop + render("bijlagen.md.jinja", **c)
    return uit


def _versie_map(versie: str) -> str:
    return f"versie-{versie.replace('.', '-')}"


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
            bestanden = _archief_bestanden(oud, huidig, _versie_map(versie))
            uit.update({f"{slug}/{pad}": tekst for pad, tekst in bestanden.items()})
            url = next(iter(bestanden))
        lijst.append({"versie": versie, "datum": data["publicatie"]["datum"],
                      "huidig": versie == huidig, "url": url,
                      "wijzigingen": data["publicatie"]["wijzigingen"], "vorige": vorige,
                      "verschillen": verschillen(alle[vorige], data) if vorige else []})
    uit[f"{slug}/versies.md"] = voorkop(regio, "versies") + render(
        "versies.md.jinja", regio=regio, versies=lijst)
    return uit


def _regios(regios: dict[str, dict]) -> list[dict]:
    return [{"naam": d["naam"], "slug": slug, "sector": _sector(d),
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
