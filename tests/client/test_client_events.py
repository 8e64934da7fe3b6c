"""`EventStream` against a scripted server: resuming after drops, dead streams, stopping promptly."""

from __future__ import annotations

import threading
import time

import pytest

from desk_app.client import ApiClient, BadResponse, EventStream, SessionExpired
from tests.client.fakeserver import EVENT_STREAM, FakeServer, Reply, Seen, error, login_json, sse
from tests.client.streams import Recorder


def stream_reply(*blocks: str | float, end: str = "clean") -> Reply:
    return Reply(200, content_type=EVENT_STREAM, chunks=["retry: 1000\n\n", *blocks], end=end)


def test_iter_yields_events_and_asks_for_an_event_stream(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/events", stream_reply(sse(4), ": ping\n\n", sse(5, "message.created", 9)))
    events = list(EventStream(fake_client).iter(last_event_id=3))
    assert [(e.id, e.kind, e.ticket_id) for e in events] == [(4, "ticket.updated", 1), (5, "message.created", 9)]
    seen = fake.requests_to("GET", "/events")[0]
    assert seen.headers["Accept"] == "text/event-stream"
    assert seen.headers["Last-Event-ID"] == "3"
    assert seen.headers["Authorization"] == "Bearer access-0"


def test_malformed_event_is_skipped(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/events", stream_reply("id: 4\ndata: {not json\n\n", sse(5)))
    assert [e.id for e in EventStream(fake_client).iter()] == [5]


def test_html_instead_of_a_stream_is_a_bad_response(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/events", Reply(200, "<html>proxy</html>", "text/html"))
    with pytest.raises(BadResponse):
        list(EventStream(fake_client).iter())


def test_reconnects_after_a_drop_and_resumes_from_the_last_id(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route(
        "GET",
        "/events",
        stream_reply(sse(1), sse(2), end="drop"),  # cut mid-stream, as a dying proxy would
        stream_reply(sse(3), end="clean"),  # ended by the server
        stream_reply(sse(4), end="hang"),
    )
    recorder = Recorder(EventStream(fake_client, min_delay=0.05, max_delay=0.2)).start()
    recorder.wait_for(lambda: len(recorder.events) == 4)
    assert recorder.finish() < 2
    assert [e.id for e in recorder.events] == [1, 2, 3, 4]
    sent = [seen.headers.get("Last-Event-ID") for seen in fake.requests_to("GET", "/events")]
    assert sent == [None, "2", "3"]
    assert recorder.states == ["connecting", "live", "reconnecting", "live", "reconnecting", "live"]
    assert recorder.error is None


def test_keeps_trying_while_the_service_is_down(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route(
        "GET",
        "/events",
        error(500, "unavailable"),  # not 502-504: urllib3 would retry those before the loop sees them
        Reply(500, "<html>internal error</html>", "text/html"),
        stream_reply(sse(8), end="hang"),
    )
    recorder = Recorder(EventStream(fake_client, min_delay=0.05, max_delay=0.1), last_event_id=7).start()
    recorder.wait_for(lambda: len(recorder.events) == 1)
    recorder.finish()
    assert recorder.states == ["connecting", "reconnecting", "live"]
    assert fake.requests_to("GET", "/events")[-1].headers["Last-Event-ID"] == "7"


def test_silent_stream_is_detected_as_dead(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/events", stream_reply(sse(1), end="hang"), stream_reply(sse(2), end="hang"))
    stream = EventStream(fake_client, read_timeout=0.5, min_delay=0.05, max_delay=0.1)
    recorder = Recorder(stream).start()
    recorder.wait_for(lambda: len(recorder.events) == 2)
    recorder.finish()
    assert fake.requests_to("GET", "/events")[1].headers["Last-Event-ID"] == "1"


def test_stop_is_prompt_while_waiting_for_events(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/events", stream_reply(sse(1), end="hang"))
    recorder = Recorder(EventStream(fake_client)).start()
    recorder.wait_for(lambda: len(recorder.events) == 1)
    assert recorder.finish() < 1.0
    assert recorder.error is None


def test_stop_is_prompt_while_backing_off(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/events", error(500, "unavailable"))
    recorder = Recorder(EventStream(fake_client, min_delay=5, max_delay=10)).start()
    recorder.wait_for(lambda: "reconnecting" in recorder.states)
    assert recorder.finish() < 1.0


def test_iter_returns_when_stop_is_set(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/events", stream_reply(sse(1), end="hang"))
    stop = threading.Event()
    got: list[int] = []
    started = time.monotonic()
    for event in EventStream(fake_client).iter(stop=stop):
        got.append(event.id)
        threading.Timer(0.2, stop.set).start()
    assert got == [1] and time.monotonic() - started < 2


def test_expired_token_is_refreshed_before_streaming(fake: FakeServer, fake_client: ApiClient) -> None:
    def events(seen: Seen) -> Reply:
        if seen.headers["Authorization"] == "Bearer access-1":
            return stream_reply(sse(1), end="hang")
        return error(401, "token_expired")

    fake.route("GET", "/events", events)
    fake.route("POST", "/auth/refresh", Reply(200, login_json("access-1", "refresh-1")))
    recorder = Recorder(EventStream(fake_client)).start()
    recorder.wait_for(lambda: len(recorder.events) == 1)
    recorder.finish()
    assert len(fake.requests_to("POST", "/auth/refresh")) == 1


def test_ended_session_ends_the_loop(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/events", error(401, "token_expired"))
    fake.route("POST", "/auth/refresh", error(401, "unauthenticated"))
    recorder = Recorder(EventStream(fake_client)).start()
    recorder.wait_for(lambda: recorder.error is not None)
    recorder.finish()
    assert isinstance(recorder.error, SessionExpired)
