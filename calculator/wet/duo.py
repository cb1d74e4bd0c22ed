"""How a school reports in DUO's verzuimregister (one place for the sentence and its source).

Source: DUO's pages for schools, "Verzuim" and "Melding doorgeven of routeren" (read on
7 December 2026): primary schools report through their pupil administration system (LAS);
secondary schools and mbo through their administration package or the verzuimloket in
Mijn DUO. DUO passes each report to the gemeente where the pupil lives.
"""

from __future__ import annotations

DUO_MELDEN_URL = "https://duo.nl/zakelijk/verzuim/verzuim/melding-doorgeven.jsp"
DUO_VERZUIM_URL = "https://duo.nl/zakelijk/verzuim/verzuim/index.jsp"
GERAADPLEEGD = "2026-12-07"

# The site's national page about it, from the site root (scripts/paginas/landelijk.py makes it).
PAGINA = "routekaart/wettelijk-kader/melden-bij-duo/"

KANAAL = ("het verzuimregister van DUO: in het primair onderwijs via het leerlingadministratiesysteem "
          "van de school, in het voortgezet onderwijs en het mbo via het administratiepakket of het "
          "verzuimloket in Mijn DUO")

# One whole sentence for every report to DUO (route steps, the A4, the Rekenhulp's actions).
ZIN = (f"Je meldt in {KANAAL}. DUO stuurt de melding door naar de leerplichtambtenaar van de "
       "gemeente waar de leerling woont.")
