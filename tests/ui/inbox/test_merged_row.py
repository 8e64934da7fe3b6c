"""A merged ticket's inbox row says where it went ("Merged into #N"), live and after a reload, while filtering
by status still treats it as the closed ticket it is. Against the real service."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from desk_app.contract import TicketStatus
from desk_app.ui.common.language import Languages
from desk_app.ui.inbox.filters import Filters
from desk_app.ui.inbox.model import Column, TicketTableModel
from tests.helpers import ServiceProcess
from tests.ui.conftest import WAIT_MS, Desk, api
from tests.ui.inbox.test_bulk import close_elsewhere, customer_with_tickets, showing

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()


def status_text(model: TicketTableModel, ticket_id: int) -> str:
    row = model.row_of(ticket_id)
    assert row >= 0, f"#{ticket_id} is not in the view"
    return str(model.index(row, Column.STATUS).data(Qt.ItemDataRole.DisplayRole))


def _merge(url: str, duplicate: int, target: int) -> None:
    other = api(url, "agent2")
    answer = other.post(f"{other.base}/tickets/{duplicate}/merge", json={"into": target}, timeout=30)  # type: ignore[attr-defined]
    assert answer.status_code == 200, answer.text


def test_a_merged_ticket_row_names_its_target(desk: Desk, ui_service: ServiceProcess, qtbot: QtBot,
                                              qtmodeltester: object, languages: Languages) -> None:
    subject = f"Merged row {uuid.uuid4().hex[:6]}"
    _, (duplicate, target, closed) = customer_with_tickets(ui_service.url, 3, subject)
    close_elsewhere(ui_service.url, closed)
    window = desk.sign_in("agent1")
    inbox = showing(window, qtbot, subject, 3)
    model = inbox.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert status_text(model, duplicate) == "New"

    _merge(ui_service.url, duplicate, target)  # another desk merges: the row changes in place
    qtbot.waitUntil(lambda: status_text(model, duplicate) == f"Merged into #{target}", timeout=WAIT_MS)
    assert status_text(model, closed) == "Closed" and status_text(model, target) != status_text(model, duplicate)
    row = model.row_of(duplicate)  # what a screen reader reads is the same
    assert model.index(row, Column.STATUS).data(Qt.ItemDataRole.AccessibleTextRole) == f"Merged into #{target}"

    # after a reload the row comes from the list response, packed and unpacked by the row cache
    inbox.set_filters(Filters(q=subject, status=TicketStatus.closed))
    qtbot.waitUntil(lambda: not model.loading and model.pages_loaded > 0 and model.rowCount() == 2, timeout=WAIT_MS)
    assert {model.ticket_at(r).id for r in range(model.rowCount())} == {duplicate, closed}  # type: ignore[union-attr]
    assert status_text(model, duplicate) == f"Merged into #{target}" and status_text(model, closed) == "Closed"
    inbox.set_filters(Filters(q=subject, status=TicketStatus.new))  # merged is closed: not among the new ones
    qtbot.waitUntil(lambda: not model.loading and model.pages_loaded > 0 and model.rowCount() == 1, timeout=WAIT_MS)
    assert model.ticket_at(0).id == target  # type: ignore[union-attr]

    # in Spanish: the words the inbox's own catalogue gives (the same tr() call), the number unchanged
    inbox.set_filters(Filters(q=subject, status=TicketStatus.closed))
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 2, timeout=WAIT_MS)
    languages.apply("es")
    expected = QCoreApplication.translate("TicketTableModel", "Merged into #%1").replace("%1", str(target))
    qtbot.waitUntil(lambda: status_text(model, duplicate) == expected, timeout=WAIT_MS)
    assert status_text(model, closed) == QCoreApplication.translate("Labels", "Closed") != "Closed"
