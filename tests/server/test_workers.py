"""`desk-server --workers N` (#7): several service processes on one port, over one database."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from typing import Any

import psutil
import requests

from desk_app.contract import API_PREFIX
from tests.helpers import ServiceProcess, login


def _workers(service: ServiceProcess) -> list[psutil.Process]:
    assert service.process is not None
    return psutil.Process(service.process.pid).children()


def _gone(processes: list[psutil.Process], timeout: float = 10.0) -> bool:
    _, alive = psutil.wait_procs(processes, timeout=timeout)
    return not alive


def test_workers_share_one_port_and_one_database(db_url: str, make_service: Callable[..., ServiceProcess]) -> None:
    service = make_service(db_url, extra_args=["--workers", "2"], demo_tickets=60, demo_customers=20)
    workers = _workers(service)
    assert len(workers) == 2 and all(w.is_running() for w in workers)
    token = login(service.url, "agent1")["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    ticket = requests.get(f"{service.url}{API_PREFIX}/tickets?limit=1", headers=headers, timeout=30).json()["items"][0]
    answered: list[Any] = []
    for i in range(20):  # a new connection each time: either worker may take it, and both know the session
        note = requests.post(f"{service.url}{API_PREFIX}/tickets/{ticket['id']}/messages", headers=headers,
                             json={"body": f"worker note {i}", "internal": True}, timeout=30)
        assert note.status_code == 201, note.text
        answered.append(note.json()["id"])
    messages = requests.get(f"{service.url}{API_PREFIX}/tickets/{ticket['id']}/messages", headers=headers,
                            timeout=30).json()
    assert [m["id"] for m in messages if m["body"].startswith("worker note")] == answered
    service.stop()
    assert service.process is not None and service.process.returncode == 0
    assert _gone(workers)


def test_a_dead_worker_stops_the_service_whole(make_service: Callable[..., ServiceProcess]) -> None:
    """So that what runs the service restarts it, rather than it serving on with fewer processes unnoticed."""
    service = make_service(extra_args=["--workers", "2"], demo_tickets=60, demo_customers=20)
    workers = _workers(service)
    workers[0].send_signal(signal.SIGKILL)
    assert service.process is not None
    assert service.process.wait(15) == 1
    assert _gone(workers)


def test_workers_end_when_their_parent_is_killed(make_service: Callable[..., ServiceProcess]) -> None:
    service = make_service(extra_args=["--workers", "2"], demo_tickets=60, demo_customers=20)
    workers = _workers(service)
    service.kill()
    started = time.monotonic()
    assert _gone(workers)
    assert time.monotonic() - started < 10
