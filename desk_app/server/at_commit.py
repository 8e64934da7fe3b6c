"""The audit chain and the event log, written on PostgreSQL as the transaction commits, in one call (#7).

Both logs serialise their writers across processes with a desk-wide lock: each audit entry hashes the one
before it (audit.py), and event ids must commit in id order so that a stream that has read up to id N never
later misses one below it (events.py). Under load every audited write queued on those locks, so how long a
writer holds them is the desk's write throughput. A transaction therefore only collects its entries and
events here; as it commits, everything else is flushed first (its rows and #10's counters, whose row locks
are taken outside the desk-wide ones), and then one call of `desk_append_log` (migration 0012) takes the
locks, chains and inserts the entries, inserts the events and notifies the streams. The locks are held for
that call and the commit. A rolled-back transaction drops what it collected. SQLite needs none of this: a
writer holds the database's one write lock from its first statement, and audit.py and events.py write at once.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session, SessionTransaction

from desk_app.server import rollups

_PENDING = "desk_log_at_commit"
_APPEND = text("SELECT desk_append_log(CAST(:entries AS jsonb), CAST(:events AS jsonb))")


def _pending(session: Session) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    session.connection()  # in a transaction now, so its rollback drops what is collected here
    found: tuple[list[dict[str, Any]], list[dict[str, Any]]] = session.info.setdefault(_PENDING, ([], []))
    return found


def audit_entry(session: Session, entry: dict[str, Any]) -> None:
    """An audit entry for desk_append_log: at, actor, event, the three ids, details (JSON text) and tail."""
    _pending(session)[0].append(entry)


def event_row(session: Session, row: dict[str, Any]) -> None:
    """An event for desk_append_log: at, kind, audience and data (JSON text) and the three ids."""
    _pending(session)[1].append(row)


@event.listens_for(Session, "before_commit")
def _write_pending(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint's release: the outer transaction has not committed yet
        return
    entries, events = session.info.pop(_PENDING, ([], []))
    if not entries and not events:
        return
    session.flush()
    rollups.settle(session)
    session.execute(_APPEND, {"entries": json.dumps(entries), "events": json.dumps(events)})


@event.listens_for(Session, "after_transaction_end")
def _drop_pending(session: Session, transaction: SessionTransaction, *_: Any) -> None:
    if transaction.parent is None:  # the outermost transaction ended: committed (already written) or rolled back
        session.info.pop(_PENDING, None)
