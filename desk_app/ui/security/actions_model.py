"""The customer's security action requests as a table: what, who, state, and the decision."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desk_app.contract import ActionOut, ActionStatus
from desk_app.ui.security import timefmt
from desk_app.ui.security.records import ALERT_BACKGROUND, ALERT_TEXT, WARN_BACKGROUND, WARN_TEXT, Column, RecordsModel
from desk_app.ui.security.wording import kind_label, status_name


class ActionsModel(RecordsModel[ActionOut]):
    """Newest first; open requests highlighted."""

    def columns(self) -> list[Column[ActionOut]]:
        return [
            Column(lambda: self.tr("Requested"), lambda a: timefmt.local(a.requested_at)),
            Column(lambda: self.tr("Action"), self._action),
            Column(lambda: self.tr("State"), self._state),
            Column(lambda: self.tr("Requested by"), lambda a: a.requested_by_name),
            Column(lambda: self.tr("Reason"), lambda a: a.reason),
            Column(lambda: self.tr("Decision"), self._decision),
        ]

    def _action(self, action: ActionOut) -> str:
        label = kind_label(action.kind, action.params)
        return self.tr("%1 (emergency)").replace("%1", label) if action.emergency else label

    def _state(self, action: ActionOut) -> str:
        text = status_name(action.status)
        if action.status is ActionStatus.pending and action.expires_at is not None:
            return f"{text} · {timefmt.left(action.expires_at)[0]}"
        if action.status is ActionStatus.under_review and action.review_due_at is not None:
            return f"{text} · {timefmt.left(action.review_due_at)[0]}"
        return text

    def _decision(self, action: ActionOut) -> str:
        if action.decided_by_name is None:
            if action.status is ActionStatus.failed and action.execution_result:
                return action.execution_result
            return ""
        if action.decision_comment:
            return self.tr("%1: “%2”").replace("%1", action.decided_by_name).replace("%2", action.decision_comment)
        return action.decided_by_name

    def row_style(self, record: ActionOut) -> tuple[QColor, QColor] | None:
        if record.status in (ActionStatus.under_review, ActionStatus.failed):
            return ALERT_BACKGROUND, ALERT_TEXT
        if record.status in (ActionStatus.pending, ActionStatus.executing, ActionStatus.reversing):
            return WARN_BACKGROUND, WARN_TEXT  # still waiting: for a decision, or for the account system
        return None
