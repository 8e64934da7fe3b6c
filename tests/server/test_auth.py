"""Sign-in over REST: passwords and TOTP codes used once, throttling shared by every service process,
token rotation, sign-out, expiry, and no secret in the service's log."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pyotp
import pytest
import requests

from desk_app.contract import API_PREFIX
from tests.helpers import DEMO_PASSWORD, DEMO_TOTP_SECRET, ServiceProcess, fresh_totp, login

Post = Callable[..., requests.Response]


def post(url: str, path: str, body: Any, token: str | None = None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(f"{url}{API_PREFIX}{path}", json=body, headers=headers, timeout=30)


def me(url: str, token: str) -> requests.Response:
    return requests.get(f"{url}{API_PREFIX}/auth/me", headers={"Authorization": f"Bearer {token}"}, timeout=30)


def code_of(response: requests.Response) -> str:
    return str(response.json()["error"]["code"])


def wrong_totp() -> str:
    """A well-formed code that is not valid for the demo secret in any accepted time step."""
    totp, now = pyotp.TOTP(DEMO_TOTP_SECRET), int(time.time())
    valid = {totp.at(now + drift) for drift in range(-90, 91, 15)}
    return next(code for code in (f"{n:06d}" for n in range(0, 1_000_000, 7919)) if code not in valid)


def attempt(url: str, username: str, password: str = DEMO_PASSWORD, totp: str | None = None) -> requests.Response:
    return post(url, "/auth/login", {"username": username, "password": password,
                                     "totp": totp if totp is not None else fresh_totp(username)})


# --- sign-in --------------------------------------------------------------------------------------


def test_login_returns_the_agent_and_tokens(service: ServiceProcess) -> None:
    answer = login(service.url, "secops1")
    assert answer["agent"]["username"] == "secops1"
    assert answer["agent"]["roles"] == ["security_agent"]
    assert answer["access_token"] and answer["refresh_token"] and answer["access_token"] != answer["refresh_token"]
    assert answer["expires_in"] == 900 and answer["idle_lock_seconds"] > 0
    assert me(service.url, answer["access_token"]).json()["username"] == "secops1"
    assert me(service.url, answer["refresh_token"]).status_code == 401  # a refresh token is not an access token


@pytest.mark.parametrize(("username", "password", "totp"), [
    pytest.param("agent2", "wrong-password", None, id="wrong-password"),
    pytest.param("agent2", DEMO_PASSWORD, "wrong", id="wrong-totp"),
    pytest.param("nobody", DEMO_PASSWORD, None, id="unknown-user"),
    pytest.param("AGENT2", DEMO_PASSWORD, None, id="username-in-other-case"),
])
def test_wrong_credentials_are_401(service: ServiceProcess, username: str, password: str, totp: str | None) -> None:
    response = attempt(service.url, username, password, wrong_totp() if totp == "wrong" else totp)
    assert response.status_code == 401, response.text
    assert code_of(response) == "invalid_credentials"
    assert "access_token" not in response.text


def test_a_totp_code_is_accepted_once(service: ServiceProcess) -> None:
    code = fresh_totp("super2")
    assert attempt(service.url, "super2", totp=code).status_code == 200
    again = attempt(service.url, "super2", totp=code)
    assert (again.status_code, code_of(again)) == (401, "totp_reused")
    token = login(service.url, "super2")["access_token"]
    step_up = post(service.url, "/auth/step-up", {"totp": code}, token)
    assert (step_up.status_code, code_of(step_up)) == (401, "totp_reused")


def test_five_failures_throttle_the_username_across_processes(make_service: Callable[..., ServiceProcess],
                                                              db_url: str) -> None:
    first = make_service(db_url)
    second = make_service(db_url)  # the same database: the throttle lives there, not in a process
    for url in (first.url, second.url, first.url, second.url, first.url):
        assert attempt(url, "agent1", "not-the-password", totp=wrong_totp()).status_code == 401
    code = fresh_totp("agent1")
    for url in (second.url, first.url):
        throttled = attempt(url, "agent1", totp=code)  # even the right password and code
        assert throttled.status_code == 429, throttled.text
        assert code_of(throttled) == "too_many_attempts"
        assert int(throttled.headers["Retry-After"]) > 0
    assert attempt(second.url, "agent2").status_code == 200  # other people still sign in


# --- tokens ---------------------------------------------------------------------------------------


def test_refresh_rotates_both_tokens(service: ServiceProcess) -> None:
    first = login(service.url, "admin1")
    rotated = post(service.url, "/auth/refresh", {"refresh_token": first["refresh_token"]})
    assert rotated.status_code == 200, rotated.text
    second = rotated.json()
    assert second["agent"]["username"] == "admin1"
    assert {second["access_token"], second["refresh_token"]}.isdisjoint({first["access_token"],
                                                                          first["refresh_token"]})
    assert me(service.url, first["access_token"]).status_code == 401
    assert me(service.url, second["access_token"]).status_code == 200
    # within the grace period the old refresh token gets the very same pair again (a second app instance);
    # after it, a replay ends the sign-in (tests/server/test_refresh_reuse.py)
    replay = post(service.url, "/auth/refresh", {"refresh_token": first["refresh_token"]})
    assert replay.status_code == 200, replay.text
    assert (replay.json()["access_token"], replay.json()["refresh_token"]) == (second["access_token"],
                                                                               second["refresh_token"])
    assert post(service.url, "/auth/refresh", {"refresh_token": second["refresh_token"]}).status_code == 200


def test_concurrent_refreshes_of_one_token_yield_one_session(service: ServiceProcess) -> None:
    import threading

    token = login(service.url, "agent2")["refresh_token"]
    barrier, answers, pairs = threading.Barrier(4), [], set()

    def refresh() -> None:
        barrier.wait()
        answer = post(service.url, "/auth/refresh", {"refresh_token": token})
        answers.append(answer.status_code)
        if answer.status_code == 200:
            pairs.add((answer.json()["access_token"], answer.json()["refresh_token"]))

    threads = [threading.Thread(target=refresh) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert answers == [200] * 4 and len(pairs) == 1  # one rotation; the others got its pair (grace period)


def test_logout_revokes_the_session(service: ServiceProcess) -> None:
    answer = login(service.url, "secops2")
    assert post(service.url, "/auth/logout", None, answer["access_token"]).status_code == 204
    gone = me(service.url, answer["access_token"])
    assert (gone.status_code, code_of(gone)) == (401, "unauthenticated")
    refresh = post(service.url, "/auth/refresh", {"refresh_token": answer["refresh_token"]})
    assert refresh.status_code == 401
    assert post(service.url, "/auth/logout", None, answer["access_token"]).status_code == 401


def test_expired_access_token_is_401_token_expired(make_service: Callable[..., ServiceProcess]) -> None:
    short = make_service(extra_args=["--access-ttl-seconds", "1"])
    answer = login(short.url, "admin1")
    assert answer["expires_in"] == 1
    time.sleep(1.5)
    expired = me(short.url, answer["access_token"])
    assert (expired.status_code, code_of(expired)) == (401, "token_expired")
    assert expired.headers.get("WWW-Authenticate") == "Bearer"
    renewed = post(short.url, "/auth/refresh", {"refresh_token": answer["refresh_token"]})
    assert renewed.status_code == 200, renewed.text


# --- secrets stay out of the log ------------------------------------------------------------------


def test_tokens_and_passwords_never_reach_the_log(make_service: Callable[..., ServiceProcess]) -> None:
    running = make_service(extra_args=["--log-level", "debug"])
    secrets = [DEMO_PASSWORD, DEMO_TOTP_SECRET, "Wr0ng-Pa55word-for-the-log-test"]
    answer = login(running.url, "super1")
    secrets += [answer["access_token"], answer["refresh_token"]]
    attempt(running.url, "super1", "Wr0ng-Pa55word-for-the-log-test", totp=wrong_totp())
    rotated = post(running.url, "/auth/refresh", {"refresh_token": answer["refresh_token"]}).json()
    secrets += [rotated["access_token"], rotated["refresh_token"]]
    post(running.url, "/auth/refresh", {"refresh_token": answer["refresh_token"]})  # a replay, refused
    me(running.url, answer["access_token"])  # a revoked token, refused
    requests.get(f"{running.url}{API_PREFIX}/tickets", timeout=30,
                 headers={"Authorization": f"Bearer {rotated['access_token']}"})
    post(running.url, "/auth/logout", None, rotated["access_token"])
    running.stop()

    log = running.log_path.read_text(errors="replace")
    assert "listening on" in log  # the log is the service's output
    for secret in secrets:
        assert secret not in log, f"the log shows a secret ({secret[:4]}…)"
