"""A read-only table model over a list of contract records, with columns declared once.

Every cell is shown as safe plain text (control and direction characters made visible, long text cut);
the full value goes to the tooltip.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.ui.common.text import Formatted, one_line, safe

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: these models are flat

WARN_BACKGROUND = QColor("#fff1c2")
WARN_TEXT = QColor("#5c3c00")
ALERT_BACKGROUND = QColor("#fde2e2")
ALERT_TEXT = QColor("#8a0010")


def tooltip(text: str) -> str:
    """Qt guesses whether a tooltip is rich text; escaped and wrapped, untrusted text stays plain."""
    return "<qt>" + html.escape(safe(text, 2000)).replace("\n", "<br>") + "</qt>"


@dataclass
class Column(Generic[R]):
    """One column: its (translated) header and how a record becomes the cell's text."""

    header: Callable[[], str]
    value: Callable[[R], str]
    right: bool = False  # numbers line up on the right


class RecordsModel(QAbstractTableModel, Generic[R]):
    """Rows are records (pydantic models); subclasses declare `columns()` and may colour rows."""

    CELL_LIMIT = 300

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._columns: list[Column[R]] = self.columns()

    def columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def row_style(self, record: R) -> tuple[QColor, QColor] | None:
        """(background, text) for rows that need attention, or None."""
        return None

    def row_bold(self, record: R) -> bool:
        return False

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def refresh_cells(self) -> None:
        """Recompute every cell (clock-dependent columns such as "time left")."""
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(self._columns) - 1))

    def retranslate(self) -> None:
        self._columns = self.columns()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        self.refresh_cells()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records) or index.column() >= len(self._columns):
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(record)
            return value if isinstance(value, Formatted) else one_line(value, self.CELL_LIMIT)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.value(record)
            return tooltip(text) if len(text) > 40 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            style = self.row_style(record)
            if style is None:
                return None
            return QBrush(style[0] if role == Qt.ItemDataRole.BackgroundRole else style[1])
        if role == Qt.ItemDataRole.FontRole and self.row_bold(record):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return self._columns[section].header()
        return None
