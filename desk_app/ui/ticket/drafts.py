"""Keeps what the composer holds as a draft in the local store while it is typed, and brings it back.

Saving is debounced (a pause in typing, or the store being closed, writes it) and happens on the
local store's own thread. A draft is kept per ticket and kind (reply or note); switching the kind
moves the text. Sending deletes the draft in the same transaction that queues the message. A text
holding a personal-data value revealed in this session is not written to disk (checked on the store's
thread), so the store never holds revealed data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from desk_app.local.store import Draft, DraftKind
from desk_app.ui.common.local_desk import LocalDesk

if TYPE_CHECKING:
    from desk_app.ui.ticket.composer import Composer

DEBOUNCE_MS = 400


class DraftKeeper(QObject):
    """Saves one composer's text as the ticket's draft; `restored` after a saved draft came back."""

    restored = Signal(object)  # Draft
    saved = Signal()  # a save was handed to the store (tests and the fault driver wait for it)

    def __init__(self, composer: Composer, local: LocalDesk, ticket_id: int) -> None:
        super().__init__(composer)
        self.composer, self.local, self.ticket_id = composer, local, ticket_id
        self.kind = DraftKind.of(composer.internal)
        self._touched = False  # typed into before the saved draft arrived: the typing wins
        self._loading = False
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self._save)
        composer.editor.textChanged.connect(self._changed)
        composer.mode.buttonToggled.connect(self._mode_changed)
        local.flush_requested.connect(self.save_now)
        local.load_drafts(ticket_id, self._loaded, owner=self)

    def _changed(self) -> None:
        if self._loading:
            return
        self._touched = True
        self.timer.start()

    def save_now(self) -> None:
        """Writes a pending change now (before the store closes); nothing if nothing is pending."""
        if self.timer.isActive():
            self.timer.stop()
            self._save()

    def _save(self) -> None:
        self.local.save_draft(self.ticket_id, self.kind, self.composer.editor.toPlainText(), self.composer.ctx.revealed)
        self.saved.emit()

    def _mode_changed(self, *_: object) -> None:
        kind = DraftKind.of(self.composer.internal)
        if kind is self.kind or self._loading:
            self.kind = kind
            return
        old, self.kind = self.kind, kind
        if self.composer.editor.toPlainText().strip():
            self.local.delete_draft(self.ticket_id, old)
            self.timer.stop()
            self._save()

    def forget(self) -> None:
        """The agent discarded the text: the draft goes too."""
        self.timer.stop()
        self.local.delete_draft(self.ticket_id, self.kind)

    def sending(self) -> None:
        """The text is being queued, which deletes the draft: a pending save must not bring it back."""
        self.timer.stop()

    def _loaded(self, drafts: list[Draft]) -> None:
        if not drafts or self._touched or self.composer.editor.toPlainText():
            return
        draft = drafts[0]  # the most recently written
        self._loading = True
        try:
            self.composer.set_mode(draft.kind is DraftKind.note)
            self.kind = draft.kind
            self.composer.editor.setPlainText(draft.body)
            self.composer.editor.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = False
        self.restored.emit(draft)
