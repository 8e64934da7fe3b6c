"""Writes that take a desk-wide lock, made as the transaction commits (#7).

The audit chain and the event log each serialise their writers across processes on PostgreSQL with a
transaction-scoped advisory lock (audit.py: each entry hashes the one before; events.py: ids commit in id
order). Taken where a request appends, the lock was held for the rest of the request — its other queries,
its Python, the threads it waited for — and under load every write queued behind it (the bench's load
figure: writes 2–4 s, reads queued behind them at admission). Deferred to here, each lock is held only
for its own insert and the commit. Audit entries go first, then events, always in that order (no
deadlock between the two locks); each in the order they were asked for. A rolled-back transaction drops
them. Only on PostgreSQL: a SQLite writer holds the database's one write lock from its first statement.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

_PENDING = "desk_at_commit"
AUDIT, EVENTS = 0, 1  # the order the locks are taken in


def defer(session: Session, stage: int, write: Callable[[Session], None]) -> None:
    session.connection()  # in a transaction now, so its rollback drops what is deferred here
    pending: list[tuple[int, int, Callable[[Session], None]]] = session.info.setdefault(_PENDING, [])
    pending.append((stage, len(pending), write))


@event.listens_for(Session, "before_commit")
def _write_pending(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint's release: the outer transaction has not committed yet
        return
    pending = session.info.pop(_PENDING, None)
    for _stage, _seq, write in sorted(pending or [], key=lambda item: item[:2]):
        write(session)


@event.listens_for(Session, "after_transaction_end")
def _drop_pending(session: Session, transaction: SessionTransaction, *_: Any) -> None:
    if transaction.parent is None:  # the outermost transaction ended: committed (already written) or rolled back
        session.info.pop(_PENDING, None)
