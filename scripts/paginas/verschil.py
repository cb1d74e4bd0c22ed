"""What changed between two versions of a region, for the staff who act on it.

Two groups (``wijzigingen``): first what staff must now **do differently** — a threshold, a
deadline, who acts, where to report, a step added or gone — each in one sentence with what it
was ("… : nu vanaf 36 dagdelen per schooljaar (was: in 4 lesweken)"); then the **smaller
changes**: names, labels, wording, sources, the Rekenhulp's explanations.

Computed from the structured data and matched by id (steps, thresholds, parties, reports by
their place), so a change is one line: a party renamed is one line, not one per step that
names it. A text edit counts as "do differently" only when a number in it changed.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections import Counter
from dataclasses import dataclass, field

from bron.paden import ROOT

from paginas.weergave import drempel_tekst

if str(ROOT) not in sys.path:  # run as 'python scripts/generate.py': the engine is one level up
    sys.path.append(str(ROOT))
from calculator.regio import stap_label, stap_nummer  # noqa: E402
from calculator.wet.plichten import grondslag_tekst, meldpunt, plicht_van, termijn  # noqa: E402

CONTEXT = 3  # words around a changed passage


@dataclass
class Wijzigingen:
    """The changes of one version: ``anders`` (staff act differently) and ``klein``."""

    anders: list[str] = field(default_factory=list)
    klein: list[str] = field(default_factory=list)

    def __iadd__(self, ander: Wijzigingen) -> Wijzigingen:
        self.anders += ander.anders
        self.klein += ander.klein
        return self

    def alle(self) -> list[str]:
        return self.anders + self.klein


def _per_id(items) -> dict:
    return {i["id"]: i for i in items or []}


def _woorden(tekst: str) -> list[str]:
    return re.sub(r"\s+", " ", str(tekst or "")).strip().split(" ")


def _lijn(x) -> str:
    return re.sub(r"\s+", " ", str(x or "")).strip()


def _getallen(tekst: str) -> list[str]:
    return re.findall(r"\d+(?:[.,]\d+)?", str(tekst or ""))


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


def nu_was(oud: str, nieuw: str) -> str:
    """'nu vanaf 36 dagdelen per schooljaar (was: in 4 lesweken)': the new value in full, of
    the old one only what differs after the words they share."""
    a, b = _woorden(oud), _woorden(nieuw)
    gelijk = 0
    while gelijk < min(len(a), len(b)) - 1 and a[gelijk] == b[gelijk]:
        gelijk += 1
    was = " ".join(a[gelijk:]) if gelijk and gelijk < len(a) else " ".join(a)
    return f"nu {' '.join(b)} (was: {was})"


def _gelijkenis(a: str, b: str) -> float:
    """How alike two sentences are; a sentence that kept most of its words (an explanation
    added, a word changed) counts as the same sentence edited."""
    wa, wb = _woorden(a), _woorden(b)
    verhouding = difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()
    behouden = sum((Counter(wa) & Counter(wb)).values()) / max(1, min(len(wa), len(wb)))
    return max(verhouding, behouden * 0.8)


def _paren(oud: list[str], nieuw: list[str]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Removed and added items, paired when they are versions of the same sentence."""
    weg = [i for i, x in enumerate(oud) if x not in nieuw]
    erbij = [j for j, y in enumerate(nieuw) if y not in oud]
    paren = []
    for i in list(weg):
        beste = max(erbij, key=lambda j: _gelijkenis(oud[i], nieuw[j]), default=None)
        if beste is not None and _gelijkenis(oud[i], nieuw[beste]) >= 0.5:
            paren.append((i, beste))
            weg.remove(i)
            erbij.remove(beste)
    return sorted(paren), erbij, weg


def _tekstlijst(naam: str, wat: str, oud: list[str], nieuw: list[str]) -> Wijzigingen:
    """Actions, advice, deadlines of a step: an added or removed one, or one with another number,
    changes what staff do; a reworded one is a smaller change."""
    w = Wijzigingen()
    paren, erbij, weg = _paren(oud, nieuw)
    for i, j in paren:
        zin = f"{naam}: {wat} {woordverschil(oud[i], nieuw[j])}"
        (w.anders if _getallen(oud[i]) != _getallen(nieuw[j]) else w.klein).append(zin)
    nieuwe = {"actie": "nieuwe actie", "termijn": "nieuwe termijn"}.get(wat, f"nieuw {wat}")
    w.anders += [f"{naam}: {nieuwe}: “{_lijn(nieuw[j])}”" for j in erbij]
    w.anders += [f"{naam}: {wat} vervallen: “{_lijn(oud[i])}”" for i in weg]
    return w


def lijstverschil(wat: str, oud: list[str], nieuw: list[str]) -> list[str]:
    """Removed, added and reworded items of a list, one line each (for parties' tasks)."""
    paren, erbij, weg = _paren(oud, nieuw)
    r = [f"{wat} gewijzigd: {woordverschil(oud[i], nieuw[j])}" for i, j in paren]
    r += [f"{wat} toegevoegd: “{_lijn(nieuw[j])}”" for j in erbij]
    return r + [f"{wat} vervallen: “{_lijn(oud[i])}”" for i in weg]


def _namen(ids: list[str], partijen: dict[str, str]) -> str:
    return ", ".join(partijen.get(p, p) for p in ids)


def _termijn(m: dict) -> str:
    """The deadline staff meet (contract C1): the region's, else the norm or the law's, with
    whose it is."""
    t = termijn(plicht_van(m), m.get("termijn"))
    if t is None:
        return "geen termijn"
    wiens = {"regio": "afspraak van de regio", "norm": "norm", "wet": "wet", "advies": "advies"}
    return f"{t.tekst[:1].lower()}{t.tekst[1:]} ({wiens.get(t.grondslag, t.grondslag)})"


def _basis(m: dict) -> str:
    return grondslag_tekst(m["grondslag"], plicht_van(m))


def _meldingen(naam: str, oud: list[dict], nieuw: list[dict], p_oud: dict, p_nieuw: dict
               ) -> Wijzigingen:
    """Reports matched by where they go (the id, so a renamed party changes nothing here)."""
    w = Wijzigingen()
    for v, m in _meldparen(oud, nieuw):
        if v is None and m is not None:
            waar = meldpunt(m["bij"], p_nieuw)
            termijn = f", {_lijn(m['termijn'])}" if m.get("termijn") else ""
            w.anders.append(f"{naam}: nu ook melden bij {waar}{termijn}: {_lijn(m['wat'])}.")
            continue
        if m is None or v is None:
            assert v is not None  # a pair has at least one side
            w.anders.append(f"{naam}: niet meer melden bij {meldpunt(v['bij'], p_oud)}: {_lijn(v['wat'])}.")
            continue
        waar = meldpunt(m["bij"], p_nieuw)
        t_oud, t_nieuw = _termijn(v), _termijn(m)
        if t_oud != t_nieuw:
            w.anders.append(f"{naam}: termijn van de melding bij {waar} {nu_was(t_oud, t_nieuw)}.")
        if bool(v.get("optioneel")) != bool(m.get("optioneel")):
            w.anders.append(f"{naam}: de melding bij {waar} is nu "
                            + ("een keuze van de school (was: altijd melden)." if m.get("optioneel")
                               else "altijd nodig (was: een keuze van de school)."))
        if _basis(v) != _basis(m):
            w.klein.append(f"{naam}: de melding bij {waar} is nu {_basis(m)} (was: {_basis(v)}).")
        if _lijn(v["wat"]) != _lijn(m["wat"]):
            w.klein.append(f"{naam}: omschrijving van de melding bij {waar}: "
                           f"{woordverschil(v['wat'], m['wat'])}")
    return w


def _meldparen(oud: list[dict], nieuw: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Old and new reports of a step paired: first the same place and the same duty, then the
    same place and the most similar description; the rest added or gone."""
    over = list(oud)
    paar: dict[int, dict | None] = {}
    for i, m in enumerate(nieuw):
        v = next((v for v in over if v["bij"] == m["bij"] and plicht_van(v) == plicht_van(m)
                  and v["grondslag"] == m["grondslag"]), None)
        if v is not None:
            over.remove(v)
            paar[i] = v
    for i, m in enumerate(nieuw):
        zelfde = [v for v in over if v["bij"] == m["bij"]] if i not in paar else []
        if zelfde:
            v = max(zelfde, key=lambda v: _gelijkenis(v["wat"], m["wat"]))
            over.remove(v)
            paar[i] = v
    return [(paar.get(i), m) for i, m in enumerate(nieuw)] + [(v, None) for v in over]


def _stapnaam(stap: dict) -> str:
    """A step as staff know it: its number where the source numbers steps, else its title."""
    nummer = stap_nummer(stap)
    return f"Stap {nummer}" if nummer else f"Stap “{stap['titel']}”"


def _stap_w(route: str, oud: dict, nieuw: dict, p_oud: dict, p_nieuw: dict) -> Wijzigingen:
    naam = f"{_stapnaam(nieuw)} ({route})"
    w = Wijzigingen()
    if _lijn(oud["titel"]) != _lijn(nieuw["titel"]):
        w.klein.append(f"{naam}: titel {woordverschil(oud['titel'], nieuw['titel'])}")
    if oud["partijen"] != nieuw["partijen"]:
        w.anders.append(f"{naam}: wie doet het: nu {_namen(nieuw['partijen'], p_nieuw)} "
                        f"(was: {_namen(oud['partijen'], p_oud)}).")
    for veld, wat in (("wanneer", "wanneer"), ("omschrijving", "omschrijving")):
        a, b = _lijn(oud.get(veld)), _lijn(nieuw.get(veld))
        if a != b:
            zin = f"{naam}: {wat} {woordverschil(a, b)}"
            (w.anders if veld == "wanneer" and _getallen(a) != _getallen(b) else w.klein).append(zin)
    w += _tekstlijst(naam, "actie", oud.get("acties", []), nieuw.get("acties", []))
    w += _tekstlijst(naam, "termijn", [t["tekst"] for t in oud.get("termijnen", [])],
                     [t["tekst"] for t in nieuw.get("termijnen", [])])
    advies = _tekstlijst(naam, "advies", oud.get("adviezen", []), nieuw.get("adviezen", []))
    w.klein += advies.anders + advies.klein
    w += _meldingen(naam, oud.get("melden", []), nieuw.get("melden", []), p_oud, p_nieuw)
    volg_oud = [v["stap"] for v in oud.get("volgende", [])]
    volg_nieuw = [v["stap"] for v in nieuw.get("volgende", [])]
    if volg_oud != volg_nieuw:
        w.anders.append(f"{naam}: daarna {nu_was(', '.join(volg_oud) or 'niets', ', '.join(volg_nieuw) or 'niets')}.")
    return w


def _stap(route: str, oud: dict, nieuw: dict, p_oud: dict, p_nieuw: dict) -> list[str]:
    """Every change of one step, the ones that change what staff do first."""
    return _stap_w(route, oud, nieuw, p_oud, p_nieuw).alle()


def _nieuwe_stap(route: str, stap: dict, partijen: dict) -> str:
    """A new step says what it asks: who, what, by when."""
    delen = [f"Nieuwe stap in {route}: {stap_label(stap)}. Wie: {_namen(stap['partijen'], partijen)}"]
    if stap.get("wanneer"):
        delen.append(f"wanneer: {_lijn(stap['wanneer']).rstrip('.')}")
    wat = [_lijn(a).rstrip(".") for a in stap.get("acties", [])]
    wat += [f"melden bij {meldpunt(m['bij'], partijen)}" for m in stap.get("melden", [])]
    if wat:
        delen.append(f"wat: {'; '.join(wat)}")
    termijnen = [_lijn(t["tekst"]).rstrip(".") for t in stap.get("termijnen", [])]
    termijnen += [_lijn(m["termijn"]) for m in stap.get("melden", []) if m.get("termijn")]
    if termijnen:
        delen.append(f"termijn: {'; '.join(termijnen)}")
    return "; ".join(delen) + "."


def _kop(oud: dict, nieuw: dict) -> Wijzigingen:
    w = Wijzigingen()
    for veld, wat in (("naam", "Naam van de regio"), ("samenwerkingsverband", "Samenwerkingsverband")):
        if oud[veld] != nieuw[veld]:
            w.klein.append(f"{wat}: nu “{nieuw[veld]}” (was: “{oud[veld]}”).")
    g_oud = {g["id"]: g["naam"] for g in oud["gemeenten"]}
    g_nieuw = {g["id"]: g["naam"] for g in nieuw["gemeenten"]}
    w.anders += [f"Gemeente {g_nieuw[g]} hoort nu bij deze regio." for g in g_nieuw if g not in g_oud]
    w.anders += [f"Gemeente {g_oud[g]} hoort niet meer bij deze regio." for g in g_oud
                 if g not in g_nieuw]
    w.klein += [f"Gemeente hernoemd: {g_oud[g]} → {g_nieuw[g]}." for g in g_nieuw
                if g in g_oud and g_oud[g] != g_nieuw[g]]
    velden = ("titel", "versie", "datum")
    d_oud, d_nieuw = oud["document"], nieuw["document"]
    if any(d_oud.get(v) != d_nieuw.get(v) for v in velden):
        w.klein.append(f"Brondocument: nu “{d_nieuw['titel']}” ({d_nieuw.get('versie') or 'zonder versie'}, "
                       f"{d_nieuw.get('datum') or 'zonder datum'}); was “{d_oud['titel']}” "
                       f"({d_oud.get('versie') or 'zonder versie'}, {d_oud.get('datum') or 'zonder datum'}).")
    return w


def _partijen(oud: dict, nieuw: dict) -> Wijzigingen:
    w = Wijzigingen()
    p_oud, p_nieuw = _per_id(oud["partijen"]), _per_id(nieuw["partijen"])
    for i, p in p_nieuw.items():
        if i not in p_oud:
            w.klein.append(f"Partij toegevoegd: {p['naam']}")
            continue
        if p_oud[i]["naam"] != p["naam"]:
            w.klein.append(f"Partij hernoemd: {p_oud[i]['naam']} → {p['naam']}")
        if _lijn(p_oud[i]["rol"]) != _lijn(p["rol"]):
            w.klein.append(f"Partij {p['naam']}: rol {woordverschil(p_oud[i]['rol'], p['rol'])}")
        w.klein += [f"Partij {p['naam']}: {x}"
                    for x in lijstverschil("taak", p_oud[i].get("taken", []), p.get("taken", []))]
        if p_oud[i].get("per_gemeente") != p.get("per_gemeente"):
            w.klein.append(f"Partij {p['naam']}: afspraken per gemeente gewijzigd")
    w.klein += [f"Partij vervallen: {p['naam']}" for i, p in p_oud.items() if i not in p_nieuw]
    return w


def _routes(oud: dict, nieuw: dict) -> Wijzigingen:
    w = Wijzigingen()
    p_oud = {p["id"]: p["naam"] for p in oud["partijen"]}
    p_nieuw = {p["id"]: p["naam"] for p in nieuw["partijen"]}
    r_oud, r_nieuw = _per_id(oud["routes"]), _per_id(nieuw["routes"])
    for i, route in r_nieuw.items():
        if i not in r_oud:
            w.anders.append(f"Nieuwe route: {route['titel']}.")
            continue
        if r_oud[i]["titel"] != route["titel"]:
            w.klein.append(f"Route hernoemd: {r_oud[i]['titel']} → {route['titel']}")
        s_oud, s_nieuw = _per_id(r_oud[i]["stappen"]), _per_id(route["stappen"])
        for sid, stap in s_nieuw.items():
            if sid not in s_oud:
                w.anders.append(_nieuwe_stap(route["titel"], stap, p_nieuw))
            else:
                w += _stap_w(route["titel"], s_oud[sid], stap, p_oud, p_nieuw)
        w.anders += [f"Stap vervallen in {route['titel']}: {stap_label(s)}." for sid, s in s_oud.items()
                     if sid not in s_nieuw]
    w.anders += [f"Route vervallen: {route['titel']}." for i, route in r_oud.items()
                 if i not in r_nieuw]
    return w


def _drempelnaam(d: dict, regio: dict) -> str:
    """A threshold as staff meet it: by the step that uses it (route and step), else its own
    description."""
    for r in regio["routes"]:
        for s in r["stappen"]:
            if d["id"] in s.get("drempels", []):
                return f"{r['titel']} ({stap_label(s)})"
    return _lijn(d["omschrijving"])


def _drempels(oud: dict, nieuw: dict) -> Wijzigingen:
    w = Wijzigingen()
    d_oud, d_nieuw = _per_id(oud["drempels"]), _per_id(nieuw["drempels"])
    for i, d in d_nieuw.items():
        if i not in d_oud:
            w.anders.append(f"Nieuwe drempel: {_lijn(d['omschrijving'])} ({drempel_tekst(d)}).")
        elif drempel_tekst(d_oud[i]) != drempel_tekst(d):
            w.anders.append(f"{_drempelnaam(d, nieuw)}: drempel "
                            f"{nu_was(drempel_tekst(d_oud[i]), drempel_tekst(d))}.")
        if i in d_oud and _lijn(d_oud[i]["omschrijving"]) != _lijn(d["omschrijving"]):
            w.klein.append(f"Omschrijving van de drempel: "
                           f"{woordverschil(d_oud[i]['omschrijving'], d['omschrijving'])}")
    w.anders += [f"Drempel vervallen: {_lijn(d['omschrijving'])} ({drempel_tekst(d)})."
                 for i, d in d_oud.items() if i not in d_nieuw]
    return w


# What the calculator does with a rule; 'bron' and 'lezing' are notes for readers, not rules.
REGELVELDEN = ("als", "dan", "uitleg")


def _kort(tekst: str, woorden: int = 12) -> str:
    w = _woorden(tekst)
    return " ".join(w[:woorden]) + (" …" if len(w) > woorden else "")


def _regel(was: dict, regel: dict, oud: dict, nieuw: dict) -> list[str]:
    """What changed in one rule of the Rekenhulp, in words of the route map."""
    wat = []
    titels = {(r["id"], s["id"]): stap_label(s) for d in (oud, nieuw) for r in d["routes"]
              for s in r["stappen"]}
    a, b = was["dan"], regel["dan"]
    s_oud = [titels[(v["route"], v["stap"])] for v in a.get("stappen", [])]
    s_nieuw = [titels[(v["route"], v["stap"])] for v in b.get("stappen", [])]
    wat += [f"wijst nu ook aan: {t}" for t in s_nieuw if t not in s_oud]
    wat += [f"wijst niet meer aan: {t}" for t in s_oud if t not in s_nieuw]
    if was["als"] != regel["als"]:
        wat.append("geldt nu in andere gevallen (zie de drempels hierboven)")
    if a.get("soorten") != b.get("soorten") or a.get("melden") != b.get("melden"):
        wat.append("geeft nu een ander antwoord over de soort verzuim of de melding")
    if _lijn(was["uitleg"]) != _lijn(regel["uitleg"]) and not wat:
        wat.append("de uitleg is anders verwoord")
    return wat


def _regels(oud: dict, nieuw: dict) -> Wijzigingen:
    """The Rekenhulp follows the route map; its rules are smaller changes."""
    w = Wijzigingen()
    regel_oud, regel_nieuw = _per_id(oud["regels"]), _per_id(nieuw["regels"])
    for i, regel in regel_nieuw.items():
        if i not in regel_oud:
            w.klein.append(f"De rekenhulp kent een nieuwe regel: “{_kort(regel['uitleg'])}”.")
        elif any(regel_oud[i].get(k) != regel.get(k) for k in REGELVELDEN):
            w.klein.append(f"De rekenhulp bij “{_kort(regel['uitleg'])}”: "
                           f"{'; '.join(_regel(regel_oud[i], regel, oud, nieuw))}.")
    w.klein += [f"De rekenhulp kent de regel “{_kort(x['uitleg'])}” niet meer."
                for i, x in regel_oud.items() if i not in regel_nieuw]
    return w


def _overig(oud: dict, nieuw: dict) -> Wijzigingen:
    b_oud = {b["term"] for b in oud.get("begrippen", [])}
    b_nieuw = {b["term"] for b in nieuw.get("begrippen", [])}
    r = [f"Begrip toegevoegd: {b}" for b in sorted(b_nieuw - b_oud)]
    r += [f"Begrip vervallen: {b}" for b in sorted(b_oud - b_nieuw)]
    bl_oud, bl_nieuw = _per_id(oud.get("bijlagen")), _per_id(nieuw.get("bijlagen"))
    r += [f"Bijlage toegevoegd: {b['titel']}" for i, b in bl_nieuw.items() if i not in bl_oud]
    r += [f"Bijlage vervallen: {b['titel']}" for i, b in bl_oud.items() if i not in bl_nieuw]
    r += [f"Bijlage {b['titel']}: inhoud gewijzigd" for i, b in bl_nieuw.items()
          if i in bl_oud and _lijn(bl_oud[i]["inhoud"]) != _lijn(b["inhoud"])]
    return Wijzigingen(klein=r)


def wijzigingen(oud: dict, nieuw: dict) -> Wijzigingen:
    """Changes from ``oud`` to ``nieuw`` (two region dicts): what staff now do differently, and
    the smaller changes; one Dutch sentence each."""
    w = Wijzigingen()
    for deel in (_drempels, _routes, _kop, _partijen, _regels, _overig):
        w += deel(oud, nieuw)
    return w


def verschillen(oud: dict, nieuw: dict) -> list[str]:
    """All changes in one list, the ones that change what staff do first."""
    return wijzigingen(oud, nieuw).alle()
