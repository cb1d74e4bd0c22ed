"""Markdown pages of one region: overview, one page per route, glossary and appendices."""

from __future__ import annotations

import diagram
from adressen import anker

GRONDSLAG = {"wet": "verplicht volgens de Leerplichtwet",
             "regio": "afspraak in deze regio (geen wettelijke plicht)"}
VERGELIJKING = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}
PERIODE = {"4-weken": "in 4 weken", "12-weken": "in 12 weken", "schooljaar": "per schooljaar",
           "aaneengesloten": "aaneengesloten", "geen": ""}
# National places to report; any other 'bij' is one of the region's parties.
# (The calculator names them the same way in calculator/api.py MELDPUNTEN.)
BIJ = {"duo": "DUO-verzuimregister (leerplichtambtenaar)", "swv": "samenwerkingsverband",
       "rmc": "RMC / Doorstroompunt"}


def drempel_tekst(d: dict) -> str:
    eenheid = d["eenheid"].replace("-", " ")
    return " ".join(x for x in (VERGELIJKING[d["vergelijking"]], f"{d['waarde']:g}", eenheid,
                                PERIODE[d["periode"]]) if x)


def _bron(bron: dict) -> str:
    citaat = f' — “{bron["citaat"].strip()}”' if bron.get("citaat") else ""
    return f"<small>Bron: {bron['sectie']}{citaat}</small>"


def _lezing(tekst: str | None) -> list[str]:
    if not tekst:
        return []
    return ['!!! note "Onze lezing van de bron"', "", *("    " + r for r in tekst.strip().splitlines()), ""]


def _lijst(kop: str, items: list[str] | None) -> list[str]:
    if not items:
        return []
    return [f"**{kop}**", "", *(f"- {i.strip()}" for i in items), ""]


def _links(links) -> list[str]:
    return _lijst("Links", [f"[{link['titel']}]({link['url']})" for link in links or []])


def _per_gemeente(items, gemeenten: dict) -> list[str]:
    regels = []
    for pg in items or []:
        namen = ", ".join(gemeenten[g] for g in pg["gemeenten"])
        overslaan = " *(deze stap geldt hier niet)*" if pg.get("van_toepassing") is False else ""
        regels.append(f"- **{namen}**{overslaan}: {pg['tekst'].strip()}")
    return (["**Per gemeente**", "", *regels, ""]) if regels else []


def _melding(m: dict, partijen: dict) -> str:
    termijn = f", termijn: {m['termijn']}" if m.get("termijn") else ""
    bij = BIJ.get(m["bij"]) or partijen.get(m["bij"], m["bij"])
    return f"{m['wat']} — bij **{bij}**{termijn} (*{GRONDSLAG[m['grondslag']]}*)"


def _bronregel(doc: dict) -> list[str]:
    """Where the source document is: a file in regions/<slug>/bron/ or an address with a date."""
    bron = doc.get("bron") or {}
    if bron.get("url"):
        return [f"- Geraadpleegd op {bron['geraadpleegd']}: [{bron['url']}]({bron['url']})"]
    naam = bron.get("bestand") or doc.get("bronbestand")
    return [f"- Overgenomen uit het bronbestand `{naam}`."] if naam else []


def route_pagina(regio: dict, route: dict) -> str:
    partijen = {p["id"]: p["naam"] for p in regio["partijen"]}
    gemeenten = {g["id"]: g["naam"] for g in regio["gemeenten"]}
    drempels = {d["id"]: d for d in regio["drempels"]}
    r = [f"# {route['titel']}", "",
         f"*{regio['naam']}* · routekaart versie {regio['publicatie']['versie']}", ""]
    if route.get("inleiding"):
        r += [route["inleiding"].strip(), ""]
    breedte, hoogte = diagram.maten(route)  # sized, so the page does not jump while it loads
    r += [f"![Stroomschema van de route {route['titel']}]({route['id']}.svg)"
          f'{{ width="{breedte}" height="{hoogte}" }}', "",
          "*Het stroomschema is een overzicht; de stappen hieronder zijn leidend.*", ""]
    r += _lezing(route.get("lezing"))
    for s in route["stappen"]:
        kop = f"Stap {s['id']}: {s['titel']}" if not s["id"][0].isalpha() else s["titel"]
        r += [f"## {kop} {{#{anker(s['id'])}}}", ""]
        if s.get("fase"):
            r += [f"*{s['fase']}*", ""]
        if s.get("wanneer"):
            r += [f"**Wanneer:** {s['wanneer'].strip()}", ""]
        if s.get("omschrijving"):
            r += [s["omschrijving"].strip(), ""]
        r += [f"**Wie:** {', '.join(partijen[p] for p in s['partijen'])}", ""]
        r += _lijst("Acties", s.get("acties")) + _lijst("Adviezen", s.get("adviezen"))
        r += _lijst("Termijnen", [t["tekst"] for t in s.get("termijnen", [])])
        for t in s.get("termijnen", []):
            r += _per_gemeente(t.get("per_gemeente"), gemeenten)
        r += _lijst("Melden", [_melding(m, partijen) for m in s.get("melden", [])])
        r += _lijst("Drempels", [f"{drempel_tekst(drempels[d])} — {drempels[d]['omschrijving']}"
                                 for d in s.get("drempels", [])])
        r += _per_gemeente(s.get("per_gemeente"), gemeenten)
        r += _lijst("Daarna", [f"[{v.get('label') or 'volgende stap'}: stap {v['stap']}]"
                               f"(#{anker(v['stap'])})" for v in s.get("volgende", [])])
        r += _links(s.get("links")) + _lezing(s.get("lezing")) + [_bron(s["bron"]), ""]
    r += _links(route.get("links")) + [_bron(route["bron"]), ""]
    return "\n".join(r)


def overzicht_pagina(regio: dict, actueel: bool = True) -> str:
    """The region's front page; ``actueel=False`` for an archived version (no Rekenhulp button:
    the Rekenhulp applies the current version, and the relative link only fits one folder depth)."""
    doc, pub = regio["document"], regio["publicatie"]
    gemeenten = {g["id"]: g["naam"] for g in regio["gemeenten"]}
    druk = ", ".join(x for x in (doc.get("versie") and f"versie {doc['versie']}", doc.get("datum"))
                     if x) or "geen versie of datum vermeld"
    r = [f"# {regio['naam']}", ""]
    if regio.get("voor_wie"):
        r += [regio["voor_wie"].strip(), ""]
    r += ["| | |", "|---|---|",
          f"| Samenwerkingsverband | {regio['samenwerkingsverband']} |",
          f"| Onderwijs | {' en '.join(s.upper() for s in regio['sectoren'])} |",
          f"| Gemeenten | {', '.join(gemeenten.values()) or 'niet genoemd in de bron'} |",
          f"| Brondocument | {doc['titel']} ({druk}) |",
          f"| Versie op deze site | {pub['versie']}, {pub['datum']} — [wat is er veranderd](versies.md) |",
          ""]
    if doc.get("opmerking"):
        r += [f"*{doc['opmerking'].strip()}*", ""]
    if regio.get("inleiding"):
        r += [regio["inleiding"].strip(), ""]
    r += ["## Routes", ""]
    r += [f"- [{route['titel']}]({route['id']}.md) — {len(route['stappen'])} stappen"
          for route in regio["routes"]] + [""]
    if actueel:
        # Raw HTML: Markdown links cannot carry a query; the link test checks it resolves.
        r += [f'<p><a class="md-button" href="../../rekenhulp/?regio={regio["slug"]}">'
              f"Rekenhulp voor {regio['naam']}</a></p>", ""]
    r += ["## Drempels", "", "| Drempel | Waarde | Bij stap |", "|---|---|---|"]
    stap_van = {d: (route, s) for route in regio["routes"] for s in route["stappen"]
                for d in s.get("drempels", [])}
    for d in regio["drempels"]:
        waar = stap_van.get(d["id"])
        link = f"[{waar[1]['id']}]({waar[0]['id']}.md#{anker(waar[1]['id'])})" if waar else "—"
        r.append(f"| {d['omschrijving']} | {drempel_tekst(d)} | {link} |")
    r += ["", "## Partijen", ""]
    for p in regio["partijen"]:
        r += [f"### {p['naam']} {{#partij-{p['id']}}}", "", p["rol"].strip(), ""]
        r += _lijst("Taken", p.get("taken")) + _per_gemeente(p.get("per_gemeente"), gemeenten)
        r += _links(p.get("links")) + [_bron(p["bron"]), ""]
    r += ["## Bronnen", "", f"- {doc['titel']} ({druk})"
          + (f" — [{doc['url']}]({doc['url']})" if doc.get("url") else ""),
          *_bronregel(doc), ""]
    r += _links(regio.get("links"))
    for lz in regio.get("lezingen", []):
        r += [f"### Lezing: {lz['onderwerp']}", "", *_lezing(lz["lezing"]), _bron(lz["bron"]), ""]
    if regio.get("begrippen") or regio.get("bijlagen"):
        r += ["Zie ook de [begrippen en bijlagen](bijlagen.md) van deze regio.", ""]
    return "\n".join(r)


def bijlagen_pagina(regio: dict) -> str:
    r = [f"# Begrippen en bijlagen — {regio['naam']}", ""]
    if regio.get("begrippen"):
        r += ["## Begrippen", ""]
        for b in sorted(regio["begrippen"], key=lambda b: b["term"].lower()):
            afk = f" ({b['afkorting']})" if b.get("afkorting") else ""
            r += [f"**{b['term']}**{afk}", f":   {b['uitleg'].strip()}".replace("\n", "\n    "), ""]
    for bl in regio.get("bijlagen", []):
        r += [f"## {bl['titel']} {{#bijlage-{bl['id']}}}", "", bl["inhoud"].strip(), ""]
        r += _links(bl.get("links")) + [_bron(bl["bron"]), ""]
    return "\n".join(r)
