"""Ticket tabs against the real service: opening and closing, replies and notes, fields, live changes, 409s."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.client import ServiceUnavailable
from desk_app.contract import TicketStatus, View
from desk_app.ui.customer.panel import CustomerPanel
from desk_app.ui.inbox.model import Column
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.tab import TicketTab
from tests.ui.conftest import WAIT_MS, Desk, api

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()


def first_rows(window: MainWindow, qtbot: QtBot, count: int = 3) -> list[int]:
    """The newest tickets of the All view, which becomes the current inbox."""
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() >= count, timeout=WAIT_MS)
    return [inbox.model.ticket_at(r).id for r in range(count)]  # type: ignore[union-attr]


def loaded(qtbot: QtBot, tab: TicketTab) -> TicketTab:
    qtbot.waitUntil(lambda: tab.ticket is not None and tab.messages.rowCount() > 0, timeout=WAIT_MS)
    return tab


def test_enter_and_double_click_open_one_tab_per_ticket(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    first, second, _ = first_rows(window, qtbot)
    table = window.last_inbox.table
    table.setFocus()  # the first row becomes current, as for an agent tabbing into the table
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Return)
    tab = window.ticket_tabs.current()
    assert tab is not None and tab.ticket_id == first
    loaded(qtbot, tab)
    assert window.tabs.tabText(window.tabs.currentIndex()).startswith(f"#{first} ")
    window.tabs.setCurrentWidget(window.last_inbox)
    rect = table.visualRect(window.last_inbox.model.index(1, Column.SUBJECT))
    for step in (qtbot.mousePress, qtbot.mouseRelease, qtbot.mouseDClick):  # QTest's DClick alone lacks the press
        step(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.ticket_tabs.current().ticket_id == second  # type: ignore[union-attr]
    window.open_ticket(first)  # reopening focuses the tab it has
    assert window.ticket_tabs.ids() == [first, second] and window.ticket_tabs.current().ticket_id == first  # type: ignore[union-attr]
    assert isinstance(tab.customer_panel, CustomerPanel)
    assert tab.customer_panel.customer_id == tab.ticket.customer_id  # type: ignore[union-attr]
    assert tab.splitter.widget(1) is tab.right and tab.right.isAncestorOf(tab.customer_panel)  # a tab beside the KB
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.ticket_tabs.ids() == [second]
    index = window.tabs.indexOf(window.ticket_tabs.find(second))
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.MiddleButton,
                     pos=window.tabs.tabBar().tabRect(index).center())
    assert window.ticket_tabs.ids() == []
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # an inbox view is not closed
    assert window.tabs.count() == len(window.views)


def test_open_tabs_come_back_next_time(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent2")
    ids = first_rows(window, qtbot, 2)
    for ticket_id in ids:
        window.open_ticket(ticket_id)
    window.close()
    desk.session.shutdown()  # the app exits; the next start resumes from the keyring
    again = desk.sign_in("agent2")
    assert again is not window and again.ticket_tabs.ids() == ids
    assert again.tabs.currentIndex() == 0  # My tickets first; the tickets wait in their tabs
    loaded(qtbot, again.ticket_tabs.find(ids[0]))  # type: ignore[arg-type]


def test_reply_and_internal_note_reach_the_service(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("secops1")
    ticket_id = first_rows(window, qtbot, 1)[0]
    window.last_inbox.table.setCurrentIndex(window.last_inbox.model.index(0, 0))
    window.last_inbox.table.setFocus()
    qtbot.keyClick(window.last_inbox.table, Qt.Key.Key_R)  # R: open the ticket and start a reply
    tab = loaded(qtbot, window.ticket_tabs.current())  # type: ignore[arg-type]
    composer = tab.composer
    assert QApplication.focusWidget() is composer.editor and not composer.internal
    before = tab.messages.rowCount()
    qtbot.keyClicks(composer.editor, "We are looking into it.")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: composer.editor.toPlainText() == "", timeout=WAIT_MS)
    qtbot.keyClick(tab.conversation, Qt.Key.Key_N)  # N: an internal note
    assert composer.internal and QApplication.focusWidget() is composer.editor
    assert composer.editor.accessibleName() == "Internal note"
    qtbot.keyClicks(composer.editor, "Checked the chain; deposit is unconfirmed.")
    composer.send_button.click()
    qtbot.waitUntil(lambda: tab.messages.rowCount() >= before + 2, timeout=WAIT_MS)
    other = api(desk.url, "super2")
    stored = other.get(f"{other.base}/tickets/{ticket_id}/messages", timeout=10).json()  # type: ignore[attr-defined]
    reply, note = stored[-2], stored[-1]
    assert (reply["body"], reply["internal"], reply["author_kind"]) == ("We are looking into it.", False, "agent")
    assert (note["body"], note["internal"]) == ("Checked the chain; deposit is unconfirmed.", True)
    assert tab.messages.index(tab.messages.rowCount() - 1).data().startswith("Internal note · ")
    qtbot.keyClick(composer.editor, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # back to a reply
    assert not composer.internal and composer.editor.placeholderText().startswith("Write a reply")
    assert composer.send_button.text() == "&Send reply"


def test_a_failed_send_keeps_the_text_and_retries_with_the_same_key(desk: Desk, qtbot: QtBot,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = desk.sign_in("agent1")
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    client = window.ctx.client
    real = client.post_message
    keys: list[str] = []

    def flaky(ticket_id: int, message: object, key: str) -> object:
        keys.append(key)
        if len(keys) == 1:
            raise ServiceUnavailable(None, "network_error", "could not reach the service (ConnectionError)")
        return real(ticket_id, message, key)  # type: ignore[arg-type]

    monkeypatch.setattr(client, "post_message", flaky)
    composer = tab.composer
    qtbot.keyClicks(composer.editor, "Retry me")
    composer.send()
    qtbot.waitUntil(lambda: composer.error.isVisible(), timeout=WAIT_MS)
    assert "could not be reached" in composer.error.text()
    assert composer.editor.toPlainText() == "Retry me" and not composer.editor.isReadOnly()
    composer.send()
    qtbot.waitUntil(lambda: composer.editor.toPlainText() == "", timeout=WAIT_MS)
    assert len(keys) == 2 and keys[0] == keys[1]  # the same message: the same Idempotency-Key
    qtbot.keyClicks(composer.editor, "Another one")
    composer.send()
    qtbot.waitUntil(lambda: composer.editor.toPlainText() == "", timeout=WAIT_MS)
    assert len(keys) == 3 and keys[2] != keys[0]  # a new message: a fresh key


def test_changing_status_is_stored(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("super1")
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    version = tab.ticket.version  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    status = tab.controls.status
    assert QApplication.focusWidget() is status
    wanted = TicketStatus.pending_customer if tab.ticket.status is not TicketStatus.pending_customer \
        else TicketStatus.open  # type: ignore[union-attr]
    status.setCurrentIndex(status.findData(wanted.value))
    status.activated.emit(status.currentIndex())
    qtbot.waitUntil(lambda: tab.ticket.status is wanted, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert tab.ticket.version == version + 1  # type: ignore[union-attr]
    other = api(desk.url, "super2")
    stored = other.get(f"{other.base}/tickets/{tab.ticket_id}", timeout=10).json()  # type: ignore[attr-defined]
    assert stored["status"] == wanted.value
    row = window.last_inbox.model.row_of(tab.ticket_id)
    assert row < 0 or window.last_inbox.model.ticket_at(row).status is wanted  # type: ignore[union-attr]


def test_a_change_by_someone_else_shows_up_in_the_tab_and_the_view(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent2")
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0 and window.ctx.events.state == "live", timeout=WAIT_MS)
    ticket = inbox.model.ticket_at(0)
    assert ticket is not None
    tab = loaded(qtbot, window.open_ticket(ticket.id))
    other = api(desk.url, "super2")
    new_priority = "low" if ticket.priority.value != "low" else "high"
    answer = other.patch(f"{other.base}/tickets/{ticket.id}",  # type: ignore[attr-defined]
                         json={"version": tab.ticket.version, "priority": new_priority}, timeout=10)  # type: ignore[union-attr]
    assert answer.status_code == 200, answer.text
    qtbot.waitUntil(lambda: tab.ticket.priority.value == new_priority, timeout=2_500)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: inbox.model.ticket_at(inbox.model.row_of(ticket.id)).priority.value == new_priority,  # type: ignore[union-attr]
                    timeout=2_500)
    assert tab.controls.priority.currentData() == new_priority
    posted = other.post(f"{other.base}/tickets/{ticket.id}/messages", json={"body": "Seen it.", "internal": True},  # type: ignore[attr-defined]
                        headers={"Idempotency-Key": "live-note-1"}, timeout=10)
    assert posted.status_code == 201, posted.text
    qtbot.waitUntil(lambda: tab.messages.messages()[-1].body == "Seen it.", timeout=2_500)


def test_a_conflicting_edit_is_refused_and_theirs_kept(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("admin1")
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    window.ctx.events.stop()  # this desk does not hear of the other change: its version is stale
    seen = tab.ticket
    assert seen is not None
    other = api(desk.url, "super2")
    theirs = "urgent" if seen.priority.value != "urgent" else "low"
    answer = other.patch(f"{other.base}/tickets/{seen.id}", json={"version": seen.version, "priority": theirs},  # type: ignore[attr-defined]
                         timeout=10)
    assert answer.status_code == 200, answer.text
    mine = next(p for p in ("normal", "high") if p not in (theirs, seen.priority.value))
    priority = tab.controls.priority
    priority.setCurrentIndex(priority.findData(mine))
    priority.activated.emit(priority.currentIndex())
    qtbot.waitUntil(lambda: tab.conflict_shown, timeout=WAIT_MS)
    assert "Someone else changed this ticket" in tab.notice.text()
    assert priority.currentData() == seen.priority.value  # not pretending the change happened
    stored = other.get(f"{other.base}/tickets/{seen.id}", timeout=10).json()  # type: ignore[attr-defined]
    assert stored["priority"] == theirs  # never overwritten
    tab.reload_button.click()
    qtbot.waitUntil(lambda: tab.ticket.priority.value == theirs, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert priority.currentData() == theirs and not tab.conflict_shown


def test_assign_to_me_from_the_inbox(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    inbox = window.views[View.unassigned]
    window.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0 and window.ctx.events.state == "live", timeout=WAIT_MS)
    ticket = inbox.model.ticket_at(0)
    assert ticket is not None
    inbox.table.setCurrentIndex(inbox.model.index(0, 0))
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    mine = window.views[View.mine].model
    qtbot.waitUntil(lambda: mine.row_of(ticket.id) >= 0, timeout=WAIT_MS)  # it joins My tickets...
    assert inbox.model.row_of(ticket.id) == -1  # ...and leaves Unassigned


def test_links_open_only_after_a_confirmation(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent2")
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    other = api(desk.url, "super2")
    body = "See https://exаmple.com/login and \u202eevil"
    posted = other.post(f"{other.base}/tickets/{tab.ticket_id}/messages", json={"body": body},  # type: ignore[attr-defined]
                        headers={"Idempotency-Key": "link-1"}, timeout=10)
    assert posted.status_code == 201, posted.text
    tab.load_messages()
    qtbot.waitUntil(lambda: tab.messages.messages()[-1].body == body, timeout=WAIT_MS)
    last = tab.messages.index(tab.messages.rowCount() - 1)
    shown = tab.messages.data(last, Qt.ItemDataRole.UserRole + 2)
    assert "\u202e" not in shown and "⟨U+202E⟩" in shown  # made visible, never obeyed
    tab.conversation.setCurrentIndex(last)
    menu = tab.conversation.open_link_menu()
    assert [a.text() for a in menu.actions()] == ["⚠ xn--exmple-4nf.com (exаmple.com) — https://exаmple.com/login"]
    rect = tab.conversation.visualRect(last)
    assert rect.isValid() and tab.conversation.indexAt(rect.center() + QPoint(0, 0)) == last
