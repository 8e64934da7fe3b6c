"""The test plumbing itself: the throwaway PostgreSQL, the per-test databases, TOTP codes, `./dev test`."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pyotp
import pytest

from tests.helpers import (
    DEMO_TOTP_SECRET,
    POSTGRES_URL_ENV,
    TOTP_STEP,
    choose_totp_step,
    fresh_totp,
    libpq_url,
)

PG_TEST_CLUSTER = Path(__file__).parents[1] / "scripts" / "pg-test-cluster"


def _have_postgres_binaries() -> bool:
    return bool(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or shutil.which("pg_config") is not None


@pytest.fixture
def cluster_dir() -> Iterator[Path]:
    # Not tmp_path: as root the cluster runs as `postgres`, which cannot enter pytest's private tmp dirs.
    directory = Path(tempfile.mkdtemp(prefix="desk-pg-plumbing-"))
    directory.chmod(0o755)
    yield directory / "pg"
    shutil.rmtree(directory, ignore_errors=True)


@pytest.mark.skipif(not _have_postgres_binaries(), reason="no PostgreSQL server binaries")
def test_pg_test_cluster_starts_and_stops(cluster_dir: Path) -> None:
    def run(command: str) -> str:
        done = subprocess.run(
            [str(PG_TEST_CLUSTER), command, str(cluster_dir)], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    url = run("start")
    try:
        assert url.startswith("postgresql+psycopg://desk@127.0.0.1:")
        with psycopg.connect(libpq_url(url)) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
            assert conn.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
            assert conn.execute("SHOW fsync").fetchone() == ("off",)
    finally:
        run("stop")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(libpq_url(url), connect_timeout=5).close()


def test_db_url_is_an_empty_database(db_url: str) -> None:
    if db_url.startswith("sqlite:///"):
        assert not Path(db_url.removeprefix("sqlite:///")).exists()
        return
    with psycopg.connect(libpq_url(db_url)) as conn:
        name = conn.execute("SELECT current_database()").fetchone()
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
    assert name is not None and name[0].startswith("desk_test_")
    assert tables == (0,)


@pytest.mark.parametrize(
    ("used_offsets", "second", "expected_offset"),
    [
        ((), 10, 0),  # the current step first
        ((0,), 10, 1),  # then the next one
        ((0, 1), 10, -1),  # then the previous one
        ((0, 1), 27, None),  # but not at the end of the step: wait
        ((-1, 0, 1), 10, None),  # all used: wait
    ],
)
def test_choose_totp_step(used_offsets: tuple[int, ...], second: int, expected_offset: int | None) -> None:
    current = 1_000_000
    used = {current + offset for offset in used_offsets}
    step = choose_totp_step(used, current * TOTP_STEP + second)
    assert step == (None if expected_offset is None else current + expected_offset)


def test_fresh_totp_never_repeats_a_code_for_one_person() -> None:
    username = f"plumbing-{uuid.uuid4().hex}"
    codes = [fresh_totp(username), fresh_totp(username)]
    assert len(set(codes)) == 2
    assert all(pyotp.TOTP(DEMO_TOTP_SECRET).verify(code, valid_window=1) for code in codes)


dev_test_only = pytest.mark.skipif(not os.environ.get("DESK_DEV_TEST"), reason="runs under `./dev test` only")


@dev_test_only
def test_dev_test_provides_postgres_and_offscreen_qt() -> None:
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"
    url = os.environ.get(POSTGRES_URL_ENV)
    assert url, f"{POSTGRES_URL_ENV} is not set"
    with psycopg.connect(libpq_url(url)) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("desk",)


@dev_test_only
@pytest.mark.keyring_real
def test_dev_test_provides_an_unlocked_secret_service() -> None:
    from keyring.backends.SecretService import Keyring

    keyring = Keyring()
    service, secret = f"desk-plumbing-{uuid.uuid4().hex}", uuid.uuid4().hex
    keyring.set_password(service, "agent", secret)
    try:
        assert keyring.get_password(service, "agent") == secret
    finally:
        keyring.delete_password(service, "agent")
