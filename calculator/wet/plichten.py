"""National reporting duties and national places to report: the one source of their labels.

Every report the site or the calculator shows says on what ground it rests: a duty in a
law (named with its article), a norm of the Inspectie or DUO (not a law), or only the
region's protocol. Region files, pages and results refer to a duty by its id; the legal
sentence lives here (and in landelijk/), never retyped elsewhere.

Owner of the texts: calculator/wet/ (see landelijk/onderzoek-wet.md for the reading).
"""

from __future__ import annotations

from dataclasses import dataclass

# Where a report goes when it is not one of the region's own parties.
MELDPUNTEN: dict[str, str] = {
    "duo": "DUO-verzuimregister (naar de leerplichtambtenaar)",
    "swv": "samenwerkingsverband",
    "rmc": "RMC (Doorstroompunt)",
}

# What a report rests on. 'wet' always goes with a duty id below.
GRONDSLAGEN: dict[str, str] = {
    "wet": "wettelijke plicht",
    "norm": "norm van de Inspectie of DUO, geen wetsartikel",
    "regio": "afspraak in deze regio, geen wettelijke plicht",
}


@dataclass(frozen=True)
class Plicht:
    id: str
    wet: str
    artikel: str
    url: str
    bij: str
    wat: str

    @property
    def label(self) -> str:
        return f"verplicht volgens {self.artikel} {self.wet}"


# Skeleton: ids are the contract; texts and articles are checked against the law text.
PLICHTEN: dict[str, Plicht] = {p.id: p for p in (
    Plicht("verzuim-16-uur", "Leerplichtwet 1969", "art. 21a, eerste lid",
           "https://wetten.overheid.nl/BWBR0002628/#Artikel21a", "duo",
           "ongeoorloofd verzuim van 16 uur of meer in 4 opeenvolgende lesweken"),
    Plicht("verwijdering", "Leerplichtwet 1969", "art. 18",
           "https://wetten.overheid.nl/BWBR0002628/#Artikel18", "leerplicht",
           "verwijdering van een leerplichtige leerling (terstond aan burgemeester en wethouders)"),
    Plicht("uitschrijving", "Wet register onderwijsdeelnemers", "art. 12",
           "https://wetten.overheid.nl/BWBR0037857/#Artikel12", "duo",
           "uitschrijving als gegeven in het register onderwijsdeelnemers"),
    Plicht("rmc-verzuim", "Wet educatie en beroepsonderwijs", "art. 9.2.2",
           "https://wetten.overheid.nl/BWBR0007625/#Artikel9.2.2", "rmc",
           "ingeschreven jongere van 18 tot 27 jaar zonder startkwalificatie, 4 weken of langer afwezig"),
)}


def meldpunt(bij: str, partijen: dict[str, str] | None = None) -> str:
    """A readable name for where a report goes: a national place or one of the region's parties."""
    return MELDPUNTEN.get(bij) or (partijen or {}).get(bij, bij)


def grondslag_tekst(grondslag: str, plicht: str | None = None) -> str:
    """'verplicht volgens art. 21a, eerste lid Leerplichtwet 1969', or the non-legal label."""
    if grondslag == "wet" and plicht in PLICHTEN:
        return PLICHTEN[plicht].label
    return GRONDSLAGEN[grondslag]
