"""The customer profile beside a ticket (and on its own): identity, activity, risk, reveals, actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desk_app.contract import AccountStatus, ActionKind, CustomerProfile, EventOut, Role
from desk_app.ui.audit.view import AuditView
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import one_line
from desk_app.ui.customer.activity import ActivityTab
from desk_app.ui.customer.history import TicketHistoryView
from desk_app.ui.customer.identity import FROZEN_STYLE, IdentityBox
from desk_app.ui.customer.risk import RiskTimeline, TakeoverBanner
from desk_app.ui.customer.who_viewed import WhoViewedTab
from desk_app.ui.security.action_panel import ActionPanel
from desk_app.ui.security.incident import IncidentDialog
from desk_app.ui.security.wording import error_text

PROFILE_EVENTS = {"customer.updated", "action.decided"}


class CustomerPanel(QWidget):
    """Customer profile with reveal and, for security roles, the security action panel."""

    open_ticket_requested = Signal(int)  # #13: a ticket chosen in the customer's history

    def __init__(
        self, ctx: DeskContext, customer_id: int, ticket_id: int | None = None, parent: QWidget | None = None,
        profile: CustomerProfile | None = None,
    ) -> None:
        """`profile`: the customer as the service just answered it (the ticket's workspace); else it is loaded."""
        super().__init__(parent)
        self.ctx, self.customer_id, self.ticket_id = ctx, customer_id, ticket_id
        self.profile: CustomerProfile | None = None
        self._reveal_seconds: float | None = None
        self._clipboard_seconds = 30.0
        self.heading = QLabel(self)
        self.heading.setObjectName("customerHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.frozen_chip = QLabel(self)
        self.frozen_chip.setStyleSheet(FROZEN_STYLE + " font-size: 12pt;")
        self.frozen_chip.hide()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.reload)
        self.retry_button.hide()
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.frozen_chip)
        self.incident_button: QPushButton | None = None
        if ctx.has_role(Role.security_agent, Role.supervisor, Role.admin):
            self.incident_button = QPushButton(self)
            self.incident_button.setObjectName("openIncident")
            self.incident_button.clicked.connect(self.open_incident)
            header.addWidget(self.incident_button)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.retry_button)
        self.banner = TakeoverBanner(self)
        self.banner.hide()
        self.identity = IdentityBox(ctx, customer_id, self)
        self.risk = RiskTimeline(self)
        overview_body = QWidget(self)
        overview_layout = QVBoxLayout(overview_body)
        overview_layout.addWidget(self.risk)
        overview_layout.addWidget(self.identity)
        overview_layout.addStretch(1)
        overview = QScrollArea(self)
        overview.setObjectName("customerOverview")
        overview.setWidgetResizable(True)
        overview.setFrameShape(QScrollArea.Shape.NoFrame)
        overview.setWidget(overview_body)
        self.activity = ActivityTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customerTabs")
        self.tabs.addTab(overview, "")
        self.tabs.addTab(self.activity, "")
        self.history = TicketHistoryView(ctx, customer_id, current_ticket=ticket_id, parent=self)
        self.history.open_requested.connect(self.open_ticket_requested)
        self.tabs.addTab(self.history, "")
        self.actions: ActionPanel | None = None
        self.who_viewed: WhoViewedTab | None = None
        self.audit: AuditView | None = None
        if ctx.can_request_actions:
            self.actions = ActionPanel(ctx, customer_id, ticket_id, self)
            self.tabs.addTab(self.actions, "")
            self.banner.emergency_freeze_requested.connect(self.actions.open_emergency_freeze)
        if ctx.has_role(Role.security_agent, Role.supervisor, Role.admin):
            self.who_viewed = WhoViewedTab(ctx, customer_id, self)
            self.tabs.addTab(self.who_viewed, "")
            self.audit = AuditView(ctx, customer_id=customer_id, parent=self)
            self.tabs.addTab(self.audit, "")
        self.ticket_audit: AuditView | None = None
        if ticket_id is not None and ctx.has_role(Role.security_agent, Role.supervisor, Role.admin):
            self.ticket_audit = AuditView(ctx, ticket_id=ticket_id, parent=self)
            self.tabs.addTab(self.ticket_audit, "")
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addLayout(status)
        layout.addWidget(self.tabs, 1)
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(200)
        self._reload_soon.timeout.connect(self.reload)
        ctx.events.received.connect(self._on_event)
        self.retranslate_ui()
        if profile is not None and profile.id == customer_id:
            self.show_profile(profile)
        else:
            self.reload()

    # --- texts --------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("&Profile and risk"))
        self.tabs.setTabText(1, self.tr("A&ctivity"))
        self.tabs.setTabText(self.tabs.indexOf(self.history), self.tr("&History"))
        if self.actions is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.actions), self.tr("&Security actions"))
        if self.who_viewed is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.who_viewed), self.tr("&Who viewed this"))
        if self.audit is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.audit), self.tr("A&udit"))
        if self.ticket_audit is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.ticket_audit), self.tr("Ticket audit"))
        self.tabs.setAccessibleName(self.tr("Customer details"))
        self.frozen_chip.setText(self.tr("ACCOUNT FROZEN"))
        self.retry_button.setText(self.tr("&Retry"))
        if self.incident_button is not None:
            self.incident_button.setText(self.tr("&Incident record…"))
            self.incident_button.setToolTip(self.tr("The timeline of this account for the security investigation"))
        self._show_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_heading(self) -> None:
        p = self.profile
        if p is None:
            self.heading.setText(self.tr("Customer #%1").replace("%1", str(self.customer_id)))
            return
        self.heading.setText(
            self.tr("Customer #%1 · %2 · %3 · VIP %4")
            .replace("%1", str(p.id))
            .replace("%2", one_line(p.name, 60))
            .replace("%3", one_line(p.country, 8))
            .replace("%4", str(p.vip_tier))
        )

    def open_incident(self) -> IncidentDialog:
        """The incident record in a window of its own, so the agent keeps working beside it."""
        dialog = IncidentDialog(self.ctx, self.customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- reveal timing (policy and tests may shorten it) --------------------------------------

    @property
    def reveal_seconds(self) -> float | None:
        return self._reveal_seconds

    @reveal_seconds.setter
    def reveal_seconds(self, seconds: float | None) -> None:
        self._reveal_seconds = seconds
        self.identity.set_reveal_timeout(seconds, self._clipboard_seconds)

    @property
    def clipboard_seconds(self) -> float:
        return self._clipboard_seconds

    @clipboard_seconds.setter
    def clipboard_seconds(self, seconds: float) -> None:
        self._clipboard_seconds = seconds
        self.identity.set_reveal_timeout(self._reveal_seconds, seconds)

    # --- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.profile is None:
            self.status.setText(self.tr("Loading customer…"))
        self.ctx.tasks.run(lambda: self.ctx.client.customer(self.customer_id), self._loaded, self._failed, owner=self)

    def show_profile(self, profile: CustomerProfile) -> None:
        """Shows a profile the caller already has (no request)."""
        self._loaded(profile)

    def _loaded(self, profile: CustomerProfile) -> None:
        self.profile = profile
        self.status.clear()
        self.retry_button.hide()
        self._show_heading()
        frozen = profile.account_status is AccountStatus.frozen
        self.frozen_chip.setVisible(frozen)
        self.identity.set_profile(profile)
        self.risk.set_profile(profile)
        self.activity.set_profile(profile)
        self.banner.setVisible(profile.takeover_pattern)
        if self.actions is not None:
            self.actions.set_profile(profile)
            self.banner.set_freeze_available(not frozen, self.actions.why_not(ActionKind.freeze_account))
        else:
            self.banner.set_freeze_available(False)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not load the customer: %1").replace("%1", error_text(exc)))
        self.retry_button.show()

    def _on_event(self, event: EventOut) -> None:
        if event.customer_id == self.customer_id and event.kind in PROFILE_EVENTS:
            self._reload_soon.start()

    # --- hiding masks revealed values ---------------------------------------------------------

    def hideEvent(self, event: QEvent) -> None:
        self.identity.mask_all()
        super().hideEvent(event)
