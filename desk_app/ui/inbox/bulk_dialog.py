"""Bulk triage in an inbox (#13): the form that says what to change, and the report of what happened.

`BulkDialog` asks for the change (each field starts at "No change"); `describe_outcome` turns a finished
`BulkOutcome` into sentences, naming every refused ticket and why.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.contract import MAX_TAGS, AgentDirectoryEntry, BulkChanges, Category, ErrorCode, Priority, TicketStatus
from desk_app.ui.common import labels
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import one_line
from desk_app.ui.inbox.bulk import BulkOutcome

ME, UNASSIGN = -1, -2  # assignee choices besides the agents' ids


def tags_of(text: str) -> list[str]:
    """"vip, refund" -> ["vip", "refund"]: commas separate, blanks and repeats drop out."""
    return list(dict.fromkeys(t.strip()[:40] for t in text.split(",") if t.strip()))[:MAX_TAGS]


class BulkDialog(QDialog):
    """What to change on the selected tickets; `changes()` once accepted."""

    def __init__(self, ctx: DeskContext, count: int, more_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.count = ctx, count
        self.summary = QLabel(self, wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.assignee = QComboBox(self)
        self.status = QComboBox(self)
        self.priority = QComboBox(self)
        self.category = QComboBox(self)
        self.add_tags = QLineEdit(self)
        self.remove_tags = QLineEdit(self)
        self.include_rest = QCheckBox(self)
        self.include_rest.setVisible(more_available)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(self.labels, (self.assignee, self.status, self.priority, self.category,
                                              self.add_tags, self.remove_tags), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = QPushButton(self)
        self.apply_button.setAutoDefault(False)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.form)
        layout.addWidget(self.include_rest)
        layout.addWidget(self.buttons)
        for combo in (self.assignee, self.status, self.priority, self.category):
            combo.currentIndexChanged.connect(self._update)
        for edit in (self.add_tags, self.remove_tags):
            edit.textChanged.connect(self._update)
        self._agents: list[AgentDirectoryEntry] = []
        self.retranslate_ui()
        ctx.tasks.run(ctx.client.agents, on_done=self.set_agents, owner=self)
        self.setMinimumWidth(460)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change tickets"))
        self.summary.setText(self.tr("Change %n selected ticket(s). Each ticket keeps its own version: one that "
                                     "someone else changed since it was loaded is left as it is, and listed.",
                                     "", self.count))
        for label, text in zip(self.labels, (self.tr("&Assignee:"), self.tr("&Status:"), self.tr("&Priority:"),
                                             self.tr("&Category:"), self.tr("Add &tags:"), self.tr("&Remove tags:")),
                               strict=True):
            label.setText(text)
        for field, name in ((self.assignee, self.tr("Assignee")), (self.status, self.tr("Status")),
                            (self.priority, self.tr("Priority")), (self.category, self.tr("Category")),
                            (self.add_tags, self.tr("Add tags")), (self.remove_tags, self.tr("Remove tags"))):
            field.setAccessibleName(name)
            if isinstance(field, QComboBox):
                field.view().setAccessibleName(name)
        self.add_tags.setPlaceholderText(self.tr("comma-separated, e.g. vip, refund"))
        self.remove_tags.setPlaceholderText(self.tr("comma-separated"))
        self.include_rest.setText(self.tr("Also every other ticket of this view that is not loaded yet"))
        self.apply_button.setText(self.tr("A&pply"))
        self._fill(self.status, list(TicketStatus), labels.status)
        self._fill(self.priority, list(Priority), labels.priority)
        self._fill(self.category, list(Category), labels.category)
        self._fill_assignees()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self, combo: QComboBox, values: list[enum.Enum], label: object) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No change"), None)
        for value in values:
            combo.addItem(label(value), value)  # type: ignore[operator]
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def set_agents(self, agents: list[AgentDirectoryEntry]) -> None:
        self._agents = agents
        self._fill_assignees()

    def _fill_assignees(self) -> None:
        current = self.assignee.currentData()
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(self.tr("No change"), None)
        self.assignee.addItem(self.tr("Me"), ME)
        self.assignee.addItem(self.tr("Unassigned"), UNASSIGN)
        for agent in self._agents:
            if agent.id != self.ctx.agent.id:
                self.assignee.addItem(one_line(agent.display_name, 60), agent.id)
        index = self.assignee.findData(current) if current is not None else 0
        self.assignee.setCurrentIndex(max(0, index))
        self.assignee.blockSignals(False)

    def changes(self) -> BulkChanges:
        who = self.assignee.currentData()
        return BulkChanges(status=self.status.currentData(), priority=self.priority.currentData(),
                           category=self.category.currentData(),
                           assignee_id=self.ctx.agent.id if who == ME else (who if who and who > 0 else None),
                           unassign=who == UNASSIGN, add_tags=tags_of(self.add_tags.text()),
                           remove_tags=tags_of(self.remove_tags.text()))

    def _update(self, *_: object) -> None:
        c = self.changes()
        self.apply_button.setEnabled(any((c.status, c.priority, c.category, c.assignee_id, c.unassign, c.add_tags,
                                          c.remove_tags)))


def refusal_reason(code: str) -> str:
    if code == ErrorCode.version_conflict:
        return QCoreApplication.translate("BulkResult", "someone else changed it after it was loaded")
    if code == ErrorCode.not_found:
        return QCoreApplication.translate("BulkResult", "it no longer exists")
    return QCoreApplication.translate("BulkResult", "the service refused the change")


def describe_outcome(outcome: BulkOutcome) -> tuple[str, str]:
    """A headline and the details (one line per refused ticket), in the agent's language."""
    parts = [QCoreApplication.translate("BulkResult", "%n ticket(s) changed.", "", outcome.changed)]
    if outcome.unchanged:
        parts.append(QCoreApplication.translate("BulkResult", "%n already had these values.", "", outcome.unchanged))
    if outcome.refused:
        parts.append(QCoreApplication.translate("BulkResult", "%n not changed.", "", len(outcome.refused)))
    if outcome.cancelled:
        parts.append(QCoreApplication.translate("BulkResult", "Cancelled: the tickets after that were not sent."))
    if outcome.error:
        parts.append(QCoreApplication.translate("BulkResult", "Stopped: %1 The tickets after that were not sent.")
                     .replace("%1", outcome.error))
    details = "\n".join(QCoreApplication.translate("BulkResult", "#%1: %2").replace("%1", str(r.id))
                        .replace("%2", refusal_reason(r.code)) for r in outcome.refused[:200])
    if len(outcome.refused) > 200:
        details += "\n" + QCoreApplication.translate("BulkResult", "… and %n more.", "", len(outcome.refused) - 200)
    return " ".join(parts), details
