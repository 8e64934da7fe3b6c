"""Drafts kept as they are typed, and replies sent through the outbox, against the real service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.local.store import FILE_NAME
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.messages import QUEUED_ROLE
from desk_app.ui.ticket.tab import TicketTab
from tests.helpers import DEMO_CUSTOMERS
from tests.ui.conftest import WAIT_MS, Desk, InsecureKeyring, api
from tests.ui.ticket.local_windows import LocalSetup, local_windows, settle, typed_draft  # noqa: F401
from tests.ui.ticket.test_tab import first_rows, loaded

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def raw(directory: Path) -> bytes:
    return b"".join(p.read_bytes() for p in directory.iterdir() if p.is_file())


def answer_next_box(qtbot: QtBot, choose: Callable[[QMessageBox], object]) -> list[QMessageBox]:
    """Clicks a button of the next modal message box once it shows (its exec() blocks the test)."""
    seen: list[QMessageBox] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box)
            choose(box)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def reopen(window: MainWindow, qtbot: QtBot, tab: TicketTab) -> TicketTab:
    ticket_id = tab.ticket_id
    assert window.ticket_tabs.close(tab, ask=False)
    return loaded(qtbot, window.open_ticket(ticket_id))


def test_a_draft_comes_back_with_its_kind_and_discarding_deletes_it(desk: Desk, local_windows: LocalSetup,  # noqa: F811
                                                                    qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    assert window.outbox_status is not None
    qtbot.waitUntil(lambda: tab.ctx.local is not None and tab.ctx.local.is_open, timeout=WAIT_MS)
    typed_draft(qtbot, tab, "Dear customer, the deposit plaintextmarker")
    assert b"plaintextmarker" not in raw(local_windows.data_dir)  # encrypted at rest
    assert window.drafts_kept()  # so quitting or signing out does not ask to discard it

    tab = reopen(window, qtbot, tab)
    qtbot.waitUntil(lambda: tab.composer.editor.toPlainText() == "Dear customer, the deposit plaintextmarker",
                    timeout=WAIT_MS)
    assert not tab.composer.internal
    tab.composer.start(internal=True)  # the same text, now as a note: the draft moves with it
    settle(qtbot, tab.ctx.local)  # type: ignore[arg-type]
    tab = reopen(window, qtbot, tab)
    qtbot.waitUntil(lambda: tab.composer.has_draft(), timeout=WAIT_MS)
    assert tab.composer.internal and tab.composer.editor.toPlainText().startswith("Dear customer")

    seen = answer_next_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    assert window.ticket_tabs.close(tab)  # asks first; Discard
    assert seen and seen[0].defaultButton() is seen[0].button(QMessageBox.StandardButton.Cancel)
    settle(qtbot, window.ctx.local)  # type: ignore[arg-type]
    tab = loaded(qtbot, window.open_ticket(tab.ticket_id))
    settle(qtbot, window.ctx.local)  # type: ignore[arg-type]
    qtbot.wait(100)
    assert tab.composer.editor.toPlainText() == ""


def test_a_reply_goes_through_the_outbox_and_lands_once(desk: Desk, local_windows: LocalSetup,  # noqa: F811
                                                        qtbot: QtBot) -> None:
    window = desk.sign_in("agent2")
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    local = tab.ctx.local
    assert local is not None
    body = "Your deposit arrived; it shows in your balance now. (outbox 1)"
    tab.start_reply()  # R: the cursor goes to the composer
    typed_draft(qtbot, tab, body)
    qtbot.keyClick(tab.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.composer.editor.toPlainText() == "", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.messages.messages()[-1].body == body, timeout=WAIT_MS)
    assert tab.messages.queued() == [] and tab.messages.messages()[-1].id > 0
    last = tab.messages.index(tab.messages.rowCount() - 1)
    assert last.data(QUEUED_ROLE) is None and not last.data().endswith("not sent yet")
    other = api(desk.url, "super2")
    stored = other.get(f"{other.base}/tickets/{tab.ticket_id}/messages", timeout=10).json()  # type: ignore[attr-defined]
    assert [m["body"] for m in stored].count(body) == 1
    settle(qtbot, local)
    assert local.queued_count == 0 and window.outbox_status is not None and window.outbox_status.isHidden()
    tab = reopen(window, qtbot, tab)
    settle(qtbot, local)
    assert tab.composer.editor.toPlainText() == ""  # sending deleted the draft
    assert (local_windows.data_dir / FILE_NAME).exists()


def test_without_a_secure_keyring_drafts_stay_in_memory_and_the_desk_says_so(
    desk: Desk, local_windows: LocalSetup, qtbot: QtBot,  # noqa: F811
) -> None:
    local_windows.keyring = InsecureKeyring()
    window = desk.sign_in("super1")
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    status = window.outbox_status
    assert status is not None
    qtbot.waitUntil(lambda: status.isVisible(), timeout=WAIT_MS)
    assert status.text() == "Drafts are kept in memory only" and "memory only" in status.toolTip()
    typed_draft(qtbot, tab, "kept in memory only")
    assert not window.drafts_kept()  # quitting or signing out asks first, as before
    assert not local_windows.data_dir.exists() and local_windows.keyring.entries == {}
    tab = reopen(window, qtbot, tab)  # within this run the draft still comes back
    qtbot.waitUntil(lambda: tab.composer.editor.toPlainText() == "kept in memory only", timeout=WAIT_MS)
    tab.composer.editor.clear()


def test_text_with_a_revealed_value_never_reaches_the_disk(desk: Desk, local_windows: LocalSetup,  # noqa: F811
                                                           qtbot: QtBot) -> None:
    from desk_app.contract import RevealField
    from desk_app.ui.customer.panel import CustomerPanel
    from tests.ui.security.test_reveal_and_roles import reveal
    from tests.ui.ticket.test_reply_warning import send_anyway

    window = desk.sign_in("secops2", dialog=True)  # a fresh second factor: revealing needs one
    client = window.ctx.client  # a demo customer with a phone number, not one that other tests sent in
    customer = next(c for c in range(1, DEMO_CUSTOMERS + 1) if client.customer(c).phone
                    and client.customer_tickets(c, limit=1).items)
    with_phone = client.customer_tickets(customer, limit=1).items[0].id
    tab = loaded(qtbot, window.open_ticket(with_phone))
    local = tab.ctx.local
    assert local is not None
    qtbot.waitUntil(lambda: isinstance(tab.customer_panel, CustomerPanel) and tab.customer_panel.profile is not None,
                    timeout=WAIT_MS)
    panel = tab.customer_panel
    assert isinstance(panel, CustomerPanel)
    reveal(qtbot, panel, RevealField.phone, "Caller verification for this ticket")
    phone = panel.identity.fields[RevealField.phone].value.text()
    assert any(c.isdigit() for c in phone) and "•" not in phone
    panel.identity.mask_all()
    tab.start_reply()
    typed_draft(qtbot, tab, "We will call you back.")
    store = local.store
    assert store is not None and [d.body for d in store.drafts(tab.ticket_id)] == ["We will call you back."]
    typed_draft(qtbot, tab, f" The number we have is {phone}.")
    assert store.drafts(tab.ticket_id) == []  # the draft that held it is gone, not updated
    digits = "".join(c for c in phone if c.isdigit())
    assert digits.encode() not in raw(local_windows.data_dir)
    seen = answer_next_box(qtbot, send_anyway)
    tab.composer.send()
    qtbot.waitUntil(lambda: tab.composer.editor.toPlainText() == "", timeout=WAIT_MS)
    assert seen and tab.messages.queued() == [] and store.outbox() == []  # straight out, not through the outbox
    qtbot.waitUntil(lambda: tab.messages.messages()[-1].body.endswith(f"{phone}."), timeout=WAIT_MS)


def test_a_refused_message_stays_marked_and_delete_discards_it(desk: Desk, local_windows: LocalSetup,  # noqa: F811
                                                               qtbot: QtBot) -> None:
    from desk_app.contract import MessageCreate

    window = desk.sign_in("agent1")
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    local = tab.ctx.local
    assert local is not None
    settle(qtbot, local)
    key = f"refused-{tab.ticket_id}-{id(tab)}"
    window.ctx.client.post_message(tab.ticket_id, MessageCreate(body="the first use of this key"), key)
    # a message whose key was used for another text: the service refuses it for good (idempotency_mismatch)
    local._with_store(lambda store: store.enqueue(tab.ticket_id, "same key, other text", internal=False, key=key))
    settle(qtbot, local)
    local.retry_now()
    qtbot.waitUntil(lambda: [m.body for m in tab.messages.queued()] == ["same key, other text"], timeout=WAIT_MS)
    row = tab.messages.index(tab.messages.rowCount() - 1)
    qtbot.waitUntil(lambda: row.data(QUEUED_ROLE) == "failed", timeout=WAIT_MS)
    assert "Not sent" in row.data() and not tab.notice.isHidden() and "press Delete" in tab.notice.text()
    tab.conversation.setCurrentIndex(row)
    tab.conversation.setFocus()
    seen = answer_next_box(qtbot, lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    qtbot.keyClick(tab.conversation, Qt.Key.Key_Delete)  # asks; Discard
    assert seen and seen[0].defaultButton() is seen[0].button(QMessageBox.StandardButton.Cancel)
    assert tab.messages.queued() == [] and tab.notice.isHidden()
    settle(qtbot, local)
    assert local.store is not None and local.store.outbox() == []


def test_a_queued_reply_that_crosses_another_agents_reply_is_refused_on_delivery(
        desk: Desk, local_windows: LocalSetup, qtbot: QtBot) -> None:  # noqa: F811
    """The outbox keeps what the agent had seen: however late it delivers, the service's collision check holds."""
    window = desk.sign_in("agent1")
    tab = loaded(qtbot, window.open_ticket(first_rows(window, qtbot, 1)[0]))
    local = tab.ctx.local
    assert local is not None and local.worker is not None
    settle(qtbot, local)
    local.worker.stop()  # as if offline: the reply waits in the outbox
    body = f"We are checking your withdrawal now. (crossing {tab.ticket_id})"
    tab.start_reply()
    typed_draft(qtbot, tab, body)
    qtbot.keyClick(tab.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [m.body for m in tab.messages.queued()] == [body], timeout=WAIT_MS)
    assert local.store is not None and local.store.outbox(tab.ticket_id)[0].seen_up_to is not None

    theirs = api(desk.url, "agent2")  # meanwhile another agent answers the customer
    posted = theirs.post(f"{theirs.base}/tickets/{tab.ticket_id}/messages",  # type: ignore[attr-defined]
                         json={"body": "Your withdrawal was sent an hour ago."}, timeout=30)
    assert posted.status_code == 201, posted.text
    local.worker.start()
    local.retry_now()

    row = tab.messages.index(tab.messages.rowCount() - 1)
    qtbot.waitUntil(lambda: tab.messages.queued() and tab.messages.index(
        tab.messages.rowCount() - 1).data(QUEUED_ROLE) == "failed", timeout=WAIT_MS)
    assert "Another agent replied to the customer meanwhile" in tab.notice.text()
    qtbot.waitUntil(lambda: any(m.id == posted.json()["id"] for m in tab.messages.messages()), timeout=WAIT_MS)
    stored = theirs.get(f"{theirs.base}/tickets/{tab.ticket_id}/messages", timeout=10).json()  # type: ignore[attr-defined]
    assert body not in [m["body"] for m in stored]  # refused, not stored; kept on this desk, marked not sent
    assert [m.body for m in tab.messages.queued()] == [body] and row.isValid()
