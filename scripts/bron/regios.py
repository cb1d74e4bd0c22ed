"""Load and check the regions' YAML sources: schema, then cross-references.

Every problem becomes a RegioFout naming the file, the place (path and line) and what is
expected, in Dutch, so an editor can fix it without reading code.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bron import cache, gemeenten, lezen, tekstcontrole, versies
from bron.fouten import RegioFout, RegioFouten, pad_tekst
from bron.lezen import lees_yaml, regels_per_pad
from bron.paden import BESTAND, REGIONS, ROOT
from bron.schema import schemafouten

# Names beside the regions in docs/routekaart/ that national pages use (paginas/landelijk.py):
# a region with such a slug would overwrite one of them.
GERESERVEERD = frozenset({"vergelijking", "wettelijk-kader", "regios", "begrippen"})


def _volgende(v: dict, eigen_route: str, routes: dict[str, list[str]],
              pad: tuple) -> list[tuple[tuple, str]]:
    """A next step: in the same route, or with ``route:`` in another one (A3 -> B3)."""
    route = v.get("route", eigen_route)
    if route not in routes:
        return [(pad + ("route",), f"route {route!r} bestaat niet. Bestaand: "
                 f"{', '.join(sorted(routes))}.")]
    if v["stap"] in routes[route]:
        return []
    elders = sorted(r for r, ids in routes.items() if v["stap"] in ids and r != route)
    hint = (f" De stap staat in route {elders[0]!r}: schrijf {{stap: {v['stap']!r}, "
            f"route: {elders[0]}}}." if elders else "")
    return [(pad + ("stap",), f"stap {v['stap']!r} bestaat niet in route {route!r}. Bestaand: "
             f"{', '.join(sorted(routes[route]))}.{hint}")]


def _kruisverwijzingen(d: dict) -> list[tuple[tuple, str]]:
    """Ids that must exist elsewhere in the same file."""
    fouten = []
    partijen = {p["id"] for p in d["partijen"]}
    gemeenten = {g["id"] for g in d["gemeenten"]}
    drempels = {x["id"] for x in d["drempels"]}
    stappen = {(r["id"], s["id"]) for r in d["routes"] for s in r["stappen"]}
    routes = {r["id"]: [s["id"] for s in r["stappen"]] for r in d["routes"]}

    def uniek(lijst, pad):
        gezien = set()
        for i, item in enumerate(lijst):
            if item["id"] in gezien:
                fouten.append((pad + (i, "id"), f"id {item['id']!r} komt twee keer voor."))
            gezien.add(item["id"])

    for naam in ("partijen", "routes", "drempels", "regels", "gemeenten"):
        uniek(d.get(naam, []), (naam,))

    def per_gemeente(lijst, pad):
        for i, pg in enumerate(lijst or []):
            for j, g in enumerate(pg["gemeenten"]):
                if g not in gemeenten:
                    fouten.append((pad + (i, "gemeenten", j), f"onbekende gemeente {g!r}. "
                                   f"Bekend: {', '.join(sorted(gemeenten))}."))

    for i, p in enumerate(d["partijen"]):
        per_gemeente(p.get("per_gemeente"), ("partijen", i, "per_gemeente"))
    for i, r in enumerate(d["routes"]):
        uniek(r["stappen"], ("routes", i, "stappen"))
        for j, s in enumerate(r["stappen"]):
            pad = ("routes", i, "stappen", j)
            for k, p in enumerate(s["partijen"]):
                if p not in partijen:
                    fouten.append((pad + ("partijen", k), f"onbekende partij {p!r}. Bekend: "
                                   f"{', '.join(sorted(partijen))}."))
            for k, x in enumerate(s.get("drempels", [])):
                if x not in drempels:
                    fouten.append((pad + ("drempels", k), f"onbekende drempel {x!r}."))
            for k, v in enumerate(s.get("volgende", [])):
                fouten.extend(_volgende(v, r["id"], routes, pad + ("volgende", k)))
            per_gemeente(s.get("per_gemeente"), pad + ("per_gemeente",))
            for k, m in enumerate(s.get("melden", [])):
                per_gemeente(m.get("per_gemeente"), pad + ("melden", k, "per_gemeente"))
            for k, t in enumerate(s.get("termijnen", [])):
                per_gemeente(t.get("per_gemeente"), pad + ("termijnen", k, "per_gemeente"))
    for i, x in enumerate(d["drempels"]):
        per_gemeente(x.get("per_gemeente"), ("drempels", i, "per_gemeente"))

    def voorwaarde(v, pad):
        (soort, arg), = v.items()
        if soort == "drempel" and arg not in drempels:
            fouten.append((pad + ("drempel",), f"onbekende drempel {arg!r}. Bekend: "
                           f"{', '.join(sorted(drempels))}."))
        elif soort == "drempel" and not next(x for x in d["drempels"] if x["id"] == arg).get("invoer"):
            fouten.append((pad + ("drempel",), f"drempel {arg!r} heeft geen 'invoer', dus de "
                           "rekenhulp kan hem niet toetsen."))
        elif soort == "gemeente":
            for k, g in enumerate(arg):
                if g not in gemeenten:
                    fouten.append((pad + ("gemeente", k), f"onbekende gemeente {g!r}."))
        elif soort == "onderwijs" and arg not in d["sectoren"]:
            fouten.append((pad + ("onderwijs",), f"{arg!r} hoort niet bij de sectoren van deze "
                           f"regio ({', '.join(d['sectoren'])})."))
        elif soort in ("alle", "een_van"):
            for k, w in enumerate(arg):
                voorwaarde(w, pad + (soort, k))
        elif soort == "niet":
            voorwaarde(arg, pad + ("niet",))

    for i, r in enumerate(d["regels"]):
        voorwaarde(r["als"], ("regels", i, "als"))
        for k, m in enumerate(r["dan"].get("melden", [])):
            per_gemeente(m.get("per_gemeente"), ("regels", i, "dan", "melden", k, "per_gemeente"))
        for k, v in enumerate(r["dan"].get("stappen", [])):
            if (v["route"], v["stap"]) not in stappen:
                fouten.append((("regels", i, "dan", "stappen", k), f"stap {v['stap']!r} in route "
                               f"{v['route']!r} bestaat niet."))
    return fouten


def laad_bestand(pad: Path, slug: str) -> dict:
    """Read and fully check one region file; raise RegioFouten on any problem."""
    naam = str(pad.relative_to(ROOT)) if pad.is_relative_to(ROOT) else str(pad)
    if not pad.exists():
        raise RegioFouten([RegioFout(naam, "", None, f"bestand ontbreekt: elke regiomap heeft "
                                                     f"een {BESTAND}.")])
    tekst = pad.read_text("utf-8")
    gelezen = lezen.gelezen()
    if gelezen is not None:  # during a build: checked before, in this run or an earlier one
        if ("geldig", tekst, slug) in gelezen:
            return gelezen[tekst]  # type: ignore[return-value]
        if (bewaard := cache.lees(tekst, slug)) is not None:
            gelezen[tekst] = bewaard
            gelezen[("geldig", tekst, slug)] = True
            return bewaard
    try:
        data = lees_yaml(tekst)
    except yaml.YAMLError as fout:
        mark = getattr(fout, "problem_mark", None)
        raise RegioFouten([RegioFout(naam, "", mark.line + 1 if mark else None,
                                     f"geen geldige YAML: {getattr(fout, 'problem', fout)}. "
                                     "Let op inspringen en dubbele punten.")]) from None
    fouten = schemafouten(data)
    if not fouten:
        gemeenten.normaliseer(data)
        fouten = (_kruisverwijzingen(data) + gemeenten.fouten(data, {p["id"] for p in data["partijen"]})
                  + tekstcontrole.fouten(data))
        if data["slug"] != slug:
            fouten.append((("slug",), f"moet gelijk zijn aan de mapnaam {slug!r}."))
        elif slug in GERESERVEERD:
            fouten.append((("slug",), f"{slug!r} is de naam van een landelijke pagina van de site. "
                           f"Kies een andere naam voor de map en de slug, bijvoorbeeld "
                           f"'swv-{slug}'."))
    if fouten:
        regels = regels_per_pad(tekst)
        lijst = [RegioFout(naam, pad_tekst(p), regels.get(p), t) for p, t in fouten]
        # In file order, so an editor can work from the top down.
        lijst.sort(key=lambda f: (f.regel or 0, f.pad))
        raise RegioFouten(lijst)
    if gelezen is not None:
        gelezen[("geldig", tekst, slug)] = True
        cache.bewaar(tekst, slug, data)
    return data


def laad_regio(map_: Path) -> dict:
    return laad_bestand(map_ / BESTAND, map_.name)


def regio_mappen(root: Path = REGIONS) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and p.name != "schema"
                  and not p.name.startswith((".", "_")))


def _laad_een(map_: Path, archief: bool, concept: bool) -> tuple[dict | None, list]:
    """One region folder: (data or None, problems)."""
    with lezen.eenmalig():
        fouten: list[RegioFout] = []
        try:
            d = laad_regio(map_)
            if archief:
                for pad in sorted((map_ / versies.ARCHIEF).glob("*.yaml")):
                    laad_bestand(pad, map_.name)
                d = dict(d)  # a copy: controleer marks '_concept' on it, the parse cache stays clean
                fouten.extend(versies.controleer(map_, d, concept=concept or versies.CONCEPT))
        except RegioFouten as f:
            return None, f.fouten
        return d, fouten


def laad_alle(root: Path | None = None, archief: bool = True,
              concept: bool = False) -> dict[str, dict]:
    """All regions, or RegioFouten listing every problem in every file.

    With ``archief``, also the archived versions and the version guard (see bron/versies.py).
    With ``concept``, a version not yet in the archive is allowed and its region is marked
    ``_concept: True`` (generate.py --concept: a preview, never for publication).
    Inside ``eenmalig()`` the texts read are kept, so later readers (versies.archief) parse
    nothing again. One process: a pool of two was slower (2.6x at 225 regions), because
    sending the parsed regions back costs more than parsing them.
    """
    mappen = regio_mappen(root or REGIONS)
    alle, fouten = {}, []
    for map_ in mappen:
        d, f = _laad_een(map_, archief, concept)
        fouten.extend(f)
        if d is not None:
            alle[map_.name] = d
    if fouten:
        raise RegioFouten(fouten)
    return alle
