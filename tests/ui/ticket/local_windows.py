"""Main windows with the workstation's local store (drafts, outbox), as `desk-app` builds them.

The UI fixtures build plain MainWindows; `local_windows` swaps in a subclass that first gives the
context a LocalDesk over an encrypted store in the test's own data directory, with its key in a
recording keyring (shared by every window of the test, as one machine's keyring would be).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import tests.ui.conftest as ui_conftest
from desk_app.credentials import CredentialStore
from desk_app.local.store import Scope
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.local_desk import LocalDesk, keyring_store_opener
from desk_app.ui.common.settings import DeskSettings
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.tab import TicketTab
from tests.ui.conftest import WAIT_MS, RecordingKeyring


@dataclass
class LocalSetup:
    data_dir: Path
    keyring: RecordingKeyring = field(default_factory=RecordingKeyring)
    opened: list[LocalDesk] = field(default_factory=list)

    def window_class(self) -> type[MainWindow]:
        setup = self

        class LocalWindow(MainWindow):
            def __init__(self, ctx: DeskContext, settings: DeskSettings, insecure_reason: str | None = None,
                         page_size: int | None = None, parent: QWidget | None = None) -> None:
                opener = keyring_store_opener(Scope(ctx.server_url, ctx.agent.username), setup.data_dir,
                                              lambda: CredentialStore(setup.keyring))
                ctx.local = LocalDesk(ctx.client, opener, min_wait=0.1, max_wait=1.0)
                setup.opened.append(ctx.local)
                super().__init__(ctx, settings, insecure_reason, page_size, parent)

        return LocalWindow

    def close(self) -> None:
        for local in self.opened:
            local.close()


@pytest.fixture
def local_windows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[LocalSetup]:
    """Every MainWindow the UI fixtures build during the test has a LocalDesk (request after `desk`)."""
    setup = LocalSetup(tmp_path / "data")
    monkeypatch.setattr(ui_conftest, "MainWindow", setup.window_class())
    yield setup
    setup.close()


def settle(qtbot: QtBot, local: LocalDesk) -> None:
    """Until the store has done what it was asked (a saved draft is on disk)."""
    qtbot.waitUntil(lambda: local.is_open and local.jobs.in_flight == 0, timeout=WAIT_MS)


def typed_draft(qtbot: QtBot, tab: TicketTab, text: str) -> None:
    """Types into the composer as the agent would and waits until the draft is on disk."""
    keeper = tab.composer.drafts
    assert keeper is not None and tab.ctx.local is not None
    with qtbot.waitSignal(keeper.saved, timeout=WAIT_MS):
        qtbot.keyClicks(tab.composer.editor, text)
    settle(qtbot, tab.ctx.local)
