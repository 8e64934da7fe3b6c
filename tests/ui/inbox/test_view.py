"""The inbox views against the real service: tabs per role, filters, the model contract, live updates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import requests
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.contract import API_PREFIX, Category, Priority, TicketStatus, View
from desk_app.ui.inbox.filters import Filters
from desk_app.ui.inbox.model import TICKET_ROLE, Column, TicketTableModel
from desk_app.ui.main_window import MainWindow
from tests.helpers import INTEGRATION_KEY
from tests.ui.conftest import WAIT_MS, Desk, api

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()


def tab_titles(window: object) -> list[str]:
    tabs = window.tabs  # type: ignore[attr-defined]
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_an_agent_sees_the_desk_views(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    assert tab_titles(window) == ["My tickets", "Unassigned", "Awaiting approval", "All"]
    assert window.approvals is None


def test_security_staff_see_security_and_approvals(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("secops1")
    titles = tab_titles(window)
    assert titles[:5] == ["My tickets", "Unassigned", "Security", "Awaiting approval", "All"]
    assert titles[5].startswith("Approvals")
    window.approvals.pending_count_changed.emit(3)  # type: ignore[union-attr]
    assert window.tabs.tabText(5) == "Approvals (3)"
    security = window.views[View.security]
    window.tabs.setCurrentWidget(security)
    qtbot.waitUntil(lambda: security.model.rowCount() > 0, timeout=WAIT_MS)
    assert all(security.model.ticket_at(r).category is Category.security  # type: ignore[union-attr]
               for r in range(security.model.rowCount()))


def test_every_view_loads_and_passes_the_model_tester(desk: Desk, qtbot: QtBot, qtmodeltester: object) -> None:
    window = desk.sign_in("super2")
    for view, inbox in window.views.items():
        window.tabs.setCurrentWidget(inbox)
        qtbot.waitUntil(lambda inbox=inbox: not inbox.model.loading and inbox.model.pages_loaded > 0,
                        timeout=WAIT_MS)
        assert inbox.status.text(), view
        qtmodeltester.check(inbox.model)  # type: ignore[attr-defined]
    everything = window.views[View.all].model
    assert everything.rowCount() > 0
    ids = [everything.ticket_at(r).id for r in range(everything.rowCount())]  # type: ignore[union-attr]
    assert ids == sorted(ids, reverse=True)  # the service's order: newest first, never re-sorted here


def test_filters_reload_from_the_service(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    model = inbox.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)
    combo = inbox.filter_bar.combos["priority"]
    with qtbot.waitSignal(model.modelReset, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findText("Urgent"))
        combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    assert model.filters == Filters(priority=Priority.urgent)
    assert model.rowCount() > 0
    assert {model.ticket_at(r).priority for r in range(model.rowCount())} == {Priority.urgent}  # type: ignore[union-attr]
    wanted = model.ticket_at(0).id  # type: ignore[union-attr]
    inbox.focus_search()
    qtbot.keyClicks(inbox.filter_bar.search, f"#{wanted}")
    qtbot.waitUntil(lambda: model.filters.q == f"#{wanted}" and not model.loading, timeout=WAIT_MS)
    assert [model.ticket_at(r).id for r in range(model.rowCount())] == [wanted]  # type: ignore[union-attr]
    inbox.filter_bar.clear_button.click()
    qtbot.waitUntil(lambda: model.filters == Filters() and model.rowCount() > 1, timeout=WAIT_MS)


def test_the_sla_column_ticks_alone(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    model = window.last_inbox.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)
    assert window.last_inbox.sla_timer.interval() == 15_000 and window.last_inbox.sla_timer.isActive()
    with qtbot.waitSignal(model.dataChanged) as changed:
        window.last_inbox.sla_timer.timeout.emit()
    top, bottom = changed.args[0], changed.args[1]
    assert (top.row(), top.column()) == (0, Column.SLA)
    assert (bottom.row(), bottom.column()) == (model.rowCount() - 1, Column.SLA)
    running = next(r for r in range(model.rowCount()) if model.ticket_at(r).resolution_due is not None  # type: ignore[union-attr]
                   and model.ticket_at(r).status in (TicketStatus.new, TicketStatus.open))  # type: ignore[union-attr]
    # (a ticket waiting on its customer shows "Paused" whatever the time)
    before = model.index(running, Column.SLA).data()
    model.tick(datetime.now(UTC) + timedelta(days=30))  # the clock has run out a month later
    assert model.index(running, Column.SLA).data() != before


def test_a_change_elsewhere_arrives_live(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent2")
    model = _live_all_view(window, qtbot)
    assert window.stream_label.text().endswith("Live")
    ticket = next(model.ticket_at(r) for r in range(model.rowCount())
                  if model.ticket_at(r).status is not TicketStatus.closed)  # type: ignore[union-attr]
    shown_before = model.index(model.row_of(ticket.id), Column.STATUS).data()  # answers are kept per row (#7)
    assert shown_before != "Closed"
    other = api(desk.url, "super2")
    answer = other.patch(f"{other.base}/tickets/{ticket.id}",  # type: ignore[attr-defined]
                         json={"version": ticket.version, "status": "closed"}, timeout=10)
    assert answer.status_code == 200, answer.text
    row = model.row_of(ticket.id)
    qtbot.waitUntil(lambda: model.ticket_at(row).status is TicketStatus.closed, timeout=2_500)  # type: ignore[union-attr]
    assert model.index(row, Column.STATUS).data() == "Closed"


def _live_all_view(window: MainWindow, qtbot: QtBot) -> TicketTableModel:
    """The "All" view shown, with its first page in and the event stream live; its model."""
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    model = inbox.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and window.ctx.events.state == "live", timeout=WAIT_MS)
    return model


def test_a_new_ticket_appears_at_the_top(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    model = _live_all_view(window, qtbot)
    customer_id = model.ticket_at(0).customer_id  # type: ignore[union-attr]
    before = model.rowCount()
    answer = requests.post(f"{desk.url}{API_PREFIX}/inbound/messages", timeout=10,
                           headers={"X-Integration-Key": INTEGRATION_KEY},
                           json={"channel": "email", "customer_id": customer_id, "language": "en",
                                 "subject": "Brand new question", "body": "Hello?"})
    assert answer.status_code == 201, answer.text
    new_id = answer.json()["ticket_id"]
    qtbot.waitUntil(lambda: model.row_of(new_id) == 0, timeout=2_500)
    assert model.rowCount() == before + 1
    assert model.index(0, Column.SUBJECT).data() == "Brand new question"
    assert window.views[View.mine].model.row_of(new_id) == -1  # not assigned to me: not in My tickets


def test_keyboard_moves_through_the_inbox(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent2")
    inbox = window.last_inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 2, timeout=WAIT_MS)
    inbox.table.setFocus()
    assert inbox.table.currentIndex().row() == 0  # the focused table starts on the first ticket
    qtbot.keyClick(inbox.table, Qt.Key.Key_J)
    qtbot.keyClick(inbox.table, Qt.Key.Key_J)
    assert inbox.table.currentIndex().row() == 2
    qtbot.keyClick(inbox.table, Qt.Key.Key_K)
    assert inbox.table.currentIndex().row() == 1
    qtbot.keyClick(inbox.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert inbox.table.currentIndex().row() == 2
    qtbot.keyClick(inbox.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is inbox.filter_bar.search
    qtbot.keyClick(inbox.filter_bar.search, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1


def test_every_filter_has_a_visible_label(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    bar = window.last_inbox.filter_bar
    assert bar.search_label.buddy() is bar.search and bar.search.accessibleName()
    for name, combo in bar.combos.items():
        assert bar.combo_labels[name].buddy() is combo and bar.combo_labels[name].text(), name
        assert combo.accessibleName() and combo.view().accessibleName(), name
    assert window.last_inbox.table.accessibleName() == "Tickets: My tickets"


def test_rows_have_no_children(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    model = window.last_inbox.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)
    row = model.index(0, 0)
    assert not model.canFetchMore(row) and model.rowCount(row) == 0 and model.columnCount(row) == 0
    model.fetchMore(row)  # the parent.isValid() guard: nothing happens
    assert not model.loading
    assert model.canFetchMore(QModelIndex()) is not model.exhausted
    assert row.data(TICKET_ROLE).id == model.ticket_at(0).id  # type: ignore[union-attr]


def test_a_flood_of_changes_reloads_each_view_once_and_hidden_ones_when_shown(desk: Desk, qtbot: QtBot) -> None:
    """The feed's resync (too much changed at once) comes in bursts: the view on screen reloads once (#7)."""
    window = desk.sign_in("agent1")
    shown, hidden = window.views[View.unassigned], window.views[View.all]
    window.tabs.setCurrentWidget(shown)
    qtbot.waitUntil(lambda: shown.model.pages_loaded > 0 and not shown.model.loading, timeout=WAIT_MS)
    resets = {inbox.view: 0 for inbox in (shown, hidden)}
    for inbox in (shown, hidden):
        inbox.model.modelReset.connect(lambda view=inbox.view: resets.__setitem__(view, resets[view] + 1))
    for _ in range(5):
        window.feed.resync.emit()
    qtbot.waitUntil(lambda: resets[View.unassigned] == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: shown.model.pages_loaded > 0 and not shown.model.loading, timeout=WAIT_MS)
    qtbot.wait(300)
    assert resets == {View.unassigned: 1, View.all: 0}
    window.tabs.setCurrentWidget(hidden)  # shown now: it reloads what changed while it was away
    qtbot.waitUntil(lambda: resets[View.all] == 1 and hidden.model.rowCount() > 0, timeout=WAIT_MS)
    assert resets[View.unassigned] == 1


def test_a_change_the_row_does_not_show_is_kept_without_a_repaint(desk: Desk, qtbot: QtBot) -> None:
    """#7: a burst of changes elsewhere (tags, replies) repaints only rows whose shown cells changed."""
    window = desk.sign_in("agent2")
    model = _live_all_view(window, qtbot)
    ticket = next(model.ticket_at(r) for r in range(model.rowCount())
                  if model.ticket_at(r).status is TicketStatus.open)  # type: ignore[union-attr]
    row = model.row_of(ticket.id)
    repainted: list[int] = []
    model.dataChanged.connect(lambda top, bottom, *_: repainted.extend(
        range(top.row(), bottom.row() + 1)) if top.column() != Column.SLA else None)  # (not the clock's tick)
    other = api(desk.url, "super2")
    answer = other.patch(f"{other.base}/tickets/{ticket.id}",  # type: ignore[attr-defined]
                         json={"version": ticket.version, "tags": [*ticket.tags, "seen-elsewhere"]}, timeout=10)
    assert answer.status_code == 200, answer.text
    qtbot.waitUntil(lambda: "seen-elsewhere" in model.ticket_at(row).tags, timeout=2_500)  # type: ignore[union-attr]
    assert row not in repainted  # the row shows no tags: the fresh copy is kept, nothing is repainted
    answer = other.patch(f"{other.base}/tickets/{ticket.id}",  # type: ignore[attr-defined]
                         json={"version": answer.json()["version"], "priority": "urgent"
                               if ticket.priority is not Priority.urgent else "low"}, timeout=10)
    assert answer.status_code == 200, answer.text
    qtbot.waitUntil(lambda: row in repainted, timeout=2_500)
    assert model.index(row, Column.PRIORITY).data() == ("Urgent" if ticket.priority is not Priority.urgent else "Low")
