"""A request nobody decides in time expires: every window shows it, and deciding it late says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desk_app.contract import ActionCreate, ActionKind, ActionStatus
from desk_app.ui.approvals.view import ApprovalsView
from desk_app.ui.customer.panel import CustomerPanel
from tests.helpers import ServiceProcess, start_service
from tests.ui.security.desks import DemoCustomers, Desks, wait_live

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """The demo service with requests expiring after 3 seconds."""
    with start_service(tmp_path_factory.mktemp("expiry"), extra_args=["--action-ttl-minutes", "0.05"]) as running:
        yield running


def test_an_undecided_request_expires_everywhere(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    agent, boss = desks("secops2"), desks("super2")
    wait_live(qtbot, agent, boss)
    customer = customers.plain_one()
    panel = CustomerPanel(agent, customer.id)
    qtbot.addWidget(panel)
    panel.show()
    view = ApprovalsView(boss)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: panel.profile is not None and view._known is not None, timeout=3000)
    action = agent.client.request_action(
        ActionCreate(customer_id=customer.id, kind=ActionKind.freeze_account, reason="Customer asked for a freeze")
    )
    qtbot.waitUntil(lambda: view.select_action(action.id), timeout=3000)
    pending = view.evidence.action
    assert pending is not None and pending.status is ActionStatus.pending
    assert "expires" in view.evidence.fact["deadline"].text()

    qtbot.waitUntil(
        lambda: any(a.id == action.id and a.status is ActionStatus.expired for a in panel.actions.model.records()),
        timeout=8000,
    )
    qtbot.waitUntil(lambda: all(a.id != action.id for a in view.model.records()), timeout=3000)
    qtbot.waitUntil(lambda: view.evidence.action.status is ActionStatus.expired, timeout=3000)
    assert not view.evidence.decision.approve_button.isVisible()

    view.evidence.show_action(pending)  # a window that missed the news still holds the pending version
    view.evidence.decision.send(approve=True)
    qtbot.waitUntil(lambda: "expired" in view.evidence.decision.message.text(), timeout=3000)
    assert view.evidence.action.status is ActionStatus.expired
