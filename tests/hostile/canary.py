"""A loopback HTTP server that only records who asked: any request to it means something fetched
what a hostile message pointed at (an image, a stylesheet, a link)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Canary:
    """`url` to put in hostile messages; `hits` lists the paths requested from it."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self._lock = threading.Lock()
        canary = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                with canary._lock:
                    canary.hits.append(f"{self.command} {self.path}")
                self.send_response(200)
                self.send_header("Content-Type", "image/gif")
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_POST = do_HEAD = do_OPTIONS = do_GET

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="canary", daemon=True)

    def requests(self) -> list[str]:
        with self._lock:
            return list(self.hits)


@contextmanager
def running_canary() -> Iterator[Canary]:
    canary = Canary()
    canary._thread.start()
    try:
        yield canary
    finally:
        canary._httpd.shutdown()
        canary._httpd.server_close()
