"""No national page grows without bound with the number of regions (issue 14).

Long lists are cut into alphabetical parts (scripts/paginas/opsplitsen.py). The page test renders the
national pages for the five regions and for 400 (copies under other names) without a build:
tests/integratie/test_schaal.py measures the built HTML.
"""

from __future__ import annotations

import re

import generate
import pytest
from paginas import landelijk
from paginas.opsplitsen import in_delen, navigatie

# Markdown characters of any national page, or of the home page's region list. The largest
# (the glossary, the law overview) are about 20 000 whatever the number of regions.
GRENS = 40_000


def _kopieen(regios: dict[str, dict], n: int) -> dict[str, dict]:
    """``n`` regions: the real ones again and again, each under its own slug and name."""
    bronnen = [regios[s] for s in sorted(regios)]
    uit = {}
    for i in range(n):
        bron = bronnen[i % len(bronnen)]
        slug = f"{bron['slug']}-k{i}"
        uit[slug] = {**bron, "slug": slug, "naam": f"{bron['naam']} (kopie {i})"}
    return uit


@pytest.fixture(scope="module")
def paginas(alle_regios):
    return generate._landelijke_bestanden(alle_regios)


@pytest.fixture(scope="module")
def veel_paginas(alle_regios):
    return generate._landelijke_bestanden(_kopieen(alle_regios, 400))


def _maten(paginas: dict[str, str]) -> dict[str, int]:
    return {naam: len(tekst) for naam, tekst in paginas.items() if naam != "SUMMARY.md"}


def test_een_korte_lijst_is_een_deel_zonder_label():
    delen = in_delen(["Bergen", "Oss"], naam=str, maat=len)
    assert [(d.nummer, d.items, d.label) for d in delen] == [(1, ["Bergen", "Oss"], "")]
    assert navigatie(delen, 1, str, str) == ""


def test_delen_blijven_binnen_het_budget_in_volgorde():
    namen = [f"Regio {i:03d}" for i in range(95)]
    delen = in_delen(namen, naam=str, maat=lambda _: 100, budget=1000)
    assert [len(d.items) for d in delen] == [10] * 9 + [5]
    assert [n for d in delen for n in d.items] == namen
    assert [d.nummer for d in delen] == list(range(1, 11))


def test_een_item_groter_dan_het_budget_staat_alleen():
    delen = in_delen(["a", "b", "c"], naam=str, maat=lambda n: 50 if n == "b" else 1, budget=10)
    assert [d.items for d in delen] == [["a"], ["b"], ["c"]]


def test_een_deel_heet_naar_zijn_eerste_en_laatste_regio_zoals_in_een_woordenboek():
    namen = ["Amstelland", "Barneveld", "Samenwerkingsverband Passend Onderwijs Groningen",
             "Samenwerkingsverband Passend Onderwijs Haarlem", "Twente", "Twente Noord"]
    delen = in_delen(namen, naam=str, maat=lambda _: 1, budget=2)
    assert [d.label for d in delen] == [
        "Amstelland – Barneveld",
        "Samenwerkingsverband Passend Onderwijs Groningen – Samenwerkingsverband Passend Onderwijs Haarlem",
        "Twente – Twente Noord"]
    assert navigatie(delen, 2, lambda n: f"deel-{n}.md", str) == (
        "[Amstelland – Barneveld](deel-1.md) · **Samenwerkingsverband Passend Onderwijs Groningen – "
        "Samenwerkingsverband Passend Onderwijs Haarlem** · [Twente – Twente Noord](deel-3.md)")


def test_vijf_regios_krijgen_geen_delen(paginas):
    assert not [naam for naam in paginas if "deel-" in naam]
    assert "noord-kennemerland/index.md" in paginas["regios-lijst.snippet"]


def test_geen_landelijke_pagina_groeit_mee_met_het_aantal_regios(paginas, veel_paginas):
    """With 400 regions every page stays under the bound; on the old pages the comparison
    (a column per region) and the law page (every article text) did not."""
    klein, groot = _maten(paginas), _maten(veel_paginas)
    assert max(klein.values()) < GRENS, max(klein.items(), key=lambda kv: kv[1])
    te_groot = {naam: n for naam, n in groot.items() if n > GRENS}
    assert te_groot == {}
    assert len([n for n in groot if n.startswith("regios/deel-")]) >= 2  # the list was split


def test_de_delen_samen_noemen_elke_regio_een_keer(veel_paginas):
    regio = re.compile(r"\]\(\.\./([a-z0-9-]+)/index\.md\)")
    delen = [t for naam, t in veel_paginas.items() if naam.startswith("regios/deel-")]
    gevonden = [s for t in delen for s in regio.findall(t)]
    assert len(gevonden) == 400 and len(set(gevonden)) == 400


def test_de_delen_van_een_vraag_samen_hebben_elke_drempel(alle_regios, veel_paginas):
    vragen = landelijk.vergelijking_vragen(_kopieen(alle_regios, 400))
    for vraag in vragen:
        tekst = "".join(t for naam, t in veel_paginas.items()
                        if re.fullmatch(rf"vergelijking/{vraag.bestand}(-deel-\d+)?\.md", naam))
        rijen = [r for _slug, rr in vraag.per_regio for r in rr]
        assert rijen and all(r in tekst for r in rijen), vraag.bestand


def test_het_overzicht_van_de_wet_houdt_de_oude_ankers(paginas):
    """Links to an article on the old single page (…/wettelijk-kader/#art-21a) still land."""
    overzicht = paginas["wettelijk-kader/index.md"]
    kader = generate._lees_landelijk("wettelijk-kader.yaml")
    for a in kader["artikelen"]:
        assert f"{{#{a['id']}}}" in overzicht
        assert f"wettelijk-kader/{landelijk.artikel_bestand(a)}" in paginas
    assert "{#meldplichten}" in overzicht and "{#geen-regio}" in overzicht
