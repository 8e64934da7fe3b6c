"""The workstation under faults, against a service of its own that the tests kill and restart.

The service dies: replies queue in the outbox (shown as queued, the status bar says offline) and the
agent keeps working; when it is back they are delivered once each, in order, and the event stream
catches up on what others did meanwhile. Tokens expire: work goes on after a silent refresh. The
session is revoked: the desk asks to sign in again and loses nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.contract import API_PREFIX, View
from desk_app.local.delivery import DeliveryState
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.messages import QUEUED_ROLE
from desk_app.ui.ticket.tab import TicketTab
from tests.helpers import ServiceProcess, login, start_service
from tests.ui.conftest import WAIT_MS, Desk
from tests.ui.ticket.local_windows import LocalSetup

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_first_ticket(window: MainWindow, qtbot: QtBot) -> TicketTab:
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=WAIT_MS)
    tab = window.open_ticket(inbox.model.ticket_at(0).id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: tab.ticket is not None and tab.messages.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.ctx.local is not None and tab.ctx.local.is_open, timeout=WAIT_MS)
    return tab


def send(qtbot: QtBot, tab: TicketTab, text: str) -> None:
    tab.start_reply()
    qtbot.keyClicks(tab.composer.editor, text)
    qtbot.keyClick(tab.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.composer.editor.toPlainText() == "", timeout=WAIT_MS)


def other_agent(url: str, username: str) -> requests.Session:
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {login(url, username)['access_token']}"
    return http


def bodies(tab: TicketTab) -> list[str]:
    return [m.body for m in tab.messages.messages()]


def test_offline_replies_queue_and_the_desk_catches_up(
    make_service: Callable[..., ServiceProcess], make_desk: Callable[..., Desk], local_windows: LocalSetup,
    qtbot: QtBot,
) -> None:
    service = make_service(demo_tickets=20, demo_customers=10)
    desk = make_desk(service.url)
    window = desk.sign_in("secops2")
    tab = open_first_ticket(window, qtbot)
    qtbot.waitUntil(lambda: window.ctx.events.state == "live", timeout=WAIT_MS)
    other = other_agent(service.url, "super2")  # signed in before the outage; the database keeps the session
    base = f"{service.url}{API_PREFIX}/tickets/{tab.ticket_id}"

    service.kill()
    qtbot.waitUntil(lambda: window.ctx.events.state == "reconnecting", timeout=WAIT_MS)
    send(qtbot, tab, "First reply, written while the service is down")
    row = tab.messages.index(tab.messages.rowCount() - 1)
    assert row.data(QUEUED_ROLE) == "queued" and "Queued: not sent yet" in row.data()
    status = window.outbox_status
    assert status is not None
    qtbot.waitUntil(lambda: status.isVisible() and "Offline" in status.text(), timeout=WAIT_MS)
    send(qtbot, tab, "Second reply, also queued")
    qtbot.waitUntil(lambda: "Offline: 2 message" in status.text(), timeout=WAIT_MS)
    assert [m.body for m in tab.messages.queued()] == ["First reply, written while the service is down",
                                                       "Second reply, also queued"]
    qtbot.keyClicks(tab.composer.editor, "A third one, still being written")  # the agent keeps working
    assert not tab.composer.editor.isReadOnly()

    service.start(["--port", str(service.port)])
    note = other.post(f"{base}/messages", json={"body": "Customer called back meanwhile", "internal": True},
                      headers={"Idempotency-Key": f"catch-up-{time.time()}"}, timeout=10)
    assert note.status_code == 201, note.text  # written before this desk's stream is back
    version = other.get(base, timeout=10).json()["version"]
    priority = "urgent" if tab.ticket.priority.value != "urgent" else "low"  # type: ignore[union-attr]
    assert other.patch(base, json={"version": version, "priority": priority}, timeout=10).status_code == 200

    qtbot.waitUntil(lambda: tab.messages.queued() == [] and "Second reply, also queued" in bodies(tab),
                    timeout=30_000)
    qtbot.waitUntil(lambda: "Customer called back meanwhile" in bodies(tab), timeout=30_000)  # caught up
    qtbot.waitUntil(lambda: tab.ticket.priority.value == priority, timeout=30_000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: status.isHidden() and window.ctx.events.state == "live", timeout=WAIT_MS)
    assert tab.ctx.local is not None and tab.ctx.local.state is DeliveryState.online
    stored = [m["body"] for m in other.get(f"{base}/messages", timeout=10).json()]
    first, second = "First reply, written while the service is down", "Second reply, also queued"
    assert stored.count(first) == 1 and stored.count(second) == 1 and stored.index(first) < stored.index(second)
    assert tab.composer.editor.toPlainText() == "A third one, still being written"


@pytest.fixture(scope="module")
def short_tokens(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """A service whose access tokens live 3 seconds."""
    with start_service(tmp_path_factory.mktemp("short-tokens"), extra_args=["--access-ttl-seconds", "3"],
                       demo_tickets=20, demo_customers=10) as running:
        yield running


def test_expired_tokens_are_renewed_silently_and_the_reply_goes_out(
    short_tokens: ServiceProcess, make_desk: Callable[..., Desk], local_windows: LocalSetup,
    qtbot: QtBot,
) -> None:
    desk = make_desk(short_tokens.url)
    window = desk.sign_in("super1")
    tab = open_first_ticket(window, qtbot)
    before = window.ctx.client.tokens
    qtbot.wait(3500)  # the access token has expired
    send(qtbot, tab, "Sent with an expired access token")
    qtbot.waitUntil(lambda: "Sent with an expired access token" in bodies(tab) and not tab.messages.queued(),
                    timeout=WAIT_MS)
    assert window.ctx.client.tokens is not None and window.ctx.client.tokens != before  # refreshed
    assert desk.session.dialog is None  # nobody was asked to sign in
    window.act_refresh.trigger()  # and everything else carries on
    qtbot.waitUntil(lambda: desk.tasks.in_flight == 0, timeout=WAIT_MS)
    assert desk.session.dialog is None


def test_a_revoked_session_asks_to_sign_in_again_and_delivers_what_waited(
    short_tokens: ServiceProcess, make_desk: Callable[..., Desk], local_windows: LocalSetup,
    qtbot: QtBot,
) -> None:
    desk = make_desk(short_tokens.url)
    window = desk.sign_in("admin1")
    tab = open_first_ticket(window, qtbot)
    tokens = window.ctx.client.tokens
    assert tokens is not None
    revoked = requests.post(f"{short_tokens.url}{API_PREFIX}/auth/logout", timeout=10,
                            headers={"Authorization": f"Bearer {tokens.access_token}"})
    assert revoked.status_code == 204  # e.g. a supervisor ended it, or it was signed out elsewhere
    send(qtbot, tab, "Queued while the session was over")
    session = desk.session
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible(), timeout=WAIT_MS)
    status = window.outbox_status
    assert status is not None
    qtbot.waitUntil(lambda: "sign in again" in status.text(), timeout=WAIT_MS)
    assert [m.body for m in tab.messages.queued()] == ["Queued while the session was over"]
    qtbot.keyClicks(tab.composer.editor, "and a draft meanwhile")
    dialog = session.dialog
    assert dialog is not None and dialog.reauth
    desk.fill(dialog, "admin1")
    qtbot.waitUntil(lambda: session.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Queued while the session was over" in bodies(tab) and not tab.messages.queued(),
                    timeout=20_000)
    qtbot.waitUntil(lambda: status.isHidden(), timeout=WAIT_MS)
    assert tab.composer.editor.toPlainText() == "and a draft meanwhile"
