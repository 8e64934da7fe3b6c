"""Admission control: at most as many requests inside the app as the database pool can serve at once.

FastAPI runs each sync dependency and the endpoint as separate steps on a shared thread pool. With more
requests in flight than pooled connections, requests that hold a connection wait for a thread while the
threads wait for a connection: everything stalls until the pool's 30-second timeout answers 500 (found by
the bench's load figure, #7). Requests beyond the limit wait here instead, before touching the database,
and go in first come, first served. Long-lived event streams are not counted.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import Engine
from sqlalchemy.pool import QueuePool
from starlette.types import ASGIApp, Receive, Scope, Send

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
