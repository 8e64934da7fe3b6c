"""Paging a large inbox by cursor: fetchMore returns at once, rows arrive page by page, the model stays valid."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from desk_app.contract import View
from desk_app.ui.inbox.model import PAGE_SIZE
from tests.helpers import ServiceProcess, start_service
from tests.ui.conftest import WAIT_MS, Desk

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()

BIG = 2_500


@pytest.fixture(scope="module")
def big_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    directory: Path = tmp_path_factory.mktemp("big-service")
    with start_service(directory, demo_tickets=BIG, demo_customers=200) as service:
        yield service


def test_scrolling_pages_through_a_large_inbox(make_desk: Callable[..., Desk], big_service: ServiceProcess,
                                               qtbot: QtBot, qtmodeltester: object) -> None:
    desk = make_desk(big_service.url)
    window = desk.sign_in("super1")
    inbox = window.views[View.all]
    model = inbox.model
    window.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not model.loading, timeout=WAIT_MS)
    qtmodeltester.check(model)  # type: ignore[attr-defined]  # keeps watching every insert below
    seen = [model.rowCount()]
    while not model.exhausted:
        inbox.table.scrollToBottom()  # the view asks for more when its last row shows
        qtbot.waitUntil(lambda: model.rowCount() > seen[-1] or model.exhausted, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
        seen.append(model.rowCount())
    assert seen[-1] == BIG
    steps = {b - a for a, b in zip(seen, seen[1:], strict=False)}
    assert steps <= {PAGE_SIZE, BIG % PAGE_SIZE or PAGE_SIZE}, seen
    ids = [model.ticket_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(set(ids)) == BIG and ids == sorted(ids, reverse=True)
    assert not model.canFetchMore(QModelIndex())


def test_fetch_more_returns_at_once(make_desk: Callable[..., Desk], big_service: ServiceProcess,
                                    qtbot: QtBot) -> None:
    desk = make_desk(big_service.url, page_size=50)
    window = desk.sign_in("super2")
    model = window.views[View.all].model
    qtbot.waitUntil(lambda: model.rowCount() == 50 and not model.loading, timeout=WAIT_MS)
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted, timeout=WAIT_MS) as inserted:
        model.fetchMore(QModelIndex())
        assert model.loading and model.rowCount() == 50  # started on a worker; nothing arrived yet
        model.fetchMore(QModelIndex())  # a second call while one is running does not fetch twice
    assert inserted.args[0] == QModelIndex() and (inserted.args[1], inserted.args[2]) == (50, 99)
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    assert model.rowCount() == 100 and model.pages_loaded == 2
