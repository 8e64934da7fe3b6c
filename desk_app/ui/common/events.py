"""The live event stream, read on its own thread and re-emitted as Qt signals on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desk_app.contract import EventOut


class EventBus(QObject):
    """Every open view listens here; `state_changed` tells the status bar whether updates are live."""

    received = Signal(object)  # contract.EventOut
    state_changed = Signal(str)  # "connecting" | "live" | "reconnecting" | "stopped"
    failed = Signal(object)  # the exception that ended the loop (SessionExpired, Forbidden, ...)

    def __init__(self, run_forever: Callable[..., Any], parent: QObject | None = None) -> None:
        """`run_forever(on_event, on_state, stop)` is the client's reconnecting stream loop."""
        super().__init__(parent)
        self._run_forever = run_forever
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.state = "stopped"
        self.state_changed.connect(self._remember)

    def _remember(self, state: str) -> None:
        self.state = state

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return  # already running; a loop that ended (e.g. SessionExpired) may be started again
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="desk-events", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        def on_event(event: EventOut) -> None:
            self.received.emit(event)

        def on_state(state: str) -> None:
            self.state_changed.emit(state)

        try:
            self._run_forever(on_event, on_state, self._stop)
        except Exception as exc:  # ends the loop (e.g. SessionExpired): the GUI decides what to do
            self.failed.emit(exc)
        finally:
            self.state_changed.emit("stopped")

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
