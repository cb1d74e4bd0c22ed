"""The Rekenhulp's files and caching (beslissingen/0011): everything the browser fetches to
start and answer is content-addressed, named by a small manifest that is revalidated, and a
publication gives changed rules a new address. Reads the built site/ and writes only to
tmp_path."""

from __future__ import annotations

import copy
import gzip
import json
import re
import zipfile

import beveilig
import pytest
import runtime
from bron.paden import ROOT
from rekenhulp import regels_json

SITE = ROOT / "site"
GEHASHT = re.compile(r"v/[0-9a-f]{16}/[^/]+")


def _manifest() -> dict:
    pad = SITE / "assets" / "runtime" / "manifest.json"
    if not pad.exists():
        pytest.fail("site/ is niet gebouwd: draai 'make build'.")
    return json.loads(pad.read_text("utf-8"))


@pytest.mark.site
def test_alles_wat_de_worker_haalt_is_inhoud_geadresseerd():
    manifest = _manifest()
    adressen = [*manifest["bestanden"], manifest["worker"], manifest["stdlib"]]
    assert manifest["pyodide"] + "pyodide.asm.wasm" in manifest["bestanden"]
    for pad in adressen:
        assert GEHASHT.fullmatch(pad), pad
        assert (SITE / "assets" / "runtime" / pad).is_file(), pad
    # The sizes the page counts down are the files' own.
    for pad, grootte in manifest["bestanden"].items():
        assert (SITE / "assets" / "runtime" / pad).stat().st_size == grootte, pad
    # No lock file of Pyodide's packages before the first answer (none is ever loaded).
    assert not any("lock" in pad for pad in adressen)
    assert manifest["lock"]["packages"] == {}


@pytest.mark.site
def test_de_standaardbibliotheek_is_gecompileerd():
    """No Python source to compile at every start: what makes a revisit quicker than bare
    Pyodide (beslissingen/0011; the times themselves are make benchmark's figures)."""
    with zipfile.ZipFile(SITE / "assets" / "runtime" / _manifest()["stdlib"]) as z:
        namen = [n for n in z.namelist() if not n.endswith("/")]
    assert [n for n in namen if n.endswith(".py")] == []
    assert sum(n.endswith(".pyc") for n in namen) > 100


@pytest.mark.site
def test_de_momentopname_is_gehasht_gezipt_en_geen_bestand_waar_een_eerste_bezoek_op_wacht():
    """The snapshot a revisit starts from (beslissingen/0012). That it starts and answers as
    a usual start does is proved when it is made (scripts/runtime.py) and in the browser
    (tests/browser/test_rekenhulp_start.py)."""
    manifest = _manifest()
    pad = manifest["momentopname"]
    assert GEHASHT.fullmatch(pad), pad
    assert pad not in manifest["bestanden"]  # what the progress counts and a first start waits for
    data = (SITE / "assets" / "runtime" / pad).read_bytes()
    assert data[:2] == b"\x1f\x8b"  # gzip, ours: hosts need not compress a binary file
    geheugen = runtime.met_lege_blokken(gzip.decompress(data))
    assert len(geheugen) > 4 * len(data)  # Python's whole memory, mostly empty


@pytest.mark.parametrize("geheugen", [b"", bytes(runtime.BLOK * 3), b"x" + bytes(runtime.BLOK * 2) + b"y",
                                      bytes(runtime.BLOK) + b"kort laatste blok"])
def test_lege_blokken_weglaten_en_terugzetten_geeft_hetzelfde_geheugen(geheugen):
    pakket = runtime.zonder_lege_blokken(geheugen)
    assert runtime.met_lege_blokken(pakket) == geheugen
    # Only blocks with something in them are kept: a header, a number and a block each.
    bewaard = sum(1 for i in range(0, len(geheugen), runtime.BLOK) if geheugen[i:i + runtime.BLOK].strip(b"\0"))
    assert len(pakket) <= 16 + bewaard * (4 + runtime.BLOK)


def _momentopname(tmp_path, inhoud: bytes) -> tuple[dict, list[str]]:
    (tmp_path / "momentopname.bin").write_bytes(inhoud)
    proef = {"momentopname": True}
    runtime._pak_momentopname(tmp_path, proef)
    return proef, sorted(p.name for p in tmp_path.iterdir())


def test_een_momentopname_met_een_waarde_uit_de_bouwomgeving_wordt_niet_gepubliceerd(tmp_path, monkeypatch):
    monkeypatch.setenv("CI_GEHEIM_VOOR_DE_TEST", "dit-mag-nooit-op-de-site-staan")
    proef, bestanden = _momentopname(tmp_path, b"\0" * 1000 + b"dit-mag-nooit-op-de-site-staan" + b"\0" * 1000)
    assert bestanden == []
    assert proef["momentopname"] is False and "CI_GEHEIM_VOOR_DE_TEST" in proef["reden"]
    proef, bestanden = _momentopname(tmp_path, b"\0" * 1000 + b"alleen openbare bytes" + b"\0" * 1000)
    assert bestanden == [runtime.MOMENTOPNAME] and proef["momentopname"] is True
    assert b"openbare" in gzip.decompress((tmp_path / runtime.MOMENTOPNAME).read_bytes())


@pytest.mark.site
def test_regels_en_index_zijn_inhoud_geadresseerd():
    manifest = _manifest()
    assert re.fullmatch(r"assets/regels/v/index-[0-9a-f]{16}\.json", manifest["regios"])
    index = json.loads((SITE / manifest["regios"]).read_text("utf-8"))["regios"]
    assert index
    for regio in index:
        assert re.fullmatch(rf"assets/regels/v/{re.escape(regio['slug'])}-[0-9a-f]{{16}}\.json", regio["regels"])
        regels = json.loads((SITE / regio["regels"]).read_text("utf-8"))
        assert regio["versie"] == regels["publicatie"]["versie"]


@pytest.mark.site
def test_headers_lang_voor_gehashte_bestanden_en_hervalideren_voor_het_manifest():
    tekst = (SITE / "_headers").read_text("utf-8")
    regels = dict(re.findall(r"^(/\S*)\n((?:  .*\n?)+)", tekst, re.M))
    assert "max-age=31536000" in regels["/assets/runtime/v/*"] and "immutable" in regels["/assets/runtime/v/*"]
    assert "max-age=31536000" in regels["/assets/regels/v/*"]
    assert regels["/assets/runtime/manifest.json"].strip() == "Cache-Control: no-cache"
    # One Cache-Control per address: no rule that caches for long covers the manifest.
    lang = [p.removesuffix("*") for p, kop in regels.items() if "max-age=31536000" in kop]
    assert not any("/assets/runtime/manifest.json".startswith(p) for p in lang)
    assert sum("Cache-Control" in kop for kop in regels.values()) == len(beveilig.CACHE_REGELS)


def test_een_publicatie_geeft_de_regels_een_nieuw_adres(tmp_path, alle_regios):
    slug, d = next((s, d) for s, d in sorted(alle_regios.items())
                   if any(isinstance(x.get("waarde"), int | float) for x in d["drempels"]))
    regels_json.schrijf({slug: d}, tmp_path)
    voor = json.loads((tmp_path / "index.json").read_text("utf-8"))["regios"][0]
    voor_index = runtime.regio_index(tmp_path).removeprefix("assets/regels/")
    nieuw = copy.deepcopy(d)
    drempel = next(x for x in nieuw["drempels"] if isinstance(x.get("waarde"), int | float))
    drempel["waarde"] += 1
    nieuw["publicatie"]["versie"] = f"{d['publicatie']['versie']}-nieuw"
    regels_json.schrijf({slug: nieuw}, tmp_path)
    na = json.loads((tmp_path / "index.json").read_text("utf-8"))["regios"][0]
    assert na["regels"] != voor["regels"] and runtime.regio_index(tmp_path).removeprefix("assets/regels/") != voor_index
    assert na["versie"] == nieuw["publicatie"]["versie"]
    # The old publication's files are gone; the new ones hold the new threshold.
    assert sorted(p.name for p in (tmp_path / "v").iterdir()) == sorted(
        [na["regels"].rsplit("/", 1)[1], runtime.regio_index(tmp_path).removeprefix("assets/regels/").rsplit("/", 1)[1]])
    regels = json.loads((tmp_path / "v" / na["regels"].rsplit("/", 1)[1]).read_text("utf-8"))
    assert drempel["waarde"] in [x["waarde"] for x in regels["drempels"] if x["id"] == drempel["id"]]
