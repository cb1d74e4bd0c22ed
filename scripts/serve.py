"""Serve the built site on 127.0.0.1 (used by `make serve` and by the browser tests).

Plain static hosting, like any static host: no special headers, so the page's own
<meta> Content-Security-Policy is what protects it.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
from pathlib import Path


class Server(http.server.ThreadingHTTPServer):
    stil = True  # no request log (tests); `make serve` logs

    def handle_error(self, request, client_address) -> None:
        # A browser that closes a connection it no longer needs (a page navigated away, a
        # prefetch cut short) is not an error worth a traceback; anything else still is.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


class Handler(http.server.SimpleHTTPRequestHandler):
    server: Server

    # Not in every Python's mimetypes table; a static host serves these with the same types.
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".mjs": "text/javascript", ".wasm": "application/wasm",
                      ".whl": "application/zip", ".json": "application/json",
                      ".svg": "image/svg+xml"}

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if self.server.stil:
            return
        super().log_message(format, *args)


def maak_server(map_: Path, port: int = 0, stil: bool = True) -> Server:
    server = Server(
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
