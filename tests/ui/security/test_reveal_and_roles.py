"""What each role sees on the customer panel, and revealing personal data: reason first, shown
briefly, masked again on time-out or when hidden, copied to the clipboard only for a while."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk_app.contract import ActionCreate, ActionKind, RevealField
from desk_app.ui.approvals.view import ApprovalsView
from desk_app.ui.customer.panel import CustomerPanel
from desk_app.ui.customer.reveal import RevealDialog
from desk_app.ui.security import capture_guard
from tests.ui.security.desks import DemoCustomers, Desks, wait_dialog, wait_live

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_panel(qtbot: QtBot, ctx, customer_id: int, ticket_id: int | None = None) -> CustomerPanel:  # noqa: ANN001
    panel = CustomerPanel(ctx, customer_id, ticket_id)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=3000)
    return panel


def reveal(qtbot: QtBot, panel: CustomerPanel, field: RevealField, reason: str) -> None:
    value = panel.identity.fields[field]
    qtbot.waitUntil(value.reveal_button.isVisible, timeout=3000)  # a panel just placed is shown on the next turn
    value.reveal_button.click()
    dialog = wait_dialog(qtbot, RevealDialog, panel)
    assert isinstance(dialog, RevealDialog)
    assert dialog.cancel_button.isDefault()
    qtbot.keyClicks(dialog.reason, "ab")
    assert not dialog.reveal_button.isEnabled(), "a reason of at least 3 characters"
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, reason)
    dialog.reveal_button.click()
    qtbot.waitUntil(lambda: value.revealed, timeout=3000)


def test_an_agent_sees_masked_data_and_no_reveal_or_action_controls(
    qtbot: QtBot, desks: Desks, customers: DemoCustomers
) -> None:
    profile, ticket = customers.takeover["ko"]
    panel = open_panel(qtbot, desks("agent1"), profile.id, ticket)
    assert panel.profile is not None and not panel.profile.can_reveal
    assert panel.actions is None and panel.who_viewed is None and panel.audit is None
    assert [panel.tabs.tabText(i).replace("&", "") for i in range(panel.tabs.count())] == [
        "Profile and risk", "Activity", "History"]  # no security actions, viewers or audit for agents
    for value in panel.identity.fields.values():
        assert value.reveal_button.isHidden()
    assert panel.identity.fields[RevealField.email].value.text() == panel.profile.email  # masked by the service
    assert panel.banner.isVisible(), "agents still see the takeover warning"
    assert panel.banner.freeze_button.isHidden()
    assert panel.risk.model.rowCount() == len(panel.profile.risk_signals) > 0
    assert panel.activity.logins.rowCount() == len(panel.profile.logins)


def test_reveal_masks_again_after_its_time_and_when_hidden(
    qtbot: QtBot, desks: Desks, customers: DemoCustomers
) -> None:
    ctx = desks("secops1")
    wait_live(qtbot, ctx)
    customer = customers.plain_one()
    panel = open_panel(qtbot, ctx, customer.id)
    panel.reveal_seconds = 0.5
    phone = panel.identity.fields[RevealField.phone]
    masked = phone.value.text()

    reveal(qtbot, panel, RevealField.phone, "Caller verification")
    assert phone.value.text() != masked and "•" not in phone.value.text()
    assert phone.copy_button.isVisible()
    assert panel.identity.capture_note.isVisible() is (not capture_guard.supported())
    qtbot.waitUntil(lambda: not phone.revealed, timeout=3000)
    assert phone.value.text() == masked and not phone.copy_button.isVisible()
    assert not panel.identity.capture_note.isVisible()

    panel.reveal_seconds = 30
    reveal(qtbot, panel, RevealField.phone, "Caller verification, second time")
    panel.hide()  # a tab switch or closing the ticket
    assert not phone.revealed and phone.value.text() == masked
    panel.show()

    reveal(qtbot, panel, RevealField.email, "Checking the address in the complaint")
    email = panel.identity.fields[RevealField.email]
    panel.tabs.setCurrentIndex(1)  # the activity tab hides the identity box
    assert not email.revealed

    assert panel.who_viewed is not None
    qtbot.waitUntil(lambda: panel.who_viewed.model.rowCount() >= 3, timeout=3000)
    reasons = {record.reason for record in panel.who_viewed.model.records()}
    assert {"Caller verification", "Checking the address in the complaint"} <= reasons


def test_copy_puts_the_value_on_the_clipboard_and_takes_it_back(
    qtbot: QtBot, desks: Desks, customers: DemoCustomers
) -> None:
    ctx = desks("super2")
    customer = customers.plain_one()
    panel = open_panel(qtbot, ctx, customer.id)
    panel.clipboard_seconds = 0.5
    clipboard = QGuiApplication.clipboard()
    reveal(qtbot, panel, RevealField.document_number, "KYC re-check requested by compliance")
    document = panel.identity.fields[RevealField.document_number]
    value = document.value.text()
    document.copy_button.click()
    assert clipboard.text(QClipboard.Mode.Clipboard) == value
    qtbot.waitUntil(lambda: clipboard.text(QClipboard.Mode.Clipboard) == "", timeout=3000)

    document.copy_button.click()
    clipboard.setText("something the agent copied since", QClipboard.Mode.Clipboard)
    qtbot.wait(800)  # past the wipe: what the agent copied since stays
    assert clipboard.text(QClipboard.Mode.Clipboard) == "something the agent copied since"


def test_reveal_masks_when_minimised_or_the_app_is_left(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    ctx = desks("secops2")
    customer = customers.plain_one()
    panel = open_panel(qtbot, ctx, customer.id)
    name = panel.identity.fields[RevealField.name]
    masked = name.value.text()

    reveal(qtbot, panel, RevealField.name, "Addressing the customer by name on the phone")
    panel.showMinimized()
    qtbot.waitUntil(lambda: not name.revealed, timeout=2000)
    assert name.value.text() == masked
    panel.showNormal()

    reveal(qtbot, panel, RevealField.name, "Addressing the customer by name, again")
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # screen lock
    assert not name.revealed and name.value.text() == masked


def test_a_language_change_retranslates_every_screen(qtbot: QtBot, desks: Desks, customers: DemoCustomers) -> None:
    ctx = desks("super1")
    profile, ticket = customers.takeover["ko"]
    panel = open_panel(qtbot, ctx, profile.id, ticket)
    before = panel.tabs.tabText(0)
    for widget in [panel, *panel.findChildren(QWidget)]:
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert panel.tabs.tabText(0) == before  # no translator installed: the same English, rebuilt without errors
    assert panel.identity.values["status"].text()


def test_security_agents_see_the_approvals_queue_read_only(
    qtbot: QtBot, desks: Desks, customers: DemoCustomers
) -> None:
    requester, ctx = desks("secops1"), desks("secops2")
    wait_live(qtbot, requester, ctx)
    view = ApprovalsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view._known is not None, timeout=3000)
    customer = customers.plain_one()
    action = requester.client.request_action(
        ActionCreate(customer_id=customer.id, kind=ActionKind.revoke_sessions, reason="Session from an unknown country")
    )
    qtbot.waitUntil(lambda: view.select_action(action.id), timeout=3000)
    qtbot.waitUntil(lambda: view.evidence.action is not None, timeout=2000)
    assert view.evidence.isVisible() and not view.evidence.decision.isVisible()
    assert not view.evidence.decision.approve_button.isVisible()
    requester.client.cancel(action.id)


def test_a_reason_the_service_cannot_store_is_refused_in_the_form(
    qtbot: QtBot, desks: Desks, customers: DemoCustomers
) -> None:
    panel = open_panel(qtbot, desks("secops1"), customers.plain_one().id)
    panel.identity.fields[RevealField.email].reveal_button.click()
    dialog = wait_dialog(qtbot, RevealDialog, panel)
    assert isinstance(dialog, RevealDialog)
    dialog.reason.setPlainText("pasted\x00text")
    dialog.reveal_button.click()
    assert dialog.error.isVisible() and "cannot be stored" in dialog.error.text()
    assert dialog.reason.toPlainText() == "pasted\x00text" and dialog.reveal_button.isEnabled()
    dialog.reject()
