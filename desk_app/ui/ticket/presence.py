"""Presence in a ticket tab (#13): telling the desk this agent is here (and typing), and showing who else is.

`PresenceReporter` sends `viewing` when the tab opens and then a heartbeat every 10 s, `typing` as soon
as the agent types in the composer (back to `viewing` after a few quiet seconds), and `left` when the tab
closes. Every call runs on the TaskRunner; a failed heartbeat is simply sent again at the next beat.
`PresenceBar` shows "Mina is replying · Sam is viewing" from the window's PresenceBoard.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from desk_app.contract import PresenceList, PresenceState
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.presence import PresenceBoard, describe

log = logging.getLogger(__name__)

HEARTBEAT_MS = 10_000  # the service forgets presence after 30 s without one
TYPING_IDLE_MS = 6_000  # no keystroke for this long: back to viewing


class PresenceReporter(QObject):
    """Sends this agent's presence on one ticket; see the module docstring."""

    def __init__(self, ctx: DeskContext, ticket_id: int, board: PresenceBoard, editor: QPlainTextEdit,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id, self.board, self.editor = ctx, ticket_id, board, editor
        self.state: PresenceState | None = None
        self.heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.beat)
        self.typing_idle = QTimer(self, singleShot=True, interval=TYPING_IDLE_MS)
        self.typing_idle.timeout.connect(lambda: self._set(PresenceState.viewing))
        editor.installEventFilter(self)  # keystrokes, not text changes: a restored draft is not typing

    def start(self) -> None:
        self._set(PresenceState.viewing)
        self.heartbeat.start()

    def stop(self) -> None:
        """The tab closes: tell the others at once rather than letting the presence expire."""
        self.heartbeat.stop()
        self.typing_idle.stop()
        if self.state is not None:
            self.state = None
            client, ticket_id = self.ctx.client, self.ticket_id
            self.ctx.tasks.run(lambda: client.set_presence(ticket_id, PresenceState.left),
                               on_error=lambda exc: log.info("presence: left not sent (%s)", type(exc).__name__))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.text() or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._typed()
        return False

    def _typed(self) -> None:
        if self.state is None or self.editor.isReadOnly():
            return
        self.typing_idle.start()
        if self.state is not PresenceState.typing:
            self._set(PresenceState.typing)

    def _set(self, state: PresenceState) -> None:
        self.state = state
        self.beat()

    def beat(self) -> None:
        if self.state is None:
            return
        client, ticket_id, state = self.ctx.client, self.ticket_id, self.state
        self.ctx.tasks.run(lambda: client.set_presence(ticket_id, state), on_done=self._answered,
                           on_error=lambda exc: log.info("presence not sent (%s)", type(exc).__name__), owner=self)

    def _answered(self, presence: PresenceList) -> None:
        self.board.set_ticket(self.ticket_id, presence.items)


class PresenceBar(QLabel):
    """Who else has this ticket open; hidden when no one does."""

    def __init__(self, board: PresenceBoard, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board, self.ticket_id = board, ticket_id
        self.setObjectName("presence")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#presence { background: #e8f0fe; color: #174ea6; border: 1px solid #c6dafc;"
                           " border-radius: 4px; padding: 3px 8px; font-weight: 600; }")
        board.changed.connect(self._changed)
        board.ensure()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Others on this ticket"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _changed(self, ticket_id: int) -> None:
        if ticket_id == self.ticket_id:
            self.refresh()

    def refresh(self) -> None:
        others = self.board.others(self.ticket_id)
        text = describe(others)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(others))
