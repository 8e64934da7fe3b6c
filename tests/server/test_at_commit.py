"""#7: audit entries and events are written as their transaction commits on PostgreSQL (each desk-wide lock
held only that long), at once on SQLite; either way they commit or roll back with the transaction."""

from __future__ import annotations

import threading

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.server import audit, events, migrations
from desk_app.server.db import Database
from desk_app.server.models import AuditLog, Event


def _counts(session: Session) -> tuple[int, int]:
    return (session.scalar(select(func.count()).select_from(Event)) or 0,
            session.scalar(select(func.count()).select_from(AuditLog)) or 0)


def test_entries_commit_and_roll_back_with_their_transaction(db_url: str) -> None:
    db = Database.connect(db_url)
    try:
        migrations.upgrade(db.write_engine)
        with db._maker(write=True)() as session:
            before = _counts(session)
            events.publish(session, "test.kept", data={"n": 1})
            audit.append(session, "tester", "test.kept")
            with session.begin_nested():  # a savepoint's release is not the commit
                pass
            session.commit()
            events.publish(session, "test.dropped")
            audit.append(session, "tester", "test.dropped")
            session.rollback()
            session.commit()
            assert _counts(session) == (before[0] + 1, before[1] + 1)
            assert session.scalar(select(Event.kind).order_by(Event.id.desc()).limit(1)) == "test.kept"
            assert audit.verify(session).ok
    finally:
        db.dispose()


def test_concurrent_appends_keep_one_chain(db_url: str) -> None:
    """Eight writers at once, each in its own transaction: every entry lands once and the chain verifies."""
    db = Database.connect(db_url)
    try:
        migrations.upgrade(db.write_engine)
        barrier = threading.Barrier(8)

        def write(i: int) -> None:
            barrier.wait()
            for j in range(5):
                with db.session() as session:
                    audit.append(session, f"writer{i}", "test.concurrent", details={"j": j})
                    events.publish(session, "test.concurrent", data={"i": i, "j": j})

        threads = [threading.Thread(target=write, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        with db.session() as session:
            assert session.scalar(select(func.count()).where(AuditLog.event == "test.concurrent")) == 40
            assert session.scalar(select(func.count()).where(Event.kind == "test.concurrent")) == 40
            assert audit.verify(session).ok
    finally:
        db.dispose()
