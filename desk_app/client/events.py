"""`EventStream`: the service's live events (`GET /api/v1/events`, server-sent events) as `EventOut`s.

`iter()` reads one connection; `run_forever()` keeps one open, resuming from the last event id after a
drop, with capped exponential backoff. Both stop promptly when the `stop` event is set: a watcher
thread shuts the socket down, which wakes the blocked read.
"""

from __future__ import annotations

import json
import logging
import random
import socket
import threading
from collections.abc import Callable, Iterator
from types import TracebackType

import requests
import urllib3.exceptions
from pydantic import ValidationError

from desk_app.client.base import BaseClient
from desk_app.client.errors import (
    BAD_RESPONSE,
    NETWORK_ERROR,
    ApiError,
    BadResponse,
    Forbidden,
    RateLimited,
    ServiceUnavailable,
    SessionExpired,
    error_from_exception,
)
from desk_app.client.sse import StreamTooLong, iter_events
from desk_app.contract import EventOut

log = logging.getLogger(__name__)

CONNECTING = "connecting"
LIVE = "live"
RECONNECTING = "reconnecting"


class EventStream:
    """Reads the service's server-sent events through an `ApiClient` (its session, tokens, refresh)."""

    def __init__(
        self,
        client: BaseClient,
        *,
        read_timeout: float = 30.0,
        connect_timeout: float = 3.05,
        min_delay: float = 0.5,
        max_delay: float = 10.0,
        rng: random.Random | None = None,
    ) -> None:
        """`read_timeout` detects a dead stream (the service sends a heartbeat every ~10 s)."""
        self._client = client
        self._timeout = (connect_timeout, read_timeout)
        self._min_delay = min_delay
        self._max_delay = max_delay
        self._rng = rng if rng is not None else random.Random()

    def iter(
        self,
        last_event_id: int | None = None,
        stop: threading.Event | None = None,
        on_open: Callable[[], None] | None = None,
    ) -> Iterator[EventOut]:
        """Events from one connection, after `last_event_id` if given, until it ends or `stop` is set.

        Raises an `ApiError` if the connection cannot be opened or breaks; returns quietly when the
        service ends the stream or `stop` is set. `on_open` is called once the stream is live.
        """
        stop = stop if stop is not None else threading.Event()
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        response = self._client.open_stream("/events", headers=headers, timeout=self._timeout)
        with response, _AbortOnStop(response, stop):
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if content_type != "text/event-stream":
                shown = content_type or "no content type"
                raise BadResponse(response.status_code, BAD_RESPONSE, f"expected an event stream, got {shown}")
            if on_open is not None:
                on_open()
            failure: ApiError | None = None
            try:
                for sse in iter_events(response.iter_content(chunk_size=512)):
                    if stop.is_set():
                        return
                    event = _event_from(sse.data)
                    if event is not None:
                        yield event
            except requests.RequestException as exc:
                failure = error_from_exception(exc)
            except StreamTooLong as exc:
                failure = BadResponse(response.status_code, BAD_RESPONSE, str(exc))
            except (OSError, ValueError, AttributeError, urllib3.exceptions.HTTPError) as exc:
                # also what a read cut short by the watcher closing the connection looks like
                failure = ServiceUnavailable(None, NETWORK_ERROR, f"the event stream broke ({type(exc).__name__})")
            if failure is not None and not stop.is_set():
                raise failure  # outside the except blocks, so the original is not its __context__

    def run_forever(
        self,
        on_event: Callable[[EventOut], None],
        on_state: Callable[[str], None],
        stop: threading.Event,
        last_event_id: int | None = None,
    ) -> None:
        """Keeps the stream open until `stop` is set, reconnecting after drops and resuming.

        `on_state` gets "connecting", "live" and "reconnecting" (each only when it changes).
        `SessionExpired` and `Forbidden` end the loop: reconnecting cannot fix them.
        """
        state: list[str] = []
        delay = self._min_delay

        def report(new: str) -> None:
            if not state or state[-1] != new:
                state.append(new)
                on_state(new)

        def opened() -> None:
            nonlocal delay
            delay = self._min_delay
            report(LIVE)

        report(CONNECTING)
        while not stop.is_set():
            wait = delay
            try:
                for event in self.iter(last_event_id, stop, on_open=opened):
                    last_event_id = event.id
                    on_event(event)
            except (SessionExpired, Forbidden):
                raise
            except RateLimited as exc:
                wait = max(delay, exc.retry_after or 0.0)
            except ApiError as exc:
                log.info("event stream interrupted: %s", exc.code)
            if stop.is_set():
                return
            report(RECONNECTING)
            if stop.wait(self._jittered(wait)):
                return
            delay = min(delay * 2, self._max_delay)

    def _jittered(self, delay: float) -> float:
        """`delay` give or take 20 %, so many desks do not all reconnect in the same instant."""
        return min(self._max_delay, max(self._min_delay, delay * self._rng.uniform(0.8, 1.2)))


def _event_from(data: str) -> EventOut | None:
    """The event in one block's data; a malformed one is logged (without its content) and skipped."""
    try:
        return EventOut.model_validate(json.loads(data))
    except (ValueError, ValidationError) as exc:
        log.warning("skipped a malformed event (%s)", type(exc).__name__)
        return None


class _AbortOnStop:
    """While active, watches `stop` and shuts the response's socket down when it is set."""

    def __init__(self, response: requests.Response, stop: threading.Event, poll: float = 0.1) -> None:
        self._response = response
        self._stop = stop
        self._poll = poll
        self._done = threading.Event()

    def __enter__(self) -> _AbortOnStop:
        threading.Thread(target=self._watch, name="event-stream-stop", daemon=True).start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._done.set()

    def _watch(self) -> None:
        while not self._done.is_set():
            if self._stop.wait(self._poll):
                if not self._done.is_set():
                    _abort(self._response)
                return


def _abort(response: requests.Response) -> None:
    """Wakes the thread reading `response` by shutting its socket down (or, failing that, closing it).

    On Linux, closing a socket does not wake a thread blocked reading it; shutting it down does.
    The reading thread then closes the response itself.
    """
    connection = getattr(response.raw, "_connection", None)
    sock = getattr(connection, "sock", None)
    if isinstance(sock, socket.socket):
        try:
            sock.shutdown(socket.SHUT_RDWR)
            return
        except OSError:
            pass
    response.close()
