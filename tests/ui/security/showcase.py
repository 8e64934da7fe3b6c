"""Show one screen of the security UI against a running demo service, for screenshots and review.

    .venv/bin/python -m tests.ui.security.showcase URL SCENE
    ../shared/tools/look-at-app --wait 8 -- .venv/bin/python -m tests.ui.security.showcase URL approvals

SCENE: profile-risk, action-form, emergency-freeze, approvals, step-up, who-viewed, audit, agent, reveal.
Not a test; it signs in with the demo users and may create requests on the demo data.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import pyotp
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desk_app.client import ApiClient, Conflict, EventStream
from desk_app.contract import OPEN_ACTION_STATUSES, ActionCreate, ActionKind, RevealField, RevealRequest, View
from desk_app.ui.approvals.view import ApprovalsView
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.events import EventBus
from desk_app.ui.common.tasks import TaskRunner
from desk_app.ui.customer.panel import CustomerPanel
from tests.helpers import DEMO_PASSWORD, DEMO_TOTP_SECRET

USED_STEPS = Path(tempfile.gettempdir()) / "desk-showcase-totp.json"  # codes earlier runs used


def fresh_code(username: str) -> str:
    """A code from a time step no earlier run used for this person (the service refuses reuse, and
    counts a refused code as a failed sign-in)."""
    used = json.loads(USED_STEPS.read_text()) if USED_STEPS.exists() else {}
    while True:
        step = int(time.time() // 30)
        candidate = max(step, used.get(username, -1) + 1)
        if candidate <= step + 1:
            break
        time.sleep(30 - time.time() % 30 + 0.1)
    used[username] = candidate
    USED_STEPS.write_text(json.dumps(used))
    return pyotp.TOTP(DEMO_TOTP_SECRET).at(candidate * 30)


def sign_in(url: str, username: str) -> DeskContext:
    client = ApiClient(url)
    agent = client.login(username, DEMO_PASSWORD, fresh_code(username)).agent
    events = EventBus(EventStream(client).run_forever)
    events.start()
    return DeskContext(client, TaskRunner(QThreadPool()), events, agent, url)


def takeover(ctx: DeskContext, language: str) -> tuple[int, int]:
    for ticket in ctx.client.tickets(View.security, limit=200).items:
        profile = ctx.client.customer(ticket.customer_id)
        if profile.takeover_pattern and profile.language.value == language:
            return profile.id, ticket.id
    raise SystemExit(f"no {language} takeover customer")


def window(title: str, widget_factory) -> QWidget:  # noqa: ANN001
    top = QWidget()
    top.setWindowTitle(title)
    layout = QVBoxLayout(top)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget_factory(top))
    top.setGeometry(0, 0, 1420, 880)
    top.show()
    return top


def main() -> int:
    url, scene = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    app.setApplicationName("desk-app")
    keep: list[object] = []
    if scene in ("profile-risk", "action-form", "emergency-freeze", "who-viewed", "audit", "agent", "reveal"):
        ctx = sign_in(url, "agent1" if scene == "agent" else "secops1")
        customer, ticket = takeover(sign_in(url, "secops2") if scene == "agent" else ctx, "ko")
        if scene == "who-viewed":
            for field, reason in (
                (RevealField.phone, f"Caller verification on the phone, ticket #{ticket}"),
                (RevealField.email, "Matching the e-mail in the customer's complaint"),
            ):
                ctx.client.reveal(customer, RevealRequest(field=field, reason=reason))
        top = window("Customer", lambda parent: CustomerPanel(ctx, customer, ticket, parent))
        panel = top.findChild(CustomerPanel)
        keep += [ctx, top]
        if scene == "action-form":

            def form() -> None:
                panel.tabs.setCurrentWidget(panel.actions)
                dialog = panel.actions.open_form(ActionKind.reset_2fa)
                dialog.reason.setPlainText("Caller could not pass verification; 2FA re-bound from NL 5 h ago.")

            QTimer.singleShot(2500, form)
        elif scene == "emergency-freeze":
            QTimer.singleShot(2500, lambda: panel.banner.freeze_button.click())
        elif scene == "who-viewed":
            QTimer.singleShot(1500, lambda: panel.tabs.setCurrentWidget(panel.who_viewed))
        elif scene == "reveal":

            def reveal() -> None:
                panel.identity._ask_reveal(RevealField.phone)
                dialog = app.activeModalWidget()
                dialog.reason.setPlainText("Caller verification on the phone")
                dialog.reveal_button.click()

            QTimer.singleShot(1200, reveal)
        elif scene == "audit":
            QTimer.singleShot(1500, lambda: panel.tabs.setCurrentWidget(panel.audit))
    elif scene in ("approvals", "step-up"):
        requester = sign_in(url, "secops1")
        customer, ticket = takeover(requester, "ko")
        other, other_ticket = takeover(requester, "zh")
        for body in (
            ActionCreate(
                customer_id=customer,
                ticket_id=ticket,
                kind=ActionKind.reset_2fa,
                reason="Authenticator re-bound from a new device in NL, then a 48,000 USD withdrawal. "
                "Caller failed the video check.",
            ),
            ActionCreate(
                customer_id=other,
                ticket_id=other_ticket,
                kind=ActionKind.freeze_account,
                emergency=True,
                reason="Withdrawal still pending in the hot wallet queue; stopping it.",
            ),
        ):
            waiting = requester.client.actions(customer_id=body.customer_id)
            if any(a.kind is body.kind and a.status in OPEN_ACTION_STATUSES for a in waiting):
                continue  # an earlier run asked already
            try:
                requester.client.request_action(body)
            except Conflict:
                pass  # an earlier run already did it
        ctx = sign_in(url, "super1")
        top = window("Approvals", lambda parent: ApprovalsView(ctx, parent))
        view = top.findChild(ApprovalsView)
        keep += [ctx, requester, top]

        def select() -> None:
            if view.evidence.action is not None:
                return
            rows = [
                row
                for row, a in enumerate(view.model.records())
                if a.kind is ActionKind.reset_2fa and a.customer_id == customer
            ]
            if not rows:
                return
            view.table.view.selectRow(rows[0])
            if scene == "step-up":
                view.evidence.decision.comment.setPlainText("Verified with the customer by video call.")
                QTimer.singleShot(4000, view.evidence.decision.approve)
                QTimer.singleShot(5000, lambda: app.activeModalWidget() and app.activeModalWidget().accept())

        view.model.modelReset.connect(select)
    else:
        raise SystemExit(f"unknown scene {scene}")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
