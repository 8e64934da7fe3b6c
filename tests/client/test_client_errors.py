"""The client against a scripted server: typed errors, bad responses, retries, safe addresses.

None of these need the real service; they cover what it never does on purpose.
"""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
import urllib3.exceptions

from desk_app.client import (
    ApiClient,
    ApiError,
    AuthenticationFailed,
    BadResponse,
    Conflict,
    Forbidden,
    InsecureServerError,
    NotFound,
    RateLimited,
    ServiceUnavailable,
    SessionExpired,
    StepUpRequired,
    Tokens,
    ValidationFailed,
)
from desk_app.client.errors import BAD_RESPONSE, NETWORK_ERROR, TIMEOUT, error_from_exception
from desk_app.client.transport import check_base_url
from desk_app.contract import (
    ErrorCode,
    MessageCreate,
    Priority,
    RevealField,
    RevealRequest,
    TicketPatch,
    TicketStatus,
    View,
)
from tests.client.fakeserver import FakeServer, Reply, agent_json, error, signed_in

REVEALED = "Kim Min-jun SECRET-REVEALED"


def ticket_json(ticket_id: int = 7, **changes: Any) -> dict[str, Any]:
    data = {
        "id": ticket_id, "subject": "Withdrawal stuck", "customer_id": 3, "customer_display": "K•• M•••••",
        "language": "en", "category": "deposit_withdrawal", "status": "open", "priority": "high",
        "channel": "email", "assignee_id": None, "assignee_name": None, "tags": [],
        "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
        "first_response_due": None, "resolution_due": None, "first_responded_at": None,
        "sla_state": "ok", "version": 4, "message_count": 2, "takeover_signals": False,
    }  # fmt: skip
    return {**data, **changes}


def assert_no_secret(exc: BaseException, *secrets: str) -> None:
    text = f"{exc} {exc!r} {exc.args!r}"
    for secret in secrets:
        assert secret not in text
    assert exc.__cause__ is None and exc.__context__ is None  # no chained original holding the body


# --- addresses ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://desk.example.com",
        "http://10.1.2.3:8765",
        "http://192.168.0.10",
        "http://[::2]:8765",
        "http://localhost.example.com",
        "ftp://127.0.0.1",
        "https://",
        "https://alice:pw@desk.example.com",
        "https://desk.example.com/?token=x",
    ],
)
def test_insecure_or_odd_addresses_are_refused(url: str) -> None:
    with pytest.raises(InsecureServerError):
        ApiClient(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8765",
        "http://127.9.9.9",
        "http://[::1]:8765",
        "http://localhost:1",
        "https://desk.example.com",
    ],
)
def test_loopback_and_https_are_allowed(url: str) -> None:
    ApiClient(url).close()


def test_base_url_loses_its_trailing_slash() -> None:
    assert check_base_url("https://desk.example.com/desk/") == "https://desk.example.com/desk"


def test_certificate_checks_cannot_be_turned_off() -> None:
    with pytest.raises(InsecureServerError):
        ApiClient("https://desk.example.com", verify=False)


# --- bad responses --------------------------------------------------------------------------------


def test_html_from_a_proxy_is_a_bad_response(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/tickets/7", Reply(200, "<html><body>Sign in to the proxy</body></html>", "text/html"))
    with pytest.raises(BadResponse) as caught:
        fake_client.ticket(7)
    assert caught.value.status == 200 and caught.value.code == BAD_RESPONSE


def test_truncated_json_is_a_bad_response(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("POST", "/auth/login", Reply(200, '{"access_token": "ACCESS-LEAK", "refresh_tok'))
    with pytest.raises(BadResponse) as caught:
        fake_client.login("alice", "pw", "123456")
    assert_no_secret(caught.value, "ACCESS-LEAK")


def test_wrong_types_are_a_bad_response_naming_the_field(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/tickets/7", Reply(200, ticket_json(version="four", status="weird")))
    with pytest.raises(BadResponse) as caught:
        fake_client.ticket(7)
    assert "version" in caught.value.message and "status" in caught.value.message
    assert "four" not in str(caught.value)  # the values are not repeated: they may be personal data


def test_a_list_where_an_object_belongs_is_a_bad_response(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/tickets/7/messages", Reply(200, {"items": []}))
    with pytest.raises(BadResponse):
        fake_client.messages(7)


def test_bad_reveal_response_does_not_leak_the_value(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("POST", "/customers/3/reveal", Reply(200, {"field": "name", "value": REVEALED, "visible_for": "x"}))
    with pytest.raises(BadResponse) as caught:
        fake_client.reveal(3, RevealRequest(field=RevealField.name, reason="customer called"))
    assert_no_secret(caught.value, REVEALED)


def test_bad_login_response_does_not_leak_tokens(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("POST", "/auth/login", Reply(200, {"access_token": "ACCESS-LEAK", "refresh_token": 5}))
    with pytest.raises(BadResponse) as caught:
        fake_client.login("alice", "pass-LEAK", "123456")
    assert_no_secret(caught.value, "ACCESS-LEAK", "pass-LEAK", "123456")


def test_missing_content_type_is_a_bad_response(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/auth/me", Reply(200, agent_json(), content_type=None))
    with pytest.raises(BadResponse):
        fake_client.me()


def test_redirects_are_not_followed(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/auth/me", Reply(302, b"", None, headers={"Location": "http://desk.example.com/"}))
    with pytest.raises(BadResponse):
        fake_client.me()
    assert len(fake.seen) == 1


def test_connection_cut_mid_body_is_unavailable(fake: FakeServer, fake_client: ApiClient) -> None:
    raw = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id": 1'
    fake.route("GET", "/auth/me", Reply(raw=raw))
    with pytest.raises(ServiceUnavailable):
        fake_client.me()


# --- typed errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "expected", "code"),
    [
        (error(409, "version_conflict"), Conflict, ErrorCode.version_conflict),
        (error(409, "already_decided"), Conflict, ErrorCode.already_decided),
        (error(404, "not_found"), NotFound, ErrorCode.not_found),
        (error(403, "forbidden"), Forbidden, ErrorCode.forbidden),
        (error(401, "step_up_required"), StepUpRequired, ErrorCode.step_up_required),
        (error(403, "step_up_required"), StepUpRequired, ErrorCode.step_up_required),
        (error(422, "validation_error", field="limit"), ValidationFailed, ErrorCode.validation_error),
        (error(400, "validation_error"), ValidationFailed, ErrorCode.validation_error),
        (error(413, "payload_too_large"), ValidationFailed, ErrorCode.payload_too_large),
        (error(503, "execution_failed"), ServiceUnavailable, ErrorCode.execution_failed),
        (error(418, "brand_new_code"), ApiError, "brand_new_code"),
        (Reply(502, "<html>Bad gateway</html>", "text/html"), ServiceUnavailable, "unavailable"),
        (Reply(404, {"detail": "Not Found"}), NotFound, ErrorCode.not_found),
        (Reply(422, {"detail": [{"input": "x"}]}), ValidationFailed, ErrorCode.validation_error),
        (Reply(403, "<html>WAF</html>", "text/html"), BadResponse, BAD_RESPONSE),
    ],
)
def test_error_responses_become_typed_errors(
    fake: FakeServer, fake_client: ApiClient, reply: Reply, expected: type[ApiError], code: str
) -> None:
    fake.route("PATCH", "/tickets/7", reply)
    with pytest.raises(expected) as caught:
        fake_client.update_ticket(7, TicketPatch(version=3, status=TicketStatus.resolved))
    assert type(caught.value) is expected
    assert caught.value.code == code
    assert caught.value.status == reply.status


def test_validation_error_names_the_field(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/tickets", error(422, "validation_error", "Input should be at most 200", "limit"))
    with pytest.raises(ValidationFailed) as caught:
        fake_client.tickets(View.all, limit=1000)
    assert caught.value.field == "limit"
    assert repr(caught.value).startswith("ValidationFailed(status=422, code='validation_error'")


def test_rate_limited_carries_retry_after(fake: FakeServer, fake_client: ApiClient) -> None:
    limited = error(429, "too_many_attempts")
    limited.headers["Retry-After"] = "120"
    fake.route("POST", "/auth/login", limited)
    with pytest.raises(RateLimited) as caught:
        fake_client.login("alice", "pw", "123456")
    assert caught.value.retry_after == 120 and caught.value.code == ErrorCode.too_many_attempts


def test_wrong_password_is_authentication_failed_without_secrets(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("POST", "/auth/login", error(401, "invalid_credentials", "Wrong username or password"))
    with pytest.raises(AuthenticationFailed) as caught:
        fake_client.login("alice", "hunter2-LEAK", "654321")
    assert_no_secret(caught.value, "hunter2-LEAK", "654321")
    assert fake.requests_to("POST", "/auth/refresh") == []  # a failed sign-in is not a reason to refresh


def test_malformed_totp_is_refused_before_sending(fake: FakeServer, fake_client: ApiClient) -> None:
    with pytest.raises(ValidationFailed) as caught:
        fake_client.login("alice", "hunter2-LEAK", "12345x")
    assert caught.value.field == "totp" and caught.value.status is None
    assert_no_secret(caught.value, "hunter2-LEAK", "12345x")
    assert fake.seen == []


def test_nothing_listening_is_unavailable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again before the client connects: nothing listens there
    client = signed_in(f"http://127.0.0.1:{port}")
    started = time.monotonic()
    with pytest.raises(ServiceUnavailable) as caught:
        client.me()
    assert caught.value.code == NETWORK_ERROR and caught.value.status is None
    assert_no_secret(caught.value, "access-0")  # requests' own error holds the request and its headers
    assert time.monotonic() - started > 0.5  # retried with backoff (0 + 0.6 + 1.2 s) before giving up


def test_slow_service_is_a_timeout(fake: FakeServer) -> None:
    fake.route("POST", "/actions/5/cancel", Reply(200, {}, delay=2))
    client = ApiClient(fake.url, timeout=(1, 0.3))
    client.set_tokens(Tokens("a", "r", datetime.now(UTC) + timedelta(minutes=5)))
    with pytest.raises(ServiceUnavailable) as caught:
        client.cancel(5)
    assert caught.value.code == TIMEOUT


def test_timeouts_after_retries_are_still_timeouts() -> None:
    timed_out = urllib3.exceptions.ReadTimeoutError(None, "/x", "read timed out")  # type: ignore[arg-type]
    exc = requests.ConnectionError(urllib3.exceptions.MaxRetryError(None, "/x", timed_out))  # type: ignore[arg-type]
    assert error_from_exception(exc).code == TIMEOUT


def test_not_signed_in_raises_without_a_request(fake: FakeServer) -> None:
    with pytest.raises(SessionExpired):
        ApiClient(fake.url).me()
    assert fake.seen == []


# --- retries --------------------------------------------------------------------------------------


def test_get_is_retried_on_503(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/auth/me", error(503, "unavailable"), error(503, "unavailable"), Reply(200, agent_json()))
    assert fake_client.me().username == "alice"
    assert len(fake.requests_to("GET", "/auth/me")) == 3


def test_get_gives_up_after_three_retries(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/auth/me", Reply(504, "<html>timeout</html>", "text/html"))
    with pytest.raises(ServiceUnavailable) as caught:
        fake_client.me()
    assert caught.value.status == 504
    assert len(fake.requests_to("GET", "/auth/me")) == 4


def test_post_without_idempotency_key_is_not_retried(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("POST", "/actions/5/cancel", error(503, "unavailable"), Reply(200, {}))
    with pytest.raises(ServiceUnavailable):
        fake_client.cancel(5)
    assert len(fake.requests_to("POST", "/actions/5/cancel")) == 1


def test_patch_is_not_retried(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("PATCH", "/tickets/7", error(502, "unavailable"), Reply(200, ticket_json()))
    with pytest.raises(ServiceUnavailable):
        fake_client.update_ticket(7, TicketPatch(version=4, priority=Priority.low))
    assert len(fake.requests_to("PATCH", "/tickets/7")) == 1


def test_post_with_idempotency_key_is_retried_with_the_same_key(fake: FakeServer, fake_client: ApiClient) -> None:
    message = {
        "id": 11, "ticket_id": 7, "author_kind": "agent", "author_name": "Alice", "body": "hi",
        "internal": False, "created_at": "2026-01-01T00:00:00Z",
    }  # fmt: skip
    fake.route("POST", "/tickets/7/messages", error(503, "unavailable"), Reply(201, message))
    assert fake_client.post_message(7, MessageCreate(body="hi"), idempotency_key="key-1").id == 11
    sent = fake.requests_to("POST", "/tickets/7/messages")
    assert [seen.headers["Idempotency-Key"] for seen in sent] == ["key-1", "key-1"]
    assert sent[0].json() == sent[1].json() == MessageCreate(body="hi").model_dump(mode="json")


def test_retry_after_is_respected(fake: FakeServer, fake_client: ApiClient) -> None:
    busy = error(503, "unavailable")
    busy.headers["Retry-After"] = "1"
    fake.route("GET", "/auth/me", busy, Reply(200, agent_json()))
    started = time.monotonic()
    fake_client.me()
    assert time.monotonic() - started >= 0.9


# --- what goes on the wire ------------------------------------------------------------------------


def test_tickets_sends_only_the_set_parameters(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/tickets", Reply(200, {"items": [ticket_json()], "next_cursor": "7"}))
    page = fake_client.tickets(View.security, status=TicketStatus.open, sla_breached=False, cursor="99")
    assert page.next_cursor == "7" and page.items[0].id == 7
    query = fake.requests_to("GET", "/tickets")[0].query
    assert query == {
        "view": ["security"], "status": ["open"], "sla_breached": ["false"], "limit": ["50"], "cursor": ["99"]
    }  # fmt: skip


def test_patch_sends_only_the_fields_set(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("PATCH", "/tickets/7", Reply(200, ticket_json(version=5, priority="low")))
    assert fake_client.update_ticket(7, TicketPatch(version=4, priority=Priority.low)).version == 5
    assert fake.requests_to("PATCH", "/tickets/7")[0].json() == {"version": 4, "priority": "low"}


def test_approve_sends_version_in_body_and_if_match(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("POST", "/actions/5/approve", error(409, "version_conflict"))
    with pytest.raises(Conflict):
        fake_client.approve(5, "looks right", version=3)
    seen = fake.requests_to("POST", "/actions/5/approve")[0]
    assert seen.headers["If-Match"] == '"3"'
    assert seen.json() == {"comment": "looks right", "version": 3}
    assert seen.headers["Authorization"] == "Bearer access-0"
