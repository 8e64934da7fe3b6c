"""The decision on one request: approve (optional comment) or reject (comment required), sending the
version the supervisor saw, with the step-up prompt and plain answers to every 409."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.client import Conflict
from desk_app.contract import MAX_COMMENT, OPEN_ACTION_STATUSES, ActionOut, ActionStatus, ErrorCode
from desk_app.ui.common.context import DeskContext
from desk_app.ui.security.confirm import ConfirmDialog
from desk_app.ui.security.step_up import run_guarded
from desk_app.ui.security.wording import consequences, error_text, kind_label, kind_name, status_name

OK_STYLE = "color: #1b5e20; font-weight: bold;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"


class DecisionBox(QGroupBox):
    """Shown to supervisors; never offers a decision on their own request."""

    decided = Signal(object)  # ActionOut: after a decision, or when it turned out to be decided already

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action: ActionOut | None = None
        self._comment_label = QLabel(self)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("decisionComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(70)
        self._comment_label.setBuddy(self.comment)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveButton")
        self.reject_button = QPushButton(self)
        self.reject_button.setObjectName("rejectButton")
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.own_note = QLabel(self)
        self.own_note.setObjectName("ownRequestNote")
        self.own_note.setStyleSheet("font-weight: bold;")
        self.message = QLabel(self)
        self.message.setObjectName("decisionMessage")
        for label in (self.own_note, self.message):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._comment_label)
        layout.addWidget(self.comment)
        layout.addLayout(buttons)
        layout.addWidget(self.own_note)
        layout.addWidget(self.message)
        self.setVisible(ctx.can_decide)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Decision"))
        self._comment_label.setText(self.tr("Co&mment (required to reject; the requester sees it):"))
        self.comment.setAccessibleName(self.tr("Decision comment"))
        self.own_note.setText(self.tr("Your request — another supervisor must decide."))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_action(self, action: ActionOut | None) -> None:
        """A different request clears the comment and the last message; the same one keeps them."""
        if action is None or self.action is None or action.id != self.action.id:
            self.comment.clear()
            self.message.clear()
        self.action = action
        self._update_buttons()

    def _update_buttons(self) -> None:
        a = self.action
        open_ = a is not None and a.status in OPEN_ACTION_STATUSES
        mine = a is not None and a.requested_by == self.ctx.agent.id
        may_decide = self.ctx.can_decide and open_ and not mine
        for widget in (self.approve_button, self.reject_button, self.comment, self._comment_label):
            widget.setVisible(may_decide)
        self.own_note.setVisible(self.ctx.can_decide and open_ and mine)
        if a is not None and a.status is ActionStatus.under_review:
            self.approve_button.setText(self.tr("&Keep it (confirm)…"))
            self.reject_button.setText(self.tr("Re&verse it…"))
        else:
            self.approve_button.setText(self.tr("&Approve…"))
            self.reject_button.setText(self.tr("&Reject"))

    def _comment_text(self) -> str:
        return self.comment.toPlainText().strip()

    def say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    # --- approve and reject -------------------------------------------------------------------

    def approve(self) -> None:
        a = self.action
        if a is None:
            return
        if len(self._comment_text()) > MAX_COMMENT:
            self.say(self.tr("The comment is too long."), ok=False)
            return
        if a.status is ActionStatus.under_review:
            question = self.tr("Keep the emergency %1 in place?").replace("%1", kind_name(a.kind).lower())
            details = self.tr("The action stays in effect and the review is closed.")
            button = self.tr("&Keep it")
        else:
            question = (
                self.tr("Approve and carry out “%1” for customer #%2 now?")
                .replace("%1", kind_label(a.kind, a.params))
                .replace("%2", str(a.customer_id))
            )
            details = consequences(a.kind, int(a.params.get("hours", 24)))
            button = self.tr("&Approve and carry out")
        self._confirm(self.tr("Approve request"), question, details, button, approve=True)

    def reject(self) -> None:
        a = self.action
        if a is None:
            return
        if not self._comment_text():
            self.say(self.tr("Say why you reject this request: the comment is required."), ok=False)
            self.comment.setFocus()
            return
        if a.status is ActionStatus.under_review:
            question = self.tr("Reverse the emergency %1?").replace("%1", kind_name(a.kind).lower())
            details = self.tr(
                "The account goes back to how it was before the emergency action. "
                "Do this only if the action was a mistake."
            )
            self._confirm(self.tr("Reverse emergency action"), question, details, self.tr("Re&verse"), approve=False)
        else:
            self.send(approve=False)

    def _confirm(self, title: str, question: str, details: str, button: str, approve: bool) -> None:
        dialog = ConfirmDialog(title, question, details, button, self)
        dialog.accepted.connect(lambda: self.send(approve))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def send(self, approve: bool) -> None:
        """Send the decision for the version on screen; a step-up prompt keeps the comment."""
        a = self.action
        if a is None:
            return
        action_id, version, comment = a.id, a.version, self._comment_text()
        call = self.ctx.client.approve if approve else self.ctx.client.reject
        self._set_busy(True)
        self.message.clear()
        run_guarded(
            self.ctx,
            self,
            lambda: call(action_id, comment, version),
            self._sent,
            self._send_failed,
            on_cancelled=lambda: self._set_busy(False),
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.approve_button, self.reject_button, self.comment):
            widget.setEnabled(not busy)

    def _sent(self, action: ActionOut) -> None:
        self._set_busy(False)
        self.comment.clear()
        if action.status is ActionStatus.failed:
            self.say(self.tr("Approved, but the account system could not carry it out."), ok=False)
        else:
            self.say(self.tr("Done: %1.").replace("%1", status_name(action.status)), ok=True)
        self.decided.emit(action)

    def _send_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, Conflict) or self.action is None:
            self.say(error_text(exc), ok=False)
            return
        code, action_id = exc.code, self.action.id
        self.ctx.tasks.run(
            lambda: self.ctx.client.action(action_id),
            lambda fresh: self._explain(code, fresh),
            lambda _e: self.say(error_text(exc), ok=False),
            owner=self,
        )

    def _explain(self, code: object, fresh: ActionOut) -> None:
        """Say what happened in the words of the request's current state, then show that state."""
        if fresh.status not in OPEN_ACTION_STATUSES:
            if fresh.status is ActionStatus.expired:
                text = self.tr("This request expired before anyone decided it.")
            elif fresh.decided_by_name:
                text = (
                    self.tr("Already decided by %1: %2.")
                    .replace("%1", fresh.decided_by_name)
                    .replace("%2", status_name(fresh.status).lower())
                )
            else:
                text = self.tr("Already decided: %1.").replace("%1", status_name(fresh.status).lower())
        elif code == ErrorCode.version_conflict:
            text = self.tr("This request changed since you opened it. Check it again before deciding.")
        elif code == ErrorCode.no_effect:
            text = self.tr("Approving would change nothing: the account is already in that state. Reject it instead.")
        else:
            text = error_text(Conflict(409, str(code), ""))
        self.say(text, ok=False)
        self.decided.emit(fresh)
