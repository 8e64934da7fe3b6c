"""Uploads no message carried are swept after a day, bytes and all unless something else uses them; every
download of a file is audited (#13). On SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import os
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import update

from desk_app.contract import API_PREFIX
from desk_app.server.models import Attachment, AttachmentBlob, utcnow
from desk_app.server.storage import FolderStore, default_folder
from tests.helpers import INTEGRATION_KEY, ServiceProcess
from tests.server.desk_api import TIMEOUT, Desk, created, database_url, desk_fixture, error, ok, wait_until

DAY = timedelta(hours=24)


@pytest.fixture(scope="module")
def desk(any_service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(any_service)


def _upload(desk: Desk, ticket: int, data: bytes, name: str = "steps.txt", who: str = "agent1") -> dict[str, object]:
    return created(desk.agent(who).post(f"/tickets/{ticket}/attachments", params={"filename": name}, data=data))


def _file(desk: Desk, digest: str) -> Path:
    return FolderStore(default_folder(database_url(desk.service)))._path(digest)


def _age(desk: Desk, attachment_id: int, by: timedelta) -> None:
    """As if the upload had been made `by` ago: its row, and its file's modification time."""
    with desk.db.session() as session:
        row = session.get(Attachment, attachment_id)
        assert row is not None
        session.execute(update(Attachment).where(Attachment.id == attachment_id)
                        .values(created_at=utcnow() - by))
        digest = row.sha256
    path = _file(desk, digest)
    old = time.time() - by.total_seconds()
    os.utime(path, (old, old))


def _exists(desk: Desk, attachment_id: int) -> bool:
    with desk.db.session(write=False) as session:
        return session.get(Attachment, attachment_id) is not None


def test_an_upload_never_sent_is_swept_after_a_day_with_its_file(desk: Desk) -> None:
    ticket = desk.ticket(desk.customer(), "Upload sweep")
    agent = desk.agent("agent1")
    stale = _upload(desk, ticket, f"stale {uuid.uuid4()}\n".encode())
    fresh = _upload(desk, ticket, f"fresh {uuid.uuid4()}\n".encode())
    shared = f"shared {uuid.uuid4()}\n".encode()
    sent = _upload(desk, ticket, shared)
    created(agent.post(f"/tickets/{ticket}/messages", json={"body": "Steps attached", "attachment_ids": [sent["id"]]}))
    same_bytes = _upload(desk, ticket, shared, "again.txt")  # the same file again, never sent
    for item in (stale, sent, same_bytes):
        _age(desk, int(item["id"]), DAY + timedelta(minutes=5))  # type: ignore[call-overload]
    _age(desk, int(fresh["id"]), DAY - timedelta(hours=1))  # type: ignore[call-overload]

    wait_until(lambda: not _exists(desk, stale["id"]) and not _exists(desk, same_bytes["id"]),  # type: ignore[arg-type]
               timeout=30, what="the sweeper to delete the stale uploads")
    assert not _file(desk, str(stale["sha256"])).exists()
    with desk.db.session(write=False) as session:
        assert session.get(AttachmentBlob, stale["sha256"]) is None
        assert session.get(AttachmentBlob, sent["sha256"]) is not None
    assert _exists(desk, fresh["id"]) and _exists(desk, sent["id"])  # type: ignore[arg-type]
    assert _file(desk, str(sent["sha256"])).read_bytes() == shared  # still on a sent message: kept
    assert agent.get(f"/attachments/{sent['id']}").content == shared
    error(agent.get(f"/attachments/{stale['id']}"), 404, "not_found")
    error(agent.post(f"/tickets/{ticket}/messages", json={"body": "Late", "attachment_ids": [stale["id"]]}),
          422, "attachment_unusable")
    created(agent.post(f"/tickets/{ticket}/messages", json={"body": "Fresh one", "attachment_ids": [fresh["id"]]}))


def _inbound_file(desk: Desk, customer: int, ticket: int) -> tuple[int, bytes]:
    data = f"customer log {uuid.uuid4()}\n".encode()
    answer = requests.post(f"{desk.url}{API_PREFIX}/inbound/messages", timeout=TIMEOUT,
                           headers={"X-Integration-Key": INTEGRATION_KEY},
                           json={"channel": "email", "customer_id": customer, "ticket_id": ticket, "subject": "Log",
                                 "body": "Here is my log", "language": "en",
                                 "attachments": [{"filename": "app.log.txt", "content_type": "text/plain",
                                                  "data_base64": base64.b64encode(data).decode()}]})
    assert answer.status_code == 201, answer.text
    return answer.json()["attachment_ids"][0], data


def test_downloading_a_customers_file_is_audited(desk: Desk) -> None:
    customer = desk.customer()
    ticket = desk.ticket(customer, "Audited download")
    attachment_id, data = _inbound_file(desk, customer, ticket)
    assert not [e for e in desk.audit(ticket_id=ticket) if e["event"] == "attachment.downloaded"]

    answer = desk.agent("agent2").get(f"/attachments/{attachment_id}")
    assert answer.status_code == 200 and answer.content == data
    entries = [e for e in desk.audit(ticket_id=ticket) if e["event"] == "attachment.downloaded"]
    assert len(entries) == 1
    entry = entries[0]
    assert (entry["actor"], entry["ticket_id"], entry["customer_id"]) == ("agent2", ticket, customer)
    assert entry["details"]["attachment_id"] == attachment_id and entry["details"]["filename"] == "app.log.txt"
    assert entry["details"]["from"] == "customer"
    # a refused download records nothing; every download by anyone does
    error(desk.agent("agent1").get("/attachments/987654321"), 404, "not_found")
    ok_answer = desk.agent("agent1").get(f"/attachments/{attachment_id}")
    assert ok_answer.status_code == 200
    actors = [e["actor"] for e in desk.audit(ticket_id=ticket) if e["event"] == "attachment.downloaded"]
    assert actors == ["agent2", "agent1"]
    assert ok(desk.agent("super1").get("/audit/verify"))["ok"]
