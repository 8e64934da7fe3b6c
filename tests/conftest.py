"""Shared fixtures: databases and demo services on SQLite and on PostgreSQL.

The helpers behind them (start_service, login, the demo constants) live in tests/helpers.py.
PostgreSQL variants skip unless DESK_TEST_POSTGRES_URL names a server; `./dev test` provides one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import tests.helpers as helpers
from tests.helpers import (
    ServiceProcess,
    create_database,
    drop_database,
    postgres_server_url,
    sqlite_url,
    start_service,
)

# Before any test creates a QApplication (nothing above imports Qt): tests need no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@contextmanager
def _database(backend: str, directory: Path) -> Iterator[str]:
    """A fresh database on backend: a SQLite file in directory, or a new database on the test server."""
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
def _demo_service(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    directory = tmp_path_factory.mktemp(f"service-{backend}")
    with _database(backend, directory) as url, start_service(directory, url) as service:
        yield service


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The SQLAlchemy URL of an empty database, once on SQLite and once on PostgreSQL."""
    with _database(request.param, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """One demo service on SQLite for the whole test module."""
    with _demo_service("sqlite", tmp_path_factory) as running:
        yield running


@pytest.fixture(scope="module")
def service_pg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """One demo service on PostgreSQL for the whole test module."""
    with _demo_service("postgres", tmp_path_factory) as running:
        yield running


@pytest.fixture(scope="module", params=BACKENDS)
def any_service(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """One demo service per backend for the whole test module; tests using it run once on each."""
    with _demo_service(request.param, tmp_path_factory) as running:
        yield running


@pytest.fixture
def make_service(tmp_path: Path) -> Iterator[Callable[..., ServiceProcess]]:
    """start_service bound to this test's tmp_path; every service it starts is stopped afterwards."""
    started: list[ServiceProcess] = []

    def make(*args: Any, **kwargs: Any) -> ServiceProcess:
        started.append(start_service(tmp_path, *args, **kwargs))
        return started[-1]

    yield make
    for running in started:
        running.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Tests on service_pg need PostgreSQL as much as the postgres-parametrised ones: mark them alike.
    for item in items:
        if "service_pg" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("keyring_real") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("needs a Secret Service on a D-Bus session bus (`./dev test` provides one)")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    # The service refuses a reused TOTP code, so sign-ins may wait for the next 30-second step.
    waits = helpers.totp_waits
    if waits["count"]:
        terminalreporter.write_line(f"waited {waits['seconds']:.0f} s in {waits['count']} pauses for fresh TOTP codes")
