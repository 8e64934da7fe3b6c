"""The status bar's word on the outbox: offline with messages queued, sending them, or waiting for sign-in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desk_app.local.delivery import DeliveryState
from desk_app.ui.common import style
from desk_app.ui.common.local_desk import LocalDesk


class OutboxStatus(QLabel):
    """Hidden while everything is delivered; otherwise says what waits and why, in plain text."""

    def __init__(self, local: LocalDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.local = local
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(6, 0, 6, 0)
        local.state_changed.connect(self.retranslate_ui)
        local.opened.connect(self.retranslate_ui)
        self.retranslate_ui()

    @property
    def offline(self) -> bool:
        return self.local.state is DeliveryState.offline

    def retranslate_ui(self, *_: object) -> None:
        count, state = self.local.queued_count, self.local.state
        self.setAccessibleName(self.tr("Outbox"))
        if state is DeliveryState.offline:
            text = self.tr("⚠ Offline: %n message(s) queued, sent when the service is back", "", count)
        elif state is DeliveryState.signed_out and count:
            text = self.tr("%n queued message(s) wait for you to sign in again", "", count)
        elif count:
            text = self.tr("Sending %n queued message(s)…", "", count)
        elif self.local.memory_reason:
            text = self.tr("Drafts are kept in memory only")
        else:
            text = ""
        tips = [self.tr("Replies and notes you send go to this computer's outbox first and are delivered in "
                        "order, each exactly once.")]
        if self.local.memory_reason:
            tips.append(self.tr("Without a safe system keyring, drafts and queued messages are kept in memory "
                                "only and are lost if the app closes."))
        self.setToolTip("\n".join(tips))
        self.setText(text)
        self.setStyleSheet(style.banner_sheet("error" if state is DeliveryState.offline else "warning")
                           if text else "")
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
