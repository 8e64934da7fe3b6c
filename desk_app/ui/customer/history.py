"""A customer's earlier tickets (#13): a lazy table in the profile, filtered by a search box, each
opening in its own tab (Enter or double-click).

`CustomerTicketsModel` pages `GET /customers/{id}/tickets` by cursor like the inbox (canFetchMore /
fetchMore on the TaskRunner, rows cached by id). The CSAT column appears when the contract's ticket
carries a rating (`TicketSummary.csat_rating`, #10); without that field the model simply has no such column.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.contract import TicketPage, TicketSummary
from desk_app.ui.common import labels
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.text import one_line, tooltip
from desk_app.ui.security.timefmt import aware, local

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
TICKET_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 50
SEARCH_DELAY_MS = 300
HAS_CSAT = "csat_rating" in TicketSummary.model_fields  # #10 adds the rating; the column follows the field
COLUMNS = ["id", "subject", "status", "category", "created", *(["csat"] if HAS_CSAT else [])]


class CustomerTicketsModel(QAbstractTableModel):
    """The customer's tickets, newest first, loaded page by page; `admits` may leave some out."""

    loading_changed = Signal(bool)
    load_failed = Signal(str)

    def __init__(self, ctx: DeskContext, customer_id: int, admits: Callable[[TicketSummary], bool] | None = None,
                 page_size: int = PAGE_SIZE, current: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id, self.page_size = ctx, customer_id, page_size
        self.current = current  # the ticket being worked on, shown in bold
        self.admits = admits or (lambda ticket: True)
        self.query = ""
        self._ids: list[int] = []
        self._rows: dict[int, TicketSummary] = {}
        self._cursor: str | None = None
        self._exhausted = False
        self._fetching = False
        self.error = ""
        self._generation = 0

    # --- Qt's model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self.error

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetching or self._exhausted or self.error:
            return
        self._fetching = True
        self.loading_changed.emit(True)
        generation, cursor, query, client = self._generation, self._cursor, self.query, self.ctx.client
        self.ctx.tasks.run(lambda: client.customer_tickets(self.customer_id, q=query or None, limit=self.page_size,
                                                           cursor=cursor),
                           on_done=lambda page: self._arrived(generation, page),
                           on_error=lambda exc: self._failed(generation, exc), owner=self)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY or not 0 <= section < len(COLUMNS):
            return None
        return {"id": self.tr("Ticket"), "subject": self.tr("Subject"), "status": self.tr("Status"),
                "category": self.tr("Category"), "created": self.tr("Opened"),
                "csat": self.tr("CSAT")}[COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids) or not 0 <= index.column() < len(COLUMNS):
            return None
        ticket = self._rows[self._ids[index.row()]]
        if role == TICKET_ROLE:
            return ticket
        column = COLUMNS[index.column()]
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(ticket, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "subject":
            return tooltip(one_line(ticket.subject, 500))
        if role == Qt.ItemDataRole.ToolTipRole and column == "created":
            return local(ticket.created_at)
        if role == Qt.ItemDataRole.FontRole and ticket.id == self.current:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def _text(self, ticket: TicketSummary, column: str) -> str:
        if column == "id":
            return f"#{ticket.id}"
        if column == "subject":
            return one_line(ticket.subject, 200)
        if column == "status":
            if ticket.merged_into_id is not None:
                return self.tr("Merged into #%1").replace("%1", str(ticket.merged_into_id))
            return labels.status(ticket.status)
        if column == "category":
            return labels.category(ticket.category)
        if column == "created":
            stamp = QDateTime.fromMSecsSinceEpoch(int(aware(ticket.created_at).timestamp() * 1000)).toLocalTime()
            return QLocale().toString(stamp.date(), QLocale.FormatType.ShortFormat)
        rating = getattr(ticket, "csat_rating", None)
        return self.tr("%1 / 5").replace("%1", str(rating)) if rating else "—"

    # --- loading ----------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._fetching

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def set_query(self, query: str) -> None:
        if query.strip() != self.query:
            self.query = query.strip()
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._ids, self._rows = [], {}
        self._cursor, self._exhausted, self.error = None, False, ""
        self.endResetModel()
        if self._fetching:
            self._fetching = False
            self.loading_changed.emit(False)
        self.fetchMore(QModelIndex())

    def retry(self) -> None:
        self.error = ""
        self.fetchMore(QModelIndex())

    def _arrived(self, generation: int, page: TicketPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        fresh = [t for t in page.items if t.id not in self._rows and self.admits(t)]
        if fresh:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for ticket in fresh:
                self._rows[ticket.id] = ticket
                self._ids.append(ticket.id)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        self.loading_changed.emit(False)
        if not self._exhausted and not fresh:  # a page the filter emptied: the view will not ask again
            self.fetchMore(QModelIndex())

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.error = describe(exc)
        self.loading_changed.emit(False)
        self.load_failed.emit(self.error)

    def ticket_at(self, row: int) -> TicketSummary | None:
        return self._rows[self._ids[row]] if 0 <= row < len(self._ids) else None

    def row_of(self, ticket_id: int) -> int:
        return self._ids.index(ticket_id) if ticket_id in self._rows else -1


class TicketHistoryView(QWidget):
    """The history tab of the customer profile; `open_requested(ticket_id)` on Enter or double-click."""

    open_requested = Signal(int)

    def __init__(self, ctx: DeskContext, customer_id: int, current_ticket: int | None = None,
                 admits: Callable[[TicketSummary], bool] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CustomerTicketsModel(ctx, customer_id, admits, current=current_ticket, parent=self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.model.set_query(self.search.text()))
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)
        char = QFontMetrics(self.font()).averageCharWidth()
        for name, chars in (("status", 14), ("category", 14)):  # long labels elide; the subject keeps the room
            header.setSectionResizeMode(COLUMNS.index(name), QHeaderView.ResizeMode.Interactive)
            header.resizeSection(COLUMNS.index(name), chars * char + 12)
        self.table.activated.connect(self._activated)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.retry = QPushButton(self)
        self.retry.clicked.connect(self.model.retry)
        self.retry.hide()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.retry)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_row)
        for signal in (self.model.loading_changed, self.model.load_failed, self.model.rowsInserted,
                       self.model.modelReset):
            signal.connect(self._update_status)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(self.tr("Subject or #number"))
        self.search.setAccessibleName(self.tr("Find in the customer's tickets"))
        for button in self.search.findChildren(QToolButton):  # the line edit's clear button
            button.setAccessibleName(self.tr("Clear the search"))
        self.table.setAccessibleName(self.tr("The customer's tickets"))
        self.retry.setText(self.tr("Retry"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def load(self) -> None:
        """Loads the first page once (the tab may never be looked at)."""
        if not self.model.rowCount() and not self.model.loading and not self.model.exhausted:
            self.model.reload()

    def showEvent(self, event: QEvent) -> None:
        self.load()
        super().showEvent(event)

    def _update_status(self, *_: object) -> None:
        model = self.model
        self.retry.setVisible(bool(model.error))
        if model.error:
            text = self.tr("Could not load the tickets: %1").replace("%1", model.error)
        elif model.loading:
            text = self.tr("Loading…")
        elif not model.rowCount():
            text = self.tr("No tickets match.") if model.query else self.tr("No tickets.")
        elif model.exhausted:
            text = self.tr("%n ticket(s)", "", model.rowCount())
        else:
            text = self.tr("%n ticket(s) loaded; scroll for more", "", model.rowCount())
        self.status.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        ticket = self.model.ticket_at(index.row())
        if ticket is not None:
            self.open_requested.emit(ticket.id)
