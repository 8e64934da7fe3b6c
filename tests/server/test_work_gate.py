"""#7: each service process works on a few requests at once (admission.WorkGate); the rest wait their turn,
and a request enters with its body already read, so a slow client never holds a place."""

from __future__ import annotations

import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import requests

from desk_app.contract import API_PREFIX
from tests.helpers import ServiceProcess


def _one_at_a_time(make_service: Callable[..., ServiceProcess]) -> ServiceProcess:
    return make_service(extra_args=["--max-in-flight", "1"], demo_tickets=20, demo_customers=10)


def test_a_client_sending_its_body_slowly_does_not_hold_the_service(
        make_service: Callable[..., ServiceProcess]) -> None:
    service = _one_at_a_time(make_service)
    address = urlsplit(service.url)
    body = b'{"username": "agent1", "password": "wrong", "totp": "000000"}'
    with socket.create_connection((address.hostname, address.port), timeout=30) as slow:
        slow.sendall(b"POST " + API_PREFIX.encode() + b"/auth/login HTTP/1.1\r\nHost: desk\r\n"
                     b"Content-Type: application/json\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n"
                     + body[:10])
        for _ in range(3):  # the only place is free: the slow request has not come in yet
            assert requests.get(f"{service.url}{API_PREFIX}/healthz", timeout=5).status_code == 200
        slow.sendall(body[10:])
        answer = slow.recv(4096)
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]


def test_requests_beyond_the_limit_wait_their_turn(make_service: Callable[..., ServiceProcess]) -> None:
    service = _one_at_a_time(make_service)

    def health(_: int) -> int:
        return requests.get(f"{service.url}{API_PREFIX}/healthz", timeout=60).status_code

    with ThreadPoolExecutor(24) as pool:
        assert list(pool.map(health, range(96))) == [200] * 96
