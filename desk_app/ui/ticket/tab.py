"""One ticket's tab: header, fields, conversation and composer on the left, the customer panel on the right.

Field changes go to the service with the version this tab last saw; if someone else changed the
ticket meanwhile, the service refuses (409) and the tab says so, keeps their value and offers Reload.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from desk_app.client import ApiError
from desk_app.contract import (
    AuthorKind,
    CustomerProfile,
    ErrorCode,
    MessageOut,
    TicketDetail,
    TicketPatch,
    TicketWorkspace,
)
from desk_app.local.store import OutboxItem
from desk_app.ui.common import labels, style
from desk_app.ui.common.agents import AgentDirectory
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe, is_conflict
from desk_app.ui.common.feed import TicketFeed
from desk_app.ui.common.presence import presence_board
from desk_app.ui.common.text import one_line
from desk_app.ui.customer.panel import CustomerPanel
from desk_app.ui.ticket.answers import AnswerTools
from desk_app.ui.ticket.attachment_view import ConversationFiles
from desk_app.ui.ticket.collab_bar import CollabBar
from desk_app.ui.ticket.collision import CollisionGuard
from desk_app.ui.ticket.composer import Composer
from desk_app.ui.ticket.controls import TicketControls
from desk_app.ui.ticket.conversation import ConversationView
from desk_app.ui.ticket.header import TicketHeader
from desk_app.ui.ticket.merge import MergeDialog
from desk_app.ui.ticket.messages import QUEUED_ROLE, MessageListModel
from desk_app.ui.ticket.presence import PresenceReporter

SLA_TICK_MS = 15_000


class TicketTab(QWidget):
    """The workspace of one ticket; `title_changed` updates the tab's text."""

    title_changed = Signal(str)
    ticket_changed = Signal(object)  # TicketDetail, after this tab changed it
    open_ticket_requested = Signal(int)  # #13: a ticket to open in its own tab (history, merged link)

    def __init__(self, ctx: DeskContext, ticket_id: int, feed: TicketFeed, agents: AgentDirectory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id, self.feed = ctx, ticket_id, feed
        self.ticket: TicketDetail | None = None
        self._patching = False
        self.customer_panel: QWidget | None = None

        self.header = TicketHeader(self)
        self.notice = QLabel(self, objectName="banner", wordWrap=True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.reload_button)
        self._hide_notice()
        self.controls = TicketControls(ctx.agent.id, self)
        self.controls.patch_requested.connect(self.patch)
        self.messages = MessageListModel(self)
        self.messages.domains = ctx.allowed_domains  # links imitating these are flagged in the conversation
        self.conversation = ConversationView(self.messages, self)
        self.files = ConversationFiles(ctx, self.conversation)  # #13: thumbnails inline, viewer, guarded saving
        self.composer = Composer(ctx, ticket_id, self)
        self.composer.sent.connect(self._sent)
        self.composer.queued.connect(self._queued)
        self.composer.merged_away.connect(self.reload)
        # #13: who else is here, merging, and replies that cross another agent's
        board = presence_board(feed)
        self.collab = CollabBar(board, ticket_id, self)
        self.collab.merge_requested.connect(self.merge_into)
        self.collab.open_requested.connect(self.open_ticket_requested)
        self.presence = PresenceReporter(ctx, ticket_id, board, self.composer.editor, self)
        self.composer.guard = CollisionGuard(ctx.agent.id, self.messages.messages)
        self.composer.collided.connect(self.load_messages)
        self.answers = AnswerTools(ctx, self)  # #9: macros (Ctrl+M), the knowledge base, escalations
        if ctx.local is not None:  # this desk's outbox: queued messages show in the conversation until delivered
            ctx.local.delivered.connect(self._delivered)
            ctx.local.failed.connect(self._refused)
            ctx.local.load_outbox(ticket_id, self._show_outbox, owner=self)
        self._outbox: dict[int, OutboxItem] = {}  # this ticket's queued and refused messages, by outbox id
        self.discard_action = QAction(self)  # Delete on a refused message in the conversation
        self.discard_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.discard_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.discard_action.triggered.connect(self.discard_unsent)
        self.conversation.addAction(self.discard_action)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(10, 10, 6, 6)
        column.setSpacing(8)
        column.addWidget(self.header)
        column.addWidget(self.collab)
        column.addLayout(notice_row)
        column.addWidget(self.controls)
        column.addWidget(self.answers.bar)
        self.talk = QSplitter(Qt.Orientation.Vertical, left)
        self.talk.addWidget(self.conversation)
        self.talk.addWidget(self.composer)
        self.talk.setStretchFactor(0, 4)
        self.talk.setStretchFactor(1, 1)
        self.talk.setChildrenCollapsible(False)
        column.addWidget(self.talk, 1)
        self.right = QWidget(self)  # the customer panel goes here once the ticket names the customer
        self.right_layout = QVBoxLayout(self.right)
        self.right_layout.setContentsMargins(6, 10, 10, 6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.controls, self.conversation)
        self.setTabOrder(self.conversation, self.composer)

        agents.loaded.connect(self.controls.set_agents)
        if agents.agents is not None:
            self.controls.set_agents(agents.agents)
        agents.ensure()
        feed.add_holder(self.holds)
        feed.ticket_loaded.connect(self._ticket_loaded)
        feed.messages_changed.connect(self._messages_changed)
        feed.ticket_gone.connect(self._gone)
        self.sla_timer = QTimer(self, interval=SLA_TICK_MS)
        self.sla_timer.timeout.connect(lambda: self.header.tick(datetime.now(UTC)))
        self.sla_timer.start()
        self.retranslate_ui()
        self.reload()
        self.presence.start()

    def retranslate_ui(self) -> None:
        self._word_empty_conversation()
        self.reload_button.setText(self.tr("&Reload"))
        self.discard_action.setText(self.tr("&Discard the unsent message"))
        self.setAccessibleName(self.tr("Ticket %1").replace("%1", f"#{self.ticket_id}"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _word_empty_conversation(self) -> None:
        target = self.ticket.merged_into_id if self.ticket is not None else None
        self.conversation.set_empty_text(
            self.tr("Its messages, notes and files moved to #%1 with the merge.").replace("%1", str(target))
            if target is not None else "")

    def holds(self, ticket_id: int) -> bool:
        return ticket_id == self.ticket_id

    def dispose(self) -> None:
        """Stops listening before the tab goes away."""
        self.feed.remove_holder(self.holds)
        self.sla_timer.stop()
        self.presence.stop()

    def title(self) -> str:
        if self.ticket is None:
            return f"#{self.ticket_id}"
        return f"#{self.ticket_id} {one_line(self.ticket.subject, 24)}"

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """The ticket, its messages and its customer in one request (#7: one round trip, not three)."""
        client, ticket_id = self.ctx.client, self.ticket_id
        self.ctx.tasks.run(lambda: client.workspace(ticket_id), on_done=self._workspace_loaded,
                           on_error=self._load_failed, owner=self)

    def _workspace_loaded(self, workspace: TicketWorkspace) -> None:
        self._hide_notice()
        self.show_ticket(workspace.ticket, workspace.customer)
        self._messages_loaded(workspace.messages)

    def load_messages(self) -> None:
        client, ticket_id = self.ctx.client, self.ticket_id
        self.ctx.tasks.run(lambda: client.messages(ticket_id), on_done=self._messages_loaded,
                           on_error=self._load_failed, owner=self)

    def _messages_loaded(self, messages: list[MessageOut]) -> None:
        self.messages.set_messages(messages)
        guard = self.composer.guard
        if guard is not None:
            guard.opened(messages)  # the first load: what the agent saw on opening the ticket

    def show_ticket(self, ticket: TicketDetail, customer: CustomerProfile | None = None) -> None:
        """`customer`: the ticket's customer, when it came with the ticket (the workspace)."""
        self.ticket = ticket
        self.header.show_ticket(ticket)
        self.controls.show_ticket(ticket)
        self.collab.show_ticket(ticket)
        merged = ticket.merged_into_id is not None  # #13: closed for good; the conversation continues there
        self.composer.set_merged_into(ticket.merged_into_id)
        self.answers.bar.setEnabled(not merged)
        self._word_empty_conversation()
        self.composer.set_customer_language(labels.language(ticket.language))
        self.title_changed.emit(self.title())
        if self.customer_panel is None:
            self.customer_panel = CustomerPanel(self.ctx, customer_id=ticket.customer_id, ticket_id=ticket.id,
                                                parent=self.right, profile=customer)
            self.customer_panel.open_ticket_requested.connect(self.open_ticket_requested)
            self.answers.place(self.customer_panel, self.right_layout)  # a tab beside the knowledge base (#9)
            total = sum(self.splitter.sizes()) or self.width()  # the side was empty until now: give it its share
            self.splitter.setSizes([total * 3 // 5, total - total * 3 // 5])
        elif customer is not None and isinstance(self.customer_panel, CustomerPanel):
            self.customer_panel.show_profile(customer)  # Reload refreshes the customer too

    def _ticket_loaded(self, ticket: TicketDetail) -> None:
        if ticket.id == self.ticket_id and (self.ticket is None or ticket.version >= self.ticket.version):
            self.show_ticket(ticket)

    def _messages_changed(self, ticket_id: int) -> None:
        if ticket_id == self.ticket_id:
            self.load_messages()

    def _gone(self, ticket_id: int) -> None:
        if ticket_id == self.ticket_id:
            self._show_notice(self.tr("This ticket no longer exists, or you can no longer see it."), "error")

    def _load_failed(self, exc: Exception) -> None:
        self._show_notice(self.tr("Could not load this ticket: %1").replace("%1", describe(exc)), "error",
                          reload=True)

    # --- changes ----------------------------------------------------------------------------------

    def patch(self, fields: dict[str, Any]) -> None:
        """Sends the change with the version this tab last saw."""
        if self.ticket is None or self._patching:
            self.controls.revert()
            return
        self._patching = True
        self.controls.setEnabled(False)
        patch = TicketPatch(version=self.ticket.version, **fields)
        client, ticket_id = self.ctx.client, self.ticket_id
        self.ctx.tasks.run(lambda: client.update_ticket(ticket_id, patch), on_done=self._patched,
                           on_error=self._patch_failed, owner=self)

    def _patched(self, ticket: TicketDetail) -> None:
        self._patching = False
        self._hide_notice()
        self.show_ticket(ticket)
        self.feed.publish(ticket)
        self.ticket_changed.emit(ticket)

    def _patch_failed(self, exc: Exception) -> None:
        self._patching = False
        self.controls.setEnabled(True)
        self.controls.revert()
        if is_conflict(exc):
            self._show_notice(self.tr("Someone else changed this ticket since you last saw it, so your change "
                                      "was not saved. Reload to see their change, then decide again."),
                              "warning", reload=True)
        else:
            self._show_notice(self.tr("Not saved: %1").replace("%1", describe(exc)), "error")

    def _show_notice(self, text: str, kind: str, reload: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(style.banner_sheet(kind))
        self.notice.show()
        self.reload_button.setVisible(reload)

    def _hide_notice(self) -> None:
        self.notice.hide()
        self.reload_button.hide()

    @property
    def conflict_shown(self) -> bool:
        return not self.notice.isHidden() and not self.reload_button.isHidden()

    def _sent(self, message: MessageOut) -> None:
        self.messages.append(message)
        self.conversation.scrollToBottom()

    # --- the outbox -------------------------------------------------------------------------------

    def _as_message(self, item: OutboxItem) -> MessageOut:
        return MessageOut(id=-item.id, ticket_id=item.ticket_id, author_kind=AuthorKind.agent,
                          author_name=self.ctx.agent.display_name, body=item.body, internal=item.internal,
                          created_at=item.created_at)

    def _show_outbox(self, items: list[OutboxItem]) -> None:
        self._outbox = {i.id: i for i in items}
        self.messages.set_queued([(self._as_message(i), i.state.value) for i in items])

    def _queued(self, item: OutboxItem) -> None:
        self._outbox[item.id] = item
        self.messages.add_queued(self._as_message(item))
        self.conversation.scrollToBottom()

    def _delivered(self, item: OutboxItem, message: MessageOut) -> None:
        if item.ticket_id == self.ticket_id:
            self.messages.remove_queued(-item.id)
            self.messages.append(message)

    def _refused(self, item: OutboxItem, exc: Exception) -> None:
        if item.ticket_id == self.ticket_id and self.ctx.local is not None:
            if isinstance(exc, ApiError) and exc.code == ErrorCode.ticket_merged:
                self.reload()  # merged meanwhile: the tab shows where the conversation went
            self.ctx.local.load_outbox(self.ticket_id, self._show_outbox, owner=self)
            if isinstance(exc, ApiError) and exc.code == ErrorCode.reply_collision:
                self.load_messages()  # show the reply it crossed
            self._show_notice(self.tr("A queued message was not sent: %1 It stays in the conversation, marked "
                                      "as not sent: copy it from there, or select it and press Delete to discard "
                                      "it.").replace("%1", describe(exc)), "error")

    def discard_unsent(self) -> bool:
        """Delete on a message the service refused: asks (Cancel by default), then drops it from the outbox."""
        message = self.conversation.current_message()
        item = self._outbox.get(-message.id) if message is not None and message.id < 0 else None
        if item is None or self.ctx.local is None or self.conversation.currentIndex().data(QUEUED_ROLE) != "failed":
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the unsent message?"),
                          self.tr("The service refused this message, so it was never sent. Discard it from this "
                                  "computer?"), QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Discard:
            return False
        self._outbox.pop(item.id, None)
        self.messages.remove_queued(-item.id)
        self.ctx.local.discard(item)
        self._hide_notice()
        return True

    # --- merging (#13) ----------------------------------------------------------------------------

    def merge_into(self) -> MergeDialog | None:
        """Asks which ticket of the same customer to merge this one into; the service does the rest."""
        if self.ticket is None or self.ticket.merged_into_id is not None:
            return None
        dialog = MergeDialog(self.ctx, self.ticket, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.open()
        self.merge_dialog = dialog
        return dialog

    def _merged(self, result: object) -> None:
        self.reload()
        target = getattr(result, "target", None)
        if target is not None:
            self.feed.refetch(target.id)
            self.open_ticket_requested.emit(target.id)

    # --- keyboard commands ------------------------------------------------------------------------

    def start_reply(self) -> None:
        self.composer.start(internal=False)

    def start_note(self) -> None:
        self.composer.start(internal=True)

    def focus_status(self) -> None:
        self.controls.status.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def assign_to_me(self) -> None:
        self.controls.assign_to_me()

    def has_draft(self) -> bool:
        return self.composer.has_draft()

    def discard_draft(self) -> None:
        self.composer.discard_draft()
