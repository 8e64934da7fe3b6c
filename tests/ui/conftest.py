"""Fixtures for driving the real desk UI against the real service on loopback.

The keyring is a recording backend (swapped in through CredentialStore's constructor), QSettings is a
file in tmp_path, and tasks run on a pool of their own that is drained at teardown, with the event
stream stopped, so no thread outlives its test.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desk_app.client import Tokens
from desk_app.contract import API_PREFIX
from desk_app.credentials import SERVICE_NAME, CredentialStore, key_for, tokens_to_json
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.language import Languages
from desk_app.ui.common.session import DeskTasks, Session
from desk_app.ui.common.settings import DeskSettings
from desk_app.ui.main_window import MainWindow
from desk_app.ui.signin import SignInDialog
from tests.helpers import DEMO_PASSWORD, ServiceProcess, fresh_totp, login, start_service

WAIT_MS = 15_000  # generous for a loaded CI machine; waits end as soon as the condition holds
_BANK: dict[tuple[str, str], Tokens] = {}  # (service URL, user) -> the tokens a finished test left signed in


class RecordingKeyring(KeyringBackend):
    """An in-memory keyring that remembers every call (priority 1: counts as a secure store)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", service, username))
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", service, username))
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", service, username))
        self.entries.pop((service, username), None)


class InsecureKeyring(RecordingKeyring):
    """A backend the store must not trust (priority below 1)."""

    priority = 0.5  # type: ignore[assignment]


@dataclass
class Desk:
    """One desk: its settings file, keyring, tasks and session, and the window once signed in."""

    qtbot: QtBot
    url: str
    settings: DeskSettings
    settings_path: Path
    keyring: RecordingKeyring
    tasks: DeskTasks
    pool: QThreadPool
    page_size: int | None = None
    sessions: list[Session] = field(default_factory=list)
    windows: list[MainWindow] = field(default_factory=list)

    def new_session(self, server: str | None = None) -> Session:
        def make_window(ctx: DeskContext, insecure_reason: str | None) -> MainWindow:
            window = MainWindow(ctx, self.settings, insecure_reason, page_size=self.page_size)
            self.windows.append(window)
            return window

        session = Session(self.settings, self.tasks, lambda: CredentialStore(self.keyring), make_window,
                          server_url=self.url if server is None else server)
        self.sessions.append(session)
        return session

    def wait_dialog(self, session: Session) -> SignInDialog:
        self.qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible(), timeout=WAIT_MS)
        assert session.dialog is not None
        return session.dialog

    def fill(self, dialog: SignInDialog, username: str, password: str = DEMO_PASSWORD,
             code: str | None = None) -> None:
        """Types into the dialog as a person would and presses Enter."""
        if not dialog.username.isReadOnly():
            dialog.username.clear()
            self.qtbot.keyClicks(dialog.username, username)
        dialog.password.clear()
        self.qtbot.keyClicks(dialog.password, password)
        dialog.totp.clear()
        self.qtbot.keyClicks(dialog.totp, code if code is not None else fresh_totp(username, service=self.url))
        dialog.submit.click()

    def sign_in(self, username: str, dialog: bool = False) -> MainWindow:
        """A new session for `username`; returns the main window.

        Through the dialog if `dialog` (or if no earlier test left a session for this user); otherwise
        by resuming the session an earlier test left in the token bank, as the app resumes one from
        the keyring. That spares the TOTP codes, which the service takes once per person.
        """
        banked = None if dialog else _BANK.pop((self.url, username), None)  # a refresh token is good once
        if banked is not None:
            self.keyring.set_password(SERVICE_NAME, key_for(self.url, username), tokens_to_json(banked))
            self.settings.last_server, self.settings.last_username = self.url, username
        session = self.new_session()
        session.start()
        self.qtbot.waitUntil(lambda: session.window is not None or session.dialog is not None, timeout=WAIT_MS)
        if session.window is None:
            assert session.dialog is not None
            self.fill(session.dialog, username)
        self.qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT_MS)
        window = session.window
        assert isinstance(window, MainWindow)
        window.activateWindow()  # as the agent's click would; keyboard shortcuts go to the active window
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        return window

    @property
    def session(self) -> Session:
        return self.sessions[-1]

    def close(self) -> None:
        for session in self.sessions:
            if session.ctx is not None and session.ctx.client.tokens is not None:
                _BANK[(self.url, session.ctx.agent.username)] = session.ctx.client.tokens
            session.shutdown()
        for window in self.windows:
            window.ctx.events.stop()
            if isValid(window):  # a window closed by signing out is gone already
                window.ticket_tabs.close_all()
                window.close()
                window.deleteLater()
        self.tasks.close(30_000)


@pytest.fixture
def make_desk(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    desks: list[Desk] = []

    def make(url: str, keyring: RecordingKeyring | None = None, page_size: int | None = None,
             settings_path: Path | None = None) -> Desk:
        path = settings_path or tmp_path / f"desk-{len(desks)}.ini"
        pool = QThreadPool()
        pool.setMaxThreadCount(4)
        desk = Desk(qtbot, url, DeskSettings(QSettings(str(path), QSettings.Format.IniFormat)), path,
                    keyring if keyring is not None else RecordingKeyring(), DeskTasks(pool), pool, page_size)
        desks.append(desk)
        return desk

    yield make
    for desk in desks:
        desk.close()
    qtbot.waitUntil(lambda: not stream_threads(), timeout=WAIT_MS)  # no event stream outlives its test


def stream_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name in ("desk-events", "event-stream-stop") and t.is_alive()]


@pytest.fixture(scope="session")
def ui_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """One demo service for the UI suite: desks resume the sessions earlier tests left (see `_BANK`),
    which spares TOTP codes. Tests pick their tickets from what they see, so earlier changes do not matter."""
    with start_service(tmp_path_factory.mktemp("ui-service")) as running:
        yield running


@pytest.fixture
def desk(make_desk: Callable[..., Desk], ui_service: ServiceProcess) -> Desk:
    return make_desk(ui_service.url)


_OTHERS: dict[tuple[str, str], tuple[float, str]] = {}  # (url, user) -> (when, access token)


def api(url: str, username: str) -> requests.Session:
    """Another person at another desk: a requests session signed in as `username`."""
    when, token = _OTHERS.get((url, username), (0.0, ""))
    if time.monotonic() - when > 600:  # access tokens live 15 minutes
        token = login(url, username)["access_token"]
        _OTHERS[(url, username)] = (time.monotonic(), token)
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    http.base = f"{url}{API_PREFIX}"  # type: ignore[attr-defined]
    return http


@pytest.fixture
def languages(qtbot: QtBot) -> Iterator[Languages]:
    """A Languages of the test's own; the app's translators, locale and direction are put back after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale, direction = QLocale(), app.layoutDirection()
    languages = Languages(app)
    yield languages
    for translator in languages.translators:
        QCoreApplication.removeTranslator(translator)
    languages.setParent(None)
    languages.deleteLater()
    QLocale.setDefault(locale)
    app.setLayoutDirection(direction)
