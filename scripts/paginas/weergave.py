"""Jinja2 rendering of generated pages, and the filters that keep region text plain text.

Region text is data, never markup: every value from a region file passes a filter here
before it lands in Markdown. ``letterlijk`` escapes everything (titles, names, table cells);
``tekst`` keeps bold, italics and web links the editors wrote; ``blok`` also keeps their
paragraphs, bullet lists and simple tables, but rebuilds them itself, so a line starting
with ">", "#", "-", "|" or "1." can only ever become what the template allows.
"""

from __future__ import annotations

import contextvars
import html
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

import jinja2

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from calculator.regio import stap_nummer  # noqa: E402
from calculator.wet.plichten import (  # noqa: E402
    GRONDSLAG_LABELS,
    GRONDSLAGEN,
    PLICHTEN,
    Termijn,
    grondslag_tekst,
    meldpunt,
    plicht_van,
    termijn,
)

SJABLONEN = Path(__file__).resolve().parent / "templates"

# Markdown's own backslash escapes; '|' (tables) and line-start markers use entities.
_INLINE = re.compile(r"([\\`*_{}\[\]#])")
_LINK = re.compile(r"\[([^\[\]]+)\]\(((?:https?://|mailto:)[^\s()<>]+)\)")
_STERK = re.compile(r"\*\*([^*]+)\*\*")
_SCHUIN = re.compile(r"(?<![*\w])\*([^*\s][^*]*)\*(?![*\w])")
_NADRUK = re.compile(f"{_STERK.pattern}|{_SCHUIN.pattern}")
_LIJST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_SCHEIDING = re.compile(r"^\|?[\s:|-]+$")


MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
# An ISO date standing alone in a text; not one inside an address ("/2026-08-01/").
_ISO_DATUM = re.compile(r"(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-])")


def _in_woorden(jaar: str, maand: str, dag: str, zoals: str) -> str:
    j, m, d = int(jaar), int(maand), int(dag)
    if not 1 <= m <= 12 or not 1 <= d <= 31:
        return zoals  # not a date after all
    return f"{d} {MAANDEN[m - 1]} {j}"


# The same in Dutch digits: "20-12-2023", "1-8-2026".
_NL_DATUM = re.compile(r"(?<![\w/.-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\w/-])")


def datums(tekst: str) -> str:
    """Dates as people write them: "2026-12-02" and "2-12-2026" become "2 december 2026"."""
    tekst = _ISO_DATUM.sub(lambda m: _in_woorden(m[1], m[2], m[3], m.group(0)), tekst)
    return _NL_DATUM.sub(lambda m: _in_woorden(m[3], m[2], m[1], m.group(0)), tekst)


def datum(waarde: object) -> str:
    """One date value (an ISO date from a region file) in words, as plain text."""
    return letterlijk(datums(str(waarde)))


# Names and titles recur on many pages of a region (a party on every step): each text is
# escaped once per build. Pure functions of the text, so a cache cannot change a page.
@lru_cache(maxsize=1 << 16)
def _letterlijk(waarde: str) -> str:
    s = html.escape(" ".join(datums(waarde).split()), quote=False)
    return letterlijk_start(_INLINE.sub(r"\\\1", s).replace("|", "&#124;"))


def letterlijk(waarde: object) -> str:
    """Plain text inside Markdown: shows exactly the characters, on one line."""
    return _letterlijk(str(waarde))


def tekst(waarde: object) -> str:
    """Like ``letterlijk`` but keeps **bold**, *italics* and [links](https://…) of the editors;
    "stap O4" becomes a link to that step while a region's page is rendered."""
    return _stappen_gelinkt(_tekst(str(waarde)))


# "zie stap O4", "Stap 3b", "stap 2.1": a step named by its number in region text.
_STAPVERWIJZING = re.compile(r"(?<![\w\[])([Ss]tap) ((?:[0-9]|[A-Za-z]{1,3}[0-9])[A-Za-z0-9.]*)")
_MD_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)")
# Number (upper case) -> URL of the step, for the page being rendered (set by ``render``).
_STAPLINKS: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar("staplinks", default=None)


def stap_links(regio: dict, adres: object, route: str | None) -> dict[str, str]:
    """Step numbers of a region and where each step is, seen from the page of ``route``: the
    route's own numbers first, then numbers that occur once in the whole region."""
    if not hasattr(adres, "stap_url"):
        return {}
    gezien: dict[str, list[tuple[str, str]]] = {}
    for r in regio.get("routes", []):
        for s in r.get("stappen", []):
            nummer = stap_nummer(s)
            if nummer:
                gezien.setdefault(nummer.upper(), []).append((r["id"], s["id"]))
    uit = {}
    for nummer, plekken in gezien.items():
        eigen = [p for p in plekken if p[0] == route]
        if len(eigen) == 1 or len(plekken) == 1:
            r_id, s_id = (eigen or plekken)[0]
            uit[nummer] = adres.stap_url(r_id, s_id, van=route)
    return uit


def _stappen_gelinkt(md: str) -> str:
    links = _STAPLINKS.get()
    if not links or "tap " not in md:
        return md

    def vervang(m: re.Match[str]) -> str:
        nummer = m.group(2).rstrip(".")
        url = links.get(nummer.upper())
        if url is None:
            return m.group(0)
        return f"[{m.group(1)} {nummer}]({url}){m.group(2)[len(nummer):]}"

    delen, rest = [], 0
    for m in _MD_LINK.finditer(md):  # never inside a link the text already has
        delen += [_STAPVERWIJZING.sub(vervang, md[rest:m.start()]), m.group(0)]
        rest = m.end()
    return "".join(delen) + _STAPVERWIJZING.sub(vervang, md[rest:])


@lru_cache(maxsize=1 << 16)
def _tekst(waarde: str) -> str:
    bron = " ".join(waarde.split())
    delen, rest = [], 0
    # Dates in words outside link addresses only (an address keeps its own date).

    for m in _LINK.finditer(bron):
        delen += [_nadruk(datums(bron[rest:m.start()])),
                  f"[{_nadruk(datums(m.group(1)))}](<{m.group(2)}>)"]
        rest = m.end()
    return letterlijk_start("".join(delen) + _nadruk(datums(bron[rest:])))


def _nadruk(s: str) -> str:
    delen, rest = [], 0
    for m in _NADRUK.finditer(s):
        binnen = _kaal(m.group(1) or m.group(2))
        teken = "**" if m.group(1) else "*"
        delen += [_kaal(s[rest:m.start()]), f"{teken}{binnen}{teken}"]
        rest = m.end()
    return "".join(delen) + _kaal(s[rest:])


def _kaal(s: str) -> str:
    """Escape without the line-start rules (for pieces inside a line)."""
    return _INLINE.sub(r"\\\1", html.escape(s, quote=False)).replace("|", "&#124;")


def letterlijk_start(s: str) -> str:
    """What only counts at the start of a line: list, heading, quote, definition, admonition."""
    if re.match(r"\d+[.)]\s", s):
        return re.sub(r"^(\d+)([.)])", r"\1\\\2", s)
    if s and s[0] in "-+=:!?~>":
        return f"&#{ord(s[0])};{s[1:]}"
    return s


def blok(waarde: object) -> str:
    """Paragraphs, bullet lists and pipe tables of region text, rebuilt by us."""
    uit: list[str] = []
    for alinea in re.split(r"\n\s*\n", str(waarde).strip()):
        regels = [r for r in alinea.splitlines() if r.strip()]
        if regels and all(r.lstrip().startswith("|") for r in regels):
            uit.append(_tabel(regels))
            continue
        tekstregels: list[str] = []
        items: list[str] = []
        for r in regels:
            if _LIJST.match(r):
                if tekstregels:
                    uit.append(tekst(" ".join(tekstregels)))
                    tekstregels = []
                items.append(_LIJST.sub("", r))
            elif items:
                items[-1] += " " + r.strip()
            else:
                tekstregels.append(r)
        if tekstregels:
            uit.append(tekst(" ".join(tekstregels)))
        if items:
            uit.append("\n".join(f"- {tekst(i)}" for i in items))
    return "\n\n".join(uit)


def _tabel(regels: list[str]) -> str:
    rijen = [[c.strip() for c in r.strip().strip("|").split("|")] for r in regels
             if not _SCHEIDING.match(r.strip())]
    breedte = max(len(r) for r in rijen)
    uit = ["| " + " | ".join(tekst(c) or " " for c in r + [""] * (breedte - len(r))) + " |"
           for r in rijen]
    uit.insert(1, "|" + "---|" * breedte)
    return '<div class="rk-tabel" markdown>\n\n' + "\n".join(uit) + "\n\n</div>"


def getal(waarde: float) -> str:
    """Dutch number: 1,5 and 16."""
    return f"{waarde:g}".replace(".", ",")


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    return f"{n} {enkelvoud if n == 1 else meervoud}"


# Thresholds in words, as a reader says them: "meer dan 14 dagdelen aaneengesloten".
EENHEID = {"uren": ("uur", "uur"), "klokuren": ("klokuur", "klokuren"),
           "lesuren": ("lesuur", "lesuren"), "schooldagen": ("schooldag", "schooldagen"),
           "dagdelen": ("dagdeel", "dagdelen"), "ziekmeldingen": ("ziekmelding", "ziekmeldingen"),
           "keren-te-laat": ("keer te laat", "keer te laat"), "weken": ("week", "weken"),
           "maanden": ("maand", "maanden"), "dagen": ("dag", "dagen")}
PERIODE = {"4-weken": "in 4 lesweken", "12-weken": "in 12 weken", "schooljaar": "per schooljaar",
           "aaneengesloten": "aaneengesloten", "week": "per week", "geen": ""}


def _hoeveel(w: float, eenheid: str) -> str:
    if eenheid == "procent":
        return f"{getal(w)}%"
    enkel, meer = EENHEID.get(eenheid, (eenheid, eenheid))
    return f"{getal(w)} {enkel if w == 1 else meer}"


def drempel_tekst(d: dict) -> str:
    """'meer dan 14 dagdelen aaneengesloten', 'vanaf 16 uur in 4 lesweken', '20% of minder',
    and a band: 'vanaf 8 uur, maar minder dan 16 uur in 4 lesweken'."""
    hoeveel = _hoeveel(d["waarde"], d["eenheid"])
    vergelijking = d["vergelijking"]
    if vergelijking == ">":
        zin = f"meer dan {hoeveel}"
    elif vergelijking == ">=":
        zin = f"vanaf {hoeveel}"
    elif vergelijking == "<=":
        zin = f"{hoeveel} of minder"
    else:
        zin = f"minder dan {hoeveel}"
    if d.get("tot"):
        tot = _hoeveel(d["tot"]["waarde"], d["eenheid"])
        zin += f", maar minder dan {tot}" if d["tot"]["vergelijking"] == "<" else f", tot en met {tot}"
    return " ".join(x for x in (zin, PERIODE.get(d["periode"], "")) if x)


def onderwijs(drempel: dict) -> str:
    """' (PO)' after a threshold that holds for one sector, unless its description starts by
    saying so ("PO: 5e ziekmelding …")."""
    sector = str(drempel.get("onderwijs") or "")
    if not sector or re.match(rf"\s*{re.escape(sector)}\b", str(drempel.get("omschrijving", "")), re.I):
        return ""
    return f" ({sector.upper()})"


def voorkop(regio: dict, paginasoort: str, zoeken: bool = True, titel: str | None = None) -> str:
    """YAML front matter of a generated page (contract 5); JSON strings are valid YAML."""
    sector = " en ".join(s.upper() for s in regio["sectoren"])
    velden = {"regio": regio["naam"], "regio_slug": regio["slug"], "sector": sector,
              "paginasoort": paginasoort}
    if titel:
        velden["title"] = titel
    regels = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in velden.items()]
    if not zoeken:  # zoeken: false for Pagefind; search.exclude for the theme's own search
        regels += ["zoeken: false", "search:", "  exclude: true"]
    elif paginasoort == "verantwoording":
        regels += ["search:", "  boost: 0.3"]
    return "---\n" + "\n".join(regels) + "\n---\n"


def _omgeving() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(SJABLONEN), autoescape=False,
                             undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True, keep_trailing_newline=True,
                             # "{#id}" is Markdown (attr_list): Jinja comments are "{## ##}".
                             comment_start_string="{##", comment_end_string="##}")
    env.filters.update(letterlijk=letterlijk, tekst=tekst, blok=blok, drempel=drempel_tekst,
                       getal=getal, datum=datum, onderwijs=onderwijs, regiotermijn=lambda t: termijn(None, t),
                       json=lambda v: json.dumps(v, ensure_ascii=False))
    env.globals.update(aantal=aantal, meldpunt=meldpunt, grondslag_tekst=grondslag_tekst,
                       plichten=PLICHTEN, tag=tag, termijn_regel=termijn_regel,
                       melding_md=melding_md)
    return env



# --- Deadlines and bases (contract C1): a deadline carries its own basis -------------------
# A deadline is rendered only from a Termijn, on its own line, with its own tag; a law's label
# only from a duty (plicht). No template can put a region's term inside "verplicht volgens …".

def tag(grondslag: str) -> str:
    """The short basis tag (Wet, Regio, Norm, Advies) beside a line."""
    return (f'<span class="rk-tag rk-tag--{grondslag}">{GRONDSLAG_LABELS[grondslag]}</span>')


def termijn_regel(t: Termijn) -> str:
    """One deadline line with the tag of its own basis."""
    if not isinstance(t, Termijn):  # a bare string would carry no basis
        raise TypeError(f"een termijn moet een Termijn zijn, niet {type(t).__name__}")
    return (f'<span class="rk-regel rk-termijn" data-grondslag="{t.grondslag}">'
            f"Termijn: {letterlijk(t.tekst)} {tag(t.grondslag)}</span>")


def grondslag_regel(m: dict) -> str:
    """What a report rests on: the law with its article (linked), or the region's agreement,
    or the Inspectie's norm. Never a deadline."""
    plicht = plicht_van(m)
    zin = grondslag_tekst("wet", plicht) if plicht else GRONDSLAGEN.get(m["grondslag"], m["grondslag"])
    label = f"[{zin}](<{PLICHTEN[plicht].url}>)" if plicht else zin
    return (f'<span class="rk-regel rk-grondslag" data-grondslag="{m["grondslag"]}">'
            f"{label} {tag(m['grondslag'])}</span>")


_VERWIJZEN = ("jgz", "jeugdarts", "jeugdgezondheid", "ggd", "jeugdverpleeg", "schoolarts")


def werkwoord(bij: str, naam: str) -> tuple[str, str]:
    """The verb for a report: reports to DUO, leerplicht or the RMC are 'melden'; a referral to
    the youth doctor is 'verwijzen'; parents are informed."""
    n = naam.lower()
    if bij not in ("duo", "rmc"):
        if "ouder" in n:
            return "Informeer", ""
        if any(w in n for w in _VERWIJZEN):
            return "Verwijs", "naar "
    return "Meld", "bij "


def termijn_van(m: dict) -> Termijn | None:
    """The one deadline of a report (C1): the region's term, else the duty's norm or the law's."""
    return termijn(plicht_van(m), m.get("termijn"))


def melding_kort(m: dict, partijen: dict[str, str], kort=lambda naam: naam) -> str:
    """A report on the one-A4 summary: verb and where with the tag of its basis, then its
    deadline on a line of its own (the article is on the step's page)."""
    naam = kort(meldpunt(m["bij"], partijen))
    verb, voorzetsel = werkwoord(m["bij"], naam)
    mag = " (mag; de school kiest)" if m.get("optioneel") else ""
    regels = [f"**{verb}** {voorzetsel}{letterlijk(naam)}{mag} {tag(m['grondslag'])}"]
    t = termijn_van(m)
    if t:
        regels.append(termijn_regel(t))
    return "".join(regels)


def melding_md(m: dict, partijen: dict[str, str]) -> str:
    """One report as an action: verb and where, what, then its deadline and its basis, each on
    its own line."""
    naam = meldpunt(m["bij"], partijen)
    verb, voorzetsel = werkwoord(m["bij"], naam)
    mag = " (mag; de school kiest)" if m.get("optioneel") else ""
    wat = tekst(m["wat"]).rstrip(".")
    regels = [f"**{verb}** {voorzetsel}**{letterlijk(naam)}**{mag}: {wat}."]
    t = termijn_van(m)
    if t:
        regels.append(termijn_regel(t))
    regels.append(grondslag_regel(m))
    return "".join(regels)


OMGEVING = _omgeving()


def render(sjabloon: str, **context: object) -> str:
    regio, route = context.get("regio"), context.get("route")
    links = stap_links(regio, context.get("adres"), route.get("id") if isinstance(route, dict) else None) \
        if isinstance(regio, dict) else {}
    token = _STAPLINKS.set(links)
    try:
        tekst_ = OMGEVING.get_template(sjabloon).render(**context)
    finally:
        _STAPLINKS.reset(token)
    return re.sub(r"\n{3,}", "\n\n", tekst_)  # templates may leave blank runs; Markdown ignores them
