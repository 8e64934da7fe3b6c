"""Merging a duplicate from its ticket tab, and the customer's ticket history in the profile (#13),
against the real service."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.contract import TicketStatus, View
from desk_app.ui.customer.history import COLUMNS, CustomerTicketsModel
from desk_app.ui.customer.panel import CustomerPanel
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.merge import MergeDialog
from desk_app.ui.ticket.tab import TicketTab
from tests.helpers import ServiceProcess
from tests.ui.conftest import WAIT_MS, Desk, api
from tests.ui.inbox.test_bulk import close_elsewhere, customer_with_tickets

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()


def opened(qtbot: QtBot, window: MainWindow, ticket_id: int) -> TicketTab:
    tab = window.open_ticket(ticket_id)
    qtbot.waitUntil(lambda: tab.ticket is not None and tab.messages.rowCount() > 0
                    and isinstance(tab.customer_panel, CustomerPanel), timeout=WAIT_MS)
    return tab


def test_merging_a_duplicate_from_its_tab(desk: Desk, ui_service: ServiceProcess, qtbot: QtBot) -> None:
    subject = f"Card declined {uuid.uuid4().hex[:6]}"
    _, (target, closed, duplicate) = customer_with_tickets(ui_service.url, 3, subject)
    close_elsewhere(ui_service.url, closed)
    window = desk.sign_in("agent1")
    tab = opened(qtbot, window, duplicate)
    assert tab.collab.merge_button.isEnabled() and tab.collab.merged.isHidden()

    dialog = tab.merge_into()
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    model = dialog.candidates.model
    qtbot.waitUntil(lambda: model.exhausted and not model.loading, timeout=WAIT_MS)
    candidates = [model.ticket_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert target in candidates and closed not in candidates and duplicate not in candidates
    assert not dialog.merge_button.isEnabled()  # nothing chosen yet; Cancel is the default
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isDefault()
    assert dialog.select_target(target)
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()

    qtbot.waitUntil(lambda: tab.ticket is not None and tab.ticket.merged_into_id == target, timeout=WAIT_MS)
    assert tab.ticket.status is TicketStatus.closed  # type: ignore[union-attr]
    assert not tab.collab.merged.isHidden() and f"#{target}" in tab.collab.merged.text()
    assert not tab.collab.merge_button.isEnabled()
    target_tab = window.ticket_tabs.find(target)  # the kept ticket opens, with both conversations
    assert target_tab is not None and window.ticket_tabs.current() is target_tab
    qtbot.waitUntil(lambda: len(target_tab.messages.messages()) == 2, timeout=WAIT_MS)
    assert sorted(m.body for m in target_tab.messages.messages()) == ["Please help", "Please help"]
    window.tabs.setCurrentWidget(tab)
    tab.collab.open_target.click()  # the merged ticket's link
    assert window.ticket_tabs.current() is target_tab


def test_a_refused_merge_says_why_and_keeps_the_dialog(desk: Desk, ui_service: ServiceProcess, qtbot: QtBot) -> None:
    subject = f"Refused merge {uuid.uuid4().hex[:6]}"
    _, (target, duplicate) = customer_with_tickets(ui_service.url, 2, subject)
    window = desk.sign_in("agent1")
    tab = opened(qtbot, window, duplicate)
    dialog = tab.merge_into()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.candidates.model.row_of(target) >= 0, timeout=WAIT_MS)
    dialog.select_target(target)
    close_elsewhere(ui_service.url, target)  # someone closes the target in the meantime
    other = api(ui_service.url, "agent2")
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert dialog.error.text() == "Not merged: That ticket is closed or was merged itself. Choose an open ticket."
    assert dialog.isVisible() and dialog.merge_button.isEnabled()
    dialog.reject()
    assert other.get(f"{other.base}/tickets/{duplicate}", timeout=30).json()["merged_into_id"] is None  # type: ignore[attr-defined]


def test_the_profile_lists_the_customers_tickets_and_opens_one(desk: Desk, ui_service: ServiceProcess, qtbot: QtBot,
                                                              qtmodeltester: object) -> None:
    tag = uuid.uuid4().hex[:6]
    _, ids = customer_with_tickets(ui_service.url, 4, f"History {tag}")
    window = desk.sign_in("agent1")
    tab = opened(qtbot, window, ids[0])
    panel = tab.customer_panel
    assert isinstance(panel, CustomerPanel)
    history = panel.history
    panel.tabs.setCurrentWidget(history)
    model = history.model
    assert isinstance(model, CustomerTicketsModel)
    qtbot.waitUntil(lambda: model.rowCount() == 4 and model.exhausted, timeout=WAIT_MS)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.ticket_at(r).id for r in range(4)] == ids[::-1]  # type: ignore[union-attr]
    subject_column = COLUMNS.index("subject")
    assert model.data(model.index(3, subject_column)) == f"History {tag} 0"
    assert model.data(model.index(3, COLUMNS.index("status"))) == "New"
    assert model.data(model.index(3, subject_column), Qt.ItemDataRole.FontRole).bold()  # the ticket being worked on
    if "csat" in COLUMNS:  # #10's ratings, when the contract carries them
        assert model.data(model.index(0, COLUMNS.index("csat"))) == "—"

    qtbot.keyClicks(history.search, f"#{ids[2]}")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.ticket_at(0).id == ids[2], timeout=WAIT_MS)  # type: ignore[union-attr]
    history.search.clear()
    qtbot.keyClicks(history.search, "nothing like this")
    qtbot.waitUntil(lambda: model.rowCount() == 0 and model.exhausted, timeout=WAIT_MS)
    assert history.status.text() == "No tickets match."
    history.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=WAIT_MS)

    history.table.setFocus()
    history.table.setCurrentIndex(model.index(model.row_of(ids[3]), subject_column))
    qtbot.keyClick(history.table, Qt.Key.Key_Return)
    opened_tab = window.ticket_tabs.current()
    assert opened_tab is not None and opened_tab.ticket_id == ids[3]
    assert window.ticket_tabs.ids()[-2:] == [ids[0], ids[3]]
    assert window.views[View.all] is not None
