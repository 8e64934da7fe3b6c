"""The append-only audit log. Each entry's hash covers its content and the hash before it, so an
edited, inserted or deleted row breaks the chain that `GET /audit/verify` walks."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.contract import AuditVerification
from desk_app.server import at_commit
from desk_app.server.models import AuditLog, utcnow

GENESIS = "0" * 64


def _content(at: datetime, actor: str, event: str, customer_id: int | None, ticket_id: int | None,
             action_id: int | None, details: dict[str, Any]) -> str:
    """What an entry's hash covers after the previous hash: the rest of the JSON array, from its first comma."""
    content = json.dumps([at.isoformat(), actor, event, customer_id, ticket_id, action_id, details],
                         sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return content[1:]


def _digest(prev_hash: str, at: datetime, actor: str, event: str, customer_id: int | None,
            ticket_id: int | None, action_id: int | None, details: dict[str, Any]) -> str:
    """SHA-256 of the JSON array [prev_hash, at, actor, event, customer_id, ticket_id, action_id, details]."""
    tail = _content(at, actor, event, customer_id, ticket_id, action_id, details)
    return hashlib.sha256(f'["{prev_hash}",{tail}'.encode()).hexdigest()


def append(session: Session, actor: str, event: str, *, customer_id: int | None = None,
           ticket_id: int | None = None, action_id: int | None = None,
           details: dict[str, Any] | None = None) -> None:
    """Add an entry in the caller's transaction; it commits or rolls back with what it records.

    SQLite writers already hold the database's write lock (BEGIN IMMEDIATE): the entry is chained and
    written at once. On PostgreSQL the database chains it as the transaction commits, in the one call that
    holds the chain's lock (at_commit.py); the entry's content, and so its hash, are fixed here."""
    at, details = utcnow(), details or {}
    if session.get_bind().dialect.name != "postgresql":
        prev = session.scalar(select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)) or GENESIS
        session.add(AuditLog(at=at, actor=actor, event=event, customer_id=customer_id, ticket_id=ticket_id,
                             action_id=action_id, details=details, prev_hash=prev,
                             hash=_digest(prev, at, actor, event, customer_id, ticket_id, action_id, details)))
        session.flush()
        return
    at_commit.audit_entry(session, {
        "at": at.isoformat(), "actor": actor, "event": event, "customer_id": customer_id, "ticket_id": ticket_id,
        "action_id": action_id, "details": json.dumps(details),
        "tail": _content(at, actor, event, customer_id, ticket_id, action_id, details),
    })


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
