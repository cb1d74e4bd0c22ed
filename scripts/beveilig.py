"""Give every page of a built site its Content-Security-Policy and referrer policy (<meta>),
write the same policies as a ``_headers`` file, and cut the CDN addresses that third-party
code keeps as (unused) fallbacks.

Static hosts differ in what headers they let you set, so the policy travels inside each
page; hosts that read ``_headers`` (Netlify, Cloudflare Pages) also send it as a header,
which also covers scripts and workers loaded from a URL. Only the theme's own inline
scripts are allowed, by their SHA-256 hash: each must match a script in one of the
theme's templates (partials/javascripts/*.html). Any other inline script, an inline event
handler (onclick=...) or a javascript: address fails the build and names the page.
'wasm-unsafe-eval' only on the pages that run WebAssembly (search, Rekenhulp).
frame-ancestors (header only) is 'none' everywhere except the embeddable page /inbedden/.
Runs on the fresh build folder before it replaces site/, so a failure publishes nothing.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
from importlib.util import find_spec
from pathlib import Path

INLINE_SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<code>.*?)</script>", re.S | re.I)
# Data, not code: the browser never executes these, so they need no hash.
NIET_UITGEVOERD = re.compile(r"""\btype\s*=\s*["']?application/(ld\+)?json""", re.I)
TAG = re.compile(r"<[A-Za-z][^>]*>")
ATTRIBUUT = re.compile(r"""\s([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
ADRES_ATTRIBUTEN = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"}
GEVAARLIJK_ADRES = re.compile(r"^\s*(javascript|vbscript|data\s*:\s*text/html)", re.I)
_THEMA = find_spec("material")
THEMA_SCRIPTS = (Path(_THEMA.origin or "").parent if _THEMA else Path("material")) / \
    "templates" / "partials" / "javascripts"

# Pages that run WebAssembly: Pagefind (search) and Pyodide (Rekenhulp, also embedded).
WASM_PAGINAS = ("zoeken/index.html", "rekenhulp/index.html", "inbedden/index.html")
# The one page another site may show in an <iframe> (issue 27; decision 0010). Every other
# page keeps frame-ancestors 'none'. A samenwerkingsverband that hosts a copy narrows '*' to
# its own address, e.g. "https://www.swv-voorbeeld.nl" (docs/over/open-data.md).
INBED_PAGINAS = ("inbedden/index.html",)
INBEDDEN_TOEGESTAAN = ["*"]

BELEID = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "img-src": ["'self'", "data:"],                   # the theme's icons are data: URIs in CSS
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
ALLEEN_HEADER = {"frame-ancestors": ["'none'"]}     # not allowed in <meta>
REFERRER = "same-origin"  # never tell another site which page a link came from

# Fallbacks in the theme bundle (mermaid, a ResizeObserver polyfill) and in Pyodide (its
# package CDN). We never use them; rewritten to a same-origin path that does not exist, any
# call would fail here instead of contacting another site.
CDN = re.compile(r"https://(unpkg\.com|cdn\.jsdelivr\.net|fonts\.googleapis\.com|"
                 r"fonts\.gstatic\.com|cdnjs\.cloudflare\.com)/")
CDN_VERVANGING = "/geen-cdn/"


class OnveiligePagina(ValueError):
    pass


def thema_scripts(map_: Path = THEMA_SCRIPTS) -> dict[str, re.Pattern]:
    """Per theme template: a pattern its inline script matches once rendered.

    A Jinja expression ({{ base_url }} and the like) becomes 'a short text without quotes
    or tags'; everything else must be exactly as in the template.
    """
    patronen = {}
    for pad in sorted(map_.glob("*.html")):
        for i, m in enumerate(INLINE_SCRIPT.finditer(pad.read_text("utf-8"))):
            delen = re.split(r"\{\{.*?\}\}", m["code"], flags=re.S)
            patronen[f"{pad.name}#{i + 1}"] = re.compile(
                r"[^\"'<>\\]{0,200}".join(re.escape(d) for d in delen), re.S)
    if not patronen:
        raise SystemExit(f"Geen scripts gevonden in {map_}: is mkdocs-material geïnstalleerd?")
    return patronen


def _hash(code: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(code.encode('utf-8')).digest()).decode()}'"


def script_hashes(html: str, bekend: dict[str, re.Pattern]) -> list[str]:
    """Hashes of the page's inline scripts; OnveiligePagina on one no theme template emits."""
    hashes = []
    for m in INLINE_SCRIPT.finditer(html):
        if re.search(r"\bsrc\s*=", m["attrs"], re.I) or NIET_UITGEVOERD.search(m["attrs"]):
            if m["code"].strip() and not NIET_UITGEVOERD.search(m["attrs"]):
                raise OnveiligePagina("script met src én inhoud")
            continue
        if not any(p.fullmatch(m["code"]) for p in bekend.values()):
            raise OnveiligePagina(f"onbekend inline script: {m['code'].strip()[:60]!r} (alleen de "
                                  "scripts van het thema zijn toegestaan)")
        hashes.append(_hash(m["code"]))
    return sorted(set(hashes))


def controleer_attributen(html: str) -> None:
    """No inline event handlers, no javascript: addresses, anywhere in the markup."""
    zonder_scripts = INLINE_SCRIPT.sub("<script></script>", html)
    for tag in TAG.finditer(zonder_scripts):
        for naam, waarde in ATTRIBUUT.findall(tag.group(0)):
            naam = naam.lower()
            if naam.startswith("on"):
                raise OnveiligePagina(f"inline event handler {naam}= in {tag.group(0)[:80]!r}")
            if naam in ADRES_ATTRIBUTEN and GEVAARLIJK_ADRES.match(waarde.strip("\"'")):
                raise OnveiligePagina(f"gevaarlijk adres in {tag.group(0)[:80]!r}")


def beleid(hashes: list[str], wasm: bool, header: bool = False, inbedden: bool = False) -> str:
    script = BELEID["script-src"] + (["'wasm-unsafe-eval'"] if wasm else []) + hashes
    # A worker made from a blob: URL inherits this page's policy (one loaded from a URL
    # would not), so the pages with workers may start them that way.
    worker = BELEID["worker-src"] + (["blob:"] if wasm else [])
    regels = {**BELEID, "script-src": script, "worker-src": worker,
              **(ALLEEN_HEADER if header else {})}
    if header and inbedden:
        regels["frame-ancestors"] = INBEDDEN_TOEGESTAAN
    return "; ".join(f"{k} {' '.join(v)}" for k, v in regels.items())


def beveilig_pagina(html: str, bekend: dict[str, re.Pattern] | None = None,
                    wasm: bool = False) -> tuple[str, list[str]]:
    """The page with its policy first in <head>, and the script hashes it allows."""
    if 'http-equiv="Content-Security-Policy"' in html:
        raise OnveiligePagina("pagina heeft al een Content-Security-Policy")
    head = re.search(r"<head[^>]*>", html, re.I)
    if not head:
        raise OnveiligePagina("pagina heeft geen <head>")
    hashes = script_hashes(html, bekend if bekend is not None else thema_scripts())
    controleer_attributen(html)
    meta = (f'\n<meta http-equiv="Content-Security-Policy" content="{beleid(hashes, wasm)}">'
            f'\n<meta name="referrer" content="{REFERRER}">')
    # First in <head>: the policy only governs what comes after it.
    return html[:head.end()] + meta + html[head.end():], hashes


# Caching (beslissingen/0011). Content-addressed files (a hash in their path) never change:
# a year, immutable. The runtime manifest, the one fixed name that points at them, is
# revalidated on every visit. These rules set only Cache-Control, so where they overlap the
# per-folder rules below no header is sent twice. Everything else: the host's default.
ONVERANDERLIJK = "public, max-age=31536000, immutable"
CACHE_REGELS = {
    "/assets/runtime/v/*": ONVERANDERLIJK,
    "/assets/regels/v/*": ONVERANDERLIJK,
    "/assets/runtime/manifest.json": "no-cache",
}


def cache_regels() -> str:
    return "\n".join(f"{pad}\n  Cache-Control: {waarde}\n" for pad, waarde in CACHE_REGELS.items())


def headers_bestand(site: Path, hashes: set[str]) -> str:
    """_headers (Netlify / Cloudflare Pages): the same policy per part of the site.

    Rules never overlap (overlapping rules would send two policies, and browsers apply
    both), so each top-level folder gets its own rule.
    """
    regels = []

    def regel(pad: str, wasm: bool, inbedden: bool = False) -> None:
        beleid_ = beleid(sorted(hashes), wasm, True, inbedden)
        regels.append(f"{pad}\n  Content-Security-Policy: {beleid_}\n"
                      f"  Referrer-Policy: {REFERRER}\n  X-Content-Type-Options: nosniff\n")

    wasm_mappen = {p.split("/")[0] for p in WASM_PAGINAS}
    inbed_mappen = {p.split("/")[0] for p in INBED_PAGINAS}  # a folder of its own: one rule
    regel("/", False)
    for pad in sorted(site.iterdir()):
        if pad.name == "_headers":
            continue
        regel(f"/{pad.name}/*" if pad.is_dir() else f"/{pad.name}", pad.name in wasm_mappen,
              pad.name in inbed_mappen)
    return ("# Gemaakt door scripts/beveilig.py; niet met de hand bewerken.\n" + "\n".join(regels)
            + "\n" + cache_regels())


def ontkoppel_cdn(map_: Path, sinds: float | None = None) -> int:
    """Rewrite CDN fallbacks in scripts and drop source maps (they quote the same code);
    with ``sinds``, only in files changed after that time (the rest were done then)."""
    aantal = 0
    for pad in map_.rglob("*"):
        if sinds is not None and pad.is_file() and pad.stat().st_mtime < sinds:
            continue
        if pad.suffix == ".map":
            pad.unlink()
        elif pad.suffix in (".js", ".mjs", ".css") and pad.is_file():
            tekst = pad.read_text("utf-8")
            nieuw, n = CDN.subn(CDN_VERVANGING, tekst)
            if n:
                pad.write_text(nieuw, "utf-8")
                aantal += n
    return aantal


def main(argv: list[str]) -> int:
    bijwerken = "--bijwerken" in argv
    argv = [a for a in argv if a != "--bijwerken"]
    if len(argv) != 1:
        print("Gebruik: beveilig.py [--bijwerken] <map met de gebouwde site>", file=sys.stderr)
        return 2
    site = Path(argv[0])
    paginas = sorted(site.rglob("*.html"))
    if not paginas:
        print(f"Geen pagina's gevonden in {argv[0]}.", file=sys.stderr)
        return 1
    bekend, alle_hashes, gezet = thema_scripts(), set(), 0
    # --bijwerken (the preview's dirty build): pages MkDocs left alone keep the policy this
    # script gave them last time (older than the _headers it wrote then, or already carrying
    # it); only the pages it wrote again get theirs. _headers keeps the hashes it had.
    vorige = site / "_headers"
    sinds = vorige.stat().st_mtime if bijwerken and vorige.exists() else None
    if sinds is not None:
        alle_hashes.update(re.findall(r"'sha256-[A-Za-z0-9+/=]+'", vorige.read_text("utf-8")))
    for pad in paginas:
        if sinds is not None and pad.stat().st_mtime < sinds:
            continue
        wasm = pad.relative_to(site).as_posix() in WASM_PAGINAS
        html = pad.read_text("utf-8")
        if bijwerken and al_beveiligd(html):
            alle_hashes.update(script_hashes(html, bekend))
            continue
        try:
            html, hashes = beveilig_pagina(html, bekend, wasm)
        except OnveiligePagina as fout:
            print(f"{pad}: {fout}. Er is niets gepubliceerd.", file=sys.stderr)
            return 1
        pad.write_text(html, "utf-8")
        alle_hashes.update(hashes)
        gezet += 1
    (site / "_headers").write_text(headers_bestand(site, alle_hashes), "utf-8")
    n = ontkoppel_cdn(site, sinds)
    print(f"Content-Security-Policy gezet op {gezet} pagina's en in _headers; "
          f"{n} CDN-adressen ontkoppeld.")
    return 0


def al_beveiligd(html: str) -> bool:
    """The page starts its <head> with the policy this script writes."""
    head = re.search(r"<head[^>]*>", html, re.I)
    return head is not None and html[head.end():].startswith('\n<meta http-equiv="Content-Security-Policy"')


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
