"""The hostile corpus in every view of the real app, delivered through the real service: shown as plain text
with direction overrides and invisible characters made visible, nothing fetched from the network, links
shown with their real host, and the GUI thread never stalled while the biggest conversation opens."""

from __future__ import annotations

import gc
import time

import pytest
from mnemonic import Mnemonic
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.contract import View
from desk_app.ui.common.text import one_line
from desk_app.ui.inbox.model import Column
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.messages import BODY_ROLE, LINKS_ROLE, MESSAGE_ROLE, SHOWN_CHARS
from desk_app.ui.ticket.tab import TicketTab
from tests.helpers import ServiceProcess
from tests.hostile.canary import Canary
from tests.hostile.corpus import HOSTILE_CUSTOMER, Hostile, deliver
from tests.hostile.sweep import problems
from tests.ui.conftest import WAIT_MS, Desk, api

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()

HEARTBEAT_MS = 5
STALL_LIMIT_MS = 1_000  # generous: 250 ms alone, up to 600 ms on the shared 2-CPU machine; uncut bodies take seconds


def opened(qtbot: QtBot, window: MainWindow, ticket_id: int, messages: int) -> TicketTab:
    tab = window.open_ticket(ticket_id)
    qtbot.waitUntil(lambda: tab.ticket is not None and tab.messages.rowCount() >= messages
                    and tab.customer_panel is not None and tab.customer_panel.profile is not None, timeout=WAIT_MS)
    return tab


def test_every_view_shows_the_corpus_as_plain_text_and_fetches_nothing(
    desk: Desk, qtbot: QtBot, hostile: list[Hostile], delivered: dict[str, int], canary: Canary
) -> None:
    window = desk.sign_in("secops1")
    window.resize(1400, 900)
    window.show()
    for message in hostile:
        tab = opened(qtbot, window, delivered[message.name], 1 + message.follow_ups)
        assert tab.header.subject.text() == one_line(message.subject, 300), message.name
        bodies = "\n".join(tab.messages.index(row).data(BODY_ROLE) for row in range(tab.messages.rowCount()))
        for literal in message.shown:
            assert literal in bodies, (message.name, literal)  # shown as typed: no tag was interpreted
        tab.conversation.scrollToBottom()
        tab.conversation.grab()  # paints every visible bubble: no crash on any of it
        assert problems(window) == [], message.name
        assert "⟨U+202E⟩" in tab.customer_panel.heading.text()  # type: ignore[union-attr]  # the masked name's RLO
        window.ticket_tabs.close_all()
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    inbox.model.reload()
    qtbot.waitUntil(lambda: inbox.model.rowCount() >= len(hostile), timeout=WAIT_MS)
    subjects = [inbox.model.index(row, Column.SUBJECT).data() for row in range(inbox.model.rowCount())]
    assert "Refund for invoice ⟨U+202E⟩fdp.exe⟨U+202C⟩" in subjects
    assert problems(window) == []
    QApplication.processEvents()
    assert canary.requests() == []  # no view fetched an image, a stylesheet or a link


def test_links_show_where_they_really_go(desk: Desk, qtbot: QtBot, delivered: dict[str, int]) -> None:
    window = desk.sign_in("secops1")
    tab = opened(qtbot, window, delivered["links"], 1)
    customer = next(r for r in range(tab.messages.rowCount())
                    if tab.messages.index(r).data(MESSAGE_ROLE).author_kind == "customer")
    notes, alarming = tab.messages.index(customer).data(LINKS_ROLE)
    assert alarming
    lines = notes.splitlines()
    assert any(line.startswith("Link: javascript:alert") and "never opens it" in line for line in lines)
    assert "Link to xn--exmple-4nf.com (exаmple.com) — ⚠ Look-alike of example.com" in notes
    assert "Link to example.com.evil.io — ⚠ Look-alike of example.com" in notes
    assert "Link to examp1e.com — ⚠ Look-alike" in notes and "Link to exarnple.com — ⚠ Look-alike" in notes
    assert any(line.startswith("Link to evil.io — ⚠ Look-alike of example.com") and "“@”" in line for line in lines)
    assert "Link to support.example.com — the exchange's own site" in notes
    tab.conversation.setCurrentIndex(tab.messages.index(customer))
    entries = [action.text() for action in tab.conversation.open_link_menu().actions()]
    assert "⚠ evil.io — https://example.com@evil.io/" in entries  # the real host first
    assert "support.example.com — https://support.example.com/help" in entries
    assert not any("javascript" in entry.lower() for entry in entries)  # never offered for opening


def test_the_biggest_conversation_opens_without_stalling_the_gui(
    desk: Desk, qtbot: QtBot, delivered: dict[str, int]
) -> None:
    window = desk.sign_in("secops1")
    window.resize(1200, 800)
    window.show()
    gc.collect()
    gc.freeze()  # what earlier tests left on the heap is not this view's work (a full collection of it took 0.5 s)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()

    def beat() -> None:
        gaps.append(clock.restart())

    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    try:
        for name in ("one_megabyte_conversation", "long_word", "thousands_of_lines", "stacked_diacritics"):
            tab = opened(qtbot, window, delivered[name], 1)
            for _ in range(3):  # scroll through it as an agent would
                tab.conversation.scrollToBottom()
                qtbot.wait(50)
                tab.conversation.scrollToTop()
                qtbot.wait(50)
        started = time.monotonic()
        qtbot.waitUntil(lambda: time.monotonic() - started > 0.2)
    finally:
        heartbeat.stop()
        gc.unfreeze()
    assert len(gaps) > 50
    assert max(gaps) < STALL_LIMIT_MS, sorted(gaps)[-5:]
    tabs = window.ticket_tabs.all()
    shown = [t.messages.index(r).data(BODY_ROLE) for t in tabs for r in range(t.messages.rowCount())]
    assert max(len(body) for body in shown) < SHOWN_CHARS + 200  # what is laid out is cut, whatever arrives


def test_approvals_and_audit_show_the_hostile_customer_safely(
    desk: Desk, qtbot: QtBot, hostile_service: ServiceProcess, delivered: dict[str, int], canary: Canary
) -> None:
    requester = api(hostile_service.url, "secops2")
    reason = f"<b>Freeze</b> \u202eyaw eht <img src={canary.url}/reason.png> \u200bnow"
    created = requester.post(f"{requester.base}/actions", timeout=30,  # type: ignore[attr-defined]
                             json={"customer_id": HOSTILE_CUSTOMER, "ticket_id": delivered["links"],
                                   "kind": "freeze_account", "reason": reason})
    assert created.status_code == 201, created.text
    window = desk.sign_in("super1")
    window.resize(1400, 900)
    window.show()
    approvals = window.approvals
    assert approvals is not None
    window.tabs.setCurrentWidget(approvals)
    approvals.refresh()
    qtbot.waitUntil(lambda: approvals.select_action(created.json()["id"]), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "⟨U+202E⟩" in approvals.evidence.fact["reason"].text(), timeout=WAIT_MS)
    assert "<b>Freeze</b>" in approvals.evidence.fact["reason"].text()
    assert problems(window) == []
    status = window.statusBar().currentMessage()  # a notification names the action and the agent, no customer text
    assert "\u202e" not in status and "<b>" not in status and "777001" not in status
    audit = window.desk_audit
    assert audit is not None
    window.tabs.setCurrentWidget(audit)
    audit.reload()
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=WAIT_MS)
    assert problems(window) == []
    assert canary.requests() == []


def test_a_ticket_whose_customer_exposed_a_secret_says_so_in_the_inbox_and_the_header(
    desk: Desk, qtbot: QtBot, hostile_service: ServiceProcess
) -> None:
    phrase = Mnemonic("english").generate(128)
    ticket_id = deliver(hostile_service.url, Hostile("secret", "my wallet <b>words</b>", f"Words: {phrase}"))
    window = desk.sign_in("secops1")
    window.show()
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    inbox.model.reload()
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=WAIT_MS)
    row = next(r for r in range(inbox.model.rowCount()) if inbox.model.ticket_at(r).id == ticket_id)  # type: ignore[union-attr]
    subject = inbox.model.index(row, Column.SUBJECT)
    assert subject.data() == "Secret exposed: my wallet <b>words</b>"
    assert subject.data(Qt.ItemDataRole.DecorationRole) is not None  # the amber sign beside it
    tab = opened(qtbot, window, ticket_id, 2)
    assert tab.header.exposed.isVisible() and tab.header.exposed.textFormat() == Qt.TextFormat.PlainText
    assert tab.header.exposed.text().startswith("⚠ Customer exposed a secret")
    shown = [tab.messages.index(r).data() for r in range(tab.messages.rowCount())]
    assert any(s.startswith("Internal note · ") and "new wallet" in s for s in shown)  # the service wrote it
    assert any("[recovery phrase removed by the desk]" in s for s in shown)
    assert not any(phrase.split()[3] + " " + phrase.split()[4] in s for s in shown)
    assert problems(window) == []
