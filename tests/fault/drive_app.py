"""Drives a real `desk-app` process for the fault tests: types a draft, or reports the restored one.

Run as `python -m tests.fault.drive_app --server URL --user NAME --ticket ID type TEXT` (prints
DRAFT-SAVED once the draft is on disk, then keeps running until killed) or `... check` (prints the
composer's text as JSON once the ticket is open again, then quits). The app is `desk_app.app.main`
itself; the driver only hooks in once the session opens the main window.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_app import app
from desk_app.ui.common import session as session_module
from desk_app.ui.common.settings import DeskSettings

POLL_MS = 50


def poll(condition: Any, then: Any, deadline: float) -> None:
    if condition():
        then()
    elif time.monotonic() > deadline:
        print("TIMEOUT", flush=True)
        QApplication.instance().exit(3)
    else:
        QTimer.singleShot(POLL_MS, lambda: poll(condition, then, deadline))


def drive(window: Any, args: argparse.Namespace) -> None:
    local = window.ctx.local
    tab = window.open_ticket(args.ticket)
    deadline = time.monotonic() + 60
    if args.mode == "type":
        def typed() -> None:
            tab.composer.drafts.saved.connect(
                lambda: poll(lambda: local.jobs.in_flight == 0, lambda: print("DRAFT-SAVED", flush=True), deadline))
            tab.start_reply()
            QTest.keyClicks(tab.composer.editor, args.text)

        poll(lambda: local.is_open and tab.ticket is not None, typed, deadline)
    else:
        def report() -> None:
            composer = tab.composer
            print(json.dumps({"text": composer.editor.toPlainText(), "internal": composer.internal,
                              "persistent": bool(local.store and local.store.persistent)}), flush=True)
            QApplication.instance().quit()

        poll(lambda: tab.composer.has_draft(), report, deadline)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--ticket", type=int, required=True)
    parser.add_argument("mode", choices=["type", "check"])
    parser.add_argument("text", nargs="?", default="")
    args = parser.parse_args()
    settings = DeskSettings()
    settings.last_server, settings.last_username = args.server, args.user  # as after an earlier sign-in
    settings.sync()
    original = session_module.Session._enter

    def entered(self: Any, *a: Any, **kw: Any) -> None:
        original(self, *a, **kw)
        QTimer.singleShot(0, lambda: drive(self.window, args))

    session_module.Session._enter = entered  # type: ignore[method-assign]
    return app.main(["--server", args.server])


if __name__ == "__main__":
    sys.exit(main())
