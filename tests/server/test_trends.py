"""The trend check (server/trends.py): its counts from the rollups at the windows' edges, against the tickets
counted one by one as the module's docstring defines them, on SQLite and PostgreSQL; and one check per
period for the whole desk, with one alert, from two real service processes on one database."""

from __future__ import annotations

import math
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk_app.contract import Category, Language, TicketStatus
from desk_app.server import rollups, trends
from desk_app.server.db import Database
from desk_app.server.models import Customer, Event, Ticket, TrendAlertRecord, TrendCheck, utcnow
from tests.helpers import start_service
from tests.server.desk_api import wait_until

US = timedelta(microseconds=1)
CATEGORIES = [c.value for c in Category]
NOWS = [
    datetime(2026, 3, 20, 15, 32, 17, 250_000, tzinfo=UTC),  # edges inside five-minute cells
    datetime(2026, 3, 20, 15, 30, tzinfo=UTC),  # edges on five-minute boundaries
    datetime(2026, 3, 20, 16, 0, tzinfo=UTC),  # a whole clock hour (the hour cells)
    datetime(2026, 3, 21, 0, 20, 30, tzinfo=UTC),  # windows across midnight
    datetime(2026, 3, 21, 0, 0, tzinfo=UTC),  # windows ending at midnight
]


def _ticket(category: str, at: datetime, language: str = Language.en.value) -> Ticket:
    return Ticket(subject="Where is my withdrawal?", customer_id=1, language=language, category=category,
                  status=TicketStatus.new.value, priority="normal", channel="email", tags=[], created_at=at,
                  updated_at=at)


def _edges(now: datetime) -> list[datetime]:
    """Moments on and beside every edge the check's windows have: their ends, the five-minute and hour
    boundaries inside them, and midnight; for today, yesterday, a week ago, 14 and 15 days ago."""
    out = []
    for days in (0, 1, 7, 14, 15):
        end = now - timedelta(days=days)
        start = end - trends.WINDOW
        start_slot = start.replace(minute=start.minute - start.minute % 5, second=0, microsecond=0)
        first_slot = start_slot if start_slot == start else start_slot + timedelta(minutes=5)
        last_slot = end.replace(minute=end.minute - end.minute % 5, second=0, microsecond=0)
        hour = end.replace(minute=0, second=0, microsecond=0)
        midnight = end.replace(hour=0, minute=0, second=0, microsecond=0)
        for moment in (start, end, first_slot, last_slot, hour, midnight):
            out += [moment - US, moment, moment + US]
    return out


def _counted(session: Session, now: datetime) -> dict[str, tuple[int, float]]:
    """The docstring's counts, ticket by ticket: the 60 minutes before now, and the same 60 minutes of each of
    the 14 days before, per category."""
    last_hour: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for category, created in session.execute(select(Ticket.category, Ticket.created_at)):
        for days in range(15):
            if now - timedelta(days=days, hours=1) <= created < now - timedelta(days=days):
                (before if days else last_hour)[category] += 1
    return {category: (last_hour[category], before[category] / 14) for category in last_hour | before}


def _nonzero(counts: dict[str, tuple[int, float]]) -> dict[str, tuple[int, float]]:
    return {category: value for category, value in counts.items() if value != (0, 0.0)}


def test_the_documented_thresholds_and_the_poisson_tail_from_either_side() -> None:
    for count, usual in ((5, 0.5), (9, 2.0), (19, 8.0), (49, 30.0)):  # the module docstring's examples
        assert trends.is_far_above(count, usual) and not trends.is_far_above(count - 1, usual)
    for count, mean in ((3, 8.0), (5, 0.5), (19, 8.0), (60, 30.0), (1006, 1000.0), (1200, 1000.0)):
        below = math.fsum(math.exp(k * math.log(mean) - mean - math.lgamma(k + 1)) for k in range(count))
        assert trends.poisson_tail(count, mean) == pytest.approx(1 - below, rel=1e-9, abs=1e-12)  # 1 - below cancels
    started = time.perf_counter()
    assert trends.poisson_tail(50_000, 400.0) == 0.0 and trends.is_far_above(50_000, 400.0)
    assert time.perf_counter() - started < 0.05  # a busy hour is not summed term by term


def test_the_counts_match_the_tickets_at_every_window_edge(trend_db: Database) -> None:
    with trend_db.session() as session:
        for now in NOWS:
            for index, moment in enumerate(_edges(now)):
                session.add(_ticket(CATEGORIES[index % len(CATEGORIES)], moment,
                                    (Language.en if index % 2 else Language.ja).value))
    for now in NOWS:
        with trend_db.session(write=False) as session:
            counted = _counted(session, now)
            assert sum(count for count, _ in counted.values()) >= 6  # the edges inside the last hour
            assert _nonzero(trends.window_counts(session, now)) == counted, now
    with trend_db.session() as session:  # the counts follow recategorised and deleted tickets
        moved = session.scalars(select(Ticket).order_by(Ticket.id).limit(40)).all()
        for ticket in moved[:30]:
            ticket.category = Category.compliance.value
        session.execute(delete(Ticket).where(Ticket.id.in_([t.id for t in moved[30:]])))
    for now in NOWS:
        with trend_db.session(write=False) as session:
            assert _nonzero(trends.window_counts(session, now)) == _counted(session, now), now


def test_the_counters_count_tickets_first_flushed_at_commit(trend_db: Database) -> None:
    """The check reads the rollups: a write whose rows reach the database only in the commit's own flush
    (nothing flushed before) must move them too."""
    with trend_db.session() as session:
        session.add_all(_ticket("trading", NOWS[0] - timedelta(minutes=m)) for m in (5, 15))
    with trend_db.session() as session:
        session.add(_ticket("trading", NOWS[0] - timedelta(minutes=25)))
        session.scalars(select(Ticket).limit(1)).one().category = Category.account.value  # changed, not flushed
    with trend_db.session(write=False) as session:
        assert rollups.stored(session.connection()) == rollups.computed(session.connection())
        assert _nonzero(trends.window_counts(session, NOWS[0])) == {"trading": (2, 0.0), "account": (1, 0.0)}


def test_a_ticket_exactly_an_hour_old_counts_and_one_created_now_does_not(trend_db: Database) -> None:
    now = NOWS[0]
    with trend_db.session() as session:
        inside = [now - timedelta(minutes=m) for m in (40, 30, 20, 10)]
        session.add_all(_ticket("trading", at) for at in [*inside, now - trends.WINDOW])  # 5: the minimum
        session.add_all(_ticket("security", at) for at in [*inside, now])  # 4 in the window, one just after
        session.add_all(_ticket("account", at) for at in [*inside, now - trends.WINDOW - US])
    with trend_db.session() as session:
        raised = trends.check(session, now)
        assert [(r.category, r.count, r.usual_milli) for r in raised] == [("trading", 5, 0)]
        assert raised[0].window_start == now - trends.WINDOW and raised[0].window_end == now


def test_one_claim_per_period(trend_db: Database) -> None:
    now, every = NOWS[0], timedelta(seconds=60)
    with trend_db.session() as session:
        assert trends.claim(session, now, every)
    with trend_db.session() as session:
        assert not trends.claim(session, now + every - US, every)
    with trend_db.session() as session:
        assert trends.claim(session, now + every, every)
    with trend_db.session(write=False) as session:
        row = session.get(TrendCheck, trends.ROW)
        assert row is not None and row.checks == 2 and row.checked_at == now + every
        assert row.checked_by == trends.process_name()


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_on_postgresql_a_second_claimant_skips_without_waiting(trend_db: Database) -> None:
    now, every = NOWS[0], timedelta(seconds=60)
    with trend_db.session() as first:
        assert trends.claim(first, now, every)  # held until this transaction ends
        with trend_db.session() as second:
            started = time.monotonic()
            assert not trends.claim(second, now + 2 * every, every)
            assert time.monotonic() - started < 1.0
    with trend_db.session() as later:  # the first one's check is committed: the next period is the next claim
        assert not trends.claim(later, now + every - US, every)
        assert trends.claim(later, now + every, every)


def test_two_service_processes_check_once_per_period_and_alert_once(db_url: str, tmp_path: Path) -> None:
    period = 2.0
    env = {trends.CHECK_ENV: str(period)}
    with start_service(tmp_path, db_url, env=env, demo=False) as first, \
            start_service(tmp_path, db_url, env=env, demo=False) as second:
        db = Database.connect(db_url)
        try:
            now = utcnow()
            with db.session() as session:  # a burst in the last hour of a category with no usual level
                session.add(Customer(id=1, name="A Customer", email="a@example.org", country="DE"))
                session.add_all(_ticket("trading", now - timedelta(minutes=m)) for m in range(1, 50, 6))

            def alerts() -> list[TrendAlertRecord]:
                with db.session(write=False) as session:
                    return list(session.scalars(select(TrendAlertRecord)))

            def checked() -> tuple[int, datetime, str]:
                with db.session(write=False) as session:
                    row = session.get(TrendCheck, trends.ROW)
                    assert row is not None
                    return row.checks, row.checked_at, row.checked_by

            raised = wait_until(alerts, timeout=30, what="a trend alert")
            checks_before, at_before, _ = checked()
            time.sleep(5 * period)  # both processes sweep every 2 s meanwhile
            checks_after, at_after, by = checked()
            # each process on its own would check every period: about twice as often as the desk now does
            assert 0 < checks_after - checks_before <= (at_after - at_before) / timedelta(seconds=period)
            assert [(a.category, a.count) for a in alerts()] == [(r.category, r.count) for r in raised]
            assert [(a.category, a.count) for a in raised] == [("trading", 9)]
            with db.session(write=False) as session:
                kinds = list(session.scalars(select(Event.kind).where(Event.kind == trends.EVENT)))
            assert kinds == [trends.EVENT]
            checker = int(by.rpartition(":")[2])
            pids = {first.process.pid: first, second.process.pid: second}  # type: ignore[union-attr]
            assert checker in pids
            pids.pop(checker).stop()  # the process that checked stops; the other one takes over

            def other_checks() -> bool:
                with db.session(write=False) as session:
                    found = session.get(TrendCheck, trends.ROW)
                    return found is not None and found.checked_by.endswith(f":{next(iter(pids))}")

            wait_until(other_checks, timeout=30, what="the other process checking")
        finally:
            db.dispose()
