"""The local store: drafts and outbox per agent and server, encrypted at rest, in order, or in memory."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.local.crypto import BodyCipher
from desk_app.local.store import (
    FILE_NAME,
    DraftKind,
    LocalStore,
    MemoryStore,
    OutboxState,
    Scope,
    SqliteStore,
    open_store,
)

KEY = bytes(range(32))
SCOPE = Scope("https://desk.example.com", "agent1")
SECRET_TEXT = "Your withdrawal to bc1qplaintextmarker will clear tomorrow"


@pytest.fixture(params=["sqlite", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LocalStore]:
    made: LocalStore = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), SCOPE) if request.param == "sqlite" \
        else MemoryStore()
    yield made
    made.close()


def raw_bytes(directory: Path) -> bytes:
    """Everything the data directory holds, as someone copying it would get it."""
    return b"".join(p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file())


def test_a_draft_is_kept_per_ticket_and_kind_and_empty_text_deletes_it(store: LocalStore) -> None:
    store.save_draft(7, DraftKind.reply, "Dear customer,")
    store.save_draft(7, DraftKind.note, "Checked the chain")
    store.save_draft(8, DraftKind.reply, "Other ticket")
    assert {(d.kind, d.body) for d in store.drafts(7)} == {(DraftKind.reply, "Dear customer,"),
                                                           (DraftKind.note, "Checked the chain")}
    store.save_draft(7, DraftKind.reply, "Dear customer, we")
    assert store.drafts(7)[0].body == "Dear customer, we"  # the most recent first
    store.save_draft(7, DraftKind.reply, "   ")
    assert [d.kind for d in store.drafts(7)] == [DraftKind.note]
    store.delete_draft(7, DraftKind.note)
    assert store.drafts(7) == [] and [d.body for d in store.drafts(8)] == ["Other ticket"]


def test_queueing_deletes_the_draft_of_that_kind_and_keeps_the_order(store: LocalStore) -> None:
    store.save_draft(7, DraftKind.reply, "first reply")
    store.save_draft(7, DraftKind.note, "a note in progress")
    first = store.enqueue(7, "first reply", internal=False)
    second = store.enqueue(9, "second", internal=True, key="fixed-key")
    third = store.enqueue(7, "third", internal=False)
    assert [d.kind for d in store.drafts(7)] == [DraftKind.note]  # only the reply's draft went
    assert [i.body for i in store.outbox()] == ["first reply", "second", "third"]
    assert [i.id for i in store.outbox(7)] == [first.id, third.id]
    assert second.key == "fixed-key" and first.key != third.key and len(first.key) >= 32
    assert store.next_queued() == first
    store.delivered(first.id)
    store.failed(second.id, "not_found")
    assert store.next_queued() == third  # a refused message does not hold up the rest
    refused = store.outbox(9)[0]
    assert (refused.state, refused.error, refused.body) == (OutboxState.failed, "not_found", "second")
    store.discard(second.id)
    store.delivered(third.id)
    assert store.outbox() == [] and store.next_queued() is None


def test_another_agent_or_server_sees_nothing(tmp_path: Path) -> None:
    mine = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), SCOPE)
    mine.save_draft(7, DraftKind.reply, "mine")
    mine.enqueue(8, "queued", internal=False)
    for other_scope in (Scope(SCOPE.server, "agent2"), Scope("https://other.example.com", SCOPE.agent)):
        other = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), other_scope)
        assert other.drafts(7) == [] and other.outbox() == [] and other.next_queued() is None
        other.close()
    again = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), SCOPE)  # a restart finds it all
    assert [d.body for d in again.drafts(7)] == ["mine"] and [i.body for i in again.outbox()] == ["queued"]
    mine.close()
    again.close()


def test_a_copied_data_directory_reveals_neither_texts_nor_who_wrote_them(tmp_path: Path) -> None:
    store = open_store(SCOPE, KEY, tmp_path)
    store.save_draft(7, DraftKind.reply, SECRET_TEXT)
    store.save_draft(8, DraftKind.note, "Ünïcödé " + SECRET_TEXT)
    store.enqueue(9, SECRET_TEXT + " (queued)", internal=False)
    data = raw_bytes(tmp_path)
    assert len(data) > 4096
    for needle in ("plaintextmarker", "Ünïcödé", SCOPE.agent, "desk.example.com", "withdrawal"):
        assert needle.encode("utf-8") not in data and needle.encode("utf-16-le") not in data
    store.close()
    data = raw_bytes(tmp_path)  # after a checkpoint into the main file too
    assert b"plaintextmarker" not in data and SCOPE.agent.encode() not in data
    if os.name == "posix":
        assert (tmp_path / FILE_NAME).stat().st_mode & 0o077 == 0  # only the agent's OS account reads it


def test_deleted_drafts_leave_no_ciphertext_behind(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), SCOPE)
    store.save_draft(7, DraftKind.reply, "x" * 2000)
    db = sqlite3.connect(tmp_path / FILE_NAME)
    (blob,) = db.execute("SELECT body FROM drafts").fetchone()
    db.close()
    store.delete_draft(7, DraftKind.reply)
    store.close()
    assert bytes(blob[20:80]) not in raw_bytes(tmp_path)  # secure_delete overwrote it


def test_rows_under_another_key_are_unreadable_and_dropped(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), SCOPE)
    store.save_draft(7, DraftKind.reply, "old key")
    store.close()
    with sqlite3.connect(tmp_path / FILE_NAME) as db:  # a key that changed, or a row tampered with
        db.execute("UPDATE drafts SET body = X'00112233445566778899AABBCCDDEEFF0011223344'")
    again = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), SCOPE)
    assert again.drafts(7) == []
    again.enqueue(7, "new", internal=False)
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("UPDATE outbox SET ticket_id = 8")  # moved to another ticket: the tag no longer matches
    assert again.next_queued() is None
    assert [(i.state, i.error) for i in again.outbox()] == []  # unreadable: marked failed, not shown
    again.close()


def test_without_a_key_everything_stays_in_memory(tmp_path: Path) -> None:
    store = open_store(SCOPE, None, tmp_path)
    assert isinstance(store, MemoryStore) and not store.persistent
    store.save_draft(1, DraftKind.reply, "memory only")
    assert list(tmp_path.iterdir()) == []


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), SCOPE).close()
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("PRAGMA user_version=99")
    with pytest.raises(RuntimeError, match="newer desk-app"):
        SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), SCOPE)


def test_a_reply_keeps_what_its_agent_had_seen(store: LocalStore) -> None:
    store.enqueue(7, "a reply", internal=False, seen_up_to=41)
    store.enqueue(7, "a note", internal=True)
    assert [(i.body, i.seen_up_to) for i in store.outbox(7)] == [("a reply", 41), ("a note", None)]
    assert store.next_queued() is not None and store.next_queued().seen_up_to == 41  # type: ignore[union-attr]


def test_a_store_of_the_first_schema_is_upgraded_with_its_queue_intact(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), SCOPE)
    store.enqueue(7, "queued by 0.1.0", internal=False)
    store.close()
    with sqlite3.connect(tmp_path / FILE_NAME) as db:  # as 0.1.0 wrote it: no seen_up_to column, schema 1
        db.execute("ALTER TABLE outbox DROP COLUMN seen_up_to")
        db.execute("PRAGMA user_version=1")
    again = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), SCOPE)
    assert [(i.body, i.seen_up_to) for i in again.outbox()] == [("queued by 0.1.0", None)]
    again.enqueue(7, "queued now", internal=False, seen_up_to=3)
    assert [i.seen_up_to for i in again.outbox()] == [None, 3]
    again.close()
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (2,)
