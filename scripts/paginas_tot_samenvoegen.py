"""Stand-in for contract 6 until the paginas branch is merged: the pages of one region and
the national pages, built with today's page functions. generate.py uses
``pagina_regio.regio_bestanden`` / ``landelijke_bestanden`` when they exist and this module
only otherwise; delete it once they do.
"""

from __future__ import annotations

import diagram
import pagina_landelijk as landelijk
import pagina_regio
import versies
from verschil import verschillen


def _versie_map(versie: str) -> str:
    return f"versie-{versie.replace('.', '-')}"


def regio_bestanden(d: dict, oud: dict[str, dict]) -> dict[str, str]:
    """Pages and SVGs of one region (paths under docs/routekaart/), archive included."""
    slug, huidig = d["slug"], d["publicatie"]["versie"]
    bestanden = {f"{slug}/index.md": pagina_regio.overzicht_pagina(d)}
    if d.get("begrippen") or d.get("bijlagen"):
        bestanden[f"{slug}/bijlagen.md"] = pagina_regio.bijlagen_pagina(d)
    for route in d["routes"]:
        bestanden[f"{slug}/{route['id']}.md"] = pagina_regio.route_pagina(d, route)
        bestanden[f"{slug}/{route['id']}.svg"] = diagram.svg(route)
    alle = {**oud, huidig: d}
    volgorde = sorted(alle, key=versies.versie_sleutel, reverse=True)
    r = [f"# Versies — {d['naam']}", "",
         "Elke gepubliceerde versie van deze routekaart blijft leesbaar. Per versie staat wat de "
         "redactie erover schreef en wat er in de gegevens veranderde ten opzichte van de versie "
         "ervoor.", ""]
    for i, versie in enumerate(volgorde):
        data = alle[versie]
        pub = data["publicatie"]
        label = " — huidige versie" if versie == huidig else ""
        r += [f"## Versie {versie} ({pub['datum']}){label} {{#versie-{versie.replace('.', '-')}}}",
              ""]
        if versie != huidig:
            r += [f"[Lees versie {versie}]({_versie_map(versie)}/index.md)", ""]
        r += ["**Toelichting van de redactie**", "", *(f"- {w}" for w in pub["wijzigingen"]), ""]
        vorige = volgorde[i + 1] if i + 1 < len(volgorde) else None
        if vorige:
            items = verschillen(alle[vorige], data)
            r += [f"**Wat is er veranderd sinds versie {vorige}**", "",
                  *(f"- {x}" for x in items or ["Geen inhoudelijke wijzigingen in de gegevens."]), ""]
        if versie != huidig:
            map_ = f"{slug}/{_versie_map(versie)}"
            kop = ("---\nzoeken: false\npaginasoort: archief\n---\n\n"
                   f'!!! warning "Oude versie"\n    Dit is versie {versie} ({pub["datum"]}). '
                   f"De [huidige versie is {huidig}](../index.md).\n\n")
            bestanden[f"{map_}/index.md"] = kop + pagina_regio.overzicht_pagina(data, actueel=False)
            for route in data["routes"]:
                bestanden[f"{map_}/{route['id']}.md"] = kop + pagina_regio.route_pagina(data, route)
                bestanden[f"{map_}/{route['id']}.svg"] = diagram.svg(route)
            if data.get("begrippen") or data.get("bijlagen"):
                bestanden[f"{map_}/bijlagen.md"] = kop + pagina_regio.bijlagen_pagina(data)
            bestanden[f"{map_}/versies.md"] = kop + "Zie [alle versies](../versies.md).\n"
    bestanden[f"{slug}/versies.md"] = "\n".join(r)
    return bestanden


def landelijke_bestanden(regios: dict[str, dict], root, lees) -> dict[str, str]:
    parameters = landelijk.lees_parameters(root)
    return {
        "index.md": landelijk.regios_pagina(regios),
        "vergelijking.md": landelijk.vergelijking_pagina(regios, parameters),
        "begrippen.md": landelijk.begrippen_pagina(lees("begrippen.yaml")["begrippen"], regios),
        "wettelijk-kader.md": landelijk.wettelijk_kader_pagina(lees("wettelijk-kader.yaml"),
                                                               parameters),
    }
