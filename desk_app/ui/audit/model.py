"""The audit trail as a lazy table model: pages are fetched by cursor as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from desk_app.contract import ActionKind, AuditEntry, AuditPage, RevealField
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import one_line
from desk_app.ui.security import timefmt
from desk_app.ui.security.records import tooltip
from desk_app.ui.security.wording import field_name, kind_name

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: these models are flat


class AuditModel(QAbstractTableModel):
    """Newest entries first; rows cached by id so a page fetched twice never shows twice."""

    loading_changed = Signal(bool)
    failed = Signal(object)  # Exception

    def __init__(
        self,
        ctx: DeskContext,
        customer_id: int | None = None,
        ticket_id: int | None = None,
        page_size: int = 100,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id, self.ticket_id, self.page_size = ctx, customer_id, ticket_id, page_size
        self._rows: list[AuditEntry] = []
        self._ids: set[int] = set()
        self._cursor: str | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Forget what is loaded and fetch the newest page (answers to older requests are dropped)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._ids, self._cursor, self._exhausted = [], set(), None, False
        self.endResetModel()
        self._set_loading(False)
        self._load_page()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = ROOT) -> None:
        if self.canFetchMore(parent):
            self._load_page()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _load_page(self) -> None:
        generation, cursor = self._generation, self._cursor
        self._set_loading(True)
        self.ctx.tasks.run(
            lambda: self.ctx.client.audit(
                customer_id=self.customer_id, ticket_id=self.ticket_id, cursor=cursor, limit=self.page_size
            ),
            lambda page: self._page_loaded(generation, page),
            lambda exc: self._page_failed(generation, exc),
            owner=self,
        )

    def _page_loaded(self, generation: int, page: AuditPage) -> None:
        if generation != self._generation:
            return
        fresh = [entry for entry in page.items if entry.id not in self._ids]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(entry.id for entry in fresh)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        self._set_loading(False)

    def _page_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._exhausted = True  # stop asking; the view offers Reload
        self._set_loading(False)
        self.failed.emit(exc)

    # --- reading ----------------------------------------------------------------------------------

    def entry(self, row: int) -> AuditEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def entries(self) -> list[AuditEntry]:
        return list(self._rows)

    def event_name(self, event: str) -> str:
        names = {
            "action.requested": self.tr("Requested"),
            "action.approved": self.tr("Approved"),
            "action.executed": self.tr("Executed"),
            "action.rejected": self.tr("Rejected"),
            "action.cancelled": self.tr("Cancelled"),
            "action.expired": self.tr("Expired"),
            "action.failed": self.tr("Execution failed"),
            "action.confirmed": self.tr("Emergency confirmed"),
            "action.reversed": self.tr("Emergency reversed"),
            "action.restored": self.tr("Previous state restored"),
            "action.reverse_failed": self.tr("Reversal refused by the account system"),
            "auth.refresh_token_reused": self.tr("Sign-in ended: a session token was used twice (possible theft)"),
            "action.review_overdue": self.tr("Review overdue"),
            "customer.revealed": self.tr("Personal data revealed"),
            "attachment.downloaded": self.tr("Attachment downloaded"),
        }
        return names.get(event, event)

    def details_text(self, entry: AuditEntry) -> str:
        parts: list[str] = []
        for key, value in entry.details.items():
            if key == "kind" and isinstance(value, str) and value in ActionKind._value2member_map_:
                parts.append(kind_name(ActionKind(value)))
            elif key == "field" and isinstance(value, str) and value in RevealField._value2member_map_:
                parts.append(self.tr("field: %1").replace("%1", field_name(RevealField(value))))
            elif value in (None, "", {}, []) or (key == "emergency" and value is False):
                continue
            elif key == "emergency":
                parts.append(self.tr("emergency"))
            else:
                parts.append(f"{key}: {value}")
        return " · ".join(parts)

    def _cell(self, entry: AuditEntry, column: int) -> str:
        if column == 0:
            return timefmt.local(entry.at)
        if column == 1:
            return entry.actor
        if column == 2:
            return self.event_name(entry.event)
        if column == 3:
            refs = []
            if entry.action_id is not None:
                refs.append(self.tr("request #%1").replace("%1", str(entry.action_id)))
            if entry.ticket_id is not None:
                refs.append(self.tr("ticket #%1").replace("%1", str(entry.ticket_id)))
            if entry.customer_id is not None and self.customer_id is None:
                refs.append(self.tr("customer #%1").replace("%1", str(entry.customer_id)))
            return ", ".join(refs)
        return self.details_text(entry)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= 5:
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(self._cell(entry, index.column()), 300)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            where = self.tr("Entry #%1, hash %2").replace("%1", str(entry.id)).replace("%2", entry.hash[:16])
            return tooltip(self._cell(entry, 4) + "\n\n" + where)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 5:
            return None
        return (self.tr("Time"), self.tr("Who"), self.tr("Event"), self.tr("Concerns"), self.tr("Details"))[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))
