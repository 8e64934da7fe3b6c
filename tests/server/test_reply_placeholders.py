"""Placeholders in replies (#9): the service fills {customer_name} with the real name in what goes to the
customer, while every view an agent has keeps the name masked; unknown placeholders are refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desk_app.server import masking
from desk_app.server.models import Message
from tests.helpers import ServiceProcess
from tests.server.desk_api import Desk, created, desk_fixture, error, ok


@pytest.fixture(scope="module")
def desk(service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(service)


def _stored(desk: Desk, message_id: int) -> Message:
    with desk.db.session(write=False) as session:
        row = session.scalars(select(Message).where(Message.id == message_id)).one()
        session.expunge(row)
        return row


def test_the_customer_gets_their_name_and_agents_see_it_masked(desk: Desk) -> None:
    customer = desk.customer()
    ticket = desk.ticket(customer, "Where is my deposit?")
    name, masked = f"Test Customer {customer}", masking.name(f"Test Customer {customer}")
    agent = desk.agent("agent1")
    display = agent.login["agent"]["display_name"]
    reply = created(agent.post(f"/tickets/{ticket}/messages", json={
        "body": "Dear {customer_name}, about ticket {ticket_id}: it is credited. {agent_name}"}))

    shown = f"Dear {masked}, about ticket {ticket}: it is credited. {display}"
    assert reply["body"] == shown
    assert [m["body"] for m in ok(agent.get(f"/tickets/{ticket}/messages"))][-1] == shown
    assert [m["body"] for m in ok(desk.agent("agent2").get(f"/tickets/{ticket}/messages"))][-1] == shown
    stored = _stored(desk, reply["id"])  # what is delivered to the customer
    assert stored.body == f"Dear {name}, about ticket {ticket}: it is credited. {display}"
    assert name not in (stored.agent_body or "") and stored.agent_body == shown


def test_notes_and_replies_without_the_name_are_stored_as_written(desk: Desk) -> None:
    ticket = desk.ticket(desk.customer(), "Fees")
    agent = desk.agent("agent1")
    note = created(agent.post(f"/tickets/{ticket}/messages", json={
        "body": "Macro draft: Dear {customer_name} {anything_else}", "internal": True}))
    assert note["body"] == "Macro draft: Dear {customer_name} {anything_else}"
    assert _stored(desk, note["id"]).body == note["body"]  # a note never reaches the customer
    reply = created(agent.post(f"/tickets/{ticket}/messages", json={
        "body": "Your order {ID} and the JSON {\"a\": 1} and {0} and { } stay. Ticket {ticket_id}."}))
    assert reply["body"] == f"Your order {{ID}} and the JSON {{\"a\": 1}} and {{0}} and {{ }} stay. Ticket {ticket}."
    stored = _stored(desk, reply["id"])
    assert stored.body == reply["body"] and stored.agent_body is None


def test_an_unknown_placeholder_is_refused_and_nothing_is_stored(desk: Desk) -> None:
    ticket = desk.ticket(desk.customer(), "2FA")
    agent = desk.agent("agent1")
    before = ok(agent.get(f"/tickets/{ticket}/messages"))
    for body in ("Hi {customer_nmae}, done.", "Read {kb_link} please", "{customer_name}: {order_id}"):
        detail = error(agent.post(f"/tickets/{ticket}/messages", json={"body": body}), 422, "unknown_placeholder")
        assert detail["field"] == "body" and "{" in detail["message"]
    assert ok(agent.get(f"/tickets/{ticket}/messages")) == before
