"""The audit trail for a customer, a ticket or the whole desk, with the chain's verification state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.contract import AuditVerification, EventOut
from desk_app.ui.audit.model import AuditModel
from desk_app.ui.common.context import DeskContext
from desk_app.ui.security.tables import TitledTable
from desk_app.ui.security.wording import error_text

VERIFIED_STYLE = "color: #1b5e20; font-weight: bold;"
BROKEN_STYLE = "color: white; background: #b00020; font-weight: bold; padding: 4px 8px;"
AUDITED_EVENTS = ("action.", "customer.revealed")


class AuditView(QWidget):
    """Every request, decision, execution and reveal, newest first, paged by cursor as you scroll."""

    def __init__(
        self,
        ctx: DeskContext,
        customer_id: int | None = None,
        ticket_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id, self.ticket_id = ctx, customer_id, ticket_id
        self.verification: AuditVerification | None = None
        self.model = AuditModel(ctx, customer_id, ticket_id, parent=self)
        self.table = TitledTable(self.model, "auditTable", self)
        self.chain = QLabel(self)
        self.chain.setObjectName("auditChainState")
        self.chain.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.chain, 1)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.model.loading_changed.connect(self._loading)
        self.model.failed.connect(self._failed)
        self.model.rowsInserted.connect(self._fit_once)
        self._fitted = False
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(300)
        self._coalesce.timeout.connect(self.reload)
        ctx.events.received.connect(self._on_event)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        if self.customer_id is not None:
            title = self.tr("Audit trail for this customer")
        elif self.ticket_id is not None:
            title = self.tr("Audit trail for this ticket")
        else:
            title = self.tr("Audit trail for the whole desk")
        self.table.set_texts(title, self.tr("Nothing recorded yet."))
        self.reload_button.setText(self.tr("&Reload and verify"))
        self.model.retranslate()
        self._show_chain()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        self.model.reload()
        self.ctx.tasks.run(self.ctx.client.verify_audit, self._verified, self._verify_failed, owner=self)

    def _verified(self, result: AuditVerification) -> None:
        self.verification = result
        self._show_chain()

    def _verify_failed(self, exc: Exception) -> None:
        self.verification = None
        self.chain.setStyleSheet("")
        self.chain.setText(self.tr("Could not verify the audit chain: %1").replace("%1", error_text(exc)))

    def _show_chain(self) -> None:
        result = self.verification
        if result is None:
            self.chain.setStyleSheet("")
            self.chain.setText(self.tr("Verifying the audit chain…"))
        elif result.ok:
            self.chain.setStyleSheet(VERIFIED_STYLE)
            self.chain.setText(self.tr("✔ Audit chain verified: %n entries", "", result.checked))
        else:
            self.chain.setStyleSheet(BROKEN_STYLE)
            self.chain.setText(
                self.tr("✖ CHAIN BROKEN at entry #%1 — report this to security at once").replace(
                    "%1", str(result.first_bad_id)
                )
            )
        self.chain.setAccessibleName(self.chain.text())

    def _loading(self, loading: bool) -> None:
        if loading:
            self.status.setText(self.tr("Loading…"))
        elif self.model.canFetchMore():
            self.status.setText(
                self.tr("Entries shown: %n. Older ones load as you scroll down.", "", self.model.rowCount())
            )
        else:
            self.status.setText(self.tr("Entries shown: %n (all of them).", "", self.model.rowCount()))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not load the audit trail: %1").replace("%1", error_text(exc)))

    def _fit_once(self) -> None:
        if not self._fitted:
            self._fitted = True
            self.table.fit_columns()

    def _on_event(self, event: EventOut) -> None:
        if not event.kind.startswith(AUDITED_EVENTS):
            return
        if self.customer_id is not None and event.customer_id != self.customer_id:
            return
        if self.ticket_id is not None and event.ticket_id != self.ticket_id:
            return
        self._coalesce.start()
