"""What changed between two versions of a region, in words staff and editors understand.

Computed from the structured data, matched by id (steps, thresholds, parties, rules), so a
change shows as one change: "termijn “binnen 3 weken” → “binnen 2 weken”", never as one item
added and another removed. Changed prose shows the changed words with a little context.
Parties and places to report are named by their name, never by their id.
"""

from __future__ import annotations

import difflib
import re
import sys

from bron.paden import ROOT

from paginas.weergave import drempel_tekst

if str(ROOT) not in sys.path:  # run as 'python scripts/generate.py': the engine is one level up
    sys.path.append(str(ROOT))
from calculator.regio import stap_nummer  # noqa: E402
from calculator.wet.plichten import grondslag_tekst, meldpunt  # noqa: E402

CONTEXT = 3  # words around a changed passage


def _per_id(items) -> dict:
    return {i["id"]: i for i in items or []}


def _woorden(tekst: str) -> list[str]:
    return re.sub(r"\s+", " ", str(tekst or "")).strip().split(" ")


def woordverschil(oud: str, nieuw: str) -> str:
    """'“… de **4e** ziekmelding …” → “… de **5e** ziekmelding …”': changed words in bold."""
    a, b = _woorden(oud), _woorden(nieuw)
    stukken = []
    for soort, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if soort == "equal":
            continue
        voor = a[max(0, i1 - CONTEXT):i1]
        na_a, na_b = a[i2:i2 + CONTEXT], b[j2:j2 + CONTEXT]
        links = " ".join(voor + ([f"**{' '.join(a[i1:i2])}**"] if i2 > i1 else []) + na_a)
        rechts = " ".join(voor + ([f"**{' '.join(b[j1:j2])}**"] if j2 > j1 else []) + na_b)
        begin = "… " if i1 > CONTEXT else ""
        stukken.append(f"“{begin}{links}{' …' if i2 + CONTEXT < len(a) else ''}” → "
                       f"“{begin}{rechts}{' …' if j2 + CONTEXT < len(b) else ''}”")
    if len(stukken) > 3:  # rewritten rather than edited: show both texts
        return f"“{' '.join(a)}” → “{' '.join(b)}”"
    return "; ".join(stukken)


def _lijn(x) -> str:
    return re.sub(r"\s+", " ", str(x)).strip()


def _gelijkenis(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _woorden(a), _woorden(b), autojunk=False).ratio()


def lijstverschil(wat: str, oud: list[str], nieuw: list[str],
                  sleutels: tuple[list, list] | None = None) -> list[str]:
    """Removed and added items, paired when they are versions of the same item: same key
    (e.g. a report to the same place) or a similar sentence."""
    weg = [i for i, x in enumerate(oud) if x not in nieuw]
    erbij = [j for j, y in enumerate(nieuw) if y not in oud]
    paren = []
    if sleutels:
        for i in list(weg):
            gelijk = [j for j in erbij if sleutels[1][j] == sleutels[0][i]]
            if len(gelijk) == 1:
                paren.append((i, gelijk[0]))
                weg.remove(i)
                erbij.remove(gelijk[0])
    for i in list(weg):
        beste = max(erbij, key=lambda j: _gelijkenis(oud[i], nieuw[j]), default=None)
        if beste is not None and _gelijkenis(oud[i], nieuw[beste]) >= 0.5:
            paren.append((i, beste))
            weg.remove(i)
            erbij.remove(beste)
    r = [f"{wat} gewijzigd: {woordverschil(oud[i], nieuw[j])}" for i, j in sorted(paren)]
    r += [f"{wat} toegevoegd: “{_lijn(nieuw[j])}”" for j in erbij]
    return r + [f"{wat} vervallen: “{_lijn(oud[i])}”" for i in weg]


def _termijn(t: dict) -> str:
    return t["tekst"]


def _melding(m: dict, partijen: dict) -> str:
    delen = [m["wat"], f"bij {meldpunt(m['bij'], partijen)}"]
    if m.get("termijn"):
        delen.append(f"termijn {m['termijn']}")
    if m.get("optioneel"):
        delen.append("keuze van de school")
    delen.append(grondslag_tekst(m["grondslag"], m.get("plicht") or (
        "verzuim-16-uur" if m["grondslag"] == "wet" and m["bij"] == "duo" else None)))
    return " · ".join(delen)


def _stapnaam(stap: dict) -> str:
    """A step as staff know it: its number where the source numbers steps, else its title."""
    nummer = stap_nummer(stap)
    return f"Stap {nummer}" if nummer else f"Stap “{stap['titel']}”"


def _stap(route: str, oud: dict, nieuw: dict, p_oud: dict, p_nieuw: dict) -> list[str]:
    naam = f"{_stapnaam(nieuw)} ({route})"
    r = []
    if oud["titel"] != nieuw["titel"]:
        r.append(f"{naam}: titel {woordverschil(oud['titel'], nieuw['titel'])}")
    wie_oud = [p_oud.get(p, p) for p in oud["partijen"]]
    wie_nieuw = [p_nieuw.get(p, p) for p in nieuw["partijen"]]
    if wie_oud != wie_nieuw:
        r.append(f"{naam}: wie “{', '.join(wie_oud)}” → “{', '.join(wie_nieuw)}”")
    for veld, wat in (("omschrijving", "omschrijving"), ("wanneer", "wanneer")):
        if _lijn(oud.get(veld) or "") != _lijn(nieuw.get(veld) or ""):
            r.append(f"{naam}: {wat} {woordverschil(oud.get(veld) or '', nieuw.get(veld) or '')}")
    for veld, wat in (("acties", "actie"), ("adviezen", "advies")):
        r += [f"{naam}: {x}" for x in lijstverschil(wat, oud.get(veld, []), nieuw.get(veld, []))]
    r += [f"{naam}: {x}" for x in lijstverschil(
        "termijn", [_termijn(t) for t in oud.get("termijnen", [])],
        [_termijn(t) for t in nieuw.get("termijnen", [])])]
    m_oud, m_nieuw = oud.get("melden", []), nieuw.get("melden", [])
    r += [f"{naam}: {x}" for x in lijstverschil(
        "melding", [_melding(m, p_oud) for m in m_oud], [_melding(m, p_nieuw) for m in m_nieuw],
        ([m["bij"] for m in m_oud], [m["bij"] for m in m_nieuw]))]
    volg_oud = [v["stap"] for v in oud.get("volgende", [])]
    volg_nieuw = [v["stap"] for v in nieuw.get("volgende", [])]
    if volg_oud != volg_nieuw:
        r.append(f"{naam}: volgende stap {', '.join(volg_oud) or '–'} → {', '.join(volg_nieuw) or '–'}")
    return r


def _kop(oud: dict, nieuw: dict) -> list[str]:
    r = []
    for veld, wat in (("naam", "Naam van de regio"), ("samenwerkingsverband", "Samenwerkingsverband")):
        if oud[veld] != nieuw[veld]:
            r.append(f"{wat}: “{oud[veld]}” → “{nieuw[veld]}”")
    g_oud = {g["id"]: g["naam"] for g in oud["gemeenten"]}
    g_nieuw = {g["id"]: g["naam"] for g in nieuw["gemeenten"]}
    r += [f"Gemeente toegevoegd: {g_nieuw[g]}" for g in g_nieuw if g not in g_oud]
    r += [f"Gemeente vervallen: {g_oud[g]}" for g in g_oud if g not in g_nieuw]
    velden = ("titel", "versie", "datum")
    d_oud, d_nieuw = oud["document"], nieuw["document"]
    if any(d_oud.get(v) != d_nieuw.get(v) for v in velden):
        r.append(f"Brondocument: “{d_oud['titel']}” ({d_oud.get('versie') or '-'}, "
                 f"{d_oud.get('datum') or '-'}) → “{d_nieuw['titel']}” "
                 f"({d_nieuw.get('versie') or '-'}, {d_nieuw.get('datum') or '-'})")
    return r


def _partijen(oud: dict, nieuw: dict) -> list[str]:
    r = []
    p_oud, p_nieuw = _per_id(oud["partijen"]), _per_id(nieuw["partijen"])
    for i, p in p_nieuw.items():
        if i not in p_oud:
            r.append(f"Partij toegevoegd: {p['naam']}")
            continue
        if p_oud[i]["naam"] != p["naam"]:
            r.append(f"Partij hernoemd: {p_oud[i]['naam']} → {p['naam']}")
        if _lijn(p_oud[i]["rol"]) != _lijn(p["rol"]):
            r.append(f"Partij {p['naam']}: rol {woordverschil(p_oud[i]['rol'], p['rol'])}")
        r += [f"Partij {p['naam']}: {x}"
              for x in lijstverschil("taak", p_oud[i].get("taken", []), p.get("taken", []))]
        if p_oud[i].get("per_gemeente") != p.get("per_gemeente"):
            r.append(f"Partij {p['naam']}: afspraken per gemeente gewijzigd")
    return r + [f"Partij vervallen: {p['naam']}" for i, p in p_oud.items() if i not in p_nieuw]


def _routes(oud: dict, nieuw: dict) -> list[str]:
    r = []
    p_oud = {p["id"]: p["naam"] for p in oud["partijen"]}
    p_nieuw = {p["id"]: p["naam"] for p in nieuw["partijen"]}
    r_oud, r_nieuw = _per_id(oud["routes"]), _per_id(nieuw["routes"])
    for i, route in r_nieuw.items():
        if i not in r_oud:
            r.append(f"Route toegevoegd: {route['titel']}")
            continue
        if r_oud[i]["titel"] != route["titel"]:
            r.append(f"Route hernoemd: {r_oud[i]['titel']} → {route['titel']}")
        s_oud, s_nieuw = _per_id(r_oud[i]["stappen"]), _per_id(route["stappen"])
        for sid, stap in s_nieuw.items():
            if sid not in s_oud:
                r.append(f"{_stapnaam(stap)} toegevoegd ({route['titel']})"
                         + (f": {stap['titel']}" if stap_nummer(stap) else ""))
            else:
                r += _stap(route["titel"], s_oud[sid], stap, p_oud, p_nieuw)
        r += [f"{_stapnaam(s)} vervallen ({route['titel']})" + (f": {s['titel']}" if stap_nummer(s) else "")
              for sid, s in s_oud.items() if sid not in s_nieuw]
    return r + [f"Route vervallen: {route['titel']}" for i, route in r_oud.items()
                if i not in r_nieuw]


def _drempels(oud: dict, nieuw: dict) -> list[str]:
    r = []
    d_oud, d_nieuw = _per_id(oud["drempels"]), _per_id(nieuw["drempels"])
    for i, d in d_nieuw.items():
        if i not in d_oud:
            r.append(f"Drempel toegevoegd: {d['omschrijving']} ({drempel_tekst(d)})")
        elif drempel_tekst(d_oud[i]) != drempel_tekst(d):
            r.append(f"Drempel {d['omschrijving']}: {drempel_tekst(d_oud[i])} → {drempel_tekst(d)}")
        elif _lijn(d_oud[i]["omschrijving"]) != _lijn(d["omschrijving"]):
            r.append(f"Drempel: omschrijving "
                     f"{woordverschil(d_oud[i]['omschrijving'], d['omschrijving'])}")
    return r + [f"Drempel vervallen: {d['omschrijving']} ({drempel_tekst(d)})"
                for i, d in d_oud.items() if i not in d_nieuw]


# What the calculator does with a rule; 'bron' and 'lezing' are notes for readers, not rules.
REGELVELDEN = ("als", "dan", "uitleg")


def _kort(tekst: str, woorden: int = 12) -> str:
    w = _woorden(tekst)
    return " ".join(w[:woorden]) + (" …" if len(w) > woorden else "")


def _drempels_in(voorwaarde: dict) -> set[str]:
    (soort, arg), = voorwaarde.items()
    if soort == "drempel":
        return {arg}
    if soort in ("alle", "een_van"):
        return set().union(*(_drempels_in(v) for v in arg))
    if soort == "niet":
        return _drempels_in(arg)
    return set()


def _regel(was: dict, regel: dict, oud: dict, nieuw: dict) -> list[str]:
    """What changed in one rule, in terms of thresholds, steps and reports."""
    wat = []
    if was["als"] != regel["als"]:
        namen = {d["id"]: d["omschrijving"] for d in oud["drempels"] + nieuw["drempels"]}
        d_oud, d_nieuw = _drempels_in(was["als"]), _drempels_in(regel["als"])
        wat += [f"telt niet meer mee: {namen[d]}" for d in sorted(d_oud - d_nieuw)]
        wat += [f"telt nu mee: {namen[d]}" for d in sorted(d_nieuw - d_oud)]
        if d_oud == d_nieuw:
            wat.append("wanneer de regel geldt is veranderd")
    a, b = was["dan"], regel["dan"]
    if a.get("soorten") != b.get("soorten"):
        wat.append(f"soort verzuim {', '.join(a.get('soorten', [])) or '–'} → "
                   f"{', '.join(b.get('soorten', [])) or '–'}")
    titels = {(r["id"], s["id"]): s["titel"] for d in (oud, nieuw) for r in d["routes"]
              for s in r["stappen"]}
    s_oud = [titels[(v["route"], v["stap"])] for v in a.get("stappen", [])]
    s_nieuw = [titels[(v["route"], v["stap"])] for v in b.get("stappen", [])]
    wat += [f"wijst nu ook aan: {t}" for t in s_nieuw if t not in s_oud]
    wat += [f"wijst niet meer aan: {t}" for t in s_oud if t not in s_nieuw]
    p_oud = {p["id"]: p["naam"] for p in oud["partijen"]}
    p_nieuw = {p["id"]: p["naam"] for p in nieuw["partijen"]}
    m_oud, m_nieuw = a.get("melden", []), b.get("melden", [])
    wat += lijstverschil("melding", [_melding(m, p_oud) for m in m_oud],
                         [_melding(m, p_nieuw) for m in m_nieuw],
                         ([m["bij"] for m in m_oud], [m["bij"] for m in m_nieuw]))
    if _lijn(was["uitleg"]) != _lijn(regel["uitleg"]):
        wat.append(f"uitleg {woordverschil(was['uitleg'], regel['uitleg'])}")
    return wat


def _regels(oud: dict, nieuw: dict) -> list[str]:
    r = []
    regel_oud, regel_nieuw = _per_id(oud["regels"]), _per_id(nieuw["regels"])
    for i, regel in regel_nieuw.items():
        if i not in regel_oud:
            r.append(f"Rekenhulp: nieuwe regel “{_lijn(regel['uitleg'])}”")
        elif any(regel_oud[i].get(k) != regel.get(k) for k in REGELVELDEN):
            r.append(f"Rekenhulp, regel “{_kort(regel['uitleg'])}”: "
                     f"{'; '.join(_regel(regel_oud[i], regel, oud, nieuw))}")
    return r + [f"Rekenhulp: regel vervallen “{_lijn(x['uitleg'])}”" for i, x in regel_oud.items()
                if i not in regel_nieuw]


def _overig(oud: dict, nieuw: dict) -> list[str]:
    b_oud = {b["term"] for b in oud.get("begrippen", [])}
    b_nieuw = {b["term"] for b in nieuw.get("begrippen", [])}
    r = [f"Begrip toegevoegd: {b}" for b in sorted(b_nieuw - b_oud)]
    r += [f"Begrip vervallen: {b}" for b in sorted(b_oud - b_nieuw)]
    bl_oud, bl_nieuw = _per_id(oud.get("bijlagen")), _per_id(nieuw.get("bijlagen"))
    r += [f"Bijlage toegevoegd: {b['titel']}" for i, b in bl_nieuw.items() if i not in bl_oud]
    r += [f"Bijlage vervallen: {b['titel']}" for i, b in bl_oud.items() if i not in bl_nieuw]
    return r + [f"Bijlage {b['titel']}: inhoud gewijzigd" for i, b in bl_nieuw.items()
                if i in bl_oud and _lijn(bl_oud[i]["inhoud"]) != _lijn(b["inhoud"])]


def verschillen(oud: dict, nieuw: dict) -> list[str]:
    """Changes from ``oud`` to ``nieuw`` (two region dicts), one Dutch sentence each."""
    return (_kop(oud, nieuw) + _partijen(oud, nieuw) + _routes(oud, nieuw)
            + _drempels(oud, nieuw) + _regels(oud, nieuw) + _overig(oud, nieuw))
