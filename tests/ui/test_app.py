"""`desk-app` itself: its flags, translations, and the demo service shared by every `--demo` app."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_app import __version__, app
from tests.helpers import sqlite_url


def test_flags() -> None:
    args = app.parse(["--server", "https://desk.example.com", "--lang", "ja"])
    assert (args.server, args.lang, args.demo) == ("https://desk.example.com", "ja", False)
    assert app.parse(["--demo"]).demo
    with pytest.raises(SystemExit):
        app.parse(["--demo", "--server", "https://desk.example.com"])


def test_version_is_printed() -> None:
    done = subprocess.run([sys.executable, "-m", "desk_app.app", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"desk-app {__version__}"


def _sleeper() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])


def test_demo_apps_share_one_service_and_the_last_one_stops_it(tmp_path: Path) -> None:
    state = tmp_path / "state" / app.DEMO_STATE
    extra = ["--database-url", sqlite_url(tmp_path), "--demo-tickets", "30", "--demo-customers", "10"]
    url = app.join_demo(state, extra)  # nobody runs one: started
    data = json.loads(state.read_text())
    assert data["url"] == url and app.healthy(url)
    server_pid = data["pid"]
    other_app = _sleeper()  # another desk-app using it
    try:
        data["users"].append(other_app.pid)
        state.write_text(json.dumps(data))
        assert app.join_demo(state, extra) == url  # a running one is joined, not started twice
        assert json.loads(state.read_text())["pid"] == server_pid
        assert not app.leave_demo(state)  # the other app still uses it
        assert app.healthy(url)
    finally:
        other_app.kill()
        other_app.wait()
    data = json.loads(state.read_text())
    data["users"].append(app.os.getpid())
    state.write_text(json.dumps(data))
    assert app.leave_demo(state)  # the last one out stops it
    deadline = time.monotonic() + 20
    while app.healthy(url, timeout=0.5) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not app.healthy(url, timeout=0.5) and not state.exists()


def test_a_dead_service_is_not_joined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = tmp_path / app.DEMO_STATE
    state.write_text(json.dumps({"url": "http://127.0.0.1:9", "pid": 999_999_999, "users": [999_999_998]}))
    started: list[list[str]] = []

    class Refused(RuntimeError):
        pass

    def fake_popen(command: list[str], **_: object) -> object:
        started.append(command)
        raise Refused

    monkeypatch.setattr(app.subprocess, "Popen", fake_popen)
    with pytest.raises(Refused):
        app.join_demo(state)
    assert started and started[0][1:4] == ["-m", "desk_app.server.cli", "--demo"]
    assert "--ready-file" in started[0]
