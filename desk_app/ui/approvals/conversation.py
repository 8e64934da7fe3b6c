"""A ticket's conversation as a read-only list model: plain text, one item per message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk_app.contract import AuthorKind, MessageOut
from desk_app.ui.common.text import one_line, safe
from desk_app.ui.security import timefmt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: these models are flat
BODY_LIMIT = 4000
NOTE_BACKGROUND = QColor("#fff8e1")
NOTE_TEXT = QColor("#3d2800")


class ConversationModel(QAbstractListModel):
    """Oldest message first; internal notes marked and tinted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages: list[MessageOut] = []

    def set_messages(self, messages: list[MessageOut]) -> None:
        self.beginResetModel()
        self._messages = sorted(messages, key=lambda m: (m.created_at, m.id))
        self.endResetModel()

    def clear(self) -> None:
        self.set_messages([])

    def _author(self, message: MessageOut) -> str:
        kind = {
            AuthorKind.customer: self.tr("customer"),
            AuthorKind.agent: self.tr("agent"),
            AuthorKind.system: self.tr("system"),
        }[message.author_kind]
        head = f"{one_line(message.author_name, 60)} ({kind}) · {timefmt.local(message.created_at)}"
        return self.tr("%1 · internal note").replace("%1", head) if message.internal else head

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._messages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._messages):
            return None
        message = self._messages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._author(message)}\n{safe(message.body, BODY_LIMIT)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._author(message)}: {safe(message.body, BODY_LIMIT)}"
        if message.internal and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(NOTE_BACKGROUND)
        if message.internal and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(NOTE_TEXT)
        return None

    def retranslate(self) -> None:
        if self._messages:
            self.dataChanged.emit(self.index(0), self.index(len(self._messages) - 1))
