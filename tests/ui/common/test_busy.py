"""The busy cursor shows only for work that takes a while, and always goes away."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.ui.common.busy import DELAY_MS, BusyCursor
from desk_app.ui.common.tasks import TaskRunner


def test_quick_work_shows_no_busy_cursor(qtbot: QtBot) -> None:
    pool = QThreadPool()
    tasks = TaskRunner(pool)
    busy = BusyCursor(tasks)
    shown: list[bool] = []
    tasks.busy_changed.connect(lambda _: shown.append(busy.shown))
    with qtbot.waitSignal(tasks.busy_changed, check_params_cb=lambda b: not b):
        tasks.run(lambda: None)
    assert not busy.shown and QApplication.overrideCursor() is None
    pool.waitForDone()


def test_slow_work_shows_it_after_the_delay_and_takes_it_away(qtbot: QtBot) -> None:
    pool = QThreadPool()
    tasks = TaskRunner(pool)
    busy = BusyCursor(tasks)
    release = threading.Event()
    started = time.monotonic()
    tasks.run(lambda: release.wait(10))
    qtbot.waitUntil(lambda: busy.shown, timeout=5_000)
    assert time.monotonic() - started >= DELAY_MS / 1000 * 0.9
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor
    release.set()
    qtbot.waitUntil(lambda: not busy.shown, timeout=5_000)
    assert QApplication.overrideCursor() is None
    pool.waitForDone()
