"""The form behind each security action button: consequences in plain words, a mandatory reason,
the linked ticket; Cancel is the default. Submitting creates a pending request (or, for an
emergency freeze, freezes at once and leaves it for a supervisor's review)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.client import ValidationFailed
from desk_app.client.base import build_request
from desk_app.contract import MAX_REASON, ActionCreate, ActionKind, ActionOut
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import one_line
from desk_app.ui.security.step_up import run_guarded
from desk_app.ui.security.wording import consequences, emergency_consequences, error_text, kind_name

MIN_REASON = 3
MAX_LOCK_HOURS = 24 * 30  # the service's limit
CONSEQUENCES_STYLE = "background: #fff1c2; color: #3d2800; padding: 8px; border-radius: 4px;"
EMERGENCY_STYLE = "background: #8a0010; color: white; padding: 8px; border-radius: 4px; font-weight: bold;"


class ActionRequestDialog(QDialog):
    """Request one security action for one customer; emits `submitted` with what the service made."""

    submitted = Signal(object)  # ActionOut

    def __init__(
        self,
        ctx: DeskContext,
        kind: ActionKind,
        customer_id: int,
        customer_display: str,
        ticket_id: int | None,
        emergency: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.customer_id, self.ticket_id = ctx, kind, customer_id, ticket_id
        self.customer_display, self.emergency = one_line(customer_display, 80), emergency
        self.setObjectName("emergencyFreezeDialog" if emergency else "actionRequestDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.consequences = QLabel(self)
        self.consequences.setObjectName("consequences")
        self.consequences.setTextFormat(Qt.TextFormat.PlainText)
        self.consequences.setWordWrap(True)
        self.consequences.setStyleSheet(EMERGENCY_STYLE if emergency else CONSEQUENCES_STYLE)
        self.process = QLabel(self)
        self.process.setWordWrap(True)
        form = QFormLayout()
        self._customer_label, self.customer = QLabel(self), QLabel(self)
        self._ticket_label, self.ticket = QLabel(self), QLabel(self)
        for label in (self.customer, self.ticket):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self._customer_label, self.customer)
        form.addRow(self._ticket_label, self.ticket)
        self._hours_label = QLabel(self)
        self.hours = QSpinBox(self)
        self.hours.setObjectName("lockHours")
        self.hours.setRange(1, MAX_LOCK_HOURS)
        self.hours.setValue(24)
        self._hours_label.setBuddy(self.hours)
        self.hours.valueChanged.connect(self._update_consequences)
        if kind is ActionKind.lock_withdrawals:
            form.addRow(self._hours_label, self.hours)
        else:
            self._hours_label.hide()
            self.hours.hide()
        self._reason_label = QLabel(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("actionReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self._reason_label.setBuddy(self.reason)
        self.reason.textChanged.connect(self._update_enabled)
        self.error = QLabel(self)
        self.error.setObjectName("actionError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("submitAction")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.submit_button.setAutoDefault(False)
        if emergency:
            self.submit_button.setStyleSheet(
                "QPushButton { color: #8a0010; font-weight: bold; }"
                " QPushButton:disabled { color: #a0a0a0; font-weight: normal; }"
            )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.consequences)
        layout.addWidget(self.process)
        layout.addWidget(self._reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_enabled()
        self.cancel_button.setFocus()

    def retranslate_ui(self) -> None:
        name = kind_name(self.kind)
        if self.emergency:
            self.setWindowTitle(self.tr("Emergency: %1").replace("%1", name))
            self.heading.setText(self.tr("Emergency: %1 now").replace("%1", name.lower()))
            self.process.setText(
                self.tr(
                    "This takes effect the moment you press the button. Your reason and the action are recorded "
                    "in the audit log and shown to the supervisors."
                )
            )
            self.submit_button.setText(self.tr("%1 &now").replace("%1", name))
        else:
            self.setWindowTitle(self.tr("Request: %1").replace("%1", name))
            self.heading.setText(self.tr("Request: %1").replace("%1", name))
            self.process.setText(
                self.tr(
                    "Nothing changes yet: a supervisor other than you must approve this request. It expires if "
                    "nobody decides it in time. You can cancel it while it is pending."
                )
            )
            self.submit_button.setText(self.tr("&Request approval"))
        self._customer_label.setText(self.tr("Customer:"))
        self.customer.setText(
            self.tr("#%1 · %2").replace("%1", str(self.customer_id)).replace("%2", one_line(self.customer_display, 80))
        )
        self._ticket_label.setText(self.tr("Linked ticket:"))
        self.ticket.setText(
            self.tr("#%1").replace("%1", str(self.ticket_id))
            if self.ticket_id is not None
            else self.tr("None — the request is not linked to a ticket")
        )
        self._hours_label.setText(self.tr("Lock for (&hours):"))
        self.hours.setAccessibleName(self.tr("Lock withdrawals for how many hours"))
        self.hours.setSuffix(self.tr(" h"))
        self._reason_label.setText(self.tr("Rea&son (required; the supervisor and the audit log see it):"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("What you saw and why this action is needed"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update_consequences()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_consequences(self) -> None:
        text = emergency_consequences() if self.emergency else consequences(self.kind, self.hours.value())
        if self.emergency and self.kind is not ActionKind.freeze_account:
            text = consequences(self.kind, self.hours.value()) + "\n\n" + text
        self.consequences.setText(text)

    def _reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update_enabled(self) -> None:
        ok = MIN_REASON <= len(self._reason_text()) <= MAX_REASON
        self.submit_button.setEnabled(ok and self.reason.isEnabled())

    def _set_busy(self, busy: bool) -> None:
        self.reason.setEnabled(not busy)
        self.hours.setEnabled(not busy)
        self._update_enabled()

    def _submit(self) -> None:
        reason = self._reason_text()
        if len(reason) < MIN_REASON:
            return
        params = {"hours": self.hours.value()} if self.kind is ActionKind.lock_withdrawals else {}
        try:
            body = build_request(
                ActionCreate,
                customer_id=self.customer_id,
                ticket_id=self.ticket_id,
                kind=self.kind,
                reason=reason,
                params=params,
                emergency=self.emergency,
            )
        except ValidationFailed:
            self.error.setText(self.tr("The reason contains characters that cannot be stored."))
            self.error.show()
            return
        self.error.hide()
        self._set_busy(True)
        run_guarded(
            self.ctx,
            self,
            lambda: self.ctx.client.request_action(body),
            self._done,
            self._failed,
            on_cancelled=lambda: self._set_busy(False),
        )

    def _done(self, action: ActionOut) -> None:
        self.submitted.emit(action)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.error.setText(error_text(exc))
        self.error.show()
