"""The client's attachment calls against the real service: upload with progress and cancel, download to disk."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from desk_app.client import ApiClient, ValidationFailed
from desk_app.client.files import TransferCancelled
from desk_app.contract import AttachmentKind, MessageCreate, View
from tests.helpers import ServiceProcess, fresh_totp


@pytest.fixture(scope="module")
def client(service: ServiceProcess) -> ApiClient:
    api = ApiClient(service.url)
    api.login("agent1", "desk-demo", fresh_totp("agent1"))
    return api


def test_upload_reports_progress_and_sends_with_a_reply(client: ApiClient) -> None:
    ticket = client.tickets(View.all, limit=1).items[0]
    data = ("line of a long log\n" * 20_000).encode()
    seen: list[tuple[int, int]] = []
    item = client.upload_attachment(ticket.id, "server.log", data, progress=lambda done, total: seen.append(
        (done, total)))
    assert (item.kind, item.size, item.filename, item.message_id) == (AttachmentKind.text, len(data), "server.log",
                                                                      None)
    assert len(seen) > 3 and seen[-1] == (len(data), len(data))
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    message = client.post_message(ticket.id, MessageCreate(body="The log", attachment_ids=[item.id]), "files-1")
    assert [a.id for a in message.attachments] == [item.id]
    assert client.attachment_bytes(item.id) == data


def test_a_cancelled_upload_stores_nothing(client: ApiClient) -> None:
    ticket = client.tickets(View.all, limit=1).items[0]
    reads: list[int] = []
    with pytest.raises(TransferCancelled):
        client.upload_attachment(ticket.id, "big.txt", b"x" * 500_000, progress=lambda d, t: reads.append(d),
                                 cancelled=lambda: len(reads) >= 2)
    assert reads and reads[-1] < 500_000


def test_refusals_are_typed_errors(client: ApiClient) -> None:
    ticket = client.tickets(View.all, limit=1).items[0]
    with pytest.raises(Exception) as refused:
        client.upload_attachment(ticket.id, "receipt.png", b"MZ" + b"\0" * 300)
    assert getattr(refused.value, "code", None) == "attachment_executable"
    assert getattr(refused.value, "status", None) == 415
    with pytest.raises(ValidationFailed):  # 422: a damaged image
        client.upload_attachment(ticket.id, "x.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40)


def test_save_streams_to_disk_and_thumbnails_are_pngs(client: ApiClient, tmp_path: Path) -> None:
    ticket = client.tickets(View.all, limit=1).items[0]
    picture = io.BytesIO()
    Image.new("RGB", (800, 600), "purple").save(picture, "PNG")
    item = client.upload_attachment(ticket.id, "screen.png", picture.getvalue())
    target = tmp_path / "screen.png"
    progress: list[int] = []
    assert client.save_attachment(item.id, target, progress=lambda d, t: progress.append(d)) == item.size
    assert target.read_bytes() == client.attachment_bytes(item.id)
    assert Image.open(io.BytesIO(client.attachment_bytes(item.id, thumbnail=True))).size == (320, 240)
    cancelled = tmp_path / "cancelled.png"
    with pytest.raises(TransferCancelled):
        client.save_attachment(item.id, cancelled, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [target]  # no partial file left behind
