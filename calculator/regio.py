"""Apply one region's rules (docs/assets/regels/<slug>.json, from regions/) to a situation.

Conditions are data (see regions/README.md): ``drempel``, ``landelijk``, ``feit``,
``onderwijs``, ``gemeente``, ``leeftijd``, ``alle``, ``een_van``, ``niet``. An unknown key
is a data error, never silently false.
"""

from __future__ import annotations

import operator
import re

from calculator.fout import RegelsFout

VERGELIJK = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt}


# A step id that is a step number as sources write them: "3", "2.1", "3b", "3a.1", "Z1", "O4",
# "B12" — it starts with a digit, or with one to three letters right before a digit. Ids that
# are words ("signaleren", "opschaling-1") are names, not numbers.
_NUMMER = re.compile(r"^(?:[0-9]|[A-Za-z]{1,3}[0-9])[A-Za-z0-9.]*$")


def stap_nummer(stap: dict) -> str | None:
    """The step's number as the source writes it: ``nummer`` when the region gives one,
    else the id when the id is a number (see ``_NUMMER``), else None."""
    if stap.get("nummer"):
        return str(stap["nummer"]).strip()
    ident = str(stap.get("id", ""))
    return ident if ident and _NUMMER.match(ident) else None


def stap_label(stap: dict) -> str:
    """A step's name wherever it is shown (contract C4): "Stap O4: Gesprek met ouders", or the
    bare title when the step has no number. A title that already starts with "Stap O4" is not
    numbered twice."""
    titel = " ".join(str(stap.get("titel", "")).split())
    nummer = stap_nummer(stap)
    if nummer is None:
        return titel
    if re.match(rf"stap\s+{re.escape(nummer)}(?![A-Za-z0-9])", titel, re.IGNORECASE):
        return titel
    return f"Stap {nummer}: {titel}" if titel else f"Stap {nummer}"


def drempel_bereikt(drempel: dict, s: dict) -> bool:
    veld = drempel.get("invoer")
    if not veld or s.get(veld) is None:
        return False
    if drempel.get("onderwijs") and drempel["onderwijs"] != s.get("onderwijs"):
        return False
    tot = drempel.get("tot")  # a band: "8 uur of meer, maar minder dan 16 uur"
    if tot and not VERGELIJK[tot["vergelijking"]](s[veld], tot["waarde"]):
        return False
    return VERGELIJK[drempel["vergelijking"]](s[veld], drempel["waarde"])


def leeftijd_past(grenzen: dict, leeftijd: float | None) -> bool:
    """``{vanaf: 18, tot: 23}``: vanaf inclusive, tot exclusive; an unknown age never fits."""
    if leeftijd is None:
        return False
    return grenzen.get("vanaf", 0) <= leeftijd and ("tot" not in grenzen or leeftijd < grenzen["tot"])


def geldt(voorwaarde: dict, s: dict, landelijk: set[str], drempels: dict[str, dict]) -> bool:
    (soort, arg), = voorwaarde.items()
    if soort == "drempel":
        return drempel_bereikt(drempels[arg], s)
    if soort == "landelijk":
        return arg in landelijk
    if soort == "feit":
        return s.get(arg["veld"]) is arg["is"]
    if soort == "onderwijs":
        return s.get("onderwijs") == arg
    if soort == "gemeente":
        return s.get("gemeente") in arg
    if soort == "leeftijd":
        return leeftijd_past(arg, s.get("leeftijd"))
    if soort == "alle":
        return all(geldt(v, s, landelijk, drempels) for v in arg)
    if soort == "een_van":
        return any(geldt(v, s, landelijk, drempels) for v in arg)
    if soort == "niet":
        return not geldt(arg, s, landelijk, drempels)
    raise RegelsFout(f"onbekende voorwaarde {soort!r}")


def melding_voor(melding: dict, gemeente: str | None) -> dict:
    """A report as it goes for this gemeente: ``per_gemeente`` names another place (``bij``),
    and may change ``wat`` and ``termijn`` ("In Kreekwaarde niet via DUO maar naar het Meldpunt
    Jeugd"). Without a gemeente, or for another one, the report as written."""
    uit = {k: v for k, v in melding.items() if k != "per_gemeente"}
    for pg in melding.get("per_gemeente") or []:
        if gemeente in pg["gemeenten"]:
            uit.update({k: pg[k] for k in ("bij", "wat", "termijn") if k in pg})
            break
    return uit


def toegepaste_regels(regio: dict, s: dict, landelijk: set[str]) -> list[dict]:
    """The rules that apply, with each report as it goes in the pupil's gemeente."""
    drempels = {d["id"]: d for d in regio["drempels"]}
    uit = []
    for r in regio["regels"]:
        if not geldt(r["als"], s, landelijk, drempels):
            continue
        if any("per_gemeente" in m for m in r["dan"].get("melden", [])):
            dan = {**r["dan"], "melden": [melding_voor(m, s.get("gemeente"))
                                          for m in r["dan"]["melden"]]}
            r = {**r, "dan": dan}
        uit.append(r)
    return uit


def _velden_in(voorwaarde: dict, drempels: dict[str, dict], onderwijs: str | None) -> set[str]:
    (soort, arg), = voorwaarde.items()
    if soort == "drempel":
        d = drempels.get(arg, {})
        if d.get("invoer") and not (onderwijs and d.get("onderwijs") not in (None, onderwijs)):
            return {d["invoer"]}
        return set()
    if soort == "feit":
        return {arg["veld"]}
    if soort in ("gemeente", "leeftijd"):
        return {soort}
    if soort in ("alle", "een_van"):
        return set().union(*(_velden_in(v, drempels, onderwijs) for v in arg))
    if soort == "niet":
        return _velden_in(arg, drempels, onderwijs)
    return set()


def gebruikte_velden(regio: dict, onderwijs: str | None = None) -> set[str]:
    """The answers this region's own rules look at (for one sector, when given)."""
    drempels = {d["id"]: d for d in regio["drempels"]}
    velden: set[str] = set()
    for regel in regio["regels"]:
        velden |= _velden_in(regel["als"], drempels, onderwijs)
        if any(m.get("per_gemeente") for m in regel["dan"].get("melden", [])):
            velden.add("gemeente")  # where to report depends on it
    return velden
