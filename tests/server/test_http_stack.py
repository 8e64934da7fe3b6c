"""`desk-server` runs uvicorn on httptools and uvloop when they are installed, on h11 and asyncio when told (#7)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

import psutil
import pytest
import requests

from desk_app.contract import API_PREFIX
from desk_app.server.cli import http_and_loop
from tests.helpers import ServiceProcess


def _loaded(service: ServiceProcess) -> set[str]:
    """Which of the C parts the service process has loaded."""
    assert service.process is not None
    paths = [m.path for m in psutil.Process(service.process.pid).memory_maps()]
    return {name for name in ("httptools", "uvloop") if any(f"/{name}/" in path for path in paths)}


def _healthy(service: ServiceProcess) -> None:
    response = requests.get(f"{service.url}{API_PREFIX}/healthz", timeout=30)
    assert response.status_code == 200 and response.json()["status"] == "ok"


@pytest.mark.skipif(not (importlib.util.find_spec("httptools") and importlib.util.find_spec("uvloop")),
                    reason="httptools and uvloop are not installed")
def test_the_service_takes_httptools_and_uvloop_when_installed(make_service: Callable[..., ServiceProcess]) -> None:
    assert http_and_loop() == ("httptools", "uvloop")
    service = make_service(demo_tickets=20, demo_customers=10)
    _healthy(service)
    assert _loaded(service) == {"httptools", "uvloop"}
    assert "serving with httptools on uvloop" in service.log_tail()


def test_the_pure_python_stack_can_be_chosen(make_service: Callable[..., ServiceProcess]) -> None:
    assert http_and_loop("h11", "asyncio") == ("h11", "asyncio")
    service = make_service(extra_args=["--http", "h11", "--loop", "asyncio"], demo_tickets=20, demo_customers=10)
    _healthy(service)
    assert _loaded(service) == set()
    assert "serving with h11 on asyncio" in service.log_tail()
