"""Step-up in place: a service that wants a fresh second factor after 1.2 s asks for the code on
reveal and on approve; the call is retried with what the person typed, without typing it again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desk_app.contract import ActionCreate, ActionKind, ActionStatus, RevealField
from desk_app.ui.approvals.view import ApprovalsView
from desk_app.ui.customer.panel import CustomerPanel
from desk_app.ui.customer.reveal import RevealDialog
from desk_app.ui.security.step_up import StepUpDialog
from tests.helpers import ServiceProcess, start_service
from tests.ui.security.desks import DemoCustomers, Desks, answer_step_up, confirm, wait_dialog, wait_live

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """The demo service with a step-up window of 1.2 seconds: every approval and reveal asks again."""
    with start_service(tmp_path_factory.mktemp("step-up"), extra_args=["--step-up-minutes", "0.02"]) as running:
        yield running


def test_reveal_asks_for_a_code_then_shows_the_value(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    ctx = desks("secops1")
    customer = customers.plain_one()
    panel = CustomerPanel(ctx, customer.id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=3000)
    qtbot.wait(1300)  # past the step-up window of the sign-in
    email = panel.identity.fields[RevealField.email]
    email.reveal_button.click()
    dialog = wait_dialog(qtbot, RevealDialog, panel)
    assert isinstance(dialog, RevealDialog)
    qtbot.keyClicks(dialog.reason, "Matching the sender of the complaint")
    dialog.reveal_button.click()

    prompt = wait_dialog(qtbot, StepUpDialog, panel)
    assert "authenticator app" in prompt._prompt.text()
    assert dialog.reason.toPlainText() == "Matching the sender of the complaint", "what was typed is kept"
    answer_step_up(qtbot, "secops1", panel)
    qtbot.waitUntil(lambda: email.revealed, timeout=3000)
    assert "@" in email.value.text() and "•" not in email.value.text()
    records = ctx.client.reveals(customer.id)
    assert [r.reason for r in records] == ["Matching the sender of the complaint"]


def test_a_wrong_code_is_refused_and_cancel_keeps_the_form(
    qtbot: QtBot, desks: Desks, customers: DemoCustomers
) -> None:
    ctx = desks("super2")
    customer = customers.plain_one()
    panel = CustomerPanel(ctx, customer.id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=3000)
    qtbot.wait(1300)
    panel.identity.fields[RevealField.phone].reveal_button.click()
    dialog = wait_dialog(qtbot, RevealDialog, panel)
    qtbot.keyClicks(dialog.reason, "Caller verification")
    dialog.reveal_button.click()
    prompt = wait_dialog(qtbot, StepUpDialog, panel)
    assert isinstance(prompt, StepUpDialog)
    assert not prompt.confirm_button.isEnabled()
    prompt.code.setText("12345")
    assert not prompt.confirm_button.isEnabled(), "six digits"
    prompt.code.setText("000000" if prompt.code.text() != "000000" else "111111")
    prompt.confirm_button.click()
    qtbot.waitUntil(lambda: prompt.error.isVisible(), timeout=3000)
    assert prompt.code.text() == "" and prompt.isVisible()
    prompt.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.reveal_button.isEnabled(), timeout=3000)
    assert dialog.isVisible() and dialog.reason.toPlainText() == "Caller verification"
    assert not panel.identity.fields[RevealField.phone].revealed
    dialog.reject()


def test_approve_asks_for_a_code_and_keeps_the_comment(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    agent, boss = desks("secops1"), desks("super1")
    wait_live(qtbot, agent, boss)
    customer = customers.plain_one()
    action = agent.client.request_action(
        ActionCreate(
            customer_id=customer.id, kind=ActionKind.reset_2fa, reason="Customer lost the phone with the authenticator"
        )
    )
    view = ApprovalsView(boss)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.select_action(action.id), timeout=3000)
    evidence = view.evidence
    qtbot.wait(1300)
    qtbot.keyClicks(evidence.decision.comment, "Identity confirmed by video call")
    evidence.decision.approve_button.click()
    confirm(qtbot, view)
    answer_step_up(qtbot, "super1", view)
    qtbot.waitUntil(lambda: evidence.action.status is ActionStatus.executed, timeout=3000)
    decided = agent.client.action(action.id)
    assert decided.decision_comment == "Identity confirmed by video call"
    assert decided.decided_by_name is not None
