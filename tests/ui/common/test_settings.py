"""What the desk remembers between runs: never secrets, and not forever."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desk_app.ui.common.settings import MAX_SESSIONS, DeskSettings


def make(tmp_path: Path) -> DeskSettings:
    return DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))


def test_open_tabs_per_agent_and_server(tmp_path: Path) -> None:
    settings = make(tmp_path)
    settings.set_open_tickets("https://a", "agent1", [3, 1, 2])
    settings.set_open_tickets("https://a", "agent2", [9])
    assert settings.open_tickets("https://a", "agent1") == [3, 1, 2]
    assert settings.open_tickets("https://a", "agent2") == [9]
    assert settings.open_tickets("https://b", "agent1") == []
    settings.set_open_tickets("https://a", "agent1", [])
    assert settings.open_tickets("https://a", "agent1") == []


def test_only_recent_sessions_are_remembered(tmp_path: Path) -> None:
    settings = make(tmp_path)
    for port in range(MAX_SESSIONS + 5):
        settings.set_open_tickets(f"http://127.0.0.1:{port}", "agent1", [port + 1])
    assert settings.open_tickets("http://127.0.0.1:0", "agent1") == []
    assert settings.open_tickets(f"http://127.0.0.1:{MAX_SESSIONS + 4}", "agent1") == [MAX_SESSIONS + 5]


def test_garbage_is_ignored(tmp_path: Path) -> None:
    settings = make(tmp_path)
    settings.qsettings.setValue("tabs/open", "{not json")
    assert settings.open_tickets("https://a", "agent1") == []
