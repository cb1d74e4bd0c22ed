"""National classification under the Leerplichtwet 1969, shared by every region.

Produces the national outcomes (``landelijk``) that regional rules may refer to, the
kinds of absence, the reports the law requires, and an explanation per rule that fired.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from calculator.wet.parameters import parameter

ZIEKTE_VELDEN = (
    "ziekmeldingen_schooljaar", "ziekmeldingen_12_weken", "ziektedagen_schooljaar",
    "ziektedagen_aaneengesloten", "ziekte_dagdelen_4_weken", "ziekte_dagdelen_aaneengesloten",
)
ONGEOORLOOFD_VELDEN = (
    "ongeoorloofd_uren_4_weken", "ongeoorloofd_uren_schooljaar",
    "ongeoorloofd_weken_aaneengesloten", "te_laat_schooljaar",
)


@dataclass
class Landelijk:
    """What the law says about one situation."""

    uitkomsten: set[str] = field(default_factory=set)
    soorten: set[str] = field(default_factory=set)
    melden: list[dict] = field(default_factory=list)
    uitleg: list[dict] = field(default_factory=list)

    def vuur(self, regel: str, tekst: str, p=None, bron: str | None = None, url: str | None = None):
        self.uitkomsten.add(regel)
        self.uitleg.append({
            "regel": f"wet:{regel}",
            "tekst": tekst,
            # A parameter's artikel names its own law (not always the Leerplichtwet).
            "bron": bron or p.bron,
            "url": url or (p.url if p else None),
        })


def _plichtig(s: dict, peildatum: str, land: Landelijk) -> bool:
    """Leerplicht or kwalificatieplicht by age; unknown age counts as plichtig."""
    begin = parameter("leerplicht_beginleeftijd", peildatum)
    eind = parameter("kwalificatieplicht_eindleeftijd", peildatum)
    volledig = parameter("volledige_leerplicht_eindleeftijd", peildatum)
    leeftijd = s.get("leeftijd")
    if leeftijd is None:
        return True
    if leeftijd < begin.waarde:
        land.vuur("niet-leerplichtig",
                  f"Een kind jonger dan {begin.waarde:g} jaar is nog niet leerplichtig: de "
                  "leerplicht begint op de eerste schooldag van de maand na de "
                  f"{begin.waarde:g}e verjaardag. De wettelijke meldplicht geldt dan nog niet; "
                  "de afspraken van de regio en de school blijven gelden.", begin)
        return False
    if leeftijd == begin.waarde:
        land.vuur("leerplichtig",
                  f"Met {begin.waarde:g} jaar is een kind leerplichtig vanaf de eerste schooldag "
                  f"van de maand na de {begin.waarde:g}e verjaardag. De rekenhulp gaat ervan uit "
                  "dat die dag voorbij is.", begin)
        return True
    if leeftijd < eind.waarde:
        if leeftijd > volledig.waarde and s.get("startkwalificatie"):
            land.vuur("niet-leerplichtig",
                      "Met een startkwalificatie geldt na de volledige leerplicht geen "
                      "kwalificatieplicht meer.", eind)
            return False
        soort = "leerplichtig" if leeftijd < volledig.waarde else "kwalificatieplichtig"
        uitleg = ("Deze leerling is leerplichtig." if soort == "leerplichtig" else
                  f"Deze leerling valt (na de volledige leerplicht) onder de kwalificatieplicht: "
                  f"tot {eind.waarde:g} jaar, zolang er geen startkwalificatie is.")
        land.vuur(soort, uitleg, volledig if soort == "leerplichtig" else eind)
        return True
    land.vuur("niet-leerplichtig",
              f"Vanaf {eind.waarde:g} jaar geldt de leerplicht en de kwalificatieplicht niet "
              "meer.", eind)
    return False


def beoordeel(s: dict, peildatum: str) -> Landelijk:
    """Classify one (validated) situation under the Leerplichtwet."""
    land = Landelijk()
    plichtig = _plichtig(s, peildatum, land)
    ingeschreven = s.get("ingeschreven", True)
    uren = parameter("melding_uren", peildatum)
    lesweken = parameter("melding_lesweken", peildatum)
    langdurig = parameter("langdurig_relatief_weken", peildatum)

    if any(s.get(v) for v in ZIEKTE_VELDEN):
        land.soorten.add("geoorloofd")
        land.vuur("geoorloofd",
                  "Afwezigheid door ziekte die ouders hebben gemeld is geoorloofd verzuim. Het "
                  "telt niet mee voor de wettelijke melding, maar kan wel zorgwekkend zijn: kijk "
                  "naar de afspraken van de regio.",
                  bron="Leerplichtwet 1969, art. 11 (geldige redenen voor verzuim)",
                  url="https://wetten.overheid.nl/BWBR0002628/#Artikel11")

    if not ingeschreven:
        if s.get("vrijstelling"):
            land.vuur("vrijgesteld",
                      "Met een vrijstelling van de inschrijvingsplicht is geen sprake van "
                      "absoluut verzuim.",
                      bron="Leerplichtwet 1969, art. 5 (vrijstellingen)",
                      url="https://wetten.overheid.nl/BWBR0002628/#Artikel5")
        elif plichtig:
            land.soorten.add("absoluut")
            land.vuur("absoluut",
                      "Een leer- of kwalificatieplichtige jongere die niet op een school staat "
                      "ingeschreven (en geen vrijstelling heeft) verzuimt absoluut. Ouders moeten "
                      "hun kind laten inschrijven.",
                      bron="Leerplichtwet 1969, art. 2 (inschrijvingsplicht ouders)",
                      url="https://wetten.overheid.nl/BWBR0002628/#Artikel2")
        rmc = parameter("rmc_eindleeftijd", peildatum)
        eind = parameter("kwalificatieplicht_eindleeftijd", peildatum)
        leeftijd = s.get("leeftijd")
        if (leeftijd is not None and eind.waarde <= leeftijd < rmc.waarde
                and not s.get("startkwalificatie")):
            land.melden.append({
                "bij": "rmc", "wat": "melding voortijdig schoolverlaten (zonder startkwalificatie)",
                "termijn": None, "grondslag": "wet", "bron": rmc.bron, "url": rmc.url})
            land.vuur("rmc",
                      f"Een jongere van {eind.waarde:g} tot {rmc.waarde:g} jaar zonder "
                      "startkwalificatie die niet (meer) op school staat ingeschreven valt onder "
                      "de RMC-functie (Regionale Meld- en Coördinatiefunctie; sinds 2026 heet die het "
                      "Doorstroompunt).", rmc)
        return land

    ongeoorloofd = any(s.get(v) for v in ONGEOORLOOFD_VELDEN) or s.get("luxe") \
        or s.get("rond_vakantie")
    if not ongeoorloofd:
        return land
    land.soorten.add("relatief")
    land.vuur("relatief",
              "De leerling staat ingeschreven maar is zonder geldige reden afwezig (ook te laat "
              "komen telt mee): dat is relatief verzuim.",
              bron="Leerplichtwet 1969, art. 2 en art. 21a", url=uren.url)
    if s.get("luxe"):
        land.soorten.add("luxe")
        land.vuur("luxe",
                  "Afwezig voor vakantie of familiebezoek zonder verlof is luxe verzuim, een vorm "
                  "van relatief verzuim. Verlof voor vakantie geeft alleen de directeur (art. "
                  "13a); verlof om andere gewichtige redenen boven 10 schooldagen de "
                  "leerplichtambtenaar (art. 14).",
                  bron="Leerplichtwet 1969, art. 11, 13a en 14 (verlof)",
                  url="https://wetten.overheid.nl/BWBR0002628/#Artikel13a")
    else:
        land.soorten.add("signaal")
        land.vuur("signaal",
                  "Relatief verzuim dat geen luxe verzuim is, heet signaalverzuim: het kan een "
                  "teken zijn van een onderliggend probleem.",
                  bron="Leerplichtwet 1969, art. 21a", url=uren.url)

    if not plichtig:
        return land
    if s.get("ongeoorloofd_uren_4_weken", 0) >= uren.waarde:
        land.melden.append({
            "bij": "duo", "wat": "melding wettelijk verzuim in het verzuimregister (DUO), "
                                 "naar de leerplichtambtenaar",
            "termijn": None, "grondslag": "wet", "bron": uren.bron, "url": uren.url})
        land.vuur("melding-16-uur",
                  f"{s['ongeoorloofd_uren_4_weken']:g} uur ongeoorloofd afwezig in "
                  f"{lesweken.waarde:g} opeenvolgende lesweken is {uren.waarde:g} uur of meer: de "
                  "school moet dit melden bij de leerplichtambtenaar via het verzuimregister van "
                  "DUO. De wet noemt geen termijn; meld zo snel mogelijk.", uren)
    if s.get("ongeoorloofd_weken_aaneengesloten", 0) >= langdurig.waarde:
        land.soorten.add("langdurig-relatief")
        land.melden.append({
            "bij": "duo", "wat": "melding langdurig relatief verzuim in het verzuimregister (DUO)",
            "termijn": None, "grondslag": "wet", "bron": uren.bron, "url": uren.url})
        land.vuur("langdurig-relatief",
                  f"{s['ongeoorloofd_weken_aaneengesloten']:g} weken aaneengesloten ongeoorloofd "
                  f"afwezig is {langdurig.waarde:g} weken of meer: langdurig relatief verzuim. Die "
                  "term is een definitie van OCW en DUO, geen artikel van de Leerplichtwet. De "
                  f"melding is wel wettelijk verplicht: zo lang afwezig is altijd meer dan "
                  f"{uren.waarde:g} uur in {lesweken.waarde:g} lesweken (art. 21a).",
                  langdurig)
    if s.get("luxe") or s.get("rond_vakantie"):
        # Reported at any number of hours; the law itself only obliges from the 16-hour mark.
        wettelijk = s.get("ongeoorloofd_uren_4_weken", 0) >= uren.waarde
        wat = ("melding luxe verzuim in het verzuimregister (DUO)" if s.get("luxe") else
               "melding vermoedelijk luxe verzuim rond een schoolvakantie in het "
               "verzuimregister (DUO)")
        land.melden.append({"bij": "duo", "wat": wat, "termijn": None,
                            "grondslag": "wet" if wettelijk else "advies",
                            "bron": uren.bron, "url": uren.url})
        land.vuur("melding-vakantie",
                  ("Luxe verzuim" if s.get("luxe") else "Ongeoorloofd verzuim direct voor of na "
                   "een schoolvakantie (vermoedelijk luxe verzuim)")
                  + " meld je bij de leerplichtambtenaar via het verzuimregister van DUO, ook "
                  f"onder de {uren.waarde:g} uur: de leerplichtambtenaar kan dan optreden. "
                  + (f"Met {uren.waarde:g} uur of meer in {lesweken.waarde:g} lesweken is de "
                     "melding wettelijk verplicht (art. 21a)." if wettelijk else
                     f"Wettelijk verplicht is de melding pas bij {uren.waarde:g} uur in "
                     f"{lesweken.waarde:g} lesweken (art. 21a); daaronder is melden het "
                     "landelijke advies en staat het in veel routekaarten, maar het is geen "
                     "plicht uit de wet."), uren)
    return land
