"""The ticket's header: subject, id, customer (masked), language, channel and a live SLA line."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk_app.contract import SECRET_EXPOSED_TAG, SlaState, TicketDetail, TicketSummary
from desk_app.ui.common import labels, sla, style
from desk_app.ui.common.text import isolated, one_line, tooltip


class TicketHeader(QWidget):
    """Plain-text labels only: the subject and the customer's name come from outside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticket: TicketSummary | None = None
        self.subject = QLabel(self, objectName="ticketSubject")
        self.subject.setWordWrap(True)
        self.details = QLabel(self)
        self.sla = QLabel(self, objectName="banner")
        self.takeover = QLabel(self, objectName="banner", wordWrap=True)
        self.takeover.setStyleSheet(style.banner_sheet("error"))
        self.takeover.hide()
        self.exposed = QLabel(self, objectName="banner", wordWrap=True)  # the service redacted a secret
        self.exposed.setStyleSheet(style.banner_sheet("warning"))
        self.exposed.hide()
        self.rating = QLabel(self, objectName="ticketRating", wordWrap=True)  # #10: the customer's CSAT rating
        self.rating.hide()
        for label in (self.subject, self.details, self.sla, self.takeover, self.exposed, self.rating):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.subject)
        layout.addWidget(self.details)
        layout.addWidget(self.sla, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.takeover)
        layout.addWidget(self.exposed)
        layout.addWidget(self.rating)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.ticket is None:
            self.subject.setText(self.tr("Loading ticket…"))
            self.details.clear()
            self.sla.hide()
            return
        t = self.ticket
        self.subject.setText(one_line(t.subject, 300))
        self.details.setText(" · ".join([
            f"#{t.id}", isolated(one_line(t.customer_display, 80)), labels.language(t.language),
            labels.channel(t.channel), labels.status(t.status), labels.priority(t.priority),
            self.tr("assigned to %1").replace("%1", isolated(one_line(t.assignee_name, 60))) if t.assignee_name
            else self.tr("unassigned"),
        ]))
        self.takeover.setText(self.tr("This customer's account shows the account-takeover pattern right now. "
                                      "Check the security panel before acting on any request."))
        self.takeover.setVisible(isinstance(t, TicketDetail) and t.takeover_signals)
        self.exposed.setText(self.tr("⚠ Customer exposed a secret: they sent a recovery phrase, private key or card "
                                     "number. The desk removed it before storing the message. Read the internal "
                                     "note: tell the customer to move their funds to a new wallet now."))
        self.exposed.setVisible(SECRET_EXPOSED_TAG in t.tags)
        self._show_rating(t)
        self.tick()

    def _show_rating(self, t: TicketSummary) -> None:
        """#10: the customer's rating once resolved; the comment is their words, shown as plain text."""
        if t.csat_rating is None:
            self.rating.hide()
            return
        stars = "★" * t.csat_rating + "☆" * (5 - t.csat_rating)
        text = self.tr("Customer rating: %1 (%2 of 5)").replace("%1", stars).replace(
            "%2", QLocale().toString(t.csat_rating))
        comment = t.csat_comment if isinstance(t, TicketDetail) else None
        if comment:
            text += " — " + self.tr("“%1”").replace("%1", isolated(one_line(comment, 200)))
            self.rating.setToolTip(tooltip(comment))
        self.rating.setText(text)
        self.rating.setAccessibleName(text)
        self.rating.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_ticket(self, ticket: TicketSummary) -> None:
        self.ticket = ticket
        self.retranslate_ui()

    def tick(self, now: datetime | None = None) -> None:
        if self.ticket is None:
            return
        clock = sla.clock(self.ticket, now or datetime.now(UTC))
        marker = {SlaState.near: "⚠ ", SlaState.breached: "⛔ "}.get(clock.state, "")
        self.sla.setText(self.tr("SLA: %1 — %2").replace("%1", marker + sla.text(clock))
                         .replace("%2", sla.describe(clock)))
        colors = style.sla_colors(clock.state)
        self.sla.setStyleSheet(f"QLabel {{ background: {colors[0].name()}; color: {colors[1].name()}; }}"
                               if colors else "")
        self.sla.show()
