"""The live event stream (GET /events): prompt delivery, who hears what, resuming, sessions that end,
and delivery across service processes on one database (LISTEN/NOTIFY on PostgreSQL)."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from desk_app.contract import API_PREFIX
from tests.helpers import ServiceProcess, start_service
from tests.server.desk_api import (
    Agent,
    Desk,
    EventStream,
    created,
    desk_fixture,
    error,
    kind_is,
    ok,
    wait_until,
)

PROMPT = 1.0  # seconds from a committed change to the event on a connected desk


@pytest.fixture(scope="module")
def desk(any_service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(any_service)


def test_a_new_ticket_reaches_a_connected_desk_within_a_second(desk: Desk) -> None:
    customer = desk.customer()
    with EventStream(desk.url, desk.agent("agent1").token) as stream:
        for _ in range(3):
            sent = time.monotonic()
            ticket = desk.ticket(customer)
            event = stream.next(kind_is("ticket.created", ticket_id=ticket), timeout=5)
            assert event["received"] - sent < PROMPT
            assert event["data"]["customer_id"] == customer and event["id"] == event["data"]["id"]
            first = stream.next(kind_is("message.created", ticket_id=ticket), timeout=5)
            assert first["id"] > event["id"]


def test_a_reply_is_announced_within_a_second(desk: Desk) -> None:
    ticket = desk.ticket(desk.customer())
    with EventStream(desk.url, desk.agent("agent1").token) as stream:
        sent = time.monotonic()
        reply = created(desk.agent("agent2").post(f"/tickets/{ticket}/messages", {"body": "We are on it."}))
        event = stream.next(kind_is("message.created", ticket_id=ticket), timeout=5)
        assert event["received"] - sent < PROMPT
        assert event["data"]["data"] == {"message_id": reply["id"], "internal": False}


def test_events_carry_ids_not_personal_data(desk: Desk) -> None:
    customer = desk.customer()
    with EventStream(desk.url, desk.agent("secops1").token) as stream:
        ticket = desk.ticket(customer, "Subject only the ticket shows")
        ok(desk.agent("secops1").post(f"/customers/{customer}/reveal", {"field": "email", "reason": "Callback"}))
        seen = [stream.next(kind_is("ticket.created", ticket_id=ticket)),
                stream.next(kind_is("message.created", ticket_id=ticket)),
                stream.next(kind_is("customer.revealed", customer_id=customer))]
    text = repr(seen)
    for private in (f"c{customer}@example.org", f"Test Customer {customer}", "Subject only the ticket shows"):
        assert private not in text


def test_security_events_reach_only_security_roles(desk: Desk) -> None:
    customer = desk.customer()
    streams = {name: EventStream(desk.url, desk.agent(name).token) for name in ("agent1", "secops2", "super2")}
    try:
        action = created(desk.agent("secops1").ask(customer, "freeze_account"))
        ok(desk.agent("super1").approve(action["id"]))
        marker = desk.ticket(customer, "Marker: everything before me has been sent")
        for name in ("secops2", "super2"):
            requested = streams[name].next(kind_is("action.requested", action_id=action["id"]))
            assert requested["data"]["data"]["kind"] == "freeze_account"
            decided = streams[name].next(kind_is("action.decided", action_id=action["id"]))
            assert decided["data"]["data"]["status"] == "executing"  # committed first, then carried out
            done = streams[name].next(kind_is("action.decided", action_id=action["id"]))
            assert done["data"]["data"]["status"] == "executed"
        agent = streams["agent1"]
        agent.next(kind_is("customer.updated", customer_id=customer))  # everyone may hear that it changed
        before_marker = []
        while (event := agent.next()) and not kind_is("ticket.created", ticket_id=marker)(event):
            before_marker.append(event["event"])
        assert not [kind for kind in before_marker if kind.startswith("action.")], before_marker
    finally:
        for stream in streams.values():
            stream.close()


def test_resuming_with_last_event_id_delivers_what_was_missed(desk: Desk) -> None:
    customer = desk.customer()
    with EventStream(desk.url, desk.agent("secops2").token) as stream:
        last = stream.next(kind_is("ticket.created", ticket_id=desk.ticket(customer)))["id"]
    missed = [desk.ticket(customer) for _ in range(3)]
    action = created(desk.agent("secops1").ask(customer, "freeze_account"))
    for username, security in (("secops2", True), ("agent1", False)):
        started = time.monotonic()
        with EventStream(desk.url, desk.agent(username).token, last_event_id=last) as resumed:
            got = [resumed.next(kind_is("ticket.created", ticket_id=ticket), timeout=3) for ticket in missed]
            assert all(e["received"] - started < PROMPT for e in got)
            assert [e["id"] for e in got] == sorted(e["id"] for e in got) and got[0]["id"] > last
            if security:
                resumed.next(kind_is("action.requested", action_id=action["id"]), timeout=3)
            else:
                marker = desk.ticket(customer)
                rest = []
                while (event := resumed.next()) and not kind_is("ticket.created", ticket_id=marker)(event):
                    rest.append(event["event"])
                assert "action.requested" not in rest
    with EventStream(desk.url, desk.agent("secops2").token) as fresh:  # without Last-Event-ID: from now on
        later = desk.ticket(customer)
        assert fresh.next()["data"]["ticket_id"] == later


def test_the_stream_needs_a_signed_in_agent(desk: Desk) -> None:
    answer = requests.get(f"{desk.url}{API_PREFIX}/events", timeout=10)
    error(answer, 401, "unauthenticated")
    answer = requests.get(f"{desk.url}{API_PREFIX}/events", headers={"Authorization": "Bearer nope"}, timeout=10)
    error(answer, 401, "unauthenticated")


# --- sessions that end ----------------------------------------------------------------------------

RECHECK_SECONDS = 1


@pytest.fixture(scope="module")
def rechecking(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A service whose streams check every second that their session is still signed in."""
    env = {"DESK_EVENTS_RECHECK_SECONDS": str(RECHECK_SECONDS)}
    with start_service(tmp_path_factory.mktemp("recheck"), env=env) as service:
        yield from desk_fixture(service)


def test_a_signed_out_session_stream_ends(rechecking: Desk) -> None:
    desk = rechecking
    leaving, staying = desk.agent("agent1"), desk.agent("agent2")
    with EventStream(desk.url, leaving.token) as gone, EventStream(desk.url, staying.token) as kept:
        time.sleep(RECHECK_SECONDS * 2.5)  # a signed-in session's stream outlives several checks
        assert not gone.ended.is_set() and not kept.ended.is_set()
        signed_out = time.monotonic()
        assert leaving.post("/auth/logout").status_code == 204
        assert gone.ended.wait(RECHECK_SECONDS + 5), "the stream went on after sign-out"
        assert gone.ended_at is not None and gone.ended_at - signed_out < RECHECK_SECONDS + 3
        ticket = desk.ticket(desk.customer())
        assert kept.next(kind_is("ticket.created", ticket_id=ticket))
        assert not kept.ended.is_set()
    error(leaving.get("/auth/me"), 401, "unauthenticated")


def test_a_refreshed_session_stream_ends_too(rechecking: Desk) -> None:
    """Refreshing rotates the tokens: a stream opened with the old access token stops; the new one works."""
    desk = rechecking
    old = desk.agent("secops1")
    with EventStream(desk.url, old.token) as stream:
        renewed = ok(requests.post(f"{desk.url}{API_PREFIX}/auth/refresh", timeout=10,
                                   json={"refresh_token": old.login["refresh_token"]}))
        assert stream.ended.wait(RECHECK_SECONDS + 5)
    desk.adopt(Agent(desk.url, desk.database_url, "secops1", renewed))
    with EventStream(desk.url, desk.agent("secops1").token) as stream:
        ticket = desk.ticket(desk.customer())
        assert stream.next(kind_is("ticket.created", ticket_id=ticket))


# --- several service processes on one database ----------------------------------------------------


@pytest.fixture
def two_processes(db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, Desk]]:
    """Two service processes, A and B, on one database (SQLite file or PostgreSQL)."""
    with start_service(tmp_path_factory.mktemp("a"), db_url) as a, \
            start_service(tmp_path_factory.mktemp("b"), db_url) as b:
        desk_a, desk_b = Desk(a), Desk(b)
        try:
            yield desk_a, desk_b
        finally:
            desk_a.close()
            desk_b.close()


def test_a_change_through_one_process_reaches_streams_on_another(two_processes: tuple[Desk, Desk]) -> None:
    a, b = two_processes
    assert a.url != b.url and a.database_url == b.database_url
    customer = b.customer()
    # PostgreSQL streams poll only every 2 s: six deliveries all within a second need LISTEN/NOTIFY
    with EventStream(a.url, a.agent("secops1").token) as on_a:
        for round_ in range(6):
            time.sleep(0.3 * round_ % 1.0)  # changes land at different points of any polling cycle
            sent = time.monotonic()
            ticket = b.ticket(customer)
            event = on_a.next(kind_is("ticket.created", ticket_id=ticket), timeout=5)
            assert event["received"] - sent < PROMPT, f"round {round_}: {event['received'] - sent:.2f} s"
        sent = time.monotonic()
        action = created(b.agent("secops2").ask(customer, "freeze_account"))
        event = on_a.next(kind_is("action.requested", action_id=action["id"]), timeout=5)
        assert event["received"] - sent < PROMPT
    # and a decision on A is seen on B's stream
    with EventStream(b.url, b.agent("secops2").token) as on_b:
        sent = time.monotonic()
        ok(a.agent("super1").approve(action["id"]))
        event = on_b.next(kind_is("action.decided", action_id=action["id"]), timeout=5)
        assert event["received"] - sent < PROMPT
    wait_until(lambda: b.customer_row(customer)["account_status"] == "frozen", 2)


# SQLite streams only poll; PostgreSQL's notifications are what wake them, and what could be missed.
@pytest.mark.parametrize("db_url", [pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)],
                         indirect=True)
def test_changes_committed_close_together_all_arrive_promptly(two_processes: tuple[Desk, Desk]) -> None:
    """A wake-up that comes while a stream is reading must not be lost (the stream would sleep a poll)."""
    a, b = two_processes
    customer = b.customer()
    with EventStream(a.url, a.agent("agent2").token) as on_a, ThreadPoolExecutor(2) as pool:
        for round_ in range(40):
            time.sleep(0.05 + 0.1 * random.random())
            sent = time.monotonic()
            # the second commit lands while streams are still reading after the first one's notification
            pair = set(pool.map(lambda delay: (time.sleep(delay), b.ticket(customer))[1],
                                (0.0, 0.03 * random.random())))
            while pair:
                event = on_a.next(lambda e, waiting=pair: e["event"] == "ticket.created"
                                  and e["data"]["ticket_id"] in waiting)
                pair.discard(event["data"]["ticket_id"])
                assert event["received"] - sent < PROMPT, f"round {round_}: {event['received'] - sent:.2f} s"
