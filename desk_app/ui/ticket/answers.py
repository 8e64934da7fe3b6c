"""What a ticket tab gets for answering well and fast (#9): a bar with Macros (Ctrl+M), Escalate and the
ticket's escalation status with "Reply to all linked", and the knowledge-base tab beside the customer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget

from desk_app.contract import CLOSED_ESCALATION_STATUSES, EscalationOut, KbLanguage, TicketDetail, kb_language
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import one_line
from desk_app.ui.kb.model import language_name
from desk_app.ui.kb.panel import KbPanel
from desk_app.ui.ticket.escalation import EscalationForm, Submitted, status_name
from desk_app.ui.ticket.macros import MacroPicker
from desk_app.ui.ticket.reply_all import ReplyAllDialog

if TYPE_CHECKING:
    from desk_app.ui.ticket.tab import TicketTab


class AnswerBar(QWidget):
    """Macros, Escalate, and which escalation this ticket is linked to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.macros = QPushButton(self)
        self.escalate = QPushButton(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.reply_all = QPushButton(self)
        self.reply_all.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.macros)
        row.addWidget(self.escalate)
        row.addWidget(self.status, 1)
        row.addWidget(self.reply_all)


class AnswerTools(QObject):
    """Wires the bar, the picker, the escalation dialogs and the KB tab into one ticket tab."""

    def __init__(self, ctx: DeskContext, tab: TicketTab) -> None:
        super().__init__(tab)
        self.ctx, self.tab = ctx, tab
        self.language: KbLanguage | None = None  # the customer's article language, once known
        self.escalation: EscalationOut | None = None
        self._asked = 0  # escalation loads asked for: only the newest answer is shown
        self.kb: KbPanel | None = None
        self.side: QTabWidget | None = None
        self.bar = AnswerBar(tab)
        self.bar.macros.clicked.connect(self.pick_macro)
        self.bar.escalate.clicked.connect(self.escalate)
        self.bar.reply_all.clicked.connect(self.reply_all)
        self.shortcut = QShortcut(QKeySequence("Ctrl+M"), tab)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.pick_macro)
        self.kb_shortcut = QShortcut(QKeySequence("Ctrl+K"), tab)
        self.kb_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.kb_shortcut.activated.connect(self.show_knowledge_base)
        self.escalate_shortcut = QShortcut(QKeySequence("Ctrl+Shift+E"), tab)
        self.escalate_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escalate_shortcut.activated.connect(self.escalate)
        tab.feed.messages_changed.connect(self._messages_changed)
        tab.installEventFilter(self)
        self.retranslate_ui()
        self.load_escalations()

    def retranslate_ui(self) -> None:
        self.bar.macros.setText(self.tr("Macros… (Ctrl+M)"))  # no mnemonic: Alt+M is the composer's
        self.bar.macros.setToolTip(self.tr("Insert a canned reply in the customer's language"))
        self.bar.escalate.setText(self.tr("Escalate to engineering…"))
        self.bar.escalate.setToolTip(self.tr("Hand a technical problem to engineering (Ctrl+Shift+E)"))
        self.bar.reply_all.setText(self.tr("Reply to all lin&ked…"))
        self._show_escalation()
        if self.side is not None and self.kb is not None:
            self.side.setTabText(0, self.tr("Customer"))
            self.side.setTabText(1, self.tr("Knowledge base"))
            self.side.setTabToolTip(1, self.tr("Articles for this ticket (Ctrl+K)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tab and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    # --- the side tabs ----------------------------------------------------------------------------

    def place(self, customer_panel: QWidget, layout: QBoxLayout) -> None:
        """The customer panel and the knowledge base as two tabs where the customer panel would be."""
        assert self.tab.ticket is not None
        self.side = QTabWidget(self.tab)
        self.side.setObjectName("ticketSideTabs")
        self.side.addTab(customer_panel, "")
        self.language = self.language or kb_language(self.tab.ticket.language)
        self.kb = KbPanel(self.ctx, self.tab.ticket_id, self.language, self.side)
        self.kb.insert_requested.connect(self.insert)
        self.kb.language_known.connect(self._language_known)
        self.side.addTab(self.kb, "")
        layout.addWidget(self.side)
        self.retranslate_ui()

    def _back_to_tab(self) -> None:
        """After a dialog: the ticket's window active again and the cursor in the reply (without a window
        manager, or with some, Qt would leave no window active and the tab's shortcuts would not work)."""
        self.tab.window().activateWindow()
        self.tab.composer.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_knowledge_base(self) -> None:
        if self.side is not None and self.kb is not None:
            self.side.setCurrentWidget(self.kb)
            self.kb.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _language_known(self, language: KbLanguage) -> None:
        self.language = language

    # --- inserting into the reply -----------------------------------------------------------------

    def insert(self, text: str) -> None:
        """Puts text at the composer's cursor (as a reply), on a line of its own."""
        editor = self.tab.composer.editor
        if editor.isReadOnly():
            return
        self.tab.composer.set_mode(internal=False)
        cursor = editor.textCursor()
        before = editor.toPlainText()[:cursor.position()]
        if before and not before.endswith("\n"):
            text = "\n" + text
        editor.insertPlainText(text)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def pick_macro(self) -> None:
        ticket = self.tab.ticket
        if ticket is None:
            return
        language = self.language or kb_language(ticket.language)
        picker = MacroPicker(self.ctx, ticket.id, language, self.tab)
        picker.finished.connect(lambda result: self._picked(picker, result))
        picker.open()
        self.picker = picker

    def _picked(self, picker: MacroPicker, result: int) -> None:
        filled, macro, ticket = picker.filled(), picker.current(), self.tab.ticket
        picker.deleteLater()
        self._back_to_tab()
        if not result or filled is None or macro is None or ticket is None:
            return
        self.insert(filled.text)
        if filled.fallback:
            self.tab.composer.show_error(self.tr("Inserted the %1 version of “%2”: it has no %3 version yet.")
                                         .replace("%1", language_name(filled.language))
                                         .replace("%2", one_line(macro.name, 60))
                                         .replace("%3", language_name(picker.language)))
        fields: dict[str, Any] = {}
        if macro.set_status is not None and macro.set_status != ticket.status:
            fields["status"] = macro.set_status
        if macro.set_category is not None and macro.set_category != ticket.category:
            fields["category"] = macro.set_category
        tags = list(dict.fromkeys([*ticket.tags, *macro.add_tags]))
        if tags != ticket.tags:
            fields["tags"] = tags
        if fields:  # the ticket's normal PATCH, with the version this tab last saw
            self.tab.patch(fields)

    # --- escalations ------------------------------------------------------------------------------

    def escalate(self) -> None:
        ticket = self.tab.ticket
        form = EscalationForm(self.ctx, self.tab.ticket_id, ticket.subject if ticket else "", self.tab)
        form.submitted.connect(self._escalated)
        form.finished.connect(lambda _r: (form.deleteLater(), self._back_to_tab()))
        form.open()
        self.form = form

    def _escalated(self, result: Submitted) -> None:
        self._asked += 1  # what loads asked for before now is older than the form's answer (files included)
        self.escalation = result.escalation
        self._show_escalation()
        self.tab.load_messages()
        if result.refused:
            names = ", ".join(f"{one_line(name, 60)} ({reason})" for name, reason in result.refused)
            self.tab.composer.show_error(self.tr("Escalated, but these files were refused: %1").replace("%1", names))

    def load_escalations(self) -> None:
        self._asked += 1
        client, ticket_id, asked = self.ctx.client, self.tab.ticket_id, self._asked
        self.ctx.tasks.run(lambda: client.escalations(ticket_id=ticket_id),
                           on_done=lambda found: self._escalations(found, asked), on_error=lambda _exc: None,
                           owner=self.bar)

    def _escalations(self, found: list[EscalationOut], asked: int) -> None:
        if asked != self._asked:  # a newer answer is on its way, or came already
            return
        self.escalation = found[0] if found else None
        self._show_escalation()

    def _messages_changed(self, ticket_id: int) -> None:
        if ticket_id == self.tab.ticket_id:  # engineering's updates arrive as internal notes
            self.load_escalations()

    def _show_escalation(self) -> None:
        escalation = self.escalation
        if escalation is None:
            self.bar.status.setText("")
            self.bar.reply_all.hide()
            return
        text = self.tr("Escalation #%1: %2").replace("%1", str(escalation.id)) \
            .replace("%2", status_name(escalation.status))
        if escalation.engineering_ref:
            text += f" ({one_line(escalation.engineering_ref, 40)})"
        text += " · " + self.tr("%n linked ticket(s)", "", len(escalation.ticket_ids))
        self.bar.status.setText(text)
        self.bar.reply_all.setVisible(escalation.status in CLOSED_ESCALATION_STATUSES
                                      or len(escalation.ticket_ids) > 1)

    def reply_all(self) -> None:
        if self.escalation is None:
            return
        dialog = ReplyAllDialog(self.ctx, self.escalation, self.tab)
        dialog.finished.connect(lambda _r: (dialog.deleteLater(), self.tab.load_messages()))
        dialog.open()
        self.reply_dialog = dialog

    def show_ticket(self, ticket: TicketDetail) -> None:
        """Keeps the language guess current until the service has said which it is."""
        if self.kb is None and self.language is None:
            self.language = kb_language(ticket.language)
