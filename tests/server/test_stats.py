"""The supervisor's statistics (server/stats.py) against values worked out by hand on a small fixed desk,
on SQLite and PostgreSQL, with the SLA edge cases: an answer exactly at the due time, a clock paused
while waiting for the customer (in time, and already late), reopened tickets; and the trend alert."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.contract import Category, Language, SlaState, TicketStatus
from desk_app.server import migrations, rollups, sla, stats, trends
from desk_app.server.db import Database
from desk_app.server.models import (
    ActionRequest,
    Agent,
    CsatRating,
    Customer,
    Event,
    Ticket,
    TrendAlertRecord,
)
from tests.conftest import BACKENDS, _database

SINCE = datetime(2026, 3, 8, tzinfo=UTC)
UNTIL = SINCE + timedelta(hours=48)
NOW = SINCE + timedelta(hours=60)


def T(hours: float, minutes: float = 0) -> datetime:  # noqa: N802  (a time on the fixed desk's clock)
    return SINCE + timedelta(hours=hours, minutes=minutes)


@dataclass
class Spec:
    """One ticket of the fixed desk, and why it counts the way it does."""

    name: str
    created: datetime
    category: str
    language: str
    status: str
    first_due: datetime
    resolution_due: datetime
    responded: datetime | None = None
    resolved: datetime | None = None
    paused: datetime | None = None
    assignee: str | None = None


def _reopened(created: datetime, due: datetime, resolved: datetime, reopened: datetime) -> tuple[datetime, Any]:
    """A ticket resolved, then reopened by the customer: the resolution due time as sla.py moves it."""
    values = sla.status_change("resolved", "open", resolved, due, reopened)
    assert values["sla_paused_at"] is None
    return values["resolution_due"], values


F_DUE, _ = _reopened(T(26), T(32), T(28), T(40))  # resolved at 28 with 4 h left, reopened at 40: due at 44
G_DUE, _ = _reopened(T(30), T(34), T(33), T(50))  # 1 h left when resolved, reopened at 50: due at 51

SPECS = [
    # day 1 (8 March)
    Spec("A", T(1), "account", "en", "resolved", T(2), T(25), T(1, 30), T(3), T(3), "agent1"),
    Spec("B exactly at due", T(2), "account", "en", "closed", T(3), T(6), T(3), T(6), T(6), "agent2"),
    Spec("C late answer, running late", T(5), "trading", "ru", "open", T(6), T(29), T(7), assignee="agent1"),
    Spec("D paused in time", T(10), "trading", "ru", "pending_customer", T(11), T(18), T(10, 10), None, T(12),
         "agent1"),
    Spec("E paused late", T(11), "security", "zh", "pending_customer", T(12), T(12), T(11, 5), None, T(14), "agent2"),
    # day 2 (9 March)
    Spec("F reopened, solved again in time", T(26), "deposit_withdrawal", "en", "resolved", T(27), F_DUE,
         T(26, 20), T(43), T(43), "agent1"),
    Spec("G reopened, running late", T(30), "deposit_withdrawal", "en", "open", T(31), G_DUE, T(30, 10),
         assignee="agent2"),
    Spec("H never answered", T(30), "account", "es", "new", T(34), T(102)),
    Spec("I not yet due", T(47), "compliance", "en", "new", T(71), T(215)),
    # outside the period
    Spec("J opened before, solved in", T(-10), "technical", "ja", "closed", T(-9), T(62), T(-9, 30), T(20), T(20),
         "agent2"),
    Spec("K opened after", T(50), "account", "en", "open", T(51), T(122), assignee="agent1"),
    Spec("L due exactly now", T(56), "account", "en", "open", NOW, T(128), assignee="agent1"),
    Spec("M rated before", T(-30), "account", "en", "closed", T(-29), T(-20), T(-29, 30), T(-21), T(-21)),
]
RATINGS = {"A": (5, T(4)), "B exactly at due": (4, T(7)), "J opened before, solved in": (2, T(21)),
           "F reopened, solved again in time": (1, T(44)), "M rated before": (3, T(-6))}


@pytest.fixture(scope="module", params=BACKENDS)
def desk(request: pytest.FixtureRequest,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    """The fixed desk, once on SQLite and once on PostgreSQL."""
    with _database(request.param, tmp_path_factory.mktemp("stats")) as url:
        db = Database.connect(url)
        migrations.upgrade(db.write_engine)
        with db.session() as session:
            ids = _fill(session)
        yield db, ids
        db.dispose()


def _fill(session: Session) -> dict[str, int]:
    agents = {}
    for username, roles in (("agent1", ["agent"]), ("agent2", ["agent"]), ("super1", ["supervisor"])):
        agent = Agent(username=username, display_name=username.title(), password_hash="x", totp_secret="x",
                      roles=roles)
        session.add(agent)
        session.flush()
        agents[username] = agent.id
    customer = Customer(name="A Customer", email="a@example.org", country="DE")
    session.add(customer)
    session.flush()
    ids = {}
    for spec in SPECS:
        ticket = Ticket(subject=spec.name, customer_id=customer.id, language=spec.language, category=spec.category,
                        status=spec.status, priority="normal", channel="email", tags=[], created_at=spec.created,
                        updated_at=spec.created, first_response_due=spec.first_due, resolution_due=spec.resolution_due,
                        first_responded_at=spec.responded, resolved_at=spec.resolved, sla_paused_at=spec.paused,
                        assignee_id=agents[spec.assignee] if spec.assignee else None)
        session.add(ticket)
        session.flush()
        ids[spec.name] = ticket.id
    for name, (rating, at) in RATINGS.items():
        session.add(CsatRating(ticket_id=ids[name], rating=rating, comment="", rated_at=at))
    for status, ago in (("pending", 1), ("pending", 3), ("under_review", 0.5), ("executed", 9)):
        session.add(ActionRequest(customer_id=customer.id, kind="freeze_account", reason="test", params={},
                                  status=status, requested_by=agents["super1"],
                                  requested_at=NOW - timedelta(hours=ago)))
    for at in (T(30), T(-5)):
        session.add(TrendAlertRecord(at=at, category="deposit_withdrawal", hour=at, window_start=at - trends.WINDOW,
                                     window_end=at, count=9, usual_milli=1500, ticket_ids=[1]))
    return ids


@pytest.fixture(scope="module")
def figures(desk: tuple[Database, dict[str, int]]) -> Any:
    db, _ = desk
    with db.session(write=False) as session:
        return stats.compute(session, SINCE, UNTIL, NOW)


def test_reopening_moves_the_due_time_by_the_time_the_clock_stood_still() -> None:
    assert (F_DUE, G_DUE) == (T(44), T(51))


def test_sla_attainment_counts_the_periods_clocks_with_an_outcome(figures: Any) -> None:
    # First response: met A, B (exactly at due), D, E, F, G; breached C (late), H (never answered); I runs.
    # Resolution: met A, B (exactly at due), F (reopened, solved in time); breached C (running late),
    # E (paused after its due time), G (reopened, late); D is paused in time, H and I still run.
    assert (figures.sla.first_response_met, figures.sla.first_response_breached) == (6, 2)
    assert (figures.sla.resolution_met, figures.sla.resolution_breached) == (3, 3)
    # Open now and past a due time: C, E, G, H, K; not D (paused in time), I, nor L (due exactly now).
    assert figures.sla.breached_now == 5


def test_the_inbox_verdict_agrees_with_the_sql_rule(desk: tuple[Database, dict[str, int]]) -> None:
    db, ids = desk
    with db.session(write=False) as session:
        flagged = set(session.scalars(select(Ticket.id).where(sla.breached(NOW))))
        for ticket in session.scalars(select(Ticket)):
            verdict = sla.state(ticket.status, ticket.first_response_due, ticket.first_responded_at,
                                ticket.resolution_due, ticket.resolved_at, NOW, ticket.sla_paused_at)
            assert (verdict is SlaState.breached) == (ticket.id in flagged), ticket.subject
    assert {ids["L due exactly now"], ids["D paused in time"], ids["B exactly at due"]}.isdisjoint(flagged)
    assert {ids["E paused late"], ids["G reopened, running late"], ids["H never answered"]} <= flagged


def test_opened_and_solved_per_day_category_and_language(figures: Any) -> None:
    cells = {(d.day.isoformat(), d.category.value, d.language.value): (d.opened, d.solved) for d in figures.days}
    assert cells == {
        ("2026-03-08", "account", "en"): (2, 2),  # A and B opened and solved
        ("2026-03-08", "trading", "ru"): (2, 0),
        ("2026-03-08", "security", "zh"): (1, 0),
        ("2026-03-08", "technical", "ja"): (0, 1),  # J, opened before the period
        ("2026-03-09", "deposit_withdrawal", "en"): (2, 1),  # F solved again; G reopened is not solved
        ("2026-03-09", "account", "es"): (1, 0),
        ("2026-03-09", "compliance", "en"): (1, 0),
    }


def test_medians(figures: Any) -> None:
    # Medians come from logarithmic buckets (rollups.PRECISION, 2.2 %); the live, exact ones are as worked out.
    # First responses of A..G: 30, 60, 120, 10, 5, 20, 10 minutes: the median is 20 minutes.
    assert figures.median_first_response_seconds == pytest.approx(1200, rel=rollups.PRECISION)
    # Solved in the period: A 2 h, B 4 h, F 17 h, J 30 h: the median is (4 + 17) / 2 hours.
    assert figures.median_resolution_seconds == pytest.approx(37800, rel=rollups.PRECISION)


def test_exact_medians_live(desk: tuple[Database, dict[str, int]]) -> None:
    db, _ = desk
    with db.session(write=False) as session:
        live = stats.compute_live(session, SINCE, UNTIL, NOW)
    assert live.median_first_response_seconds == pytest.approx(1200, abs=0.01)
    assert live.median_resolution_seconds == pytest.approx(37800, abs=0.01)


def test_backlog_agent_load_csat_and_approvals(figures: Any) -> None:
    backlog = {(b.status.value, b.category.value): b.count for b in figures.backlog}
    assert backlog == {("open", "trading"): 1, ("pending_customer", "trading"): 1, ("pending_customer", "security"): 1,
                       ("open", "deposit_withdrawal"): 1, ("new", "account"): 1, ("new", "compliance"): 1,
                       ("open", "account"): 2}
    load = {a.display_name: (a.active, a.waiting, a.breached, a.solved) for a in figures.agents}
    assert load == {"Agent1": (3, 1, 2, 2), "Agent2": (1, 1, 2, 2)}  # the supervisor works no tickets
    assert (figures.csat.count, figures.csat.average, figures.csat.distribution) == (4, 3.0, [1, 1, 0, 1, 1])
    approvals = figures.approvals
    assert (approvals.pending, approvals.under_review) == (2, 1)
    assert approvals.oldest_seconds == pytest.approx(3 * 3600)
    assert approvals.median_seconds == pytest.approx(3600)
    assert [(a.category, a.at, a.count, a.usual) for a in figures.alerts] == [(Category.deposit_withdrawal, T(30), 9,
                                                                               1.5)]


def test_an_empty_period_has_no_medians(desk: tuple[Database, dict[str, int]]) -> None:
    db, _ = desk
    with db.session(write=False) as session:
        empty = stats.compute(session, T(-500), T(-400), NOW)
    assert empty.days == [] and empty.median_first_response_seconds is None and empty.csat.average is None
    assert empty.csat.distribution == [0, 0, 0, 0, 0] and empty.sla.first_response_met == 0


# --- trend alerts ---------------------------------------------------------------------------------


def test_poisson_threshold() -> None:
    assert trends.poisson_tail(0, 2.0) == 1.0
    assert trends.poisson_tail(1, 2.0) == pytest.approx(1 - 2.718281828 ** -2)
    assert trends.is_far_above(5, 0.0) and not trends.is_far_above(4, 0.0)  # the minimum count
    assert trends.is_far_above(9, 2.0) and not trends.is_far_above(8, 2.0)
    assert not trends.is_far_above(30, 25.0)  # busy but usual


def _tickets(session: Session, category: str, times: list[datetime]) -> None:
    session.add_all(Ticket(subject="Where is my withdrawal?", customer_id=1, language=Language.en.value,
                           category=category, status=TicketStatus.new.value, priority="normal", channel="email",
                           tags=[], created_at=at, updated_at=at) for at in times)


def test_trend_alert_fires_once_for_a_rise_and_not_for_the_usual_level(trend_db: Database) -> None:
    now = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)
    with trend_db.session() as session:
        for day in range(1, 15):  # usually 2 an hour at this time in both categories
            start = now - timedelta(days=day, minutes=50)
            _tickets(session, "deposit_withdrawal", [start, start + timedelta(minutes=20)])
            _tickets(session, "trading", [start, start + timedelta(minutes=20)])
        _tickets(session, "deposit_withdrawal", [now - timedelta(minutes=m) for m in range(5, 55, 5)])  # 10
        _tickets(session, "trading", [now - timedelta(minutes=m) for m in (10, 20, 30, 40)])  # 4: busy, not far
        _tickets(session, "technical", [now - timedelta(minutes=m) for m in (10, 20, 30, 40)])  # 4: below the minimum
    with trend_db.session() as session:
        raised = trends.check(session, now)
        assert [(r.category, r.count, r.usual_milli) for r in raised] == [("deposit_withdrawal", 10, 2000)]
    with trend_db.session() as session:  # a later check within the hour stays quiet
        assert trends.check(session, now + timedelta(minutes=10)) == []
    with trend_db.session(write=False) as session:
        events = session.scalars(select(Event).where(Event.kind == trends.EVENT)).all()
        newest = list(session.scalars(select(Ticket.id).where(Ticket.category == "deposit_withdrawal")
                                      .order_by(Ticket.id.desc()).limit(5)))
    assert len(events) == 1 and set(events[0].audience or []) == {"supervisor", "admin"}
    assert events[0].data["category"] == "deposit_withdrawal" and events[0].data["ticket_ids"] == newest


def test_trend_alert_does_not_fire_without_a_rise(trend_db: Database) -> None:
    now = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)
    with trend_db.session() as session:
        for day in range(0, 15):  # 6 an hour, every day including today
            start = now - timedelta(days=day, minutes=55)
            _tickets(session, "account", [start + timedelta(minutes=9 * i) for i in range(6)])
    with trend_db.session() as session:
        assert trends.check(session, now) == []


# --- the dashboard's periods, kept computed (stats_cache) -----------------------------------------


def test_standard_periods_are_recognised_with_a_little_slack() -> None:
    from desk_app.server import stats_cache

    assert stats_cache.period_key(NOW - timedelta(days=7), NOW, NOW) == "7d"
    assert stats_cache.period_key(NOW - timedelta(days=7, seconds=50), NOW - timedelta(seconds=30), NOW) == "7d"
    assert stats_cache.period_key(NOW - timedelta(hours=24), NOW, NOW) == "24h"
    assert stats_cache.period_key(NOW - timedelta(days=6), NOW, NOW) is None  # not a dashboard period
    assert stats_cache.period_key(NOW - timedelta(days=8), NOW - timedelta(days=1), NOW) is None  # not up to now


def test_the_cache_serves_what_it_computed_and_recomputes_after_a_change(
        desk: tuple[Database, dict[str, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    from desk_app.server import events, stats_cache

    db, _ = desk
    monkeypatch.setattr(stats_cache, "_entries", {key: stats_cache._Entry() for key in stats_cache.PERIODS})
    monkeypatch.setattr(stats_cache, "EVERY", 0.0)
    assert stats_cache.cached("30d") is None  # nothing yet; now it is wanted
    stats_cache.refresh(db)
    assert stats_cache._worker is not None
    stats_cache._worker.join(30)
    first = stats_cache.cached("30d")
    assert first is not None and stats_cache._entries["90d"].stats is None  # only what was asked for
    worker = stats_cache._worker
    stats_cache.refresh(db)
    assert stats_cache._worker is worker  # nothing changed: nothing to do
    assert stats_cache.cached("30d") is first
    with db.session() as session:  # something happened on the desk
        events.publish(session, "ticket.updated", ticket_id=1)
    stats_cache.refresh(db)
    assert stats_cache._worker is not worker
    stats_cache._worker.join(30)
    second = stats_cache.cached("30d")
    assert second is not None and second.generated_at > first.generated_at
    assert [d.model_dump() for d in second.days] == [d.model_dump() for d in first.days]
