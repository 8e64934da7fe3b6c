"""Signed-in workstations for the UI tests: a DeskContext per person, built as the app builds one
(ApiClient signed in, a TaskRunner, an EventBus over the client's EventStream), against a real service."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desk_app.client import ApiClient, EventStream
from desk_app.contract import OPEN_ACTION_STATUSES, CustomerProfile, View
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.events import EventBus
from desk_app.ui.common.tasks import TaskRunner
from desk_app.ui.security.confirm import ConfirmDialog
from desk_app.ui.security.step_up import StepUpDialog
from tests.helpers import DEMO_PASSWORD, fresh_totp


def sign_in(url: str, username: str) -> DeskContext:
    client = ApiClient(url)
    answer = client.login(username, DEMO_PASSWORD, fresh_totp(username))
    tasks = TaskRunner(QThreadPool())
    events = EventBus(EventStream(client, min_delay=0.1, max_delay=1.0).run_forever)
    events.start()
    return DeskContext(client=client, tasks=tasks, events=events, agent=answer.agent, server_url=url)


def sign_out(ctx: DeskContext) -> None:
    ctx.events.stop()
    ctx.tasks.wait_idle(10_000)
    try:
        ctx.client.logout()
    finally:
        ctx.client.close()


@dataclass
class Desks:
    """Lazily signed-in workstations for one service, one per user name; stopped at module end."""

    url: str
    signed_in: dict[str, DeskContext] = field(default_factory=dict)

    def __call__(self, username: str) -> DeskContext:
        if username not in self.signed_in:
            self.signed_in[username] = sign_in(self.url, username)
        return self.signed_in[username]

    def close(self) -> None:
        for ctx in self.signed_in.values():
            sign_out(ctx)
        self.signed_in.clear()


@contextmanager
def desks_for(url: str) -> Iterator[Desks]:
    desks = Desks(url)
    try:
        yield desks
    finally:
        desks.close()


def wait_live(qtbot: QtBot, *contexts: DeskContext) -> None:
    """Until every workstation's event stream is connected (so no event is missed)."""
    qtbot.waitUntil(lambda: all(ctx.events.state == "live" for ctx in contexts), timeout=5000)


def takeover_customers(ctx: DeskContext) -> list[tuple[CustomerProfile, int]]:
    """(profile, security ticket id) of each customer the service sees in an account-takeover pattern."""
    found: dict[int, tuple[CustomerProfile, int]] = {}
    for ticket in ctx.client.tickets(View.security, limit=200).items:
        if ticket.customer_id in found:
            continue
        profile = ctx.client.customer(ticket.customer_id)
        if profile.takeover_pattern:
            found[ticket.customer_id] = (profile, ticket.id)
    return list(found.values())


def plain_customers(ctx: DeskContext, count: int, exclude: Iterable[int] = ()) -> list[CustomerProfile]:
    """Customers with 2FA on, an active account, open withdrawals and no takeover pattern, for tests that change them.

    Earlier modules share the service, so a customer one of them locked (an executed action, not an open one)
    must not be handed out again."""
    skip = set(exclude)
    chosen: list[CustomerProfile] = []
    for ticket in ctx.client.tickets(View.all, limit=200).items:
        if ticket.customer_id in skip:
            continue
        skip.add(ticket.customer_id)
        profile = ctx.client.customer(ticket.customer_id)
        busy = any(a.status in OPEN_ACTION_STATUSES for a in ctx.client.actions(customer_id=profile.id))
        untouched = profile.account_status == "active" and profile.withdrawals_locked_until is None
        if profile.twofa_enabled and untouched and not profile.takeover_pattern and not busy:
            chosen.append(profile)
            if len(chosen) == count:
                break
    assert len(chosen) == count, "the demo data has too few plain customers"
    return chosen


def _opened_from(dialog: QWidget, owner: QWidget) -> bool:
    """Whether the dialog was opened from owner's window (directly or from a dialog opened there)."""
    parent = dialog.parentWidget()
    while parent is not None:
        if parent.window() is owner.window():
            return True
        parent = parent.window().parentWidget()
    return False


def visible_dialog(kind: type[QWidget], owner: QWidget | None = None) -> QWidget | None:
    """The visible dialog of this type (opened from `owner`'s window if given)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible() and (owner is None or _opened_from(widget, owner)):
            return widget
    return None


def wait_dialog(qtbot: QtBot, kind: type[QWidget], owner: QWidget | None = None, timeout: int = 3000) -> QWidget:
    found: list[QWidget] = []

    def check() -> bool:
        dialog = visible_dialog(kind, owner)
        if dialog is not None:
            found.append(dialog)
        return dialog is not None

    qtbot.waitUntil(check, timeout=timeout)
    return found[-1]


def answer_step_up(qtbot: QtBot, username: str, owner: QWidget | None = None) -> None:
    """Type a fresh authenticator code into the step-up prompt and confirm it."""
    dialog = wait_dialog(qtbot, StepUpDialog, owner)
    assert isinstance(dialog, StepUpDialog)
    dialog.code.setText(fresh_totp(username))
    dialog.confirm_button.click()


def confirm(qtbot: QtBot, owner: QWidget | None = None) -> None:
    dialog = wait_dialog(qtbot, ConfirmDialog, owner)
    assert isinstance(dialog, ConfirmDialog)
    assert dialog.cancel_button.isDefault(), "a confirmation must default to Cancel"
    dialog.ok_button.click()


def until(qtbot: QtBot, condition: Callable[[], object], timeout: int = 3000) -> None:
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


@dataclass
class DemoCustomers:
    """The demo's customers, handed out so that each test changes a customer no other test touches."""

    takeover: dict[str, tuple[CustomerProfile, int]]  # language -> (profile, security ticket id)
    plain: list[CustomerProfile]

    def plain_one(self) -> CustomerProfile:
        return self.plain.pop(0)


def demo_customers(ctx: DeskContext, plain: int = 8) -> DemoCustomers:
    found = takeover_customers(ctx)
    by_language = {profile.language.value: (profile, ticket) for profile, ticket in found}
    return DemoCustomers(by_language, plain_customers(ctx, plain, exclude=[p.id for p, _ in found]))
