"""A merged ticket is closed for good (#13): no replies, notes, uploads or changes; the customer's next
message goes to the ticket it was merged into. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from desk_app.contract import API_PREFIX
from tests.helpers import INTEGRATION_KEY, ServiceProcess
from tests.server.desk_api import TIMEOUT, Desk, created, desk_fixture, error, ok


@pytest.fixture(scope="module")
def desk(any_service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(any_service)


def _ticket(desk: Desk, ticket_id: int) -> dict[str, Any]:
    return ok(desk.agent("agent1").get(f"/tickets/{ticket_id}"))


def _merged_pair(desk: Desk) -> tuple[int, int, int]:
    customer = desk.customer()
    target, duplicate = desk.ticket(customer, "Withdrawal stuck"), desk.ticket(customer, "Withdrawal stuck (2)")
    ok(desk.agent("agent1").post(f"/tickets/{duplicate}/merge", json={"into": target}))
    return customer, target, duplicate


def test_a_merged_ticket_refuses_replies_notes_changes_and_uploads(desk: Desk) -> None:
    _, target, duplicate = _merged_pair(desk)
    agent = desk.agent("agent1")
    before = _ticket(desk, duplicate)
    messages_before = ok(agent.get(f"/tickets/{target}/messages"))

    for internal in (False, True):
        detail = error(agent.post(f"/tickets/{duplicate}/messages", json={"body": "Any news?", "internal": internal}),
                       409, "ticket_merged")
        assert f"#{target}" in detail["message"]
    error(agent.request("PATCH", f"/tickets/{duplicate}", json={"version": before["version"], "status": "open"}),
          409, "ticket_merged")
    error(agent.request("PATCH", f"/tickets/{duplicate}", json={"version": before["version"], "priority": "high"}),
          409, "ticket_merged")
    error(agent.post(f"/tickets/{duplicate}/attachments", params={"filename": "log.txt"}, data=b"a log line\n"),
          409, "ticket_merged")
    bulk = ok(agent.post("/tickets/bulk", json={"tickets": [{"id": duplicate, "version": before["version"]}],
                                                "changes": {"status": "open"}}))
    assert bulk["changed"] == 0 and [(r["id"], r["code"]) for r in bulk["refused"]] == [(duplicate, "ticket_merged")]

    after = _ticket(desk, duplicate)  # nothing changed, nothing was stored anywhere
    assert (after["status"], after["version"], after["priority"], after["merged_into_id"]) == (
        "closed", before["version"], before["priority"], target)
    assert ok(agent.get(f"/tickets/{duplicate}/messages")) == []
    assert ok(agent.get(f"/tickets/{target}/messages")) == messages_before
    # the ticket it went into takes replies as usual
    created(agent.post(f"/tickets/{target}/messages", json={"body": "We are on it."}))


def test_an_unchanged_patch_of_a_merged_ticket_still_answers_the_ticket(desk: Desk) -> None:
    _, target, duplicate = _merged_pair(desk)
    current = _ticket(desk, duplicate)
    same = ok(desk.agent("agent1").request("PATCH", f"/tickets/{duplicate}", json={"version": current["version"],
                                                                                   "status": "closed"}))
    assert same["merged_into_id"] == target and same["version"] == current["version"]


def test_the_customers_next_message_goes_to_the_ticket_it_was_merged_into(desk: Desk) -> None:
    customer, target, duplicate = _merged_pair(desk)
    answer = requests.post(f"{desk.url}{API_PREFIX}/inbound/messages", timeout=TIMEOUT,
                           headers={"X-Integration-Key": INTEGRATION_KEY},
                           json={"channel": "email", "customer_id": customer, "ticket_id": duplicate,
                                 "subject": "Re: Withdrawal stuck (2)", "body": "Still nothing arrived.",
                                 "language": "en"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["ticket_id"] == target and not answer.json()["created_ticket"]
    bodies = [m["body"] for m in ok(desk.agent("agent1").get(f"/tickets/{target}/messages"))]
    assert bodies[-1] == "Still nothing arrived."
    assert ok(desk.agent("agent1").get(f"/tickets/{duplicate}/messages")) == []
    assert _ticket(desk, duplicate)["status"] == "closed"
