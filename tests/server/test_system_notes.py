"""Notes the service writes itself keep their English body and carry a code and values a desk can word."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from mnemonic import Mnemonic
from sqlalchemy import create_engine, select

from desk_app.client import ApiClient
from desk_app.contract import API_PREFIX, EscalationCreate, EscalationSeverity, MessageOut
from desk_app.server.models import Message
from tests.helpers import INTEGRATION_KEY, ServiceProcess, fresh_totp

ENGINEERING_KEY = "demo-engineering-key"


@pytest.fixture(scope="module")
def agent(any_service: ServiceProcess) -> Iterator[ApiClient]:
    client = ApiClient(any_service.url)
    client.login("agent1", "desk-demo", fresh_totp("agent1"))
    yield client
    client.close()


def stored(service: ServiceProcess, message_id: int) -> tuple[str | None, dict[str, str] | None]:
    """The code and values as the database holds them."""
    engine = create_engine(service.args[service.args.index("--database-url") + 1])
    try:
        with engine.connect() as connection:
            row = connection.execute(select(Message.system_code, Message.system_params)
                                     .where(Message.id == message_id)).one()
            return row.system_code, row.system_params
    finally:
        engine.dispose()


def system_notes(agent: ApiClient, ticket_id: int) -> list[MessageOut]:
    return [m for m in agent.messages(ticket_id) if m.author_kind == "system"]


def test_an_exposed_secret_note_carries_its_kinds(any_service: ServiceProcess, agent: ApiClient) -> None:
    phrase = Mnemonic("english").generate(128)
    posted = requests.post(f"{any_service.url}{API_PREFIX}/inbound/messages", timeout=30,
                           headers={"X-Integration-Key": INTEGRATION_KEY},
                           json={"channel": "chat", "customer_id": 2, "subject": "My wallet",
                                 "body": f"Words: {phrase}. Card 4111 1111 1111 1111.", "language": "en"})
    assert posted.status_code == 201, posted.text
    messages = agent.messages(posted.json()["ticket_id"])
    customer = [m for m in messages if m.author_kind == "customer"][-1]
    assert customer.system_code is None and customer.system_params == {}
    assert stored(any_service, customer.id) == (None, None)
    note = system_notes(agent, posted.json()["ticket_id"])[-1]
    assert note.internal and note.body.startswith("The customer sent what looks like a payment card number and "
                                                  "a wallet recovery phrase")  # the English body stays
    assert note.system_code == "secret_exposed"
    assert note.system_params == {"kinds": "card_number,recovery_phrase"}
    assert stored(any_service, note.id) == ("secret_exposed", {"kinds": "card_number,recovery_phrase"})


def test_escalation_notes_carry_id_status_and_note(any_service: ServiceProcess, agent: ApiClient) -> None:
    first, second = [t.id for t in agent.tickets("all", limit=2).items]  # type: ignore[arg-type]
    raised = agent.escalate(EscalationCreate(
        ticket_id=first, summary="Deposits %2 stuck <b>on TRC20</b>", severity=EscalationSeverity.high,
        steps="1. Deposit", tx_ids=[], order_ids=[], assets=["USDT"]))
    created = system_notes(agent, first)[-1]
    assert created.system_code == "escalation_created"
    assert created.system_params == {"escalation_id": str(raised.id), "severity": "high",
                                     "summary": "Deposits %2 stuck <b>on TRC20</b>", "actor": "Mia Chen"}
    agent.link_to_escalation(raised.id, second)
    linked = system_notes(agent, second)[-1]
    assert linked.system_code == "escalation_linked" and linked.system_params["status"] == "new"
    answer = requests.patch(f"{any_service.url}{API_PREFIX}/escalations/{raised.id}", timeout=30,
                            headers={"X-Engineering-Key": ENGINEERING_KEY},
                            json={"status": "investigating", "note": "Node lagging"})
    assert answer.status_code == 200, answer.text
    for ticket_id in (first, second):
        note = system_notes(agent, ticket_id)[-1]
        assert "being investigated" in note.body and "Node lagging" in note.body
        assert note.system_code == "escalation_status"
        assert note.system_params == {"escalation_id": str(raised.id), "status": "investigating",
                                      "note": "Node lagging"}
        assert stored(any_service, note.id) == ("escalation_status", note.system_params)


def test_demo_auto_acknowledgements_carry_their_code(any_service: ServiceProcess, agent: ApiClient) -> None:
    engine = create_engine(any_service.args[any_service.args.index("--database-url") + 1])
    try:
        with engine.connect() as connection:
            acks = connection.execute(select(Message.ticket_id, Message.system_code)
                                      .where(Message.body == "Auto-acknowledgement sent to the customer.")).all()
    finally:
        engine.dispose()
    assert acks and {code for _, code in acks} == {"auto_ack"}
    shown = [m for m in agent.messages(acks[0].ticket_id) if m.author_kind == "system"]
    assert shown and shown[0].system_code == "auto_ack" and shown[0].system_params == {}
