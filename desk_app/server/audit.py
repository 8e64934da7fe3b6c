"""The append-only audit log. Each entry's hash covers its content and the hash before it, so an
edited, inserted or deleted row breaks the chain that `GET /audit/verify` walks."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.contract import AuditVerification
from desk_app.server import at_commit
from desk_app.server.models import AuditLog, utcnow

GENESIS = "0" * 64
_CHAIN_LOCK = 7_204_551  # PostgreSQL advisory lock id that serialises appends across processes


def _digest(prev_hash: str, at: datetime, actor: str, event: str, customer_id: int | None,
            ticket_id: int | None, action_id: int | None, details: dict[str, Any]) -> str:
    content = json.dumps(
        [prev_hash, at.isoformat(), actor, event, customer_id, ticket_id, action_id, details],
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )
    return hashlib.sha256(content.encode()).hexdigest()


def append(session: Session, actor: str, event: str, *, customer_id: int | None = None,
           ticket_id: int | None = None, action_id: int | None = None,
           details: dict[str, Any] | None = None) -> AuditLog:
    """Add an entry in the caller's transaction; it commits or rolls back with what it records.

    On PostgreSQL the entry is chained and written as the transaction commits (at_commit.py), under the
    chain's lock, so the lock is held only for that; SQLite writers already hold the database's write
    lock (BEGIN IMMEDIATE), and the entry is written at once."""
    entry = AuditLog(actor=actor, event=event, customer_id=customer_id, ticket_id=ticket_id, action_id=action_id,
                     details=details or {})
    if session.get_bind().dialect.name != "postgresql":
        _chain(session, entry)
        return entry

    def write(at_commit: Session) -> None:
        at_commit.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CHAIN_LOCK})
        _chain(at_commit, entry)

    at_commit.defer(session, at_commit.AUDIT, write)
    return entry


def _chain(session: Session, entry: AuditLog) -> None:
    """Link the entry to the newest one and write it (the caller holds the chain's lock)."""
    prev = session.scalar(select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)) or GENESIS
    entry.at, entry.prev_hash = utcnow(), prev
    entry.hash = _digest(prev, entry.at, entry.actor, entry.event, entry.customer_id, entry.ticket_id,
                         entry.action_id, entry.details)
    session.add(entry)
    session.flush()


def verify(session: Session, batch: int = 5000) -> AuditVerification:
    """Walk the whole chain in id order; report the first entry that does not fit."""
    prev, checked, last_id = GENESIS, 0, 0
    while True:
        rows = session.scalars(
            select(AuditLog).where(AuditLog.id > last_id).order_by(AuditLog.id).limit(batch)
        ).all()
        if not rows:
            return AuditVerification(ok=True, checked=checked, first_bad_id=None)
        for row in rows:
            expected = _digest(prev, row.at, row.actor, row.event, row.customer_id, row.ticket_id,
                               row.action_id, row.details)
            if row.prev_hash != prev or row.hash != expected:
                return AuditVerification(ok=False, checked=checked, first_bad_id=row.id)
            prev, checked, last_id = row.hash, checked + 1, row.id
