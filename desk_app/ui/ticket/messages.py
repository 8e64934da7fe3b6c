"""`MessageListModel`: a ticket's conversation as a list model, text made safe once per message.

Messages still in this desk's outbox follow the stored ones, marked as queued (or as refused).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from desk_app.contract import AuthorKind, MessageOut
from desk_app.linkcheck import DEFAULT_EXCHANGE_DOMAINS
from desk_app.ui.common.links import link_notes
from desk_app.ui.common.sla import local_time
from desk_app.ui.common.text import isolated, one_line, safe
from desk_app.ui.ticket.system_notes import system_text

Index = QModelIndex | QPersistentModelIndex
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the MessageOut
BODY_ROLE = Qt.ItemDataRole.UserRole + 2  # the body as shown: safe plain text, cut when very long
QUEUED_ROLE = Qt.ItemDataRole.UserRole + 3  # "queued" or "failed" for a message still in the outbox, else None
LINKS_ROLE = Qt.ItemDataRole.UserRole + 4  # (where each link goes, with warnings; whether one is a look-alike)
SHOWN_CHARS = 3_000  # per bubble: laying out 8,000 rare CJK characters took 150 ms on the GUI thread


class MessageListModel(QAbstractListModel):
    """Messages oldest first; `set_messages` appends what is new and keeps the rest."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messages: list[MessageOut] = []
        self._bodies: dict[int, str] = {}
        self._links: dict[int, tuple[str, bool]] = {}
        self.domains: tuple[str, ...] = DEFAULT_EXCHANGE_DOMAINS  # the exchange's own, for look-alike links
        self._queued: list[MessageOut] = []  # outbox items shown as messages with id = -outbox id
        self._queue_state: dict[int, str] = {}  # -outbox id -> "queued" | "failed"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages) + len(self._queued)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        message = self._messages[row] if row < len(self._messages) else self._queued[row - len(self._messages)]
        if role == QUEUED_ROLE:
            return self._queue_state.get(message.id)
        if role == MESSAGE_ROLE:
            return message
        if role == BODY_ROLE:
            return self.body(message)
        if role == LINKS_ROLE:
            return self.links(message)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            notes = self.links(message)[0]
            note = system_text(message)  # a service note in the agent's language, already safe
            text = note.replace("\n", " ") if note is not None else one_line(message.body, 300)
            shown = f"{self.heading(message)}: {text}"
            if message.attachments:  # #13: screen readers hear what is attached, names as plain text
                files = ", ".join(one_line(a.filename, 60) for a in message.attachments)
                shown += " " + self.tr("[%n attachment(s): %1]", "", len(message.attachments)).replace("%1", files)
            return f"{shown} ({one_line(notes, 600)})" if notes else shown
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def body(self, message: MessageOut) -> str:
        if message.id not in self._bodies and (note := system_text(message)) is not None:
            self._bodies[message.id] = note  # worded here from the code; its values made safe one by one
        if message.id not in self._bodies:
            shown = safe(message.body, SHOWN_CHARS)
            if len(message.body) > SHOWN_CHARS:
                shown += "\n\n" + self.tr("[Longer than shown: %1 characters in all. “Copy message text” (Ctrl+C) "
                                            "copies all of it.]").replace("%1", QLocale().toString(len(message.body)))
            self._bodies[message.id] = shown
        return self._bodies[message.id]

    def forget_links(self) -> None:
        """Drops what is worded in the language (link notes, the "longer than shown" line, system notes)."""
        self._links = {}
        self._bodies = {}

    def links(self, message: MessageOut) -> tuple[str, bool]:
        """Where the message's links really go (translated, plain text), and whether one imitates the exchange."""
        if message.id not in self._links:
            self._links[message.id] = link_notes(message.body, self.domains)
        return self._links[message.id]

    def kind_label(self, message: MessageOut) -> str:
        if message.internal:
            return self.tr("Internal note")
        return {AuthorKind.customer: self.tr("Customer"), AuthorKind.agent: self.tr("Reply"),
                AuthorKind.system: self.tr("System")}[message.author_kind]

    def heading(self, message: MessageOut) -> str:
        """"Internal note · Agent One · 12/03/25 14:02" — what the bubble's first line says."""
        parts = [self.kind_label(message), local_time(message.created_at)]
        if message.author_kind is not AuthorKind.system:  # the service names itself in English: the kind says it
            parts.insert(1, isolated(one_line(message.author_name, 80)))
        state = self._queue_state.get(message.id)
        if state == "queued":
            parts.append(self.tr("Queued: not sent yet"))
        elif state == "failed":
            parts.append(self.tr("Not sent: the service refused it"))
        return " · ".join(parts)

    def messages(self) -> list[MessageOut]:
        return list(self._messages)

    def queued(self) -> list[MessageOut]:
        """The outbox items shown (id = -outbox id), oldest first."""
        return list(self._queued)

    def set_queued(self, items: list[tuple[MessageOut, str]]) -> None:
        """Shows this ticket's outbox: (message with id = -outbox id, "queued" or "failed"), oldest first."""
        first = len(self._messages)
        if self._queued:
            self.beginRemoveRows(QModelIndex(), first, first + len(self._queued) - 1)
            self._queued, self._queue_state = [], {}
            self.endRemoveRows()
        if items:
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            self._queued = [m for m, _ in items]
            self._queue_state = {m.id: state for m, state in items}
            self.endInsertRows()

    def remove_queued(self, message_id: int) -> None:
        """Takes an outbox item off (delivered or discarded); `message_id` is -outbox id."""
        if message_id not in self._queue_state:
            return
        row = len(self._messages) + next(i for i, m in enumerate(self._queued) if m.id == message_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        self._queued = [m for m in self._queued if m.id != message_id]
        del self._queue_state[message_id]
        self.endRemoveRows()

    def add_queued(self, message: MessageOut, state: str = "queued") -> None:
        if message.id in self._queue_state:
            return
        self.set_queued([*((m, self._queue_state[m.id]) for m in self._queued), (message, state)])

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
        self._messages, self._bodies, self._links = list(messages), {}, {}
        self.endResetModel()

    def append(self, message: MessageOut) -> None:
        """A message this desk just posted (the refetch after the event then finds it known)."""
        if any(m.id == message.id for m in self._messages):
            return
        self.set_messages([*self._messages, message])
