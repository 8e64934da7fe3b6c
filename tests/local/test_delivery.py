"""The outbox's delivery worker against the real service: in order, exactly once, refusals kept aside."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desk_app.client import ApiClient, ServiceUnavailable
from desk_app.contract import MessageCreate, MessageOut
from desk_app.local.crypto import BodyCipher
from desk_app.local.delivery import DeliveryState, DeliveryWorker, is_transient
from desk_app.local.store import FILE_NAME, OutboxItem, OutboxState, Scope, SqliteStore
from tests.helpers import ServiceProcess, fresh_totp

KEY = bytes(range(32))


def wait_for(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def client(service: ServiceProcess) -> Iterator[ApiClient]:
    api = ApiClient(service.url)
    api.login("agent2", "desk-demo", fresh_totp("agent2"))
    yield api
    api.close()


@pytest.fixture
def store(tmp_path: Path, service: ServiceProcess) -> Iterator[SqliteStore]:
    made = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), Scope(service.url, "agent2"))
    yield made
    made.close()


def a_ticket(client: ApiClient) -> int:
    return client.tickets("all", limit=1).items[0].id  # type: ignore[arg-type]


def post(client: ApiClient) -> Callable[[OutboxItem], MessageOut]:
    def send(item: OutboxItem) -> MessageOut:
        return client.post_message(item.ticket_id, MessageCreate(body=item.body, internal=item.internal), item.key)

    return send


def test_queued_messages_arrive_in_order_exactly_once(client: ApiClient, store: SqliteStore) -> None:
    ticket_id = a_ticket(client)
    bodies = [f"outbox order {i} {time.time()}" for i in range(6)]
    items = [store.enqueue(ticket_id, body, internal=bool(i % 2)) for i, body in enumerate(bodies)]
    client.post_message(ticket_id, MessageCreate(body=bodies[0]), items[0].key)  # the first one had landed already
    delivered: list[tuple[OutboxItem, Any]] = []
    worker = DeliveryWorker(store, post(client), on_delivered=lambda item, result: delivered.append((item, result)))
    worker.start()
    try:
        wait_for(lambda: len(delivered) == len(bodies))
    finally:
        worker.stop()
    stored = [m for m in client.messages(ticket_id) if m.body in bodies]
    assert [m.body for m in stored] == bodies  # once each, in the order queued
    assert [m.internal for m in stored] == [bool(i % 2) for i in range(6)]
    assert [result.id for _, result in delivered] == [m.id for m in stored]
    assert store.outbox() == [] and worker.state is DeliveryState.online


def test_a_refused_message_is_kept_aside_and_the_rest_go_on(client: ApiClient, store: SqliteStore) -> None:
    ticket_id = a_ticket(client)
    missing = store.enqueue(2**40, "to a ticket that does not exist", internal=False)
    after = store.enqueue(ticket_id, f"after the refused one {time.time()}", internal=False)
    failed: list[OutboxItem] = []
    delivered: list[OutboxItem] = []
    worker = DeliveryWorker(store, post(client), on_failed=lambda item, exc: failed.append(item),
                            on_delivered=lambda item, result: delivered.append(item))
    worker.start()
    try:
        wait_for(lambda: bool(delivered))
    finally:
        worker.stop()
    assert [i.id for i in failed] == [missing.id] and [i.id for i in delivered] == [after.id]
    kept = store.outbox()
    assert [(i.id, i.state, i.error) for i in kept] == [(missing.id, OutboxState.failed, "not_found")]


def test_an_unreachable_service_means_offline_and_retries_until_it_answers(store: SqliteStore) -> None:
    store.enqueue(1, "waits", internal=False)
    states: list[DeliveryState] = []
    calls: list[float] = []

    def unreachable(item: OutboxItem) -> MessageOut:
        calls.append(time.monotonic())
        raise ServiceUnavailable(None, "network_error", "could not reach the service (ConnectionError)")

    worker = DeliveryWorker(store, unreachable, on_state=states.append, min_wait=0.05, max_wait=0.4)
    worker.start()
    try:
        wait_for(lambda: len(calls) >= 6)
        assert states[0] is DeliveryState.offline and worker.state is DeliveryState.offline
        gaps = [b - a for a, b in zip(calls, calls[1:], strict=False)]
        assert max(gaps) <= 1.0 and gaps[-1] >= gaps[0] * 0.8  # backing off, up to the cap
    finally:
        worker.stop()
    assert not worker.running and [i.body for i in store.outbox()] == ["waits"]  # still there


def test_what_counts_as_transient() -> None:
    from desk_app.client import BadResponse, Forbidden, NotFound, RateLimited, SessionExpired, ValidationFailed

    assert is_transient(ServiceUnavailable(None, "timeout", "x"))
    assert is_transient(RateLimited(429, "too_many_attempts", "x"))
    assert is_transient(BadResponse(502, "bad_response", "html from a proxy"))
    for permanent in (Forbidden(403, "forbidden", "x"), NotFound(404, "not_found", "x"),
                      ValidationFailed(422, "validation_error", "x"), SessionExpired(401, "token_expired", "x")):
        assert not is_transient(permanent)


def test_a_store_failure_is_survived(store: SqliteStore) -> None:
    item = store.enqueue(1, "after a hiccup", internal=False)
    real, failures = store.next_queued, [1]

    def flaky() -> OutboxItem | None:
        if failures:
            failures.pop()
            raise OSError("disk I/O error")
        return real()

    store.next_queued = flaky  # type: ignore[method-assign]
    delivered: list[OutboxItem] = []

    def send(queued: OutboxItem) -> MessageOut:
        delivered.append(queued)
        return MessageOut(id=1, ticket_id=1, author_kind="agent", author_name="x", body=queued.body, internal=False,
                          created_at="2026-01-01T00:00:00Z")

    worker = DeliveryWorker(store, send, signed_out_wait=0.05)
    worker.start()
    try:
        wait_for(lambda: bool(delivered))
    finally:
        worker.stop()
    assert delivered == [item] and store.outbox() == []
