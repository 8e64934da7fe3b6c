"""Tests for desk_app/client/sse.py: the event-stream parser, whatever the network's chunking."""

from __future__ import annotations

import pytest

from desk_app.client.sse import LineSplitter, ServerSentEvent, SseParser, StreamTooLong, iter_events

STREAM = (
    b"retry: 1000\r\n\r\n"
    b": ping\r\n\r\n"
    b'id: 5\r\nevent: message.created\r\ndata: {"id": 5}\r\n\r\n'
    b"id: 6\nevent: ticket.updated\ndata: line one\ndata: line two\n\n"
    b"data:no space\r\r"
    b"id: 7\ndata: caf\xc3\xa9\n\n"
)
EXPECTED = [
    ServerSentEvent("5", "message.created", '{"id": 5}'),
    ServerSentEvent("6", "ticket.updated", "line one\nline two"),
    ServerSentEvent("6", "message", "no space"),
    ServerSentEvent("7", "message", "café"),
]


def test_events_of_a_whole_stream() -> None:
    assert list(iter_events([STREAM])) == EXPECTED


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 64])
def test_any_chunking_gives_the_same_events(size: int) -> None:
    chunks = [STREAM[i : i + size] for i in range(0, len(STREAM), size)]
    assert list(iter_events(chunks)) == EXPECTED


def test_every_split_point_gives_the_same_events() -> None:
    for cut in range(len(STREAM) + 1):
        assert list(iter_events([STREAM[:cut], b"", STREAM[cut:]])) == EXPECTED, cut


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    splitter = LineSplitter()
    assert splitter.feed(b"id: 1\r") == ["id: 1"]
    assert splitter.feed(b"\ndata: x\r\n") == ["data: x"]
    assert splitter.feed(b"\r\n") == [""]


def test_block_without_data_dispatches_nothing() -> None:
    parser = SseParser()
    for line in ["id: 3", "event: ticket.created", ""]:
        assert parser.line(line) is None
    assert parser.last_id == "3"


def test_an_endless_line_is_refused() -> None:
    with pytest.raises(StreamTooLong):
        list(iter_events([b"data: " + b"x" * 100] * 20, max_line=1000))
