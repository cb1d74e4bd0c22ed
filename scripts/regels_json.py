"""The rules the calculator needs, as one JSON document (shipped inside the wheel)."""

from __future__ import annotations

from adressen import regio_url, stap_url

# Questions every region asks: the national rules use them.
LANDELIJKE_VELDEN = ["leeftijd", "ingeschreven", "vrijstelling", "startkwalificatie",
                     "ongeoorloofd_uren_4_weken", "ongeoorloofd_weken_aaneengesloten", "luxe",
                     "rond_vakantie", "ziekmeldingen_schooljaar", "te_laat_schooljaar"]


def _feiten(voorwaarde: dict) -> set[str]:
    (soort, arg), = voorwaarde.items()
    if soort == "feit":
        return {arg["veld"]}
    if soort in ("alle", "een_van"):
        return set().union(*(_feiten(v) for v in arg))
    if soort == "niet":
        return _feiten(arg)
    if soort == "gemeente":
        return {"gemeente"}
    return set()


def regio_regels(d: dict) -> dict:
    partijen = {p["id"]: p["naam"] for p in d["partijen"]}
    stappen = {}
    for route in d["routes"]:
        for s in route["stappen"]:
            stappen[f"{route['id']}/{s['id']}"] = {
                "id": s["id"], "route": route["id"], "route_titel": route["titel"],
                "titel": s["titel"], "partijen": [partijen[p] for p in s["partijen"]],
                "acties": s.get("acties", []), "termijnen": [t["tekst"] for t in s.get("termijnen", [])],
                "url": stap_url(d["slug"], route["id"], s["id"]),
            }
    velden = set(LANDELIJKE_VELDEN)
    velden.update(x["invoer"] for x in d["drempels"] if x.get("invoer"))
    for r in d["regels"]:
        velden.update(_feiten(r["als"]))
    if len(d["sectoren"]) > 1:
        velden.add("onderwijs")
    return {
        "slug": d["slug"], "naam": d["naam"], "sectoren": d["sectoren"],
        "gemeenten": [{"id": g["id"], "naam": g["naam"]} for g in d["gemeenten"]],
        "document": {k: d["document"].get(k) for k in ("titel", "versie", "datum")},
        "publicatie": {k: d["publicatie"][k] for k in ("versie", "datum")},
        "url": regio_url(d["slug"]),
        "partijen": partijen,
        "velden": sorted(velden),
        "drempels": d["drempels"], "regels": d["regels"], "stappen": stappen,
    }


def alle_regels(regios: dict[str, dict]) -> dict:
    return {"regios": {slug: regio_regels(d) for slug, d in sorted(regios.items())}}


def formulier(regios: dict[str, dict]) -> dict:
    """What the Rekenhulp form needs before Python has started: regions and their questions."""
    regels = alle_regels(regios)["regios"]
    return {"regios": [{k: r[k] for k in ("slug", "naam", "sectoren", "gemeenten", "velden", "url",
                                          "document", "publicatie")}
                       for r in sorted(regels.values(), key=lambda r: r["naam"].lower())]}
