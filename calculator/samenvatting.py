"""One clear answer: one taxonomy of absence and a one-sentence summary of what to do.

The kinds, as in landelijk/begrippen.yaml: relatief verzuim with its sub-kind (luxe verzuim
or signaalverzuim), langdurig relatief verzuim, absoluut verzuim, zorgwekkend
ziekteverzuim and geoorloofd verzuim. "Geen verzuim vastgesteld" is only said when there
is nothing to do.
"""

from __future__ import annotations

SOORTEN = ("absoluut", "relatief", "luxe", "signaal", "langdurig-relatief",
           "zorgwekkend-ziekteverzuim", "geoorloofd")
# Kinds that exist only for a pupil under leerplicht or kwalificatieplicht.
ALLEEN_PLICHTIG = {"absoluut", "relatief", "luxe", "signaal", "langdurig-relatief"}

GEEN_VERZUIM = "Geen verzuim vastgesteld"
GEEN_SOORT = "Geen soort verzuim vast te stellen"
NIET_PLICHTIG = "Geen relatief verzuim (niet leerplichtig of kwalificatieplichtig)"


def orden(soorten: set[str]) -> list[str]:
    if {"luxe", "signaal", "langdurig-relatief"} & soorten:
        soorten = soorten | {"relatief"}  # all are kinds of relatief verzuim
    if "luxe" in soorten:
        soorten = soorten - {"signaal"}  # one sub-kind: luxe verzuim is not signaalverzuim
    return [x for x in SOORTEN if x in soorten]


def soort_naam(soorten: list[str]) -> str:
    delen = []
    if "absoluut" in soorten:
        delen.append("absoluut verzuim")
    if "relatief" in soorten:
        naam = "langdurig relatief verzuim" if "langdurig-relatief" in soorten else "relatief verzuim"
        sub = "luxe verzuim" if "luxe" in soorten else "signaalverzuim" if "signaal" in soorten else ""
        delen.append(f"{naam} ({sub})" if sub else naam)
    if "zorgwekkend-ziekteverzuim" in soorten:
        delen.append("zorgwekkend ziekteverzuim")
    if not delen and "geoorloofd" in soorten:
        delen.append("geoorloofd verzuim (ziekte)")
    if not delen:
        return ""
    tekst = " en ".join(delen)
    return tekst[0].upper() + tekst[1:]


def _opsomming(namen: list[str]) -> str:
    return namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]


def samenvatting(soorten: list[str], melden: list[dict], stappen: list[dict],
                 niet_plichtig: bool = False) -> dict:
    """``{soort, melden, waar, volgende_stap, tekst}`` (contract 4)."""
    verplicht = [m for m in melden if not m["optioneel"]]
    waar = list(dict.fromkeys(m["bij_naam"] for m in verplicht))
    keuze = list(dict.fromkeys(m["bij_naam"] for m in melden if m["optioneel"]))
    volgende = {"titel": stappen[0]["titel"], "url": stappen[0]["url"]} if stappen else None
    soort = soort_naam(soorten) or (NIET_PLICHTIG if niet_plichtig else
                                    GEEN_SOORT if melden or stappen else GEEN_VERZUIM)
    delen = []
    if waar:
        delen.append(f"meld bij {_opsomming(waar)}")
    if keuze:
        delen.append(f"melden bij {_opsomming(keuze)} mag (keuze van de school)")
    if volgende:
        delen.append(f"volgende stap: {volgende['titel']}")
    if not delen:
        delen.append("er is niets te melden en geen stap van de routekaart nodig")
    tussen = ", maar de routekaart van de regio vraagt wel actie: " if soort == GEEN_SOORT else ": "
    tekst = f"{soort}{tussen}{'; '.join(delen)}."
    return {"soort": soort, "melden": bool(verplicht), "waar": waar, "volgende_stap": volgende,
            "tekst": tekst}
