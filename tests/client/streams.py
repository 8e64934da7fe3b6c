"""`Recorder`: runs `EventStream.run_forever` on a thread and collects what it reports."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from desk_app.client import EventStream
from desk_app.contract import EventOut


class Recorder:
    """Collects events and states from `run_forever`, running it on a thread."""

    def __init__(self, stream: EventStream, last_event_id: int | None = None) -> None:
        self.events: list[EventOut] = []
        self.states: list[str] = []
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, args=(stream, last_event_id), daemon=True)

    def _run(self, stream: EventStream, last_event_id: int | None) -> None:
        try:
            stream.run_forever(self._on_event, self._on_state, self.stop, last_event_id)
        except BaseException as exc:
            self.error = exc
        with self.changed:
            self.changed.notify_all()

    def _on_event(self, event: EventOut) -> None:
        with self.changed:
            self.events.append(event)
            self.changed.notify_all()

    def _on_state(self, state: str) -> None:
        with self.changed:
            self.states.append(state)
            self.changed.notify_all()

    def start(self) -> Recorder:
        self._thread.start()
        return self

    def wait_for(self, condition: Callable[[], bool], timeout: float = 10) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: condition() or self.error is not None, timeout), (
                self.events,
                self.states,
            )

    def finish(self, within: float = 2.0) -> float:
        """Sets stop; returns how long run_forever took to return."""
        started = time.monotonic()
        self.stop.set()
        self._thread.join(within + 5)
        assert not self._thread.is_alive()
        return time.monotonic() - started
