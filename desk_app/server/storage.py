"""Where attachment bytes live: a small content-addressed store, named by the SHA-256 of what it holds.

The service only ever calls `put`, `open` and `exists`, so an exchange can plug in its own object
store (S3, GCS, a WORM archive) by implementing `BlobStore` and setting `app.state.attachment_store`.
The default keeps files in a folder beside the database.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, Protocol

from sqlalchemy.engine import make_url

DIGEST = re.compile(r"^[0-9a-f]{64}$")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore(Protocol):
    """Put, open and check files by the SHA-256 (lower-case hex) of their bytes."""

    def put(self, digest: str, data: bytes) -> None:
        """Stores `data` under `digest` (its SHA-256); storing the same bytes again is a no-op."""

    def open(self, digest: str) -> BinaryIO:
        """The stored bytes, to be read and closed by the caller; FileNotFoundError if there are none."""

    def exists(self, digest: str) -> bool:
        """Whether bytes with this digest are stored."""


class DeletableStore(Protocol):
    """A store that can also delete (optional: the sweep of stale unsent uploads frees space with it)."""

    def delete(self, digest: str, idle_seconds: float) -> bool:
        """Deletes the bytes unless they were stored (or stored again) within `idle_seconds`; True if gone."""


class FolderStore:
    """Files in `root/ab/cd/abcd…`, written to a temporary name and renamed, so a reader never sees half a file."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, digest: str) -> Path:
        if not DIGEST.match(digest):
            raise ValueError("not a SHA-256 digest")
        return self.root / digest[:2] / digest[2:4] / digest

    def put(self, digest: str, data: bytes) -> None:
        if sha256(data) != digest:
            raise ValueError("the data does not match its digest")
        path = self._path(digest)
        if path.exists():
            os.utime(path)  # stored again: a sweep deleting it now would take it from under the new upload
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def open(self, digest: str) -> BinaryIO:
        return self._path(digest).open("rb")

    def exists(self, digest: str) -> bool:
        return self._path(digest).is_file()

    def delete(self, digest: str, idle_seconds: float) -> bool:
        path = self._path(digest)
        try:
            if time.time() - path.stat().st_mtime < idle_seconds:
                return False
            path.unlink()
        except FileNotFoundError:
            pass
        return True


def default_folder(database_url: str) -> Path:
    """`attachments/` beside a SQLite database file; for a server database, in the service's data folder."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).resolve().parent / "attachments"
    import platformdirs

    return Path(platformdirs.user_data_dir("desk-server", appauthor=False)) / "attachments"


def folder_store(attachments_dir: str, database_url: str) -> FolderStore:
    return FolderStore(Path(attachments_dir) if attachments_dir else default_folder(database_url))
