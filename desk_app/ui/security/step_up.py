"""Step-up: when the service asks for a fresh second factor, ask for the code in place, prove it off
the GUI thread, then retry the refused call, so what the person typed (a reason, a comment) is kept.

    run_guarded(ctx, self, lambda: ctx.client.reveal(cid, request), on_done, on_error)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.client import StepUpRequired
from desk_app.ui.common.context import DeskContext
from desk_app.ui.security.wording import error_text


class StepUpDialog(QDialog):
    """Asks for the current authenticator code and confirms it with the service."""

    confirmed = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("stepUpDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(400)
        self._heading = QLabel(self)
        self._heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self._prompt = QLabel(self)
        self._prompt.setWordWrap(True)
        self._prompt.setTextFormat(Qt.TextFormat.PlainText)
        self._code_label = QLabel(self)
        self.code = QLineEdit(self)
        self.code.setObjectName("stepUpCode")
        self.code.setMaxLength(6)
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"^[0-9]{0,6}$"), self.code))
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self._code_label.setBuddy(self.code)
        self.error = QLabel(self)
        self.error.setObjectName("stepUpError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button.setDefault(True)  # confirming a code is harmless; Enter after typing it
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(self._update_enabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._prompt)
        layout.addWidget(self._code_label)
        layout.addWidget(self.code)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Confirm it's you"))
        self._heading.setText(self.tr("🔒 Confirm it's you"))
        self._prompt.setText(
            self.tr(
                "Enter the current code from your authenticator app. What you typed is kept: "
                "the step continues by itself once the code is accepted."
            )
        )
        self._code_label.setText(self.tr("Authenticator &code:"))
        self.code.setAccessibleName(self.tr("Authenticator code"))
        self.code.setPlaceholderText(self.tr("6 digits"))
        self.confirm_button.setText(self.tr("Con&firm"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_enabled(self) -> None:
        self.confirm_button.setEnabled(len(self.code.text()) == 6 and self.code.isEnabled())

    def _set_busy(self, busy: bool) -> None:
        self.code.setEnabled(not busy)
        self._update_enabled()

    def _wipe(self) -> None:
        self.code.setText("0" * len(self.code.text()))
        self.code.clear()

    def _submit(self) -> None:
        code = self.code.text()
        if len(code) != 6:
            return
        self.error.hide()
        self._set_busy(True)
        self.ctx.tasks.run(lambda: self.ctx.client.step_up(code), self._done, self._failed, owner=self)

    def _done(self, _result: Any) -> None:
        self._wipe()
        self.confirmed.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._wipe()
        self._set_busy(False)
        self.error.setText(error_text(exc))
        self.error.show()
        self.code.setFocus()

    def reject(self) -> None:
        self._wipe()
        super().reject()


class GuardedCall(QObject):
    """One call that may need a step-up; lives (as a child of the widget) until it settles."""

    def __init__(
        self,
        ctx: DeskContext,
        parent: QWidget,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.widget, self.work = ctx, parent, work
        self.on_done, self.on_error, self.on_cancelled = on_done, on_error, on_cancelled
        self.dialog: StepUpDialog | None = None

    def start(self) -> None:
        self.ctx.tasks.run(self.work, self._done, self._failed, owner=self)

    def _done(self, result: Any) -> None:
        self.deleteLater()
        self.on_done(result)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, StepUpRequired):
            self.deleteLater()
            self.on_error(exc)
            return
        self.dialog = StepUpDialog(self.ctx, self.widget.window())
        self.dialog.confirmed.connect(self.start)  # the same work, with what was typed, once more
        self.dialog.rejected.connect(self._cancelled)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _cancelled(self) -> None:
        self.deleteLater()
        if self.on_cancelled is not None:
            self.on_cancelled()


def run_guarded(
    ctx: DeskContext,
    parent: QWidget,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_cancelled: Callable[[], None] | None = None,
) -> GuardedCall:
    """Run `work` off the GUI thread; on step_up_required, prompt for a code and run it again."""
    call = GuardedCall(ctx, parent, work, on_done, on_error, on_cancelled)
    call.start()
    return call
