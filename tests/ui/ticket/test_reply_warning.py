"""Before a risky reply goes out, the composer asks (Cancel by default) and lists what it found."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.contract import RevealField
from desk_app.ui.customer.panel import CustomerPanel
from tests.ui.conftest import WAIT_MS, Desk, api
from tests.ui.security.test_reveal_and_roles import reveal
from tests.ui.ticket.test_drafts_and_outbox import answer_next_box
from tests.ui.ticket.test_tab import first_rows, loaded

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def send_anyway(box: QMessageBox) -> None:
    next(b for b in box.buttons() if b.objectName() == "sendAnyway").click()


def stored_bodies(desk: Desk, ticket_id: int) -> list[str]:
    other = api(desk.url, "super2")
    return [m["body"] for m in other.get(f"{other.base}/tickets/{ticket_id}/messages", timeout=10).json()]  # type: ignore[attr-defined]


def test_a_reply_with_a_password_a_revealed_value_and_a_foreign_link_asks_first(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("secops1", dialog=True)  # a fresh second factor: revealing needs one
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    qtbot.waitUntil(lambda: isinstance(tab.customer_panel, CustomerPanel) and tab.customer_panel.profile is not None,
                    timeout=WAIT_MS)
    panel = tab.customer_panel
    assert isinstance(panel, CustomerPanel)
    reveal(qtbot, panel, RevealField.email, "Caller verification for this ticket")
    email = panel.identity.fields[RevealField.email].value.text()
    assert "@" in email and "•" not in email
    panel.identity.mask_all()  # masked again; the desk still knows it was revealed (by fingerprint only)
    assert panel.identity.fields[RevealField.email].value.text() != email

    composer = tab.composer
    tab.start_reply()
    text = f"Your new password: Winter2025x. We have {email} on file. Sign in at https://examp1e-login.com/now"
    qtbot.keyClicks(composer.editor, text)
    seen = answer_next_box(qtbot, lambda box: box.escapeButton().click())
    composer.send()
    assert len(seen) == 1
    box = seen[0]
    assert box.defaultButton() is box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.textFormat().name == "PlainText"
    lines = box.informativeText().splitlines()
    assert len(lines) == 3
    assert "password" in lines[0] and "Email" in lines[1] and "examp1e-login.com" in lines[2]
    assert email not in box.informativeText()  # the dialog names the field, not the value
    assert composer.editor.toPlainText() == text and text not in stored_bodies(desk, tab.ticket_id)

    seen = answer_next_box(qtbot, send_anyway)  # the agent decides: the service stays the authority
    composer.send()
    qtbot.waitUntil(lambda: composer.editor.toPlainText() == "", timeout=WAIT_MS)
    assert seen and text in stored_bodies(desk, tab.ticket_id)


def test_notes_and_ordinary_replies_are_not_held_up(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    composer = tab.composer
    asked: list[object] = []
    composer.confirm = lambda findings, parent: asked.append(findings) or False  # records any question
    tab.start_note()
    qtbot.keyClicks(composer.editor, "Customer read their password Winter2025x to me on the phone; reset it.")
    composer.send()
    qtbot.waitUntil(lambda: composer.editor.toPlainText() == "", timeout=WAIT_MS)
    tab.start_reply()
    qtbot.keyClicks(composer.editor, "Please reset your password in the app; see https://www.example.com/help.")
    composer.send()
    qtbot.waitUntil(lambda: composer.editor.toPlainText() == "", timeout=WAIT_MS)
    assert asked == []
