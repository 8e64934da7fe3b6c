"""Live events: written to the database in the writer's transaction, streamed to clients as SSE.

Every process serves every client: a stream polls the events table, and on PostgreSQL a LISTEN on
one channel wakes the streams of every process the moment any process commits an event.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from desk_app.contract import EventOut, Role
from desk_app.server import at_commit
from desk_app.server.db import Database
from desk_app.server.models import Event, utcnow

log = logging.getLogger(__name__)

CHANNEL = "desk_events"
SECURITY_ROLES = [Role.security_agent.value, Role.supervisor.value, Role.admin.value]
SUPERVISOR_ROLES = [Role.supervisor.value, Role.admin.value]


def publish(session: Session, kind: str, *, audience: Iterable[str] | None = None,
            ticket_id: int | None = None, customer_id: int | None = None, action_id: int | None = None,
            data: dict[str, Any] | None = None) -> None:
    """Record an event in the caller's transaction; it is seen only if that transaction commits.

    On PostgreSQL, event ids must commit in id order, so that a stream that has read up to id N can never
    later miss an event below N: the event is written as the transaction commits, in the one call that
    takes the events' lock (at_commit.py). SQLite writers hold the database's write lock already."""
    listeners = list(audience) if audience is not None else None
    if session.get_bind().dialect.name != "postgresql":
        session.add(Event(kind=kind, audience=listeners, ticket_id=ticket_id, customer_id=customer_id,
                          action_id=action_id, data=data or {}))
        return
    at_commit.event_row(session, {
        "at": utcnow().isoformat(), "kind": kind, "audience": None if listeners is None else json.dumps(listeners),
        "ticket_id": ticket_id, "customer_id": customer_id, "action_id": action_id, "data": json.dumps(data or {}),
    })


def latest_id(session: Session) -> int:
    return session.scalar(select(Event.id).order_by(Event.id.desc()).limit(1)) or 0


class EventHub:
    """Wakes this process's streams when an event may have arrived."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._changed = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.poll_seconds = 0.2 if db.dialect == "sqlite" else 2.0

    async def start(self) -> None:
        if self.db.dialect == "postgresql":
            self._task = asyncio.create_task(self._listen())

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

    def wake(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def signal(self) -> asyncio.Event:
        """What the next wake() sets: take it before reading, so a wake during the read is not lost."""
        return self._changed

    async def wait(self, changed: asyncio.Event | None = None) -> None:
        """Until a wake (since `changed` was taken), or the poll interval has passed."""
        changed = changed or self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(changed.wait(), self.poll_seconds)

    async def _listen(self) -> None:
        import psycopg

        url = self.db.write_engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    async for _ in conn.notifies():
                        self.wake()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database restarted: streams still poll; listen again soon
                log.warning("event listener lost its connection (%s); retrying", type(exc).__name__)
                await asyncio.sleep(1)


def _visible(event: Event, roles: set[str]) -> bool:
    return event.audience is None or bool(roles.intersection(event.audience))


def _fetch(db: Database, after: int, roles: set[str]) -> tuple[int, list[EventOut]]:
    """Events after an id that these roles may hear, and the last id looked at."""
    with db.session(write=False) as session:
        rows = session.scalars(select(Event).where(Event.id > after).order_by(Event.id).limit(500)).all()
        visible = [
            EventOut(id=row.id, kind=row.kind, at=row.at, ticket_id=row.ticket_id,
                     customer_id=row.customer_id, action_id=row.action_id, data=row.data)
            for row in rows if _visible(row, roles)
        ]
        return (rows[-1].id if rows else after), visible


def _still_signed_in(db: Database, token: str) -> bool:
    from desk_app.server import auth
    from desk_app.server.errors import ApiError

    with db.session(write=False) as session:
        try:
            auth.authenticate(session, token)
        except ApiError:
            return False
        return True


def format_sse(event: EventOut) -> str:
    return f"id: {event.id}\nevent: {event.kind}\ndata: {json.dumps(event.model_dump(mode='json'))}\n\n"


async def stream(hub: EventHub, roles: set[str], after: int, token: str,
                 heartbeat_seconds: float = 10.0, recheck_seconds: float = 30.0) -> AsyncIterator[str]:
    """The SSE body for one client: catch-up first, then live events, heartbeats between."""
    loop = asyncio.get_running_loop()
    last_beat = last_check = loop.time()
    yield "retry: 1000\n\n"
    while True:
        changed = hub.signal()
        last_seen, events = await run_in_threadpool(_fetch, hub.db, after, roles)
        for event in events:
            yield format_sse(event)
        now = loop.time()
        if now - last_check > recheck_seconds:
            if not await run_in_threadpool(_still_signed_in, hub.db, token):
                return
            last_check = now
        if now - last_beat > heartbeat_seconds:
            yield ": ping\n\n"
            last_beat = now
        if last_seen == after:
            await hub.wait(changed)
        after = last_seen
