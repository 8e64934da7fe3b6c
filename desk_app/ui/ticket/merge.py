"""Merging a duplicate (#13): pick another open ticket of the same customer and merge this one into it.

The candidates are the customer's other tickets that are neither closed nor merged (the same lazy
list as the profile's history, with its search box). Cancel is the default button: a merge cannot be
undone. The service checks every rule again and answers with a code the dialog words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.contract import MergeResult, TicketStatus, TicketSummary
from desk_app.ui.common import style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.text import one_line
from desk_app.ui.customer.history import TicketHistoryView


def mergeable_into(source: TicketSummary) -> object:
    """The predicate for candidate targets of `source`."""
    return lambda t: (t.id != source.id and t.merged_into_id is None and t.status is not TicketStatus.closed)


class MergeDialog(QDialog):
    """Choose the ticket to merge `ticket` into; emits `merged(MergeResult)` once the service has done it."""

    merged = Signal(object)

    def __init__(self, ctx: DeskContext, ticket: TicketSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket = ctx, ticket
        self._busy = False
        self.intro = QLabel(self, wordWrap=True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.candidates = TicketHistoryView(ctx, ticket.customer_id, admits=mergeable_into(ticket),  # type: ignore[arg-type]
                                            parent=self)
        self.candidates.open_requested.connect(lambda _: self.merge())  # Enter on a row merges (after the OK)
        self.error = QLabel(self, objectName="banner", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(style.banner_sheet("error"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = QPushButton(self)
        self.merge_button.setAutoDefault(False)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.candidates.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 460)
        self.retranslate_ui()
        self._selection_changed()
        self.candidates.load()

    def retranslate_ui(self) -> None:
        subject = one_line(self.ticket.subject, 80)
        self.setWindowTitle(self.tr("Merge #%1 into another ticket").replace("%1", str(self.ticket.id)))
        self.intro.setText(self.tr("Choose the ticket of the same customer to keep. The messages, notes, "
                                   "attachments and tags of #%1 “%2” move to it, and #%1 is closed with a link "
                                   "to it. This cannot be undone.").replace("%1", str(self.ticket.id))
                           .replace("%2", subject))
        self.merge_button.setText(self.tr("&Merge into selected"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def target(self) -> TicketSummary | None:
        index = self.candidates.table.currentIndex()
        rows = self.candidates.table.selectionModel().selectedRows()
        return self.candidates.model.ticket_at(index.row()) if index.isValid() and rows else None

    def select_target(self, ticket_id: int) -> bool:
        row = self.candidates.model.row_of(ticket_id)
        if row < 0:
            return False
        self.candidates.table.selectRow(row)
        return True

    def _selection_changed(self, *_: QItemSelection) -> None:
        self.merge_button.setEnabled(not self._busy and self.target() is not None)

    def merge(self) -> None:
        target = self.target()
        if target is None or self._busy:
            return
        self._busy = True
        self._selection_changed()
        self.error.hide()
        client, source, version = self.ctx.client, self.ticket.id, self.ticket.version
        self.ctx.tasks.run(lambda: client.merge(source, target.id, version), on_done=self._done,
                           on_error=self._failed, owner=self)

    def _done(self, result: MergeResult) -> None:
        self._busy = False
        self.merged.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._selection_changed()
        self.error.setText(self.tr("Not merged: %1").replace("%1", describe(exc)))
        self.error.show()
