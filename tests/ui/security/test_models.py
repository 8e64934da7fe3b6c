"""The item models on their own: Qt's model tester, plain safe text, lazy paging by cursor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desk_app.contract import (
    ActionKind,
    ActionOut,
    ActionStatus,
    AgentOut,
    AuditEntry,
    AuditPage,
    AuthorKind,
    LoginRecord,
    MessageOut,
    RevealField,
    RevealRecord,
    RiskSignal,
    Role,
    TransactionRecord,
)
from desk_app.ui.approvals.conversation import ConversationModel
from desk_app.ui.approvals.model import OpenRequestsModel
from desk_app.ui.audit.model import AuditModel
from desk_app.ui.common.tasks import TaskRunner
from desk_app.ui.customer.models import LoginsModel, RevealsModel, RiskSignalsModel, TransactionsModel
from desk_app.ui.security.actions_model import ActionsModel

NOW = datetime.now(UTC)
EVIL = "Sara\u202egnp.exe\u200b <b>bold</b>"


def action(**changes: Any) -> ActionOut:
    fields: dict[str, Any] = dict(
        id=1, customer_id=7, customer_display="K** L**", ticket_id=3, kind=ActionKind.lock_withdrawals,
        reason=EVIL, params={"hours": 72}, emergency=False, status=ActionStatus.pending, requested_by=2,
        requested_by_name="Sara Kim", requested_at=NOW - timedelta(minutes=5), expires_at=NOW + timedelta(minutes=55),
        review_due_at=None, decided_by=None, decided_by_name=None, decided_at=None, decision_comment=None,
        executed_at=None, execution_result=None, version=1,
    )  # fmt: skip
    fields.update(changes)
    return ActionOut(**fields)


def test_record_models_pass_the_model_tester_and_show_safe_text(qtmodeltester: Any) -> None:
    risk = RiskSignalsModel()
    risk.set_records([
        RiskSignal(at=NOW, kind="large_withdrawal", detail=EVIL, clustered=True),
        RiskSignal(at=NOW - timedelta(hours=1), kind="new_device", detail="Pixel 8", clustered=False),
    ])  # fmt: skip
    qtmodeltester.check(risk)
    assert risk.index(0, 1).data() == "New device", "oldest first"
    shown = risk.index(1, 3).data()
    assert "\u202e" not in shown and "⟨U+202E⟩" in shown and "<b>" in shown  # plain text, reordering visible
    assert risk.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None, "clustered rows stand out"
    detail = RiskSignal(at=NOW, kind="x", detail=EVIL * 3, clustered=False)
    risk.set_records([detail])
    tip = risk.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;" in tip, "tooltips are escaped: Qt would guess rich text"

    transactions = TransactionsModel()
    transactions.set_records([TransactionRecord(
        id=1, at=NOW, direction="withdrawal", asset="BTC", amount="0.49484536", status="completed",
        tx_hash="3f2a…9c1d", address="bc1q••••w4gf")])  # fmt: skip
    qtmodeltester.check(transactions)
    assert transactions.index(0, 3).data() == "0.49484536", "the asset's precision is kept"

    logins = LoginsModel()
    logins.set_records([LoginRecord(at=NOW, ip="185.220.•.•", country="NL", device="Firefox", new_device=True)])
    qtmodeltester.check(logins)
    reveals = RevealsModel()
    reveals.set_records([RevealRecord(at=NOW, actor="secops1", field=RevealField.phone, reason=EVIL)])
    qtmodeltester.check(reveals)
    actions = ActionsModel()
    actions.set_records(
        [
            action(),
            action(
                id=2,
                status=ActionStatus.rejected,
                decided_by=5,
                decided_by_name="David Okafor",
                decision_comment="No evidence",
            ),
        ]
    )
    qtmodeltester.check(actions)
    assert "72 h" in actions.index(0, 1).data()
    assert "No evidence" in actions.index(1, 5).data()


def test_open_requests_mark_their_deadlines(qtmodeltester: Any) -> None:
    model = OpenRequestsModel(my_agent_id=2)
    overdue = action(
        id=3,
        emergency=True,
        status=ActionStatus.under_review,
        expires_at=None,
        kind=ActionKind.freeze_account,
        params={},
        review_due_at=NOW - timedelta(minutes=1),
    )
    model.set_records([action(), overdue])
    qtmodeltester.check(model)
    assert model.records()[0].id == 3, "emergencies waiting for review come first"
    assert "overdue" in model.index(0, 4).data() and model.is_overdue(overdue)
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "(you)" in model.index(1, 2).data()
    assert model.awaiting() == 0, "a supervisor's own requests are not theirs to decide"


def test_conversation_is_plain_text(qtmodeltester: Any) -> None:
    model = ConversationModel()
    model.set_messages([
        MessageOut(id=2, ticket_id=1, author_kind=AuthorKind.agent, author_name="Mia", body="Checking",
                   internal=True, created_at=NOW),
        MessageOut(id=1, ticket_id=1, author_kind=AuthorKind.customer, author_name=EVIL, body=EVIL * 3,
                   internal=False, created_at=NOW - timedelta(minutes=3)),
    ])  # fmt: skip
    qtmodeltester.check(model)
    first = model.index(0).data()
    assert "⟨U+202E⟩" in first and "\u202e" not in first
    assert "internal note" in model.index(1).data()


class PagedClient:
    """Three pages of audit entries; the middle one repeats an entry (rows are cached by id)."""

    def __init__(self) -> None:
        self.calls: list[str | None] = []

    def audit(
        self,
        customer_id: int | None = None,
        ticket_id: int | None = None,
        actor: str | None = None,
        cursor: str | None = None,
        limit: int = 100,
    ) -> AuditPage:
        self.calls.append(cursor)
        start = 30 if cursor is None else int(cursor) - 1  # the service answers ids below the cursor
        ids = list(range(start, max(start - limit, 0), -1))
        if cursor == "21":
            ids = [21, *ids]
        items = [
            AuditEntry(
                id=i,
                at=NOW,
                actor="secops1",
                event="action.requested",
                customer_id=7,
                ticket_id=None,
                action_id=i,
                details={"kind": "reset_2fa", "reason": EVIL},
                hash="ab" * 32,
            )
            for i in ids
        ]
        last = ids[-1]
        return AuditPage(items=items, next_cursor=str(last) if last > 1 else None)


def test_audit_model_loads_pages_lazily(qtbot: QtBot, qtmodeltester: Any) -> None:
    client = PagedClient()
    ctx = SimpleNamespace(
        client=client,
        tasks=TaskRunner(),
        agent=AgentOut(id=1, username="super1", display_name="E", roles=[Role.supervisor], locale="en"),
    )
    model = AuditModel(ctx, customer_id=7, page_size=10)  # type: ignore[arg-type]
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=2000)
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # may fetch more itself
    while model.canFetchMore(QModelIndex()) or model._loading:
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model._loading, timeout=2000)
    assert [e.id for e in model.entries()] == list(range(30, 0, -1)), "each entry once, newest first"
    assert client.calls[:3] == [None, "21", "11"]
    assert model.index(0, 2).data() == "Requested"
    assert "Reset 2FA" in model.index(0, 4).data() and "⟨U+202E⟩" in model.index(0, 4).data()
    ctx.tasks.wait_idle()


@pytest.mark.parametrize("status", list(ActionStatus))
def test_every_state_has_words(status: ActionStatus) -> None:
    model = ActionsModel()
    model.set_records([action(status=status)])
    assert model.index(0, 2).data()


def test_dates_and_amounts_the_desk_formats_keep_their_direction_marks(languages: Any) -> None:
    """An Arabic date carries right-to-left marks of its own: shown as they are, while the same marks in
    untrusted text are made visible."""
    languages.apply("ar")
    risk = RiskSignalsModel()
    risk.set_records([RiskSignal(at=NOW, kind="new_device", detail="Pixel\u200f 8", clustered=False)])
    when = risk.index(0, 0).data()
    assert "⟨U+" not in when and any("\u0660" <= c <= "\u0669" for c in when)  # Arabic-Indic digits
    assert "⟨U+200F⟩" in risk.index(0, 3).data()
    transactions = TransactionsModel()
    transactions.set_records([TransactionRecord(
        id=1, at=NOW, direction="deposit", asset="BTC", amount="1234.5", status="completed", tx_hash="h",
        address="a")])  # fmt: skip
    assert transactions.index(0, 3).data() == "١٬٢٣٤٫٥"
