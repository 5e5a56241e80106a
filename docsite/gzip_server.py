"""Serve a built site the way GitHub Pages does: text compressed with gzip.

Used by the reader-experience tests (exact transferred bytes per page) and by
``make bench``. Compression is deterministic (level 6, no timestamp), so the
byte counts are the same on every run and every machine.
"""

from __future__ import annotations

import functools
import gzip
import mimetypes
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COMPRESSED = ("text/", "application/javascript", "application/json", "application/xml",
              "image/svg+xml", "application/wasm", "text/javascript")


class GzipHandler(SimpleHTTPRequestHandler):
    sent: list[tuple[str, int]]  # (path, bytes of body sent), set per server
    address = ""  # this server's base URL, set per server

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - http.server's naming
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                self.send_response(301)
                self.send_header("Location", self.path.split("?")[0] + "/")
                self.end_headers()
                return
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            self.sent.append((self.path, 0))
            return
        body = path.read_bytes()
        if path.name == "sitemap.xml":
            # Material's instant navigation follows only links its sitemap lists,
            # written for site_url: list them at this server's address instead.
            text = body.decode("utf-8")
            first = text.find("<loc>")
            if first >= 0:
                built_for = text[first + 5 : text.find("</loc>", first)]
                body = text.replace(built_for, self.address + "/").encode("utf-8")
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".mjs":
            kind = "text/javascript"
        encoded = "gzip" in self.headers.get("Accept-Encoding", "") and kind.startswith(COMPRESSED)
        if encoded:
            body = gzip.compress(body, compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if encoded:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        self.wfile.write(body)
        self.sent.append((self.path, len(body)))


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A page closed while a file was on its way is no error of the site."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(site: Path) -> Iterator[tuple[str, list[tuple[str, int]]]]:
    """Serve ``site`` on a free loopback port: (base URL, log of bodies sent)."""
    sent: list[tuple[str, int]] = []
    handler = type("Handler", (GzipHandler,), {"sent": sent})
    httpd = QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    handler.address = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", sent
    finally:
        httpd.shutdown()
        httpd.server_close()
