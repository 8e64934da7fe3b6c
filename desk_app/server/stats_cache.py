"""The dashboard's standard periods (24 hours, 7, 30 and 90 days up to now), kept computed in the background.

`GET /stats` for a standard period answers from this process's copy when it is at most `FRESH` old, so a
dashboard costs one dictionary lookup however big the desk; the sweeper recomputes, on a thread of its own,
the periods someone asked for in the last `WANTED` time: as soon as something changed (a new event) but
not more often than `EVERY`, and at least every `FRESH`. Other periods are computed when asked. The cache
holds aggregates only (no personal data) and nothing another process needs: each process keeps its own.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from desk_app import contract as c
from desk_app.server import events, stats
from desk_app.server.db import Database
from desk_app.server.models import utcnow

log = logging.getLogger(__name__)

PERIODS = {"24h": timedelta(hours=24), "7d": timedelta(days=7), "30d": timedelta(days=30),
           "90d": timedelta(days=90)}
SLACK = timedelta(minutes=2)  # "up to now" and "the span" within this count as the standard period
FRESH = 60.0  # seconds a computed period may be served
EVERY = 5.0  # seconds between recomputations of a period when events keep coming
WANTED = 600.0  # seconds after the last request that a period stays warm


@dataclass
class _Entry:
    stats: c.Stats | None = None
    computed: float = 0.0  # monotonic
    last_event: int = -1  # the newest event id when it was computed
    requested: float = 0.0


_entries: dict[str, _Entry] = {key: _Entry() for key in PERIODS}
_lock = threading.Lock()
_worker: threading.Thread | None = None


def period_key(since: datetime, until: datetime, now: datetime) -> str | None:
    """Which standard period [since, until) is, if any."""
    if abs(now - until) > SLACK:
        return None
    span = until - since
    return next((key for key, length in PERIODS.items() if abs(span - length) <= SLACK), None)


def cached(key: str) -> c.Stats | None:
    """The period as last computed, if fresh enough to serve; marks the period as wanted either way."""
    with _lock:
        entry = _entries[key]
        entry.requested = time.monotonic()
        if entry.stats is not None and time.monotonic() - entry.computed <= FRESH:
            return entry.stats
        return None


def store(key: str, value: c.Stats, last_event: int) -> None:
    with _lock:
        entry = _entries[key]
        entry.stats, entry.computed, entry.last_event = value, time.monotonic(), last_event


def _due(latest_event: int) -> list[str]:
    now = time.monotonic()
    with _lock:
        return [key for key, e in _entries.items()
                if now - e.requested <= WANTED and (
                    e.stats is None or now - e.computed >= FRESH * 0.75
                    or (e.last_event != latest_event and now - e.computed >= EVERY))]


def _recompute(db: Database, keys: list[str]) -> None:
    for key in keys:
        try:
            with db.session(write=False) as session:
                latest = events.latest_id(session)
                now = utcnow()
                store(key, stats.compute(session, now - PERIODS[key], now, now), latest)
        except Exception:  # a busy or restarting database: the next sweep tries again
            log.exception("could not refresh the %s statistics", key)


def refresh(db: Database) -> None:
    """The sweeper's hook: start recomputing the due periods on a thread, unless one is still at it."""
    global _worker
    if _worker is not None and _worker.is_alive():
        return
    with db.session(write=False) as session:
        due = _due(events.latest_id(session))
    if due:
        _worker = threading.Thread(target=_recompute, args=(db, due), name="stats-refresh", daemon=True)
        _worker.start()
