"""National pages: Regio's overview, Begrippen, Wettelijk kader, and the threshold comparison."""

from __future__ import annotations

import json
from pathlib import Path

from adressen import anker
from pagina_regio import drempel_tekst

INVOER_NAMEN = {
    "ziekmeldingen_schooljaar": "Ziekmeldingen per schooljaar",
    "ziekmeldingen_12_weken": "Ziekmeldingen in 12 weken",
    "ziektedagen_schooljaar": "Schooldagen ziek per schooljaar",
    "ziektedagen_aaneengesloten": "Schooldagen aaneengesloten ziek",
    "ziekte_dagdelen_4_weken": "Dagdelen ziek in 4 weken",
    "ziekte_dagdelen_aaneengesloten": "Dagdelen aaneengesloten ziek",
    "ongeoorloofd_uren_4_weken": "Uren ongeoorloofd afwezig in 4 lesweken",
    "ongeoorloofd_uren_schooljaar": "Uren ongeoorloofd afwezig (spijbeluren) per schooljaar",
    "ongeoorloofd_weken_aaneengesloten": "Weken aaneengesloten ongeoorloofd afwezig",
    "afwezig_weken_aaneengesloten": "Weken aaneengesloten afwezig (met of zonder reden)",
    "te_laat_schooljaar": "Keren te laat",
    "aanwezigheid_4_weken_procent": "Aanwezigheid in 4 weken (procent)",
    "weken_sinds_eerste_signaal": "Weken sinds eerste signaal van zorgwekkend verzuim",
}


def regios_pagina(regios: dict[str, dict]) -> str:
    r = ["# Regio's", "",
         "Elke regio heeft een eigen routekaart aanwezigheid: wie doet wat, wanneer en bij welke "
         "drempel. De landelijke regels uit de Leerplichtwet gelden overal; de regio's maken daar "
         "eigen afspraken bij.", "",
         "| Regio | Onderwijs | Gemeenten | Versie |", "|---|---|---|---|"]
    for slug, d in sorted(regios.items(), key=lambda kv: kv[1]["naam"].lower()):
        r.append(f"| [{d['naam']}]({slug}/index.md) | {' en '.join(s.upper() for s in d['sectoren'])}"
                 f" | {', '.join(g['naam'] for g in d['gemeenten']) or '—'} | {d['publicatie']['versie']} |")
    r += ["", "Zie ook: [drempels per regio naast elkaar](vergelijking.md) en het "
          "[wettelijk kader](wettelijk-kader.md).", ""]
    return "\n".join(r)


def vergelijking_pagina(regios: dict[str, dict], parameters: dict) -> str:
    rijen: dict[tuple, dict[str, list[str]]] = {}
    overig: dict[str, list[str]] = {}
    for slug, d in regios.items():
        stap_van = {x: (route["id"], s["id"]) for route in d["routes"] for s in route["stappen"]
                    for x in s.get("drempels", [])}
        for x in d["drempels"]:
            waar = stap_van.get(x["id"])
            cel = drempel_tekst(x) + (f" ([stap {waar[1]}]({slug}/{waar[0]}.md#{anker(waar[1])}))"
                                      if waar else "")
            if x.get("invoer"):
                rijen.setdefault((x["invoer"], x.get("onderwijs") or ""), {}).setdefault(slug, []).append(cel)
            else:
                overig.setdefault(slug, []).append(f"{x['omschrijving']}: {cel}")
    namen = sorted(regios, key=lambda s: regios[s]["naam"].lower())
    melding = parameters["melding_uren"]["waarden"]
    laatste = melding[max(melding)]
    r = ["# Drempels per regio", "",
         "Deze tabel zet de drempels van de regio's naast elkaar. Geen enkele routekaart doet dat "
         "zelf: zo zie je waar regio's verschillen. Elke cel linkt naar de stap in de routekaart "
         "van die regio. Een lege cel betekent dat de bron van die regio er geen drempel voor noemt.",
         "",
         f"**Landelijk (voor alle regio's):** melden bij de leerplichtambtenaar via DUO bij "
         f"≥ {laatste['waarde']:g} uur ongeoorloofd verzuim in 4 opeenvolgende lesweken "
         f"({laatste['artikel']}).", "",
         "| Wat | " + " | ".join(f"[{regios[s]['naam']}]({s}/index.md)" for s in namen) + " |",
         "|---|" + "---|" * len(namen)]
    for (invoer, onderwijs), cellen in sorted(rijen.items()):
        wat = INVOER_NAMEN.get(invoer, invoer) + (f" ({onderwijs.upper()})" if onderwijs else "")
        r.append(f"| {wat} | " + " | ".join("<br>".join(cellen.get(s, [])) or "—" for s in namen) + " |")
    r += ["", "## Overige drempels en normen", "",
          "Drempels die de rekenhulp niet toetst, zoals termijnen voor verlof of schorsing.", ""]
    for s in namen:
        if overig.get(s):
            r += [f"### {regios[s]['naam']}", "", *(f"- {c}" for c in overig[s]), ""]
    return "\n".join(r)


def begrippen_pagina(begrippen: list[dict], regios: dict[str, dict]) -> str:
    r = ["# Begrippen", "",
         "Landelijke begrippen rond schoolverzuim en schoolaanwezigheid. Regio's gebruiken soms "
         "eigen woorden; die staan bij [de begrippen van elke regio](#per-regio).", ""]
    for b in sorted(begrippen, key=lambda b: b["term"].lower()):
        bron = f" *(Bron: {b['bron']})*" if b.get("bron") else ""
        r += [f"### {b['term']}", "", b["uitleg"].strip() + bron, ""]
    r += ["## Per regio {#per-regio}", ""]
    r += [f"- [{d['naam']}]({slug}/bijlagen.md)" for slug, d in sorted(regios.items())
          if d.get("begrippen")] + [""]
    return "\n".join(r)


def wettelijk_kader_pagina(kader: dict, parameters: dict) -> str:
    r = ["# Wettelijk kader", "",
         "De landelijke regels komen uit de Leerplichtwet 1969 (BWBR0002628). De rekenhulp "
         "gebruikt ze als parameters met een datum waarop ze ingaan: verandert de wet, dan "
         "verandert alleen die tabel.", "", "## Parameters van de rekenhulp", "",
         "| Parameter | Waarde | Geldt vanaf | Artikel |", "|---|---|---|---|"]
    for _naam, p in sorted(parameters.items()):
        for datum, w in sorted(p["waarden"].items()):
            r.append(f"| {p['omschrijving']} | {w['waarde']:g} {p['eenheid']} | {datum} | "
                     f"[{w['artikel']}]({w['url']}) |")
    r += ["", "## Artikelen", ""]
    for a in kader.get("artikelen", []):
        r += [f"### {a['wet']}, artikel {a['artikel']}: {a['titel']} {{#{a['id']}}}", "",
              a.get("samenvatting", "").strip(), ""]
        if a.get("tekst"):
            r += ["??? quote \"Wettekst\"", "", *("    " + x for x in a["tekst"].strip().splitlines()), ""]
        r += [f"[Lees het artikel op wetten.overheid.nl]({a['url']})"
              + (f" (tekst geldend vanaf {a['geldig_vanaf']})" if a.get("geldig_vanaf") else ""), ""]
    if kader.get("wetsvoorstellen"):
        r += ["## Wetsvoorstellen", ""]
        for w in kader["wetsvoorstellen"]:
            r += [f"### {w.get('titel', w.get('id', 'Wetsvoorstel'))}", "",
                  str(w.get("status", "")).strip(), "", str(w.get("wijzigingen", w.get("gevolgen", ""))).strip(),
                  "", f"[{w['url']}]({w['url']})" if w.get("url") else "", ""]
    return "\n".join(r)


def lees_parameters(root: Path) -> dict:
    data = json.loads((root / "calculator" / "wet" / "parameters.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}
