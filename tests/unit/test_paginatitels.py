"""A page that opens with a banner (concept, old version) still has its region's name as title:
MkDocs would otherwise name it after its file ("Index", issue 24)."""

from __future__ import annotations

import copy
import json
import re

from paginas import regiopaginas


def titel(md: str) -> str | None:
    m = re.search(r"^title: (.*)$", md.split("\n---\n", 1)[0], re.M)
    return json.loads(m.group(1)) if m else None


def test_concept_en_oude_versie_dragen_de_naam_van_de_regio(voorbeeld_regio):
    d = {**copy.deepcopy(voorbeeld_regio), "_concept": True}
    oud = copy.deepcopy(voorbeeld_regio)
    d["publicatie"] = {**d["publicatie"], "versie": "2", "wijzigingen": ["Nieuw."]}
    paginas = regiopaginas.regio_bestanden(d, {"1": oud})
    slug, naam = d["slug"], d["naam"]
    assert titel(paginas[f"{slug}/index.md"]) == naam
    route = d["routes"][0]
    assert titel(paginas[f"{slug}/{route['id']}.md"]) == route["titel"]
    archief = next(v for k, v in paginas.items() if k.startswith(f"{slug}/versie-1"))
    assert titel(archief).startswith(f"{naam}, versie 1")
