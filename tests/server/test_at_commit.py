"""#7: audit entries and events are written as their transaction commits on PostgreSQL, in one call that holds
the desk-wide locks only for itself and the commit; at once on SQLite; either way they commit or roll back with
the transaction."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text
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


def test_details_of_every_shape_keep_the_chain_verifiable(db_url: str) -> None:
    """The database stores the details as the service wrote them, so the hash made from the stored row matches."""
    db = Database.connect(db_url)
    awkward = {"z": 1e20, "a": 0.1, "quote": 'say "hi"\\', "nul": "a\u0000b", "rtl": "مرحبا", "emoji": "🔐",
               "nested": {"b": [1, None, True], "a": {}}, "big": 2**62}
    try:
        migrations.upgrade(db.write_engine)
        with db.session() as session:
            audit.append(session, "tester", "test.awkward", customer_id=7, details=awkward)
            events.publish(session, "test.awkward", audience=["supervisor"], data=awkward)
        with db.session() as session:
            stored = session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
            assert (stored.event, stored.customer_id, stored.details) == ("test.awkward", 7, awkward)
            event = session.scalars(select(Event).order_by(Event.id.desc()).limit(1)).one()
            assert (event.kind, event.audience, event.data) == ("test.awkward", ["supervisor"], awkward)
            assert audit.verify(session).ok
    finally:
        db.dispose()


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_the_desk_wide_locks_are_not_held_before_the_commit(db_url: str) -> None:
    """A transaction that has audited and published holds neither lock until it commits: other writers go on."""
    db = Database.connect(db_url)
    try:
        migrations.upgrade(db.write_engine)
        with db.session() as writer:
            audit.append(writer, "tester", "test.open")
            events.publish(writer, "test.open")
            writer.flush()
            with db.write_engine.connect() as other:
                for lock in (7_204_551, 7_204_552):  # the chain's and the events' (migration 0012)
                    assert other.scalar(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": lock})
                other.rollback()
            with db.session() as meanwhile:
                audit.append(meanwhile, "tester", "test.meanwhile")
        with db.session() as session:
            events_written = session.scalars(select(AuditLog.event).order_by(AuditLog.id.desc()).limit(2)).all()
            assert events_written == ["test.open", "test.meanwhile"]
            assert audit.verify(session).ok
    finally:
        db.dispose()
