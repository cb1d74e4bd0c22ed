"""National pages: Begrippen, Wettelijk kader and the thresholds per region.

Every legal sentence comes from landelijk/*.yaml or calculator/wet/ (the duties, their
deadline sentence and the readings), never typed here, so the pages cannot contradict the
calculator.

No page grows with the number of regions beyond a bound (issue 14): the law is one overview
plus a page per article, the thresholds one page per question with the regions in
alphabetical parts (opsplitsen.py), and a list of regions becomes a link once it is long.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from paginas.contact import datum_in_woorden
from paginas.opsplitsen import in_delen, navigatie
from paginas.regiopaginas import Adressen, drempel_tekst, stap_van
from paginas.weergave import aantal, datums, letterlijk

# Scripts run as `python scripts/generate.py`: make the project root importable, so the
# pages read the duties from the same module as the calculator.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from calculator.vragen import VRAGEN  # noqa: E402
from calculator.vragen import label as vraag_label  # noqa: E402
from calculator.wet import duo  # noqa: E402
from calculator.wet.plichten import LEZINGEN, PLICHTEN, meldzin, termijn_zin  # noqa: E402

KOP = "---\npaginasoort: landelijk\n---\n\n"
VERGELIJKING = "vergelijking"      # folder of the threshold pages inside the generated folder
KADER = "wettelijk-kader"          # folder of the law pages
DUO_BESTAND = "melden-bij-duo.md"  # how a school reports, inside the law folder
# A table row's Markdown turns into HTML with <tr>/<td> and longer link addresses.
RIJ_EXTRA = 60
REGIOS = "regio's"
# The glossary itself is ~45 KB of HTML: room for a list of about a hundred regions.
BEGRIPPEN_BUDGET = 10_000


def _op_naam(regios: dict[str, dict]) -> list[str]:
    return sorted(regios, key=lambda s: regios[s]["naam"].lower())


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


OVERIG = "overige"


@dataclass(frozen=True)
class Vraag:
    """One threshold question: its page (without .md), title and table rows per region."""
    bestand: str
    titel: str
    per_regio: list[tuple[str, list[str]]]  # (slug, rows), regions in alphabetical order


def _rij(slug: str, d: dict, x: dict, stappen: dict[str, dict | None]) -> str:
    """Regio | Drempel | Stap, seen from a page in the comparison folder."""
    tekst = drempel_tekst(x) + (f" ({x['onderwijs'].upper()})" if x.get("onderwijs") else "")
    if not x.get("invoer"):
        tekst = f"{x['omschrijving']}: {tekst}"
    stap = stappen.get(x["id"])
    naar_stap = f"[{letterlijk(stap['titel'])}](../{slug}/{stap['url']})" if stap else "—"
    return f"| [{letterlijk(d['naam'])}](../{slug}/index.md) | {letterlijk(tekst)} | {naar_stap} |"


def _volgorde(invoer: str) -> tuple[int, str]:
    """The Rekenhulp's order of questions; the rest last."""
    vragen = list(VRAGEN)
    return (vragen.index(invoer) if invoer in vragen else len(vragen), invoer)


def vergelijking_vragen(regios: dict[str, dict]) -> list[Vraag]:
    """Every question some region has a threshold for, in the Rekenhulp's order, then the
    thresholds the Rekenhulp does not test. A fixed set, whatever the number of regions."""
    rijen: dict[str, dict[str, list[str]]] = {}
    for slug in _op_naam(regios):
        d = regios[slug]
        stappen = stap_van(d, Adressen())
        for x in d["drempels"]:
            regio = rijen.setdefault(x.get("invoer") or OVERIG, {}).setdefault(slug, [])
            rij = _rij(slug, d, x, stappen)
            if rij not in regio:  # two thresholds that read the same at the same step
                regio.append(rij)
    vragen = sorted((v for v in rijen if v != OVERIG), key=_volgorde)
    uit = [Vraag(v.replace("_", "-"), INVOER_NAMEN.get(v) or vraag_label(v), list(rijen[v].items()))
           for v in vragen]
    if OVERIG in rijen:
        uit.append(Vraag(OVERIG, "Overige drempels en normen", list(rijen[OVERIG].items())))
    return uit


def _deel_bestand(vraag: Vraag, nummer: int) -> str:
    return f"{vraag.bestand}.md" if nummer == 1 else f"{vraag.bestand}-deel-{nummer}.md"


def _vraag_paginas(vraag: Vraag, regios: dict[str, dict]) -> dict[str, str]:
    """One page per question, or more when its regions do not fit one (alphabetical parts)."""
    delen = in_delen(vraag.per_regio, naam=lambda kv: regios[kv[0]]["naam"],
                     maat=lambda kv: sum(len(r) + RIJ_EXTRA for r in kv[1]))
    uitleg = ("Drempels die de rekenhulp niet toetst, zoals termijnen voor verlof of schorsing."
              if vraag.bestand == OVERIG else
              "Bij welke drempel komt een regio in actie, en welke stap van haar routekaart is "
              "dan aan de beurt? Een regio die hier niet staat, noemt er in haar routekaart geen "
              "drempel voor.")
    uit = {}
    for deel in delen:
        kop = vraag.titel + (f": {deel.label}" if deel.label else "")
        nav = navigatie(delen, deel.nummer, lambda n: _deel_bestand(vraag, n), letterlijk)
        r = [KOP + f"# {letterlijk(kop)}", "", uitleg, ""]
        r += [f"Regio's: {nav}", ""] if nav else []
        r += ["| Regio | Drempel | Stap |", "|---|---|---|",
              *(rij for _slug, rijen in deel.items for rij in rijen), ""]
        r += [f"Regio's: {nav}", ""] if nav else []
        r += ["Terug naar [alle drempels per regio](index.md).", ""]
        uit[f"{VERGELIJKING}/{_deel_bestand(vraag, deel.nummer)}"] = "\n".join(r)
    return uit


def vergelijking_paginas(regios: dict[str, dict]) -> dict[str, str]:
    """The comparison: an index of the questions, and a page (or parts) per question."""
    vragen = vergelijking_vragen(regios)
    r = [KOP + "# Drempels per regio", "",
         "Geen enkele routekaart zet haar drempels naast die van andere regio's; deze pagina's "
         "doen dat, per vraag van de rekenhulp. Zo zie je waar regio's verschillen. Bij elke "
         "drempel staat de stap in de routekaart van die regio.", "",
         f"**Landelijk (voor alle regio's):** {meldzin('verzuim-16-uur')} "
         f"{termijn_met_norm('verzuim-16-uur')}", "",
         "## Per vraag {#vragen}", ""]
    r += [f"- [{v.titel}]({v.bestand}.md) ({aantal(len(v.per_regio), 'regio', REGIOS)})"
          for v in vragen] + [""]
    uit = {f"{VERGELIJKING}/index.md": "\n".join(r)}
    for v in vragen:
        uit.update(_vraag_paginas(v, regios))
    return uit



def termijn_met_norm(plicht: str) -> str:
    """The one deadline sentence from calculator/wet/, with a link to the page of the norm it
    cites (the Inspectie's 5-werkdagen norm), so staff can read the norm where it stands."""
    p = PLICHTEN[plicht]
    link = f" [Pagina van de {p.norm.van}]({p.norm.url})." if p.norm and p.norm.url else ""
    return termijn_zin(plicht) + link

def begrip_tekst(b: dict) -> str:
    """One term's explanation; its deadline and readings come from calculator/wet/."""
    delen = [b["uitleg"].strip()]
    if b.get("plicht"):
        delen.append(termijn_met_norm(b["plicht"]))
    if b.get("lezing"):
        lezing = LEZINGEN[b["lezing"]]
        delen += [lezing["lezing"], lezing["tegenstem"]]
    bron = f" *(Bron: {b['bron']})*" if b.get("bron") else ""
    return " ".join(delen) + bron


def _begrippen_per_regio(regios: dict[str, dict]) -> list[str]:
    """Links to the regions' own glossaries while they fit a page, else one sentence."""
    regels = [f"- [{letterlijk(regios[s]['naam'])}]({s}/bijlagen.md)" for s in _op_naam(regios)
              if regios[s].get("begrippen")]
    if len(in_delen(regels, naam=str, maat=lambda x: len(x) + RIJ_EXTRA, budget=BEGRIPPEN_BUDGET)) == 1:
        return regels
    return ["Regio's die eigen woorden gebruiken, leggen die uit op hun pagina *Begrippen en "
            "bijlagen*. Kies je regio in het [overzicht van de regio's](index.md)."]


def begrippen_pagina(begrippen: list[dict], regios: dict[str, dict]) -> str:
    r = [KOP + "# Begrippen", "",
         "Landelijke begrippen rond schoolverzuim en schoolaanwezigheid. Regio's gebruiken soms "
         "eigen woorden; die staan bij [de begrippen van elke regio](#per-regio).", ""]
    for b in sorted(begrippen, key=lambda b: b["term"].lower()):
        r += [f"### {b['term']}", ""]
        if b.get("synoniemen"):
            r += [f"*Ook: {', '.join(b['synoniemen'])}*", ""]
        r += [begrip_tekst(b), ""]
    r += ["## Per regio {#per-regio}", "", *_begrippen_per_regio(regios), ""]
    return "\n".join(r)


def meldplichten() -> list[str]:
    """What the law makes a school report: one sentence and one deadline sentence per duty."""
    r = ["## Wat de wet de school laat melden {#meldplichten}", "",
         "Dit zijn de meldplichten die voor elke school gelden. Bij elke melding staat wat de wet "
         "over de termijn zegt, wat de Inspectie van het Onderwijs verwacht (haar norm, geen "
         "wetsartikel) en, op de pagina's van een regio, wat die regio heeft afgesproken.", ""]
    for plicht in PLICHTEN.values():
        r += [f"- **{plicht.wat[0].upper()}{plicht.wat[1:]}** ([{plicht.artikel}, {plicht.wet}]"
              f"({plicht.url})). {meldzin(plicht.id)} {termijn_met_norm(plicht.id)}"]
    r += ["", f"Hoe je meldt: {duo.ZIN} Zie [verzuim melden bij DUO]({DUO_BESTAND}).",
          "", "### Staat jouw regio er niet bij? {#geen-regio}", "",
          "Dan gelden in elk geval de meldplichten hierboven; onder de 16 uur in 4 lesweken is "
          "melden geen wettelijke plicht. Welke afspraken er in jouw regio bovenop komen (wie "
          "wanneer met ouders praat, wanneer de jeugdarts of het samenwerkingsverband erbij komt), "
          "vraag je aan de leerplichtambtenaar van de gemeente waar de leerling woont, of aan het "
          "samenwerkingsverband passend onderwijs van je school."]
    return r + [""]


def artikel_bestand(artikel: dict) -> str:
    """The article's page inside the law folder: 'art-21a.md', 'web-9-2-2.md'."""
    return re.sub(r"[^a-z0-9]+", "-", artikel["id"].lower()).strip("-") + ".md"


def artikel_titel(artikel: dict) -> str:
    return f"{artikel['wet']}, artikel {artikel['artikel']}: {artikel['titel']}"


def per_wet(kader: dict) -> dict[str, list[dict]]:
    """The articles grouped by law, in the order of landelijk/wettelijk-kader.yaml."""
    uit: dict[str, list[dict]] = {}
    for a in kader.get("artikelen", []):
        uit.setdefault(a["wet"], []).append(a)
    return uit


def _parameters(parameters: dict) -> list[str]:
    r = ["## Parameters van de rekenhulp", "",
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
    return r


def _wetsvoorstellen(kader: dict) -> list[str]:
    if not kader.get("wetsvoorstellen"):
        return []
    r = ["## Wetsvoorstellen", ""]
    for w in kader["wetsvoorstellen"]:
        r += [f"### {w.get('titel', w.get('id', 'Wetsvoorstel'))}", "",
              str(w.get("status", "")).strip(), "", str(w.get("wijzigingen", w.get("gevolgen", ""))).strip(),
              "", f"[{w['url']}]({w['url']})" if w.get("url") else "", ""]
    return r


def _kader_overzicht(kader: dict, parameters: dict) -> str:
    """The duties, the parameters and a list of the articles; the law texts are on their own
    pages. Each list entry keeps the anchor its article had when all texts were on this page."""
    r = [KOP + "# Wettelijk kader", "",
         "De landelijke regels komen uit de Leerplichtwet 1969 (BWBR0002628), de Wet register "
         "onderwijsdeelnemers (BWBR0042012) en, voor jongeren boven de kwalificatieplicht, de Wet "
         "educatie en beroepsonderwijs (BWBR0007625). De rekenhulp gebruikt ze als parameters "
         "met een datum waarop ze ingaan: verandert de wet, dan verandert alleen die tabel.", ""]
    r += meldplichten()
    r += _parameters(parameters)
    r += ["## Artikelen", "",
          "Per artikel wat het regelt, de tekst van de wet en een link naar wetten.overheid.nl.", ""]
    for wet, artikelen in per_wet(kader).items():
        r += [f"### {wet}", ""]
        r += [f"- [Artikel {a['artikel']}: {a['titel']}]({artikel_bestand(a)}){{#{a['id']}}}"
              for a in artikelen] + [""]
    r += _wetsvoorstellen(kader)
    return "\n".join(r)


def _wettekst(tekst: str) -> list[str]:
    """The article as a quote, a paragraph per line (a member or item of the article), every
    character shown as written."""
    regels = [letterlijk(x) for x in tekst.strip().splitlines() if x.strip()]
    return [x for regel in regels for x in ("> " + regel, ">")][:-1]


def _artikel_pagina(a: dict) -> str:
    r = [KOP + f"# {artikel_titel(a)}", "", a.get("samenvatting", "").strip(), ""]
    if a.get("plicht"):
        r += [f"**Meldplicht.** {meldzin(a['plicht'])} {termijn_met_norm(a['plicht'])} Zie ook "
              "[wat de wet de school laat melden](index.md#meldplichten).", ""]
    if a.get("tekst"):
        r += ["## Wettekst", "", *_wettekst(a["tekst"]), ""]
    r += [f"[Lees het artikel op wetten.overheid.nl]({a['url']})"
          + (f" (tekst geldend vanaf {a['geldig_vanaf']})" if a.get("geldig_vanaf") else ""), "",
          "Terug naar [alle artikelen](index.md#artikelen).", ""]
    return "\n".join(r)


def melden_bij_duo_pagina() -> str:
    """How a school reports in DUO's verzuimregister: the channel per sector, what happens
    next, DUO's page for schools (not the one for parents)."""
    r = [KOP + "# Verzuim melden bij DUO", "",
         f"{duo.ZIN} Je hoeft dus niet eerst uit te zoeken wie de leerplichtambtenaar is.", "",
         "## Zo meld je", "",
         "- **Primair onderwijs:** in het leerlingadministratiesysteem (LAS) van de school. Hoe "
         "dat gaat, hangt af van het systeem; je krijgt een meldingsnummer waarmee je de melding "
         "later terugvindt.",
         "- **Voortgezet onderwijs en mbo:** in het administratiepakket van de school, of in het "
         "verzuimloket in Mijn DUO.", "",
         "Weet je niet wie op jouw school de melding doet of hoe je in het systeem komt? Vraag "
         "het je verzuimcoördinator of de schoolleiding.", "",
         "## Wat je moet melden", "",
         "Welke meldingen de wet van de school vraagt en binnen welke termijn, staat bij "
         "[wat de wet de school laat melden](index.md#meldplichten). Je regio kan daar afspraken "
         "bovenop maken; die staan op de pagina's van je regio.", "",
         "## Wat er daarna gebeurt", "",
         "DUO zet de melding in het verzuimregister en zorgt dat ze terechtkomt bij de gemeente "
         "waar de leerling woont. Een leerplichtambtenaar van die gemeente haalt de melding op. In "
         "het LAS, in Mijn DUO of in het administratiepakket zie je wat de leerplichtambtenaar "
         "met de melding doet.", "",
         "## Bronnen", "",
         f"- DUO, [Melding doorgeven of routeren](<{duo.DUO_MELDEN_URL}>) (pagina voor scholen)",
         f"- DUO, [Verzuim](<{duo.DUO_VERZUIM_URL}>) (pagina voor scholen en gemeenten)", "",
         f"Beide gelezen op {datum_in_woorden(duo.GERAADPLEEGD)}.", ""]
    return "\n".join(r)


def wettelijk_kader_paginas(kader: dict, parameters: dict) -> dict[str, str]:
    """The overview, how to report at DUO, and one page per article, inside the law folder."""
    uit = {f"{KADER}/index.md": _kader_overzicht(kader, parameters),
           f"{KADER}/{DUO_BESTAND}": melden_bij_duo_pagina()}
    for a in kader.get("artikelen", []):
        uit[f"{KADER}/{artikel_bestand(a)}"] = _artikel_pagina(a)
    return {pad: _met_datums(md) for pad, md in uit.items()}


def _met_datums(md: str) -> str:
    """Dates in words on the page ("1 augustus 2026"), except in its front matter and in web
    addresses (a law's address carries the date of its version)."""
    kop, _, rest = md.partition("\n---\n") if md.startswith("---") else ("", "", md)
    return (kop + "\n---\n" if kop else "") + datums(rest)


def lees_parameters(root: Path) -> dict:
    data = json.loads((root / "calculator" / "wet" / "parameters.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}
