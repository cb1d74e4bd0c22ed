"""Is the pupil leerplichtig, kwalificatieplichtig, or neither? (Leerplichtwet 1969, art. 3, 4a, 4b)

With ``geboortedatum`` the answer is exact; with only ``leeftijd`` a 16-year-old is the one
case that cannot be decided (did the pupil turn 16 in this school year or before it?), and the
explanation says how to tell instead of guessing. ``volledige_schooljaren`` covers art. 3 onder
a. The browser form asks the age only (birth date and school years are for the command line),
so no staff text may promise that the birth date makes the answer exact.
"""

from __future__ import annotations

from typing import Any

from calculator.wet import leeftijd as lt
from calculator.wet.parameters import parameter

LPW3 = "https://wetten.overheid.nl/BWBR0002628/2026-08-01/#Artikel3"


TE_JONG, PLICHTIG, VOORBIJ = "te-jong", "plichtig", "voorbij"


def leeftijd_van(s: dict, peildatum: str) -> int | None:
    """Age on the peildatum: from the date of birth when given, else the age answered."""
    if s.get("geboortedatum"):
        return lt.leeftijd_op(lt.datum(s["geboortedatum"]), lt.datum(peildatum))
    leeftijd = s.get("leeftijd")
    return None if leeftijd is None else int(leeftijd)


def plichtig(s: dict, peildatum: str, land: Any) -> str:
    """Fires one of the outcomes leerplichtig / kwalificatieplichtig / niet-leerplichtig (or
    leeftijd-onbeslist) on ``land``; returns TE_JONG, PLICHTIG (the legal reporting duties
    apply) or VOORBIJ (past leerplicht and kwalificatieplicht)."""
    begin = parameter("leerplicht_beginleeftijd", peildatum)
    volledig = parameter("volledige_leerplicht_eindleeftijd", peildatum)
    jaren_grens = parameter("volledige_leerplicht_schooljaren", peildatum)
    eind = parameter("kwalificatieplicht_eindleeftijd", peildatum)
    peil = lt.datum(peildatum)
    sj_begin, sj_eind = lt.schooljaar(peil)
    geboren = lt.datum(s["geboortedatum"]) if s.get("geboortedatum") else None
    leeftijd = leeftijd_van(s, peildatum)
    jaren = s.get("volledige_schooljaren")
    if leeftijd is None and jaren is None:
        return PLICHTIG  # unknown age: the duties are assumed to apply

    # Start (art. 3, eerste lid, aanhef).
    if geboren:
        start = lt.leerplicht_begint(geboren, int(begin.waarde))
        if peil < start:
            land.vuur("niet-leerplichtig",
                      f"Dit kind is leerplichtig vanaf de eerste schooldag van "
                      f"{lt.MAANDEN[start.month - 1]} {start.year} (de maand na de "
                      f"{begin.waarde:g}e verjaardag). Tot dan geldt de wettelijke meldplicht "
                      "niet; de afspraken van de regio en de school blijven gelden.", begin)
            return TE_JONG
    elif leeftijd is not None and leeftijd < begin.waarde:
        land.vuur("niet-leerplichtig",
                  f"Een kind jonger dan {begin.waarde:g} jaar is nog niet leerplichtig: de "
                  "leerplicht begint op de eerste schooldag van de maand na de "
                  f"{begin.waarde:g}e verjaardag. De wettelijke meldplicht geldt dan nog niet; "
                  "de afspraken van de regio en de school blijven gelden.", begin)
        return TE_JONG

    # End of the volledige leerplicht: whichever of art. 3 onder a and onder b comes first.
    voorbij: bool | None
    if jaren is not None and jaren >= jaren_grens.waarde:
        voorbij, reden = True, (f"na {jaren_grens.waarde:g} volledige schooljaren is de "
                                "volledige leerplicht voorbij (art. 3, eerste lid, onder a)")
    elif geboren:
        einde = lt.volledige_leerplicht_eindigt(geboren, int(volledig.waarde))
        voorbij = einde < peil
        reden = (f"de volledige leerplicht {'eindigde' if voorbij else 'eindigt'} op "
                 f"{lt.tekst(einde)}, het eind van het schooljaar waarin de leerling "
                 f"{volledig.waarde:g} werd{'' if voorbij else ' of wordt'} (art. 3, eerste lid, "
                 "onder b)")
    elif leeftijd is None or leeftijd < volledig.waarde:
        voorbij, reden = False, ""
    elif leeftijd == volledig.waarde:
        voorbij, reden = None, ""
    else:
        # Whoever is 17 turned 16 before 1 August of this school year.
        voorbij, reden = True, (f"wie {leeftijd:g} is, werd {volledig.waarde:g} vóór dit "
                                "schooljaar: de volledige leerplicht is voorbij")

    if leeftijd is not None and leeftijd >= eind.waarde:
        land.vuur("niet-leerplichtig",
                  f"Vanaf {eind.waarde:g} jaar geldt de leerplicht en de kwalificatieplicht niet "
                  "meer.", eind)
        return VOORBIJ
    if voorbij is None:
        land.vuur("leeftijd-onbeslist",
                  f"Met {volledig.waarde:g} jaar hangt het af van de verjaardag: wie in dit "
                  f"schooljaar ({lt.tekst(sj_begin)} tot en met {lt.tekst(sj_eind)}) "
                  f"{volledig.waarde:g} werd, is nog volledig leerplichtig tot en met "
                  f"{lt.tekst(sj_eind)}; wie vóór {lt.tekst(sj_begin)} al {volledig.waarde:g} "
                  "was, valt onder de kwalificatieplicht zolang er geen startkwalificatie is. "
                  "In beide gevallen geldt de meldplicht.", volledig)
        return PLICHTIG
    if not voorbij:
        if not geboren and leeftijd == begin.waarde:
            uitleg = (f"Met {begin.waarde:g} jaar is een kind leerplichtig vanaf de eerste "
                      f"schooldag van de maand na de {begin.waarde:g}e verjaardag. De rekenhulp "
                      "gaat ervan uit dat die dag voorbij is. Is het kind deze maand "
                      f"{begin.waarde:g} geworden, dan is het nog niet leerplichtig en geldt de "
                      "wettelijke meldplicht nog niet.")
            land.vuur("leerplichtig", uitleg, begin)
            return PLICHTIG
        uitleg = "Deze leerling is (volledig) leerplichtig"
        land.vuur("leerplichtig", uitleg + (f": {reden}." if reden else "."), volledig)
        return PLICHTIG
    if s.get("startkwalificatie"):
        land.vuur("niet-leerplichtig",
                  f"De volledige leerplicht is voorbij ({reden}) en met een startkwalificatie "
                  "geldt geen kwalificatieplicht meer (art. 4b).", eind)
        return VOORBIJ
    land.vuur("kwalificatieplichtig",
              f"Deze leerling valt onder de kwalificatieplicht ({reden}): tot "
              f"{eind.waarde:g} jaar, zolang er geen startkwalificatie is (art. 4a en 4b).", eind)
    return PLICHTIG
