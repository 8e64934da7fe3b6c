"""Escalations to engineering on the real service: raised from a ticket, updated by engineering with its own
key, heard in every linked ticket's conversation, answered together, with size-limited and type-checked files."""

from __future__ import annotations

import base64
import io
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from PIL import Image

from desk_app.client import ApiClient
from desk_app.client.answers import reply_to_linked
from desk_app.contract import API_PREFIX, MAX_ATTACHMENT_BYTES, EscalationCreate, EscalationSeverity
from tests.helpers import INTEGRATION_KEY, ServiceProcess, fresh_totp

ENGINEERING_KEY = "demo-engineering-key"  # what desk-server --demo sets


@pytest.fixture(scope="module")
def agent(service: ServiceProcess) -> Iterator[ApiClient]:
    client = ApiClient(service.url)
    client.login("agent1", "desk-demo", fresh_totp("agent1"))
    yield client
    client.close()


@pytest.fixture(scope="module")
def tickets(agent: ApiClient) -> list[int]:
    return [t.id for t in agent.tickets("all", limit=6).items]  # type: ignore[arg-type]


def engineering(service: ServiceProcess, escalation_id: int, key: str = ENGINEERING_KEY,
                **body: Any) -> requests.Response:
    return requests.patch(f"{service.url}{API_PREFIX}/escalations/{escalation_id}", json=body, timeout=30,
                          headers={"X-Engineering-Key": key})


def notes(agent: ApiClient, ticket_id: int) -> list[str]:
    return [m.body for m in agent.messages(ticket_id) if m.author_kind == "system" and m.internal]


def escalate(agent: ApiClient, ticket_id: int, linked: list[int]) -> Any:
    return agent.escalate(EscalationCreate(
        ticket_id=ticket_id, summary="USDT TRC20 withdrawals stuck in processing since 09:00 UTC",
        severity=EscalationSeverity.high, steps="1. Withdraw USDT on TRC20\n2. Status stays Processing, no TxID",
        tx_ids=["wd-88123", "wd-88124"], order_ids=[], assets=["usdt", "USDT"], linked_ticket_ids=linked))


def test_escalation_flow_reaches_every_linked_ticket(agent: ApiClient, tickets: list[int],
                                                     service: ServiceProcess) -> None:
    first, second, third = tickets[:3]
    raised = escalate(agent, first, [second, first])
    assert raised.status == "new" and raised.ticket_ids == [first, second] and raised.assets == ["USDT"]
    assert raised.created_by_name and raised.history[0].actor == "agent1"
    for ticket_id in (first, second):
        assert any(f"#{raised.id}" in n and "USDT TRC20" in n for n in notes(agent, ticket_id))
    assert [e.id for e in agent.escalations(ticket_id=second)][0] == raised.id

    linked = agent.link_to_escalation(raised.id, third)
    assert linked.ticket_ids == [first, second, third]
    assert agent.link_to_escalation(raised.id, third).ticket_ids == [first, second, third]  # once only
    assert sum(f"#{raised.id}" in n for n in notes(agent, third)) == 1

    answer = engineering(service, raised.id, status="investigating", note="Hot wallet node lagging",
                         engineering_ref="ENG-4711", version=raised.version)
    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "investigating" and answer.json()["engineering_ref"] == "ENG-4711"
    for ticket_id in (first, second, third):  # every linked ticket's conversation says so, internally
        assert any("being investigated" in n and "Hot wallet node lagging" in n for n in notes(agent, ticket_id))
    stale = engineering(service, raised.id, status="fixed", version=raised.version)
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "version_conflict"
    fixed = engineering(service, raised.id, status="fixed", note="Node resynced; queue drained")
    assert fixed.status_code == 200
    shown = agent.escalation(raised.id)
    assert [h.status for h in shown.history] == ["new", "investigating", "fixed"]
    assert [h.actor for h in shown.history][1:] == ["engineering", "engineering"]


def test_only_engineering_changes_the_status(agent: ApiClient, tickets: list[int], service: ServiceProcess) -> None:
    raised = escalate(agent, tickets[3], [])
    url = f"{service.url}{API_PREFIX}/escalations/{raised.id}"
    as_agent = requests.patch(url, json={"status": "fixed"}, timeout=30,
                              headers={"Authorization": f"Bearer {agent.tokens.access_token}"})  # type: ignore
    assert as_agent.status_code == 403
    for headers in ({}, {"X-Integration-Key": INTEGRATION_KEY}):
        assert requests.patch(url, json={"status": "fixed"}, headers=headers, timeout=30).status_code == 401
    wrong = engineering(service, raised.id, key="not-the-key", status="fixed")
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "integration_key_invalid"
    read = requests.get(url, headers={"X-Engineering-Key": ENGINEERING_KEY}, timeout=30)
    assert read.status_code == 200 and read.json()["steps"].startswith("1. Withdraw USDT")
    assert agent.escalation(raised.id).status == "new"


def test_reply_to_all_linked_tickets_once_each(agent: ApiClient, tickets: list[int]) -> None:
    raised = escalate(agent, tickets[4], [tickets[5]])
    prefix = f"esc-{raised.id}-{uuid.uuid4().hex[:8]}"
    before = {t: len(agent.messages(t)) for t in raised.ticket_ids}
    outcomes = reply_to_linked(agent, raised.ticket_ids, lambda t: f"Fixed now (ticket {t}).", prefix)
    assert [o.error for o in outcomes] == [None, None]
    again = reply_to_linked(agent, raised.ticket_ids, lambda t: f"Fixed now (ticket {t}).", prefix)  # a retry
    assert [o.message.id for o in again] == [o.message.id for o in outcomes]  # type: ignore[union-attr]
    for ticket_id in raised.ticket_ids:
        replies = [m for m in agent.messages(ticket_id) if m.body == f"Fixed now (ticket {ticket_id})."]
        assert len(replies) == 1 and not replies[0].internal and replies[0].author_kind == "agent"
        assert len(agent.messages(ticket_id)) == before[ticket_id] + 1


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_attachments_are_type_checked_and_size_limited(agent: ApiClient, tickets: list[int],
                                                       service: ServiceProcess) -> None:
    raised = escalate(agent, tickets[0], [])
    shot = agent.attach_to_escalation(raised.id, "error.png", _png())
    assert shot.content_type == "image/png" and shot.uploaded_by == "agent1"
    log = agent.attach_to_escalation(raised.id, "node.log", b"09:00:01 ERROR tron node height stalled\n")
    assert log.content_type == "text/plain" and log.filename.endswith(".log")
    url = f"{service.url}{API_PREFIX}/escalations/{raised.id}/attachments/{log.id}"
    download = requests.get(url, headers={"X-Engineering-Key": ENGINEERING_KEY}, timeout=30)
    assert download.content == b"09:00:01 ERROR tron node height stalled\n"
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    assert download.headers["Content-Disposition"].startswith("attachment")

    def upload(name: str, data: bytes) -> requests.Response:
        return requests.post(f"{service.url}{API_PREFIX}/escalations/{raised.id}/attachments", timeout=30,
                             headers={"Authorization": f"Bearer {agent.tokens.access_token}"},  # type: ignore
                             json={"filename": name, "content_base64": base64.b64encode(data).decode()})

    program = upload("screenshot.png", b"MZ\x90\x00" + b"\x00" * 200)
    assert program.status_code == 415 and program.json()["error"]["code"] == "attachment_executable"
    too_big = upload("big.log", b"a" * (MAX_ATTACHMENT_BYTES + 1))
    assert too_big.status_code == 413, too_big.text  # one byte over the limit: refused, never stored
    assert too_big.json()["error"]["code"] == "attachment_too_large"
    assert upload("limit.log", b"b" * MAX_ATTACHMENT_BYTES).status_code == 201  # exactly the limit is fine
    assert [a.filename for a in agent.escalation(raised.id).attachments][:2] == ["error.png", "node.log"]
