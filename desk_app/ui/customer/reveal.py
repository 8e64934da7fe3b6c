"""Revealing one personal-data field: a reason first, then the value for a short while only.

The value lives only in the label's text. It is masked again when its time is up, when the panel is
hidden (tab switch), when the window is minimised and when the application loses focus or the screen
locks. While shown, the window is kept out of screen captures where the platform allows it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.client import ValidationFailed
from desk_app.client.base import build_request
from desk_app.contract import MAX_REASON, RevealField, RevealRequest, RevealResponse
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import one_line, safe
from desk_app.ui.security import capture_guard
from desk_app.ui.security.clipboard import ClipboardWiper
from desk_app.ui.security.step_up import run_guarded
from desk_app.ui.security.wording import error_text, field_name

MIN_REASON = 3


class RevealDialog(QDialog):
    """Asks why the agent needs the field, then asks the service for it (step-up if needed)."""

    revealed = Signal(object)  # RevealResponse, handed straight to the field's label

    def __init__(self, ctx: DeskContext, customer_id: int, field: RevealField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id, self.field = ctx, customer_id, field
        self.setObjectName("revealDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._reason_label = QLabel(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("revealReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self._reason_label.setBuddy(self.reason)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.reveal_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.reveal_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_enabled)
        layout = QVBoxLayout(self)
        for widget in (self._intro, self._reason_label, self.reason, self.error, self.buttons):
            layout.addWidget(widget)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        name = field_name(self.field)
        self.setWindowTitle(self.tr("Reveal %1").replace("%1", name))
        self._intro.setText(
            self.tr(
                "Revealing the customer's %1 is recorded with your name and reason, and the customer's "
                "security team can see it. The value is shown for 30 seconds."
            ).replace("%1", name.lower())
        )
        self._reason_label.setText(self.tr("&Why do you need it? (at least 3 characters)"))
        self.reason.setAccessibleName(self.tr("Reason for revealing"))
        self.reason.setPlaceholderText(self.tr("e.g. caller verification for ticket #…"))
        self.reveal_button.setText(self.tr("&Reveal"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update_enabled(self) -> None:
        text = self._reason_text()
        self.reveal_button.setEnabled(MIN_REASON <= len(text) <= MAX_REASON and self.reason.isEnabled())

    def _set_busy(self, busy: bool) -> None:
        self.reason.setEnabled(not busy)
        self._update_enabled()

    def _submit(self) -> None:
        reason = self._reason_text()
        if len(reason) < MIN_REASON:
            return
        try:
            request = build_request(RevealRequest, field=self.field, reason=reason)
        except ValidationFailed:
            self.error.setText(self.tr("The reason contains characters that cannot be stored."))
            self.error.show()
            return
        self.error.hide()
        self._set_busy(True)
        run_guarded(
            self.ctx,
            self,
            lambda: self.ctx.client.reveal(self.customer_id, request),
            self._done,
            self._failed,
            on_cancelled=lambda: self._set_busy(False),
        )

    def _done(self, response: RevealResponse) -> None:
        self.revealed.emit(response)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.error.setText(error_text(exc))
        self.error.show()


class RevealableValue(QWidget):
    """A masked value with "Reveal…"; once revealed, "Copy" and a countdown until it is masked again."""

    reveal_requested = Signal(object)  # RevealField
    visibility_changed = Signal(bool)  # True while the value is on screen

    def __init__(self, field: RevealField, wiper: ClipboardWiper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self.wiper = field, wiper
        self.timeout_override: float | None = None  # seconds; tests and policy may shorten it
        self.clipboard_seconds = 30.0
        self.can_reveal = False
        self._masked = ""
        self._left = 0
        self._window: QWidget | None = None
        self.value = QLabel(self)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # no X11 selection
        self.reveal_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.countdown = QLabel(self)
        self.countdown.setStyleSheet("color: palette(placeholder-text);")
        self.copy_button.hide()
        self.countdown.hide()
        self.reveal_button.hide()
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.mask)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.reveal_button.clicked.connect(lambda: self.reveal_requested.emit(self.field))
        self.copy_button.clicked.connect(self._copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value)
        layout.addWidget(self.reveal_button)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        QGuiApplication.instance().applicationStateChanged.connect(self._app_state_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = field_name(self.field)
        self.reveal_button.setText(self.tr("Reveal…"))
        self.reveal_button.setAccessibleName(self.tr("Reveal %1").replace("%1", name))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy %1 (cleared from the clipboard in 30 s)").replace("%1", name))
        self.value.setAccessibleName(name)
        self._show_countdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def revealed(self) -> bool:
        return self._window is not None

    def set_masked(self, masked: str, can_reveal: bool) -> None:
        self._masked = one_line(masked, 200)
        self.can_reveal = can_reveal
        self.reveal_button.setVisible(can_reveal and not self.revealed)
        if not self.revealed:
            self.value.setText(self._masked)

    def show_value(self, response: RevealResponse) -> None:
        """Show the value; the response object is not kept."""
        seconds = float(response.visible_for)
        if self.timeout_override is not None:
            seconds = min(seconds, self.timeout_override)
        self.value.setText(safe(response.value, 500, keep_newlines=False))
        self.value.setStyleSheet("font-weight: bold;")
        if self._window is None:
            self._window = self.window()
            self._window.installEventFilter(self)
            capture_guard.exclude(self._window)
            self.visibility_changed.emit(True)
        self.reveal_button.hide()
        self.copy_button.show()
        self.countdown.show()
        self._left = max(1, round(seconds))
        self._show_countdown()
        self._hide_timer.start(int(seconds * 1000))
        self._tick.start()

    def mask(self) -> None:
        """Put the mask back and forget the value."""
        self._hide_timer.stop()
        self._tick.stop()
        self.value.setText(self._masked)
        self.value.setStyleSheet("")
        self.copy_button.hide()
        self.countdown.hide()
        self.reveal_button.setVisible(self.can_reveal)
        if self._window is not None:
            window, self._window = self._window, None
            window.removeEventFilter(self)
            capture_guard.release(window)
            self.visibility_changed.emit(False)

    def _copy(self) -> None:
        if self.revealed:
            self.wiper.copy(self.value.text(), self.clipboard_seconds)

    def _count_down(self) -> None:
        self._left = max(0, self._left - 1)
        self._show_countdown()

    def _show_countdown(self) -> None:
        self.countdown.setText(self.tr("hides in %n s", "", self._left))

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive and self.revealed:
            self.mask()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.WindowStateChange:
            if self._window is not None and self._window.isMinimized():
                self.mask()
        return False

    def hideEvent(self, event: QEvent) -> None:
        if self.revealed:
            self.mask()  # tab switch, panel closed, window minimised
        super().hideEvent(event)

    def closeEvent(self, event: QEvent) -> None:
        self.mask()
        super().closeEvent(event)
