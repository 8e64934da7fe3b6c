"""Drafts and the outbox, kept per server and agent: in an encrypted SQLite file, or in memory.

`SqliteStore` is the workstation's file in the user data directory (WAL, synchronous=FULL, so a row
that was written survives a killed process). `MemoryStore` has the same interface and keeps
everything for this run only, for machines without a secure keyring. Both are safe to call from
several threads (a lock guards each call); calls block on disk, so the UI makes them off its thread.
The file's side (`desk_app.local.sqlite_store`, SQLAlchemy and the cipher) loads only when a store on disk
is opened, on that thread: it is a third of the workstation's imports (#7: cold start).
"""

from __future__ import annotations

import enum
import logging
import os
import threading
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import platformdirs

if TYPE_CHECKING:
    from desk_app.local.sqlite_store import SqliteStore  # noqa: F401  (type checkers see the class)

log = logging.getLogger(__name__)

FILE_NAME = "local.sqlite3"
SCHEMA_VERSION = 2  # 2: the outbox keeps each reply's seen_up_to


class DraftKind(enum.StrEnum):
    reply = "reply"
    note = "note"

    @classmethod
    def of(cls, internal: bool) -> DraftKind:
        return cls.note if internal else cls.reply


class OutboxState(enum.StrEnum):
    queued = "queued"  # waiting to be delivered
    failed = "failed"  # the service refused it for good; kept for the agent to see, copy or discard


@dataclass(frozen=True)
class Scope:
    """Whose store this is: one agent on one server."""

    server: str
    agent: str


@dataclass(frozen=True)
class Draft:
    ticket_id: int
    kind: DraftKind
    body: str
    updated_at: datetime


@dataclass(frozen=True)
class OutboxItem:
    """A message to deliver; `key` is its Idempotency-Key, the same on every try."""

    id: int
    ticket_id: int
    internal: bool
    body: str
    key: str
    created_at: datetime
    state: OutboxState = OutboxState.queued
    error: str | None = None  # the error code that made it fail (never text from the message)
    seen_up_to: int | None = None  # a reply's newest message the agent had seen (the service's collision check)


def default_directory() -> Path:
    """The user's data directory for the workstation (platformdirs)."""
    return Path(platformdirs.user_data_dir("desk-app", appauthor=False))


def _now() -> datetime:
    return datetime.now(UTC)


class LocalStore(Protocol):
    """What the workstation needs of its store."""

    persistent: bool

    def save_draft(self, ticket_id: int, kind: DraftKind, body: str) -> None: ...
    def drafts(self, ticket_id: int) -> list[Draft]: ...
    def delete_draft(self, ticket_id: int, kind: DraftKind) -> None: ...
    def enqueue(self, ticket_id: int, body: str, internal: bool, key: str | None = None,
                seen_up_to: int | None = None) -> OutboxItem: ...
    def outbox(self, ticket_id: int | None = None) -> list[OutboxItem]: ...
    def next_queued(self) -> OutboxItem | None: ...
    def delivered(self, item_id: int) -> None: ...
    def failed(self, item_id: int, error: str) -> None: ...
    def discard(self, item_id: int) -> None: ...
    def close(self) -> None: ...


# --- in memory ------------------------------------------------------------------------------------


class MemoryStore:
    """Drafts and outbox for this run only (no secure keyring: nothing goes to disk)."""

    persistent = False

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._drafts: dict[tuple[int, DraftKind], Draft] = {}
        self._outbox: dict[int, OutboxItem] = {}
        self._next = 1

    def save_draft(self, ticket_id: int, kind: DraftKind, body: str) -> None:
        with self._lock:
            if body.strip():
                self._drafts[(ticket_id, kind)] = Draft(ticket_id, kind, body, _now())
            else:
                self._drafts.pop((ticket_id, kind), None)

    def drafts(self, ticket_id: int) -> list[Draft]:
        with self._lock:
            found = [d for (t, _), d in self._drafts.items() if t == ticket_id]
        return sorted(found, key=lambda d: d.updated_at, reverse=True)

    def delete_draft(self, ticket_id: int, kind: DraftKind) -> None:
        with self._lock:
            self._drafts.pop((ticket_id, kind), None)

    def enqueue(self, ticket_id: int, body: str, internal: bool, key: str | None = None,
                seen_up_to: int | None = None) -> OutboxItem:
        with self._lock:
            item = OutboxItem(self._next, ticket_id, internal, body, key or str(uuid.uuid4()), _now(),
                              seen_up_to=seen_up_to)
            self._next += 1
            self._outbox[item.id] = item
            self._drafts.pop((ticket_id, DraftKind.of(internal)), None)
            return item

    def outbox(self, ticket_id: int | None = None) -> list[OutboxItem]:
        with self._lock:
            return [i for i in sorted(self._outbox.values(), key=lambda i: i.id)
                    if ticket_id is None or i.ticket_id == ticket_id]

    def next_queued(self) -> OutboxItem | None:
        return next((i for i in self.outbox() if i.state is OutboxState.queued), None)

    def delivered(self, item_id: int) -> None:
        self.discard(item_id)

    def failed(self, item_id: int, error: str) -> None:
        with self._lock:
            if item_id in self._outbox:
                self._outbox[item_id] = replace(self._outbox[item_id], state=OutboxState.failed, error=error)

    def discard(self, item_id: int) -> None:
        with self._lock:
            self._outbox.pop(item_id, None)

    def close(self) -> None:
        pass


def open_store(scope: Scope, key: bytes | None, directory: Path | None = None) -> LocalStore:
    """The store for `scope`: encrypted on disk with `key`, or in memory when there is no key."""
    if key is None:
        return MemoryStore()
    from desk_app.local.crypto import BodyCipher
    from desk_app.local.sqlite_store import SqliteStore  # noqa: F401  (type checkers see the class)

    directory = directory if directory is not None else default_directory()
    store = SqliteStore(directory / FILE_NAME, BodyCipher(key), scope)
    if os.name == "posix":
        for suffix in ("", "-wal", "-shm"):
            target = store.path.with_name(store.path.name + suffix)
            if target.exists():
                target.chmod(0o600)
    return store


def __getattr__(name: str) -> Any:
    """`SqliteStore` is still importable from here; SQLAlchemy loads when it is asked for."""
    if name == "SqliteStore":
        from desk_app.local.sqlite_store import SqliteStore

        return SqliteStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
