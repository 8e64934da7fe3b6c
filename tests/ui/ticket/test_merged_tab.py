"""A merged ticket's tab (#13): it says where the conversation went and opens it; nothing more can be sent
or changed from it, and the half-written text stays. Against the real service."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.contract import TicketStatus
from tests.helpers import ServiceProcess
from tests.ui.conftest import WAIT_MS, Desk, api
from tests.ui.inbox.test_bulk import customer_with_tickets
from tests.ui.ticket.test_merge_history import opened

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()


def _merge(url: str, duplicate: int, target: int) -> None:
    """Merges the older ticket into the newer: the newest ticket, which other tests pick, keeps its messages."""
    other = api(url, "agent2")  # another agent merges while this one is writing
    answer = other.post(f"{other.base}/tickets/{duplicate}/merge", json={"into": target}, timeout=30)  # type: ignore[attr-defined]
    assert answer.status_code == 200, answer.text


def test_a_ticket_merged_by_someone_else_closes_its_tab_and_keeps_the_draft(desk: Desk, ui_service: ServiceProcess,
                                                                            qtbot: QtBot) -> None:
    _, (duplicate, target) = customer_with_tickets(ui_service.url, 2, f"Merged away {uuid.uuid4().hex[:6]}")
    window = desk.sign_in("agent1")
    tab = opened(qtbot, window, duplicate)
    composer = tab.composer
    qtbot.keyClicks(composer.editor, "Half-written answer")
    assert composer.send_button.isEnabled() and tab.controls.isEnabled() and composer.closed_notice.isHidden()

    _merge(ui_service.url, duplicate, target)
    qtbot.waitUntil(lambda: tab.ticket is not None and tab.ticket.merged_into_id == target, timeout=WAIT_MS)
    assert tab.ticket.status is TicketStatus.closed  # type: ignore[union-attr]
    # what the agent sees: where the conversation went, and why nothing can be sent
    assert not tab.collab.merged.isHidden() and f"#{target}" in tab.collab.merged.text()
    assert not composer.closed_notice.isHidden()
    assert composer.closed_notice.text() == (f"This ticket was merged into #{target}, so nothing more can be sent "
                                             f"from here. Your text is kept: copy it into #{target}.")
    assert composer.editor.toPlainText() == "Half-written answer" and composer.editor.isReadOnly()
    assert not composer.send_button.isEnabled() and not composer.tray.attach_button.isEnabled()
    assert not composer.reply_button.isEnabled() and not composer.note_button.isEnabled()
    assert not tab.controls.isEnabled() and not tab.answers.bar.isEnabled()
    assert tab.messages.rowCount() == 0  # its messages moved; the empty pane says where
    assert tab.conversation.empty_text == f"Its messages, notes and files moved to #{target} with the merge."
    assert not tab.collab.merge_button.isEnabled()
    composer.send()  # Ctrl+Enter does nothing either
    assert composer.editor.toPlainText() == "Half-written answer" and composer.error.isHidden()

    assert tab.collab.open_target.isVisible() and tab.collab.open_target.text() == f"&Open #{target}"
    assert tab.collab.open_target.focusPolicy() & Qt.FocusPolicy.TabFocus  # Tab reaches it; Space opens
    tab.collab.open_target.setFocus()
    qtbot.keyClick(tab.collab.open_target, Qt.Key.Key_Space)
    target_tab = window.ticket_tabs.find(target)
    assert target_tab is not None and window.ticket_tabs.current() is target_tab
    qtbot.waitUntil(lambda: target_tab.ticket is not None, timeout=WAIT_MS)
    assert target_tab.composer.closed_notice.isHidden() and not target_tab.composer.editor.isReadOnly()


def test_a_reply_refused_as_merged_keeps_its_text_and_closes_the_tab(desk: Desk, ui_service: ServiceProcess,
                                                                    qtbot: QtBot) -> None:
    _, (duplicate, target) = customer_with_tickets(ui_service.url, 2, f"Merged first {uuid.uuid4().hex[:6]}")
    window = desk.sign_in("agent1")
    tab = opened(qtbot, window, duplicate)
    composer = tab.composer
    qtbot.keyClicks(composer.editor, "Sent too late")
    _merge(ui_service.url, duplicate, target)
    composer.send()  # before this desk has heard of the merge: the service refuses
    qtbot.waitUntil(lambda: composer.error.isVisible(), timeout=WAIT_MS)
    assert composer.error.text() == ("Not sent: This ticket was merged into another ticket; its conversation "
                                     "continues there. Your text is kept; send again when ready.")
    qtbot.waitUntil(lambda: composer.merged_into == target, timeout=WAIT_MS)
    assert composer.editor.toPlainText() == "Sent too late" and not composer.send_button.isEnabled()
    assert not composer.closed_notice.isHidden()
    other = api(ui_service.url, "agent2")
    stored = other.get(f"{other.base}/tickets/{target}/messages", timeout=30).json()  # type: ignore[attr-defined]
    assert "Sent too late" not in [m["body"] for m in stored]
