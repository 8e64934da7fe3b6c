"""Run blocking work (network, disk, keyring) off the GUI thread and hand results back to it.

Workers return values and never touch widgets; the result reaches `on_done` (or the exception
`on_error`) through a queued signal, on the GUI thread. If the `owner` widget is gone by then, the
callback is dropped.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Relay(QObject):
    """Carries one job's result to the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which shows it; never swallowed
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    """Runs callables on a thread pool; counts what is in flight for busy indicators."""

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    @property
    def in_flight(self) -> int:
        return len(self._relays)

    def run(self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None,
            on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None) -> None:
        # Parented to the runner, so the C++ object is owned here and deleted only by deleteLater on
        # this (the GUI) thread; otherwise the worker dropping the last Python reference would
        # delete it on the worker thread while the GUI thread may still deliver its signals.
        relay = _Relay(self)
        started = time.monotonic()

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self._relays:
                self.busy_changed.emit(False)

        def alive() -> bool:
            return owner is None or isValid(owner)

        def done(result: Any) -> None:
            finish()
            if alive() and on_done is not None:
                on_done(result)

        def failed(exc: Exception) -> None:
            finish()
            log.debug("task failed after %.2fs: %s", time.monotonic() - started, type(exc).__name__)
            if alive() and on_error is not None:
                on_error(exc)
            elif on_error is None:
                log.warning("unhandled task error: %s", type(exc).__name__)

        relay.done.connect(done)
        relay.failed.connect(failed)
        if not self._relays:
            self.busy_changed.emit(True)
        self._relays.add(relay)
        self.pool.start(_Job(fn, relay))

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For tests and shutdown only: block until the pool is empty."""
        return self.pool.waitForDone(msecs)
