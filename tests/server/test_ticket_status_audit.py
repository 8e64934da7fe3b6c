"""Every ticket status change the two-person flow makes is in the hash-chained audit log (docs/security.md #2):
by the requester, the deciding supervisor, the one who cancels, or `system` when a request expires."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ServiceProcess, start_service
from tests.server.desk_api import Desk, created, desk_fixture, ok, wait_until


@pytest.fixture(scope="module")
def desk(any_service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(any_service)


def _status_changes(desk: Desk, ticket: int) -> list[tuple[str, str, str, int | None]]:
    """(actor, from, to, action id) of each audited status change of the ticket, oldest first."""
    found = []
    for entry in desk.audit(ticket_id=ticket):
        change = (entry["details"].get("changes") or {}).get("status")
        if entry["event"] == "ticket.updated" and change:
            found.append((entry["actor"], change[0], change[1], entry["details"].get("action_id")))
    return found


def _status(desk: Desk, ticket: int) -> str:
    status: str = ok(desk.agent("agent1").get(f"/tickets/{ticket}"))["status"]
    return status


def test_request_and_approval_move_the_ticket_on_the_record(desk: Desk) -> None:
    customer = desk.customer()
    ticket = desk.ticket(customer)
    before = _status(desk, ticket)
    action = created(desk.agent("secops1").ask(customer, "freeze_account", ticket_id=ticket))
    assert _status(desk, ticket) == "pending_approval"
    ok(desk.agent("super1").approve(action["id"], "Confirmed with the customer"))
    assert _status(desk, ticket) == "open"
    assert _status_changes(desk, ticket) == [
        ("secops1", before, "pending_approval", action["id"]),
        ("super1", "pending_approval", "open", action["id"]),
    ]
    assert ok(desk.agent("super1").get("/audit/verify"))["ok"] is True


def test_rejection_and_cancelling_are_recorded_by_who_did_them(desk: Desk) -> None:
    customer = desk.customer(sessions=1)
    ticket = desk.ticket(customer)
    first = created(desk.agent("secops1").ask(customer, "freeze_account", ticket_id=ticket))
    second = created(desk.agent("secops2").ask(customer, "revoke_sessions", ticket_id=ticket))
    ok(desk.agent("super2").reject(first["id"], "Not enough evidence"))
    assert _status(desk, ticket) == "pending_approval"  # the second request still waits: no change, no entry
    ok(desk.agent("secops2").post(f"/actions/{second['id']}/cancel"))
    assert _status(desk, ticket) == "open"
    changes = _status_changes(desk, ticket)
    assert changes[1:] == [("secops2", "pending_approval", "open", second["id"])]
    assert changes[0][0] == "secops1" and changes[0][2] == "pending_approval"


def test_a_ticket_that_is_not_waiting_is_left_alone_and_unrecorded(desk: Desk) -> None:
    customer = desk.customer()
    ticket = desk.ticket(customer)
    action = created(desk.agent("secops1").ask(customer, "freeze_account", ticket_id=ticket))
    agent = desk.agent("agent1")
    version = ok(agent.get(f"/tickets/{ticket}"))["version"]
    ok(agent.request("PATCH", f"/tickets/{ticket}", json={"version": version, "status": "resolved"}))
    ok(desk.agent("super1").approve(action["id"]))
    assert _status(desk, ticket) == "resolved"  # the approval does not reopen what an agent resolved
    assert [(actor, to) for actor, _, to, _ in _status_changes(desk, ticket)] == [
        ("secops1", "pending_approval"), ("agent1", "resolved")]


@pytest.fixture(scope="module")
def short_lived(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """Requests expire about a second after they are made; the sweeper records it."""
    with start_service(Path(tmp_path_factory.mktemp("expiry")), extra_args=["--action-ttl-minutes", "0.02"]) as svc:
        yield from desk_fixture(svc)


def test_an_expiry_is_recorded_as_the_system(short_lived: Desk) -> None:
    desk = short_lived
    customer = desk.customer()
    ticket = desk.ticket(customer)
    action = created(desk.agent("secops1").ask(customer, "freeze_account", ticket_id=ticket))

    def expired() -> Any:
        return desk.agent("super1").action(action["id"])["status"] == "expired" and _status(desk, ticket) == "open"

    wait_until(expired, 15, what="the sweeper's expiry")
    assert _status_changes(desk, ticket)[-1] == ("system", "pending_approval", "open", action["id"])
    assert ok(desk.agent("super1").get("/audit/verify"))["ok"] is True
