"""The main window: inbox views and ticket tabs in one tab bar, keyboard commands, live status.

The window is built for one signed-in agent (its tabs depend on the roles). It survives a session
expiry: the session asks to sign in again over it and then calls `session_renewed`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app import __version__
from desk_app.contract import Role, TicketPatch, TicketSummary, View
from desk_app.ui.approvals.view import ApprovalsView
from desk_app.ui.audit.view import AuditView
from desk_app.ui.common import labels, style
from desk_app.ui.common.agents import AgentDirectory
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.feed import TicketFeed
from desk_app.ui.common.idle_lock import IdleLock, LockScreen, local_limit
from desk_app.ui.common.language import Languages
from desk_app.ui.common.outbox_status import OutboxStatus
from desk_app.ui.common.settings import DeskSettings
from desk_app.ui.common.settings_dialog import SettingsDialog
from desk_app.ui.common.shortcuts import ShortcutModel, ShortcutsDialog
from desk_app.ui.common.text import one_line
from desk_app.ui.dashboard.view import DashboardView
from desk_app.ui.inbox.filters import Filters
from desk_app.ui.inbox.view import InboxView
from desk_app.ui.kb.macro_manager import MacroManager
from desk_app.ui.ticket.tab import TicketTab
from desk_app.ui.ticket.tabs import TicketTabs

SECURITY_ROLES = (Role.security_agent, Role.supervisor, Role.admin)
APPROVAL_ROLES = (Role.security_agent, Role.supervisor)


class MainWindow(QMainWindow):
    """See the module docstring; `sign_out_requested` goes to the session."""

    sign_out_requested = Signal()
    closed = Signal()  # closed by the agent (Quit, the window's close button), not by signing out

    def __init__(self, ctx: DeskContext, settings: DeskSettings, insecure_reason: str | None = None,
                 page_size: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.settings, self.insecure_reason = ctx, settings, insecure_reason
        self._closing_for_sign_out = False
        self.feed = TicketFeed(ctx, self)
        self.agents = AgentDirectory(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.ticket_tabs = TicketTabs(ctx, self.tabs, self.feed, self.agents, self)
        self.ticket_tabs.changed.connect(self.save_tabs)

        self.views: dict[View, InboxView] = {}
        for view in View:
            if view is View.security and not ctx.has_role(*SECURITY_ROLES):
                continue
            inbox = InboxView(ctx, view, self.feed, page_size=page_size)
            inbox.open_requested.connect(self.open_ticket)
            self._restore_filters(inbox)
            self.views[view] = inbox
            self._add_fixed_tab(inbox, labels.view(view))
        self.approvals: ApprovalsView | None = None
        self._pending_approvals = 0
        if ctx.has_role(*APPROVAL_ROLES):
            self.approvals = ApprovalsView(ctx)
            self.approvals.pending_count_changed.connect(self._approvals_count)
            self.approvals.open_ticket_requested.connect(self.open_ticket)
            self.approvals.notified.connect(
                lambda title, text: self.statusBar().showMessage(f"{title} — {text}", 15_000))
            self._add_fixed_tab(self.approvals, "")
        self.desk_audit: AuditView | None = None
        if ctx.has_role(Role.supervisor, Role.admin):  # the desk-wide trail, with the chain's state
            self.desk_audit = AuditView(ctx)
            self._add_fixed_tab(self.desk_audit, "")
        self.dashboard: DashboardView | None = None
        if ctx.has_role(Role.supervisor, Role.admin):  # #10: SLA, queues, CSAT and trends
            self.dashboard = DashboardView(ctx, self.feed)
            self.dashboard.open_ticket_requested.connect(self.open_ticket)
            self.dashboard.notified.connect(
                lambda title, text: self.statusBar().showMessage(f"{title} — {text}", 30_000))
            self._add_fixed_tab(self.dashboard, "")
        self.last_inbox = next(iter(self.views.values()))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.banner = QLabel(self, objectName="banner", wordWrap=True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(style.banner_sheet("warning"))
        self.banner.setVisible(bool(insecure_reason))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        # Idle lock (#12): the lock screen replaces the content, which stays alive (tabs, drafts) underneath.
        self.content = central
        self.idle_lock = IdleLock(local_seconds=local_limit(settings), parent=self)
        self.lock_screen = LockScreen(ctx, self.idle_lock, self)
        self.lock_screen.sign_out_requested.connect(self.request_sign_out)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(central)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self._focus_before_lock: QWidget | None = None
        self.idle_lock.locked_changed.connect(self._locked_changed)

        self.stream_label = QLabel(self)
        self.agent_label = QLabel(self)
        for label in (self.stream_label, self.agent_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.agent_label)
        self.statusBar().addPermanentWidget(self.stream_label)
        ctx.events.state_changed.connect(self._stream_state)
        ctx.allowed_domains = settings.allowed_domains  # links in replies to other domains need a confirmation
        self.outbox_status: OutboxStatus | None = None
        if ctx.local is not None:  # #6: drafts and the outbox; the offline state shows in the status bar
            ctx.local.setParent(self)
            self.outbox_status = OutboxStatus(ctx.local, self)
            self.statusBar().addPermanentWidget(self.outbox_status)
            session_expired = getattr(ctx.tasks, "session_expired", None)  # DeskTasks: the session asks again
            if session_expired is not None:
                ctx.local.session_expired.connect(session_expired)

        self._make_actions()
        self.retranslate_ui()
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 820)
        for ticket_id in settings.open_tickets(ctx.server_url, ctx.agent.username):
            self.ticket_tabs.open(ticket_id, focus=False)
        self.tabs.setCurrentIndex(0)
        self.last_inbox.load()
        self.last_inbox.table.setFocus()

    def _add_fixed_tab(self, widget: QWidget, title: str) -> None:
        index = self.tabs.addTab(widget, title)
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            self.tabs.tabBar().setTabButton(index, side, None)  # views cannot be closed

    # --- actions ----------------------------------------------------------------------------------

    def _action(self, menu_name: str, slot: object, *keys: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        self._menus.setdefault(menu_name, []).append(action)
        return action

    def _make_actions(self) -> None:
        self._menus: dict[str, list[QAction]] = {}
        self.act_refresh = self._action("desk", self.refresh, "F5")
        self.act_settings = self._action("desk", self.show_settings, "Ctrl+,")
        self.act_macros = self._action("desk", self.manage_macros)  # #9: supervisors and admins only
        self.act_macros.setVisible(self.ctx.has_role(Role.supervisor, Role.admin))
        self.act_lock = self._action("desk", self.idle_lock.lock_now, "Ctrl+L")
        self.act_sign_out = self._action("desk", self.request_sign_out, "Ctrl+Shift+L")
        self.act_quit = self._action("desk", self.close, QKeySequence.StandardKey.Quit)
        self.act_next = self._action("ticket", lambda: self.move(+1), "J", "Ctrl+Down")
        self.act_prev = self._action("ticket", lambda: self.move(-1), "K", "Ctrl+Up")
        self.act_open = self._action("ticket", self.open_current)
        self.act_reply = self._action("ticket", lambda: self.compose(internal=False), "R", "Ctrl+R")
        self.act_note = self._action("ticket", lambda: self.compose(internal=True), "N", "Ctrl+Shift+N")
        self.act_assign = self._action("ticket", self.assign_to_me, "Ctrl+Shift+A")
        self.act_status = self._action("ticket", self.change_status, "Ctrl+Shift+S")
        self.act_close_tab = self._action("ticket", self.close_current_tab, "Ctrl+W")
        self.act_search = self._action("view", self.focus_search, "Ctrl+F")
        self.act_next_tab = self._action("view", lambda: self.step_tab(+1), "Ctrl+Tab", "Ctrl+PgDown")
        self.act_prev_tab = self._action("view", lambda: self.step_tab(-1), "Ctrl+Shift+Tab", "Ctrl+PgUp")
        self.act_shortcuts = self._action("help", self.show_shortcuts, "F1", "Ctrl+/")
        self.act_about = self._action("help", self.show_about)
        bar = self.menuBar()
        self.menu = {name: bar.addMenu("") for name in ("desk", "ticket", "view", "help")}
        for name, actions in self._menus.items():
            for action in actions:
                if action is self.act_quit or action is self.act_open:
                    self.menu[name].addSeparator()
                self.menu[name].addAction(action)

    def retranslate_ui(self) -> None:
        agent = self.ctx.agent
        if self.idle_lock.locked:
            self.setWindowTitle(self.tr("Desk — Locked"))
        else:
            self.setWindowTitle(self.tr("Desk — %1").replace("%1", one_line(agent.display_name, 60)))
        for view, inbox in self.views.items():
            self.tabs.setTabText(self.tabs.indexOf(inbox), labels.view(view))
        self._approvals_count(self._pending_approvals)
        self._retranslate_audit_tab()
        self.banner.setText(self.tr("Tokens are kept in memory for this session only. %1")
                            .replace("%1", labels.insecure_keyring(self.insecure_reason or "")))
        roles = ", ".join(labels.role(r) for r in agent.roles)
        self.agent_label.setText(self.tr("Signed in as %1 (%2) on %3").replace("%1", one_line(agent.display_name, 60))
                                 .replace("%2", roles).replace("%3", self.ctx.server_url))
        self._stream_state(self.ctx.events.state)
        for key, title in (("desk", self.tr("&Desk")), ("ticket", self.tr("&Ticket")), ("view", self.tr("&View")),
                           ("help", self.tr("&Help"))):
            self.menu[key].setTitle(title)
        for action, text in (
            (self.act_refresh, self.tr("&Refresh")), (self.act_settings, self.tr("S&ettings…")),
            (self.act_macros, self.tr("Manage &macros…")),
            (self.act_lock, self.tr("&Lock now")),
            (self.act_sign_out, self.tr("Sign &out")), (self.act_quit, self.tr("&Quit")),
            (self.act_next, self.tr("&Next ticket")),
            (self.act_prev, self.tr("&Previous ticket")), (self.act_open, self.tr("&Open selected ticket")),
            (self.act_reply, self.tr("&Reply")), (self.act_note, self.tr("Internal &note")),
            (self.act_assign, self.tr("&Assign to me")), (self.act_status, self.tr("Change &status")),
            (self.act_close_tab, self.tr("&Close tab")), (self.act_search, self.tr("&Search")),
            (self.act_next_tab, self.tr("Next &tab")), (self.act_prev_tab, self.tr("Pre&vious tab")),
            (self.act_shortcuts, self.tr("&Keyboard shortcuts")), (self.act_about, self.tr("&About")),
        ):
            action.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- idle lock --------------------------------------------------------------------------------

    def set_idle_lock_policy(self, seconds: int) -> None:
        """The service's desk-wide idle limit (LoginResponse.idle_lock_seconds), from the session."""
        self.idle_lock.set_policy(seconds)

    def _locked_changed(self, locked: bool) -> None:
        """Locked: only the lock screen, Sign out and Quit; unlocked: everything back as it was."""
        if locked:
            focus = self.focusWidget()
            self._focus_before_lock = focus if focus is not None and self.content.isAncestorOf(focus) else None
            self.lock_screen.reset()
            self.statusBar().clearMessage()  # a message may name a ticket or a customer
            self.stack.setCurrentWidget(self.lock_screen)  # hiding the content re-masks revealed values
            self.lock_screen.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.stack.setCurrentWidget(self.content)
            target = self._focus_before_lock
            self._focus_before_lock = None
            if target is not None and self.content.isAncestorOf(target):
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self._tab_changed(self.tabs.currentIndex())
        for actions in self._menus.values():
            for action in actions:
                if action is not self.act_sign_out and action is not self.act_quit:
                    action.setEnabled(not locked)
        for name, menu in self.menu.items():
            if name != "desk":
                menu.menuAction().setEnabled(not locked)
        self.retranslate_ui()

    # --- status -----------------------------------------------------------------------------------

    def _stream_state(self, state: str) -> None:
        text = {"connecting": self.tr("○ Connecting…"), "live": self.tr("● Live"),
                "reconnecting": self.tr("◌ Reconnecting…"), "stopped": self.tr("○ Not live")}.get(state, state)
        self.stream_label.setText(text)
        self.stream_label.setToolTip(self.tr("Live updates from the service"))

    def show_message(self, text: str, msecs: int = 10_000) -> None:
        self.statusBar().showMessage(text, msecs)

    def _retranslate_audit_tab(self) -> None:
        if self.desk_audit is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.desk_audit), self.tr("Desk audit"))
        if self.dashboard is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.dashboard), self.tr("Dashboard"))

    def _approvals_count(self, count: int) -> None:
        self._pending_approvals = count
        if self.approvals is not None:
            title = self.tr("Approvals (%1)").replace("%1", str(count)) if count else self.tr("Approvals")
            self.tabs.setTabText(self.tabs.indexOf(self.approvals), title)

    def _tab_changed(self, index: int) -> None:
        """Keyboard focus follows the tab: an inbox's table, a ticket's conversation (or its unsent text)."""
        widget = self.tabs.widget(index)
        if isinstance(widget, InboxView):
            self.last_inbox = widget
            widget.load()
            widget.table.setFocus(Qt.FocusReason.TabFocusReason)
        elif isinstance(widget, TicketTab):
            target = widget.composer.editor if widget.has_draft() else widget.conversation
            target.setFocus(Qt.FocusReason.TabFocusReason)

    # --- commands ---------------------------------------------------------------------------------

    def open_ticket(self, ticket_id: int) -> TicketTab:
        return self.ticket_tabs.open(ticket_id)

    def _selected(self) -> TicketSummary | None:
        return self.last_inbox.current_ticket()

    def open_current(self) -> TicketTab | None:
        tab = self.ticket_tabs.current()
        if tab is not None:
            return tab
        ticket = self._selected()
        return self.open_ticket(ticket.id) if ticket is not None else None

    def move(self, delta: int) -> None:
        """J/K: the next/previous ticket of the inbox; from a ticket tab, open it."""
        in_ticket = self.ticket_tabs.current() is not None
        ticket = self.last_inbox.move(delta)
        if in_ticket and ticket is not None:
            self.open_ticket(ticket.id)

    def compose(self, internal: bool) -> None:
        tab = self.open_current()
        if tab is not None:
            tab.composer.start(internal)

    def change_status(self) -> None:
        tab = self.open_current()
        if tab is not None:
            tab.focus_status()

    def assign_to_me(self) -> None:
        tab = self.ticket_tabs.current()
        if tab is not None:
            tab.assign_to_me()
            return
        ticket = self._selected()
        if ticket is None or ticket.assignee_id == self.ctx.agent.id:
            return
        patch = TicketPatch(version=ticket.version, assignee_id=self.ctx.agent.id)
        client = self.ctx.client
        self.ctx.tasks.run(lambda: client.update_ticket(ticket.id, patch), on_done=self.feed.publish,
                           on_error=lambda exc: self.show_message(describe(exc)), owner=self)

    def focus_search(self) -> None:
        if self.ticket_tabs.current() is not None or not isinstance(self.tabs.currentWidget(), InboxView):
            self.tabs.setCurrentWidget(self.last_inbox)
        self.last_inbox.focus_search()

    def close_current_tab(self) -> None:
        tab = self.ticket_tabs.current()
        if tab is not None:
            self.ticket_tabs.close(tab)

    def step_tab(self, delta: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + delta) % self.tabs.count())

    def refresh(self) -> None:
        for inbox in self.views.values():
            if inbox is self.last_inbox or inbox.model.rowCount():
                inbox.model.reload()
        for tab in self.ticket_tabs.all():
            tab.reload()

    def show_shortcuts(self) -> None:
        actions = [a for name in ("ticket", "view", "desk", "help") for a in self._menus[name]]
        extra = [(self.tr("Open the selected ticket"), self.tr("Enter, double-click")),
                 (self.tr("Send the reply or note"), self.tr("Ctrl+Enter")),
                 (self.tr("Close a ticket tab"), self.tr("Middle-click the tab")),
                 (self.tr("Select several tickets"), self.tr("Shift/Ctrl+click, Shift+arrows, Ctrl+A")),
                 (self.tr("Change the selected tickets"), self.tr("Ctrl+E"))]
        dialog = ShortcutsDialog(ShortcutModel.from_actions(actions, extra), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    def manage_macros(self) -> None:
        """#9: supervisors write the canned replies agents insert with Ctrl+M."""
        dialog = MacroManager(self.ctx, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.macro_manager = dialog

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, Languages.of(QApplication.instance()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.settings_dialog = dialog

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About the desk"),
                          self.tr("Desk workstation, version %1").replace("%1", __version__),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("The support and security desks' workstation. Connected to %1.")
                               .replace("%1", self.ctx.server_url))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- session ----------------------------------------------------------------------------------

    def request_sign_out(self) -> None:
        drafts = [tab for tab in self.ticket_tabs.all() if tab.has_draft()]
        if drafts and not self.drafts_kept():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign out?"),
                              self.tr("%n ticket(s) have unsent text, which signing out discards.", "",
                                      len(drafts)),
                              QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Discard:
                return
        self.sign_out_requested.emit()

    def _restore_filters(self, inbox: InboxView) -> None:
        """Each view opens with the filters the agent left it with, and remembers new ones."""
        saved = Filters.from_saved(self.settings.view_filters(inbox.view.value))
        if saved != Filters():
            inbox.set_filters(saved)
        inbox.filter_bar.changed.connect(
            lambda filters, view=inbox.view.value: self.settings.set_view_filters(view, filters.to_saved()))

    def drafts_kept(self) -> bool:
        """Whether unsent text survives quitting and signing out (saved as drafts on this computer)."""
        store = self.ctx.local.store if self.ctx.local is not None else None
        return store is not None and store.persistent

    def save_tabs(self) -> None:
        self.settings.set_open_tickets(self.ctx.server_url, self.ctx.agent.username, self.ticket_tabs.ids())

    def session_renewed(self) -> None:
        self.show_message(self.tr("Signed in again."))
        self.refresh()

    def close_for_sign_out(self) -> None:
        """Keeps the tab ids for next time, closes the tabs and the window."""
        self.save_tabs()
        self.settings.set_window_geometry(self.saveGeometry())
        self.ticket_tabs.changed.disconnect(self.save_tabs)
        self.idle_lock.stop()
        if self.ctx.local is not None:
            self.ctx.local.close()  # writes the drafts still pending, stops delivery (the outbox stays on disk)
        self.ticket_tabs.close_all()
        self._closing_for_sign_out = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_sign_out:
            drafts = sum(tab.has_draft() for tab in self.ticket_tabs.all())
            if drafts and not self.drafts_kept():
                box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit?"),
                                  self.tr("%n ticket(s) have unsent text, which quitting discards.", "", drafts),
                                  QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setDefaultButton(QMessageBox.StandardButton.Cancel)
                if box.exec() != QMessageBox.StandardButton.Discard:
                    event.ignore()
                    return
            self.save_tabs()
            self.settings.set_window_geometry(self.saveGeometry())
            self.closed.emit()
        self.idle_lock.stop()
        super().closeEvent(event)
