"""`TicketTableModel`: one inbox view as a table, loaded page by page with the service's cursor.

Follows Qt's C++ fetchmore example: `canFetchMore`/`fetchMore` with the `parent.isValid()` guard, and
`beginInsertRows(QModelIndex(), first, last)`. The fetch itself runs on the TaskRunner: `fetchMore`
starts it and returns at once; rows are appended when the page arrives. Rows are cached by id, newest
first, as the service sorts them; nothing is sorted here.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desk_app.contract import SECRET_EXPOSED_TAG, SlaState, TicketStatus, TicketSummary, View
from desk_app.ui.common import labels, sla, style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.feed import TicketFeed
from desk_app.ui.common.presence import presence_board
from desk_app.ui.common.text import one_line, tooltip
from desk_app.ui.inbox.filters import Filters, in_view
from desk_app.ui.inbox.presence_marker import ROLES as PRESENCE_ROLES
from desk_app.ui.inbox.presence_marker import PresenceMarker
from desk_app.ui.inbox.rows import PackedPage, RowCache

Index = QModelIndex | QPersistentModelIndex
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
TICKET_ROLE = Qt.ItemDataRole.UserRole + 1  # the TicketSummary of a row
PAGE_SIZE = 100
RESYNC_COALESCE_MS = 100


class Column(enum.IntEnum):
    PRIORITY = 0
    SUBJECT = 1
    CUSTOMER = 2
    LANGUAGE = 3
    CATEGORY = 4
    STATUS = 5
    ASSIGNEE = 6
    CHANNEL = 7
    SLA = 8


SLA_ROLES = [DISPLAY, TOOLTIP, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.AccessibleTextRole]
# data() answers only these; the view asks for about ten roles per cell on every paint (#7: keep it cheap).
_ROLES = frozenset(int(r) for r in (TICKET_ROLE, *SLA_ROLES, Qt.ItemDataRole.FontRole, *PRESENCE_ROLES))
_COLUMNS = tuple(Column)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
CELL_ROWS = 2_000  # rows whose answers are kept (a screen shows ~50); all are dropped when it is full


def shown(ticket: TicketSummary) -> tuple[object, ...]:
    """Everything of a ticket that its row shows: the columns, the subject's marks and font, the SLA clock's inputs.

    A fresh copy of a ticket that differs only elsewhere (tags, message count, version) repaints nothing;
    whatever `data()` comes to show must be added here."""
    return (ticket.priority, ticket.subject, SECRET_EXPOSED_TAG in ticket.tags, ticket.customer_display,
            ticket.language, ticket.category, ticket.status, ticket.assignee_name, ticket.channel, ticket.sla_state,
            ticket.first_response_due, ticket.resolution_due, ticket.first_responded_at, ticket.sla_paused_at)


class TicketTableModel(QAbstractTableModel):
    """The tickets of one view and filter set; see the module docstring."""

    loading_changed = Signal(bool)
    load_failed = Signal(str)  # a sentence for the agent; fetching stops until `retry`/`reload`

    def __init__(self, ctx: DeskContext, view: View, feed: TicketFeed | None = None,
                 page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.view, self.page_size = ctx, view, page_size
        self.filters = Filters()
        self._ids: list[int] = []  # newest first
        self._rows = RowCache()  # compact: 100,000 rows take about 30 MB
        self._cursor: str | None = None
        self._exhausted = False
        self._fetching = False
        self._error = ""
        self._generation = 0  # bumped by reload: pages of an older generation are dropped
        self.pages_loaded = 0
        self._now = datetime.now(UTC)
        self._icons: dict[SlaState, QIcon] = {}
        self._cells: dict[int, dict[tuple[Column, int], object]] = {}  # ticket id -> (column, role) -> answer
        self._sla_cells: dict[int, dict[tuple[Column, int], object]] = {}  # the same for the SLA clock's column
        self.presence: PresenceMarker | None = None  # #13: who else has a row's ticket open
        if feed is not None:
            self.presence = PresenceMarker(presence_board(feed), self._presence_changed, self)
            feed.add_holder(self.holds)
            feed.ticket_loaded.connect(self.ticket_changed)
            feed.ticket_gone.connect(self.ticket_removed)
            feed.resync.connect(self._resync)
        # A resync (a flood of changes) reloads each view once, and a hidden one only when it is shown (#7)
        self.shown: Callable[[], bool] = lambda: True  # the view says whether it is on screen
        self._stale = False
        self._resync_timer = QTimer(self, singleShot=True, interval=RESYNC_COALESCE_MS)
        self._resync_timer.timeout.connect(self._resync_now)

    # --- Qt's model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid():
            return False
        return not self._exhausted and not self._error

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetching or self._exhausted or self._error:
            return
        self._fetching = True
        self.loading_changed.emit(True)
        generation, cursor, params = self._generation, self._cursor, self.filters.params()
        client = self.ctx.client
        view, limit = self.view, self.page_size
        # parsed and packed on the pool thread: the GUI thread only appends the page's rows (#7)
        self.ctx.tasks.run(lambda: PackedPage.of(client.tickets(view, **params, limit=limit, cursor=cursor)),
                           on_done=lambda page: self._page_arrived(generation, page),
                           on_error=lambda exc: self._page_failed(generation, exc), owner=self)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        if orientation != Qt.Orientation.Horizontal or role not in (DISPLAY, TOOLTIP):
            return None
        return {
            Column.PRIORITY: self.tr("Priority"), Column.SUBJECT: self.tr("Subject"),
            Column.CUSTOMER: self.tr("Customer"), Column.LANGUAGE: self.tr("Language"),
            Column.CATEGORY: self.tr("Category"), Column.STATUS: self.tr("Status"),
            Column.ASSIGNEE: self.tr("Assignee"), Column.CHANNEL: self.tr("Channel"),
            Column.SLA: self.tr("SLA"),
        }[Column(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if role not in _ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._ids):
            return None
        ticket_id = self._ids[row]
        if role == TICKET_ROLE:
            return self._rows[ticket_id]
        column = _COLUMNS[index.column()]
        if column is Column.SUBJECT and self.presence is not None and role in PRESENCE_ROLES:
            marked = self.presence.data(ticket_id, role, lambda: self._text(self._rows[ticket_id], column))
            if marked is not None:
                return marked
        # A paint asks about ten roles of each cell, and the answers (sanitised text above all) cost far more
        # than looking them up: they are kept per row until the row, the clock or the language changes (#7).
        store = self._sla_cells if column is Column.SLA else self._cells
        cells = store.get(ticket_id)
        if cells is None:
            if len(store) >= CELL_ROWS:
                store.clear()
            cells = store[ticket_id] = {}
        key = (column, DISPLAY if role == ACCESSIBLE and column is not Column.SLA else role)  # the same words
        if key in cells:
            return cells[key]
        value = cells[key] = self._answer(self._rows[ticket_id], column, role)
        return value

    def forget_texts(self) -> None:
        """The language changed: every cell is worded anew."""
        self._cells.clear()
        self._sla_cells.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def _answer(self, ticket: TicketSummary, column: Column, role: int) -> object:
        if column is Column.SLA:
            return self._sla_data(ticket, role)
        if role == DISPLAY or role == ACCESSIBLE:
            return self._text(ticket, column)
        if role == TOOLTIP and column is Column.SUBJECT:
            return tooltip(self._subject(ticket, 500))  # never rich text
        if role == Qt.ItemDataRole.DecorationRole and column is Column.SUBJECT and SECRET_EXPOSED_TAG in ticket.tags:
            return self._icon(SlaState.near)  # the amber sign; the text says what it is
        if role == Qt.ItemDataRole.FontRole and column is Column.SUBJECT and ticket.status is TicketStatus.new:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def _text(self, ticket: TicketSummary, column: Column) -> str:
        if column is Column.PRIORITY:
            return labels.priority(ticket.priority)
        if column is Column.SUBJECT:
            return self._subject(ticket, 200)
        if column is Column.CUSTOMER:
            return one_line(ticket.customer_display, 80)
        if column is Column.LANGUAGE:
            return labels.language(ticket.language)
        if column is Column.CATEGORY:
            return labels.category(ticket.category)
        if column is Column.STATUS:
            if ticket.merged_into_id is not None:  # closed as a duplicate (#13): where the conversation went
                return self.tr("Merged into #%1").replace("%1", str(ticket.merged_into_id))
            return labels.status(ticket.status)
        if column is Column.ASSIGNEE:
            return one_line(ticket.assignee_name, 80) if ticket.assignee_name else self.tr("Unassigned")
        return labels.channel(ticket.channel)

    def _subject(self, ticket: TicketSummary, limit: int) -> str:
        """The subject, marked when the customer sent a secret the service redacted."""
        subject = one_line(ticket.subject, limit)
        return self.tr("Secret exposed: %1").replace("%1", subject) if SECRET_EXPOSED_TAG in ticket.tags else subject

    def _sla_data(self, ticket: TicketSummary, role: int) -> object:
        clock = sla.clock(ticket, self._now)
        if role == DISPLAY:
            return sla.text(clock)
        if role in (TOOLTIP, Qt.ItemDataRole.AccessibleTextRole):
            return f"{sla.text(clock)}. {sla.describe(clock)}"
        colors = style.sla_colors(clock.state)
        if role == Qt.ItemDataRole.BackgroundRole and colors:
            return colors[0]
        if role == Qt.ItemDataRole.ForegroundRole and colors:
            return colors[1]
        if role == Qt.ItemDataRole.DecorationRole and clock.state in (SlaState.near, SlaState.breached):
            return self._icon(clock.state)
        return None

    def _icon(self, state: SlaState) -> QIcon:
        if state not in self._icons:
            pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if state is SlaState.near
                      else QStyle.StandardPixmap.SP_MessageBoxCritical)
            self._icons[state] = QApplication.style().standardIcon(pixmap)
        return self._icons[state]

    # --- loading ----------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._fetching

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    @property
    def next_cursor(self) -> str | None:
        """Where the next page starts (for a bulk change over the rest of the view, #13)."""
        return self._cursor

    @property
    def error(self) -> str:
        return self._error

    def set_filters(self, filters: Filters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.reload()

    def reload(self) -> None:
        """Forgets every row and loads the first page again."""
        self._generation += 1
        self._stale = False
        self.beginResetModel()
        self._ids, self._rows = [], RowCache()
        self._cells.clear()
        self._sla_cells.clear()
        self._cursor, self._exhausted, self._error = None, False, ""
        self.pages_loaded = 0
        self.endResetModel()
        if self._fetching:
            self._fetching = False
            self.loading_changed.emit(False)
        self.fetchMore(QModelIndex())

    def _resync(self) -> None:
        self._stale = True
        self._resync_timer.start()  # (re)started: a burst of resyncs is one reload

    def _resync_now(self) -> None:
        if self._stale and self.shown():
            self.reload()

    def reload_if_stale(self) -> None:
        """The view came on screen: reload if a resync happened while it was hidden."""
        if self._stale:
            self.reload()

    def retry(self) -> None:
        """Carries on after a failed page."""
        self._error = ""
        self.fetchMore(QModelIndex())

    def _page_arrived(self, generation: int, page: PackedPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        fresh = [(ticket_id, packed) for ticket_id, packed in page.rows if ticket_id not in self._rows]
        if fresh:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for ticket_id, packed in fresh:
                self._rows.put_packed(ticket_id, packed)
                self._ids.append(ticket_id)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        self.pages_loaded += 1
        self.loading_changed.emit(False)

    def _page_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._error = describe(exc)
        self.loading_changed.emit(False)
        self.load_failed.emit(self._error)

    # --- rows -------------------------------------------------------------------------------------

    def ticket_at(self, row: int) -> TicketSummary | None:
        return self._rows[self._ids[row]] if 0 <= row < len(self._ids) else None

    def row_of(self, ticket_id: int) -> int:
        return self._ids.index(ticket_id) if ticket_id in self._rows else -1

    def holds(self, ticket_id: int) -> bool:
        return ticket_id in self._rows

    def tick(self, now: datetime | None = None) -> None:
        """The SLA countdown moved on: only the SLA column changes."""
        self._now = now or datetime.now(UTC)
        self._sla_cells.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, Column.SLA), self.index(len(self._ids) - 1, Column.SLA), SLA_ROLES)

    def ticket_changed(self, ticket: TicketSummary) -> None:
        """A fresh copy of a ticket: updated in place, inserted if it now belongs here, removed if it left."""
        belongs = in_view(self.view, ticket, self.ctx.agent.id) and self.filters.admits(ticket)
        row = self.row_of(ticket.id)
        if row >= 0:
            if not belongs:
                self.ticket_removed(ticket.id)
                return
            shown_before = shown(self._rows[ticket.id])
            self._rows[ticket.id] = ticket
            if shown(ticket) == shown_before:
                return  # nothing the row shows changed (tags, counts, version): no repaint (#7)
            self._cells.pop(ticket.id, None)
            self._sla_cells.pop(ticket.id, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            return
        if not belongs or not self.filters.matches_text(ticket) or self.filters.sla_breached is not None:
            return
        if not self._ids and not self._exhausted:
            return  # the first page is still to come and will bring it
        if not self._exhausted and ticket.id < self._ids[-1]:
            return  # older than what is loaded: a later page brings it
        position = bisect.bisect_left([-i for i in self._ids], -ticket.id)
        self.beginInsertRows(QModelIndex(), position, position)
        self._ids.insert(position, ticket.id)
        self._rows[ticket.id] = ticket
        self._cells.pop(ticket.id, None)
        self._sla_cells.pop(ticket.id, None)
        self.endInsertRows()

    def _presence_changed(self, ticket_id: int) -> None:
        row = self.row_of(ticket_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, Column.SUBJECT), self.index(row, Column.SUBJECT),
                                  list(PRESENCE_ROLES))

    def ticket_removed(self, ticket_id: int) -> None:
        row = self.row_of(ticket_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        del self._rows[ticket_id]
        self._cells.pop(ticket_id, None)
        self._sla_cells.pop(ticket_id, None)
        self.endRemoveRows()
