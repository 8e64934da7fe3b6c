"""#10's rollups over REST, on SQLite and PostgreSQL: after real changes through the service (replies,
resolving, reopening by the customer, replaced ratings, reassignment, a new category, a merge, bulk changes,
and two service processes writing at once), `GET /stats` for arbitrary periods equals the live queries on the
stored tickets, and the stored counters equal a recount of the rows."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select, update

from desk_app.server import rollups, stats
from desk_app.server.db import Database
from desk_app.server.models import StatsRollup, Ticket
from tests.helpers import ServiceProcess, start_service
from tests.server.desk_api import Agent, Desk, created, desk_fixture, ok
from tests.server.test_supervision_api import customer_writes, rate, set_status


@pytest.fixture(scope="module")
def desk(any_service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(any_service)


def _periods(now: datetime) -> list[tuple[datetime, datetime]]:
    midnight = datetime.combine(now.date(), time(0), UTC)
    return [
        (now - timedelta(days=3), now),  # partial days at both ends, today in it
        (now - timedelta(hours=25, minutes=7), now + timedelta(minutes=1)),  # not a standard period
        (midnight - timedelta(days=2), midnight + timedelta(days=1)),  # whole days, today among them
        (midnight - timedelta(days=40), midnight),  # whole days only, today not in it
        (midnight + timedelta(minutes=1), now + timedelta(seconds=1)),  # inside today
        (midnight - timedelta(hours=2, minutes=30), midnight + timedelta(hours=1, seconds=1)),  # across midnight
        (now - timedelta(days=399), now),  # the longest the API allows
    ]


def _same_as_live(desk: Desk, since: datetime, until: datetime) -> None:
    """GET /stats equals the live queries on the stored tickets at the same `now` (medians within their buckets)."""
    served = ok(desk.agent("super1").get("/stats", params={"since": since.isoformat(), "until": until.isoformat()}))
    now = datetime.fromisoformat(served["generated_at"])
    with desk.db.session(write=False) as session:
        live = stats.compute_live(session, since, until, now).model_dump(mode="json")
    for median in ("median_first_response_seconds", "median_resolution_seconds"):
        got, exact = served.pop(median), live.pop(median)
        assert (got is None) == (exact is None), (median, since, until)
        if exact is not None:
            assert got == pytest.approx(exact, rel=rollups.PRECISION, abs=1), (median, since, until)
    served_alerts = {a["id"] for a in served.pop("alerts")}  # not rolled up; the sweeper may add one in between
    assert served_alerts <= {a["id"] for a in live.pop("alerts")}
    for figures in (served, live):  # the live query's backlog comes in the database's grouping order
        figures["backlog"].sort(key=lambda b: (b["status"], b["category"]))
    for key in live:
        assert served[key] == live[key], (key, since, until)


def _counters_agree(desk: Desk) -> None:
    with desk.db.session(write=False) as session:
        stored, recounted = rollups.stored(session.connection()), rollups.computed(session.connection())
    assert stored == recounted, {cell: (stored[cell], recounted[cell]) for cell in set(stored) | set(recounted)
                                 if stored[cell] != recounted[cell]}


def _patch(agent: Agent, ticket_id: int, **changes: Any) -> dict[str, Any]:
    version = ok(agent.get(f"/tickets/{ticket_id}"))["version"]
    return ok(agent.request("PATCH", f"/tickets/{ticket_id}", json={"version": version, **changes}))


def test_the_demo_desk_starts_with_its_counters(desk: Desk) -> None:
    _counters_agree(desk)
    with desk.db.session(write=False) as session:
        assert session.scalar(select(StatsRollup.count).where(StatsRollup.kind == "opened").limit(1))


def test_figures_follow_real_changes(desk: Desk) -> None:
    agent = desk.agent("agent1")
    customer = desk.customer()
    tickets = [desk.ticket(customer, f"Question {i} about fees") for i in range(6)]
    first, second, third, fourth, fifth, sixth = tickets
    for ticket_id in (first, second, third):
        created(agent.post(f"/tickets/{ticket_id}/messages", json={"body": "Looking into it."}))  # first response
    set_status(desk, first, "resolved")
    ok(rate(desk, first, 2))
    ok(rate(desk, first, 5))  # a replaced rating counts once, with its new value and day
    set_status(desk, second, "resolved")
    ok(rate(desk, second, 3))
    customer_writes(desk, customer, second)  # the customer writes again: reopened, no longer solved
    set_status(desk, third, "pending_customer")
    directory: Any = ok(agent.get("/agents"))
    other = next(a["id"] for a in directory if a["username"] == "agent2")
    _patch(agent, fourth, category="trading", assignee_id=other)  # reassigned, another category
    set_status(desk, fourth, "closed")
    ok(agent.post(f"/tickets/{fifth}/merge", json={"into": sixth}))
    versions = {t["id"]: t["version"] for t in (ok(agent.get(f"/tickets/{i}")) for i in (first, sixth))}
    ok(agent.post("/tickets/bulk", json={"tickets": [{"id": i, "version": v} for i, v in versions.items()],
                                         "changes": {"priority": "urgent", "category": "security"}}))
    _counters_agree(desk)
    for since, until in _periods(datetime.now(UTC)):
        _same_as_live(desk, since, until)


def test_a_ticket_created_in_the_past_moves_whole_day_counters(desk: Desk) -> None:
    """Changes to a ticket of an earlier day (resolved, reopened, rated again days later) move that day's cells."""
    customer = desk.customer()
    ticket_id = desk.ticket(customer, "An old ticket")
    old = datetime.now(UTC) - timedelta(days=5, hours=3)
    with desk.db.session() as session:  # as if it had come in five days ago, through the session like the service
        session.execute(update(Ticket).where(Ticket.id == ticket_id).values(
            created_at=old, first_response_due=old + timedelta(hours=1), resolution_due=old + timedelta(days=1)))
    _counters_agree(desk)
    set_status(desk, ticket_id, "resolved")  # late
    ok(rate(desk, ticket_id, 1))
    customer_writes(desk, customer, ticket_id)
    set_status(desk, ticket_id, "resolved")
    ok(rate(desk, ticket_id, 4))
    _counters_agree(desk)
    for since, until in _periods(datetime.now(UTC)):
        _same_as_live(desk, since, until)


def test_two_service_processes_writing_at_once_keep_them_right(desk: Desk, tmp_path: Any) -> None:
    other = start_service(tmp_path, desk.database_url, demo=False)
    try:
        twin = Desk(other)
        customer = desk.customer()
        tickets = [desk.ticket(customer, f"Busy {i}") for i in range(8)]

        def work(pair: tuple[Desk, int]) -> None:
            where, ticket_id = pair
            agent = where.agent("agent2")
            created(agent.post(f"/tickets/{ticket_id}/messages", json={"body": "On it."}))
            set_status(where, ticket_id, "resolved", who="agent2")

        with ThreadPoolExecutor(4) as pool:
            list(pool.map(work, [(desk if i % 2 else twin, t) for i, t in enumerate(tickets)]))
        twin.close()
    finally:
        other.stop()
    _counters_agree(desk)
    _same_as_live(desk, datetime.now(UTC) - timedelta(days=2), datetime.now(UTC))


def test_a_wrong_counter_shows(desk: Desk) -> None:
    """The comparison above can fail: one counter off by one for a whole day in the period is seen."""
    now = datetime.now(UTC)
    yesterday = now.date() - timedelta(days=1)
    cell = (StatsRollup.kind == "opened", StatsRollup.day == yesterday)
    with desk.db.session() as session:
        key = session.scalar(select(StatsRollup.key).where(*cell).limit(1))
        assert key is not None
        session.execute(update(StatsRollup).where(*cell, StatsRollup.key == key).values(count=StatsRollup.count + 1))
    try:
        with pytest.raises(AssertionError):
            _same_as_live(desk, now - timedelta(days=3), now)
        with pytest.raises(AssertionError):
            _counters_agree(desk)
    finally:
        with desk.db.session() as session:
            session.execute(update(StatsRollup).where(*cell, StatsRollup.key == key)
                            .values(count=StatsRollup.count - 1))
    _counters_agree(desk)


def test_a_write_that_moves_no_cell_reads_and_writes_no_counter(trend_db: Database) -> None:
    """#7: a reply sets only its ticket's message count and time, which no counter is made of; the counters are
    then neither read, locked nor written. A status change still moves them."""
    now = datetime.now(UTC)
    with trend_db.session() as session:
        ticket = Ticket(subject="Where is my withdrawal?", customer_id=1, language="en", category="trading",
                        status="open", priority="normal", channel="email", tags=[], created_at=now, updated_at=now)
        session.add(ticket)
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    event.listen(trend_db.write_engine, "before_cursor_execute", record)
    try:
        with trend_db.session() as session:
            session.execute(update(Ticket).where(Ticket.id == ticket.id)
                            .values(message_count=Ticket.message_count + 1, updated_at=now))
        assert [s for s in statements if "stats_rollups" in s or s.lstrip().upper().startswith("SELECT")] == []
        statements.clear()
        with trend_db.session() as session:
            session.execute(update(Ticket).where(Ticket.id == ticket.id).values(status="resolved", resolved_at=now))
        assert any("stats_rollups" in s for s in statements)
    finally:
        event.remove(trend_db.write_engine, "before_cursor_execute", record)
    with trend_db.session(write=False) as session:
        assert rollups.stored(session.connection()) == rollups.computed(session.connection())
