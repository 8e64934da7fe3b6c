"""Trend alerts: a category's ticket volume in the last hour far above its usual level (#10).

- "Last hour": tickets created in the 60 minutes before the check.
- "Usual": the mean count of that category in the same 60-minute window of each of the 14 days before
  (so the time of day is taken into account), floored at 0.5 so a quiet category still has a level.
- "Far above": at least 5 tickets, and a Poisson tail probability P(X >= count | usual) of 0.1 % or
  less: it takes 5 tickets against a usual 0.5, 9 against 2, 19 against 8, 49 against 30.
An alert is raised at most once per category and clock hour (a unique key, so many service processes
raise it once) and not again within the hour after; supervisors and admins hear it as a
`stats.trend_alert` event naming the category and up to five of the hour's tickets.

The counts come from the rollups' "opened" hour and five-minute cells (server/rollups.py, cut as
stats_period.py cuts a period) and, for the under five minutes at each window's edges, from the tickets
themselves (an index range on `created_at`): the cost follows categories and languages, not tickets.
One service process per desk checks in each period: the `trend_checks` row says when the desk last
checked, and the process that finds it due claims it in a transaction that holds the desk's write lock
(SQLite) or a transaction-scoped advisory lock taken without waiting (PostgreSQL).
"""

from __future__ import annotations

import math
import os
import socket
import time
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import Select, func, literal_column, select, text, union_all
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import events, stats_period
from desk_app.server.db import Database
from desk_app.server.models import StatsRollup, Ticket, TrendAlertRecord, TrendCheck, utcnow

WINDOW = timedelta(hours=1)
HISTORY_DAYS = 14
MIN_COUNT = 5
MAX_PROBABILITY = 0.001
USUAL_FLOOR = 0.5
QUIET = timedelta(hours=1)  # no second alert for a category within this time
SAMPLES = 5
EVENT = "stats.trend_alert"
CHECK_ENV = "DESK_TREND_CHECK_SECONDS"  # how often the desk checks (default 60 s)
CHECK_LOCK = 7_204_553  # PostgreSQL advisory lock id of the claim (audit.py has 7204551, events.py 7204552)
ROW = 1  # the id of the one trend_checks row

_next_look: dict[str, float] = {}  # per database URL: when (monotonic) this process reads trend_checks again


def poisson_tail(count: int, mean: float) -> float:
    """P(X >= count) for X ~ Poisson(mean): one minus the terms below count when count is at most the mean,
    else the terms from count up (a few dozen, not `count`: a busy desk's hour has thousands of tickets)."""
    if count <= 0:
        return 1.0
    log_mean = math.log(mean)

    def term(k: int) -> float:
        return math.exp(k * log_mean - mean - math.lgamma(k + 1))

    if count <= mean:
        return max(0.0, 1.0 - math.fsum(term(k) for k in range(count)))
    total, k = 0.0, count
    while True:  # each next term is mean / (k + 1) < 1 times this one: stop when the rest is negligible
        value = term(k)
        total += value
        if value <= total * 1e-17 * (1 - mean / (k + 1)):
            return min(1.0, total)
        k += 1


def is_far_above(count: int, usual: float) -> bool:
    return count >= MIN_COUNT and poisson_tail(count, max(usual, USUAL_FLOOR)) <= MAX_PROBABILITY


def windows(now: datetime) -> list[tuple[datetime, datetime]]:
    """The last hour, then the same hour on each of the HISTORY_DAYS days before."""
    return [(now - timedelta(days=d) - WINDOW, now - timedelta(days=d)) for d in range(HISTORY_DAYS + 1)]


def _window_parts(start: datetime, end: datetime, current: bool) -> list[Select[tuple[int, str, int]]]:
    """(current?, "category|language" or category, tickets) of one window, from cells and short live ranges."""
    flag = literal_column("1" if current else "0")
    pieces = stats_period.cut(start, end)
    parts: list[Select[tuple[int, str, int]]] = []
    for day, suffix, low, high, _, _ in pieces.cells:
        bare = func.substr(StatsRollup.key, len(low) + 1)  # the key without its "HH|" or "HH:MM|"
        parts.append(select(flag, bare, func.sum(StatsRollup.count)).where(
            StatsRollup.kind == "opened" + suffix, StatsRollup.day == day, StatsRollup.key >= low,
            StatsRollup.key < high).group_by(bare))
    for low_at, high_at in pieces.live:
        parts.append(select(flag, Ticket.category, func.count()).where(
            Ticket.created_at >= low_at, Ticket.created_at < high_at).group_by(Ticket.category))
    return parts


def window_counts(session: Session, now: datetime) -> dict[str, tuple[int, float]]:
    """Per category: (tickets in the last hour, the usual count of that hour), in one statement."""
    parts = [part for index, (start, end) in enumerate(windows(now))
             for part in _window_parts(start, end, current=index == 0)]
    last_hour: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for current, key, n in session.connection().execute(union_all(*parts)):
        (last_hour if int(current) else before)[key.partition("|")[0]] += int(n)
    return {category: (last_hour[category], before[category] / HISTORY_DAYS) for category in last_hour | before}


def check(session: Session, now: datetime | None = None) -> list[TrendAlertRecord]:
    """Raise the alerts due now; the caller commits."""
    now = now or utcnow()
    raised = []
    for category, (count, usual) in sorted(window_counts(session, now).items()):
        if c.Category._value2member_map_.get(category) is None or not is_far_above(count, usual):
            continue
        recent = session.scalar(select(TrendAlertRecord.id).where(TrendAlertRecord.category == category,
                                                                  TrendAlertRecord.at > now - QUIET).limit(1))
        if recent is not None:
            continue
        samples = list(session.scalars(select(Ticket.id).where(
            Ticket.category == category, Ticket.created_at >= now - WINDOW, Ticket.created_at < now)
            .order_by(Ticket.id.desc()).limit(SAMPLES)))
        row = TrendAlertRecord(at=now, category=category, hour=now.replace(minute=0, second=0, microsecond=0),
                               window_start=now - WINDOW, window_end=now, count=count,
                               usual_milli=round(usual * 1000), ticket_ids=samples)
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError:  # another process raised it this hour
            continue
        events.publish(session, EVENT, audience=events.SUPERVISOR_ROLES,
                       data={"alert_id": row.id, "category": category, "count": count,
                             "usual": round(usual, 2), "ticket_ids": samples})
        raised.append(row)
    return raised


def process_name() -> str:
    """This process as trend_checks.checked_by names it: "host:pid" (asked each time: workers may be forked)."""
    return f"{socket.gethostname()}:{os.getpid()}"[-120:]


def claim(session: Session, now: datetime, every: timedelta) -> bool:
    """Take this period's check for the caller's transaction: False when another process has it or had it
    within `every`. Holds the claim until the transaction ends (PostgreSQL: without ever waiting for it)."""
    if session.get_bind().dialect.name == "postgresql" and not session.scalar(
            text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": CHECK_LOCK}):
        return False
    row = session.get(TrendCheck, ROW, with_for_update=True)
    if row is None:
        session.add(TrendCheck(id=ROW, checked_at=now, checks=1, checked_by=process_name()))
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError:  # a process that does not share the lock made it first
            return False
        return True
    if now - row.checked_at < every:
        return False
    row.checked_at, row.checks, row.checked_by = now, row.checks + 1, process_name()
    return True


def due_in(db: Database, now: datetime, every: timedelta) -> timedelta:
    """How long until the desk's next check is due (zero or less: due now), read without a write lock."""
    with db.session(write=False) as session:
        last = session.scalar(select(TrendCheck.checked_at).where(TrendCheck.id == ROW))
    return timedelta(0) if last is None else last + every - now


def sweep(db: Database, now: datetime | None = None) -> bool:
    """The sweeper's hook: check when the desk's period (DESK_TREND_CHECK_SECONDS, 60) is up and no other
    process has; this process reads `trend_checks` only when it expects the period to be up. True if it checked."""
    every = timedelta(seconds=float(os.environ.get(CHECK_ENV, "60")))
    if time.monotonic() < _next_look.get(db.url, 0.0):
        return False
    now = now or utcnow()
    wait = due_in(db, now, every)
    if wait > timedelta(0):
        _next_look[db.url] = time.monotonic() + wait.total_seconds()
        return False
    with db.session() as session:
        if not claim(session, now, every):
            return False  # another process is checking or just did: the next sweep reads when
        check(session, now)
    _next_look[db.url] = time.monotonic() + every.total_seconds()
    return True
