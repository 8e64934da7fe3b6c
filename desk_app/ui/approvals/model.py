"""The open requests (pending and emergencies under review) as a table with live deadlines."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from desk_app.contract import ActionOut, ActionStatus
from desk_app.ui.common.text import one_line
from desk_app.ui.security import timefmt
from desk_app.ui.security.records import ALERT_BACKGROUND, ALERT_TEXT, WARN_BACKGROUND, WARN_TEXT, Column, RecordsModel
from desk_app.ui.security.wording import kind_label, status_name

NEAR_EXPIRY_SECONDS = 10 * 60


class OpenRequestsModel(RecordsModel[ActionOut]):
    """Oldest first (the one waiting longest on top); emergencies past their review deadline in red."""

    def __init__(self, my_agent_id: int, parent: QObject | None = None) -> None:
        self.my_agent_id = my_agent_id
        self.overdue_ids: set[int] = set()  # from action.review_overdue events
        super().__init__(parent)

    def columns(self) -> list[Column[ActionOut]]:
        return [
            Column(lambda: self.tr("Action"), self._action),
            Column(lambda: self.tr("Customer"), lambda a: f"#{a.customer_id} {one_line(a.customer_display, 80)}"),
            Column(lambda: self.tr("Requested by"), self._requester),
            Column(lambda: self.tr("Age"), lambda a: timefmt.ago(a.requested_at)),
            Column(lambda: self.tr("Deadline"), self._deadline),
            Column(lambda: self.tr("Ticket"), lambda a: f"#{a.ticket_id}" if a.ticket_id is not None else "—"),
            Column(lambda: self.tr("Reason"), lambda a: a.reason),
        ]

    def set_records(self, records: list[ActionOut]) -> None:  # type: ignore[override]
        super().set_records(sorted(records, key=lambda a: (a.status is not ActionStatus.under_review, a.requested_at)))

    def _action(self, action: ActionOut) -> str:
        label = kind_label(action.kind, action.params)
        if action.status is ActionStatus.under_review:
            return self.tr("%1 — emergency, under review").replace("%1", label)
        return label

    def _requester(self, action: ActionOut) -> str:
        if action.requested_by == self.my_agent_id:
            return self.tr("%1 (you)").replace("%1", action.requested_by_name)
        return action.requested_by_name

    def deadline(self, action: ActionOut) -> tuple[str, float | None]:
        """The deadline as text and seconds left (None when there is none)."""
        if action.status is ActionStatus.under_review and action.review_due_at is not None:
            text, seconds = timefmt.left(action.review_due_at)
            return self.tr("review: %1").replace("%1", text), seconds
        if action.expires_at is not None:
            text, seconds = timefmt.left(action.expires_at)
            return self.tr("expires: %1").replace("%1", text), seconds
        return status_name(action.status), None

    def _deadline(self, action: ActionOut) -> str:
        return self.deadline(action)[0]

    def is_overdue(self, action: ActionOut) -> bool:
        if action.id in self.overdue_ids:
            return True
        seconds = self.deadline(action)[1]
        return action.status is ActionStatus.under_review and seconds is not None and seconds <= 0

    def row_style(self, record: ActionOut) -> tuple[QColor, QColor] | None:
        if self.is_overdue(record):
            return ALERT_BACKGROUND, ALERT_TEXT
        seconds = self.deadline(record)[1]
        if record.status is ActionStatus.under_review or (seconds is not None and seconds < NEAR_EXPIRY_SECONDS):
            return WARN_BACKGROUND, WARN_TEXT
        return None

    def row_bold(self, record: ActionOut) -> bool:
        return self.is_overdue(record)

    def awaiting(self) -> int:
        """Open requests someone else made: what this supervisor could decide."""
        return sum(1 for action in self._records if action.requested_by != self.my_agent_id)
