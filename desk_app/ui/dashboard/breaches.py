"""The breach list: tickets past a due time now, lazily paged like an inbox; Enter or a double-click opens one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.contract import View
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.feed import TicketFeed
from desk_app.ui.inbox.filters import Filters
from desk_app.ui.inbox.model import Column, TicketTableModel

# The dashboard has little room; the ticket has it all.
HIDDEN = (Column.LANGUAGE, Column.CHANNEL, Column.CUSTOMER, Column.CATEGORY, Column.STATUS, Column.ASSIGNEE)
WIDTHS = {Column.PRIORITY: 8, Column.SLA: 19}  # in average characters
PAGE = 50


class BreachTable(QTableView):
    """The same model as the inbox (service filter `sla_breached=true`, live updates), read-only."""

    open_requested = Signal(int)

    def __init__(self, ctx: DeskContext, feed: TicketFeed | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardBreaches")
        self.model_ = TicketTableModel(ctx, View.all, feed, page_size=PAGE, parent=self)
        self.model_.filters = Filters(sla_breached=True)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(QFontMetrics(self.font()).height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for column in HIDDEN:
            self.setColumnHidden(column, True)
        char = QFontMetrics(self.font()).averageCharWidth()
        for column, width in WIDTHS.items():
            header.resizeSection(column, width * char + 16)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.activated.connect(self._activated)

    def reload(self) -> None:
        self.model_.reload()

    def _activated(self, index: QModelIndex) -> None:
        ticket = self.model_.ticket_at(index.row())
        if ticket is not None:
            self.open_requested.emit(ticket.id)

    def keyPressEvent(self, event: object) -> None:  # Enter opens on every platform, as in the inbox
        key = getattr(event, "key", lambda: None)()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
