"""Kill the app (SIGKILL) while a draft is being written: the next start brings the draft back.

A real `desk-app` process (offscreen, the real Secret Service of `./dev test`, its own XDG folders)
is driven by tests/fault/drive_app.py; the session is resumed from the keyring, as after a sign-in.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desk_app.client import ApiClient
from desk_app.contract import View
from desk_app.credentials import CredentialStore
from desk_app.local.store import FILE_NAME
from tests.helpers import DEMO_PASSWORD, ServiceProcess, fresh_totp
from tests.test_credentials import _secret_service_or_skip

pytestmark = pytest.mark.keyring_real
ROOT = Path(__file__).resolve().parents[2]
DRAFT = "Dear customer, we froze the account and are checking the withdrawal to bc1qdraftmarker"


def driver(url: str, ticket_id: int, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.fault.drive_app", "--server", url, "--user", "agent2",
                             "--ticket", str(ticket_id), *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def read_until(process: subprocess.Popen[str], marker: str, seconds: float = 120) -> str:
    import select
    import time

    assert process.stdout is not None
    deadline, seen = time.monotonic() + seconds, []
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready:
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                break
            seen.append(line)
            if line.startswith(marker):
                return line
        elif process.poll() is not None:
            break
    process.kill()
    raise AssertionError(f"no {marker!r} from the app; it said:\n{''.join(seen)[-4000:]}")


def test_a_killed_app_gets_its_draft_back(make_service: Callable[..., ServiceProcess], tmp_path: Path) -> None:
    _secret_service_or_skip()
    service = make_service(demo_tickets=20, demo_customers=10)
    client = ApiClient(service.url)
    client.login("agent2", DEMO_PASSWORD, fresh_totp("agent2"))
    ticket_id = client.tickets(View.all, limit=1).items[0].id
    assert client.tokens is not None
    # as the sign-in dialog would; the backend named, since this process's default may have test backends in it
    CredentialStore(_secret_service_or_skip()).save(client.base_url, "agent2", client.tokens)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state")}

    first = driver(client.base_url, ticket_id, env, "type", DRAFT)
    try:
        read_until(first, "DRAFT-SAVED")
    finally:
        first.send_signal(signal.SIGKILL)  # no shutdown, no flush: as a crash
        first.wait(30)
    data = tmp_path / "data" / "desk-app"
    files = [p for p in data.iterdir() if p.is_file()]
    assert any(p.name == FILE_NAME for p in files)
    assert all(b"draftmarker" not in p.read_bytes() for p in files)  # on disk, but encrypted

    second = driver(client.base_url, ticket_id, env, "check")
    try:
        answer = json.loads(read_until(second, "{"))
    finally:
        second.kill()
        second.wait(30)
    assert answer == {"text": DRAFT, "internal": False, "persistent": True}
    client.close()
