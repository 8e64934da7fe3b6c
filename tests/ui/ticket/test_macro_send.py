"""A macro reply with {customer_name} (#9): the picker's preview and the composer keep the placeholder, the
service puts the customer's real name in what it stores for them, and the conversation shows it masked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.server.db import Database
from desk_app.server.models import Message
from tests.helpers import ServiceProcess
from tests.ui.conftest import WAIT_MS, Desk
from tests.ui.ticket.test_answers import korean_withdrawal, open_tab, picker_of

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
MASKED = "L•• J••••"  # "Lee Jiwoo", as the service masks it


def test_a_macro_reply_reaches_the_customer_by_name_and_agents_masked(desk: Desk, ui_service: ServiceProcess,
                                                                      qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    ticket_id = korean_withdrawal(desk)
    tab = open_tab(window, qtbot, ticket_id)
    composer = tab.composer
    composer.editor.setFocus()
    qtbot.waitUntil(composer.editor.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(composer.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    picker = picker_of(tab, qtbot)
    qtbot.keyClicks(picker.filter, "withdrawal")
    qtbot.waitUntil(lambda: picker.current() is not None, timeout=WAIT_MS)
    assert picker.preview.toPlainText().startswith("{customer_name} 고객님")  # the placeholder, never the name
    assert "the service puts the customer's name in the reply" in picker.changes.text()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: composer.editor.toPlainText().startswith("{customer_name}"), timeout=WAIT_MS)

    composer.confirm = lambda _findings, _parent: True  # the help-centre link's check is not this test's
    before = tab.messages.rowCount()
    composer.send_button.click()
    qtbot.waitUntil(lambda: tab.messages.rowCount() > before and composer.editor.toPlainText() == "" or
                    composer.error.isVisible(), timeout=WAIT_MS)
    assert composer.error.isHidden(), composer.error.text()
    shown = tab.messages.messages()[-1]
    assert shown.body.startswith(f"{MASKED} 고객님") and "Lee Jiwoo" not in shown.body
    assert "{customer_name}" not in shown.body

    database = Database.connect(ui_service.args[ui_service.args.index("--database-url") + 1])
    try:
        with database.session(write=False) as session:
            stored = session.scalars(select(Message.body).where(Message.id == shown.id)).one()
    finally:
        database.dispose()
    assert stored.startswith("Lee Jiwoo 고객님")  # what the customer is sent
