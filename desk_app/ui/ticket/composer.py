"""The composer: a reply to the customer or an internal note, sent with Ctrl+Enter.

Each message gets its own Idempotency-Key; sending the same text again after a failure reuses it, so
a reply whose answer was lost lands once. The text stays until the service has stored it.

With the workstation's local store (`ctx.local`), the text is kept as a draft while it is typed and a
sent message goes to the outbox first (on disk, encrypted), which delivers it when the service answers.
A reply to the customer is checked first (`desk_app.reply_checks`); what it finds needs a confirmation.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.client import ApiError
from desk_app.contract import MAX_MESSAGE_BODY, ErrorCode, MessageCreate, MessageOut
from desk_app.local.store import OutboxItem
from desk_app.reply_checks import check_reply
from desk_app.ui.common import style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.ticket.attachments import AttachmentTray, FileDrops
from desk_app.ui.ticket.collision import CollisionGuard
from desk_app.ui.ticket.drafts import DraftKeeper
from desk_app.ui.ticket.reply_warning import confirm_reply


class Composer(QWidget):
    """Writes and sends one message at a time for one ticket; emits `sent(MessageOut)`."""

    sent = Signal(object)
    queued = Signal(object)  # OutboxItem: in the outbox, delivered when the service answers
    collided = Signal()  # #13: the service refused the reply: another agent replied after what we had seen
    merged_away = Signal()  # the service refused: the ticket was merged into another meanwhile (reload it)

    def __init__(self, ctx: DeskContext, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        self._pending: tuple[str, bool, str] | None = None  # (body, internal, idempotency key) of the last try
        self._sending = False
        self.customer_language = ""  # the language's own name, once the ticket has loaded
        self.merged_into: int | None = None  # #13: merged into this ticket: nothing more is sent from here

        self.reply_button = QRadioButton(self)
        self.note_button = QRadioButton(self)
        self.reply_button.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.reply_button)
        self.mode.addButton(self.note_button)
        self.mode.buttonToggled.connect(self._mode_changed)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(70)
        self.editor_label = QLabel(self, wordWrap=True)
        self.editor_label.setBuddy(self.editor)
        self.hint = QLabel(self)
        self.hint.setEnabled(False)
        self.error = QLabel(self, objectName="banner", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(style.banner_sheet("error"))
        self.error.hide()
        self.closed_notice = QLabel(self, objectName="banner", wordWrap=True)  # why nothing can be sent here
        self.closed_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.closed_notice.setStyleSheet(style.banner_sheet("warning"))
        self.closed_notice.hide()
        self.send_button = QPushButton(self)
        self.send_button.clicked.connect(self.send)
        self.tray = AttachmentTray(ctx, ticket_id, self)  # #13: files that go with the next message
        self.tray.changed.connect(self._update)
        self.file_drops = FileDrops(self.tray, self, self.editor, self.editor.viewport())
        self._pending_files: list[int] = []  # the attachment ids of the last try
        self.editor.textChanged.connect(self._update)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.send)

        top = QHBoxLayout()
        top.addWidget(self.editor_label, 1)
        top.addWidget(self.reply_button)
        top.addWidget(self.note_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.closed_notice)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.tray)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.setTabOrder(self.editor, self.send_button)
        self.setTabOrder(self.editor, self.tray.attach_button)
        self.setTabOrder(self.tray.attach_button, self.send_button)
        self.retranslate_ui()
        self._update()
        self.confirm = confirm_reply  # (findings, parent) -> bool; the dialog that asks before a risky reply
        self.guard: CollisionGuard | None = None  # #13: asks before a reply that crosses another agent's
        self.drafts = DraftKeeper(self, ctx.local, ticket_id) if ctx.local is not None else None

    @property
    def internal(self) -> bool:
        return self.note_button.isChecked()

    def retranslate_ui(self) -> None:
        self.reply_button.setText(self.tr("Re&ply to customer"))
        self.note_button.setText(self.tr("Internal &note"))
        if self.internal:
            self.editor_label.setText(self.tr("&Message (internal note, only agents see it):"))
            self.editor.setPlaceholderText(self.tr("Write a note for other agents…"))
            self.editor.setAccessibleName(self.tr("Internal note"))
        else:
            self.editor_label.setText(
                self.tr("&Message (the customer will see it; they write in %1):").replace("%1", self.customer_language)
                if self.customer_language else self.tr("&Message (the customer will see it):"))
            self.editor.setPlaceholderText(self.tr("Write a reply to the customer…"))
            self.editor.setAccessibleName(self.tr("Reply to customer"))
        self.hint.setText(self.tr("Ctrl+Enter sends"))
        if self.merged_into is not None:
            self.closed_notice.setText(self.tr("This ticket was merged into #%1, so nothing more can be sent from "
                                               "here. Your text is kept: copy it into #%1.")
                                       .replace("%1", str(self.merged_into)))
        if self._sending:
            self.send_button.setText(self.tr("Sending…"))
        else:
            self.send_button.setText(self.tr("&Add note") if self.internal else self.tr("&Send reply"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _mode_changed(self, *_: object) -> None:
        palette = self.editor.palette()
        if self.internal:
            palette.setColor(QPalette.ColorRole.Base, style.note_colors()[0])
        else:
            palette = self.palette()
        self.editor.setPalette(palette)
        self.retranslate_ui()
        self.editor.viewport().update()  # the placeholder is repainted only when asked

    def _update(self) -> None:
        ready = not self._sending and not self.tray.busy  # #13: files still uploading hold the message
        self.send_button.setEnabled(ready and self.merged_into is None and bool(self.editor.toPlainText().strip()))

    def set_merged_into(self, target: int | None) -> None:
        """#13: a merged ticket takes no more messages; the text stays (read-only, selectable, kept as a draft)."""
        if target == self.merged_into:
            return
        self.merged_into = target
        closed = target is not None
        self.closed_notice.setVisible(closed)
        self.editor.setReadOnly(closed or self._sending)
        for widget in (self.reply_button, self.note_button, self.tray.attach_button):
            widget.setEnabled(not closed and not self._sending)
        self.retranslate_ui()
        self._update()

    def set_customer_language(self, name: str) -> None:
        """Shows which language the customer writes in, so the reply is written in it."""
        self.customer_language = name
        self.retranslate_ui()

    def set_mode(self, internal: bool) -> None:
        (self.note_button if internal else self.reply_button).setChecked(True)

    def start(self, internal: bool) -> None:
        """R / N: choose the kind and put the cursor in the editor."""
        self.set_mode(internal)
        self.editor.setFocus()

    def has_draft(self) -> bool:
        return bool(self.editor.toPlainText().strip())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def send(self) -> None:
        body, internal = self.editor.toPlainText(), self.internal
        if self._sending or not body.strip() or self.merged_into is not None:
            return
        if len(body) > MAX_MESSAGE_BODY:
            self.show_error(self.tr("The message is too long (%1 characters; at most %2).")
                            .replace("%1", str(len(body))).replace("%2", str(MAX_MESSAGE_BODY)))
            return
        if not internal:
            findings = check_reply(body, self.ctx.revealed, self.ctx.allowed_domains)
            if findings and not self.confirm(findings, self):
                self.window().activateWindow()  # back from the dialog: Ctrl+Enter works again at once
                self.editor.setFocus()
                return
            if self.guard is not None and not self.guard.allow(self):
                self.editor.setFocus()
                return
        if self.tray.busy:
            self.show_error(self.tr("Wait until the files are uploaded, or cancel them."))
            return
        files = self.tray.ready_ids()
        if self.ctx.local is not None and not files and not self.ctx.revealed.find(body):
            # through the outbox; with files (already on the service) or a revealed value (never kept on disk)
            # it goes straight out
            self._queue(body, internal)
            return
        if self._pending is None or self._pending[:2] != (body, internal) or self._pending_files != files:
            self._pending = (body, internal, str(uuid.uuid4()))  # a new message: a new key
            self._pending_files = files
        key = self._pending[2]
        self._set_sending(True)
        self.show_error("")
        client, ticket_id = self.ctx.client, self.ticket_id
        message = MessageCreate(body=body, internal=internal, seen_up_to=self._seen_up_to(internal),
                                attachment_ids=files)
        self.ctx.tasks.run(lambda: client.post_message(ticket_id, message, key),
                           on_done=lambda message: self._sent(body, message), on_error=self._failed, owner=self)

    def _queue(self, body: str, internal: bool) -> None:
        """Into the outbox (deleting the draft with it); the delivery worker takes it from there."""
        assert self.ctx.local is not None
        if self.drafts is not None:
            self.drafts.sending()
        self._set_sending(True)
        self.show_error("")
        self.ctx.local.send(self.ticket_id, body, internal, on_done=lambda item: self._queued(body, item),
                            on_error=self._failed, owner=self, seen_up_to=self._seen_up_to(internal))

    def _seen_up_to(self, internal: bool) -> int | None:
        """For a reply, the newest message this agent has seen: the service refuses it if another agent's
        reply came after (a note crosses nothing)."""
        seen = self.guard.seen_up_to if self.guard is not None and not internal else None
        return seen or None

    def _queued(self, body: str, item: OutboxItem) -> None:
        self._set_sending(False)
        if self.editor.toPlainText() == body:
            self.editor.clear()
        self.queued.emit(item)

    def discard_draft(self) -> None:
        """The agent chose to throw the text away (closing the tab): the saved draft goes too."""
        if self.drafts is not None:
            self.drafts.forget()

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        closed = self.merged_into is not None
        self.editor.setReadOnly(sending or closed)
        self.reply_button.setEnabled(not sending and not closed)
        self.note_button.setEnabled(not sending and not closed)
        self.retranslate_ui()
        self._update()

    def _sent(self, body: str, message: MessageOut) -> None:
        self._pending = None
        self.tray.clear_sent([a.id for a in message.attachments])
        self._set_sending(False)
        if self.editor.toPlainText() == body:
            self.editor.clear()
        self.sent.emit(message)

    def _failed(self, exc: Exception) -> None:
        self._set_sending(False)
        if isinstance(exc, ApiError) and exc.code == ErrorCode.reply_collision:
            self.collided.emit()  # the tab reloads the conversation; sending again asks first
        if isinstance(exc, ApiError) and exc.code == ErrorCode.ticket_merged:
            self.merged_away.emit()  # the tab reloads the ticket, which closes this composer
        self.show_error(self.tr("Not sent: %1 Your text is kept; send again when ready.").replace("%1", describe(exc)))
