"""Idle lock (issue #12): after a spell without input the window hides customer data behind a lock
screen until the person proves it is them again with a fresh authenticator code.

`IdleLock` watches input in every window of the app and owns the timer and the locked state;
`LockScreen` is the page the main window shows instead of its content while locked. The content
widgets stay alive underneath, so open tabs and unsent text are kept as they were.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.client import ApiError
from desk_app.contract import ErrorCode
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.settings import DeskSettings
from desk_app.ui.common.text import one_line

DEFAULT_POLICY_SECONDS = 600  # LoginResponse.idle_lock_seconds' default
LOCAL_SETTING = "lock/idle_minutes"  # the agent's own, shorter limit (QSettings), if any

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def local_limit(settings: DeskSettings) -> float | None:
    """The agent's own idle limit in seconds from the settings file; None if unset or unreadable."""
    try:
        minutes = float(settings.qsettings.value(LOCAL_SETTING, 0) or 0)
    except (TypeError, ValueError):
        return None
    return minutes * 60 if minutes > 0 else None


class IdleLock(QObject):
    """An application-wide input watcher: no input for `timeout_seconds` locks; `unlock()` after re-auth."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        policy_seconds: float = DEFAULT_POLICY_SECONDS,
        local_seconds: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy: float = DEFAULT_POLICY_SECONDS
        self._local: float | None = None
        self._locked = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock_now)
        self.set_policy(policy_seconds)
        self.set_local_limit(local_seconds)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # removed by Qt when this object is destroyed
        self._timer.start()

    # --- the limit --------------------------------------------------------------------------------

    @property
    def timeout_seconds(self) -> float:
        """The shorter of the service's policy and the agent's own limit."""
        return self._policy if self._local is None else min(self._policy, self._local)

    def set_policy(self, seconds: float) -> None:
        """The service's desk-wide limit; a missing or non-positive value means the default (never "off")."""
        self._policy = float(seconds) if seconds and seconds > 0 else DEFAULT_POLICY_SECONDS
        self._apply()

    def set_local_limit(self, seconds: float | None) -> None:
        """The agent's own limit; it can only shorten the service's policy."""
        self._local = float(seconds) if seconds and seconds > 0 else None
        self._apply()

    def _apply(self) -> None:
        self._timer.setInterval(max(1, int(self.timeout_seconds * 1000)))
        if self._timer.isActive():
            self._timer.start()  # the new limit counts from now

    # --- state ------------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._locked

    def lock_now(self) -> None:
        self._timer.stop()
        if not self._locked:
            self._locked = True
            self.locked_changed.emit(True)

    def unlock(self) -> None:
        """Only after the person re-authenticated (the lock screen calls it)."""
        if self._locked:
            self._locked = False
            self._timer.start()
            self.locked_changed.emit(False)

    def stop(self) -> None:
        """Stops watching (the window is closing)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not self._locked:
            self._timer.start()
        return False  # only watching


class LockScreen(QWidget):
    """What a locked window shows: who is signed in, a code field to unlock, and Sign out."""

    sign_out_requested = Signal()

    def __init__(self, ctx: DeskContext, lock: IdleLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.lock = ctx, lock
        self.setObjectName("lockScreen")
        self._heading = QLabel(self)
        self._heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self._prompt = QLabel(self, wordWrap=True)
        self._prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.who = QLabel(self, wordWrap=True)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self._code_label = QLabel(self)
        self.code = QLineEdit(self, objectName="lockCode")
        self.code.setMaxLength(6)
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"^[0-9]{0,6}$"), self.code))
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self._code_label.setBuddy(self.code)
        self.error = QLabel(self, objectName="lockError", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.unlock_button = QPushButton(self)
        self.sign_out_button = QPushButton(self)
        self.unlock_button.clicked.connect(self.submit)
        self.code.returnPressed.connect(self.submit)
        self.code.textChanged.connect(self._update_enabled)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        box = QWidget(self)
        box.setFixedWidth(460)  # a fixed width lets the wrapped labels take the height they need
        form = QVBoxLayout(box)
        for widget in (self._heading, self._prompt, self.who, self._code_label, self.code, self.error):
            form.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        form.addLayout(buttons)
        row = QHBoxLayout()  # centred by stretches, not alignment, so the wrapped labels get their height
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.code)
        self._busy = False
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        agent = self.ctx.agent
        self._heading.setText(self.tr("🔒 The desk is locked"))
        self._prompt.setText(
            self.tr(
                "Customer data is hidden while you are away. Your open tabs and unsent "
                "text are kept. Enter the current code from your authenticator app to "
                "unlock."
            )
        )
        self.who.setText(
            self.tr("Signed in as %1 (%2)")
            .replace("%1", one_line(agent.display_name, 60))
            .replace("%2", one_line(agent.username, 60))
        )
        self._code_label.setText(self.tr("Authenticator &code:"))
        self.code.setAccessibleName(self.tr("Authenticator code"))
        self.code.setPlaceholderText(self.tr("6 digits"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.sign_out_button.setText(self.tr("Sign &out"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reset(self) -> None:
        """Fresh for the next lock: no code, no old message."""
        self._wipe()
        self.error.hide()
        self.retranslate_ui()  # the agent's name may have changed after a renewed session

    def _update_enabled(self) -> None:
        self.code.setEnabled(not self._busy)
        self.unlock_button.setEnabled(not self._busy and len(self.code.text()) == 6)

    def _wipe(self) -> None:
        self.code.setText("0" * len(self.code.text()))  # overwrite before clearing, as with passwords
        self.code.clear()

    def submit(self) -> None:
        code = self.code.text()
        if self._busy or len(code) != 6:
            return
        self.error.hide()
        self._busy = True
        self._update_enabled()
        client = self.ctx.client
        self.ctx.tasks.run(lambda: client.step_up(code), self._done, self._failed, owner=self)

    def _done(self, _result: Any) -> None:
        self._busy = False
        self._wipe()
        self._update_enabled()
        self.lock.unlock()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._wipe()
        self._update_enabled()
        wrong = isinstance(exc, ApiError) and exc.code == ErrorCode.invalid_credentials
        self.error.setText(
            self.tr("That code is wrong. Enter the current code from your authenticator app.")
            if wrong
            else describe(exc)
        )
        self.error.show()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)
