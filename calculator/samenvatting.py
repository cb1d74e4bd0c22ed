"""One clear answer: one taxonomy of absence and a one-sentence summary of what to do.

The kinds, as in landelijk/begrippen.yaml: relatief verzuim with its sub-kind (luxe verzuim
or signaalverzuim), langdurig relatief verzuim, absoluut verzuim, zorgwekkend
ziekteverzuim and geoorloofd verzuim. "Geen verzuim vastgesteld" is only said when there
is nothing to do.
"""

from __future__ import annotations

from typing import Any

SOORTEN = ("absoluut", "relatief", "luxe", "signaal", "langdurig-relatief",
           "zorgwekkend-ziekteverzuim", "geoorloofd")
# Kinds that exist only for a pupil under leerplicht or kwalificatieplicht.
ALLEEN_PLICHTIG = {"absoluut", "relatief", "luxe", "signaal", "langdurig-relatief"}

GEEN_VERZUIM = "Geen verzuim vastgesteld"
GEEN_SOORT = "Geen soort verzuim vast te stellen"
NIET_PLICHTIG = "Niet leerplichtig of kwalificatieplichtig: geen verzuim in de zin van de Leerplichtwet"


def orden(soorten: set[str]) -> list[str]:
    if {"luxe", "signaal", "langdurig-relatief"} & soorten:
        soorten = soorten | {"relatief"}  # all are kinds of relatief verzuim
    if "luxe" in soorten:
        soorten = soorten - {"signaal"}  # one sub-kind: luxe verzuim is not signaalverzuim
    return [x for x in SOORTEN if x in soorten]


def soort_naam(soorten: list[str], eigen: dict[str, str] | None = None) -> str:
    """The kinds in one line, in the national words; ``eigen`` adds a region's own word."""
    eigen = eigen or {}
    delen = []
    if "absoluut" in soorten:
        delen.append("absoluut verzuim")
    if "relatief" in soorten:
        naam = "langdurig relatief verzuim" if "langdurig-relatief" in soorten else "relatief verzuim"
        sub = "luxe verzuim" if "luxe" in soorten else "signaalverzuim" if "signaal" in soorten else ""
        delen.append(f"{naam} ({sub})" if sub else naam)
    if "zorgwekkend-ziekteverzuim" in soorten:
        woord = eigen.get("zorgwekkend-ziekteverzuim")
        delen.append(f"zorgwekkend ziekteverzuim (in deze regio: {woord})" if woord
                     else "zorgwekkend ziekteverzuim")
    if not delen and "geoorloofd" in soorten:
        delen.append("geoorloofd verzuim (ziekte)")
    if not delen:
        return ""
    tekst = " en ".join(delen)
    return tekst[0].upper() + tekst[1:]


def soort_regel(soorten: list[str], acties: list, stappen: list[dict], niet_plichtig: bool = False,
                eigen: dict[str, str] | None = None) -> str:
    """The answer's first line: the kind, or why there is none."""
    return soort_naam(soorten, eigen) or (NIET_PLICHTIG if niet_plichtig else
                                           GEEN_SOORT if acties or stappen else GEEN_VERZUIM)


def samenvatting(antwoord: Any) -> dict:
    """``{soort, melden, waar, volgende_stap, tekst}`` (contract 4), drawn from the answer
    model so that it never says another thing: "melden" only for reports to leerplicht, DUO or
    the RMC, and the next step is the step the situation has reached."""
    verplicht = [a for a in antwoord.acties if a.soort == "melden" and not a.optioneel]
    waar = list(dict.fromkeys(a.partij_naam for a in verplicht))
    stap = antwoord.volgende_stap
    zinnen = [a.zin[:-1] + (" (mag: keuze van de school)." if a.optioneel else ".")
              for a in antwoord.acties]
    if stap is not None:
        zinnen.append(f"Ga verder met {stap.naam.rstrip('.')}.")
    if not zinnen:
        zinnen.append("Er is niets te melden en geen stap van de routekaart nodig.")
    return {"soort": antwoord.soort, "melden": bool(verplicht), "waar": waar,
            "volgende_stap": {"titel": stap.titel, "url": stap.url} if stap else None,
            "tekst": f"{antwoord.soort}. " + " ".join(zinnen)}
