"""A small parser for server-sent events (the `text/event-stream` wire format).

The service's stream is blocks of `id: N`, `event: kind` and `data: <json>` lines ended by a blank
line, plus `:` comment lines as heartbeats. Lines are split here from raw bytes rather than with
`requests`' `iter_lines`, which can report a false blank line (an early end of block) when a `\\r\\n`
is split across two network reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

_EOL = re.compile(rb"\r\n|\r|\n")
MAX_LINE = 1 << 20  # bytes; a longer line means the stream is not what we expect


class StreamTooLong(ValueError):
    """A line in the stream grew past `MAX_LINE` without ending."""


@dataclass(frozen=True)
class ServerSentEvent:
    """One dispatched event: its id (the last one the stream set), type and data."""

    id: str | None
    event: str
    data: str


class LineSplitter:
    """Splits a byte stream into text lines at CRLF, LF or CR, whatever the chunk boundaries."""

    def __init__(self, max_line: int = MAX_LINE) -> None:
        self._buffer = b""
        self._skip_lf = False  # the last chunk ended with CR; a LF starting the next one belongs to it
        self._max_line = max_line

    def feed(self, chunk: bytes) -> list[str]:
        """The lines completed by `chunk`, without their line endings."""
        if not chunk:
            return []
        if self._skip_lf and chunk.startswith(b"\n"):
            chunk = chunk[1:]
        data = self._buffer + chunk
        parts = _EOL.split(data)
        self._buffer = parts.pop()
        self._skip_lf = data.endswith(b"\r")
        if len(self._buffer) > self._max_line:
            raise StreamTooLong(f"a line in the event stream is longer than {self._max_line} bytes")
        return [part.decode("utf-8", "replace") for part in parts]


@dataclass
class SseParser:
    """Turns lines into events, following the field rules of the HTML server-sent events standard."""

    last_id: str | None = None
    _event: str = ""
    _data: list[str] = field(default_factory=list)

    def line(self, line: str) -> ServerSentEvent | None:
        """Takes one line; returns an event when the line ends a block that carried data."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment: the heartbeat
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self.last_id = value
        # "retry" and unknown fields are ignored: reconnecting is the caller's business
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        data, event = self._data, self._event
        self._data, self._event = [], ""
        if not data:
            return None
        return ServerSentEvent(id=self.last_id, event=event or "message", data="\n".join(data))


def iter_events(chunks: Iterable[bytes], max_line: int = MAX_LINE) -> Iterator[ServerSentEvent]:
    """The events in a stream of byte chunks, as soon as each block is complete."""
    splitter = LineSplitter(max_line)
    parser = SseParser()
    for chunk in chunks:
        for line in splitter.feed(chunk):
            event = parser.line(line)
            if event is not None:
                yield event
