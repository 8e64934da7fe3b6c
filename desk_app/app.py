"""`desk-app`: the desk workstation. Starts Qt, joins (or starts) the demo service, and runs the session.

The desk reaches the service only over REST; `--demo` starts `desk-server --demo` as a separate
process. Every `desk-app --demo` on this machine shares one demo service: its address, its process id
and the process ids of the apps using it are kept in a small JSON file in the user state directory
(guarded by a lock file). A second app joins a service that answers its health check; the last app
to leave stops it. A service left behind by a crashed app is reused by the next `--demo`, or stopped by
it when it is the only user left.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import logging.handlers
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
import requests

from desk_app import __version__
from desk_app.contract import API_PREFIX

log = logging.getLogger("desk_app")

DEMO_STATE = "demo-server.json"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
DEMO_START_TIMEOUT = 180.0  # seconds: the demo data takes a while on a slow machine
BACKGROUND_AFTER_PAGE_MS = 300  # the local store and the link checker start this long after the first page...
BACKGROUND_AT_LATEST_MS = 3_000  # ...or this long after the window, whichever comes first
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # demo only, documented in the README


def demo_hint() -> str:
    from PySide6.QtWidgets import QApplication

    return QApplication.translate(
        "App", "Demo accounts: agent1, agent2, secops1, super1, admin1; password desk-demo. The authenticator "
        "codes come from the demo TOTP secret %1.").replace("%1", DEMO_TOTP_SECRET)


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="desk-app", description="The support and security desks' workstation.")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--demo", action="store_true",
                       help="use a local demo service (started if none is running; shared by every --demo app)")
    where.add_argument("--server", metavar="URL", help="the desk service, e.g. https://desk.example.com "
                                                       "(remembered for next time)")
    p.add_argument("--lang", metavar="CODE",
                   help="user interface language, e.g. ja or ar (default: Settings, then the system's)")
    p.add_argument("--version", action="version", version=f"desk-app {__version__}")
    p.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    p.add_argument("--self-check", nargs="?", const="-", metavar="FILE",
                   help="build every window offscreen, load every translation and the keyring backend, print "
                        "one line per check (to FILE if given) and exit 0 if all pass")
    return p.parse_args(argv)


# --- the shared demo service (no Qt here) ---------------------------------------------------------


def demo_state_path() -> Path:
    return Path(platformdirs.user_state_dir("desk-app", appauthor=False)) / DEMO_STATE


@contextlib.contextmanager
def _locked(state: Path) -> Iterator[None]:
    """Serialises apps reading and writing the state file (POSIX; elsewhere best effort)."""
    state.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # Windows: no lock; two apps starting in the same second may start two services
        yield
        return
    with open(state.with_suffix(".lock"), "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _read(state: Path) -> dict[str, Any]:
    try:
        data = json.loads(state.read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and isinstance(data.get("url"), str) else {}


def _write(state: Path, data: dict[str, Any]) -> None:
    tmp = state.with_suffix(".tmp")
    tmp.write_text(json.dumps(data))
    tmp.replace(state)


def _alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    if os.name != "posix":
        return True  # cannot ask cheaply; assume it is, so the service is left running
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        return requests.get(f"{url}{API_PREFIX}/healthz", timeout=timeout).status_code == 200
    except requests.RequestException:
        return False


def demo_server_command() -> list[str]:
    """How to start the demo service: this Python's `desk_app.server.cli`, or from a PyInstaller build (which
    holds no service) the `desk-server` installed on this machine."""
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-m", "desk_app.server.cli"]
    server = shutil.which("desk-server")
    if server is None:
        raise RuntimeError("this build holds no demo service; install one (pip install desk-app) or use --server")
    return [server]


def join_demo(state: Path | None = None, extra_args: list[str] | None = None) -> str:
    """The URL of the machine's demo service, started first if none answers. Blocks: call off the GUI thread."""
    state = state or demo_state_path()
    with _locked(state):
        data = _read(state)
        if data and healthy(data["url"]):
            data["users"] = [p for p in data.get("users", []) if _alive(p) and p != os.getpid()] + [os.getpid()]
            _write(state, data)
            return str(data["url"])
        ready = state.with_name(f"demo-ready-{os.getpid()}.txt")
        ready.unlink(missing_ok=True)
        logfile = state.with_name("demo-server.log")
        command = [*demo_server_command(), "--demo", "--port", "0", "--ready-file", str(ready), *(extra_args or [])]
        with open(logfile, "ab") as out:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                       start_new_session=True)  # outlives this app if others use it
        deadline = time.monotonic() + DEMO_START_TIMEOUT
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"the demo service exited with code {process.returncode}; see {logfile}")
            url = ready.read_text().strip() if ready.exists() else ""
            if url and healthy(url):
                ready.unlink(missing_ok=True)
                _write(state, {"url": url, "pid": process.pid, "users": [os.getpid()]})
                return url
            time.sleep(0.2)
        process.terminate()
        raise RuntimeError(f"the demo service did not start within {DEMO_START_TIMEOUT:.0f} s; see {logfile}")


def leave_demo(state: Path | None = None) -> bool:
    """Signs this app off the demo service; the last app out stops it. Returns whether it was stopped."""
    state = state or demo_state_path()
    with _locked(state):
        data = _read(state)
        if not data:
            return False
        users = [p for p in data.get("users", []) if _alive(p) and p != os.getpid()]
        if users:
            data["users"] = users
            _write(state, data)
            return False
        pid = data.get("pid")
        if isinstance(pid, int) and _alive(pid) and healthy(data["url"], timeout=1.0):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        state.unlink(missing_ok=True)
        return True


# --- the Qt application ---------------------------------------------------------------------------


def _install_excepthook() -> None:
    """An unexpected error in a slot is logged and shown as one sentence; the window stays usable."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    showing = False

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        nonlocal showing
        log.error("unexpected error", exc_info=(kind, value, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            QMessageBox.warning(None, QApplication.translate("App", "Unexpected error"),
                                QApplication.translate("App", "Something went wrong (%1). The details are in the "
                                                              "log; you can carry on working.").replace(
                                    "%1", kind.__name__))
        finally:
            showing = False

    sys.excepthook = hook


def _quit_on_signals(app: Any) -> None:
    """Ctrl+C and SIGTERM end the app cleanly (aboutToQuit runs: tabs saved, demo service released)."""
    from PySide6.QtCore import QTimer

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    wake = QTimer(app, interval=250)  # lets Python run its signal handlers while Qt's loop waits
    wake.timeout.connect(lambda: None)
    wake.start()


def log_file() -> Path:
    """The app's log: ~/.local/state/desk-app/log, ~/Library/Logs/desk-app, %LOCALAPPDATA%\\desk-app\\Logs."""
    return Path(platformdirs.user_log_dir("desk-app", appauthor=False)) / "desk-app.log"


def _log_to_file() -> None:
    """Logs to a small rotating file too: a windowed build (Windows, macOS) has no console to log to."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError as exc:
        log.warning("no log file (%s): %s", path, type(exc).__name__)
        return
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.getLogger().addHandler(handler)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=args.log_level.upper(), format=LOG_FORMAT)
    if args.self_check:  # checks a build (see desk_app.selfcheck); no session, no network, no files left
        from desk_app.selfcheck import run_to

        return run_to(args.self_check)
    _log_to_file()

    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

    from desk_app.credentials import CredentialStore
    from desk_app.local.store import Scope
    from desk_app.ui.common import style
    from desk_app.ui.common.app_icon import app_icon
    from desk_app.ui.common.busy import BusyCursor
    from desk_app.ui.common.language import Languages
    from desk_app.ui.common.local_desk import LocalDesk, keyring_store_opener
    from desk_app.ui.common.session import DeskTasks, Session
    from desk_app.ui.common.settings import APPLICATION, ORGANIZATION, DeskSettings

    if TYPE_CHECKING:
        from desk_app.ui.main_window import MainWindow

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # the session decides: signing out closes the window, not the app
    style.apply(app)
    app.setWindowIcon(app_icon())
    settings = DeskSettings()
    Languages.of(app).apply(args.lang or settings.language)  # --lang wins over Settings, which win over the OS
    _install_excepthook()

    tasks = DeskTasks(parent=app)
    BusyCursor(tasks, app)
    if args.server:
        settings.last_server = args.server.strip()

    def make_window(ctx: Any, insecure_reason: str | None) -> MainWindow:
        # Drafts and the outbox (#6), in the user data directory, encrypted with a key from the keyring. The
        # store opens (keyring, file, SQLAlchemy) and the link checker's data loads on worker threads once
        # the first inbox page is in, so that nothing takes the GIL from the first paint (#7); a ticket tab
        # asking for its drafts before that opens the store at once.
        from desk_app.ui.main_window import MainWindow

        ctx.local = LocalDesk(ctx.client, keyring_store_opener(Scope(ctx.server_url, ctx.agent.username)),
                              open_later=True)
        window = MainWindow(ctx, settings, insecure_reason)
        started: list[bool] = []

        def background() -> None:
            if started:
                return
            started.append(True)
            from desk_app import linkcheck
            from desk_app.ui.common.gc_tuning import freeze_start_up

            freeze_start_up()
            ctx.local.open()
            tasks.run(linkcheck.warm_up)

        first_page = window.last_inbox.model
        first_page.loading_changed.connect(
            lambda loading: None if loading else QTimer.singleShot(BACKGROUND_AFTER_PAGE_MS, ctx.local, background))
        QTimer.singleShot(BACKGROUND_AT_LATEST_MS, ctx.local, background)  # (not after the window is gone)
        if os.environ.get("DESK_REPORT_FIRST_PAINT"):  # the bench's cold-start figure (bench/gui.py)
            from desk_app.ui.inbox.first_paint import FirstPaint

            FirstPaint(window.last_inbox)
        return window

    session_box: list[Session] = []

    def start_session(server_url: str, demo: bool) -> None:
        if demo and not settings.last_username:
            settings.last_username = "agent1"
        session = Session(settings, tasks, CredentialStore, make_window, server_url=server_url,
                          demo_hint=demo_hint() if demo else "", parent=app)
        session.quit_requested.connect(app.quit)
        session_box.append(session)
        session.start()

    def shutdown() -> None:
        for session in session_box:
            session.shutdown()
        tasks.close(5_000)

    app.aboutToQuit.connect(shutdown)
    _quit_on_signals(app)

    if args.demo:
        progress = QProgressDialog(QApplication.translate("App", "Starting the demo service…"),
                                   QApplication.translate("App", "Quit"), 0, 0)
        progress.setWindowTitle(QApplication.translate("App", "Desk"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(app.quit)

        def joined(url: str) -> None:
            progress.canceled.disconnect(app.quit)
            progress.close()
            app.aboutToQuit.connect(lambda: leave_demo())
            start_session(url, demo=True)

        def failed(exc: Exception) -> None:
            progress.close()
            QMessageBox.critical(None, QApplication.translate("App", "Desk"),
                                 QApplication.translate("App", "The demo service could not be started: %1")
                                 .replace("%1", str(exc)))
            app.quit()

        tasks.run(join_demo, on_done=joined, on_error=failed)
    else:
        start_session(settings.last_server, demo=False)
    # The main window's modules load while the keyring is read and the session resumed on a worker (#7)
    import desk_app.ui.main_window  # noqa: F401
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
