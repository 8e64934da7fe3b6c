"""The workstation's store on disk: drafts and the outbox in one encrypted SQLite file (see `store`).

Imported only when a store on disk is opened (`store.open_store`), so SQLAlchemy and the cipher stay out of
the workstation's start.
"""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, DateTime, Integer, LargeBinary, String, create_engine, delete, event, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from desk_app.local.crypto import BodyCipher, UnreadableBody
from desk_app.local.store import SCHEMA_VERSION, Draft, DraftKind, OutboxItem, OutboxState, Scope, _now, log


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
