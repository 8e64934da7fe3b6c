"""The bench's surroundings: a throwaway PostgreSQL, a private D-Bus with an unlocked keyring, services."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from tests.helpers import ServiceProcess, create_database, drop_database, libpq_url

ROOT = Path(__file__).resolve().parent.parent
URL_ENVS = ("DESK_BENCH_POSTGRES_URL", "DESK_TEST_POSTGRES_URL")


@contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server URL: the one in DESK_BENCH_POSTGRES_URL / DESK_TEST_POSTGRES_URL, or a throwaway
    cluster from scripts/pg-test-cluster (as `./dev test` starts), stopped and removed afterwards."""
    for name in URL_ENVS:
        if os.environ.get(name):
            yield os.environ[name]
            return
    directory = Path(tempfile.mkdtemp(prefix="desk-bench-pg-"))
    directory.chmod(0o755)  # as root, the cluster runs as `postgres`
    script = ROOT / "scripts" / "pg-test-cluster"
    try:
        url = subprocess.run([str(script), "start", str(directory / "pg")], check=True, capture_output=True,
                             text=True).stdout.strip().splitlines()[-1]
        yield url
    finally:
        subprocess.run([str(script), "stop", str(directory / "pg")], capture_output=True)
        shutil.rmtree(directory, ignore_errors=True)


@contextmanager
def postgres_database(server_url: str) -> Iterator[str]:
    """A fresh database on the server, dropped afterwards."""
    url = create_database(server_url, prefix="desk_bench")
    try:
        yield url
    finally:
        drop_database(server_url, url)


def postgres_version(server_url: str) -> str:
    with psycopg.connect(libpq_url(server_url)) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    return str(row[0]) if row else "?"


@contextmanager
def service(database_url: str, workdir: Path, extra_args: list[str] | None = None) -> Iterator[ServiceProcess]:
    """`desk-server` on loopback over an already filled database (no demo data added)."""
    workdir.mkdir(parents=True, exist_ok=True)
    args = ["--host", "127.0.0.1", "--port", "0", "--database-url", database_url, "--log-level", "warning",
            *(extra_args or [])]
    running = ServiceProcess(args, workdir)
    running.start()
    try:
        yield running
    finally:
        running.stop()


def ensure_private_keyring(argv: list[str]) -> None:
    """Re-runs the bench under its own D-Bus session with an unlocked gnome-keyring (as `./dev test` does),
    so the cold-start figure signs in from a real Secret Service and never touches the user's own secrets."""
    if os.environ.get("DESK_BENCH_OWN_BUS"):
        if not os.environ.get("DESK_BENCH_KEYRING_STARTED"):
            _start_keyring()
        return
    if not shutil.which("dbus-run-session") or not shutil.which("gnome-keyring-daemon"):
        print("bench: no dbus-run-session/gnome-keyring-daemon: the cold-start figure will be skipped",
              file=sys.stderr)
        return
    env = {**os.environ, "DESK_BENCH_OWN_BUS": "1"}
    os.execvpe("dbus-run-session", ["dbus-run-session", "--", sys.executable, "-m", "bench", *argv], env)


def _start_keyring() -> None:
    scratch = Path(tempfile.mkdtemp(prefix="desk-bench-keyring-"))
    atexit.register(shutil.rmtree, scratch, True)  # the keyring daemon ends with this D-Bus session
    for sub in ("data", "run"):
        (scratch / sub).mkdir(mode=0o700)
    env = {**os.environ, "XDG_DATA_HOME": str(scratch / "data"), "XDG_RUNTIME_DIR": str(scratch / "run")}
    subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"], input=os.urandom(18).hex(),
                   text=True, env=env, check=True, capture_output=True)
    os.environ["DESK_BENCH_KEYRING_STARTED"] = "1"


def has_secret_service() -> bool:
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
