"""The signed-in session: sign-in, silent resume from the keyring, signing in again after expiry, sign-out.

The session owns the main window's lifetime: it builds the window once someone is signed in, keeps it
(and every unsent text in it) while a new sign-in renews an expired session, and closes it on
sign-out. Tokens go only to the CredentialStore (the keyring), from the worker that received them.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desk_app.client import ApiClient, EventStream, SessionExpired, Tokens
from desk_app.contract import LoginResponse
from desk_app.credentials import CredentialError, CredentialStore
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.events import EventBus
from desk_app.ui.common.settings import DeskSettings
from desk_app.ui.common.tasks import TaskRunner
from desk_app.ui.signin import SignInDialog

log = logging.getLogger(__name__)


class DeskTasks(TaskRunner):
    """The TaskRunner every screen uses; any call that finds the session over raises `session_expired`."""

    session_expired = Signal()
    closed = False  # set at shutdown: no new work starts

    def close(self, msecs: int = 10_000) -> bool:
        """At shutdown: refuse new work and wait for what runs; returns whether it all finished."""
        self.closed = True
        return self.wait_idle(msecs)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None) -> None:
        if self.closed:
            log.debug("a task was refused after shutdown")
            return

        def failed(exc: Exception) -> None:
            if isinstance(exc, SessionExpired):
                self.session_expired.emit()
            if on_error is not None:
                on_error(exc)
            else:
                log.warning("unhandled task error: %s", type(exc).__name__)

        super().run(fn, on_done, failed, owner)


class Window(Protocol):
    """What the session needs of a main window."""

    sign_out_requested: Any
    closed: Any

    def save_tabs(self) -> None: ...
    def session_renewed(self) -> None: ...
    def close_for_sign_out(self) -> None: ...
    def set_idle_lock_policy(self, seconds: int) -> None: ...


class _Saver:
    """Saves one client's tokens to the keyring, on the worker thread that got them, until disabled."""

    def __init__(self, session: Session, server: str, username: str) -> None:
        self.session, self.server, self.username, self.enabled = session, server, username, True

    def __call__(self, tokens: Tokens) -> None:
        store = self.session.store
        if not self.enabled or store is None:
            return
        try:
            store.save(self.server, self.username, tokens)
        except CredentialError as exc:
            self.session.keyring_failed.emit(describe(exc))

    def load(self) -> Tokens | None:
        """The tokens saved for this agent, perhaps newer ones from their other app instance (a worker thread)."""
        store = self.session.store
        if not self.enabled or store is None:
            return None
        return store.load(self.server, self.username)  # a CredentialError is logged by the client, not fatal


class Session(QObject):
    """Runs the sign-in flow and holds the signed-in context; see the module docstring."""

    keyring_failed = Signal(str)
    quit_requested = Signal()  # the sign-in was cancelled, or the window closed
    window_opened = Signal(object)

    def __init__(self, settings: DeskSettings, tasks: DeskTasks, make_store: Callable[[], CredentialStore],
                 make_window: Callable[[DeskContext, str | None], QWidget], server_url: str = "",
                 demo_hint: str = "", make_client: Callable[..., ApiClient] = ApiClient,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings, self.tasks = settings, tasks
        self._make_store, self._make_window, self._make_client = make_store, make_window, make_client
        self.server_url = server_url or settings.last_server
        self.demo_hint = demo_hint
        self.store: CredentialStore | None = None
        self.ctx: DeskContext | None = None
        self.window: QWidget | None = None
        self.dialog: SignInDialog | None = None
        self._saver: _Saver | None = None
        self._savers: weakref.WeakKeyDictionary[ApiClient, _Saver] = weakref.WeakKeyDictionary()
        self._username = ""
        self._shut_down = False
        tasks.session_expired.connect(self.expired)

    # --- start ------------------------------------------------------------------------------------

    def start(self) -> None:
        """Opens the keyring (off the GUI thread), then resumes a saved session or asks to sign in."""
        self.tasks.run(self._make_store, on_done=self._store_ready, on_error=self._store_failed, owner=self)

    def _store_failed(self, exc: Exception) -> None:
        log.warning("could not open the keyring: %s", type(exc).__name__)
        self.store = None
        self.ask()

    def _store_ready(self, store: CredentialStore) -> None:
        self.store = store
        server, username = self.server_url, self.settings.last_username
        if not server or not username:
            self.ask()
            return
        try:
            client = self._client_for(server, username)
        except ValueError:  # a remembered address that is no longer acceptable
            self.ask()
            return
        server = client.base_url

        def resume() -> LoginResponse | None:
            tokens = store.load(server, username)
            if tokens is None:
                return None
            client.set_tokens(tokens)
            try:
                return client.refresh()
            except SessionExpired:
                store.delete(server, username)  # stale: do not try it again next time
                raise

        def resumed(response: LoginResponse | None) -> None:
            if response is None:
                self.ask()
            else:
                self._enter(client, response, server, username)

        def failed(exc: Exception) -> None:
            self.ask("" if isinstance(exc, SessionExpired) else describe(exc))

        self.tasks.run(resume, on_done=resumed, on_error=failed, owner=self)

    @property
    def insecure_reason(self) -> str | None:
        if self.store is None:
            return self.tr("The system keyring could not be opened.")
        return self.store.insecure_reason

    def _client_for(self, server: str, username: str) -> ApiClient:
        saver = _Saver(self, server, username)
        client = self._make_client(server, on_tokens_changed=saver, reload_tokens=saver.load)
        saver.server = client.base_url  # normalised: the same key for saving, loading and deleting
        self._savers[client] = saver
        return client

    # --- the sign-in dialog -----------------------------------------------------------------------

    def ask(self, message: str = "") -> None:
        """Shows the sign-in dialog (no window yet, or after sign-out)."""
        if self._shut_down:
            return
        self.dialog = SignInDialog(self.tasks, self._client_for, self.server_url, self.settings.last_username,
                                   self.insecure_reason, demo_hint=self.demo_hint)
        self.dialog.show_error(message)
        self.dialog.signed_in.connect(self._signed_in)
        self.dialog.rejected.connect(self.quit_requested)
        self.dialog.show()

    def _signed_in(self, client: ApiClient, response: LoginResponse) -> None:
        self.dialog = None
        saver = self._savers.get(client)
        self._enter(client, response, client.base_url, saver.username if saver else response.agent.username)

    def _enter(self, client: ApiClient, response: LoginResponse, server: str, username: str) -> None:
        self.server_url, self._username = server, username
        self._saver = self._savers.get(client)
        self.settings.last_server, self.settings.last_username = server, username
        self.settings.sync()
        events = EventBus(EventStream(client).run_forever, self)
        events.failed.connect(self._stream_failed)
        self.ctx = DeskContext(client=client, tasks=self.tasks, events=events, agent=response.agent,
                               server_url=server)
        self.window = self._make_window(self.ctx, self.insecure_reason)
        self.window.set_idle_lock_policy(response.idle_lock_seconds)  # type: ignore[attr-defined]
        self.window.sign_out_requested.connect(self.sign_out)  # type: ignore[attr-defined]
        self.window.closed.connect(self.quit_requested)  # type: ignore[attr-defined]
        self.window.show()
        self.window.activateWindow()  # the dialog that had the focus is gone; the window takes it
        self.window_opened.emit(self.window)
        events.start()

    def _stream_failed(self, exc: Exception) -> None:
        if isinstance(exc, SessionExpired):
            self.expired()
        else:
            log.warning("the event stream stopped: %s", type(exc).__name__)

    # --- expiry -----------------------------------------------------------------------------------

    def expired(self) -> None:
        """Asks to sign in again over the window, which stays as it is."""
        if self.ctx is None or self.window is None or self.dialog is not None or self._shut_down:
            return
        client = self.ctx.client
        self.dialog = SignInDialog(self.tasks, lambda _server, _user: client, self.server_url, self._username,
                                   self.insecure_reason, reauth=True, parent=self.window)
        self.dialog.signed_in.connect(self._renewed)
        self.dialog.rejected.connect(self._reauth_declined)
        self.dialog.open()

    def _renewed(self, client: ApiClient, response: LoginResponse) -> None:
        self.dialog = None
        if self.ctx is not None:
            self.ctx.agent = response.agent
            self.ctx.events.start()  # the stream ended with the session; a running one carries on
        if self.window is not None:
            self.window.set_idle_lock_policy(response.idle_lock_seconds)  # type: ignore[attr-defined]
            self.window.session_renewed()  # type: ignore[attr-defined]

    def _reauth_declined(self) -> None:
        self.dialog = None
        self.sign_out()

    # --- sign-out and shutdown --------------------------------------------------------------------

    def sign_out(self) -> None:
        """Forgets the session here and on the service, closes the window (its tab ids kept) and asks again."""
        ctx, window, store, saver = self.ctx, self.window, self.store, self._saver
        if ctx is None:
            return
        self.ctx, self.window = None, None
        if saver is not None:
            saver.enabled = False
        if window is not None:
            window.close_for_sign_out()  # type: ignore[attr-defined]
        server, username, client, events = self.server_url, self._username, ctx.client, ctx.events

        def forget() -> None:
            events.stop()
            try:
                client.logout()
            except Exception as exc:  # the service may be away; the tokens are forgotten here anyway
                log.info("sign-out on the service failed: %s", type(exc).__name__)
            if store is not None:
                store.delete(server, username)

        def done(_: object = None) -> None:
            client.close()
            events.deleteLater()

        def failed(exc: Exception) -> None:
            done()
            if self.dialog is not None:
                self.dialog.show_error(describe(exc))

        self.tasks.run(forget, on_done=done, on_error=failed, owner=self)
        self.ask()

    def shutdown(self) -> None:
        """At exit: the window saves its tabs, the event stream stops; the session stays saved."""
        self._shut_down = True
        if self.dialog is not None:
            self.dialog.blockSignals(True)  # closing it now is not a "Quit" or "Sign out"
            self.dialog.close()
            self.dialog = None
        if self.window is not None:
            self.window.save_tabs()  # type: ignore[attr-defined]
        if self.ctx is not None:
            self.ctx.events.stop()
        self.settings.sync()
