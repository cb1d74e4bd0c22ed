"""Checks on a region beyond its schema, against its own folder: one check, two doors.

'make valideer' (validate.py) and the data tests (tests/data/test_regios.py) both call these
functions, so an editor sees in 'make valideer' exactly what CI would say, with the same
Dutch message (file, field, line, what to do). Each check returns (path, text) pairs; ``fouten``
turns them into RegioFout with the line from the file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from bron.fouten import RegioFout, pad_tekst
from bron.lezen import regels_per_pad
from bron.paden import BESTAND, ROOT
from bron.waarschuwingen import MAP_BRON, bronbestanden, bronpad

if str(ROOT) not in sys.path:  # run as 'python scripts/validate.py': the engine is one level up
    sys.path.append(str(ROOT))
from calculator.wet.plichten import PLICHTEN  # noqa: E402

TEKSTBRON = (".txt", ".md", ".html", ".htm")  # sources we can search for quotations

# Numbers as sources write them in words (tests/unit/test_controles.py): cardinals and ordinals
# up to twenty. Digits cover "7", "7e", "7de", "de 7e" and "7x".
_TELWOORDEN = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
               "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
               "achttien", "negentien", "twintig"]
_RANGTELWOORDEN = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende",
                   "achtste", "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende",
                   "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende",
                   "twintigste"]

Pad = tuple
Bevinding = tuple[Pad, str]


def getalvormen(waarde: float) -> list[str]:
    """How a source may write this number: 16, 1,5 / 1.5, and for 1 to 20 the words
    ('een', 'eerste', 'twintigste')."""
    getal = f"{waarde:g}"
    vormen = [getal, getal.replace(".", ",")]
    if float(waarde).is_integer() and 1 <= waarde <= len(_TELWOORDEN):
        vormen += [_TELWOORDEN[int(waarde) - 1], _RANGTELWOORDEN[int(waarde) - 1]]
        if waarde == 1:
            vormen.append("één")
    return vormen


def getal_staat_in(waarde: float, tekst: str) -> bool:
    """The number occurs in the text as a number ('16', 'de 7e', '1,5') or a word ('vier',
    'eerste'); '16' does not count inside '160' or '2,16', nor 'een' inside 'geen'."""
    tekst = tekst.casefold()
    for vorm in getalvormen(waarde):
        if vorm[0].isdigit():
            patroon = rf"(?<![\d,.]){re.escape(vorm)}(?![\d]|[,.]\d)"
        else:
            patroon = rf"(?<!\w){re.escape(vorm)}(?!\w)"
        if re.search(patroon, tekst):
            return True
    return False


def normaal(tekst: str) -> str:
    """Text as words only: PDF extraction splits words ('leerplichtambte-\\nnaar'), keeps
    markup and bullets; an editor's quotation should match it anyway."""
    tekst = re.sub(r"<[^>]+>", " ", tekst)
    tekst = re.sub(r"(\w)-\s*(\w)", r"\1\2", tekst)
    tekst = re.sub(r"[^\w%]+", " ", tekst)
    return re.sub(r"\s+", " ", tekst).strip().casefold()


def met_bron(d: dict) -> Iterator[tuple[Pad, str, dict]]:
    """(path, name, item) of everything that must cite its source."""
    for i, p in enumerate(d["partijen"]):
        yield ("partijen", i), f"partij {p['id']}", p
    for i, r in enumerate(d["routes"]):
        yield ("routes", i), f"route {r['id']}", r
        for j, s in enumerate(r["stappen"]):
            yield ("routes", i, "stappen", j), f"stap {s['id']}", s
    for i, x in enumerate(d["drempels"]):
        yield ("drempels", i), f"drempel {x['id']}", x
    for i, x in enumerate(d["regels"]):
        yield ("regels", i), f"regel {x['id']}", x


def brondocument(map_: Path, d: dict) -> list[Bevinding]:
    """The source document is in regions/<slug>/bron/, or named by its web address."""
    uit: list[Bevinding] = []
    for veld, naam in bronbestanden(d):
        if not bronpad(map_.name, naam, map_.parent).is_file():
            uit.append((tuple(veld.split(".")),
                        f"'{naam}' staat niet in regions/{map_.name}/{MAP_BRON}/. Zet het "
                        "brondocument (pdf of tekst) in die map, of noem het adres: "
                        "bron: {url: https://..., geraadpleegd: JJJJ-MM-DD}."))
    if not bronbestanden(d) and not (d["document"].get("bron") or {}).get("url"):
        uit.append((("document",), "noem het brondocument: bron: {bestand: bron/<naam>.pdf} (het "
                    f"bestand in regions/{map_.name}/{MAP_BRON}/) of bron: {{url: https://..., "
                    "geraadpleegd: JJJJ-MM-DD}."))
    return uit


def secties(map_: Path, d: dict) -> list[Bevinding]:
    return [(pad + ("bron", "sectie"), f"leeg bij {naam}. Noem het kopje, de paragraaf of de "
             "tabel in het brondocument.")
            for pad, naam, item in met_bron(d) if not item["bron"]["sectie"].strip()]


def _bronteksten(map_: Path, d: dict) -> list[str]:
    paden = [bronpad(map_.name, naam, map_.parent) for _, naam in bronbestanden(d)]
    return [normaal(p.read_text("utf-8", errors="replace")) for p in paden
            if p.suffix.lower() in TEKSTBRON and p.is_file()]


def heeft_tekstbron(map_: Path, d: dict) -> bool:
    return bool(_bronteksten(map_, d))


def citaten(map_: Path, d: dict) -> list[Bevinding]:
    """Every quotation occurs in a text version of the source (when there is one)."""
    teksten = _bronteksten(map_, d)
    if not teksten:
        return []
    return [(pad + ("bron", "citaat"), f"“{item['bron']['citaat'][:70]}” ({naam}) staat niet "
             "letterlijk in het brondocument. Neem de zin over zoals hij er staat (hoofdletters "
             "en leestekens tellen niet mee).")
            for pad, naam, item in met_bron(d)
            if item["bron"].get("citaat")
            and not any(normaal(item["bron"]["citaat"]) in t for t in teksten)]


def drempelgetallen(map_: Path, d: dict) -> list[Bevinding]:
    """Each threshold's number is in its quotation: as digits ('16', 'de 7e') or as a word
    ('vier', 'eerste')."""
    uit: list[Bevinding] = []
    for i, x in enumerate(d["drempels"]):
        citaat = x["bron"].get("citaat", "")
        for veld, waarde in (("waarde", x["waarde"]), ("tot.waarde", (x.get("tot") or {}).get("waarde"))):
            if waarde is None or getal_staat_in(waarde, citaat):
                continue
            getal = f"{waarde:g}".replace(".", ",")
            uit.append((("drempels", i, "bron", "citaat"),
                        f"het getal {getal} van drempel {x['id']} ({veld}) staat niet in het "
                        f"citaat. Neem de zin met het getal over; '{getal}', 'de {getal}e' en "
                        "een getal in woorden ('vier', 'vierde') tellen."))
    return uit


def wettelijke_meldingen(map_: Path, d: dict) -> list[Bevinding]:
    """A report with grondslag wet names its duty (a 'wet' report to duo is the 16-hour rule)."""
    meldingen: list[tuple[Pad, dict]] = [(("routes", i, "stappen", j, "melden", k), m)
                 for i, r in enumerate(d["routes"]) for j, s in enumerate(r["stappen"])
                 for k, m in enumerate(s.get("melden", []))]
    meldingen += [(("regels", i, "dan", "melden", k), m) for i, r in enumerate(d["regels"])
                  for k, m in enumerate(r["dan"].get("melden", []))]
    return [(pad + ("grondslag",), "grondslag: wet zonder plicht. Noem de wettelijke plicht, een "
             f"van: {', '.join(PLICHTEN)}; of gebruik grondslag: regio (afspraak van de regio) "
             "of norm (Inspectie of DUO).")
            for pad, m in meldingen if m["grondslag"] == "wet" and not m.get("plicht")
            and m["bij"] != "duo"]


def gemeenten_bron(map_: Path, d: dict) -> list[Bevinding]:
    """Listed gemeenten say where the list comes from (shown on the Verantwoording page)."""
    if d["gemeenten"] and not d.get("gemeenten_bron"):
        return [(("gemeenten_bron",), "ontbreekt: zeg in een lijst waar de gemeenten vandaan komen, het "
                 "brondocument (- {sectie: ..., citaat: ...}) of een webpagina (- {titel: ..., "
                 "url: https://..., geraadpleegd: JJJJ-MM-DD}). Noemt geen bron de gemeenten, "
                 "schrijf dan gemeenten: [].")]
    return []


def _vindplaatsen(d: dict) -> Iterator[tuple[Pad, dict, dict | None]]:
    """(path, source, contact or None) of the gemeenten list, aliases and contacts."""
    for i, v in enumerate(d.get("gemeenten_bron") or []):
        yield ("gemeenten_bron", i), v, None
    for i, p in enumerate(d["partijen"]):
        if p.get("contact"):
            yield ("partijen", i, "contact", "bron"), p["contact"]["bron"], p["contact"]
    for i, g in enumerate(d["gemeenten"]):
        if g.get("aliassen_bron"):
            yield ("gemeenten", i, "aliassen_bron"), g["aliassen_bron"], None
        for k, c in enumerate(g.get("contact", [])):
            yield ("gemeenten", i, "contact", k, "bron"), c["bron"], c


def vindplaatsen(map_: Path, d: dict) -> list[Bevinding]:
    """What comes from the source document is in it: the quotation, and every phone number,
    mail address and website of a contact (nothing made up). Web pages are not checked here."""
    teksten = _bronteksten(map_, d)
    if not teksten:
        return []
    uit: list[Bevinding] = []
    for pad, v, c in _vindplaatsen(d):
        if v.get("url") or not v.get("sectie"):
            continue
        if v.get("citaat") and not any(normaal(v["citaat"]) in t for t in teksten):
            uit.append((pad + ("citaat",), f"“{v['citaat'][:70]}” staat niet letterlijk in het "
                        "brondocument. Neem de zin over zoals hij er staat."))
        for veld in ("telefoon", "email", "website"):
            if c and c.get(veld) and not any(normaal(c[veld]) in t for t in teksten):
                uit.append((pad[:-1] + (veld,), f"{c[veld]!r} staat niet in het brondocument. Neem "
                            "alleen gegevens over die in de bron staan, of noem als bron de "
                            "webpagina waar ze staan ({titel, url, geraadpleegd})."))
    return uit


# Name -> check; the data tests run each under its own name, 'make valideer' runs them all.
CONTROLES: dict[str, Callable[[Path, dict], list[Bevinding]]] = {
    "brondocument": brondocument, "secties": secties, "citaten": citaten,
    "drempelgetallen": drempelgetallen, "wettelijke_meldingen": wettelijke_meldingen,
    "gemeenten_bron": gemeenten_bron, "vindplaatsen": vindplaatsen,
}


def bestandsnaam(pad: Path) -> str:
    return str(pad.relative_to(ROOT)) if pad.is_relative_to(ROOT) else str(pad)


def als_fouten(bestand: Path, bevindingen: list[Bevinding]) -> list[RegioFout]:
    """Findings with file and line (the lines are only looked up when there is one)."""
    if not bevindingen:
        return []
    regels = regels_per_pad(bestand.read_text("utf-8")) if bestand.is_file() else {}
    return [RegioFout(bestandsnaam(bestand), pad_tekst(p), regels.get(p), t) for p, t in bevindingen]


def fouten(map_: Path, d: dict, namen: list[str] | None = None) -> list[RegioFout]:
    """The problems of one region's file, for the named checks (default: all)."""
    bevindingen = [b for naam in (namen or CONTROLES) for b in CONTROLES[naam](map_, d)]
    return als_fouten(map_ / BESTAND, bevindingen)
