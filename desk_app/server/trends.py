"""Trend alerts: a category's ticket volume in the last hour far above its usual level (#10).

- "Last hour": tickets created in the 60 minutes before the check.
- "Usual": the mean count of that category in the same 60-minute window of each of the 14 days before
  (so the time of day is taken into account), floored at 0.5 so a quiet category still has a level.
- "Far above": at least 5 tickets, and a Poisson tail probability P(X >= count | usual) of 0.1 % or
  less: it takes 5 tickets against a usual 0.5, 9 against 2, 19 against 8, 49 against 30.
An alert is raised at most once per category and clock hour (a unique key, so many service processes
raise it once) and not again within the hour after; supervisors and admins hear it as a
`stats.trend_alert` event naming the category and up to five of the hour's tickets.
"""

from __future__ import annotations

import math
import os
import time
from datetime import datetime, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import events
from desk_app.server.models import Ticket, TrendAlertRecord, utcnow

WINDOW = timedelta(hours=1)
HISTORY_DAYS = 14
MIN_COUNT = 5
MAX_PROBABILITY = 0.001
USUAL_FLOOR = 0.5
QUIET = timedelta(hours=1)  # no second alert for a category within this time
SAMPLES = 5
EVENT = "stats.trend_alert"
CHECK_ENV = "DESK_TREND_CHECK_SECONDS"  # how often the sweeper checks (default 60 s)

_last_check: float | None = None  # this process's last check (monotonic); the database keeps alerts unique


def poisson_tail(count: int, mean: float) -> float:
    """P(X >= count) for X ~ Poisson(mean)."""
    if count <= 0:
        return 1.0
    below = sum(math.exp(k * math.log(mean) - mean - math.lgamma(k + 1)) for k in range(count))
    return max(0.0, 1.0 - below)


def is_far_above(count: int, usual: float) -> bool:
    return count >= MIN_COUNT and poisson_tail(count, max(usual, USUAL_FLOOR)) <= MAX_PROBABILITY


def window_counts(session: Session, now: datetime) -> dict[str, tuple[int, float]]:
    """Per category: (tickets in the last hour, the usual count of that hour)."""
    windows = [(now - timedelta(days=d) - WINDOW, now - timedelta(days=d)) for d in range(HISTORY_DAYS + 1)]
    current = and_(Ticket.created_at >= windows[0][0], Ticket.created_at < windows[0][1])
    in_any = or_(*(and_(Ticket.created_at >= start, Ticket.created_at < end) for start, end in windows))
    rows = session.execute(select(Ticket.category, func.sum(case((current, 1), else_=0)), func.count())
                           .where(in_any).group_by(Ticket.category))
    return {category: (int(now_count), (total - now_count) / HISTORY_DAYS) for category, now_count, total in rows}


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


def sweep(session: Session) -> None:
    """The sweeper's hook: check at most every DESK_TREND_CHECK_SECONDS (60) in this process."""
    global _last_check
    every = float(os.environ.get(CHECK_ENV, "60"))
    if _last_check is not None and time.monotonic() - _last_check < every:
        return
    _last_check = time.monotonic()
    check(session)
