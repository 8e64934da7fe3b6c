"""Sign-in, silent refresh and sign-out against a scripted server: the cases that are hard to time
against the real service (several threads hitting an expired token at once, a refresh that fails).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.client import ApiClient, ServiceUnavailable, SessionExpired, Tokens
from tests.client.fakeserver import FakeServer, Reply, Seen, agent_json, error, login_json, signed_in


def expiring_me(valid_token: str) -> Callable[[Seen], Reply]:
    """A /auth/me handler that accepts only `valid_token` and calls any other token expired."""

    def handle(seen: Seen) -> Reply:
        if seen.headers["Authorization"] == f"Bearer {valid_token}":
            return Reply(200, agent_json())
        return error(401, "token_expired", "The access token has expired; refresh it")

    return handle


def test_login_keeps_and_reports_the_tokens(fake: FakeServer) -> None:
    reported: list[Tokens] = []
    client = ApiClient(fake.url, on_tokens_changed=reported.append)
    fake.route("POST", "/auth/login", Reply(200, login_json("acc", "ref", expires_in=60)))
    before = datetime.now(UTC)
    response = client.login(" alice ", "pw", "123456")
    assert response.agent.username == "alice"
    assert client.tokens is not None and client.tokens.access_token == "acc"
    assert before + timedelta(seconds=59) <= client.tokens.expires_at <= datetime.now(UTC) + timedelta(seconds=61)
    assert reported == [client.tokens]
    sent = fake.requests_to("POST", "/auth/login")[0]
    assert sent.json() == {"username": "alice", "password": "pw", "totp": "123456"}
    assert "Authorization" not in sent.headers


def test_expired_access_token_is_refreshed_once_and_the_call_retried(fake: FakeServer) -> None:
    reported: list[Tokens] = []
    fake_client = signed_in(fake.url, on_tokens_changed=reported.append)
    fake.route("GET", "/auth/me", expiring_me("access-1"))
    fake.route("POST", "/auth/refresh", Reply(200, login_json("access-1", "refresh-1")))

    assert fake_client.me().username == "alice"
    assert fake.requests_to("POST", "/auth/refresh")[0].json() == {"refresh_token": "refresh-0"}
    assert [t.access_token for t in reported] == ["access-1"]
    assert fake_client.tokens is not None and fake_client.tokens.refresh_token == "refresh-1"
    assert len(fake.requests_to("GET", "/auth/me")) == 2


def test_unauthenticated_with_a_refresh_token_also_refreshes(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/auth/me", error(401, "unauthenticated"), Reply(200, agent_json()))
    fake.route("POST", "/auth/refresh", Reply(200, login_json("access-1", "refresh-1")))
    assert fake_client.me().username == "alice"


def test_refused_refresh_is_session_expired_and_forgets_tokens(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/auth/me", error(401, "token_expired"))
    fake.route("POST", "/auth/refresh", error(401, "unauthenticated", "The session has ended; sign in again"))
    with pytest.raises(SessionExpired) as caught:
        fake_client.me()
    assert "refresh-0" not in repr(caught.value) and "access-0" not in repr(caught.value)
    assert fake_client.tokens is None
    with pytest.raises(SessionExpired):
        fake_client.me()
    assert len(fake.requests_to("POST", "/auth/refresh")) == 1


def test_refresh_is_tried_only_once_per_call(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/auth/me", error(401, "token_expired"))
    fake.route("POST", "/auth/refresh", Reply(200, login_json("access-1", "refresh-1")))
    with pytest.raises(SessionExpired):
        fake_client.me()
    assert len(fake.requests_to("POST", "/auth/refresh")) == 1
    assert len(fake.requests_to("GET", "/auth/me")) == 2


def test_unreachable_refresh_keeps_the_tokens(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("GET", "/auth/me", error(401, "token_expired"))
    fake.route("POST", "/auth/refresh", error(503, "unavailable"))
    with pytest.raises(ServiceUnavailable):
        fake_client.me()
    assert fake_client.tokens is not None and fake_client.tokens.refresh_token == "refresh-0"


def test_threads_hitting_an_expired_token_together_refresh_once(fake: FakeServer) -> None:
    reported: list[Tokens] = []
    fake_client = signed_in(fake.url, on_tokens_changed=reported.append)
    arrived = threading.Barrier(6, timeout=10)

    def slow_refresh(seen: Seen) -> Reply:
        return Reply(200, login_json("access-1", "refresh-1"), delay=0.3)

    def me(seen: Seen) -> Reply:
        if seen.headers["Authorization"] == "Bearer access-1":
            return Reply(200, agent_json())
        return error(401, "token_expired")

    fake.route("GET", "/auth/me", me)
    fake.route("POST", "/auth/refresh", slow_refresh)
    results: list[str] = []
    failures: list[BaseException] = []

    def work() -> None:
        arrived.wait()
        try:
            results.append(fake_client.me().username)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert failures == [] and results == ["alice"] * 6
    assert len(fake.requests_to("POST", "/auth/refresh")) == 1
    assert [t.access_token for t in reported] == ["access-1"]


def test_failing_token_callback_does_not_fail_the_call(fake: FakeServer) -> None:
    def broken(tokens: Tokens) -> None:
        raise RuntimeError("keyring locked")

    fake_client = signed_in(fake.url, on_tokens_changed=broken)
    fake.route("GET", "/auth/me", expiring_me("access-1"))
    fake.route("POST", "/auth/refresh", Reply(200, login_json("access-1", "refresh-1")))
    assert fake_client.me().username == "alice"


def test_logout_forgets_tokens_even_when_the_service_is_away(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("POST", "/auth/logout", error(503, "unavailable"))
    with pytest.raises(ServiceUnavailable):
        fake_client.logout()
    assert fake_client.tokens is None
    with pytest.raises(SessionExpired):
        fake_client.me()


def test_logout_does_not_refresh(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("POST", "/auth/logout", error(401, "token_expired"))
    fake_client.logout()
    assert fake.requests_to("POST", "/auth/refresh") == []
    assert fake_client.tokens is None


def test_step_up_sends_the_code_with_the_token(fake: FakeServer, fake_client: ApiClient) -> None:
    fake.route("POST", "/auth/step-up", Reply(200, {"step_up_valid_for": 600}))
    assert fake_client.step_up("123456").step_up_valid_for == 600
    seen = fake.requests_to("POST", "/auth/step-up")[0]
    assert seen.json() == {"totp": "123456"} and seen.headers["Authorization"] == "Bearer access-0"


def test_set_tokens_does_not_report(fake: FakeServer) -> None:
    reported: list[Tokens] = []
    client = ApiClient(fake.url, on_tokens_changed=reported.append)
    client.set_tokens(Tokens("a", "r", datetime.now(UTC)))
    assert reported == []
