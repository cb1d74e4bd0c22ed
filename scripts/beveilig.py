"""Give every page of a built site its Content-Security-Policy and referrer policy (<meta>),
and cut the CDN addresses that third-party code keeps as (unused) fallbacks.

Static hosts differ in what headers they let you set, so the policy travels inside each
page. The theme's inline scripts are allowed by their SHA-256 hash, computed here per page
(they differ per folder depth); nothing allows 'unsafe-inline' or 'unsafe-eval' for scripts.
Runs on the fresh build folder before it replaces site/, so a failure publishes nothing.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
from pathlib import Path

INLINE_SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<code>.*?)</script>", re.S | re.I)
# Data, not code: the browser never executes these, so they need no hash.
NIET_UITGEVOERD = re.compile(r"""\btype\s*=\s*["']?application/(ld\+)?json""", re.I)

BELEID = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],  # WebAssembly for Pyodide; no eval
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "img-src": ["'self'", "data:"],                   # the theme's icons are data: URIs in CSS
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
REFERRER = "same-origin"  # never tell another site which page a link came from

# Fallbacks in the theme bundle (mermaid, a ResizeObserver polyfill) and in Pyodide (its
# package CDN). We never use them; rewritten to a same-origin path that does not exist, any
# call would fail here instead of contacting another site.
CDN = re.compile(r"https://(unpkg\.com|cdn\.jsdelivr\.net|fonts\.googleapis\.com|"
                 r"fonts\.gstatic\.com|cdnjs\.cloudflare\.com)/")
CDN_VERVANGING = "/geen-cdn/"


def script_hashes(html: str) -> list[str]:
    hashes = []
    for m in INLINE_SCRIPT.finditer(html):
        if re.search(r"\bsrc\s*=", m["attrs"], re.I) or NIET_UITGEVOERD.search(m["attrs"]):
            continue
        digest = hashlib.sha256(m["code"].encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return sorted(set(hashes))


def beleid(html: str) -> str:
    regels = {**BELEID, "script-src": BELEID["script-src"] + script_hashes(html)}
    return "; ".join(f"{k} {' '.join(v)}" for k, v in regels.items())


def beveilig_pagina(html: str) -> str:
    if 'http-equiv="Content-Security-Policy"' in html:
        raise ValueError("pagina heeft al een Content-Security-Policy")
    head = re.search(r"<head[^>]*>", html, re.I)
    if not head:
        raise ValueError("pagina heeft geen <head>")
    meta = (f'\n<meta http-equiv="Content-Security-Policy" content="{beleid(html)}">'
            f'\n<meta name="referrer" content="{REFERRER}">')
    # First in <head>: the policy only governs what comes after it.
    return html[:head.end()] + meta + html[head.end():]


def ontkoppel_cdn(map_: Path) -> int:
    """Rewrite CDN fallbacks in scripts and drop source maps (they quote the same code)."""
    aantal = 0
    for pad in map_.rglob("*"):
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
    if len(argv) != 1:
        print("Gebruik: beveilig.py <map met de gebouwde site>", file=sys.stderr)
        return 2
    paginas = sorted(Path(argv[0]).rglob("*.html"))
    if not paginas:
        print(f"Geen pagina's gevonden in {argv[0]}.", file=sys.stderr)
        return 1
    for pad in paginas:
        try:
            pad.write_text(beveilig_pagina(pad.read_text("utf-8")), "utf-8")
        except ValueError as fout:
            print(f"{pad}: {fout}", file=sys.stderr)
            return 1
    n = ontkoppel_cdn(Path(argv[0]))
    print(f"Content-Security-Policy gezet op {len(paginas)} pagina's; {n} CDN-adressen ontkoppeld.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
