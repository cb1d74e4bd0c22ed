"""National pages: Regio's overview, Begrippen, Wettelijk kader, and the threshold comparison.

Every legal sentence comes from landelijk/*.yaml or calculator/wet/ (the duties, their
deadline sentence and the readings), never typed here, so the pages cannot contradict the
calculator.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from adressen import anker
from pagina_regio import drempel_tekst

# Scripts run as `python scripts/generate.py`: make the project root importable, so the
# pages read the duties from the same module as the calculator.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from calculator.vragen import label as vraag_label  # noqa: E402
from calculator.wet.plichten import LEZINGEN, PLICHTEN, meldzin, termijn_zin  # noqa: E402

KOP = "---\npaginasoort: landelijk\n---\n\n"


def _cel(tekst: str) -> str:
    """Region text inside a table cell: no pipe or line break may change the table."""
    return " ".join(str(tekst).split()).replace("|", "\\|")

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
    r = [KOP + "# Regio's", "",
         "Elke regio heeft een eigen routekaart aanwezigheid: wie doet wat, wanneer en bij welke "
         "drempel. De landelijke regels uit de Leerplichtwet gelden overal; de regio's maken daar "
         "eigen afspraken bij.", "",
         "| Regio | Onderwijs | Gemeenten | Versie |", "|---|---|---|---|"]
    for slug, d in sorted(regios.items(), key=lambda kv: kv[1]["naam"].lower()):
        r.append(f"| [{_cel(d['naam'])}]({slug}/index.md) | "
                 f"{' en '.join(s.upper() for s in d['sectoren'])} | "
                 f"{_cel(', '.join(g['naam'] for g in d['gemeenten'])) or '—'} | "
                 f"{d['publicatie']['versie']} |")
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
            cel = _cel(drempel_tekst(x)) + (
                f" ([stap {waar[1]}]({slug}/{waar[0]}.md#{anker(waar[1])}))" if waar else "")
            if x.get("invoer"):
                rijen.setdefault((x["invoer"], x.get("onderwijs") or ""), {}).setdefault(slug, []).append(cel)
            else:
                overig.setdefault(slug, []).append(f"{_cel(x['omschrijving'])}: {cel}")
    namen = sorted(regios, key=lambda s: regios[s]["naam"].lower())
    r = [KOP + "# Drempels per regio", "",
         "Deze tabel zet de drempels van de regio's naast elkaar. Geen enkele routekaart doet dat "
         "zelf: zo zie je waar regio's verschillen. Elke cel linkt naar de stap in de routekaart "
         "van die regio. Een lege cel betekent dat de bron van die regio er geen drempel voor noemt.",
         "",
         f"**Landelijk (voor alle regio's):** {meldzin('verzuim-16-uur')} "
         f"{termijn_zin('verzuim-16-uur')}", "",
         "| Wat | " + " | ".join(f"[{_cel(regios[s]['naam'])}]({s}/index.md)" for s in namen) + " |",
         "|---|" + "---|" * len(namen)]
    for (invoer, onderwijs), cellen in sorted(rijen.items()):
        wat = (INVOER_NAMEN.get(invoer) or vraag_label(invoer)) + (f" ({onderwijs.upper()})" if onderwijs else "")
        r.append(f"| {wat} | " + " | ".join("<br>".join(cellen.get(s, [])) or "—" for s in namen) + " |")
    r += ["", "## Overige drempels en normen", "",
          "Drempels die de rekenhulp niet toetst, zoals termijnen voor verlof of schorsing.", ""]
    for s in namen:
        if overig.get(s):
            r += [f"### {regios[s]['naam']}", "", *(f"- {c}" for c in overig[s]), ""]
    return "\n".join(r)


def begrip_tekst(b: dict) -> str:
    """One term's explanation; its deadline and readings come from calculator/wet/."""
    delen = [b["uitleg"].strip()]
    if b.get("plicht"):
        delen.append(termijn_zin(b["plicht"]))
    if b.get("lezing"):
        lezing = LEZINGEN[b["lezing"]]
        delen += [lezing["lezing"], lezing["tegenstem"]]
    bron = f" *(Bron: {b['bron']})*" if b.get("bron") else ""
    return " ".join(delen) + bron


def begrippen_pagina(begrippen: list[dict], regios: dict[str, dict]) -> str:
    r = [KOP + "# Begrippen", "",
         "Landelijke begrippen rond schoolverzuim en schoolaanwezigheid. Regio's gebruiken soms "
         "eigen woorden; die staan bij [de begrippen van elke regio](#per-regio).", ""]
    for b in sorted(begrippen, key=lambda b: b["term"].lower()):
        r += [f"### {b['term']}", ""]
        if b.get("synoniemen"):
            r += [f"*Ook: {', '.join(b['synoniemen'])}*", ""]
        r += [begrip_tekst(b), ""]
    r += ["## Per regio {#per-regio}", ""]
    r += [f"- [{d['naam']}]({slug}/bijlagen.md)" for slug, d in sorted(regios.items())
          if d.get("begrippen")] + [""]
    return "\n".join(r)


def meldplichten() -> list[str]:
    """What the law makes a school report: one sentence and one deadline sentence per duty."""
    r = ["## Wat de wet de school laat melden {#meldplichten}", "",
         "Dit zijn de meldplichten die voor elke school gelden. Bij elke melding staat wat de wet "
         "over de termijn zegt, wat de Inspectie van het Onderwijs verwacht (haar norm, geen "
         "wetsartikel) en, op de pagina's van een regio, wat die regio heeft afgesproken.", ""]
    for plicht in PLICHTEN.values():
        r += [f"- **{plicht.wat[0].upper()}{plicht.wat[1:]}** ([{plicht.artikel}, {plicht.wet}]"
              f"({plicht.url})). {meldzin(plicht.id)} {termijn_zin(plicht.id)}"]
    r += ["", "### Staat jouw regio er niet bij? {#geen-regio}", "",
          "Dan gelden in elk geval de meldplichten hierboven; onder de 16 uur in 4 lesweken is "
          "melden geen wettelijke plicht. Welke afspraken er in jouw regio bovenop komen (wie "
          "wanneer met ouders praat, wanneer de jeugdarts of het samenwerkingsverband erbij komt), "
          "vraag je aan de leerplichtambtenaar van de gemeente waar de leerling woont, of aan het "
          "samenwerkingsverband passend onderwijs van je school."]
    return r + [""]


def wettelijk_kader_pagina(kader: dict, parameters: dict) -> str:
    r = [KOP + "# Wettelijk kader", "",
         "De landelijke regels komen uit de Leerplichtwet 1969 (BWBR0002628), de Wet register "
         "onderwijsdeelnemers (BWBR0042012) en, voor jongeren boven de kwalificatieplicht, de Wet "
         "educatie en beroepsonderwijs (BWBR0007625). De rekenhulp gebruikt ze als parameters "
         "met een datum waarop ze ingaan: verandert de wet, dan verandert alleen die tabel.", ""]
    r += meldplichten()
    r += ["## Parameters van de rekenhulp", "",
          "| Parameter | Waarde | Geldt vanaf | Artikel |", "|---|---|---|---|"]
    for _naam, p in sorted(parameters.items()):
        for datum, w in sorted(p["waarden"].items()):
            r.append(f"| {p['omschrijving']} | {w['waarde']:g} {p['eenheid']} | {datum} | "
                     f"[{w['artikel']}]({w['url']}) |")
    r.append("")
    for p in parameters.values():
        if p.get("lezingen"):
            bronnen = "; ".join(f"[{x['bron']}]({x['url']}): “{x['citaat']}”" for x in p["lezingen"])
            r += [f"**{p['omschrijving']}.** De bronnen verschillen: {bronnen}. {p['keuze']}", ""]
    r += ["## Artikelen", ""]
    for a in kader.get("artikelen", []):
        r += [f"### {a['wet']}, artikel {a['artikel']}: {a['titel']} {{#{a['id']}}}", "",
              a.get("samenvatting", "").strip(), ""]
        if a.get("plicht"):
            r += ["Meldplicht en termijn: zie [wat de wet de school laat melden](#meldplichten).",
                  ""]
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
