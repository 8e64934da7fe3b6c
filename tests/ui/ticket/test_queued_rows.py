"""The conversation model with this desk's queued messages after the stored ones (no service needed)."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.modeltest import ModelTester

from desk_app.contract import AuthorKind, MessageOut
from desk_app.ui.ticket.messages import MESSAGE_ROLE, QUEUED_ROLE, MessageListModel

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def message(message_id: int, body: str, kind: AuthorKind = AuthorKind.agent) -> MessageOut:
    return MessageOut(id=message_id, ticket_id=7, author_kind=kind, author_name="Mia Chen", body=body,
                      internal=False, created_at=NOW)


def test_queued_rows_follow_the_stored_ones_and_leave_when_delivered(qtmodeltester: ModelTester) -> None:
    model = MessageListModel()
    model.set_messages([message(1, "Hello", AuthorKind.customer)])
    model.set_queued([(message(-5, "first queued"), "queued"), (message(-6, "refused"), "failed")])
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert [model.index(r).data(QUEUED_ROLE) for r in range(3)] == [None, "queued", "failed"]
    assert "Queued: not sent yet" in model.index(1).data() and "Not sent" in model.index(2).data()
    model.set_messages([message(1, "Hello", AuthorKind.customer), message(2, "Another customer line",
                                                                          AuthorKind.customer)])
    assert [model.index(r).data(MESSAGE_ROLE).id for r in range(4)] == [1, 2, -5, -6]  # stored ones go first
    model.remove_queued(-5)
    model.append(message(9, "first queued"))  # delivered: now a stored message
    assert [model.index(r).data(MESSAGE_ROLE).id for r in range(4)] == [1, 2, 9, -6]
    model.add_queued(message(-7, "later"))
    model.add_queued(message(-7, "later"))  # once
    assert [m.id for m in model.queued()] == [-6, -7]
    qtmodeltester.check(model)
    model.set_queued([])
    assert model.rowCount() == 3 and model.queued() == []
