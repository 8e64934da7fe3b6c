"""`desk-app --self-check` from the source tree, and what a frozen build does differently (demo, log file).

The built binary's own self-check is in tests/test_build.py (marked `build`).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app import __version__, app
from desk_app.i18n_languages import LANGUAGES


def test_the_self_check_passes_from_the_source_tree(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-m", "desk_app.app", "--self-check"], capture_output=True, text=True,
                          timeout=180, env=env)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"ok   version: {__version__}" in lines
    assert all(any(line.startswith(f"ok   translation {code}: ") for line in lines) for code in LANGUAGES)
    assert not [line for line in lines if line.startswith("FAIL")]
    assert lines[-1].startswith("self-check passed: ")
    assert not (tmp_path / "state").exists() and not (tmp_path / "config").exists()  # it leaves nothing behind


def test_a_frozen_build_starts_the_installed_desk_server(monkeypatch: pytest.MonkeyPatch) -> None:
    assert app.demo_server_command() == [sys.executable, "-m", "desk_app.server.cli"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(app.shutil, "which", lambda name: f"/opt/desk/bin/{name}")
    assert app.demo_server_command() == ["/opt/desk/bin/desk-server"]
    monkeypatch.setattr(app.shutil, "which", lambda name: None)
    with pytest.raises(RuntimeError, match="no demo service"):
        app.demo_server_command()


def test_the_app_logs_to_a_file_in_the_user_log_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.platform != "linux":
        pytest.skip("XDG_STATE_HOME places the log directory on Linux only")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    root = logging.getLogger()
    before = list(root.handlers)
    app._log_to_file()
    added = [h for h in root.handlers if h not in before]
    try:
        assert app.log_file() == tmp_path / "desk-app" / "log" / "desk-app.log"
        logging.getLogger("desk_app").warning("the log file works")
        for handler in added:
            handler.flush()
        assert "WARNING desk_app: the log file works" in app.log_file().read_text(encoding="utf-8")
    finally:
        for handler in added:
            root.removeHandler(handler)
            handler.close()
