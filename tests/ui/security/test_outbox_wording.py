"""What the desk shows for the states and audit events the security hardening added (docs/security.md)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt

from desk_app.contract import ActionStatus
from desk_app.ui.audit.model import AuditModel
from desk_app.ui.common.tasks import TaskRunner
from desk_app.ui.security.actions_model import ActionsModel
from desk_app.ui.security.records import WARN_BACKGROUND
from tests.ui.security.test_models import action


def test_an_action_being_carried_out_says_so(qtmodeltester: Any) -> None:
    model = ActionsModel()
    model.set_records([
        action(id=1, status=ActionStatus.executing, execution_id="desk-action-1-execute", execution_attempts=1),
        action(id=2, status=ActionStatus.reversing, emergency=True, decided_by=5, decided_by_name="David Okafor",
               decision_comment="False alarm"),
    ])  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "Approved, being carried out"
    assert model.index(1, 2).data() == "Reversal approved, being carried out"
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) == WARN_BACKGROUND


def test_the_audit_trail_names_the_new_events() -> None:
    ctx = SimpleNamespace(client=None, tasks=TaskRunner(), agent=None)  # naming events calls nothing
    model = AuditModel(ctx)  # type: ignore[arg-type]
    assert model.event_name("action.reverse_failed") == "Reversal refused by the account system"
    assert model.event_name("auth.refresh_token_reused") == "Sign-in ended: a session token was used twice (possible theft)"
