"""Answering every ticket linked to an escalation at once, when engineering has fixed it.

Each linked ticket gets a normal reply with an Idempotency-Key of its own (`<prefix>-<ticket id>`); the
prefix is kept while the dialog is open, so "Send again" after a failure posts only what did not land.
With a macro, each customer gets it in their own language (placeholders filled per ticket).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.client.answers import ReplyOutcome, fill_macro, reply_to_linked
from desk_app.contract import EscalationOut, KbLanguage, MacroOut, kb_language
from desk_app.ui.common import style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.text import one_line
from desk_app.ui.ticket.escalation import status_name


class ReplyAllDialog(QDialog):
    """One reply, or one macro in each customer's language, to every ticket linked to an escalation."""

    def __init__(self, ctx: DeskContext, escalation: EscalationOut, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.escalation = ctx, escalation
        self.key_prefix = f"esc-{escalation.id}-{uuid.uuid4().hex[:12]}"
        self.outcomes: list[ReplyOutcome] = []
        self._busy = False
        self.setObjectName("replyAllDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(600, 460)
        self.heading = QLabel(self, wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: 600;")
        self.macro_label = QLabel(self)
        self.macro = QComboBox(self)
        self.macro.addItem("", None)
        self.macro_label.setBuddy(self.macro)
        self.body_label = QLabel(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.body_label.setBuddy(self.body)
        self.result = QLabel(self, objectName="banner", wordWrap=True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.macro.currentIndexChanged.connect(lambda _i: self._update())
        self.body.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.macro_label)
        layout.addWidget(self.macro)
        layout.addWidget(self.body_label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update()
        client = ctx.client
        ctx.tasks.run(lambda: client.macros(KbLanguage.en), on_done=self._macros, owner=self,
                      on_error=lambda exc: self._show_result(describe(exc), error=True))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reply to all linked tickets"))
        count = len(self.escalation.ticket_ids)
        self.heading.setText(self.tr("Escalation #%1 (%2): %3").replace("%1", str(self.escalation.id))
                             .replace("%2", status_name(self.escalation.status))
                             .replace("%3", one_line(self.escalation.summary, 120)) + "\n"
                             + self.tr("%n linked ticket(s) will each get a normal reply.", "", count))
        self.macro_label.setText(self.tr("&Macro (each customer gets it in their language):"))
        self.macro.setItemText(0, self.tr("No macro: send the text below to everyone"))
        self.body_label.setText(self.tr("&Reply text:"))
        self.body.setAccessibleName(self.tr("Reply text"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Sending…") if self._busy else self.tr("&Send to all"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _macros(self, macros: list[MacroOut]) -> None:
        for macro in macros:
            self.macro.addItem(one_line(macro.name, 80), macro.id)

    def _update(self) -> None:
        using_macro = self.macro.currentData() is not None
        self.body.setEnabled(not using_macro and not self._busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not self._busy and (using_macro or bool(self.body.toPlainText().strip())))

    def _show_result(self, text: str, error: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(style.banner_sheet("error" if error else "warning") if error else "")
        self.result.setVisible(bool(text))

    def body_for(self) -> Callable[[int], str]:
        """Runs on the worker: the text for one ticket (a macro in that customer's language, filled)."""
        client, macro_id, text = self.ctx.client, self.macro.currentData(), self.body.toPlainText()
        agent_name = self.ctx.agent.display_name
        if macro_id is None:
            return lambda _ticket_id: text
        cache: dict[KbLanguage, dict[int, MacroOut]] = {}

        def write(ticket_id: int) -> str:
            ticket = client.ticket(ticket_id)
            country = client.customer(ticket.customer_id).country
            language = kb_language(ticket.language, country)
            if language not in cache:
                cache[language] = {m.id: m for m in client.macros(language)}
            return fill_macro(cache[language][macro_id], ticket_id=ticket_id, agent_name=agent_name).text

        return write

    def send(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.retranslate_ui()
        self._update()
        client, ids, prefix, body_for = self.ctx.client, list(self.escalation.ticket_ids), self.key_prefix, \
            self.body_for()
        self.ctx.tasks.run(lambda: reply_to_linked(client, ids, body_for, prefix), on_done=self._sent,
                           on_error=self._failed, owner=self)

    def _sent(self, outcomes: list[ReplyOutcome]) -> None:
        self._busy = False
        self.outcomes = outcomes
        failed = [o for o in outcomes if o.error is not None]
        self.retranslate_ui()
        self._update()
        if not failed:
            self._show_result(self.tr("Sent to %n ticket(s).", "", len(outcomes)), error=False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        reasons = "; ".join(f"#{o.ticket_id}: {describe(o.error)}" for o in failed if o.error is not None)
        self._show_result(self.tr("Not sent to %n ticket(s): %1 Send again to retry only those.", "", len(failed))
                          .replace("%1", reasons), error=True)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.retranslate_ui()
        self._update()
        self._show_result(self.tr("Not sent: %1 Send again to retry.").replace("%1", describe(exc)), error=True)
