"""A workstation's local store opens after the first page (#7: cold start), and nothing asked of it is lost."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desk_app.client import ApiClient
from desk_app.local.store import Draft, DraftKind, LocalStore, Scope, open_store
from desk_app.ui.common.local_desk import LocalDesk

KEY = bytes(range(32))


def _opener(directory: Path, calls: list[int]):  # type: ignore[no-untyped-def]
    def open_() -> tuple[LocalStore, str | None]:
        calls.append(1)
        return open_store(Scope("https://desk.example", "agent1"), KEY, directory), None

    return open_


def test_an_early_draft_opens_the_store_first_and_is_kept(tmp_path: Path, qtbot: QtBot) -> None:
    calls: list[int] = []
    local = LocalDesk(ApiClient("https://desk.example"), _opener(tmp_path, calls), open_later=True)
    try:
        qtbot.wait(200)
        assert calls == [] and not local.is_open  # nothing opened by itself
        local.save_draft(7, DraftKind.reply, "Bonjour, votre retrait est en cours")  # the store opens first
        found: list[list[Draft]] = []
        local.load_drafts(7, found.append, owner=local)
        qtbot.waitUntil(lambda: bool(found), timeout=10_000)
        assert [d.body for d in found[0]] == ["Bonjour, votre retrait est en cours"]
        assert calls == [1] and local.is_open and local.store is not None and local.store.persistent
        local.open()  # the app's own call after the first page: no second opening
        qtbot.wait(100)
        assert calls == [1]
    finally:
        local.close()


def test_the_desk_starts_without_sqlalchemy(tmp_path: Path) -> None:
    """What the first paint needs does not import the store's file side (SQLAlchemy, the cipher)."""
    import subprocess

    code = ("import sys, desk_app.app, desk_app.ui.main_window, desk_app.ui.common.local_desk; "
            "print(sorted(m for m in ('sqlalchemy', 'cryptography') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
