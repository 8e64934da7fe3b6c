"""For the bench's cold-start figure (DESK_REPORT_FIRST_PAINT=1): print when the first inbox page is painted."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from desk_app.ui.inbox.view import InboxView


class FirstPaint(QObject):
    """Watches an inbox's table: at the first paint with rows, prints the wall time and quits the app."""

    def __init__(self, inbox: InboxView) -> None:
        super().__init__(inbox)
        self.inbox, self.done = inbox, False
        inbox.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if not self.done and event.type() == QEvent.Type.Paint and self.inbox.model.rowCount():
            self.done = True
            QTimer.singleShot(0, self._report)  # after this paint has finished
        return False

    def _report(self) -> None:
        print(f"desk-first-inbox-page-painted {time.time():.6f}", file=sys.stdout, flush=True)
        QCoreApplication.quit()
