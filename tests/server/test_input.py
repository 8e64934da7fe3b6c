"""Bad input: every malformed, mistyped, oversized or unknown thing a client can send gets a 4xx in the
one error shape, naming the field at fault where there is one; never a 500."""

from __future__ import annotations

import dataclasses
import json
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from desk_app.contract import API_PREFIX, MAX_MESSAGE_BODY, MAX_TAGS
from tests.helpers import INTEGRATION_KEY, login

HUGE = 10**30  # past every integer column
TEN_MB = 10 * 1024 * 1024


@dataclass(frozen=True)
class Bad:
    """One bad request and the answer it must get."""

    method: str
    path: str  # under API_PREFIX; {ticket_id}, {customer_id}, {action_id} are filled in
    status: int
    code: str = "validation_error"
    field: str | None = None
    json: Any = None
    data: bytes | str | None = None
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    role: str = "agent"  # agent, security_agent, supervisor or integration


def raw(data: bytes | str, content_type: str = "application/json") -> dict[str, Any]:
    return {"data": data, "headers": {"Content-Type": content_type}}


MESSAGES = "/tickets/{ticket_id}/messages"
# fmt: off
CASES = {
    # bodies that are not JSON objects
    "malformed-json": Bad("POST", MESSAGES, 422, **raw('{"body": "x",')),
    "json-array": Bad("POST", MESSAGES, 422, **raw("[1, 2]")),
    "json-null": Bad("POST", MESSAGES, 422, **raw("null")),
    "empty-body": Bad("POST", MESSAGES, 422, **raw("")),
    "invalid-utf8": Bad("POST", MESSAGES, 400, **raw(b'{"body": "caf\xe9 \xff\xfe"}')),
    "lone-surrogate": Bad("POST", MESSAGES, 422, "validation_error", "body", **raw('{"body": "a\\ud800b"}')),
    "nul-character": Bad("POST", MESSAGES, 422, "validation_error", "body", json={"body": "a\u0000b"}),
    "text-plain": Bad("POST", MESSAGES, 422, **raw('{"body": "x"}', "text/plain")),
    "form-encoded": Bad("POST", MESSAGES, 422, **raw("body=x", "application/x-www-form-urlencoded")),
    "deep-nesting": Bad("POST", "/actions", 400, role="security_agent",
                        **raw('{"customer_id": 1, "kind": "freeze_account", "reason": "deep", "params": '
                              + "[" * 100_000 + "]" * 100_000 + "}")),
    # fields: wrong, unknown, missing, too long
    "body-wrong-type": Bad("POST", MESSAGES, 422, field="body", json={"body": 5}),
    "internal-wrong-type": Bad("POST", MESSAGES, 422, field="internal", json={"body": "x", "internal": "maybe"}),
    "unknown-field": Bad("POST", MESSAGES, 422, field="author", json={"body": "x", "author": "someone else"}),
    "missing-field": Bad("POST", MESSAGES, 422, field="body", json={}),
    "empty-message": Bad("POST", MESSAGES, 422, field="body", json={"body": ""}),
    "oversized-message": Bad("POST", MESSAGES, 422, field="body", json={"body": "x" * (MAX_MESSAGE_BODY + 1)}),
    "idempotency-key-too-long": Bad("POST", MESSAGES, 422, field="Idempotency-Key", json={"body": "x"},
                                    headers={"Idempotency-Key": "k" * 101}),
    "patch-missing-version": Bad("PATCH", "/tickets/{ticket_id}", 422, field="version", json={"priority": "low"}),
    "patch-version-string": Bad("PATCH", "/tickets/{ticket_id}", 422, field="version", json={"version": "one"}),
    "patch-version-float": Bad("PATCH", "/tickets/{ticket_id}", 422, field="version", json={"version": 1.5}),
    "patch-version-huge": Bad("PATCH", "/tickets/{ticket_id}", 409, "version_conflict", json={"version": HUGE}),
    "patch-version-negative": Bad("PATCH", "/tickets/{ticket_id}", 409, "version_conflict", json={"version": -1}),
    "patch-bad-status": Bad("PATCH", "/tickets/{ticket_id}", 422, field="status",
                            json={"version": 1, "status": "gone"}),
    "patch-too-many-tags": Bad("PATCH", "/tickets/{ticket_id}", 422, field="tags",
                               json={"version": 1, "tags": [f"t{i}" for i in range(MAX_TAGS + 1)]}),
    "patch-tag-too-long": Bad("PATCH", "/tickets/{ticket_id}", 422, field="tags.0",
                              json={"version": 1, "tags": ["x" * 41]}),
    "patch-unknown-assignee": Bad("PATCH", "/tickets/{ticket_id}", 422, field="assignee_id",
                                  json={"version": 1, "assignee_id": 999_999}),
    "patch-huge-assignee": Bad("PATCH", "/tickets/{ticket_id}", 422, field="assignee_id",
                               json={"version": 1, "assignee_id": HUGE}),
    "login-empty": Bad("POST", "/auth/login", 422, field="username", json={}),
    "login-totp-letters": Bad("POST", "/auth/login", 422, field="totp",
                              json={"username": "agent1", "password": "x", "totp": "abcdef"}),
    "login-nul-username": Bad("POST", "/auth/login", 422, field="username",
                              json={"username": "agent1\u0000", "password": "x", "totp": "123456"}),
    "login-username-too-long": Bad("POST", "/auth/login", 422, field="username",
                                   json={"username": "u" * 65, "password": "x", "totp": "123456"}),
    "refresh-wrong-type": Bad("POST", "/auth/refresh", 422, field="refresh_token", json={"refresh_token": 42}),
    "reveal-bad-field": Bad("POST", "/customers/{customer_id}/reveal", 422, field="field", role="security_agent",
                            json={"field": "password", "reason": "curious"}),
    "reveal-short-reason": Bad("POST", "/customers/{customer_id}/reveal", 422, field="reason", role="security_agent",
                               json={"field": "email", "reason": "  x "}),
    "action-bad-kind": Bad("POST", "/actions", 422, field="kind", role="security_agent",
                           json={"customer_id": 1, "kind": "delete_account", "reason": "because"}),
    "action-hours-string": Bad("POST", "/actions", 422, field="params.hours", role="security_agent",
                               json={"customer_id": 1, "kind": "lock_withdrawals", "reason": "because",
                                     "params": {"hours": "24"}}),
    "action-hours-huge": Bad("POST", "/actions", 422, field="params.hours", role="security_agent",
                             json={"customer_id": 1, "kind": "lock_withdrawals", "reason": "because",
                                   "params": {"hours": HUGE}}),
    "action-huge-customer": Bad("POST", "/actions", 422, field="customer_id", role="security_agent",
                                json={"customer_id": HUGE, "kind": "freeze_account", "reason": "because"}),
    "action-huge-ticket": Bad("POST", "/actions", 422, field="ticket_id", role="security_agent",
                              json={"customer_id": 1, "ticket_id": HUGE, "kind": "freeze_account", "reason": "x y"}),
    "action-emergency-reset": Bad("POST", "/actions", 422, "emergency_not_allowed", "emergency", role="security_agent",
                                  json={"customer_id": 1, "kind": "reset_2fa", "reason": "because", "emergency": True}),
    "approve-bad-if-match": Bad("POST", "/actions/{action_id}/approve", 422, field="If-Match", role="supervisor",
                                json={"comment": ""}, headers={"If-Match": '"abc"'}),
    "reject-without-comment": Bad("POST", "/actions/{action_id}/reject", 422, field="comment", role="supervisor",
                                  json={"comment": "   "}),
    # query and path parameters
    "bad-cursor": Bad("GET", "/tickets?cursor=abc", 422, field="cursor"),
    "negative-cursor": Bad("GET", "/tickets?cursor=-5", 422, field="cursor"),
    "huge-cursor": Bad("GET", f"/tickets?cursor={HUGE}", 422, field="cursor"),
    "audit-bad-cursor": Bad("GET", "/audit?cursor=abc", 422, field="cursor", role="supervisor"),
    "audit-huge-cursor": Bad("GET", "/audit?cursor=" + "9" * 20, 422, field="cursor", role="supervisor"),
    "audit-nul-actor": Bad("GET", "/audit?actor=a%00b", 422, field="actor", role="supervisor"),
    "q-nul": Bad("GET", "/tickets?q=a%00b", 422, field="q"),
    "bad-view": Bad("GET", "/tickets?view=everything", 422, field="view"),
    "bad-status": Bad("GET", "/tickets?status=gone", 422, field="status"),
    "bad-sla-flag": Bad("GET", "/tickets?sla_breached=perhaps", 422, field="sla_breached"),
    "limit-zero": Bad("GET", "/tickets?limit=0", 422, field="limit"),
    "limit-negative": Bad("GET", "/tickets?limit=-1", 422, field="limit"),
    "limit-huge": Bad("GET", f"/tickets?limit={HUGE}", 422, field="limit"),
    "limit-text": Bad("GET", "/tickets?limit=ten", 422, field="limit"),
    "q-too-long": Bad("GET", "/tickets?q=" + "x" * 201, 422, field="q"),
    "actions-bad-status": Bad("GET", "/actions?status=done", 422, field="status", role="supervisor"),
    "actions-huge-customer": Bad("GET", f"/actions?customer_id={HUGE}", 422, field="customer_id", role="supervisor"),
    "audit-huge-ticket": Bad("GET", f"/audit?ticket_id={HUGE}", 422, field="ticket_id", role="supervisor"),
    "events-negative-after": Bad("GET", "/events?after=-1", 422, field="after"),
    "events-huge-after": Bad("GET", f"/events?after={HUGE}", 422, field="after"),
    "ticket-id-text": Bad("GET", "/tickets/abc", 422, field="ticket_id"),
    "ticket-id-huge": Bad("GET", f"/tickets/{HUGE}", 422, field="ticket_id"),
    "ticket-id-zero": Bad("GET", "/tickets/0", 422, field="ticket_id"),
    "ticket-id-negative": Bad("GET", "/tickets/-1", 422, field="ticket_id"),
    "customer-id-huge": Bad("GET", f"/customers/{HUGE}", 422, field="customer_id"),
    "action-id-huge": Bad("GET", f"/actions/{HUGE}", 422, field="action_id", role="supervisor"),
    "messages-ticket-huge": Bad("POST", f"/tickets/{HUGE}/messages", 422, field="ticket_id", json={"body": "x"}),
    # unknown things
    "unknown-ticket": Bad("GET", "/tickets/999999", 404, "not_found"),
    "unknown-ticket-messages": Bad("GET", "/tickets/999999/messages", 404, "not_found"),
    "unknown-ticket-patch": Bad("PATCH", "/tickets/999999", 404, "not_found", json={"version": 1}),
    "unknown-ticket-post": Bad("POST", "/tickets/999999/messages", 404, "not_found", json={"body": "x"}),
    "unknown-customer": Bad("GET", "/customers/999999", 404, "not_found"),
    "unknown-customer-reveal": Bad("POST", "/customers/999999/reveal", 404, "not_found", role="security_agent",
                                   json={"field": "email", "reason": "checking"}),
    "unknown-action": Bad("GET", "/actions/999999", 404, "not_found", role="supervisor"),
    "unknown-action-approve": Bad("POST", "/actions/999999/approve", 404, "not_found", role="supervisor",
                                  json={"comment": ""}),
    "action-unknown-customer": Bad("POST", "/actions", 404, "not_found", role="security_agent",
                                   json={"customer_id": 999_999, "kind": "freeze_account", "reason": "because"}),
    "unknown-route": Bad("GET", "/nowhere", 404, "not_found"),
    "wrong-method": Bad("DELETE", "/tickets/{ticket_id}", 405),
    # inbound
    "inbound-customer-zero": Bad("PUT", "/inbound/customers/0", 422, field="customer_id", role="integration",
                                 json={"name": "A B", "email": "a@b.org", "country": "DE"}),
    "inbound-customer-huge": Bad("PUT", f"/inbound/customers/{HUGE}", 422, field="customer_id", role="integration",
                                 json={"name": "A B", "email": "a@b.org", "country": "DE"}),
    "inbound-customer-kyc": Bad("PUT", "/inbound/customers/900100", 422, field="kyc_level", role="integration",
                                json={"name": "A B", "email": "a@b.org", "country": "DE", "kyc_level": 7}),
    "inbound-login-date": Bad("PUT", "/inbound/customers/900100", 422, field="logins.0.at", role="integration",
                              json={"name": "A B", "email": "a@b.org", "country": "DE",
                                    "logins": [{"at": "yesterday", "ip": "1.2.3.4", "country": "DE", "device": "x"}]}),
    "inbound-amount": Bad("PUT", "/inbound/customers/900100", 422, field="transactions.0.amount", role="integration",
                          json={"name": "A B", "email": "a@b.org", "country": "DE", "transactions": [{
                              "at": "2025-01-01T00:00:00Z", "direction": "deposit", "asset": "BTC", "amount": "1e5",
                              "status": "done", "tx_hash": "h", "address": "a"}]}),
    "inbound-bad-language": Bad("POST", "/inbound/messages", 422, field="language", role="integration",
                                json={"channel": "email", "customer_id": 1, "subject": "s", "body": "b",
                                      "language": "klingon"}),
    "inbound-unknown-customer": Bad("POST", "/inbound/messages", 404, "not_found", role="integration",
                                    json={"channel": "email", "customer_id": 999_999, "subject": "s", "body": "b",
                                          "language": "en"}),
    "inbound-huge-customer": Bad("POST", "/inbound/messages", 422, field="customer_id", role="integration",
                                 json={"channel": "email", "customer_id": HUGE, "subject": "s", "body": "b",
                                       "language": "en"}),
    "inbound-huge-ticket": Bad("POST", "/inbound/messages", 422, field="ticket_id", role="integration",
                               json={"channel": "email", "customer_id": 1, "ticket_id": HUGE, "subject": "s",
                                     "body": "b", "language": "en"}),
    "inbound-nul-subject": Bad("POST", "/inbound/messages", 422, field="subject", role="integration",
                               json={"channel": "email", "customer_id": 1, "subject": "a\u0000b", "body": "b",
                                     "language": "en"}),
}
# fmt: on


@dataclass
class Desk:
    """The module's service, headers per kind of caller, and ids the cases fill into their paths."""

    url: str
    headers: dict[str, dict[str, str]]  # role -> headers
    ids: dict[str, int]


def error_of(response: requests.Response) -> dict[str, Any]:
    """The error object, after checking the answer has exactly the one error shape."""
    assert response.headers.get("content-type", "").startswith("application/json"), response.headers
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "field"}, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"], body
    return dict(body["error"])


def read_answer(sock: socket.socket) -> tuple[int, bytes]:
    """Status and body of one HTTP/1.1 answer read off a raw socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next((int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:")), 0)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return int(lines[0].split(" ", 2)[1]), body


def _ids(url: str, headers: dict[str, dict[str, str]]) -> dict[str, int]:
    ticket = requests.get(f"{url}{API_PREFIX}/tickets?limit=1", headers=headers["agent"], timeout=30).json()
    action = requests.post(f"{url}{API_PREFIX}/actions", headers=headers["security_agent"], timeout=30, json={
        "customer_id": 2, "kind": "lock_withdrawals", "reason": "bad input tests", "params": {"hours": 5}})
    assert action.status_code == 201, action.text
    return {"ticket_id": ticket["items"][0]["id"], "customer_id": 2, "action_id": action.json()["id"]}


@pytest.fixture(scope="module")
def desk(any_service: Any) -> Desk:
    headers = {role: {"Authorization": f"Bearer {login(any_service.url, user)['access_token']}"}
               for role, user in (("agent", "agent1"), ("security_agent", "secops1"), ("supervisor", "super1"))}
    headers["integration"] = {"X-Integration-Key": INTEGRATION_KEY}
    return Desk(any_service.url, headers, _ids(any_service.url, headers))


# --- tests ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_gets_a_4xx_naming_the_field(desk: Desk, name: str) -> None:
    bad = CASES[name]
    response = requests.request(bad.method, f"{desk.url}{API_PREFIX}{bad.path.format(**desk.ids)}", timeout=60,
                                headers={**desk.headers[bad.role], **bad.headers}, json=bad.json, data=bad.data)
    assert response.status_code == bad.status, response.text[:500]
    error = error_of(response)
    assert error["code"] == bad.code, error
    if bad.field is not None:
        assert error["field"] == bad.field, error


def test_nothing_was_written_by_bad_input(desk: Desk) -> None:
    messages = requests.get(f"{desk.url}{API_PREFIX}/tickets/{desk.ids['ticket_id']}/messages",
                            headers=desk.headers["agent"], timeout=30).json()
    assert not [m for m in messages if m["body"] in ("x", "a\u0000b") or m["body"].startswith("caf")]


def test_ten_megabytes_are_refused_with_413(desk: Desk) -> None:
    response = requests.post(f"{desk.url}{API_PREFIX}/tickets/{desk.ids['ticket_id']}/messages", timeout=60,
                             headers=desk.headers["agent"], json={"body": "x" * TEN_MB})
    assert response.status_code == 413
    assert error_of(response)["code"] == "payload_too_large"


def test_ten_megabytes_without_a_length_are_refused_with_413(desk: Desk) -> None:
    """A chunked upload has no Content-Length to check up front: the limit holds while reading."""
    def chunks() -> Any:
        yield b'{"body": "'
        for _ in range(10):
            yield b"x" * (1024 * 1024)
        yield b'"}'

    response = requests.post(f"{desk.url}{API_PREFIX}/tickets/{desk.ids['ticket_id']}/messages", timeout=60,
                             headers={**desk.headers["agent"], "Content-Type": "application/json"}, data=chunks())
    assert response.status_code == 413, response.text[:300]
    assert error_of(response)["code"] == "payload_too_large"


def test_a_lying_content_length_is_refused_before_the_body_is_read(desk: Desk) -> None:
    """The service answers 413 from the declared length alone, while the client is still sending."""
    parts = urlsplit(desk.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        token = desk.headers["agent"]["Authorization"]
        head = (f"POST {API_PREFIX}/tickets/{desk.ids['ticket_id']}/messages HTTP/1.1\r\n"
                f"Host: {parts.netloc}\r\nAuthorization: {token}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {TEN_MB}\r\n\r\n")
        sock.sendall(head.encode() + b'{"body": "')
        status, body = read_answer(sock)
    assert status == 413, body[:300]
    assert json.loads(body)["error"]["code"] == "payload_too_large"


@pytest.mark.parametrize("content_length", ["abc", "-1", "1e9"])
def test_a_malformed_content_length_is_refused(desk: Desk, content_length: str) -> None:
    parts = urlsplit(desk.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        head = (f"POST {API_PREFIX}/auth/login HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {content_length}\r\n\r\n{{}}")
        sock.sendall(head.encode())
        status, body = read_answer(sock)
    assert 400 <= status < 500, body[:300]


def test_values_at_their_maximum_length_are_stored(desk: Desk) -> None:
    """Every length the contract allows fits the column it lands in (PostgreSQL enforces them)."""
    longest = {"name": "N" * 200, "email": "e" * 240 + "@example.org", "phone": "+" + "1" * 39,
               "document_number": "D" * 64, "address": "A" * 300, "country": "DE", "kyc_status": "k" * 20,
               "logins": [{"at": "2025-01-01T00:00:00Z", "ip": "1" * 64, "country": "DE", "device": "d" * 120}],
               "transactions": [{"at": "2025-01-01T00:00:00Z", "direction": "withdrawal", "asset": "A" * 12,
                                 "amount": "1" * 20 + "." + "1" * 18, "status": "s" * 20, "tx_hash": "h" * 130,
                                 "address": "w" * 130}]}
    integration = desk.headers["integration"]
    put = requests.put(f"{desk.url}{API_PREFIX}/inbound/customers/900200", json=longest, headers=integration,
                       timeout=30)
    assert put.status_code == 200, put.text
    message = requests.post(f"{desk.url}{API_PREFIX}/inbound/messages", headers=integration, timeout=30, json={
        "channel": "email", "customer_id": 900200, "subject": "S" * 300, "body": "B" * MAX_MESSAGE_BODY,
        "language": "en"})
    assert message.status_code == 201, message.text
    ticket_id = message.json()["ticket_id"]
    reply = requests.post(f"{desk.url}{API_PREFIX}/tickets/{ticket_id}/messages", headers=desk.headers["agent"],
                          json={"body": "R" * MAX_MESSAGE_BODY}, timeout=30)
    assert reply.status_code == 201, reply.text
    profile = requests.get(f"{desk.url}{API_PREFIX}/customers/900200", headers=desk.headers["agent"], timeout=30)
    assert profile.status_code == 200, profile.text
    assert "N" * 10 not in profile.text


def test_no_request_crashed_anything(any_service: Any, desk: Desk) -> None:
    assert requests.get(f"{desk.url}{API_PREFIX}/healthz", timeout=30).status_code == 200
    log = any_service.log_path.read_text(errors="replace")
    assert "Traceback" not in log, log[-5000:]
