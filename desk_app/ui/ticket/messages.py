"""`MessageListModel`: a ticket's conversation as a list model, text made safe once per message."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desk_app.contract import AuthorKind, MessageOut
from desk_app.ui.common.sla import local_time
from desk_app.ui.common.text import one_line, safe

Index = QModelIndex | QPersistentModelIndex
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the MessageOut
BODY_ROLE = Qt.ItemDataRole.UserRole + 2  # the body as shown: safe plain text, cut when very long
SHOWN_CHARS = 8_000


class MessageListModel(QAbstractListModel):
    """Messages oldest first; `set_messages` appends what is new and keeps the rest."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages: list[MessageOut] = []
        self._bodies: dict[int, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        message = self._messages[index.row()]
        if role == MESSAGE_ROLE:
            return message
        if role == BODY_ROLE:
            return self.body(message)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self.heading(message)}: {one_line(message.body, 300)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def body(self, message: MessageOut) -> str:
        if message.id not in self._bodies:
            self._bodies[message.id] = safe(message.body, SHOWN_CHARS)
        return self._bodies[message.id]

    def kind_label(self, message: MessageOut) -> str:
        if message.internal:
            return self.tr("Internal note")
        return {AuthorKind.customer: self.tr("Customer"), AuthorKind.agent: self.tr("Reply"),
                AuthorKind.system: self.tr("System")}[message.author_kind]

    def heading(self, message: MessageOut) -> str:
        """"Internal note · Agent One · 12/03/25 14:02" — what the bubble's first line says."""
        return " · ".join((self.kind_label(message), one_line(message.author_name, 80), local_time(message.created_at)))

    def messages(self) -> list[MessageOut]:
        return list(self._messages)

    def set_messages(self, messages: list[MessageOut]) -> None:
        known = [m.id for m in self._messages]
        if [m.id for m in messages[: len(known)]] == known:
            fresh = messages[len(known):]
            if fresh:
                self.beginInsertRows(QModelIndex(), len(known), len(known) + len(fresh) - 1)
                self._messages.extend(fresh)
                self.endInsertRows()
            return
        self.beginResetModel()
        self._messages, self._bodies = list(messages), {}
        self.endResetModel()

    def append(self, message: MessageOut) -> None:
        """A message this desk just posted (the refetch after the event then finds it known)."""
        if any(m.id == message.id for m in self._messages):
            return
        self.set_messages([*self._messages, message])
