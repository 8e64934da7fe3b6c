"""A tiny scripted HTTP server on loopback, for what the real service never does on purpose.

Proxies answering HTML, truncated JSON, wrong types, 503s to retry, expiring tokens at awkward
moments, event streams that drop or go silent, connections reset mid-body: each test scripts the
replies it needs per route.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from desk_app.client import ApiClient, Tokens
from desk_app.contract import API_PREFIX

JSON = "application/json"
EVENT_STREAM = "text/event-stream"


@dataclass
class Reply:
    """One scripted answer. `chunks` streams with chunked encoding; a float in it pauses that long."""

    status: int = 200
    body: Any = b""  # bytes or str as they are; anything else as JSON
    content_type: str | None = JSON
    headers: dict[str, str] = field(default_factory=dict)
    chunks: list[bytes | str | float] | None = None
    end: str = "clean"  # after the chunks: "clean" (last chunk), "drop" (cut mid-stream), "hang" (stay open)
    delay: float = 0.0
    raw: bytes | None = None  # written as is instead of a proper response, then the connection closes
    reset: bool = False  # end with a TCP reset (RST) instead of an orderly close, as a crashing proxy does


@dataclass
class Seen:
    """A request the server received."""

    method: str
    path: str  # without the API prefix
    query: dict[str, list[str]]
    headers: Message
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Handler = Callable[[Seen], Reply]


def error(status: int, code: str, message: str = "scripted error", field: str | None = None) -> Reply:
    """A contract ErrorResponse."""
    return Reply(status, {"error": {"code": code, "message": message, "field": field}})


def login_json(access: str = "access-1", refresh: str = "refresh-1", expires_in: int = 900) -> dict[str, Any]:
    """A LoginResponse body."""
    return {
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": expires_in,
        "agent": {"id": 1, "username": "alice", "display_name": "Alice", "roles": ["agent"], "locale": "en"},
        "idle_lock_seconds": 600,
    }


def agent_json() -> dict[str, Any]:
    return {"id": 1, "username": "alice", "display_name": "Alice", "roles": ["agent"], "locale": "en"}


def sse(event_id: int, kind: str = "ticket.updated", ticket_id: int | None = 1) -> str:
    """One event block in the service's wire format."""
    data = {"id": event_id, "kind": kind, "at": "2026-01-01T00:00:00Z", "ticket_id": ticket_id, "data": {}}
    return f"id: {event_id}\nevent: {kind}\ndata: {json.dumps(data)}\n\n"


def signed_in(url: str, **kwargs: Any) -> ApiClient:
    """A client of `url` holding tokens "access-0"/"refresh-0" (what the fake server expects)."""
    client = ApiClient(url, **{"timeout": (2, 5), **kwargs})
    client.set_tokens(Tokens("access-0", "refresh-0", datetime.now(UTC) + timedelta(minutes=15)))
    return client


class FakeServer:
    """Answers each (method, path) with the next scripted `Reply` (the last one repeats) or a handler."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[Reply] | Handler] = {}
        self.seen: list[Seen] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _RequestHandler)
        self._httpd.fake = self  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-server", daemon=True
        )

    def route(self, method: str, path: str, *replies: Reply | Handler) -> None:
        if len(replies) == 1 and callable(replies[0]):
            self.routes[(method, path)] = replies[0]
        else:
            self.routes[(method, path)] = [reply for reply in replies if isinstance(reply, Reply)]

    def requests_to(self, method: str, path: str) -> list[Seen]:
        with self._lock:
            return [seen for seen in self.seen if seen.method == method and seen.path == path]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _reply_for(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            route = self.routes.get((seen.method, seen.path))
            if route is None:
                return error(404, "not_found", f"no scripted route for {seen.method} {seen.path}")
            if isinstance(route, list):
                return route.pop(0) if len(route) > 1 else route[0]
        return route(seen)


@contextmanager
def running() -> Iterator[FakeServer]:
    server = FakeServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _handle(self) -> None:
        fake: FakeServer = self.server.fake  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts = urlsplit(self.path)
        path = parts.path.removeprefix(API_PREFIX)
        seen = Seen(self.command, path, parse_qs(parts.query), self.headers, body)
        reply = fake._reply_for(seen)
        if reply.delay:
            fake.stopping.wait(reply.delay)
        try:
            self._write(reply, fake)
        except OSError:  # the client went away: fine, that is what some tests do
            self.close_connection = True

    def _write(self, reply: Reply, fake: FakeServer) -> None:
        if reply.raw is not None:
            self.wfile.write(reply.raw)
            self.wfile.flush()
            if reply.reset:  # linger 0: closing sends RST, the peer sees "connection reset by peer"
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        if reply.chunks is None:
            data = _encode(reply.body)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.wfile.flush()
        for chunk in reply.chunks:
            if isinstance(chunk, float):
                if fake.stopping.wait(chunk):
                    break
                continue
            data = chunk.encode() if isinstance(chunk, str) else chunk
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()
        if reply.end == "clean":
            self.wfile.write(b"0\r\n\r\n")
        elif reply.end == "hang":
            deadline = time.monotonic() + 30
            while not fake.stopping.wait(0.1) and time.monotonic() < deadline:
                pass
        self.close_connection = True


def _encode(body: Any) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode()
    return json.dumps(body).encode()
