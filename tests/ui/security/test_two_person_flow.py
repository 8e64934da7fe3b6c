"""The two-person rule end to end, in two signed-in windows against the real service: a security
agent requests through the customer panel, a supervisor decides in the approvals view."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desk_app.contract import AccountStatus, ActionCreate, ActionKind, ActionOut, ActionStatus, EventOut
from desk_app.ui.approvals.view import ApprovalsView
from desk_app.ui.common.context import DeskContext
from desk_app.ui.customer.panel import CustomerPanel
from desk_app.ui.security.action_form import ActionRequestDialog
from desk_app.ui.security.confirm import ConfirmDialog
from desk_app.ui.security.timefmt import now
from tests.ui.security.desks import DemoCustomers, Desks, confirm, wait_dialog, wait_live

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()


def open_panel(qtbot: QtBot, ctx: DeskContext, customer_id: int, ticket_id: int | None = None) -> CustomerPanel:
    panel = CustomerPanel(ctx, customer_id, ticket_id)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=3000)
    return panel


def open_approvals(qtbot: QtBot, ctx: DeskContext) -> ApprovalsView:
    view = ApprovalsView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitUntil(lambda: view._known is not None, timeout=3000)  # first load done
    return view


def request(qtbot: QtBot, panel: CustomerPanel, kind: ActionKind, reason: str) -> dict[str, str]:
    """Fill in and submit the request form the way a person does; returns the texts it showed."""
    assert panel.actions is not None
    button = panel.actions.buttons[kind]
    assert button.isEnabled(), button.toolTip()
    button.click()
    form = wait_dialog(qtbot, ActionRequestDialog, panel)
    assert isinstance(form, ActionRequestDialog)
    assert form.cancel_button.isDefault() and not form.submit_button.isDefault()
    assert not form.submit_button.isEnabled(), "a reason is mandatory"
    qtbot.keyClicks(form.reason, reason)
    texts = {"consequences": form.consequences.text(), "ticket": form.ticket.text()}
    form.submit_button.click()
    qtbot.waitUntil(lambda: gone(form), timeout=3000)
    return texts


def gone(widget: QWidget) -> bool:
    return not isValid(widget) or not widget.isVisible()


def shown(view: ApprovalsView, customer_id: int, kind: ActionKind) -> ActionOut | None:
    for action in view.model.records():
        if action.customer_id == customer_id and action.kind is kind:
            return action
    return None


def select(qtbot: QtBot, view: ApprovalsView, action: ActionOut) -> None:
    assert view.select_action(action.id)
    qtbot.waitUntil(lambda: view.evidence.action is not None and view.evidence.action.id == action.id, timeout=1000)


def test_reset_2fa_requested_approved_and_audited(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    agent, boss = desks("secops1"), desks("super1")
    wait_live(qtbot, agent, boss)
    profile, ticket = customers.takeover["ko"]
    assert profile.twofa_enabled and profile.account_status is AccountStatus.active
    panel = open_panel(qtbot, agent, profile.id, ticket)
    assert panel.banner.isVisible(), "the main story shows the account-takeover pattern"
    approvals = open_approvals(qtbot, boss)
    counts: list[int] = []
    notes: list[str] = []
    approvals.pending_count_changed.connect(counts.append)
    approvals.notifier.shown.connect(lambda title, text: notes.append(f"{title}: {text}"))

    form = request(qtbot, panel, ActionKind.reset_2fa, "Caller failed the video check; 2FA re-bound from NL")
    assert "48 hours" in form["consequences"]
    assert f"#{ticket}" in form["ticket"]

    qtbot.waitUntil(lambda: shown(approvals, profile.id, ActionKind.reset_2fa) is not None, timeout=3000)
    action = shown(approvals, profile.id, ActionKind.reset_2fa)
    assert action is not None and action.status is ActionStatus.pending
    assert counts and counts[-1] >= 1
    assert any("Reset 2FA" in note for note in notes), notes
    qtbot.waitUntil(lambda: any(a.id == action.id for a in panel.actions.model.records()), timeout=3000)
    assert not panel.actions.buttons[ActionKind.reset_2fa].isEnabled(), "no second request while one waits"

    select(qtbot, approvals, action)
    evidence = approvals.evidence
    assert evidence.decision.approve_button.isVisible() and evidence.decision.reject_button.isVisible()
    qtbot.waitUntil(lambda: evidence.risk_model.rowCount() > 0, timeout=3000)
    if action.ticket_id is not None:
        qtbot.waitUntil(lambda: evidence.conversation_model.rowCount() > 0, timeout=3000)
    evidence.decision.approve_button.click()
    confirm(qtbot, approvals)
    qtbot.waitUntil(
        lambda: evidence.action is not None and evidence.action.status is ActionStatus.executed, timeout=3000
    )
    qtbot.waitUntil(lambda: shown(approvals, profile.id, ActionKind.reset_2fa) is None, timeout=3000)

    # The requester's window follows: profile and request list, from the event bus.
    qtbot.waitUntil(lambda: panel.profile is not None and not panel.profile.twofa_enabled, timeout=3000)
    locked = panel.profile.withdrawals_locked_until
    assert locked is not None and timedelta(hours=47, minutes=50) < locked - now() <= timedelta(hours=48)
    assert "OFF" in panel.identity.values["twofa"].text()
    assert "Locked until" in panel.identity.values["withdrawals"].text()
    qtbot.waitUntil(
        lambda: any(a.id == action.id and a.status is ActionStatus.executed for a in panel.actions.model.records()),
        timeout=3000,
    )
    assert not panel.actions.buttons[ActionKind.reset_2fa].isEnabled()
    assert "already off" in panel.actions.buttons[ActionKind.reset_2fa].toolTip()

    audit = panel.audit
    assert audit is not None
    wanted = {"action.requested", "action.approved", "action.executed"}
    qtbot.waitUntil(
        lambda: wanted <= {e.event for e in audit.model.entries() if e.action_id == action.id}, timeout=3000
    )
    qtbot.waitUntil(lambda: audit.verification is not None, timeout=3000)
    assert audit.verification.ok and "Audit chain verified" in audit.chain.text()


def test_reject_needs_a_comment_and_the_requester_sees_it(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    agent, boss = desks("secops2"), desks("super2")
    wait_live(qtbot, agent, boss)
    customer = customers.plain_one()
    panel = open_panel(qtbot, agent, customer.id)
    approvals = open_approvals(qtbot, boss)
    request(qtbot, panel, ActionKind.revoke_sessions, "Customer reports a stolen laptop")
    qtbot.waitUntil(lambda: shown(approvals, customer.id, ActionKind.revoke_sessions) is not None, timeout=3000)
    action = shown(approvals, customer.id, ActionKind.revoke_sessions)
    assert action is not None
    select(qtbot, approvals, action)
    evidence = approvals.evidence

    evidence.decision.reject_button.click()  # no comment yet: refused here, nothing sent
    assert "required" in evidence.decision.message.text()
    assert evidence.action is not None and evidence.action.status is ActionStatus.pending

    qtbot.keyClicks(evidence.decision.comment, "Laptop was found; customer confirmed on the phone")
    evidence.decision.reject_button.click()
    qtbot.waitUntil(
        lambda: evidence.action is not None and evidence.action.status is ActionStatus.rejected, timeout=3000
    )

    def rejected_with_comment() -> bool:
        row = next((a for a in panel.actions.model.records() if a.id == action.id), None)
        return row is not None and row.status is ActionStatus.rejected and bool(row.decision_comment)

    qtbot.waitUntil(rejected_with_comment, timeout=3000)
    row = next(r for r, a in enumerate(panel.actions.model.records()) if a.id == action.id)
    decision = panel.actions.model.index(row, 5).data()
    assert "Laptop was found" in decision and "David Okafor" in decision


def test_requester_cancels_their_own_pending_request(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    agent, other, boss = desks("secops1"), desks("secops2"), desks("super1")
    wait_live(qtbot, agent, other, boss)
    customer = customers.plain_one()
    panel = open_panel(qtbot, agent, customer.id)
    colleague = open_panel(qtbot, other, customer.id)
    approvals = open_approvals(qtbot, boss)
    request(qtbot, panel, ActionKind.freeze_account, "Customer asked us to freeze while travelling")
    qtbot.waitUntil(lambda: shown(approvals, customer.id, ActionKind.freeze_account) is not None, timeout=3000)
    qtbot.waitUntil(lambda: colleague.actions.model.rowCount() == 1, timeout=3000)

    colleague.actions.table.view.selectRow(0)
    assert not colleague.actions.cancel_button.isEnabled(), "only the requester may cancel"
    qtbot.waitUntil(lambda: panel.actions.model.rowCount() == 1, timeout=3000)
    panel.actions.table.view.selectRow(0)
    assert panel.actions.cancel_button.isEnabled()
    panel.actions.cancel_button.click()
    qtbot.waitUntil(lambda: panel.actions.model.records()[0].status is ActionStatus.cancelled, timeout=3000)
    qtbot.waitUntil(lambda: shown(approvals, customer.id, ActionKind.freeze_account) is None, timeout=3000)
    qtbot.waitUntil(lambda: colleague.actions.model.records()[0].status is ActionStatus.cancelled, timeout=3000)


def test_a_supervisor_is_never_offered_their_own_request(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    boss, other_boss = desks("super1"), desks("super2")
    wait_live(qtbot, boss, other_boss)
    customer = customers.plain_one()
    panel = open_panel(qtbot, boss, customer.id)
    mine = open_approvals(qtbot, boss)
    theirs = open_approvals(qtbot, other_boss)
    request(qtbot, panel, ActionKind.lock_withdrawals, "Suspicious withdrawal pattern reported by wallet ops")
    qtbot.waitUntil(lambda: shown(mine, customer.id, ActionKind.lock_withdrawals) is not None, timeout=3000)
    action = shown(mine, customer.id, ActionKind.lock_withdrawals)
    assert action is not None and action.params == {"hours": 24}

    select(qtbot, mine, action)
    assert (
        not mine.evidence.decision.approve_button.isVisible() and not mine.evidence.decision.reject_button.isVisible()
    )
    assert mine.evidence.decision.own_note.isVisible()
    assert "another supervisor must decide" in mine.evidence.decision.own_note.text()
    qtbot.waitUntil(lambda: shown(theirs, customer.id, ActionKind.lock_withdrawals) is not None, timeout=3000)
    select(qtbot, theirs, action)
    assert theirs.evidence.decision.approve_button.isVisible() and not theirs.evidence.decision.own_note.isVisible()
    panel.actions.table.view.selectRow(0)
    panel.actions.cancel_button.click()
    qtbot.waitUntil(lambda: shown(theirs, customer.id, ActionKind.lock_withdrawals) is None, timeout=3000)


def test_two_supervisors_approve_at_once_one_wins(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    agent, first, second = desks("secops2"), desks("super1"), desks("super2")
    wait_live(qtbot, agent, first, second)
    customer = customers.plain_one()
    panel = open_panel(qtbot, agent, customer.id)
    views = [open_approvals(qtbot, first), open_approvals(qtbot, second)]
    request(qtbot, panel, ActionKind.freeze_account, "Customer's e-mail account was compromised")
    for view in views:
        qtbot.waitUntil(lambda v=view: shown(v, customer.id, ActionKind.freeze_account) is not None, timeout=3000)
        action = shown(view, customer.id, ActionKind.freeze_account)
        assert action is not None
        select(qtbot, view, action)
        view.evidence.decision.approve_button.click()
    dialogs = [wait_dialog(qtbot, ConfirmDialog, view) for view in views]
    for dialog in dialogs:  # both press "Approve" before either answer arrives
        dialog.ok_button.click()
    messages = lambda: [view.evidence.decision.message.text() for view in views]  # noqa: E731
    qtbot.waitUntil(lambda: all(messages()), timeout=5000)
    assert sorted("Done" in m for m in messages()) == [False, True], messages()
    loser = next(m for m in messages() if "Done" not in m)
    assert "Already decided by" in loser, loser
    for view in views:
        assert not view.evidence.decision.approve_button.isVisible()
    qtbot.waitUntil(
        lambda: panel.profile is not None and panel.profile.account_status is AccountStatus.frozen, timeout=3000
    )
    assert panel.frozen_chip.isVisible()


def test_emergency_freeze_is_immediate_then_reversed(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    agent, boss = desks("secops1"), desks("super2")
    wait_live(qtbot, agent, boss)
    profile, ticket = customers.takeover["zh"]
    assert profile.account_status is AccountStatus.active
    panel = open_panel(qtbot, agent, profile.id, ticket)
    approvals = open_approvals(qtbot, boss)
    assert panel.banner.isVisible() and panel.banner.freeze_button.isEnabled()

    panel.banner.freeze_button.click()
    form = wait_dialog(qtbot, ActionRequestDialog, panel)
    assert isinstance(form, ActionRequestDialog) and form.emergency
    assert form.cancel_button.isDefault()
    assert "frozen immediately" in form.consequences.text() and "30 minutes" in form.consequences.text()
    qtbot.keyClicks(form.reason, "Withdrawal pending in the hot wallet queue; stopping it now")
    form.submit_button.click()
    qtbot.waitUntil(lambda: gone(form), timeout=3000)
    qtbot.waitUntil(lambda: panel.profile.account_status is AccountStatus.frozen, timeout=3000)
    assert panel.frozen_chip.isVisible() and not panel.banner.freeze_button.isEnabled()
    assert "FROZEN" in panel.identity.values["status"].text()

    qtbot.waitUntil(lambda: shown(approvals, profile.id, ActionKind.freeze_account) is not None, timeout=3000)
    action = shown(approvals, profile.id, ActionKind.freeze_account)
    assert action is not None and action.status is ActionStatus.under_review and action.emergency
    row = approvals.model.records().index(action)
    assert "under review" in approvals.model.index(row, 0).data()
    assert "review:" in approvals.model.index(row, 4).data()
    select(qtbot, approvals, action)
    evidence = approvals.evidence
    assert "Reverse" in evidence.decision.reject_button.text().replace("&", "")
    qtbot.keyClicks(evidence.decision.comment, "Customer verified by video; the withdrawal was theirs")
    evidence.decision.reject_button.click()
    confirm(qtbot, approvals)
    qtbot.waitUntil(lambda: evidence.action.status is ActionStatus.reversed, timeout=3000)
    qtbot.waitUntil(lambda: panel.profile.account_status is AccountStatus.active, timeout=3000)
    assert not panel.frozen_chip.isVisible()
    qtbot.waitUntil(
        lambda: any(a.id == action.id and a.status is ActionStatus.reversed for a in panel.actions.model.records()),
        timeout=3000,
    )


def test_enter_in_a_request_form_cancels_and_changes_nothing(
    qtbot: QtBot, desks: Desks, customers: DemoCustomers
) -> None:
    agent = desks("secops2")
    customer = customers.plain_one()
    panel = open_panel(qtbot, agent, customer.id)
    panel.tabs.setCurrentWidget(panel.actions)
    panel.actions.buttons[ActionKind.lock_withdrawals].click()
    form = wait_dialog(qtbot, ActionRequestDialog, panel)
    assert isinstance(form, ActionRequestDialog)
    assert form.hours.isVisible() and form.hours.value() == 24
    form.hours.setValue(72)
    assert "72 h" in form.consequences.text()
    qtbot.keyClicks(form.reason, "Typed, then thought better of it")
    form.hours.setFocus()
    qtbot.keyClick(form.hours, Qt.Key.Key_Return)  # the default button is Cancel
    qtbot.waitUntil(lambda: gone(form), timeout=2000)
    assert agent.client.actions(customer_id=customer.id) == []


def test_the_review_overdue_alert_turns_the_row_red(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    """The sweeper's `action.review_overdue` event marks the request even before its deadline shows it."""
    agent, boss = desks("secops1"), desks("super1")
    wait_live(qtbot, agent, boss)
    customer = customers.plain_one()
    view = open_approvals(qtbot, boss)
    created = agent.client.request_action(
        ActionCreate(
            customer_id=customer.id,
            kind=ActionKind.lock_withdrawals,
            params={"hours": 12},
            reason="Phishing link clicked",
            emergency=True,
        )
    )
    qtbot.waitUntil(lambda: view.select_action(created.id), timeout=3000)
    row = next(r for r, a in enumerate(view.model.records()) if a.id == created.id)
    assert view.model.index(row, 0).data(Qt.ItemDataRole.FontRole) is None
    notes: list[str] = []
    view.notifier.shown.connect(lambda title, text: notes.append(title))
    boss.events.received.emit(
        EventOut(id=10**9, kind="action.review_overdue", at=now(), action_id=created.id, customer_id=customer.id)
    )
    assert view.model.is_overdue(created) and "Emergency review overdue" in notes
    row = next(r for r, a in enumerate(view.model.records()) if a.id == created.id)
    assert view.model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()
