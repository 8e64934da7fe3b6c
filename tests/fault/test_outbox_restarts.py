"""Kill the service (SIGKILL) while the outbox delivers replies, restart it on the same database: every
reply is there exactly once and in order, and no reply the service acknowledged is lost (SQLite in WAL
mode and PostgreSQL)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from desk_app.client import ApiClient
from desk_app.contract import MessageCreate, MessageOut, View
from desk_app.local.crypto import BodyCipher
from desk_app.local.delivery import DeliveryState, DeliveryWorker
from desk_app.local.store import FILE_NAME, OutboxItem, Scope, SqliteStore
from tests.helpers import DEMO_PASSWORD, ServiceProcess, fresh_totp

REPLIES = 60
KEY = bytes(range(32))


def wait_for(condition: Callable[[], bool], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.02)


def test_replies_survive_service_kills_exactly_once_and_in_order(
    db_url: str, make_service: Callable[..., ServiceProcess], tmp_path: Path
) -> None:
    service = make_service(db_url, demo_tickets=20, demo_customers=10)
    client = ApiClient(service.url, timeout=(1.0, 5.0))
    client.login("agent1", DEMO_PASSWORD, fresh_totp("agent1"))
    tickets = [t.id for t in client.tickets(View.all, limit=2).items]
    store = SqliteStore(tmp_path / FILE_NAME, BodyCipher(KEY), Scope(service.url, "agent1"))
    run = f"{time.time():.0f}"
    bodies = [f"reply {i:02d} of run {run}" for i in range(REPLIES)]
    for i, body in enumerate(bodies):
        store.enqueue(tickets[i % 2], body, internal=i % 5 == 4)

    acknowledged: list[MessageOut] = []
    states: list[DeliveryState] = []
    lock = threading.Lock()

    def send(item: OutboxItem) -> MessageOut:
        return client.post_message(item.ticket_id, MessageCreate(body=item.body, internal=item.internal), item.key)

    def delivered(item: OutboxItem, message: MessageOut) -> None:
        with lock:
            acknowledged.append(message)

    worker = DeliveryWorker(store, send, on_delivered=delivered, on_state=states.append, min_wait=0.05, max_wait=0.5)
    worker.start()
    try:
        for kill_after in (8, 30):  # twice, mid-stream: some posts are cut off before or after their commit
            wait_for(lambda n=kill_after: len(acknowledged) >= n)
            service.kill()
            wait_for(lambda: worker.state is DeliveryState.offline)
            assert store.next_queued() is not None  # nothing is lost while the service is away
            time.sleep(0.5)
            service.start(["--port", str(service.port)])  # same database, same address
        wait_for(lambda: store.outbox() == [])
    finally:
        worker.stop()
        store.close()
    assert DeliveryState.offline in states and worker.state is DeliveryState.online

    fresh = ApiClient(service.url)
    fresh.login("agent2", DEMO_PASSWORD, fresh_totp("agent2"))
    stored = [m for ticket_id in tickets for m in fresh.messages(ticket_id) if m.body.endswith(f"of run {run}")]
    by_id = sorted(stored, key=lambda m: m.id)
    assert [m.body for m in by_id] == bodies  # every reply exactly once, in the order queued
    assert [m.internal for m in by_id] == [i % 5 == 4 for i in range(REPLIES)]
    assert {m.id for m in acknowledged} <= {m.id for m in stored}  # no acknowledged write was lost
    assert len(acknowledged) == REPLIES and len({m.id for m in acknowledged}) == REPLIES
    fresh.close()
    client.close()
