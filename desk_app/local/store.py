"""Drafts and the outbox, kept per server and agent: in an encrypted SQLite file, or in memory.

`SqliteStore` is the workstation's file in the user data directory (WAL, synchronous=FULL, so a row
that was written survives a killed process). `MemoryStore` has the same interface and keeps
everything for this run only, for machines without a secure keyring. Both are safe to call from
several threads (a lock guards each call); calls block on disk, so the UI makes them off its thread.
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
from typing import Any, Protocol

import platformdirs
from sqlalchemy import Boolean, DateTime, Integer, LargeBinary, String, create_engine, delete, event, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from desk_app.local.crypto import BodyCipher, UnreadableBody

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


# --- on disk --------------------------------------------------------------------------------------


class _Base(DeclarativeBase):
    pass


class _DraftRow(_Base):
    __tablename__ = "drafts"

    owner: Mapped[str] = mapped_column(String(32), primary_key=True)  # an HMAC of server and agent
    ticket_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    body: Mapped[bytes] = mapped_column(LargeBinary)  # nonce + AES-GCM ciphertext
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class _OutboxRow(_Base):
    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}  # ids only grow: they are the delivery order

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(32), index=True)
    ticket_id: Mapped[int] = mapped_column(Integer)
    internal: Mapped[bool] = mapped_column(Boolean)
    key: Mapped[str] = mapped_column(String(100))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    state: Mapped[str] = mapped_column(String(8), default=OutboxState.queued.value)
    error: Mapped[str | None] = mapped_column(String(64), nullable=True)
    seen_up_to: Mapped[int | None] = mapped_column(Integer, nullable=True)  # an id: nothing to encrypt


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class SqliteStore:
    """The encrypted store in one SQLite file; one instance per server and agent."""

    persistent = True

    def __init__(self, path: Path, cipher: BodyCipher, scope: Scope) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            path.touch(mode=0o600)
        self.path = path
        self._cipher = cipher
        self._owner = cipher.owner(scope.server, scope.agent)
        self._lock = threading.Lock()
        self._engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(self._engine, "connect", _pragmas)
        with self._engine.begin() as connection:
            version = connection.exec_driver_sql("PRAGMA user_version").scalar()
            if version > SCHEMA_VERSION:
                raise RuntimeError(f"the local store {path} was written by a newer desk-app (schema {version})")
            if version == 1:  # written by 0.1.0 before replies kept what their agent had seen
                connection.exec_driver_sql("ALTER TABLE outbox ADD COLUMN seen_up_to INTEGER")
            _Base.metadata.create_all(connection)
            connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _session(self) -> Session:
        return Session(self._engine, expire_on_commit=False)

    def _draft_context(self, ticket_id: int, kind: DraftKind) -> str:
        return f"draft\0{self._owner}\0{ticket_id}\0{kind.value}"

    def _outbox_context(self, ticket_id: int, internal: bool, key: str) -> str:
        return f"outbox\0{self._owner}\0{ticket_id}\0{int(internal)}\0{key}"

    # --- drafts -----------------------------------------------------------------------------------

    def save_draft(self, ticket_id: int, kind: DraftKind, body: str) -> None:
        """Keeps the text being written (an empty text deletes the draft)."""
        if not body.strip():
            self.delete_draft(ticket_id, kind)
            return
        blob = self._cipher.encrypt(body, self._draft_context(ticket_id, kind))
        with self._lock, self._session() as session, session.begin():
            session.merge(_DraftRow(owner=self._owner, ticket_id=ticket_id, kind=kind.value, body=blob,
                                    updated_at=_now()))

    def drafts(self, ticket_id: int) -> list[Draft]:
        """This ticket's drafts, the most recently written first; unreadable ones are dropped."""
        with self._lock, self._session() as session:
            rows = session.scalars(select(_DraftRow).where(_DraftRow.owner == self._owner,
                                                           _DraftRow.ticket_id == ticket_id)
                                   .order_by(_DraftRow.updated_at.desc())).all()
        found: list[Draft] = []
        for row in rows:
            kind = DraftKind(row.kind)
            try:
                body = self._cipher.decrypt(row.body, self._draft_context(ticket_id, kind))
            except UnreadableBody:
                log.warning("dropped an unreadable draft for ticket %s", ticket_id)
                self.delete_draft(ticket_id, kind)
                continue
            found.append(Draft(ticket_id, kind, body, _aware(row.updated_at)))
        return found

    def delete_draft(self, ticket_id: int, kind: DraftKind) -> None:
        with self._lock, self._session() as session, session.begin():
            session.execute(delete(_DraftRow).where(_DraftRow.owner == self._owner, _DraftRow.ticket_id == ticket_id,
                                                    _DraftRow.kind == kind.value))

    # --- outbox -----------------------------------------------------------------------------------

    def enqueue(self, ticket_id: int, body: str, internal: bool, key: str | None = None,
                seen_up_to: int | None = None) -> OutboxItem:
        """Queues a message and deletes its draft in one transaction: after a crash it is one or the other."""
        key = key or str(uuid.uuid4())
        blob = self._cipher.encrypt(body, self._outbox_context(ticket_id, internal, key))
        kind = DraftKind.of(internal)
        with self._lock, self._session() as session, session.begin():
            row = _OutboxRow(owner=self._owner, ticket_id=ticket_id, internal=internal, key=key, body=blob,
                             created_at=_now(), state=OutboxState.queued.value, seen_up_to=seen_up_to)
            session.add(row)
            session.execute(delete(_DraftRow).where(_DraftRow.owner == self._owner, _DraftRow.ticket_id == ticket_id,
                                                    _DraftRow.kind == kind.value))
            session.flush()
            return OutboxItem(row.id, ticket_id, internal, body, key, _aware(row.created_at), seen_up_to=seen_up_to)

    def outbox(self, ticket_id: int | None = None) -> list[OutboxItem]:
        """Queued and failed messages, oldest first (of one ticket, or all)."""
        query = select(_OutboxRow).where(_OutboxRow.owner == self._owner).order_by(_OutboxRow.id)
        if ticket_id is not None:
            query = query.where(_OutboxRow.ticket_id == ticket_id)
        with self._lock, self._session() as session:
            rows = session.scalars(query).all()
        return [item for row in rows if (item := self._item(row)) is not None]

    def next_queued(self) -> OutboxItem | None:
        """The oldest message still to deliver."""
        query = (select(_OutboxRow).where(_OutboxRow.owner == self._owner,
                                          _OutboxRow.state == OutboxState.queued.value)
                 .order_by(_OutboxRow.id).limit(1))
        while True:
            with self._lock, self._session() as session:
                row = session.scalars(query).first()
            if row is None:
                return None
            item = self._item(row)
            if item is not None:
                return item

    def _item(self, row: _OutboxRow) -> OutboxItem | None:
        try:
            body = self._cipher.decrypt(row.body, self._outbox_context(row.ticket_id, row.internal, row.key))
        except UnreadableBody:
            log.warning("an unreadable queued message (outbox %s) cannot be delivered; it was marked failed", row.id)
            self.failed(row.id, "unreadable")
            return None
        return OutboxItem(row.id, row.ticket_id, row.internal, body, row.key, _aware(row.created_at),
                          OutboxState(row.state), row.error, row.seen_up_to)

    def delivered(self, item_id: int) -> None:
        self.discard(item_id)

    def failed(self, item_id: int, error: str) -> None:
        with self._lock, self._session() as session, session.begin():
            session.execute(update(_OutboxRow).where(_OutboxRow.owner == self._owner, _OutboxRow.id == item_id)
                            .values(state=OutboxState.failed.value, error=error[:64]))

    def discard(self, item_id: int) -> None:
        with self._lock, self._session() as session, session.begin():
            session.execute(delete(_OutboxRow).where(_OutboxRow.owner == self._owner, _OutboxRow.id == item_id))

    def close(self) -> None:
        self._engine.dispose()


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # a queued message is on disk before the UI says so
    cursor.execute("PRAGMA secure_delete=ON")  # deleted drafts are overwritten, not left in free pages
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def open_store(scope: Scope, key: bytes | None, directory: Path | None = None) -> LocalStore:
    """The store for `scope`: encrypted on disk with `key`, or in memory when there is no key."""
    if key is None:
        return MemoryStore()
    directory = directory if directory is not None else default_directory()
    store = SqliteStore(directory / FILE_NAME, BodyCipher(key), scope)
    if os.name == "posix":
        for suffix in ("", "-wal", "-shm"):
            target = store.path.with_name(store.path.name + suffix)
            if target.exists():
                target.chmod(0o600)
    return store
