"""No generated page claims a legal duty that calculator/wet/ does not hold (issue 13).

Scans the Markdown that scripts/generate.py writes to docs/routekaart/: every page school staff
read. Left out are the records of how a text came about: archived versions (versie-*/, kept as
they were published), the version history (versies.md, which quotes old wordings next to new
ones) and the Verantwoording pages (editors' readings, which quote the source and earlier
versions to explain a correction). Fails when the folder is missing (`make test` builds first),
so the test never passes on an empty folder.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from calculator.wet.plichten import INSPECTIE_16_UUR, PLICHTEN, termijn_zin  # noqa: E402

MAP = ROOT / "docs" / "routekaart"
LABELS = [f"verplicht volgens {p.artikel}, {p.wet}" for p in PLICHTEN.values()]
# Duties whose own article says "onverwijld" (the schorsing notice: WPO 40c, WVO 2020 8.14,
# WEC 40a): their sentences, drawn from calculator/wet/, may say so. Art. 21a never does.
ONVERWIJLD = [p for p in PLICHTEN.values() if "onverwijld" in p.termijn_wet]


def _zonder_plichtzinnen(regel: str) -> str:
    """The line without the sentences calculator/wet/ holds for those duties."""
    for p in ONVERWIJLD:
        for zin in (p.zin[:-1], termijn_zin(p.id).removeprefix("Termijn: ")[:-1], p.termijn_wet,
                    p.wettelijke_termijn):  # the deadline line of contract C1, tagged Wet
            if zin:
                regel = regel.replace(zin, "")
    return regel


def _paginas() -> dict[str, str]:
    if not (MAP / "index.md").exists():  # tests read the build, never write into the repository
        pytest.fail("docs/routekaart/ ontbreekt: draai eerst 'make build' (of 'make test').")
    paginas = {str(p.relative_to(MAP)): p.read_text("utf-8") for p in MAP.rglob("*.md")
               if not any(deel.startswith("versie-") for deel in p.relative_to(MAP).parts)
               and p.name not in ("versies.md", "verantwoording.md")}
    assert len(paginas) > 5, "geen gegenereerde pagina's gevonden"
    return paginas


PAGINAS = _paginas()


def _regels(pagina: str, tekst: str):
    for nr, regel in enumerate(tekst.splitlines(), 1):
        # Quoted law text (an article page's "Wettekst") is the law itself, not a claim.
        if pagina.startswith("wettelijk-kader/") and regel.startswith(">"):
            continue
        yield f"{pagina}:{nr}", regel


def _fouten(toets) -> list[str]:
    return [f"{waar}: {regel.strip()[:200]}" for pagina, tekst in PAGINAS.items()
            for waar, regel in _regels(pagina, tekst) if toets(regel)]


def test_verplicht_volgens_noemt_altijd_een_plicht_van_calculator_wet():
    def fout(regel: str) -> bool:
        rest = regel
        for label in LABELS:
            rest = rest.replace(label, "")
        return "verplicht volgens" in rest.lower()
    assert not _fouten(fout), "\n".join(_fouten(fout))


def test_geen_pagina_zegt_dat_de_wet_onverwijld_vraagt():
    def fout(regel: str) -> bool:
        # The Inspectie's norm, as its text or as a deadline line tagged Norm, is no claim about the law.
        zonder_norm = _zonder_plichtzinnen(regel.replace(INSPECTIE_16_UUR.tekst, ""))
        if INSPECTIE_16_UUR.termijn:
            zonder_norm = re.sub(rf'data-grondslag="norm">Termijn: {re.escape(INSPECTIE_16_UUR.termijn)}',
                                 "", zonder_norm)
        return bool(re.search(r"\bonverwijld\b", zonder_norm, re.I)) and \
            'het woord "onverwijld" in deze oude tekst geldt dus niet meer' not in regel
    assert not _fouten(fout), "\n".join(_fouten(fout))


def test_wettelijk_verplicht_alleen_bij_de_wettelijke_grens_of_als_genoemde_tegenstem():
    def fout(regel: str) -> bool:
        if not re.search(r"wettelijk verplicht|de wet zegt|de wet vraagt", _zonder_plichtzinnen(regel),
                         re.I):
            return False
        return not re.search(r"16 uur|16-urenmelding|21a|terstond|Verzuim: hoe het werkt|"
                             r"de wet zegt dat de leerling de school \"geregeld\"", regel)
    assert not _fouten(fout), "\n".join(_fouten(fout))


def test_luxe_verzuim_en_absoluut_verzuim_heten_niet_wettelijk_verplicht_zonder_de_grens():
    def fout(regel: str) -> bool:
        laag = regel.lower()
        if "verplicht volgens" not in laag:
            return False
        if "luxe" in laag and "16" not in laag:
            return True
        return "absoluut" in laag and PLICHTEN["uitschrijving"].wet not in regel
    assert not _fouten(fout), "\n".join(_fouten(fout))


def test_doorstroompunt_heeft_geen_jaartal_2026():
    def fout(regel: str) -> bool:
        return bool(re.search(r"sinds 2026[^.]{0,40}Doorstroompunt|Doorstroompunt[^.]{0,40}"
                              r"sinds 2026", regel))
    assert not _fouten(fout), "\n".join(_fouten(fout))


@pytest.mark.parametrize("pagina", ["wettelijk-kader/index.md", "begrippen.md", "vergelijking/index.md"])
def test_de_landelijke_paginas_geven_de_termijn_van_de_zestienurenmelding_uit_een_bron(pagina):
    tekst = " ".join(PAGINAS[pagina].split())
    assert termijn_zin("verzuim-16-uur") in tekst
    assert "meld dus zo snel mogelijk" not in tekst and "noemt geen termijn; meld" not in tekst


def test_waar_de_inspectienorm_staat_staat_ook_het_adres_van_de_pagina_van_de_inspectie():
    """Issue 23: the 5-werkdagen norm is cited with the Inspectie page's address."""
    assert INSPECTIE_16_UUR.url
    regels = [(waar, regel) for pagina, tekst in PAGINAS.items() for waar, regel in _regels(pagina, tekst)
              if INSPECTIE_16_UUR.tekst in regel]
    assert regels, "de Inspectienorm staat op geen enkele pagina"
    zonder = [waar for waar, regel in regels if f"]({INSPECTIE_16_UUR.url})" not in regel]
    assert not zonder, zonder


def _regio_termijnen_bij_de_wet() -> list[str]:
    """The regions' own terms on reports that also rest on a law (grondslag wet)."""
    import yaml  # noqa: PLC0415
    termijnen = set()
    for pad in (ROOT / "regions").glob("*/regio.yaml"):
        regio = yaml.load(pad.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
        for route in regio["routes"]:
            for stap in route["stappen"]:
                for m in stap.get("melden", []):
                    if m["grondslag"] == "wet" and m.get("termijn"):
                        termijnen.add(m["termijn"].strip().rstrip(".").lower())
    return sorted(termijnen)


TERMIJN_REGEL = re.compile(r'<span class="rk-regel rk-termijn" data-grondslag="(\w+)">(.*?)</span></span>')


def test_geen_termijn_van_de_regio_staat_onder_een_wettelijk_label():
    """Issue 23, item 4 (structural): a deadline carries its own basis, so a region's term is
    never printed inside a 'verplicht volgens …' label: its deadline line says Regio, and the
    law's label stands on its own line."""
    termijnen = _regio_termijnen_bij_de_wet()
    assert termijnen, "geen regionale termijn bij een wettelijke melding om te controleren"
    vlak = [re.compile(re.escape(t) + r"\W{0,6}\[?verplicht volgens", re.I) for t in termijnen]
    gezien, fouten = set(), []
    for pagina, tekst in PAGINAS.items():
        for waar, regel in _regels(pagina, tekst):
            if any(p.search(regel) for p in vlak):
                fouten.append(f"{waar}: {regel.strip()[:160]}")
            for grondslag, inhoud in TERMIJN_REGEL.findall(regel):
                laag = inhoud.lower()
                for t in termijnen:
                    if t in laag:
                        gezien.add(t)
                        if grondslag != "regio" or "verplicht volgens" in laag:
                            fouten.append(f"{waar}: {inhoud[:160]}")
    assert not fouten, "\n".join(fouten)
    assert gezien == set(termijnen), f"termijnen zonder eigen termijnregel: {set(termijnen) - gezien}"
