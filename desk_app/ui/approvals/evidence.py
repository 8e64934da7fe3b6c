"""The evidence beside a selected request: what, who, why, the customer's risk signals and the
ticket's conversation, and the decision (approve with an optional comment, reject with a required one)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk_app.contract import (
    AccountStatus,
    ActionOut,
    ActionStatus,
    CustomerProfile,
    MessageOut,
)
from desk_app.ui.approvals.conversation import ConversationModel
from desk_app.ui.approvals.decision import DecisionBox
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import isolated, one_line, safe
from desk_app.ui.customer.models import RiskSignalsModel
from desk_app.ui.security import timefmt
from desk_app.ui.security.tables import TitledTable
from desk_app.ui.security.wording import error_text, kind_label, status_name

OK_STYLE = "color: #1b5e20; font-weight: bold;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def _plain(parent: QWidget, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class EvidencePane(QWidget):
    """Shows one request at a time; the version shown is the version a decision sends."""

    decided = Signal(object)  # ActionOut after a decision (or when it turned out to be decided already)
    open_ticket_requested = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action: ActionOut | None = None
        self._generation = 0
        self.heading = _plain(self)
        self.heading.setObjectName("evidenceHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.facts = QFormLayout()
        self._fact_labels: dict[str, QLabel] = {}
        self.fact: dict[str, QLabel] = {}
        for key in ("state", "requested", "deadline", "ticket", "reason", "customer"):
            label, value = QLabel(self), _plain(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self._fact_labels[key], self.fact[key] = label, value
            if key == "ticket":
                row = QHBoxLayout()
                row.addWidget(value, 1)
                self.open_ticket_button = QPushButton(self)
                self.open_ticket_button.setObjectName("openTicket")
                self.open_ticket_button.clicked.connect(self._open_ticket)
                row.addWidget(self.open_ticket_button)
                self.facts.addRow(label, row)
            else:
                self.facts.addRow(label, value)
        self.risk_model = RiskSignalsModel(self)
        self.risk = TitledTable(self.risk_model, "evidenceRisk", self)
        self.risk.view.setColumnHidden(2, True)  # compact: clustered rows are already red and bold
        self.conversation_model = ConversationModel(self)
        self.conversation_title = QLabel(self)
        self.conversation_title.setStyleSheet("font-weight: bold;")
        self.conversation = QListView(self)
        self.conversation.setObjectName("evidenceConversation")
        self.conversation.setModel(self.conversation_model)
        self.conversation.setWordWrap(True)
        self.conversation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conversation.setAlternatingRowColors(True)
        self.conversation.setSpacing(2)
        self.conversation.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.conversation_title.setBuddy(self.conversation)
        conversation = QWidget(self)
        conversation_layout = QVBoxLayout(conversation)
        conversation_layout.setContentsMargins(0, 0, 0, 0)
        conversation_layout.addWidget(self.conversation_title)
        conversation_layout.addWidget(self.conversation, 1)
        evidence = QSplitter(Qt.Orientation.Vertical, self)
        evidence.setChildrenCollapsible(False)
        evidence.addWidget(self.risk)
        evidence.addWidget(conversation)
        self.decision = DecisionBox(ctx, self)
        self.decision.decided.connect(self._decided)
        self.placeholder = _plain(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addLayout(self.facts)
        body.addWidget(evidence, 1)
        body.addWidget(self.decision)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()
        self.retranslate_ui()

    # --- texts --------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        titles = {
            "state": self.tr("State:"),
            "requested": self.tr("Requested:"),
            "deadline": self.tr("Deadline:"),
            "ticket": self.tr("Ticket:"),
            "reason": self.tr("Reason given:"),
            "customer": self.tr("Customer now:"),
        }
        for key, label in self._fact_labels.items():
            label.setText(titles[key])
            self.fact[key].setAccessibleName(titles[key].rstrip(":"))
        self.open_ticket_button.setText(self.tr("&Open ticket"))
        self.risk.set_texts(self.tr("Customer's risk signals"), self.tr("No risk signals in the last 30 days."))
        self.risk_model.retranslate()
        self.conversation_title.setText(self.tr("Ticket &conversation"))
        self.conversation.setAccessibleName(self.tr("Ticket conversation"))
        self.conversation_model.retranslate()
        self.placeholder.setText(self.tr("Select a request to see its evidence."))
        if self.action is not None:
            self._show_action()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- showing a request --------------------------------------------------------------------

    def show_action(self, action: ActionOut | None) -> None:
        """Show a request; the same request again only updates its facts (the comment stays)."""
        same = action is not None and self.action is not None and action.id == self.action.id
        self.action = action
        self.placeholder.setVisible(action is None)
        self.body.setVisible(action is not None)
        if action is None:
            return
        if not same:
            self._load_evidence(action)
        self._show_action()

    def _show_action(self) -> None:
        a = self.action
        assert a is not None
        self.heading.setText(
            self.tr("%1 — customer #%2 %3")
            .replace("%1", kind_label(a.kind, a.params))
            .replace("%2", str(a.customer_id))
            .replace("%3", isolated(one_line(a.customer_display, 80)))
        )
        state = status_name(a.status)
        if a.decided_by_name:
            state = self.tr("%1 by %2").replace("%1", state).replace("%2", a.decided_by_name)
        if a.decision_comment:
            state += " — “" + safe(a.decision_comment, 500) + "”"
        self.fact["state"].setText(state)
        self.fact["requested"].setText(
            self.tr("%1 by %2 (%3)")
            .replace("%1", timefmt.local(a.requested_at))
            .replace("%2", a.requested_by_name)
            .replace("%3", timefmt.ago(a.requested_at))
        )
        self.refresh_deadline()
        self.fact["ticket"].setText(f"#{a.ticket_id}" if a.ticket_id is not None else self.tr("none"))
        self.open_ticket_button.setVisible(a.ticket_id is not None)
        self.fact["reason"].setText(safe(a.reason, 2000))
        self.decision.set_action(a)

    def refresh_deadline(self) -> None:
        a = self.action
        if a is None:
            return
        if a.status is ActionStatus.under_review and a.review_due_at is not None:
            text, seconds = timefmt.left(a.review_due_at)
            self.fact["deadline"].setText(
                self.tr("supervisor review due %1 (%2)")
                .replace("%1", timefmt.local(a.review_due_at))
                .replace("%2", text)
            )
            self.fact["deadline"].setStyleSheet(ERROR_STYLE if seconds <= 0 else "")
        elif a.status is ActionStatus.pending and a.expires_at is not None:
            text, _ = timefmt.left(a.expires_at)
            self.fact["deadline"].setText(
                self.tr("expires %1 (%2)").replace("%1", timefmt.local(a.expires_at)).replace("%2", text)
            )
            self.fact["deadline"].setStyleSheet("")
        else:
            self.fact["deadline"].setText("—")
            self.fact["deadline"].setStyleSheet("")

    def _load_evidence(self, action: ActionOut) -> None:
        self._generation += 1
        generation = self._generation
        self.risk_model.set_records([])
        self.conversation_model.clear()
        self.fact["customer"].setText(self.tr("Loading…"))
        self.ctx.tasks.run(
            lambda: self.ctx.client.customer(action.customer_id),
            lambda p: self._customer_loaded(generation, p),
            lambda e: self._evidence_failed(generation, "customer", e),
            owner=self,
        )
        self.conversation_title.setText(
            self.tr("Ticket &conversation")
            if action.ticket_id is not None
            else self.tr("No ticket is linked to this request.")
        )
        if action.ticket_id is not None:
            ticket_id = action.ticket_id
            self.ctx.tasks.run(
                lambda: self.ctx.client.messages(ticket_id),
                lambda m: self._messages_loaded(generation, m),
                lambda e: self._evidence_failed(generation, "messages", e),
                owner=self,
            )

    def _customer_loaded(self, generation: int, profile: CustomerProfile) -> None:
        if generation != self._generation:
            return
        self.risk_model.set_records(profile.risk_signals)
        self.risk.fit_columns()
        frozen = profile.account_status is AccountStatus.frozen
        parts = [
            self.tr("account FROZEN") if frozen else self.tr("account active"),
            self.tr("2FA on") if profile.twofa_enabled else self.tr("2FA OFF"),
        ]
        locked = profile.withdrawals_locked_until
        if locked is not None:
            parts.append(self.tr("withdrawals locked until %1").replace("%1", timefmt.local(locked)))
        if profile.takeover_pattern:
            parts.append(self.tr("⚠ account-takeover pattern"))
        self.fact["customer"].setText(" · ".join(parts))

    def _messages_loaded(self, generation: int, messages: list[MessageOut]) -> None:
        if generation == self._generation:
            self.conversation_model.set_messages(messages)

    def _evidence_failed(self, generation: int, what: str, exc: Exception) -> None:
        if generation != self._generation:
            return
        if what == "customer":
            self.fact["customer"].setText(self.tr("Could not load: %1").replace("%1", error_text(exc)))
        else:
            self.conversation_title.setText(
                self.tr("Ticket &conversation (could not load: %1)").replace("%1", error_text(exc))
            )

    def _open_ticket(self) -> None:
        if self.action is not None and self.action.ticket_id is not None:
            self.open_ticket_requested.emit(self.action.ticket_id)

    # --- deciding ---------------------------------------------------------------------------

    def _decided(self, action: ActionOut) -> None:
        self.show_action(action)
        self.decided.emit(action)
