"""Ticket tabs inside the main window's tab widget: one per ticket, reopening focuses it, closable by
Ctrl+W or a middle click, and remembered for the next start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QMessageBox, QTabBar, QTabWidget, QWidget

from desk_app.ui.common.agents import AgentDirectory
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.feed import TicketFeed
from desk_app.ui.common.text import tooltip
from desk_app.ui.ticket.tab import TicketTab


class TicketTabs(QObject):
    """Opens, finds and closes TicketTabs in `tabs`; `changed` fires when the set of open tickets changes."""

    changed = Signal()

    def __init__(self, ctx: DeskContext, tabs: QTabWidget, feed: TicketFeed, agents: AgentDirectory,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tabs, self.feed, self.agents = ctx, tabs, feed, agents
        tabs.setTabsClosable(True)
        tabs.tabCloseRequested.connect(self._close_requested)
        tabs.tabBar().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(watched, QTabBar) and event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.MiddleButton):
            index = watched.tabAt(event.position().toPoint())
            if index >= 0:
                self._close_requested(index)
                return True
        return super().eventFilter(watched, event)

    def all(self) -> list[TicketTab]:
        return [w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), TicketTab)]

    def ids(self) -> list[int]:
        return [tab.ticket_id for tab in self.all()]

    def find(self, ticket_id: int) -> TicketTab | None:
        return next((tab for tab in self.all() if tab.ticket_id == ticket_id), None)

    def open(self, ticket_id: int, focus: bool = True) -> TicketTab:
        """The ticket's tab, opened if need be; focused unless `focus` is False."""
        tab = self.find(ticket_id)
        if tab is None:
            tab = TicketTab(self.ctx, ticket_id, self.feed, self.agents)
            index = self.tabs.addTab(tab, tab.title())
            self.tabs.setTabToolTip(index, tooltip(tab.title()))  # the subject: never rich text
            tab.title_changed.connect(lambda title, tab=tab: self._retitle(tab, title))
            tab.open_ticket_requested.connect(self.open)  # #13: from the customer's history or a merged link
            self.changed.emit()
        if focus:
            self.tabs.setCurrentWidget(tab)
        return tab

    def _retitle(self, tab: TicketTab, title: str) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, title.replace("&", "&&"))
            self.tabs.setTabToolTip(index, tooltip(title))

    def _close_requested(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, TicketTab):
            self.close(tab)

    def close(self, tab: TicketTab, ask: bool = True) -> bool:
        """Closes a ticket tab; asks first (default: keep it) if its composer holds unsent text."""
        if ask and tab.has_draft():
            if not self._confirm_discard(tab):
                return False
            tab.discard_draft()  # the saved draft goes with the text
        tab.dispose()
        self.tabs.removeTab(self.tabs.indexOf(tab))
        tab.deleteLater()
        self.changed.emit()
        return True

    def close_all(self) -> None:
        for tab in self.all():
            self.close(tab, ask=False)

    def _confirm_discard(self, tab: TicketTab) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard unsent text?"),
                          self.tr("The reply you were writing in %1 has not been sent. Close the tab and "
                                  "discard it?").replace("%1", tab.title()),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self.tabs.window())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def current(self) -> TicketTab | None:
        widget: QWidget | None = self.tabs.currentWidget()
        return widget if isinstance(widget, TicketTab) else None
