"""The ticket's fields: status, priority, category, assignee and tags; a change asks for a patch at once."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desk_app.contract import MAX_TAGS, AgentDirectoryEntry, Category, Priority, TicketStatus, TicketSummary
from desk_app.ui.common import labels
from desk_app.ui.common.text import one_line

UNASSIGNED = -1


def parse_tags(text: str) -> list[str]:
    """"vip, kyc ,, urgent" -> ["vip", "kyc", "urgent"], duplicates dropped, at most MAX_TAGS."""
    tags = [t.strip()[:40] for t in text.split(",") if t.strip()]
    return list(dict.fromkeys(tags))[:MAX_TAGS]


class TicketControls(QWidget):
    """Emits `patch_requested(fields)` with the TicketPatch fields to change (without the version)."""

    patch_requested = Signal(dict)

    def __init__(self, my_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.my_id = my_id
        self.ticket: TicketSummary | None = None
        self.status, self.priority, self.category = QComboBox(self), QComboBox(self), QComboBox(self)
        for combo, values in ((self.status, TicketStatus), (self.priority, Priority), (self.category, Category)):
            for value in values:
                combo.addItem(labels.of(value), value.value)
            combo.activated.connect(self._combo_changed)
        self.assignee = QComboBox(self)
        for combo in (self.status, self.priority, self.category, self.assignee):  # long labels (ru, es) may elide
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.assignee.addItem("", UNASSIGNED)
        self.assignee.activated.connect(self._assignee_changed)
        self.assign_me = QPushButton(self)
        self.assign_me.clicked.connect(self.assign_to_me)
        self.tags = QLineEdit(self)
        self.tags.editingFinished.connect(self._tags_changed)

        # Two dense rows: status, priority, category / assignee (+ "Assign to me"), tags.
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.labels: dict[QWidget, QLabel] = {}
        assignee_row = QHBoxLayout()
        assignee_row.addWidget(self.assignee, 1)
        assignee_row.addWidget(self.assign_me)
        places = ((self.status, self.status, 0, 0, 1), (self.priority, self.priority, 0, 2, 1),
                  (self.category, self.category, 0, 4, 1), (self.assignee, assignee_row, 1, 0, 3),
                  (self.tags, self.tags, 1, 4, 1))
        for field, item, row, column, span in places:
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[field] = label
            self.grid.addWidget(label, row, column)
            if isinstance(item, QWidget):
                self.grid.addWidget(item, row, column + 1, 1, span)
            else:
                self.grid.addLayout(item, row, column + 1, 1, span)
        for column in (1, 3, 5):
            self.grid.setColumnStretch(column, 1)
        self.setTabOrder(self.status, self.priority)
        self.setTabOrder(self.priority, self.category)
        self.setTabOrder(self.category, self.assignee)
        self.setTabOrder(self.assignee, self.assign_me)
        self.setTabOrder(self.assign_me, self.tags)
        self.retranslate_ui()
        self.setEnabled(False)  # until the ticket has loaded

    def retranslate_ui(self) -> None:
        for field, text in ((self.status, self.tr("S&tatus:")), (self.priority, self.tr("Pr&iority:")),
                            (self.category, self.tr("Categor&y:")), (self.assignee, self.tr("Assign&ee:")),
                            (self.tags, self.tr("Ta&gs:"))):
            self.labels[field].setText(text)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            if isinstance(field, QComboBox):
                field.view().setAccessibleName(text.replace("&", "").rstrip(":"))  # the popup list
        for combo in (self.status, self.priority, self.category):
            for i in range(combo.count()):
                combo.setItemText(i, labels.of(self._enum_of(combo)(combo.itemData(i))))
        self.assignee.setItemText(0, self.tr("Unassigned"))
        self.assign_me.setText(self.tr("Assign to me"))
        self.assign_me.setToolTip(self.tr("Assign this ticket to yourself (Ctrl+Shift+A)"))
        self.tags.setPlaceholderText(self.tr("comma, separated"))
        self.tags.setToolTip(self.tr("Press Enter to save the tags"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _enum_of(self, combo: QComboBox) -> type[enum.StrEnum]:
        return {id(self.status): TicketStatus, id(self.priority): Priority, id(self.category): Category}[id(combo)]

    # --- showing ----------------------------------------------------------------------------------

    def set_agents(self, agents: list[AgentDirectoryEntry]) -> None:
        current = self.assignee.currentData()
        self.assignee.clear()
        self.assignee.addItem(self.tr("Unassigned"), UNASSIGNED)
        for agent in agents:
            self.assignee.addItem(one_line(agent.display_name, 60), agent.id)
        if self.ticket is not None:
            self.show_ticket(self.ticket)
        else:
            self._select(self.assignee, current)

    def show_ticket(self, ticket: TicketSummary) -> None:
        """Shows the ticket's values; never emits `patch_requested`."""
        self.ticket = ticket
        self.setEnabled(ticket.merged_into_id is None)  # #13: a merged ticket changes no more
        self._select(self.status, ticket.status.value)
        self._select(self.priority, ticket.priority.value)
        self._select(self.category, ticket.category.value)
        wanted = ticket.assignee_id if ticket.assignee_id is not None else UNASSIGNED
        if self.assignee.findData(wanted) < 0 and ticket.assignee_id is not None:
            self.assignee.addItem(one_line(ticket.assignee_name or f"#{ticket.assignee_id}", 60), ticket.assignee_id)
        self._select(self.assignee, wanted)
        if not (self.tags.hasFocus() and self.tags.isModified()):
            self.tags.setText(", ".join(ticket.tags))
            self.tags.setModified(False)
        self.assign_me.setEnabled(ticket.assignee_id != self.my_id)

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) == data), 0))

    # --- changes ----------------------------------------------------------------------------------

    def _combo_changed(self) -> None:
        if self.ticket is None:
            return
        changes: dict[str, Any] = {}
        for name, combo in (("status", self.status), ("priority", self.priority), ("category", self.category)):
            value = self._enum_of(combo)(combo.currentData())
            if value != getattr(self.ticket, name):
                changes[name] = value
        if changes:
            self.patch_requested.emit(changes)

    def _assignee_changed(self) -> None:
        if self.ticket is None:
            return
        wanted = self.assignee.currentData()
        if wanted == UNASSIGNED and self.ticket.assignee_id is not None:
            self.patch_requested.emit({"unassign": True})
        elif wanted != UNASSIGNED and wanted != self.ticket.assignee_id:
            self.patch_requested.emit({"assignee_id": int(wanted)})

    def assign_to_me(self) -> None:
        if self.ticket is not None and self.ticket.assignee_id != self.my_id:
            self.patch_requested.emit({"assignee_id": self.my_id})

    def _tags_changed(self) -> None:
        if self.ticket is None or not self.tags.isModified():
            return
        self.tags.setModified(False)
        tags = parse_tags(self.tags.text())
        if tags != self.ticket.tags:
            self.patch_requested.emit({"tags": tags})

    def revert(self) -> None:
        """Shows the last known values again (after a refused change)."""
        if self.ticket is not None:
            self.tags.setModified(False)
            self.show_ticket(self.ticket)
