"""The execution outbox (docs/security.md #1): the account system is called after the decision commits, so a
slow webhook blocks no other writer (nor holds its service process's place to work, #7's --max-in-flight); a
service killed mid-call finishes the execution after a restart, once, with the same execution id; a call that
never gets confirmed ends as failed with a clear reason."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from desk_app.server.models import ActionRequest, AuditLog
from tests.helpers import (
    create_database,
    drop_database,
    postgres_server_url,
    sqlite_url,
    start_service,
)
from tests.server.desk_api import Desk, created, desk_fixture, ok, wait_until

SECRET = "outbox-test-secret"
BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)]


@dataclass
class Call:
    """One request the account system received."""

    key: str
    body: dict[str, Any]


class AccountSystem:
    """The exchange's account system: dedupes by Idempotency-Key (acts once per key, answers the same again),
    and can hold the next call open until the test lets it go, as a slow system would."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.applied: dict[str, int] = {}  # idempotency key -> how often the system acted on it
        self.arrived = threading.Event()  # a held call has arrived
        self._release = threading.Event()
        self._hold_next = False
        self._lock = threading.Lock()
        system = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
                key = self.headers["Idempotency-Key"]
                with system._lock:
                    system.calls.append(Call(key, body))
                    system.applied.setdefault(key, 0)
                    if system.applied[key] == 0:
                        system.applied[key] = 1
                    hold, system._hold_next = system._hold_next, False
                if hold:
                    system.arrived.set()
                    system._release.wait(60)
                answer = json.dumps({"done": True, "key": key}).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                except OSError:
                    pass  # the desk died while we were slow

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/desk-actions"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def hold_next(self) -> None:
        """The next call stays open until `release`."""
        with self._lock:
            self._hold_next = True
            self.arrived.clear()
            self._release.clear()

    def release(self) -> None:
        self._release.set()

    def keys(self) -> list[str]:
        with self._lock:
            return [call.key for call in self.calls]

    def close(self) -> None:
        self.release()
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def _database(backend: str, directory: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield sqlite_url(directory)
        return
    server = postgres_server_url()
    if server is None:
        pytest.skip("needs DESK_TEST_POSTGRES_URL (`./dev test` starts a PostgreSQL for the run)")
    url = create_database(server)
    try:
        yield url
    finally:
        drop_database(server, url)


@contextmanager
def _desk(backend: str, directory: Path, system: AccountSystem, **env: str) -> Iterator[Desk]:
    env = {"DESK_EXECUTOR_WEBHOOK_URL": system.url, "DESK_EXECUTOR_WEBHOOK_SECRET": SECRET, **env}
    with _database(backend, directory) as url, start_service(directory, url, env=env) as service:
        yield from desk_fixture(service)


@pytest.fixture
def system() -> Iterator[AccountSystem]:
    account_system = AccountSystem()
    yield account_system
    account_system.close()


def _row(desk: Desk, action_id: int) -> ActionRequest:
    with desk.db.session(write=False) as session:
        row = session.get(ActionRequest, action_id)
        assert row is not None
        session.expunge(row)
        return row


def _executed_entries(desk: Desk, action_id: int) -> list[AuditLog]:
    with desk.db.session(write=False) as session:
        rows = list(session.scalars(select(AuditLog).where(AuditLog.action_id == action_id,
                                                           AuditLog.event == "action.executed")))
        session.expunge_all()
        return rows


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_slow_account_system_blocks_no_other_writer(backend: str, system: AccountSystem,
                                                      tmp_path: Path) -> None:
    with _desk(backend, tmp_path, system, DESK_MAX_IN_FLIGHT="1") as desk:  # one request at a time, but for this
        customer, other = desk.customer(), desk.customer()
        other_ticket = desk.ticket(other, "Where is my deposit?")
        agent = desk.agent("agent1")
        version = ok(agent.get(f"/tickets/{other_ticket}"))["version"]
        action = created(desk.agent("secops1").ask(customer, "freeze_account"))
        supervisor = desk.agent("super1")  # just signed in: the second factor is fresh
        system.hold_next()
        with ThreadPoolExecutor(1) as pool:
            approval: Future[requests.Response] = pool.submit(supervisor.approve, action["id"])
            assert system.arrived.wait(30), "the account system was never called"
            try:
                # the decision has committed: the request shows it, and other writers go ahead meanwhile
                in_flight = desk.agent("super2").action(action["id"])
                assert in_flight["status"] == "executing"
                assert in_flight["execution_id"] == f"desk-action-{action['id']}-execute"
                assert in_flight["execution_attempts"] == 1
                started = time.monotonic()
                change = agent.request("PATCH", f"/tickets/{other_ticket}", timeout=8,  # audited, like the approval
                                       json={"version": version, "status": "pending_customer"})
                assert change.status_code == 200, change.text
                reply = agent.post(f"/tickets/{other_ticket}/messages", {"body": "We are looking into it."},
                                   timeout=8)
                assert reply.status_code == 201, reply.text
                assert time.monotonic() - started < 5
                assert not approval.done()  # the account system still has not answered
            finally:
                system.release()
            done = approval.result(timeout=30)
        assert done.status_code == 200, done.text
        assert done.json()["status"] == "executed"
        assert system.keys() == [f"desk-action-{action['id']}-execute"]
        assert desk.customer_row(customer)["account_status"] == "frozen"
        assert desk.events_of_action(customer, action["id"]) == ["action.requested", "action.approved",
                                                                 "action.executed"]
        assert ok(agent.get(f"/tickets/{other_ticket}"))["status"] == "pending_customer"


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_service_killed_mid_call_completes_the_execution_once_after_a_restart(
        backend: str, system: AccountSystem, tmp_path: Path) -> None:
    with _desk(backend, tmp_path, system, DESK_EXECUTION_LEASE_SECONDS="2") as desk:
        customer = desk.customer()
        action = created(desk.agent("secops1").ask(customer, "freeze_account"))
        key = f"desk-action-{action['id']}-execute"
        supervisor = desk.agent("super1")  # just signed in: the second factor is fresh
        system.hold_next()
        with ThreadPoolExecutor(1) as pool:
            approval = pool.submit(supervisor.approve, action["id"], timeout=60)
            assert system.arrived.wait(30), "the account system was never called"
            desk.service.kill()  # after the commit, before the answer is recorded
            with pytest.raises(requests.RequestException):
                approval.result(timeout=30)
        system.release()
        left = _row(desk, action["id"])
        assert (left.status, left.execution_id, left.execution_attempts) == ("executing", key, 1)
        assert left.executed_at is None and desk.customer_row(customer)["account_status"] == "active"

        desk.service.restart()
        wait_until(lambda: _row(desk, action["id"]).status == "executed", 30, what="the sweeper's retry")
        done = _row(desk, action["id"])
        assert done.execution_attempts == 2 and done.execution_id == key
        assert system.keys() == [key, key]  # the same execution id both times
        assert system.applied == {key: 1}  # so the exchange acted once
        [entry] = _executed_entries(desk, action["id"])  # and the desk recorded it once
        assert entry.actor == "system"
        assert desk.customer_row(customer)["account_status"] == "frozen"
        time.sleep(3)  # a later sweep finds nothing more to do
        assert system.keys() == [key, key] and len(_executed_entries(desk, action["id"])) == 1


def test_an_execution_never_confirmed_fails_after_the_last_attempt(system: AccountSystem, tmp_path: Path) -> None:
    env = {"DESK_EXECUTION_LEASE_SECONDS": "2", "DESK_EXECUTION_MAX_ATTEMPTS": "2"}
    with _desk("sqlite", tmp_path, system, **env) as desk:
        customer = desk.customer()
        pending = created(desk.agent("secops1").ask(customer, "lock_withdrawals", params={"hours": 6}))
        key = f"desk-action-{pending['id']}-execute"
        supervisor = desk.agent("super1")
        for _attempt in range(2):  # the first call, then the sweeper's retry: each dies with the service
            system.hold_next()
            with ThreadPoolExecutor(1) as pool:
                if _attempt == 0:
                    pool.submit(supervisor.approve, pending["id"], timeout=60)
                assert system.arrived.wait(30), "the account system was never called"
                desk.service.kill()
            system.release()
            desk.service.restart()
        failed = wait_until(lambda: (row := _row(desk, pending["id"])).status == "failed" and row, 30,
                            what="giving up")
        assert failed.execution_attempts == 2 and failed.executed_at is None
        assert failed.execution_result is not None
        assert "did not confirm the execute after 2 attempt(s)" in failed.execution_result
        assert key in failed.execution_result
        assert system.keys() == [key, key]
        assert desk.customer_row(customer)["withdrawals_locked_until"] is None
        assert desk.events_of_action(customer, pending["id"]) == ["action.requested", "action.approved",
                                                                  "action.failed"]
        failure = desk.audit(customer_id=customer)[-1]
        assert failure["actor"] == "system" and failure["event"] == "action.failed"
