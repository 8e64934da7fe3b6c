"""Bulk triage in an inbox view (#13): the selection bar, the "Change selected…" command, progress with
Cancel (after a short delay, as Anki does), and the report of what changed and what was refused."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressDialog, QPushButton, QWidget

from desk_app.contract import MAX_BULK, BulkChanges, TicketSummary
from desk_app.ui.inbox.bulk import BulkOperation, BulkOutcome
from desk_app.ui.inbox.bulk_dialog import BulkDialog, describe_outcome

PROGRESS_AFTER_MS = 600


class BulkTriage(QObject):
    """Bulk commands of one InboxView (`view`): its table, model and a bar that shows the selection."""

    def __init__(self, view: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.table = view.table  # type: ignore[attr-defined]
        self.model = view.model  # type: ignore[attr-defined]
        self.ctx = view.ctx  # type: ignore[attr-defined]
        self.operation: BulkOperation | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: BulkDialog | None = None
        self.report: QMessageBox | None = None
        self.last_outcome: BulkOutcome | None = None

        self.bar = QWidget(view)
        self.count = QLabel(self.bar)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setStyleSheet("font-weight: 600;")
        self.change_button = QPushButton(self.bar)
        self.change_button.clicked.connect(self.open_dialog)
        self.clear_button = QPushButton(self.bar)
        self.clear_button.clicked.connect(self.table.clearSelection)
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.count, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.change_button)
        self.bar.hide()

        self.open_action = QAction(self.table)
        self.open_action.triggered.connect(self._open_current)
        self.change_action = QAction(self.table)
        self.change_action.setShortcut(QKeySequence("Ctrl+E"))
        self.change_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.change_action.triggered.connect(self.open_dialog)
        self.table.addAction(self.open_action)
        self.table.addAction(self.change_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.model.rowsRemoved.connect(self._selection_changed)
        view.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.change_button.setText(self.tr("C&hange selected…"))
        self.change_button.setToolTip(self.tr("Assign, or change status, priority, category or tags (Ctrl+E)"))
        self.clear_button.setText(self.tr("Clear selection"))
        self.open_action.setText(self.tr("&Open"))
        self.change_action.setText(self.tr("C&hange selected…"))
        self._selection_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    # --- the selection ----------------------------------------------------------------------------

    def selected(self) -> list[TicketSummary]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [t for r in rows if (t := self.model.ticket_at(r)) is not None]

    def _selection_changed(self, *_: object) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.count.setText(self.tr("%n ticket(s) selected", "", count))
        self.bar.setVisible(count > 1)
        self.change_action.setEnabled(count > 0 and self.operation is None)
        self.change_button.setEnabled(self.operation is None)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.activated.emit(index)

    # --- changing ---------------------------------------------------------------------------------

    def open_dialog(self) -> BulkDialog | None:
        tickets = self.selected()
        if not tickets or self.operation is not None:
            return None
        everything_loaded = len(tickets) == self.model.rowCount()
        more = everything_loaded and self.model.canFetchMore(QModelIndex())
        dialog = BulkDialog(self.ctx, len(tickets), more, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply(dialog.changes(), dialog.include_rest.isChecked(), tickets))
        dialog.open()
        self.dialog = dialog
        return dialog

    def apply(self, changes: BulkChanges, include_rest: bool = False,
              tickets: list[TicketSummary] | None = None) -> BulkOperation:
        """Sends the change for the tickets (default: the selection), and the rest of the view if asked."""
        tickets = self.selected() if tickets is None else tickets
        more = None
        if include_rest and self.model.canFetchMore(QModelIndex()):
            client, view, params = self.ctx.client, self.model.view, self.model.filters.params()
            more = lambda cursor: client.tickets(view, **params, limit=MAX_BULK, cursor=cursor)  # noqa: E731
        cursor = self.model.next_cursor if more is not None else None
        operation = BulkOperation(self.ctx, [(t.id, t.version) for t in tickets], changes, more, cursor, parent=self)
        operation.progress.connect(self._progress)
        operation.finished.connect(self._finished)
        self.operation = operation
        progress = QProgressDialog(self.view)
        progress.setWindowTitle(self.tr("Changing tickets"))
        progress.setLabelText(self.tr("Changing tickets…"))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setMinimumDuration(PROGRESS_AFTER_MS)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(operation.cancel)
        self.progress = progress
        self._selection_changed()
        operation.start()
        return operation

    def _progress(self, sent: int, total: int) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(total)  # 0: still paging through the view, a busy bar
        self.progress.setValue(sent if total else 0)
        self.progress.setLabelText(self.tr("%n ticket(s) sent…", "", sent))

    def _finished(self, outcome: BulkOutcome) -> None:
        self.last_outcome = outcome
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.operation = None
        for ticket in outcome.tickets:  # rows update at once (or leave the view); the events follow
            self.model.ticket_changed(ticket)
        self._selection_changed()
        headline, details = describe_outcome(outcome)
        icon = QMessageBox.Icon.Warning if outcome.refused or outcome.error else QMessageBox.Icon.Information
        box = QMessageBox(icon, self.tr("Tickets changed"), headline, QMessageBox.StandardButton.Ok, self.view)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if details:
            box.setInformativeText(self.tr("Not changed:") + "\n" + details)
            informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
            if informative is not None:
                informative.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.report = box
