"""Bulk triage in an inbox (#13) against the real service: select with the keyboard, change in one
action, one ticket refused because someone else changed it, the others changed; chunks, progress and Cancel."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.contract import API_PREFIX, BulkChanges, Priority, TicketStatus, View
from desk_app.ui.inbox.bulk import BulkOperation, BulkOutcome
from desk_app.ui.inbox.bulk_dialog import BulkDialog
from desk_app.ui.inbox.filters import Filters
from desk_app.ui.inbox.model import Column
from desk_app.ui.inbox.view import InboxView
from desk_app.ui.main_window import MainWindow
from tests.helpers import INTEGRATION_KEY, ServiceProcess
from tests.ui.conftest import WAIT_MS, Desk, api

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()
_customers = itertools.count(7_100_000 + uuid.uuid4().int % 50_000 * 10)


def customer_with_tickets(url: str, count: int, subject: str) -> tuple[int, list[int]]:
    """A new customer who wrote `count` times; the ticket ids, oldest first."""
    customer = next(_customers)
    key = {"X-Integration-Key": INTEGRATION_KEY}
    answer = requests.put(f"{url}{API_PREFIX}/inbound/customers/{customer}", headers=key, timeout=30,
                          json={"name": f"Bulk Customer {customer}", "email": f"b{customer}@example.org",
                                "country": "DE"})
    assert answer.status_code == 200, answer.text
    ids = []
    for n in range(count):
        answer = requests.post(f"{url}{API_PREFIX}/inbound/messages", headers=key, timeout=30,
                               json={"channel": "email", "customer_id": customer, "subject": f"{subject} {n}",
                                     "body": "Please help", "language": "en"})
        assert answer.status_code == 201, answer.text
        ids.append(answer.json()["ticket_id"])
    return customer, ids


def close_elsewhere(url: str, ticket: int) -> None:
    """Another agent (agent2, through the API) closes the ticket."""
    other = api(url, "agent2")
    version = other.get(f"{other.base}/tickets/{ticket}", timeout=30).json()["version"]  # type: ignore[attr-defined]
    assert other.patch(f"{other.base}/tickets/{ticket}", json={"version": version, "status": "closed"},  # type: ignore[attr-defined]
                       timeout=30).status_code == 200


def showing(window: MainWindow, qtbot: QtBot, subject: str, count: int) -> InboxView:
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    inbox.set_filters(Filters(q=subject))
    qtbot.waitUntil(lambda: inbox.model.rowCount() == count and not inbox.model.loading, timeout=WAIT_MS)
    return inbox


def test_a_bulk_change_with_one_conflict(desk: Desk, ui_service: ServiceProcess, qtbot: QtBot,
                                         qtmodeltester: object) -> None:
    subject = f"Bulk triage {uuid.uuid4().hex[:8]}"
    _, ids = customer_with_tickets(ui_service.url, 3, subject)
    window = desk.sign_in("agent1")
    inbox = showing(window, qtbot, subject, 3)
    qtmodeltester.check(inbox.model)  # type: ignore[attr-defined]
    table = inbox.table
    table.setFocus()
    table.setCurrentIndex(inbox.model.index(0, Column.SUBJECT))
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    assert len(table.selectionModel().selectedRows()) == 3
    assert inbox.triage.bar.isVisible() and inbox.triage.count.text().startswith("3 ticket")  # plural: catalogue

    stale = ids[1]  # someone else raises one of them meanwhile
    other = api(ui_service.url, "agent2")
    version = other.get(f"{other.base}/tickets/{stale}", timeout=30).json()["version"]  # type: ignore[attr-defined]
    answer = other.patch(f"{other.base}/tickets/{stale}", json={"version": version, "priority": "high"},  # type: ignore[attr-defined]
                         timeout=30)
    assert answer.status_code == 200, answer.text

    qtbot.keyClick(table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # "Change selected…"
    dialog = inbox.triage.dialog
    assert isinstance(dialog, BulkDialog) and dialog.isVisible()
    assert not dialog.apply_button.isEnabled()  # nothing to change yet
    dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.urgent))
    qtbot.keyClicks(dialog.add_tags, "triaged, bulk")
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: inbox.triage.last_outcome is not None, timeout=WAIT_MS)
    outcome: BulkOutcome = inbox.triage.last_outcome  # type: ignore[assignment]
    assert (outcome.changed, outcome.unchanged, [(r.id, r.code) for r in outcome.refused]) == (
        2, 0, [(stale, "version_conflict")])
    report = inbox.triage.report
    assert isinstance(report, QMessageBox) and report.isVisible()
    assert report.text().startswith("2 ticket") and report.text().endswith(" changed. 1 not changed.")
    assert f"#{stale}: someone else changed it after it was loaded" in report.informativeText()
    report.close()

    rows = {inbox.model.ticket_at(r).id: inbox.model.ticket_at(r) for r in range(3)}  # type: ignore[union-attr]
    for ticket_id in (ids[0], ids[2]):
        assert rows[ticket_id].priority is Priority.urgent and rows[ticket_id].tags == ["triaged", "bulk"]
        stored = other.get(f"{other.base}/tickets/{ticket_id}", timeout=30).json()  # type: ignore[attr-defined]
        assert (stored["priority"], stored["tags"]) == ("urgent", ["triaged", "bulk"])
    stored = other.get(f"{other.base}/tickets/{stale}", timeout=30).json()  # type: ignore[attr-defined]
    assert (stored["priority"], stored["tags"]) == ("high", [])  # their change stands
    qtbot.waitUntil(lambda: inbox.model.ticket_at(inbox.model.row_of(stale)).priority is Priority.high,  # type: ignore[union-attr]
                    timeout=WAIT_MS)  # and the row follows it live

    # Enter still opens the current ticket in a multi-selection table
    table.setCurrentIndex(inbox.model.index(inbox.model.row_of(ids[0]), Column.SUBJECT))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.ticket_tabs.current() is not None and window.ticket_tabs.current().ticket_id == ids[0]  # type: ignore[union-attr]


def test_a_big_change_goes_in_chunks_with_progress_and_stops_on_cancel(
        desk: Desk, ui_service: ServiceProcess, qtbot: QtBot) -> None:
    subject = f"Chunked {uuid.uuid4().hex[:8]}"
    _, ids = customer_with_tickets(ui_service.url, 5, subject)
    window = desk.sign_in("agent1")
    inbox = showing(window, qtbot, subject, 5)
    targets = [(t.id, t.version) for t in (inbox.model.ticket_at(r) for r in range(5)) if t is not None]
    progress: list[tuple[int, int]] = []
    operation = BulkOperation(window.ctx, targets, BulkChanges(add_tags=["chunked"]), chunk_size=2)
    operation.progress.connect(lambda sent, total: progress.append((sent, total)))
    operation.chunk_done.connect(lambda _: operation.cancel())  # Cancel while the first chunk is in flight
    with qtbot.waitSignal(operation.finished, timeout=WAIT_MS) as finished:
        operation.start()
    outcome: BulkOutcome = finished.args[0]  # type: ignore[index]
    assert progress == [(0, 5), (2, 5)]
    assert outcome.cancelled and outcome.sent == 2 and outcome.changed == 2
    other = api(ui_service.url, "agent2")
    tagged = [t for t in ids if "chunked" in other.get(f"{other.base}/tickets/{t}",  # type: ignore[attr-defined]
                                                       timeout=30).json()["tags"]]
    assert len(tagged) == 2


def test_selecting_the_whole_view_can_include_the_rows_not_loaded_yet(
        make_desk: Callable[..., Desk], ui_service: ServiceProcess, qtbot: QtBot) -> None:
    subject = f"Whole view {uuid.uuid4().hex[:8]}"
    _, ids = customer_with_tickets(ui_service.url, 60, subject)
    window = make_desk(ui_service.url, page_size=5).sign_in("agent1")
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    inbox.set_filters(Filters(q=subject))
    model = inbox.model
    qtbot.waitUntil(lambda: model.rowCount() >= 5 and not model.loading, timeout=WAIT_MS)
    qtbot.wait(300)  # the table asks for pages until its viewport is full, then stops
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    loaded = model.rowCount()
    assert loaded < 60 and not model.exhausted
    inbox.table.setFocus()
    inbox.table.selectAll()
    dialog = inbox.triage.open_dialog()
    assert dialog is not None and not dialog.include_rest.isHidden()
    dialog.include_rest.setChecked(True)
    dialog.status.setCurrentIndex(dialog.status.findData(TicketStatus.pending_customer))
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: inbox.triage.last_outcome is not None, timeout=WAIT_MS)
    outcome = inbox.triage.last_outcome
    assert outcome is not None and (outcome.changed, outcome.sent, outcome.refused) == (60, 60, [])
    other = api(ui_service.url, "agent2")
    statuses = {other.get(f"{other.base}/tickets/{t}", timeout=30).json()["status"]  # type: ignore[attr-defined]
                for t in ids[::7]}
    assert statuses == {"pending_customer"}
    inbox.triage.report.close()  # type: ignore[union-attr]
    QApplication.processEvents()
