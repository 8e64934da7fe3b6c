"""Test helpers: run the desk service as a subprocess, log in with fresh TOTP codes, make databases.

The fixtures in conftest.py are built on these; tests and benchmarks may import them directly.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pyotp
import requests
import tenacity
from psycopg import sql
from sqlalchemy.engine import make_url

from desk_app.contract import API_PREFIX

DEMO_PASSWORD = "desk-demo"
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
INTEGRATION_KEY = "demo-integration-key"
DEMO_TICKETS = 120
DEMO_CUSTOMERS = 40

POSTGRES_URL_ENV = "DESK_TEST_POSTGRES_URL"
STARTUP_TIMEOUT = 60.0  # seconds for the service to answer its health check
TOTP_STEP = 30  # seconds


# --- the service as a subprocess ------------------------------------------------------------------


class ServiceStartError(RuntimeError):
    """The service exited, or did not answer its health check in time."""


class ServiceProcess:
    """The desk service CLI running as a subprocess on loopback; it can be stopped, killed and restarted."""

    def __init__(self, args: Sequence[str], workdir: Path, env: Mapping[str, str] | None = None) -> None:
        self.args = list(args)
        self.workdir = workdir
        self.env = {**os.environ, **(env or {})}
        name = f"service-{uuid.uuid4().hex[:8]}"
        self.log_path = workdir / f"{name}.log"  # stdout and stderr of every start
        self._ready_path = workdir / f"{name}.ready"
        self.url = ""  # e.g. http://127.0.0.1:41234, set once the service is healthy
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def port(self) -> int | None:
        return urlsplit(self.url).port if self.url else None

    def start(self, extra_args: Sequence[str] = ()) -> None:
        """Starts the service and waits until it answers its health check."""
        self._ready_path.unlink(missing_ok=True)
        command = [sys.executable, "-m", "desk_app.server.cli", *self.args, *extra_args]
        command += ["--ready-file", str(self._ready_path)]
        with self.log_path.open("ab") as log:
            log.write(f"\n--- {shlex.join(command)}\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=self.env, cwd=self.workdir
            )
        self.url = self._wait_until_healthy()
        if "--database-url" in self.args:  # a restart on another port, or another process, shares its codes
            _database_of[self.url] = self.args[self.args.index("--database-url") + 1]

    def stop(self, timeout: float = 15.0) -> None:
        """Asks the service to shut down (SIGTERM) and kills it if it has not within timeout."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """Kills the service at once (SIGKILL), as a crash would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def restart(self, same_port: bool = True) -> None:
        """Stops and starts the service on the same database, by default on the same port (and URL)."""
        port = self.port
        self.stop()
        self.start(["--port", str(port)] if same_port and port else [])

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def __enter__(self) -> ServiceProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _wait_until_healthy(self) -> str:
        assert self.process is not None
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code is not None:
                raise ServiceStartError(f"the service exited with code {code}; log:\n{self.log_tail()}")
            url = _read_text(self._ready_path)
            if url and _healthy(url):
                return url
            time.sleep(0.05)
        self.kill()
        raise ServiceStartError(f"the service was not healthy within {STARTUP_TIMEOUT:.0f} s; log:\n{self.log_tail()}")


def _read_text(path: Path) -> str:
    try:
        return path.read_text().strip()
    except OSError:
        return ""


def _healthy(url: str) -> bool:
    try:
        return requests.get(f"{url}{API_PREFIX}/healthz", timeout=2).status_code == 200
    except requests.RequestException:
        return False


def sqlite_url(directory: Path) -> str:
    return f"sqlite:///{directory / 'desk.sqlite3'}"


def start_service(
    tmp_path: Path,
    database_url: str | None = None,
    extra_args: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    *,
    demo: bool = True,
    demo_tickets: int = DEMO_TICKETS,
    demo_customers: int = DEMO_CUSTOMERS,
) -> ServiceProcess:
    """Starts the service on a free loopback port and returns once it is healthy.

    Without database_url it uses the SQLite file tmp_path/desk.sqlite3, so two services started on
    the same tmp_path share one database. With demo, an empty database is filled with demo data.
    """
    tmp_path.mkdir(parents=True, exist_ok=True)
    args = ["--host", "127.0.0.1", "--port", "0", "--database-url", database_url or sqlite_url(tmp_path)]
    if demo:
        args += ["--demo", "--demo-tickets", str(demo_tickets), "--demo-customers", str(demo_customers)]
    service = ServiceProcess([*args, *extra_args], tmp_path, env)
    service.start()
    return service


# --- logging in -----------------------------------------------------------------------------------

# The service refuses a code it has seen from that person, in its own database. So the steps this process
# has sent are kept per username and database: a sign-in to a fresh service need not wait for the codes
# sent to others. Codes sent without saying where (None) count for every database.
_used_steps: dict[tuple[str, str | None], set[int]] = {}
_database_of: dict[str, str] = {}  # service URL -> its database, as ServiceProcess started it
_used_steps_lock = threading.Lock()
totp_waits = {"count": 0, "seconds": 0.0}  # how long this process slept for fresh codes (shown after the run)


def choose_totp_step(used: set[int], now: float) -> int | None:
    """The unused time step to take a code from: the current, the next, then the previous one.

    The service accepts one step of drift either way but never the same code twice from one person.
    The previous step is left alone in the last seconds of the current one: it could be two steps old
    by the time the service checks it. None means: wait for the next step.
    """
    current = int(now // TOTP_STEP)
    candidates = [current, current + 1]
    if now - current * TOTP_STEP < TOTP_STEP - 5:
        candidates.append(current - 1)
    return next((step for step in candidates if step not in used), None)


def fresh_totp(username: str, secret: str = DEMO_TOTP_SECRET, service: str | None = None,
               database: str | None = None) -> str:
    """A TOTP code this process has not sent for username yet (to the service at that URL, or on that
    database, if given); may wait for the next time step."""
    totp = pyotp.TOTP(secret, interval=TOTP_STEP)
    if database is None and service is not None:
        database = _database_of.get(service, service)
    while True:
        with _used_steps_lock:
            now = time.time()
            if database is None:
                used = set().union(*(steps for (user, _), steps in _used_steps.items() if user == username))
            else:
                used = _used_steps.get((username, database), set()) | _used_steps.get((username, None), set())
            step = choose_totp_step(used, now)
            if step is not None:
                _used_steps.setdefault((username, database), set()).add(step)
                return totp.at(step * TOTP_STEP)
        pause = TOTP_STEP - now % TOTP_STEP + 0.05
        with _used_steps_lock:
            totp_waits["count"] += 1
            totp_waits["seconds"] += pause
        time.sleep(pause)


def login(url: str, username: str, password: str = DEMO_PASSWORD) -> dict[str, Any]:
    """Logs in to the service at url with a fresh TOTP code; returns the LoginResponse JSON."""
    body = {"username": username, "password": password, "totp": fresh_totp(username, service=url)}
    response = requests.post(f"{url}{API_PREFIX}/auth/login", json=body, timeout=30)
    if response.status_code != 200:
        raise AssertionError(f"login as {username!r} failed: {response.status_code} {response.text}")
    result: dict[str, Any] = response.json()
    return result


# --- PostgreSQL databases -------------------------------------------------------------------------


def postgres_server_url() -> str | None:
    """The test PostgreSQL server (SQLAlchemy URL to its `desk` database), or None if there is none."""
    return os.environ.get(POSTGRES_URL_ENV) or None


def libpq_url(url: str) -> str:
    """A SQLAlchemy URL (postgresql+psycopg://...) in the form psycopg.connect takes."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def create_database(server_url: str, prefix: str = "desk_test") -> str:
    """Creates a fresh, uniquely named database on the server; returns its SQLAlchemy URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


@tenacity.retry(
    retry=tenacity.retry_if_exception_type(psycopg.errors.InsufficientPrivilege),
    wait=tenacity.wait_fixed(0.5),
    stop=tenacity.stop_after_delay(30),
    reraise=True,
)
def drop_database(server_url: str, database_url: str) -> None:
    """Drops a database made by create_database, closing any connections still open to it.

    FORCE may not end an autovacuum worker in the database unless the role is a member of
    pg_signal_backend (scripts/pg-test-cluster grants it); on another server, wait for the worker.
    """
    name = make_url(database_url).database
    assert name, database_url
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
