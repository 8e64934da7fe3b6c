"""Signing in through the dialog against the real service: what is stored where, errors, resume, sign-out."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desk_app.contract import API_PREFIX
from desk_app.credentials import SERVICE_NAME, key_for
from desk_app.ui.main_window import MainWindow
from desk_app.ui.signin import SignInDialog, wipe
from tests.helpers import ServiceProcess, fresh_totp
from tests.ui.conftest import WAIT_MS, Desk, InsecureKeyring

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()


def test_sign_in_keeps_tokens_in_the_keyring_only(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1", dialog=True)
    tokens = window.ctx.client.tokens
    assert tokens is not None
    assert window.ctx.agent.username == "agent1"
    assert list(desk.keyring.entries) == [(SERVICE_NAME, key_for(desk.url, "agent1"))]
    stored = json.loads(desk.keyring.entries[(SERVICE_NAME, key_for(desk.url, "agent1"))])
    assert stored["access_token"] == tokens.access_token
    assert stored["refresh_token"] == tokens.refresh_token
    desk.settings.sync()
    saved = desk.settings_path.read_text()
    assert tokens.access_token not in saved and tokens.refresh_token not in saved
    assert "desk-demo" not in saved
    assert desk.settings.last_server == desk.url and desk.settings.last_username == "agent1"


def test_every_field_has_a_label_and_a_name(desk: Desk, qtbot: QtBot) -> None:
    dialog = SignInDialog(desk.tasks, lambda server, user: None, "https://desk.example.com")  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    for field in (dialog.server, dialog.username, dialog.password, dialog.totp):
        label = dialog.form.labelForField(field)
        assert label is not None and label.buddy() is field and label.text()
        assert field.accessibleName()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password


def test_the_code_takes_six_digits_only(desk: Desk, qtbot: QtBot) -> None:
    dialog = SignInDialog(desk.tasks, lambda server, user: None, "https://desk.example.com", "agent1")  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.keyClicks(dialog.totp, "12ab34x5678")
    assert dialog.totp.text() == "123456"
    assert dialog.submit.isEnabled()
    dialog.totp.backspace()
    assert not dialog.submit.isEnabled()


def test_password_is_overwritten_before_it_is_cleared(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setText("hunter2")
    seen: list[str] = []
    field.textChanged.connect(seen.append)
    wipe(field)
    assert seen == ["\0" * 7, ""]


def test_wrong_password_is_explained_inline(desk: Desk, qtbot: QtBot) -> None:
    session = desk.new_session()
    session.start()
    dialog = desk.wait_dialog(session)
    desk.fill(dialog, "agent2", password="not-the-password")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert "wrong" in dialog.error.text()
    assert dialog.isVisible() and session.window is None
    assert dialog.totp.text() == ""  # a code is good once
    assert dialog.password.text() == "not-the-password"  # kept, to correct
    assert desk.keyring.entries == {}


def test_a_code_used_twice_is_explained(make_desk: Callable[..., Desk], ui_service: ServiceProcess,
                                        qtbot: QtBot) -> None:
    code = fresh_totp("secops2")
    here, there = make_desk(ui_service.url), make_desk(ui_service.url)
    first = here.new_session()
    first.start()
    here.fill(here.wait_dialog(first), "secops2", code=code)
    qtbot.waitUntil(lambda: first.window is not None, timeout=WAIT_MS)
    second = there.new_session()
    second.start()
    dialog = there.wait_dialog(second)
    there.fill(dialog, "secops2", code=code)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert "already been used" in dialog.error.text()


def test_plain_http_to_another_machine_is_refused(desk: Desk, qtbot: QtBot) -> None:
    session = desk.new_session(server="http://desk.example.com")
    session.start()
    dialog = desk.wait_dialog(session)
    desk.fill(dialog, "agent1", code="123456")
    assert dialog.error.isVisible()
    assert "not safe" in dialog.error.text() and "https" in dialog.error.text()
    assert desk.tasks.in_flight == 0  # nothing was sent


def test_an_unreachable_server_is_explained(desk: Desk, qtbot: QtBot) -> None:
    session = desk.new_session(server="http://127.0.0.1:9")
    session.start()
    dialog = desk.wait_dialog(session)
    desk.fill(dialog, "agent1", code="123456")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    assert "could not be reached" in dialog.error.text()
    assert dialog.submit.text() == "Sign in"


def test_a_saved_session_skips_the_dialog(make_desk: Callable[..., Desk], ui_service: ServiceProcess,
                                          qtbot: QtBot) -> None:
    first = make_desk(ui_service.url)
    window = first.sign_in("super1", dialog=True)
    first.session.shutdown()
    second = make_desk(ui_service.url, keyring=first.keyring, settings_path=first.settings_path)
    session = second.new_session()
    session.start()
    qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT_MS)
    assert session.dialog is None
    resumed = session.window
    assert isinstance(resumed, MainWindow) and resumed is not window
    assert resumed.ctx.agent.username == "super1"


def test_an_insecure_keyring_is_said_plainly_and_never_written(make_desk: Callable[..., Desk],
                                                                ui_service: ServiceProcess, qtbot: QtBot) -> None:
    desk = make_desk(ui_service.url, keyring=InsecureKeyring())
    session = desk.new_session()
    session.start()
    dialog = desk.wait_dialog(session)
    assert dialog.banner.isVisible()
    assert "memory for this session only" in dialog.banner.text()
    desk.fill(dialog, "agent2")
    qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT_MS)
    window = session.window
    assert isinstance(window, MainWindow)
    assert window.banner.isVisible() and "memory for this session only" in window.banner.text()
    assert desk.keyring.entries == {} and not [c for c in desk.keyring.calls if c[0] == "set"]


def test_sign_out_forgets_the_session_everywhere(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("admin1")
    tokens = window.ctx.client.tokens
    assert tokens is not None and desk.keyring.entries
    events = window.ctx.events
    window.act_sign_out.trigger()
    session = desk.session
    dialog = desk.wait_dialog(session)
    qtbot.waitUntil(lambda: not desk.keyring.entries, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: desk.tasks.in_flight == 0, timeout=WAIT_MS)
    assert session.window is None and dialog.username.text() == "admin1" and dialog.password.text() == ""
    assert events.state == "stopped"
    refused = requests.get(f"{desk.url}{API_PREFIX}/auth/me", timeout=10,
                           headers={"Authorization": f"Bearer {tokens.access_token}"})
    assert refused.status_code == 401


def test_an_expired_session_asks_again_and_keeps_the_work(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent2")
    inbox = window.last_inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=WAIT_MS)
    ticket_id = inbox.model.ticket_at(0).id  # type: ignore[union-attr]
    tab = window.open_ticket(ticket_id)
    qtbot.keyClicks(tab.composer.editor, "Half-written reply")
    tokens = window.ctx.client.tokens
    assert tokens is not None
    gone = requests.post(f"{desk.url}{API_PREFIX}/auth/logout", timeout=10,
                         headers={"Authorization": f"Bearer {tokens.access_token}"})
    assert gone.status_code == 204
    window.act_refresh.trigger()  # any call now finds the session over
    session = desk.session
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible(), timeout=WAIT_MS)
    dialog = session.dialog
    assert dialog is not None and dialog.reauth and dialog.parent() is window
    assert dialog.windowModality() != Qt.WindowModality.NonModal
    assert dialog.username.isReadOnly() and dialog.username.text() == "agent2"
    desk.fill(dialog, "agent2")
    qtbot.waitUntil(lambda: session.dialog is None, timeout=WAIT_MS)
    assert session.window is window and window.isVisible()
    assert tab.composer.editor.toPlainText() == "Half-written reply"
    qtbot.waitUntil(lambda: window.ctx.events.state == "live", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=WAIT_MS)
