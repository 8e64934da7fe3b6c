"""A busy cursor that appears only when work takes a while (Anki's habit: after ~300 ms, never for quick calls)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desk_app.ui.common.tasks import TaskRunner

DELAY_MS = 300


class BusyCursor(QObject):
    """Follows a TaskRunner's `busy_changed`; shows the busy cursor once work has run for DELAY_MS."""

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown = False
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._show)
        tasks.busy_changed.connect(self._busy_changed)

    @property
    def shown(self) -> bool:
        return self._shown

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._timer.start()
        else:
            self._timer.stop()
            self._hide()

    def _show(self) -> None:
        if not self._shown:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._shown = True

    def _hide(self) -> None:
        if self._shown:
            QApplication.restoreOverrideCursor()
            self._shown = False

    def stop(self) -> None:
        self._timer.stop()
        self._hide()
