"""The conversation pane: a QListView of message bubbles, with Copy and a guarded "Open link…"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QMenu, QWidget

from desk_app.contract import MessageOut
from desk_app.ui.common.links import confirm_and_open, find_links, menu_text
from desk_app.ui.ticket.bubbles import MessageDelegate
from desk_app.ui.ticket.messages import MESSAGE_ROLE, MessageListModel
from desk_app.ui.ticket.system_notes import system_text


class ConversationView(QListView):
    """Shows a MessageListModel; keeps to the newest message while the agent is at the bottom."""

    def __init__(self, model: MessageListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages = model
        self.delegate = MessageDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setModel(model)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_current)
        self.addAction(self.copy_action)
        self._at_bottom = True
        self.empty_text = ""  # said in the empty pane (a merged ticket: where its messages went)
        self.menu_hooks: list[Callable[[QMenu, MessageOut | None], None]] = []  # more entries (#13: attachments)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        model.rowsInserted.connect(self._follow)
        model.modelReset.connect(self._follow)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Conversation"))
        self.copy_action.setText(self.tr("&Copy message text"))
        self.messages.forget_links()  # the notes under links are worded in the language
        self.delegate.clear_cache()
        self.viewport().update()  # the bubbles' headings ("Reply", "Internal note") are painted in the language

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.empty_text and self.messages.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self.delegate.clear_cache()
        super().changeEvent(event)

    def _scrolled(self, value: int) -> None:
        self._at_bottom = value >= self.verticalScrollBar().maximum() - 4

    def _follow(self, *_: object) -> None:
        if self._at_bottom:
            self.scrollToBottom()

    def current_message(self) -> MessageOut | None:
        message = self.currentIndex().data(MESSAGE_ROLE)
        return message if isinstance(message, MessageOut) else None

    def copy_current(self) -> None:
        message = self.current_message()
        if message is not None:  # a note the service wrote is copied as shown, in the agent's language
            QApplication.clipboard().setText(system_text(message) or message.body)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The pointer's message, or with the Menu key the current one."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._menu(self.visualRect(self.currentIndex()).center())
        else:
            self._menu(event.pos())

    def _menu(self, pos: QPoint) -> None:
        index: QModelIndex = self.indexAt(pos)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        links = self.open_link_menu()
        if links.actions():
            menu.addMenu(links)
        for hook in self.menu_hooks:
            hook(menu, self.current_message())
        menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def open_link_menu(self) -> QMenu:
        """The "Open link…" entries for the current message (for keyboard use and tests)."""
        menu = QMenu(self.tr("Open link…"), self)
        message = self.current_message()
        domains = self.messages.domains
        for link in find_links(message.body) if message else []:
            action = menu.addAction(menu_text(link, domains))  # the real host first; "&" shown, never a mnemonic
            action.triggered.connect(lambda _=False, link=link: confirm_and_open(link, self, domains=domains))
        return menu
