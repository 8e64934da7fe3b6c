"""Refresh-token reuse (docs/security.md #3): within the grace period a rotated refresh token gets the same
new pair again; after it, reuse is theft and ends every session of that sign-in, on the record."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from desk_app.contract import API_PREFIX
from tests.helpers import ServiceProcess, login, start_service

GRACE = 2.0


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    env = {"DESK_REFRESH_REUSE_GRACE_SECONDS": str(GRACE)}
    with start_service(Path(tmp_path_factory.mktemp("reuse")), env=env, demo_tickets=10, demo_customers=5) as svc:
        yield svc


def _refresh(service: ServiceProcess, token: str) -> requests.Response:
    return requests.post(f"{service.url}{API_PREFIX}/auth/refresh", json={"refresh_token": token}, timeout=30)


def _me(service: ServiceProcess, access: str) -> int:
    return requests.get(f"{service.url}{API_PREFIX}/auth/me", headers={"Authorization": f"Bearer {access}"},
                        timeout=30).status_code


def _pair(answer: requests.Response) -> tuple[str, str]:
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body["access_token"], body["refresh_token"]


def _audit(service: ServiceProcess, access: str, actor: str) -> list[dict[str, Any]]:
    answer = requests.get(f"{service.url}{API_PREFIX}/audit", params={"actor": actor, "limit": 50}, timeout=30,
                          headers={"Authorization": f"Bearer {access}"})
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


def test_a_second_instance_within_the_grace_period_gets_the_same_pair(service: ServiceProcess) -> None:
    first = login(service.url, "agent1")
    second = _pair(_refresh(service, first["refresh_token"]))  # instance A
    assert _pair(_refresh(service, first["refresh_token"])) == second  # instance B, a moment later
    assert _me(service, second[0]) == 200 and _me(service, first["access_token"]) == 401
    third = _pair(_refresh(service, second[1]))  # A renews again: B's copy of the first token still follows
    assert _pair(_refresh(service, first["refresh_token"])) == third
    assert _me(service, third[0]) == 200


def test_reuse_after_the_grace_period_ends_the_sign_in(service: ServiceProcess) -> None:
    supervisor = login(service.url, "super2")
    first = login(service.url, "secops1")
    second = _pair(_refresh(service, first["refresh_token"]))
    time.sleep(GRACE + 0.5)
    stolen = _refresh(service, first["refresh_token"])
    assert stolen.status_code == 401 and stolen.json()["error"]["code"] == "unauthenticated"
    assert _me(service, second[0]) == 401  # the legitimate session ended too
    assert _refresh(service, second[1]).status_code == 401
    assert _me(service, supervisor["access_token"]) == 200  # another sign-in is untouched
    [entry] = [e for e in _audit(service, supervisor["access_token"], "system")
               if e["event"] == "auth.refresh_token_reused" and e["details"]["agent"] == "secops1"]
    assert entry["details"]["sessions_ended"] == 1
    assert first["refresh_token"] not in str(entry) and second[1] not in str(entry)


def test_no_grace_after_signing_out(service: ServiceProcess) -> None:
    first = login(service.url, "agent2")
    second = _pair(_refresh(service, first["refresh_token"]))
    out = requests.post(f"{service.url}{API_PREFIX}/auth/logout", headers={"Authorization": f"Bearer {second[0]}"},
                        timeout=30)
    assert out.status_code == 204
    assert _refresh(service, first["refresh_token"]).status_code == 401
