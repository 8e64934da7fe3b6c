"""The webhook executor: approved actions are posted, signed and idempotent, to the exchange's account
system (here a small HTTP server in the test); retries, refusals and reversals."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.helpers import start_service
from tests.server.desk_api import Desk, created, desk_fixture, error, ok

SECRET = "account-system-shared-secret"


@dataclass
class Call:
    """One request the account system received."""

    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(self.body)
        return parsed


class AccountSystem:
    """The exchange's account system, as the desk sees it: records every call, answers from a script."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.script: deque[int | tuple[int, dict[str, str]]] = deque()  # the next answers (status, headers)
        self._lock = threading.Lock()
        system = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with system._lock:
                    system.calls.append(Call({k.lower(): v for k, v in self.headers.items()}, body))
                    scripted = system.script.popleft() if system.script else 200
                status, headers = scripted if isinstance(scripted, tuple) else (scripted, {})
                answer = json.dumps({"done": status < 300}).encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/desk-actions"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def reset(self, *statuses: int | tuple[int, dict[str, str]]) -> None:
        with self._lock:
            self.calls.clear()
            self.script = deque(statuses)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def account_system() -> Iterator[AccountSystem]:
    system = AccountSystem()
    yield system
    system.close()


@pytest.fixture(scope="module")
def desk(account_system: AccountSystem, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    env = {"DESK_EXECUTOR_WEBHOOK_URL": account_system.url, "DESK_EXECUTOR_WEBHOOK_SECRET": SECRET}
    with start_service(tmp_path_factory.mktemp("webhook"), env=env) as service:
        yield from desk_fixture(service)


@pytest.fixture
def system(account_system: AccountSystem) -> AccountSystem:
    account_system.reset()
    return account_system


def _signature_ok(call: Call, secret: str = SECRET) -> bool:
    stamp = call.headers["x-desk-timestamp"]
    expected = hmac.new(secret.encode(), stamp.encode() + b"." + call.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(call.headers["x-desk-signature"], f"sha256={expected}")


def test_an_approval_is_posted_signed_with_an_idempotency_key(desk: Desk, system: AccountSystem) -> None:
    customer = desk.customer()
    action = created(desk.agent("secops1").ask(customer, "lock_withdrawals", params={"hours": 6}))
    assert system.calls == []  # nothing leaves the desk before a second person approves
    done = ok(desk.agent("super1").approve(action["id"]))
    assert done["status"] == "executed"
    assert "account system answered 200" in done["execution_result"]
    [call] = system.calls
    assert call.headers["content-type"] == "application/json"
    assert call.headers["idempotency-key"] == f"desk-action-{action['id']}-execute"
    assert _signature_ok(call)
    assert not _signature_ok(call, "another secret")
    assert abs(int(call.headers["x-desk-timestamp"]) - time.time()) < 60
    assert call.json == {"operation": "execute", "action_id": action["id"], "kind": "lock_withdrawals",
                         "customer_id": customer, "params": {"hours": 6},
                         "execution_id": f"desk-action-{action['id']}-execute"}
    assert done["execution_id"] == call.headers["idempotency-key"] and done["execution_attempts"] == 1
    assert desk.customer_row(customer)["withdrawals_locked_until"] is not None  # mirrored locally


def test_a_503_is_retried_with_the_same_key(desk: Desk, system: AccountSystem) -> None:
    customer = desk.customer()
    system.reset(503, 200)
    action = created(desk.agent("secops1").ask(customer, "freeze_account"))
    done = ok(desk.agent("super1").approve(action["id"]))
    assert done["status"] == "executed"
    first, second = system.calls
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"] == \
        f"desk-action-{action['id']}-execute"
    assert first.body == second.body and _signature_ok(second)
    assert desk.customer_row(customer)["account_status"] == "frozen"
    events = desk.events_of_action(customer, action["id"])
    assert events == ["action.requested", "action.approved", "action.executed"]


def test_a_long_retry_after_does_not_hold_the_decision(desk: Desk, system: AccountSystem) -> None:
    """The decision's transaction is open while the account system is called: a 503 asking for an hour's
    pause must not keep it (and, on SQLite, every other writer) waiting."""
    customer = desk.customer()
    system.reset((503, {"Retry-After": "3600"}), 200)
    action = created(desk.agent("secops1").ask(customer, "freeze_account"))
    started = time.monotonic()
    done = ok(desk.agent("super1").approve(action["id"]))
    assert time.monotonic() - started < 10
    assert done["status"] == "executed" and len(system.calls) == 2


def test_a_refusal_fails_the_action_and_changes_nothing(desk: Desk, system: AccountSystem) -> None:
    customer = desk.customer(twofa=True, sessions=2)
    ticket = desk.ticket(customer)
    before = desk.customer_row(customer)
    system.reset(500)
    action = created(desk.agent("secops1").ask(customer, "reset_2fa", ticket_id=ticket))
    failed = ok(desk.agent("super1").approve(action["id"]))
    assert failed["status"] == "failed" and failed["executed_at"] is None
    assert failed["execution_result"] == "account system answered 500"
    assert len(system.calls) == 1  # a 500 is an answer, not an outage: not retried
    assert desk.agent("super1").action(action["id"])["status"] == "failed"
    assert desk.customer_row(customer) == before
    assert len(desk.active_sessions(customer)) == 2
    assert "twofa_change" not in [s["kind"] for s in desk.agent("agent1").profile(customer)["risk_signals"]]
    assert desk.events_of_action(customer, action["id"]) == ["action.requested", "action.approved", "action.failed"]
    failure = desk.audit(customer_id=customer)[-1]
    assert failure["actor"] == "super1" and "500" in failure["details"]["error"]
    assert ok(desk.agent("agent1").get(f"/tickets/{ticket}"))["status"] == "open"
    error(desk.agent("super2").approve(action["id"]), 409, "already_decided")


def test_an_outage_that_outlasts_the_retries_fails_the_action(desk: Desk, system: AccountSystem) -> None:
    customer = desk.customer()
    system.reset(503, 503, 503, 503)
    action = created(desk.agent("secops1").ask(customer, "freeze_account"))
    failed = ok(desk.agent("super1").approve(action["id"]))
    assert failed["status"] == "failed" and "503" in failed["execution_result"]
    assert len(system.calls) == 4  # the first try and three retries, one key
    assert {c.headers["idempotency-key"] for c in system.calls} == {f"desk-action-{action['id']}-execute"}
    assert desk.customer_row(customer)["account_status"] == "active"


def test_an_emergency_the_account_system_refuses_is_not_under_review(desk: Desk, system: AccountSystem) -> None:
    customer = desk.customer()
    system.reset(500)
    action = created(desk.agent("secops1").ask(customer, "freeze_account", emergency=True))
    assert action["status"] == "failed" and action["executed_at"] is None and action["review_due_at"] is None
    assert desk.customer_row(customer)["account_status"] == "active"
    assert desk.events_of_action(customer, action["id"]) == ["action.requested", "action.failed"]
    error(desk.agent("super1").reject(action["id"], "nothing to reverse"), 409, "already_decided")
    assert len(system.calls) == 1


def test_a_reversal_is_posted_with_its_own_key(desk: Desk, system: AccountSystem) -> None:
    customer = desk.customer()
    action = created(desk.agent("secops1").ask(customer, "freeze_account", emergency=True))
    assert action["status"] == "under_review"
    assert desk.customer_row(customer)["account_status"] == "frozen"
    reversed_ = ok(desk.agent("super1").reject(action["id"], "False alarm"))
    assert reversed_["status"] == "reversed"
    execute, reverse = system.calls
    assert execute.headers["idempotency-key"] == f"desk-action-{action['id']}-execute"
    assert reverse.headers["idempotency-key"] == f"desk-action-{action['id']}-reverse"
    assert reverse.json["operation"] == "reverse" and _signature_ok(reverse)
    assert desk.customer_row(customer)["account_status"] == "active"


def test_a_refused_reversal_leaves_the_action_in_effect_and_under_review(desk: Desk, system: AccountSystem) -> None:
    customer = desk.customer()
    action = created(desk.agent("secops1").ask(customer, "freeze_account", emergency=True))
    system.reset(500)
    error(desk.agent("super1").reject(action["id"], "False alarm"), 502, "execution_failed")
    assert desk.agent("super1").action(action["id"])["status"] == "under_review"
    assert desk.customer_row(customer)["account_status"] == "frozen"
    assert desk.events_of_action(customer, action["id"]) == ["action.requested", "action.executed",
                                                             "action.reverse_failed"]
    assert desk.audit(customer_id=customer)[-1]["details"]["error"] == "account system answered 500"
    reversed_ = ok(desk.agent("super1").reject(action["id"], "False alarm, second try"))  # the system is back
    assert reversed_["status"] == "reversed"
    assert [c.headers["idempotency-key"] for c in system.calls] == [f"desk-action-{action['id']}-reverse"] * 2
    assert desk.customer_row(customer)["account_status"] == "active"
