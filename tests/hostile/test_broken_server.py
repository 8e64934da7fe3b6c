"""The real app (sign-in dialog and main window) against a deliberately broken server: for each kind of
breakage a clear, translated sentence, never a crash or a traceback, and nothing the agent typed lost.

pytest-qt fails a test on any exception that escapes into Qt (a slot, a virtual method), so "no crash"
is checked on every test here; `shown_text` collects what is on screen to look for tracebacks.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desk_app.client import transport
from desk_app.ui.main_window import MainWindow
from desk_app.ui.signin import SignInDialog
from desk_app.ui.ticket.messages import BODY_ROLE
from tests.client.fakeserver import EVENT_STREAM, FakeServer, Reply, agent_json, login_json, running
from tests.ui.conftest import WAIT_MS, Desk

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()

UNDERSTAND = "The service gave an answer this desk does not understand (it may be a different version)."
UNAVAILABLE = "The service is unavailable right now. Try again in a moment."
UNREACHABLE = "The service could not be reached. Check the server address and your network."
REDIRECT = "The server address sends the desk somewhere else, which the desk does not follow."
TOO_LARGE = "The service sent a far larger answer than expected, so the desk did not read it."
HUGE = 1024 * 1024  # the fake sends chunks of this many bytes; the client's cap is lowered to 8 of them


def ticket_json(ticket_id: int = 7, **changes: Any) -> dict[str, Any]:
    data = {
        "id": ticket_id, "subject": "Withdrawal stuck", "customer_id": 3, "customer_display": "K•• M•••••",
        "language": "en", "category": "deposit_withdrawal", "status": "open", "priority": "high",
        "channel": "email", "assignee_id": None, "assignee_name": None, "tags": [],
        "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
        "first_response_due": None, "resolution_due": None, "first_responded_at": None,
        "sla_state": "ok", "version": 4, "message_count": 1, "takeover_signals": False,
    }  # fmt: skip
    return {**data, **changes}


def customer_json(customer_id: int = 3) -> dict[str, Any]:
    return {"id": customer_id, "name": "K•• M•••••", "email": "k•••@e•••.example", "phone": "+1•••••65",
            "document_number": "••••87", "country": "US", "language": "en", "kyc_level": 2, "kyc_status": "verified",
            "vip_tier": 0, "account_status": "active", "withdrawals_locked_until": None, "twofa_enabled": True,
            "twofa_changed_at": None, "password_changed_at": None, "logins": [], "sessions": [], "transactions": [],
            "address_book": [], "risk_signals": [], "takeover_pattern": False, "can_reveal": False, "version": 1}


def message_json(message_id: int = 1, body: str = "Hello", **changes: Any) -> dict[str, Any]:
    return {"id": message_id, "ticket_id": 7, "author_kind": "customer", "author_name": "K•• M•••••",
            "body": body, "internal": False, "created_at": "2026-01-01T00:00:00Z", **changes}


def cut_mid_body(reset: bool) -> Reply:
    """Promises 4,000 bytes of JSON, sends 20 and closes (or resets) the connection."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
    return Reply(raw=head + b'{"access_token": "ab', reset=reset)


# Each kind of breakage: the reply and the sentence the agent reads. Used for sign-in and the inbox.
BREAKAGES: dict[str, tuple[Callable[[], Reply], str]] = {
    "wrong types": (lambda: Reply(200, {**login_json(), "expires_in": "soon", "agent": {"roles": 5}}), UNDERSTAND),
    "missing fields": (lambda: Reply(200, {"access_token": "a"}), UNDERSTAND),
    "HTML 502 from a proxy": (lambda: Reply(502, "<html><h1>502 Bad Gateway</h1>nginx</html>", "text/html"),
                              UNAVAILABLE),
    "HTML 503 from a proxy": (lambda: Reply(503, "<html><body>Service Unavailable</body></html>", "text/html",
                                            headers={"Retry-After": "0"}), UNAVAILABLE),
    "HTML 200 from a captive portal": (lambda: Reply(200, "<html><form>Log in to Wi-Fi</form></html>", "text/html"),
                                       UNDERSTAND),
    "truncated JSON": (lambda: Reply(200, '{"access_token": "a", "refresh_token": "b", "expi'), UNDERSTAND),
    "empty 200": (lambda: Reply(200, b""), UNDERSTAND),
    "empty 200 without a type": (lambda: Reply(200, b"", content_type=None), UNDERSTAND),
    "JSON null": (lambda: Reply(200, b"null"), UNDERSTAND),
    "invalid UTF-8": (lambda: Reply(200, b'{"access_token": "\xff\xfe\xfa"}'), UNDERSTAND),
    "huge body": (lambda: Reply(200, chunks=[b" " * HUGE] * 12), TOO_LARGE),
    "huge declared length": (lambda: Reply(raw=b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                               b"Content-Length: 999999999999\r\n\r\n{"), TOO_LARGE),
    "connection closed mid-body": (lambda: cut_mid_body(reset=False), UNREACHABLE),
    "connection reset mid-body": (lambda: cut_mid_body(reset=True), UNREACHABLE),
    "redirect to another host": (lambda: Reply(302, b"", None, headers={"Location": "https://desk.evil.example/"}),
                                 REDIRECT),
    "unknown error code": (lambda: Reply(418, {"error": {"code": "teapot", "message": "<b>x</b>"}}),
                           "The service refused the request (teapot)."),
}


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with running() as server:
        yield server


@pytest.fixture(autouse=True)
def small_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client refuses answers over 64 MB; 8 MB here keeps the huge-body cases quick."""
    monkeypatch.setattr(transport, "MAX_RESPONSE_BYTES", 8 * HUGE)
    monkeypatch.setattr(transport.read_capped, "__defaults__", (8 * HUGE,))


def shown_text(root: QWidget) -> str:
    """Every label's and button's text under `root`, as a person would read them."""
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    return "\n".join(texts)


def assert_no_traceback(text: str) -> None:
    for sign in ("Traceback", 'File "', "Error(", "Exception", "pydantic", "requests.", "ValidationError"):
        assert sign not in text, text


def open_dialog(desk: Desk, qtbot: QtBot) -> SignInDialog:
    session = desk.new_session()
    session.start()
    return desk.wait_dialog(session)


@pytest.mark.parametrize("kind", list(BREAKAGES))
def test_the_sign_in_dialog_explains_each_breakage_and_keeps_what_was_typed(
    kind: str, make_desk: Callable[..., Desk], fake: FakeServer, qtbot: QtBot
) -> None:
    reply, sentence = BREAKAGES[kind]
    fake.route("POST", "/auth/login", reply())
    desk = make_desk(fake.url)
    dialog = open_dialog(desk, qtbot)
    desk.fill(dialog, "alice", "correct horse", code="123456")
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.username.isEnabled(), timeout=WAIT_MS)
    assert dialog.error.text().startswith(sentence), dialog.error.text()
    assert_no_traceback(shown_text(dialog))
    assert dialog.isVisible() and desk.session.window is None
    assert (dialog.server.text(), dialog.username.text(), dialog.password.text()) == (fake.url, "alice",
                                                                                      "correct horse")  # kept
    assert dialog.totp.text() == ""  # a code is good once: the next try takes the next one
    assert fake.requests_to("POST", "/auth/login")


def signed_in(desk: Desk, fake: FakeServer, qtbot: QtBot) -> MainWindow:
    fake.route("POST", "/auth/login", Reply(200, login_json()))
    fake.route("GET", "/auth/me", Reply(200, agent_json()))
    fake.route("GET", "/events", Reply(200, content_type=EVENT_STREAM, chunks=[": hello\n\n"], end="hang"))
    dialog = open_dialog(desk, qtbot)
    desk.fill(dialog, "alice", "correct horse", code="123456")
    qtbot.waitUntil(lambda: desk.session.window is not None, timeout=WAIT_MS)
    window = desk.session.window
    assert isinstance(window, MainWindow)
    return window


@pytest.mark.parametrize("kind", [k for k in BREAKAGES if k != "unknown error code"])
def test_the_inbox_explains_each_breakage_and_recovers(
    kind: str, make_desk: Callable[..., Desk], fake: FakeServer, qtbot: QtBot
) -> None:
    reply, sentence = BREAKAGES[kind]
    broken = reply()
    if isinstance(broken.body, dict) and "access_token" in broken.body:  # the login's breakages, shaped as a page
        broken = Reply(200, {"items": [ticket_json(version="four", tags=None)], "next_cursor": 5})
        if kind == "missing fields":
            broken = Reply(200, {"items": [{"id": 7}]})
    fake.route("GET", "/tickets", broken)
    window = signed_in(make_desk(fake.url), fake, qtbot)
    inbox = window.last_inbox
    qtbot.waitUntil(lambda: inbox.retry.isVisible(), timeout=WAIT_MS)
    assert inbox.status.text() == "Could not load tickets: " + sentence or sentence in inbox.status.text()
    assert_no_traceback(shown_text(window))
    fake.route("GET", "/tickets", Reply(200, {"items": [ticket_json()], "next_cursor": None}))
    inbox.retry.click()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=WAIT_MS)
    assert not inbox.retry.isVisible()


def test_a_broken_ticket_keeps_the_draft_and_a_one_megabyte_message_opens(
    make_desk: Callable[..., Desk], fake: FakeServer, qtbot: QtBot
) -> None:
    fake.route("GET", "/tickets", Reply(200, {"items": [ticket_json()], "next_cursor": None}))
    fake.route("GET", "/tickets/7", Reply(200, {**ticket_json(), "sla_state": 12}))
    fake.route("GET", "/tickets/7/messages", Reply(502, "<html>Bad gateway</html>", "text/html"))
    fake.route("GET", "/tickets/7/workspace", Reply(502, "<html>Bad gateway</html>", "text/html"))
    window = signed_in(make_desk(fake.url), fake, qtbot)
    tab = window.open_ticket(7)
    qtbot.waitUntil(lambda: tab.notice.isVisible(), timeout=WAIT_MS)
    assert tab.notice.text() in [f"Could not load this ticket: {said}" for said in (UNDERSTAND, UNAVAILABLE)]
    assert_no_traceback(shown_text(window))
    qtbot.keyClicks(tab.composer.editor, "Draft that must survive")
    big = "x" * 300 + " " + "😀" * (1024 * 1024 // 4)  # a 1 MB message (UTF-8), over the service's own limit
    fake.route("GET", "/tickets/7", Reply(200, ticket_json()))
    fake.route("GET", "/tickets/7/messages", Reply(200, json.dumps([message_json(body=big)])))
    fake.route("GET", "/tickets/7/workspace", Reply(200, json.dumps({
        "ticket": ticket_json(), "messages": [message_json(body=big)], "customer": customer_json()})))
    tab.reload_button.click()
    qtbot.waitUntil(lambda: tab.ticket is not None and tab.messages.rowCount() == 1, timeout=WAIT_MS)
    tab.conversation.grab()
    assert tab.composer.editor.toPlainText() == "Draft that must survive"
    assert "characters in all" in tab.messages.index(0).data(BODY_ROLE)  # cut to what lays out quickly
