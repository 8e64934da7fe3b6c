"""The sign-in dialog: server, user name, password and a TOTP code; the call runs off the GUI thread.

Also used, with server and user fixed, to sign in again when a session expires mid-work: the main
window and its unsent text stay as they are behind it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.client import ApiClient, InsecureServerError
from desk_app.contract import LoginResponse
from desk_app.ui.common import labels, style
from desk_app.ui.common.errors import describe
from desk_app.ui.common.tasks import TaskRunner

MakeClient = Callable[[str, str], ApiClient]  # (server URL, user name) -> a client that saves its tokens


def wipe(field: QLineEdit) -> None:
    """Overwrites a secret field's text before clearing it (Electrum's habit)."""
    field.setText("\0" * len(field.text()))
    field.clear()


class SignInDialog(QDialog):
    """Asks for credentials and signs in; emits `signed_in(client, LoginResponse)` and closes on success."""

    signed_in = Signal(object, object)  # ApiClient, LoginResponse

    def __init__(self, tasks: TaskRunner, make_client: MakeClient, server: str = "", username: str = "",
                 insecure_reason: str | None = None, reauth: bool = False, demo_hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self._make_client, self.reauth = tasks, make_client, reauth
        self._busy = False
        self.setModal(True)
        self.setMinimumWidth(440)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.banner = QLabel(self, objectName="banner", wordWrap=True)
        self.banner.setStyleSheet(style.banner_sheet("warning"))
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setVisible(bool(insecure_reason))
        self._insecure_reason = insecure_reason or ""

        self.server = QLineEdit(server, self)
        self.server.setReadOnly(reauth)
        self.username = QLineEdit(username, self)
        self.username.setReadOnly(reauth)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.totp = QLineEdit(self)
        self.totp.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.totp))
        self.totp.setMaxLength(6)
        self.totp.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)

        self.form = QFormLayout()
        self.server_label, self.username_label = QLabel(self), QLabel(self)
        self.password_label, self.totp_label = QLabel(self), QLabel(self)
        for label, field in ((self.server_label, self.server), (self.username_label, self.username),
                             (self.password_label, self.password), (self.totp_label, self.totp)):
            label.setBuddy(field)
            self.form.addRow(label, field)

        self.error = QLabel(self, objectName="banner", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(style.banner_sheet("error"))
        self.error.hide()
        self.demo_hint = QLabel(demo_hint, self, wordWrap=True)
        self.demo_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_hint.setVisible(bool(demo_hint))

        self.buttons = QDialogButtonBox(self)
        self.submit: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.submit.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        for field in (self.server, self.username, self.password, self.totp):
            field.textChanged.connect(self._update_submit)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_submit()
        first_empty = next((f for f in (self.server, self.username, self.password) if not f.text()), self.totp)
        first_empty.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in again") if self.reauth else self.tr("Sign in to the desk"))
        self.intro.setText(self.tr("Your session has ended. Sign in again to carry on; your open tickets and "
                                   "unsent text are kept.") if self.reauth else
                           self.tr("Sign in with your desk account and the code from your authenticator app."))
        self.banner.setText(self.tr("Tokens are kept in memory for this session only. %1")
                            .replace("%1", labels.insecure_keyring(self._insecure_reason)))
        self.server_label.setText(self.tr("&Server:"))
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.totp_label.setText(self.tr("&Code:"))
        self.server.setPlaceholderText("https://desk.example.com")
        self.totp.setPlaceholderText(self.tr("6 digits"))
        self.server.setAccessibleName(self.tr("Server address"))
        self.username.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.totp.setAccessibleName(self.tr("Authenticator code"))
        self.totp.setAccessibleDescription(self.tr("The 6-digit code from your authenticator app"))
        self.submit.setText(self.tr("Signing in…") if self._busy else self.tr("Sign in"))
        self.cancel.setText(self.tr("Sign out") if self.reauth else self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- signing in -------------------------------------------------------------------------------

    def _update_submit(self) -> None:
        ready = all(f.text().strip() for f in (self.server, self.username, self.password))
        self.submit.setEnabled(not self._busy and ready and len(self.totp.text()) == 6)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for field in (self.server, self.username, self.password, self.totp):
            field.setEnabled(not busy)
        self.retranslate_ui()
        self._update_submit()

    def _submit(self) -> None:
        if self._busy or not self.submit.isEnabled():
            return
        server, username = self.server.text().strip(), self.username.text().strip()
        password, code = self.password.text(), self.totp.text().strip()
        try:
            client = self._make_client(server, username)
        except InsecureServerError as exc:
            self.show_error(describe(exc))
            self.server.setFocus()
            return
        self.show_error("")
        self._set_busy(True)
        self.tasks.run(lambda: client.login(username, password, code),
                       on_done=lambda response: self._done(client, response),
                       on_error=self._failed, owner=self)

    def _done(self, client: ApiClient, response: LoginResponse) -> None:
        self._set_busy(False)
        self.signed_in.emit(client, response)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.show_error(describe(exc))
        self.totp.clear()  # a code is good once: the next try needs the next one
        self.totp.setFocus()

    def done(self, result: int) -> None:
        wipe(self.password)
        self.totp.clear()
        super().done(result)
