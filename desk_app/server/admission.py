"""Admission control: at most as many requests inside the app as the database pool can serve at once.

FastAPI runs each sync dependency and the endpoint as separate steps on a shared thread pool. With more
requests in flight than pooled connections, requests that hold a connection wait for a thread while the
threads wait for a connection: everything stalls until the pool's 30-second timeout answers 500 (found by
the bench's load figure, #7). Requests beyond the limit wait here instead, before touching the database,
and go in first come, first served. Long-lived event streams are not counted.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import Engine
from sqlalchemy.pool import QueuePool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADROOM = 4  # connections left for the sweeper, the event hub and a login's failure record


def pool_capacity(*engines: Engine) -> int | None:
    """The smallest number of connections any of these engines' pools can hand out at once (None: unbounded)."""
    sizes = [e.pool.size() + max(0, e.pool._max_overflow) for e in engines if isinstance(e.pool, QueuePool)]
    return min(sizes) if sizes else None


class ConcurrencyLimit:
    """Lets at most `limit` HTTP requests (other than paths under `exempt`) run at a time; the rest queue."""

    def __init__(self, app: ASGIApp, limit: int, exempt: tuple[str, ...] = ()) -> None:
        self.app, self.limit, self.exempt = app, max(1, limit), exempt
        self._gate: asyncio.Semaphore | None = None  # made on the server's own event loop

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(self.exempt):
            return await self.app(scope, receive, send)
        if self._gate is None:
            self._gate = asyncio.Semaphore(self.limit)
        async with self._gate:
            await self.app(scope, receive, send)


_place: ContextVar[tuple[asyncio.AbstractEventLoop, asyncio.Semaphore] | None] = ContextVar("desk_place", default=None)


@contextmanager
def away() -> Iterator[None]:
    """While a request waits on another system (the exchange's account system), its place goes to the next.

    For a request's worker thread (FastAPI runs sync routes on one, with the request's context); anywhere
    else (the sweeper, the event loop itself) it does nothing. The place is taken back, in turn, before
    the request goes on."""
    held = _place.get()
    try:
        asyncio.get_running_loop()
        on_loop = True
    except RuntimeError:
        on_loop = False
    if held is None or on_loop:
        yield
        return
    loop, gate = held
    loop.call_soon_threadsafe(gate.release)
    try:
        yield
    finally:
        asyncio.run_coroutine_threadsafe(gate.acquire(), loop).result()


class WorkGate:
    """Lets at most `limit` requests of a process work at once (#7); the rest wait, first come, first served.

    A process works faster on a few requests than on many: beyond a couple at a time its threads only take
    the GIL (and the CPUs, and PostgreSQL's backends) from each other. In the bench's load figure (200 agents
    against two processes on two CPUs) the same service answered 150 req/s at p95 740 ms with 26 requests
    let in per process, and 202 req/s at p95 212 ms with 2. A request enters with its body already read, so
    a slow client never holds a place while it sends (the bodies are bounded: BodyLimit, outside this, ends
    one that is too large), and gives its place up while it waits on another system (`away`). Paths that
    `slow(path)` names (event streams, attachment transfers: long by nature) are not gated here;
    ConcurrencyLimit still counts them.
    """

    def __init__(self, app: ASGIApp, limit: int, slow: Callable[[str], bool]) -> None:
        self.app, self.limit, self.slow = app, max(1, limit), slow
        self._gate: asyncio.Semaphore | None = None  # made on the server's own event loop

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.slow(scope["path"]):
            return await self.app(scope, receive, send)
        if self._gate is None:
            self._gate = asyncio.Semaphore(self.limit)
        replay = await _read_body(receive)
        async with self._gate:
            place = _place.set((asyncio.get_running_loop(), self._gate))
            try:
                await self.app(scope, replay, send)
            finally:
                _place.reset(place)


async def _read_body(receive: Receive) -> Receive:
    """Read the request's body now; returns a `receive` that hands its messages out again, then the rest."""
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body", False):
            break

    async def replay() -> Message:
        return messages.pop(0) if messages else await receive()

    return replay
