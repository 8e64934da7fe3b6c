"""Run blocking work (network, disk, keyring) off the GUI thread and hand results back to it.

Workers return values and never touch widgets; the result reaches `on_done` (or the exception
`on_error`) through a queued signal, on the GUI thread. If the `owner` widget is gone by then, the
callback is dropped.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Job(QRunnable):
    """Runs one callable on a pool thread and reports through the runner's own (long-lived) signal.

    The job holds no per-job QObject: a Qt object whose last Python reference dies on a worker
    thread would be deleted there, racing the GUI thread that delivers its queued signals.
    """

    def __init__(self, fn: Callable[[], Any], job_id: int, finished: Any) -> None:
        super().__init__()
        self.fn, self.job_id, self.finished = fn, job_id, finished
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which shows it; never swallowed
            self.finished.emit(self.job_id, False, exc)
        else:
            self.finished.emit(self.job_id, True, result)


class TaskRunner(QObject):
    """Runs callables on a thread pool; counts what is in flight for busy indicators."""

    busy_changed = Signal(bool)
    _finished = Signal(int, bool, object)  # job id, succeeded, result or exception

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._pending: dict[int, Callable[[bool, Any], None]] = {}
        self._ids = itertools.count(1)
        self._finished.connect(self._deliver)  # queued: emitted on pool threads, delivered here

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    def run(self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None,
            on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None) -> None:
        started = time.monotonic()

        def alive() -> bool:
            return owner is None or isValid(owner)

        def deliver(ok: bool, value: Any) -> None:
            if ok:
                if alive() and on_done is not None:
                    on_done(value)
                return
            log.debug("task failed after %.2fs: %s", time.monotonic() - started, type(value).__name__)
            if alive() and on_error is not None:
                on_error(value)
            elif on_error is None:
                log.warning("unhandled task error: %s", type(value).__name__)

        job_id = next(self._ids)
        if not self._pending:
            self.busy_changed.emit(True)
        self._pending[job_id] = deliver
        self.pool.start(_Job(fn, job_id, self._finished))

    def _deliver(self, job_id: int, ok: bool, value: Any) -> None:
        deliver = self._pending.pop(job_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if deliver is not None:
            deliver(ok, value)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """For tests and shutdown only: block until the pool is empty."""
        return self.pool.waitForDone(msecs)
