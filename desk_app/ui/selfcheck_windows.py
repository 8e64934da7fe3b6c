"""The windows half of `desk-app --self-check` (see desk_app.selfcheck): every window, built and painted offscreen.

The windows get a real `DeskContext` whose client cannot send (its HTTP session refuses) and whose task
runner keeps the jobs it is given instead of running them, so nothing reaches a network and no screen
shows data it did not load. Each role gets the main window the service would let it have.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import requests
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QObject, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desk_app.client import ApiClient
from desk_app.contract import ActionKind, AgentOut, RevealField, Role
from desk_app.i18n_languages import LANGUAGES, SOURCE
from desk_app.ui.common.app_icon import ICON_FILES, app_icon, icon_dir
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.events import EventBus
from desk_app.ui.common.language import Languages
from desk_app.ui.common.settings import DeskSettings
from desk_app.ui.common.tasks import TaskRunner

# What Qt's offscreen platform says of any top-level window it shows; it says nothing of the build.
OFFSCREEN_NOTICES = {"This plugin does not support propagateSizeHints()"}


class Report(Protocol):
    """What the checks report to (desk_app.selfcheck.Report)."""

    def check(self, name: str, fn: Callable[[], str]) -> None: ...


class KeptTasks(TaskRunner):
    """A task runner that keeps every job instead of running it: the windows' calls are never made."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.kept = 0

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None) -> None:
        self.kept += 1


class WindowChecks:
    """Builds, shows and paints each window; then switches the language to every catalogue and back."""

    def __init__(self, report: Report, scratch: Path, server: str, http: Callable[[], requests.Session]) -> None:
        self.report, self.server, self.http = report, server, http
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.settings = DeskSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
        self.tasks = KeptTasks(self.app)
        self.keep: list[QWidget] = []  # alive until the end: the language switch retranslates them all
        self.windows: dict[Role, Any] = {}
        self.messages: list[str] = []  # Qt's warnings while the checks ran

    # --- helpers ----------------------------------------------------------------------------------

    def client(self, server: str = "", username: str = "") -> ApiClient:
        return ApiClient(server or self.server, session=self.http())

    def context(self, role: Role) -> DeskContext:
        agent = AgentOut(id=1, username=f"self-check-{role.value}", display_name=f"Self-check ({role.value})",
                         roles=[role], locale="en")
        events = EventBus(lambda *_: None, self.app)  # never started: no stream is opened
        return DeskContext(client=self.client(), tasks=self.tasks, events=events, agent=agent,
                           server_url=self.server)

    def shown(self, widget: QWidget) -> str:
        """Shows and paints a widget offscreen; its title (or class) for the report."""
        widget.show()
        QCoreApplication.processEvents()
        if not widget.isVisible():
            raise RuntimeError(f"{type(widget).__name__} did not show")
        if widget.grab().isNull():
            raise RuntimeError(f"{type(widget).__name__} did not paint")
        self.keep.append(widget)
        return widget.windowTitle() or type(widget).__name__

    def newest(self, kind: type[QWidget], parent: QWidget) -> QWidget:
        found = [w for w in parent.findChildren(kind) if w.isVisible()]
        if not found:
            raise RuntimeError(f"no {kind.__name__} opened")
        return found[-1]

    # --- the checks -------------------------------------------------------------------------------

    def run(self) -> None:
        previous = qInstallMessageHandler(self._qt_message)
        try:
            self._run()
        finally:
            qInstallMessageHandler(previous)
        self.report.check("Qt warnings", self.qt_warnings)

    def _qt_message(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and message not in OFFSCREEN_NOTICES:
            self.messages.append(message)

    def qt_warnings(self) -> str:
        if self.messages:
            raise RuntimeError(f"{len(self.messages)}: " + " | ".join(dict.fromkeys(self.messages)))
        return "none"

    def _run(self) -> None:
        self.app.setWindowIcon(app_icon())
        check = self.report.check
        check("app icon", self.icon)
        check("window sign-in", lambda: self.sign_in(reauth=False))
        check("window sign-in again", lambda: self.sign_in(reauth=True))
        for role in Role:
            check(f"window main ({role.value})", lambda role=role: self.main_window(role))
        check("window ticket tab", self.ticket_tab)
        for role in (Role.agent, Role.security_agent):
            check(f"window customer panel ({role.value})", lambda role=role: self.customer_panel(role))
        check("window security action panel", self.action_panel)
        check("dialogs security", self.security_dialogs)
        check("dialogs help and settings", self.help_dialogs)
        check("window lock screen", self.lock_screen)
        for code in LANGUAGES:
            check(f"translation {code}", lambda code=code: self.language(code))
        check("translation back to en", lambda: self.language(SOURCE))
        check("windows closed", self.close_all)

    def icon(self) -> str:
        icon = app_icon()
        if icon.isNull() or icon.pixmap(256, 256).isNull() or icon.pixmap(16, 16).isNull():
            raise RuntimeError(f"the app icon is missing from {icon_dir()}")
        return ", ".join(name for name in ICON_FILES if (icon_dir() / name).is_file()) + ", drawn at 16 and 256 px"

    def sign_in(self, reauth: bool) -> str:
        from desk_app.ui.signin import SignInDialog

        dialog = SignInDialog(self.tasks, self.client, self.server, "agent1" if reauth else "", None,
                              reauth=reauth, demo_hint="")
        return self.shown(dialog)

    def main_window(self, role: Role) -> str:
        from desk_app.ui.main_window import MainWindow

        window = MainWindow(self.context(role), self.settings)
        self.windows[role] = window
        self.shown(window)
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        return f"{len(tabs)} tabs: " + ", ".join(t.replace("&", "") for t in tabs)

    def ticket_tab(self) -> str:
        window = self.windows[Role.supervisor]
        tab = window.open_ticket(1)
        QCoreApplication.processEvents()
        if window.tabs.currentWidget() is not tab or tab.grab().isNull():
            raise RuntimeError("the ticket tab did not open")
        return f"ticket #{tab.ticket_id}: conversation, composer, controls"

    def customer_panel(self, role: Role) -> str:
        from desk_app.ui.customer.panel import CustomerPanel

        panel = CustomerPanel(self.context(role), customer_id=1, ticket_id=1)
        self.shown(panel)
        return f"{panel.tabs.count()} tabs: " + ", ".join(
            panel.tabs.tabText(i).replace("&", "") for i in range(panel.tabs.count()))

    def action_panel(self) -> str:
        from desk_app.ui.security.action_panel import ActionPanel

        panel = ActionPanel(self.context(Role.security_agent), customer_id=1, ticket_id=1)
        self.shown(panel)
        return f"{len(panel.buttons)} actions and the emergency freeze"

    def security_dialogs(self) -> str:
        from desk_app.ui.customer.reveal import RevealDialog
        from desk_app.ui.security.action_form import ActionRequestDialog
        from desk_app.ui.security.confirm import ConfirmDialog
        from desk_app.ui.security.incident import IncidentDialog
        from desk_app.ui.security.step_up import StepUpDialog

        ctx = self.context(Role.supervisor)
        parent = self.windows[Role.supervisor]
        dialogs: list[QDialog] = [StepUpDialog(ctx, parent), IncidentDialog(ctx, 1, parent),
                                  ConfirmDialog("Self-check", "Self-check?", "", "OK", parent)]
        dialogs += [RevealDialog(ctx, 1, field, parent) for field in RevealField]
        dialogs += [ActionRequestDialog(ctx, kind, 1, "Customer #1", 1, parent=parent) for kind in ActionKind]
        dialogs.append(ActionRequestDialog(ctx, ActionKind.freeze_account, 1, "Customer #1", 1, emergency=True,
                                           parent=parent))
        for dialog in dialogs:
            self.shown(dialog)
            dialog.close()
        return f"{len(dialogs)} dialogs: step-up, incident, confirm, reveal x{len(RevealField)}, " \
               f"action request x{len(ActionKind)}, emergency freeze"

    def help_dialogs(self) -> str:
        from desk_app.ui.common.settings_dialog import SettingsDialog
        from desk_app.ui.common.shortcuts import ShortcutsDialog

        window = self.windows[Role.agent]
        window.show_about()
        window.show_shortcuts()
        window.show_settings()
        QCoreApplication.processEvents()
        opened = [self.newest(kind, window) for kind in (QMessageBox, ShortcutsDialog, SettingsDialog)]
        for dialog in opened:
            if dialog.grab().isNull():
                raise RuntimeError(f"{type(dialog).__name__} did not paint")
            dialog.close()
        return "about, keyboard shortcuts, settings"

    def lock_screen(self) -> str:
        window = self.windows[Role.security_agent]
        window.idle_lock.lock_now()
        QCoreApplication.processEvents()
        if window.stack.currentWidget() is not window.lock_screen or window.lock_screen.grab().isNull():
            raise RuntimeError("the lock screen did not replace the window's content")
        return "locks over the window's content"

    def language(self, code: str) -> str:
        """The app's own language switch: Qt's and the desk's catalogues, then every open window retranslated."""
        languages = Languages.of(self.app)
        if languages.apply(code) != code:
            raise RuntimeError(f"{code} was not applied")
        QCoreApplication.processEvents()  # delivers LanguageChange: each widget's retranslate_ui runs
        files = sorted(Path(t.filePath()).name for t in languages.translators)
        expected = {f"qtbase_{code}.qm", f"desk_{code}.qm"}
        if not expected <= set(files):
            raise RuntimeError(f"loaded {files or 'nothing'}, expected {sorted(expected)}")
        help_menu = self.windows[Role.agent].menu["help"].title()
        if (code == SOURCE) != (help_menu == "&Help"):
            raise RuntimeError(f"the main window was not retranslated (Help menu: {help_menu!r})")
        return f"{', '.join(files)}; windows retranslated ({LANGUAGES[code]}: {help_menu.replace('&', '')})"

    def close_all(self) -> str:
        for window in self.windows.values():
            window.ticket_tabs.close_all()
        for widget in reversed(self.keep):
            widget.close()
            widget.deleteLater()
        QCoreApplication.processEvents()
        return f"{len(self.keep)} windows; {self.tasks.kept} service calls were kept, none made"
