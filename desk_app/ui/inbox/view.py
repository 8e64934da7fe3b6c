"""One inbox tab: the filter bar, the ticket table and a status line; the SLA column counts down live."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.contract import TicketSummary, View
from desk_app.ui.common import labels
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.feed import TicketFeed
from desk_app.ui.inbox.delegate import PriorityDelegate
from desk_app.ui.inbox.filterbar import FilterBar
from desk_app.ui.inbox.filters import Filters
from desk_app.ui.inbox.model import Column, TicketTableModel
from desk_app.ui.inbox.triage import BulkTriage

SLA_TICK_MS = 15_000
# Initial column widths in average characters; the subject takes the rest.
WIDTHS = {Column.PRIORITY: 9, Column.CUSTOMER: 14, Column.LANGUAGE: 9, Column.CATEGORY: 18, Column.STATUS: 18,
          Column.ASSIGNEE: 14, Column.CHANNEL: 8, Column.SLA: 14}


class InboxView(QWidget):
    """A view of tickets; emits `open_requested(ticket_id)` on Enter or double-click."""

    open_requested = Signal(int)

    def __init__(self, ctx: DeskContext, view: View, feed: TicketFeed | None = None,
                 page_size: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.view = ctx, view
        kwargs = {"page_size": page_size} if page_size else {}
        self.model = TicketTableModel(ctx, view, feed, parent=self, **kwargs)
        self.model.shown = self.isVisible
        self.filter_bar = FilterBar(self)
        if view is View.security:
            self.filter_bar.hide_fields(["category"])
        if view is View.awaiting_approval:
            self.filter_bar.hide_fields(["status"])
        self.filter_bar.changed.connect(self.model.set_filters)

        self.table = QTableView(self)
        self.table.setItemDelegateForColumn(Column.PRIORITY, PriorityDelegate(self.table))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # #13: shift/ctrl-click and Ctrl+A select many for bulk triage; arrows and Enter work as before
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: the keyboard reaches everything
        self.table.setSortingEnabled(False)  # the service sorts: newest first
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(QFontMetrics(self.font()).height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        char = QFontMetrics(self.font()).averageCharWidth()
        for column, width in WIDTHS.items():
            header.resizeSection(column, width * char + 16)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)

        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.retry = QPushButton(self)
        self.retry.hide()
        self.retry.clicked.connect(self.model.retry)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.retry)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        self.triage = BulkTriage(self)
        layout.addWidget(self.triage.bar)
        layout.addLayout(status_row)
        self.setTabOrder(self.filter_bar, self.table)

        self.model.loading_changed.connect(self._update_status)
        self.model.load_failed.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)
        self.model.rowsInserted.connect(self._first_rows)
        self.model.rowsRemoved.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)
        self.sla_timer = QTimer(self, interval=SLA_TICK_MS)
        self.sla_timer.timeout.connect(self.model.tick)
        self.sla_timer.start()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Tickets: %1").replace("%1", labels.view(self.view)))
        self.retry.setText(self.tr("Retry"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self.model.forget_texts()
        self._update_status()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.reload_if_stale()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_status(self, *_: object) -> None:
        model = self.model
        self.retry.setVisible(bool(model.error))
        if model.error:
            text = self.tr("Could not load tickets: %1").replace("%1", model.error)
        elif model.loading:
            text = self.tr("Loading…")
        elif not model.rowCount():
            text = self.tr("No tickets here.") if model.filters == Filters() else self.tr(
                "No tickets match these filters.")
        elif model.exhausted:
            text = self.tr("%n ticket(s)", "", model.rowCount())
        else:
            text = self.tr("%n ticket(s) loaded; scroll for more", "", model.rowCount())
        self.status.setText(text)

    def _first_rows(self, *_: object) -> None:
        """The table had the focus before anything arrived: start on the first ticket, so Enter opens it."""
        if self.table.hasFocus() and not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, Column.SUBJECT))

    # --- actions ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Loads the first page if nothing has been loaded yet."""
        if not self.model.rowCount() and not self.model.loading:
            self.model.reload()

    def _activated(self, index: QModelIndex) -> None:
        ticket = self.model.ticket_at(index.row())
        if ticket is not None:
            self.open_requested.emit(ticket.id)

    def current_ticket(self) -> TicketSummary | None:
        index = self.table.currentIndex()
        return self.model.ticket_at(index.row()) if index.isValid() else None

    def select_ticket(self, ticket_id: int) -> bool:
        row = self.model.row_of(ticket_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, Column.SUBJECT))
        return True

    def move(self, delta: int) -> TicketSummary | None:
        """Selects the next (+1) or previous (-1) ticket; fetches the next page at the end."""
        rows = self.model.rowCount()
        if not rows:
            return None
        current = self.table.currentIndex()
        row = 0 if not current.isValid() else max(0, min(rows - 1, current.row() + delta))
        self.table.setCurrentIndex(self.model.index(row, Column.SUBJECT))
        if row >= rows - 1 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        return self.model.ticket_at(row)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def set_filters(self, filters: Filters) -> None:
        self.filter_bar.set_filters(filters)
        self.model.set_filters(filters)
