"""The security action panel inside the customer profile (security agents and supervisors only):
the action buttons, the emergency freeze, and this customer's requests, kept live from the event bus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.contract import AccountStatus, ActionKind, ActionOut, ActionStatus, CustomerProfile, EventOut
from desk_app.ui.common.context import DeskContext
from desk_app.ui.security.action_form import ActionRequestDialog
from desk_app.ui.security.actions_model import ActionsModel
from desk_app.ui.security.tables import TitledTable
from desk_app.ui.security.timefmt import now
from desk_app.ui.security.wording import error_text, kind_name

EMERGENCY_STYLE = (
    "QPushButton { background: #8a0010; color: white; font-weight: bold; padding: 6px 14px;"
    " border-radius: 3px; } QPushButton:focus { outline: 2px solid #ffd54f; }"
    " QPushButton:disabled { background: #d9a3a9; }"
)
PROTECT = (ActionKind.freeze_account, ActionKind.revoke_sessions, ActionKind.lock_withdrawals)
RESTORE = (ActionKind.unfreeze_account, ActionKind.reset_2fa, ActionKind.unlock_withdrawals)
ACTION_EVENTS = {"action.requested", "action.decided", "action.review_overdue"}


class ActionPanel(QWidget):
    """Buttons open request forms; the table shows every request for this customer and its state."""

    action_submitted = Signal(object)  # ActionOut

    def __init__(
        self, ctx: DeskContext, customer_id: int, ticket_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id, self.ticket_id = ctx, customer_id, ticket_id
        self.profile: CustomerProfile | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.buttons: dict[ActionKind, QPushButton] = {}
        self.why_labels: dict[ActionKind, QLabel] = {}
        self.protect_group, self.restore_group = QGroupBox(self), QGroupBox(self)
        groups = self._groups = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for group, kinds in ((self.protect_group, PROTECT), (self.restore_group, RESTORE)):
            grid = QGridLayout(group)
            grid.setColumnStretch(1, 1)
            for row, kind in enumerate(kinds):
                button = QPushButton(group)
                button.setObjectName(f"request_{kind.value}")
                button.setMinimumWidth(200)
                button.clicked.connect(lambda _=False, k=kind: self.open_form(k))
                why = QLabel(group)
                why.setWordWrap(True)
                why.setStyleSheet("color: palette(placeholder-text);")
                self.buttons[kind], self.why_labels[kind] = button, why
                grid.addWidget(button, row, 0)
                grid.addWidget(why, row, 1)
            groups.addWidget(group, 1)
        self.emergency_button = QPushButton(self)
        self.emergency_button.setObjectName("emergencyFreeze")
        self.emergency_button.setStyleSheet(EMERGENCY_STYLE)
        self.emergency_button.clicked.connect(self.open_emergency_freeze)
        self.emergency_note = QLabel(self)
        self.emergency_note.setWordWrap(True)
        emergency = QHBoxLayout()
        emergency.addWidget(self.emergency_button)
        emergency.addWidget(self.emergency_note, 1)
        self.model = ActionsModel(self)
        self.table = TitledTable(self.model, "customerActions", self)
        self.table.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelRequest")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        below = QHBoxLayout()
        below.addWidget(self.status, 1)
        below.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(emergency)
        layout.addLayout(groups)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        ctx.events.received.connect(self._on_event)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Every action below needs a second person: a supervisor approves it before anything changes. "
                "The emergency freeze is the exception."
            )
        )
        self.protect_group.setTitle(self.tr("Protect the account"))
        self.restore_group.setTitle(self.tr("Restore access"))
        for kind, button in self.buttons.items():
            button.setText(self.tr("%1…").replace("%1", kind_name(kind)))
        self.emergency_button.setText(self.tr("Emergency &freeze…"))
        self.emergency_button.setAccessibleName(self.tr("Emergency freeze (takes effect at once)"))
        self.emergency_note.setText(
            self.tr("Freezes the account at once; a supervisor reviews it within 30 minutes and may reverse it.")
        )
        self.cancel_button.setText(self.tr("&Cancel my request"))
        self.table.set_texts(self.tr("Requests for this customer"), self.tr("No security actions requested yet."))
        self.model.retranslate()
        if self.profile is not None:
            self.set_profile(self.profile)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= 760
        self._groups.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- availability -------------------------------------------------------------------------

    def why_not(self, kind: ActionKind) -> str:
        """Why the action would change nothing now ("" if it would); the service still decides."""
        p = self.profile
        if p is None:
            return self.tr("Loading the customer…")
        waiting = [a for a in self.model.records() if a.kind is kind and a.status is ActionStatus.pending]
        if waiting:
            return self.tr("Request #%1 for this is already waiting for a supervisor.").replace(
                "%1", str(waiting[0].id)
            )
        frozen = p.account_status is AccountStatus.frozen
        locked = p.withdrawals_locked_until is not None and p.withdrawals_locked_until > now()
        reasons = {
            ActionKind.freeze_account: self.tr("The account is already frozen.") if frozen else "",
            ActionKind.unfreeze_account: "" if frozen else self.tr("The account is not frozen."),
            ActionKind.reset_2fa: "" if p.twofa_enabled else self.tr("Two-factor authentication is already off."),
            ActionKind.revoke_sessions: "" if p.sessions else self.tr("The customer has no active sessions."),
            ActionKind.lock_withdrawals: "",
            ActionKind.unlock_withdrawals: "" if locked else self.tr("Withdrawals are not locked."),
        }
        return reasons[kind]

    def set_profile(self, profile: CustomerProfile) -> None:
        self.profile = profile
        for kind, button in self.buttons.items():
            reason = self.why_not(kind)
            button.setEnabled(not reason)
            button.setToolTip(reason or self.tr("Opens the request form; nothing happens until you submit it."))
            self.why_labels[kind].setText(reason)
        freeze_reason = self.why_not(ActionKind.freeze_account)
        self.emergency_button.setEnabled(not freeze_reason)
        self.emergency_button.setToolTip(freeze_reason)

    # --- forms --------------------------------------------------------------------------------

    def _display(self) -> str:
        return self.profile.name if self.profile is not None else ""

    def open_form(self, kind: ActionKind, emergency: bool = False) -> ActionRequestDialog:
        dialog = ActionRequestDialog(self.ctx, kind, self.customer_id, self._display(), self.ticket_id, emergency, self)
        dialog.submitted.connect(self._submitted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_emergency_freeze(self) -> ActionRequestDialog:
        return self.open_form(ActionKind.freeze_account, emergency=True)

    def _submitted(self, action: ActionOut) -> None:
        if action.status is ActionStatus.under_review:
            self.status.setText(
                self.tr("%1 taken at once; a supervisor will review it.").replace("%1", kind_name(action.kind))
            )
        else:
            self.status.setText(
                self.tr("%1 requested; waiting for a supervisor.").replace("%1", kind_name(action.kind))
            )
        self.action_submitted.emit(action)
        self.refresh()

    # --- the request list ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.tasks.run(
            lambda: self.ctx.client.actions(customer_id=self.customer_id), self._loaded, self._load_failed, owner=self
        )

    def _loaded(self, actions: list[ActionOut]) -> None:
        selected = self.selected()
        self.model.set_records(sorted(actions, key=lambda a: a.id, reverse=True))
        if selected is not None:
            for row, action in enumerate(self.model.records()):
                if action.id == selected.id:
                    self.table.view.selectRow(row)
        self._selection_changed()
        if self.profile is not None:
            self.set_profile(self.profile)

    def _load_failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not load the requests: %1").replace("%1", error_text(exc)))

    def _on_event(self, event: EventOut) -> None:
        if event.kind in ACTION_EVENTS and event.customer_id == self.customer_id:
            self.refresh()

    def selected(self) -> ActionOut | None:
        rows = self.table.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        action = self.selected()
        mine = action is not None and action.status is ActionStatus.pending and action.requested_by == self.ctx.agent.id
        self.cancel_button.setEnabled(mine)
        self.cancel_button.setToolTip("" if mine else self.tr("Select one of your own pending requests."))

    def cancel_selected(self) -> None:
        action = self.selected()
        if action is None:
            return
        self.cancel_button.setEnabled(False)
        self.ctx.tasks.run(lambda: self.ctx.client.cancel(action.id), self._cancelled, self._cancel_failed, owner=self)

    def _cancelled(self, action: ActionOut) -> None:
        self.status.setText(self.tr("Request cancelled: %1").replace("%1", kind_name(action.kind)))
        self.refresh()

    def _cancel_failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not cancel: %1").replace("%1", error_text(exc)))
        self.refresh()
