"""Apply one region's rules (from regions/ via the generated regels.json) to a situation.

Conditions are data (see regions/README.md): ``drempel``, ``landelijk``, ``feit``,
``onderwijs``, ``gemeente``, ``alle``, ``een_van``, ``niet``. An unknown key is a data
error, never silently false.
"""

from __future__ import annotations

import operator

from calculator.fout import RegelsFout

VERGELIJK = {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt}


def drempel_bereikt(drempel: dict, s: dict) -> bool:
    veld = drempel.get("invoer")
    if not veld or s.get(veld) is None:
        return False
    if drempel.get("onderwijs") and drempel["onderwijs"] != s.get("onderwijs"):
        return False
    return VERGELIJK[drempel["vergelijking"]](s[veld], drempel["waarde"])


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
    if soort == "alle":
        return all(geldt(v, s, landelijk, drempels) for v in arg)
    if soort == "een_van":
        return any(geldt(v, s, landelijk, drempels) for v in arg)
    if soort == "niet":
        return not geldt(arg, s, landelijk, drempels)
    raise RegelsFout(f"onbekende voorwaarde {soort!r}")


def toegepaste_regels(regio: dict, s: dict, landelijk: set[str]) -> list[dict]:
    drempels = {d["id"]: d for d in regio["drempels"]}
    return [r for r in regio["regels"] if geldt(r["als"], s, landelijk, drempels)]
