"""Who else is on a ticket (#13), at two real desks against the real service: presence appears in the
ticket tab and as a marker in inbox rows within about a second, typing shows as replying, closing the
tab makes it go; a reply that crosses another agent's reply asks first, showing theirs."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.contract import AuthorKind, MessageOut, View
from desk_app.ui.inbox.model import Column
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.collision import collision_box, crossing_replies
from desk_app.ui.ticket.tab import TicketTab
from tests.helpers import ServiceProcess
from tests.ui.conftest import WAIT_MS, Desk, api

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()
PROMPT_MS = 2_500  # presence shows "within a second"; the rest is slack for a loaded test machine


def newest_ticket(window: MainWindow, qtbot: QtBot) -> int:
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0 and window.ctx.events.state == "live", timeout=WAIT_MS)
    return inbox.model.ticket_at(0).id  # type: ignore[union-attr]


def opened(qtbot: QtBot, window: MainWindow, ticket_id: int) -> TicketTab:
    tab = window.open_ticket(ticket_id)
    qtbot.waitUntil(lambda: tab.ticket is not None and tab.messages.rowCount() > 0, timeout=WAIT_MS)
    return tab


def test_another_agents_presence_appears_changes_and_goes(make_desk: Callable[..., Desk], ui_service: ServiceProcess,
                                                          qtbot: QtBot) -> None:
    mina_window = make_desk(ui_service.url).sign_in("agent1")
    sam_window = make_desk(ui_service.url).sign_in("agent2")
    ticket_id = newest_ticket(sam_window, qtbot)
    inbox = sam_window.views[View.all]
    name = mina_window.ctx.agent.display_name

    started = time.monotonic()
    mina_tab = opened(qtbot, mina_window, ticket_id)
    row = inbox.model.index(inbox.model.row_of(ticket_id), Column.SUBJECT)
    qtbot.waitUntil(lambda: inbox.model.data(row, Qt.ItemDataRole.DecorationRole) is not None, timeout=PROMPT_MS)
    assert time.monotonic() - started < PROMPT_MS / 1000
    assert f"{name} is viewing" in inbox.model.data(row, Qt.ItemDataRole.AccessibleTextRole)
    assert f"{name} is viewing" in inbox.model.data(row, Qt.ItemDataRole.ToolTipRole)

    sam_tab = opened(qtbot, sam_window, ticket_id)
    bar = sam_tab.collab.presence
    qtbot.waitUntil(lambda: bar.isVisible() and bar.text() == f"{name} is viewing", timeout=PROMPT_MS)
    assert not mina_tab.collab.presence.text().startswith(name)  # one never sees oneself
    qtbot.waitUntil(lambda: mina_tab.collab.presence.text() == f"{sam_window.ctx.agent.display_name} is viewing",
                    timeout=PROMPT_MS)

    mina_tab.composer.start(internal=False)  # the agent clicks into the reply and types
    qtbot.keyClicks(mina_tab.composer.editor, "Hello, we are looking")
    qtbot.waitUntil(lambda: bar.text() == f"{name} is replying", timeout=PROMPT_MS)
    assert f"{name} is replying" in inbox.model.data(row, Qt.ItemDataRole.AccessibleTextRole)

    mina_tab.composer.editor.clear()
    mina_window.ticket_tabs.close(mina_tab, ask=False)
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=PROMPT_MS)
    assert inbox.model.data(row, Qt.ItemDataRole.DecorationRole) is None
    assert "viewing" not in inbox.model.data(row, Qt.ItemDataRole.AccessibleTextRole)


def test_a_reply_crossing_another_agents_reply_asks_first(desk: Desk, ui_service: ServiceProcess,
                                                          qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    ticket_id = newest_ticket(window, qtbot)
    tab = opened(qtbot, window, ticket_id)
    asked: list[list[MessageOut]] = []
    answer = [False]
    tab.composer.guard.confirm = lambda replies, parent: (asked.append(replies), answer[0])[1]  # type: ignore[union-attr]
    theirs = api(ui_service.url, "agent2")
    posted = theirs.post(f"{theirs.base}/tickets/{ticket_id}/messages",  # type: ignore[attr-defined]
                         json={"body": "Hi! Your deposit has arrived."}, timeout=30)
    assert posted.status_code == 201, posted.text
    qtbot.waitUntil(lambda: any(m.id == posted.json()["id"] for m in tab.messages.messages()), timeout=WAIT_MS)
    count = len(tab.messages.messages())

    tab.composer.start(internal=False)
    qtbot.keyClicks(tab.composer.editor, "Let me check your deposit.")
    tab.composer.send()
    assert [[m.body for m in replies] for replies in asked] == [["Hi! Your deposit has arrived."]]
    assert tab.composer.editor.toPlainText() == "Let me check your deposit."  # kept, not sent
    qtbot.wait(300)
    assert len(tab.messages.messages()) == count

    answer[0] = True  # having read theirs, the agent sends anyway
    tab.composer.send()
    qtbot.waitUntil(lambda: any(m.body == "Let me check your deposit." for m in tab.messages.messages()),
                    timeout=WAIT_MS)
    assert len(asked) == 2
    qtbot.keyClicks(tab.composer.editor, "One more thing.")  # their reply is seen now: no question
    tab.composer.send()
    qtbot.waitUntil(lambda: any(m.body == "One more thing." for m in tab.messages.messages()), timeout=WAIT_MS)
    assert len(asked) == 2


def test_the_question_shows_their_reply_as_plain_text_and_defaults_to_cancel(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    reply = MessageOut(id=9, ticket_id=1, author_kind=AuthorKind.agent, author_name="Mina <b>Park</b>",
                       body="<img src=x> We refunded it.\u202e", internal=False, created_at=datetime.now(UTC),
                       author_agent_id=7)
    note = reply.model_copy(update={"id": 10, "internal": True})
    mine = reply.model_copy(update={"id": 11, "author_agent_id": 3})
    assert crossing_replies([reply, note, mine], seen_up_to=8, me=3) == [reply]
    assert crossing_replies([reply], seen_up_to=9, me=3) == []
    box = collision_box([reply])
    qtbot.addWidget(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "Mina <b>Park</b> replied" in box.text()
    from PySide6.QtWidgets import QLabel

    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert informative.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x> We refunded it." in informative.text() and "\u202e" not in informative.text()
