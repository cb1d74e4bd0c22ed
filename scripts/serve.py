"""Serve the built site on 127.0.0.1 (used by `make serve` and by the browser tests).

Plain static hosting, like any static host: no special headers, so the page's own
<meta> Content-Security-Policy is what protects it.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import mimetypes
import sys
from pathlib import Path

# Not in every Python's table; a static host serves these with the same types.
mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("application/json", ".json")
mimetypes.add_type("image/svg+xml", ".svg")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".mjs": "text/javascript", ".wasm": "application/wasm",
                      ".whl": "application/zip", ".json": "application/json"}

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if self.server.stil:
            return
        super().log_message(format, *args)


def maak_server(map_: Path, port: int = 0, stil: bool = True) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(Handler, directory=str(map_)))
    server.stil = stil
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description="Serveer de gebouwde site lokaal.")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--dir", type=Path, default=Path("site"))
    args = parser.parse_args()
    if not (args.dir / "index.html").exists():
        print(f"{args.dir}/index.html ontbreekt: bouw eerst de site (make build).", file=sys.stderr)
        return 1
    server = maak_server(args.dir, args.port, stil=False)
    print(f"De site draait op http://127.0.0.1:{server.server_address[1]}/  (stoppen: Ctrl+C)",
          flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
