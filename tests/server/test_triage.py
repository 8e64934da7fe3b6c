"""Bulk triage, merging duplicates and a customer's ticket history (#13), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from desk_app.server.models import Message, Ticket
from tests.helpers import ServiceProcess
from tests.server.desk_api import Desk, created, desk_fixture, error, ok


@pytest.fixture(scope="module")
def desk(any_service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(any_service)


def _ticket(desk: Desk, ticket_id: int, reader: str = "agent1") -> dict[str, Any]:
    return ok(desk.agent(reader).get(f"/tickets/{ticket_id}"))


def _targets(desk: Desk, ids: list[int]) -> list[dict[str, int]]:
    return [{"id": i, "version": _ticket(desk, i)["version"]} for i in ids]


# --- bulk -----------------------------------------------------------------------------------------


def test_bulk_change_applies_to_all_but_the_stale_ticket(desk: Desk) -> None:
    customer = desk.customer()
    ids = [desk.ticket(customer, f"Bulk {n}") for n in range(4)]
    targets = _targets(desk, ids)
    # someone else changes the third ticket after this desk loaded it
    ok(desk.agent("agent2").request("PATCH", f"/tickets/{ids[2]}", json={"version": targets[2]["version"],
                                                                          "priority": "low"}))
    agent1 = desk.agent("agent1")
    body = {"tickets": targets + [{"id": 987_654_321, "version": 1}],
            "changes": {"priority": "urgent", "category": "trading", "assignee_id": agent1.id,
                        "add_tags": ["vip", "bulk"], "remove_tags": []}}
    result = ok(agent1.post("/tickets/bulk", json=body))
    assert result["changed"] == 3 and result["unchanged"] == 0
    assert {(r["id"], r["code"]) for r in result["refused"]} == {(ids[2], "version_conflict"),
                                                               (987_654_321, "not_found")}
    assert sorted(t["id"] for t in result["tickets"]) == sorted([ids[0], ids[1], ids[3]])
    for ticket_id in (ids[0], ids[1], ids[3]):
        ticket = _ticket(desk, ticket_id, "agent2")
        assert (ticket["priority"], ticket["category"], ticket["assignee_id"]) == ("urgent", "trading", agent1.id)
        assert ticket["tags"] == ["vip", "bulk"]
        assert ticket["version"] == targets[ids.index(ticket_id)]["version"] + 1
    stale = _ticket(desk, ids[2])
    assert (stale["priority"], stale["assignee_id"], stale["tags"]) == ("low", None, [])
    # audited per ticket, marked as bulk
    for ticket_id in (ids[0], ids[1], ids[3]):
        entries = [e for e in desk.audit(ticket_id=ticket_id) if e["event"] == "ticket.updated"]
        assert entries[-1]["details"]["bulk"] is True and entries[-1]["actor"] == "agent1"
        assert entries[-1]["details"]["changes"]["priority"] == ["normal", "urgent"]
    assert not [e for e in desk.audit(ticket_id=ids[2]) if e["details"].get("bulk")]


def test_bulk_counts_tickets_already_as_asked_and_removes_tags(desk: Desk) -> None:
    customer = desk.customer()
    ids = [desk.ticket(customer, f"Tags {n}") for n in range(2)]
    agent = desk.agent("agent1")
    ok(agent.post("/tickets/bulk", json={"tickets": _targets(desk, ids), "changes": {"add_tags": ["a", "b"]}}))
    result = ok(agent.post("/tickets/bulk", json={"tickets": _targets(desk, ids),
                                                  "changes": {"remove_tags": ["a"], "status": "pending_customer"}}))
    assert (result["changed"], result["unchanged"], result["refused"]) == (2, 0, [])
    assert [_ticket(desk, i)["tags"] for i in ids] == [["b"], ["b"]]
    again = ok(agent.post("/tickets/bulk", json={"tickets": _targets(desk, ids),
                                                 "changes": {"status": "pending_customer"}}))
    assert (again["changed"], again["unchanged"]) == (0, 2)
    closed = ok(agent.post("/tickets/bulk", json={"tickets": _targets(desk, ids), "changes": {"status": "resolved",
                                                                                              "unassign": True}}))
    assert closed["changed"] == 2 and all(t["status"] == "resolved" for t in closed["tickets"])


def test_bulk_requests_are_validated_as_a_whole(desk: Desk) -> None:
    agent = desk.agent("agent1")
    ticket = desk.ticket(desk.customer())
    target = _targets(desk, [ticket])
    error(agent.post("/tickets/bulk", json={"tickets": target, "changes": {"assignee_id": 99_999}}),
          422, "validation_error")
    error(agent.post("/tickets/bulk", json={"tickets": [], "changes": {"priority": "low"}}), 422, "validation_error")
    too_many = [{"id": n, "version": 1} for n in range(1, 202)]
    error(agent.post("/tickets/bulk", json={"tickets": too_many, "changes": {"priority": "low"}}),
          422, "validation_error")
    error(agent.post("/tickets/bulk", json={"tickets": target, "changes": {"priority": "sky-high"}}),
          422, "validation_error")
    assert _ticket(desk, ticket)["version"] == target[0]["version"]


# --- merging --------------------------------------------------------------------------------------


def test_merge_moves_messages_and_tags_and_closes_the_duplicate(desk: Desk) -> None:
    customer = desk.customer()
    target, duplicate = desk.ticket(customer, "Deposit missing"), desk.ticket(customer, "Deposit missing (again)")
    agent = desk.agent("agent1")
    created(agent.post(f"/tickets/{duplicate}/messages", json={"body": "Asked for the tx hash", "internal": True}))
    created(agent.post(f"/tickets/{duplicate}/messages", json={"body": "Could you send the tx hash?"}))
    ok(agent.request("PATCH", f"/tickets/{duplicate}", json={"version": _ticket(desk, duplicate)["version"],
                                                             "tags": ["deposit", "eth"]}))
    ok(agent.request("PATCH", f"/tickets/{target}", json={"version": _ticket(desk, target)["version"],
                                                          "tags": ["deposit"]}))
    with desk.db.session(write=False) as session:
        moving = sorted(session.scalars(select(Message.id).where(Message.ticket_id == duplicate)))
    assert len(moving) == 3

    result = ok(agent.post(f"/tickets/{duplicate}/merge", json={"into": target}))
    assert result["moved_messages"] == 3
    assert result["merged"]["status"] == "closed" and result["merged"]["merged_into_id"] == target
    assert result["target"]["tags"] == ["deposit", "eth"]
    merged, kept = _ticket(desk, duplicate), _ticket(desk, target)
    assert (merged["status"], merged["merged_into_id"], merged["tags"], merged["message_count"]) == (
        "closed", target, [], 0)
    assert kept["message_count"] == 4 and kept["merged_into_id"] is None
    assert ok(agent.get(f"/tickets/{duplicate}/messages")) == []
    bodies = [m["body"] for m in ok(agent.get(f"/tickets/{target}/messages"))]
    assert "Could you send the tx hash?" in bodies and "Asked for the tx hash" in bodies
    with desk.db.session(write=False) as session:
        assert sorted(session.scalars(select(Message.id).where(Message.ticket_id == target))) [1:] == moving
        assert session.get(Ticket, duplicate).merged_into_id == target  # type: ignore[union-attr]
    assert [e["details"]["into"] for e in desk.audit(ticket_id=duplicate) if e["event"] == "ticket.merged"] == [target]
    assert [e["details"]["from"] for e in desk.audit(ticket_id=target)
            if e["event"] == "ticket.merged_in"] == [duplicate]


def test_merge_refusals(desk: Desk) -> None:
    agent = desk.agent("agent1")
    customer, stranger = desk.customer(), desk.customer()
    first, second, third = (desk.ticket(customer, s) for s in ("One", "Two", "Three"))
    theirs = desk.ticket(stranger, "Someone else's")
    error(agent.post(f"/tickets/{first}/merge", json={"into": theirs}), 409, "merge_customer_mismatch")
    error(agent.post(f"/tickets/{first}/merge", json={"into": first}), 422, "merge_into_itself")
    error(agent.post(f"/tickets/{first}/merge", json={"into": 987_654_321}), 422, "validation_error")
    error(agent.post("/tickets/987654321/merge", json={"into": first}), 404, "not_found")
    stale = _ticket(desk, first)["version"] - 1
    error(agent.post(f"/tickets/{first}/merge", json={"into": second, "version": stale}), 409, "version_conflict")
    ok(agent.post(f"/tickets/{second}/merge", json={"into": first}))
    error(agent.post(f"/tickets/{third}/merge", json={"into": second}), 409, "merge_target_closed")
    error(agent.post(f"/tickets/{second}/merge", json={"into": third}), 409, "already_merged")
    ok(agent.request("PATCH", f"/tickets/{third}", json={"version": _ticket(desk, third)["version"],
                                                         "status": "closed"}))
    error(agent.post(f"/tickets/{first}/merge", json={"into": third}), 409, "merge_target_closed")
    assert _ticket(desk, first)["status"] == "new" and _ticket(desk, theirs)["merged_into_id"] is None


# --- a customer's history -------------------------------------------------------------------------


def test_customer_history_lists_only_their_tickets_newest_first(desk: Desk) -> None:
    customer, other = desk.customer(), desk.customer()
    mine = [desk.ticket(customer, subject) for subject in ("Login problem", "Withdrawal delayed", "Login again")]
    desk.ticket(other, "Login problem")
    agent = desk.agent("agent1")
    page = ok(agent.get(f"/customers/{customer}/tickets"))
    assert [t["id"] for t in page["items"]] == mine[::-1] and page["next_cursor"] is None
    assert [t["id"] for t in ok(agent.get(f"/customers/{customer}/tickets", params={"q": "login"}))["items"]] == [
        mine[2], mine[0]]
    assert [t["id"] for t in ok(agent.get(f"/customers/{customer}/tickets",
                                          params={"q": f"#{mine[1]}"}))["items"]] == [mine[1]]
    first = ok(agent.get(f"/customers/{customer}/tickets", params={"limit": 2}))
    rest = ok(agent.get(f"/customers/{customer}/tickets", params={"limit": 2, "cursor": first["next_cursor"]}))
    assert [t["id"] for t in first["items"] + rest["items"]] == mine[::-1]
    error(agent.get("/customers/987654321/tickets"), 404, "not_found")
