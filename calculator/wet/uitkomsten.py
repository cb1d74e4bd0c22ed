"""When each national outcome (``landelijk:`` in a region's rules) fires, in editors' words.

One text per outcome, written from calculator/wet/leerplichtwet.py and plichtig.py and kept next
to them: regions/README.md and the handbook show this table (scripts/documentatie.py writes it),
and tests/unit/test_documentatie.py holds it to the schema's list and to the fields the engine
reads, so the docs cannot drift from the engine.
"""

from __future__ import annotations

from calculator.vragen import GELIJKE_EENHEDEN, VRAGEN
from calculator.wet.leerplichtwet import ONGEOORLOOFD_VELDEN, ZIEKTE_VELDEN


def _velden(velden) -> str:
    return ", ".join(f"`{v}`" for v in VRAGEN if v in set(velden))


def ziektevragen() -> set[str]:
    """The illness questions that make 'geoorloofd': the law's list, and every answer the engine
    converts into one of them first (1 schooldag = 2 dagdelen, calculator/gebruik.py)."""
    velden = set(ZIEKTE_VELDEN)
    for groep in GELIJKE_EENHEDEN:
        if velden & {v for v, _, _ in groep}:
            velden |= {v for v, _, _ in groep}
    return velden


PLICHTIG = ("de meldplicht geldt (leer- of kwalificatieplichtig; ook als de leeftijd onbekend is "
            "of precies 16 zonder geboortedatum)")

# outcome -> when it fires. Numbers are the law's values on 1 January 2026
# (calculator/wet/parameters.json holds them with their dates).
UITKOMSTEN: dict[str, str] = {
    "leerplichtig": "de leeftijd (of geboortedatum, of het aantal volledige schooljaren) is "
                    "ingevuld en valt in de volledige leerplicht: vanaf 5 jaar (met geboortedatum: "
                    "vanaf de eerste schooldag van de maand na de 5e verjaardag) tot het einde "
                    "van de volledige leerplicht (het schooljaar waarin de leerling 16 wordt, of "
                    "na 12 volledige schooljaren). Leeftijd onbekend: geldt **niet**",
    "kwalificatieplichtig": "de volledige leerplicht is voorbij (17 jaar, of volgens de "
                            "geboortedatum of de schooljaren), jonger dan 18, en `startkwalificatie` "
                            "is niet ja",
    "niet-leerplichtig": "nog niet leerplichtig (jonger dan 5, of met geboortedatum vóór de "
                         "eerste schooldag van de maand na de 5e verjaardag), of 18 jaar of "
                         "ouder, of de volledige leerplicht is voorbij met `startkwalificatie: ja`",
    "geoorloofd": f"een van deze ziektevragen is meer dan 0: {_velden(ziektevragen())}",
    "absoluut": f"`ingeschreven: nee`, geen vrijstelling, en {PLICHTIG}",
    "vrijgesteld": "`ingeschreven: nee` en `vrijstelling: ja`",
    "rmc": "**alleen voor een jongere die niet (meer) ingeschreven is**: `ingeschreven: nee`, de "
           "leeftijd is bekend, 18 jaar of ouder en jonger dan de RMC-leeftijd (27 sinds "
           "1 januari 2026), en `startkwalificatie` is niet ja. Een ingeschreven leerling van 19 "
           "die verzuimt, valt hier niet onder",
    "relatief": "`ingeschreven` is ja of niet ingevuld, een van "
                f"{_velden(ONGEOORLOOFD_VELDEN)} is meer dan 0 of `luxe` of `rond_vakantie` is "
                "ja, **en** het kind is niet te jong voor de leerplicht. Een kind van 4 (of een "
                "geboortedatum vóór het begin van de leerplicht) is dus nooit relatief: een regel "
                "voor 4-jarigen gebruikt `{leeftijd: {tot: 5}}` met een `drempel`, niet "
                "`landelijk: relatief`. Na de leerplicht (18+) geldt de uitkomst wel, zodat "
                "jullie eigen regels voor die leeftijd blijven gelden (de rekenhulp noemt het dan "
                "geen relatief verzuim)",
    "luxe": "relatief, en `luxe: ja`",
    "signaal": "relatief, en `luxe` is niet ja (ook bij alleen `rond_vakantie: ja`, en ook boven "
               "de 16 uur: de rekenhulp noemt het dan geen signaalverzuim, maar jullie regels "
               "zien de uitkomst)",
    "melding-16-uur": f"relatief, {PLICHTIG}, en `ongeoorloofd_uren_4_weken` is 16 of meer (alleen "
                      "de uren maken de melding wettelijk, art. 21a; weken afwezig niet)",
    "langdurig-relatief": f"relatief, {PLICHTIG}, en `ongeoorloofd_weken_aaneengesloten` is meer "
                          "dan 4 ('langer dan vier weken', Kamerbrief van 3 februari 2016; daarvóór "
                          "geldt deze uitkomst niet)",
    "melding-vakantie": f"relatief, {PLICHTIG}, en `luxe` of `rond_vakantie` is ja (met of zonder "
                        "16 uur)",
}

