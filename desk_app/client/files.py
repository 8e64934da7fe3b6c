"""Typed calls for attachments (#13): upload a file with progress and cancel, fetch thumbnails and images,
save a file to disk as it streams.

`AttachmentCalls` is mixed into `ApiClient`. Calls block; the UI runs them on worker threads and passes
a `progress(done, total)` callback and a `cancelled()` check, both called on that worker thread.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import requests

from desk_app.client.base import BaseClient
from desk_app.client.errors import ApiError, error_from_exception
from desk_app.contract import AttachmentOut

Progress = Callable[[int, int], None]
CHUNK = 64 * 1024
UPLOAD_TIMEOUT = (3.05, 120)


class TransferCancelled(Exception):
    """The agent cancelled an upload or download; nothing was kept."""


def _never() -> bool:
    return False


class _ProgressReader:
    """A request body read in chunks by http.client: reports progress and stops when cancelled."""

    def __init__(self, data: bytes, progress: Progress | None, cancelled: Callable[[], bool]) -> None:
        self.data, self.progress, self.cancelled, self.position = data, progress, cancelled, 0

    def __len__(self) -> int:  # requests sends Content-Length, not a chunked body
        return len(self.data)

    def read(self, size: int = -1) -> bytes:
        if self.cancelled():
            raise TransferCancelled()
        size = min(size if size > 0 else CHUNK, CHUNK)
        chunk = self.data[self.position:self.position + size]
        self.position += len(chunk)
        if self.progress is not None:
            self.progress(self.position, len(self.data))
        return chunk


class AttachmentCalls(BaseClient):
    """Attachments: upload to a ticket, download, thumbnails."""

    def upload_attachment(self, ticket_id: int, filename: str, data: bytes, progress: Progress | None = None,
                          cancelled: Callable[[], bool] = _never) -> AttachmentOut:
        """Uploads one file to a ticket; the reply or note that sends it names the returned id."""
        self._send("GET", f"/tickets/{int(ticket_id)}").close()  # renews an expiring token before a long body
        reader = _ProgressReader(data, progress, cancelled)
        response = self._send("POST", f"/tickets/{int(ticket_id)}/attachments", params={"filename": filename},
                              headers={"Content-Type": "application/octet-stream"}, data=reader,
                              timeout=UPLOAD_TIMEOUT)
        with response:
            return self._parse(response, AttachmentOut)

    def attachment_bytes(self, attachment_id: int, thumbnail: bool = False, limit: int = 64 * 1024 * 1024) -> bytes:
        """The stored file (or its PNG thumbnail) in memory: for images the desk shows."""
        path = f"/attachments/{int(attachment_id)}" + ("/thumbnail" if thumbnail else "")
        failure: ApiError | None = None
        with self._send("GET", path, stream=True) as response:
            chunks, size = [], 0
            try:
                for chunk in response.iter_content(CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise ValueError("the attachment is larger than expected")
                    chunks.append(chunk)
            except requests.RequestException as exc:  # the connection broke mid-file
                failure = error_from_exception(exc)
        if failure is not None:
            raise failure
        return b"".join(chunks)

    def save_attachment(self, attachment_id: int, destination: Path, progress: Progress | None = None,
                        cancelled: Callable[[], bool] = _never) -> int:
        """Streams the file into `destination` (written beside it, then renamed); the bytes written."""
        with self._send("GET", f"/attachments/{int(attachment_id)}", stream=True) as response:
            total = int(response.headers.get("Content-Length") or 0)
            fd, partial = tempfile.mkstemp(dir=destination.parent, prefix=".desk-download-")
            done = 0
            try:
                with os.fdopen(fd, "wb") as out:
                    for chunk in response.iter_content(CHUNK):
                        if cancelled():
                            raise TransferCancelled()
                        out.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
                os.replace(partial, destination)
            except requests.RequestException as exc:  # the connection broke mid-file: nothing is kept
                Path(partial).unlink(missing_ok=True)
                failure: ApiError | None = error_from_exception(exc)
            except BaseException:
                Path(partial).unlink(missing_ok=True)
                raise
            else:
                failure = None
        if failure is not None:
            raise failure
        return done
