"""Who else is on a ticket (#13): presence appears, changes and goes over the event stream, expires by
itself when heartbeats stop, agrees across service processes, and a reply that would cross another
agent's reply is refused until the sender has seen it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.conftest import BACKENDS, _database
from tests.helpers import start_service
from tests.server.desk_api import Desk, EventStream, created, error, kind_is, ok, wait_until

TTL = 3.0  # seconds of presence without a heartbeat (the service's default is 30)
ENV = {"DESK_PRESENCE_TTL_SECONDS": str(TTL)}
PROMPT = 1.0


@pytest.fixture(scope="module", params=BACKENDS)
def desk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    directory = tmp_path_factory.mktemp(f"presence-{request.param}")
    with _database(request.param, directory) as url, start_service(directory, url, env=ENV) as service:
        running = Desk(service)
        try:
            yield running
        finally:
            running.close()


def _present(desk: Desk, ticket: int, reader: str = "agent2") -> dict[str, str]:
    items = ok(desk.agent(reader).get("/presence", params={"ticket_id": ticket}))["items"]
    return {item["agent_name"]: item["state"] for item in items}


def _name(desk: Desk, username: str) -> str:
    return str(ok(desk.agent(username).get("/auth/me"))["display_name"])


def test_viewing_and_typing_reach_another_agent_within_a_second(desk: Desk) -> None:
    ticket = desk.ticket(desk.customer(), "Where is my deposit?")
    mina, other = desk.agent("agent1"), desk.agent("agent2")
    with EventStream(desk.url, other.token) as stream:
        sent = time.monotonic()
        answer = ok(mina.post(f"/tickets/{ticket}/presence", json={"state": "viewing"}))
        event = stream.next(kind_is("presence.changed", ticket_id=ticket), timeout=5)
        assert event["received"] - sent < PROMPT
        assert event["data"]["ticket_id"] == ticket
        assert event["data"]["data"] == {"agent_id": mina.id, "agent_name": _name(desk, "agent1"),
                                         "state": "viewing"}
        assert [i["state"] for i in answer["items"]] == ["viewing"] and answer["ttl_seconds"] == TTL
        assert _present(desk, ticket) == {_name(desk, "agent1"): "viewing"}

        ok(mina.post(f"/tickets/{ticket}/presence", json={"state": "viewing"}))  # a heartbeat: no news
        sent = time.monotonic()
        ok(mina.post(f"/tickets/{ticket}/presence", json={"state": "typing"}))
        event = stream.next(lambda e: e["event"] == "presence.changed" and e["data"]["ticket_id"] == ticket)
        assert event["data"]["data"]["state"] == "typing", "the heartbeat was announced as a change"
        assert event["received"] - sent < PROMPT
        assert _present(desk, ticket) == {_name(desk, "agent1"): "typing"}

        ok(mina.post(f"/tickets/{ticket}/presence", json={"state": "left"}))
        event = stream.next(lambda e: e["event"] == "presence.changed" and e["data"]["ticket_id"] == ticket)
        assert event["data"]["data"]["state"] == "left"
        assert _present(desk, ticket) == {}


def test_presence_expires_and_is_announced_when_heartbeats_stop(desk: Desk) -> None:
    ticket = desk.ticket(desk.customer(), "Withdrawal pending")
    gone, staying = desk.agent("agent1"), desk.agent("super1")
    with EventStream(desk.url, desk.agent("agent2").token) as stream:
        ok(gone.post(f"/tickets/{ticket}/presence", json={"state": "typing"}))
        ok(staying.post(f"/tickets/{ticket}/presence", json={"state": "viewing"}))
        started = time.monotonic()
        while time.monotonic() - started < TTL + 1.5:  # super1 keeps beating; agent1's workstation died
            ok(staying.post(f"/tickets/{ticket}/presence", json={"state": "viewing"}))
            time.sleep(0.5)
        event = stream.next(lambda e: e["event"] == "presence.changed" and e["data"]["ticket_id"] == ticket
                            and e["data"]["data"]["state"] == "left", timeout=TTL + 5)
        assert event["data"]["data"]["agent_id"] == gone.id
        assert _present(desk, ticket) == {_name(desk, "super1"): "viewing"}
        ok(staying.post(f"/tickets/{ticket}/presence", json={"state": "left"}))


def test_presence_needs_a_ticket_and_a_known_state(desk: Desk) -> None:
    agent = desk.agent("agent1")
    error(agent.post("/tickets/999999999/presence", json={"state": "viewing"}), 404, "not_found")
    ticket = desk.ticket(desk.customer())
    error(agent.post(f"/tickets/{ticket}/presence", json={"state": "sleeping"}), 422, "validation_error")


def test_a_reply_crossing_another_agents_reply_is_refused_until_seen(desk: Desk) -> None:
    ticket = desk.ticket(desk.customer(), "Card payment failed")
    mine, theirs = desk.agent("agent1"), desk.agent("agent2")
    seen = ok(mine.get(f"/tickets/{ticket}/messages"))[-1]["id"]
    # an internal note from the other agent does not count
    created(theirs.post(f"/tickets/{ticket}/messages", json={"body": "I'll check the logs", "internal": True}))
    seen = created(mine.post(f"/tickets/{ticket}/messages", json={"body": "Checking.", "seen_up_to": seen}))["id"]
    # their reply to the customer does
    theirs_reply = created(theirs.post(f"/tickets/{ticket}/messages", json={"body": "We are on it."}))
    assert theirs_reply["author_agent_id"] == theirs.id
    refused = error(mine.post(f"/tickets/{ticket}/messages", json={"body": "Hello!", "seen_up_to": seen}),
                    409, "reply_collision")
    assert "replied" in refused["message"]
    bodies = [m["body"] for m in ok(mine.get(f"/tickets/{ticket}/messages"))]
    assert "Hello!" not in bodies
    # a note is never refused, and having seen their reply the agent may send
    created(mine.post(f"/tickets/{ticket}/messages", json={"body": "FYI", "internal": True, "seen_up_to": seen}))
    sent = created(mine.post(f"/tickets/{ticket}/messages",
                        json={"body": "Hello!", "seen_up_to": theirs_reply["id"]}))
    assert sent["author_agent_id"] == mine.id
    # one's own earlier replies never count as a collision
    created(mine.post(f"/tickets/{ticket}/messages", json={"body": "One more thing", "seen_up_to": theirs_reply["id"]}))


# --- several service processes on one database ----------------------------------------------------


@pytest.mark.parametrize("backend", [pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)])
def test_processes_agree_on_presence_and_announce_expiry_once(
        backend: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    a_dir, b_dir = tmp_path_factory.mktemp("pa"), tmp_path_factory.mktemp("pb")
    with _database(backend, a_dir) as url, start_service(a_dir, url, env=ENV) as a, \
            start_service(b_dir, url, env=ENV) as b:
        desk_a, desk_b = Desk(a), Desk(b)
        try:
            ticket = desk_b.ticket(desk_b.customer(), "Account locked")
            viewer = desk_a.agent("agent1")
            with EventStream(desk_b.url, desk_b.agent("agent2").token) as on_b:
                sent = time.monotonic()
                ok(viewer.post(f"/tickets/{ticket}/presence", json={"state": "viewing"}))
                event = on_b.next(lambda e: e["event"] == "presence.changed" and e["data"]["ticket_id"] == ticket)
                assert event["received"] - sent < PROMPT
                assert _present(desk_b, ticket) == {_name(desk_a, "agent1"): "viewing"}
                # both processes sweep; the departure is announced exactly once
                on_b.next(lambda e: e["event"] == "presence.changed" and e["data"]["ticket_id"] == ticket
                          and e["data"]["data"]["state"] == "left", timeout=TTL + 6)
                time.sleep(3)  # a second sweeper would have announced it again by now
                again = [e for e in on_b.drain() if e["event"] == "presence.changed"
                         and e["data"]["ticket_id"] == ticket]
                assert again == []
                wait_until(lambda: _present(desk_a, ticket) == {}, 2, what="presence gone on A")
        finally:
            desk_a.close()
            desk_b.close()
