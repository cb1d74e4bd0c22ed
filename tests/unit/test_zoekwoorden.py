"""Search words on generated pages: a glossary name found on a page brings its synonyms."""

from __future__ import annotations

import re

import pytest
import yaml
from bron.paden import ROOT
from paginas.zoekwoorden import _namen_in, synoniemgroepen, vul_aan

GROEPEN = synoniemgroepen(yaml.safe_load((ROOT / "landelijk" / "begrippen.yaml")
                                         .read_text("utf-8"))["begrippen"])


def _met_patroon(tekst: str) -> set[str]:
    """The slow reference: each name as a whole word, case-insensitive."""
    return {n for n in GROEPEN if re.search(r"\b" + re.escape(n) + r"\b", tekst, re.I)}


@pytest.mark.parametrize("tekst", [
    "De JGZ nodigt uit.", "jeugdgezondheidszorg", "De leerplichtambtenaar belt.",
    "Bel de jeugdarts (JGZ).", "ajgz en jgzb", "JGZ", "RMC-regio", "Doorstroompunt, RMC",
    "luxe verzuim en relatief verzuim", "", "verzuimregister_ is geen woord",
])
def test_vindt_hele_woorden_zoals_het_patroon(tekst):
    assert _namen_in(tekst, GROEPEN) == _met_patroon(tekst)


def test_alle_gegenereerde_paginas_zoals_het_patroon():
    paginas = sorted((ROOT / "docs" / "routekaart").rglob("*.md"))[:200]
    if not paginas:
        pytest.skip("geen gegenereerde pagina's: draai eerst 'make build'")
    for pad in paginas:
        tekst = pad.read_text("utf-8")
        assert _namen_in(tekst, GROEPEN) == _met_patroon(tekst), pad


def test_synoniem_wordt_zoekwoord_op_de_pagina():
    namen = next(g for groepen in GROEPEN.values() for g in groepen if len(g) >= 2)
    pagina = vul_aan(f"---\npaginasoort: landelijk\n---\n\nHier staat {namen[0]}.\n",
                     "x.md", None, GROEPEN)
    kop = yaml.safe_load(pagina.split("---")[1])
    assert set(namen[1:]) <= set(kop["zoekwoorden"])
    assert namen[0] not in kop["zoekwoorden"]


def test_zelfde_pagina_bij_elke_bouw():
    """Search words in a fixed order: a set's order changes with Python's hash seed, and a
    page that changes on every build defeats the incremental build and every diff."""
    import subprocess
    import sys
    code = ("import sys, yaml; sys.path.insert(0, 'scripts'); from paginas import zoekwoorden as z; "
            "g = z.synoniemgroepen(yaml.safe_load(open('landelijk/begrippen.yaml'))['begrippen']); "
            "print(z.vul_aan(sys.argv[1], 'x.md', None, g))")
    # One name of every group, so each group brings its other names as search words.
    tekst = "Hier staan " + ", ".join(sorted({g[0] for groepen in GROEPEN.values() for g in groepen}))
    uit = {subprocess.run([sys.executable, "-c", code, tekst], cwd=ROOT, text=True,
                          capture_output=True, check=True,
                          env={"PYTHONHASHSEED": str(zaad)}).stdout for zaad in (1, 2, 3)}
    assert len(uit) == 1 and "zoekwoorden" in next(iter(uit))
