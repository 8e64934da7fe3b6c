"""The outbox's delivery worker: one thread that posts queued messages oldest first, each exactly once.

Each message carries its Idempotency-Key on every try, so a post whose answer was lost (the service
died after storing it) is answered with the stored message, not stored twice. While the service is
unreachable the worker retries the same message with exponential backoff and jitter (tenacity);
nothing behind it goes first, so the order holds. A message the service refuses for good (403, 404,
422 …) is marked failed and kept for the agent; an ended session pauses delivery until signed in.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from typing import Any

from tenacity import RetryCallState, Retrying, retry_if_exception, wait_exponential_jitter

from desk_app.client.errors import ApiError, BadResponse, RateLimited, ServiceUnavailable, SessionExpired
from desk_app.local.store import LocalStore, OutboxItem

log = logging.getLogger(__name__)


class DeliveryState(enum.StrEnum):
    online = "online"  # the last delivery (or nothing to deliver) went well
    offline = "offline"  # the service cannot be reached; retrying with backoff
    signed_out = "signed_out"  # the session ended; waiting for a new sign-in


def is_transient(exc: BaseException) -> bool:
    """Whether trying the same post again later may work (the key makes a repeat harmless)."""
    return isinstance(exc, ServiceUnavailable | RateLimited | BadResponse)


class _Stopped(Exception):
    pass


class DeliveryWorker:
    """Delivers a store's outbox through `send(item)`; reports through callbacks on its own thread."""

    def __init__(
        self,
        store: LocalStore,
        send: Callable[[OutboxItem], Any],
        *,
        on_delivered: Callable[[OutboxItem, Any], None] = lambda item, result: None,
        on_failed: Callable[[OutboxItem, ApiError], None] = lambda item, exc: None,
        on_state: Callable[[DeliveryState], None] = lambda state: None,
        min_wait: float = 0.5,
        max_wait: float = 30.0,
        signed_out_wait: float = 5.0,
    ) -> None:
        self.store, self._send = store, send
        self._on_delivered, self._on_failed, self._on_state = on_delivered, on_failed, on_state
        self.min_wait, self.max_wait, self.signed_out_wait = min_wait, max_wait, signed_out_wait
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.state = DeliveryState.online

    # --- control ----------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="desk-outbox", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Something was queued, or the service may be back: look now instead of after the backoff."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        """Stops after the current try (a post in flight finishes or times out; its key keeps it single)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- the loop ---------------------------------------------------------------------------------

    def _report(self, state: DeliveryState) -> None:
        if state is not self.state:
            self.state = state
            self._on_state(state)

    def _pause(self, seconds: float) -> None:
        """Sleeps until woken, stopped or `seconds` pass."""
        self._wake.wait(seconds)
        self._wake.clear()
        if self._stop.is_set():
            raise _Stopped

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                item = self.store.next_queued()
                if item is None:
                    self._report(DeliveryState.online)
                    self._pause(30.0)
                    continue
                self._deliver(item)
            except _Stopped:
                return
            except Exception as exc:  # the store failed (disk full, locked): logged by kind only, tried again
                log.error("the outbox could not be read or updated: %s", type(exc).__name__)
                try:
                    self._pause(self.signed_out_wait)
                except _Stopped:
                    return

    def _deliver(self, item: OutboxItem) -> None:
        try:
            result = self._send_with_backoff(item)
        except SessionExpired:
            self._report(DeliveryState.signed_out)
            self._pause(self.signed_out_wait)
            return
        except ApiError as exc:
            if self._stop.is_set():
                raise _Stopped from None
            log.info("outbox message %s was refused: %s", item.id, exc.code)
            self.store.failed(item.id, str(exc.code))
            self._on_failed(item, exc)
            return
        self.store.delivered(item.id)
        self._report(DeliveryState.online)
        self._on_delivered(item, result)

    def _send_with_backoff(self, item: OutboxItem) -> Any:
        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome is not None else None
            log.info("outbox: service unreachable (%s); retry %s", type(exc).__name__, state.attempt_number)
            self._report(DeliveryState.offline)

        def stopped(_: RetryCallState) -> bool:
            return self._stop.is_set()

        retrying = Retrying(
            retry=retry_if_exception(is_transient),
            wait=wait_exponential_jitter(multiplier=self.min_wait, max=self.max_wait, jitter=self.min_wait),
            stop=stopped,
            sleep=lambda seconds: self._pause(seconds),
            before_sleep=before_sleep,
            reraise=True,
        )
        return retrying(self._send, item)
