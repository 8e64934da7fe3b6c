"""The idle lock (issue #12): inactivity or Ctrl+L hides the content behind the lock screen, a fresh
authenticator code brings it back as it was, and the service's policy sets the idle time."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pyotp
import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from desk_app.contract import View
from desk_app.ui.common.idle_lock import IdleLock, LockScreen
from desk_app.ui.customer.panel import CustomerPanel
from desk_app.ui.main_window import MainWindow
from tests.helpers import DEMO_TOTP_SECRET, TOTP_STEP, ServiceProcess, fresh_totp, start_service
from tests.ui.conftest import WAIT_MS, Desk

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def wrong_code() -> str:
    """Six digits that are no valid code right now (nor one step either side)."""
    totp, now = pyotp.TOTP(DEMO_TOTP_SECRET, interval=TOTP_STEP), time.time()
    valid = {totp.at(now + d * TOTP_STEP) for d in range(-2, 3)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in valid)


def first_ticket(window: MainWindow, qtbot: QtBot) -> int:
    """The first ticket of the "All" view (an agent's own view may be empty)."""
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=WAIT_MS)
    return inbox.model.ticket_at(0).id


def assert_locked(window: MainWindow) -> None:
    assert window.idle_lock.locked
    assert window.lock_screen.isVisible()
    assert not window.tabs.isVisible() and not window.last_inbox.isVisible()
    assert "Locked" in window.windowTitle()
    assert window.act_sign_out.isEnabled() and window.act_quit.isEnabled()
    assert not window.act_refresh.isEnabled() and not window.act_reply.isEnabled()
    assert not window.act_lock.isEnabled()
    assert not window.menu["ticket"].menuAction().isEnabled()


def test_idle_time_locks_and_a_fresh_code_unlocks_with_the_draft_kept(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("super2")
    tab = window.open_ticket(first_ticket(window, qtbot))
    qtbot.waitUntil(lambda: tab.ticket is not None, timeout=WAIT_MS)
    tab.composer.start(internal=False)
    qtbot.keyClicks(tab.composer.editor, "Half-written reply")
    masked: list[bool] = []
    panel = tab.customer_panel
    assert isinstance(panel, CustomerPanel)
    panel.identity.mask_all = lambda: masked.append(True)  # type: ignore[method-assign]
    index = window.tabs.currentIndex()

    window.idle_lock.set_policy(1)
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=WAIT_MS)
    window.idle_lock.set_policy(600)  # so it does not lock again at once after unlocking
    assert_locked(window)
    assert not tab.composer.editor.isVisible()
    assert masked and not panel.isVisible(), "hiding the panel re-masks its revealed values"
    screen = window.lock_screen
    assert window.ctx.agent.display_name in screen.who.text()
    qtbot.waitUntil(lambda: screen.code.hasFocus(), timeout=WAIT_MS)

    qtbot.keyClicks(screen.code, wrong_code())
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=WAIT_MS)
    assert "code" in screen.error.text() and screen.code.text() == ""
    assert window.idle_lock.locked and not window.tabs.isVisible()

    qtbot.keyClicks(screen.code, fresh_totp("super2"))
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.idle_lock.locked, timeout=WAIT_MS)
    assert window.tabs.isVisible() and not screen.isVisible()
    assert window.tabs.currentIndex() == index and window.tabs.currentWidget() is tab
    assert tab.composer.editor.toPlainText() == "Half-written reply"
    assert "Locked" not in window.windowTitle() and window.act_refresh.isEnabled()


def test_typing_keeps_the_desk_unlocked(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent2")
    tab = window.open_ticket(first_ticket(window, qtbot))
    qtbot.waitUntil(lambda: tab.ticket is not None, timeout=WAIT_MS)
    tab.composer.start(internal=True)
    window.idle_lock.set_policy(1)
    changes: list[bool] = []
    window.idle_lock.locked_changed.connect(changes.append)
    typed: list[str] = []

    def type_one() -> None:
        qtbot.keyClick(tab.composer.editor, Qt.Key.Key_A)
        typed.append("a")
        if len(typed) == 12:
            typist.stop()

    typist = QTimer(window, interval=250)  # 3 s of typing, four times the idle time
    typist.timeout.connect(type_one)
    typist.start()
    qtbot.waitUntil(lambda: len(typed) == 12, timeout=WAIT_MS)
    assert changes == [] and not window.idle_lock.locked, "no lock while typing"
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=WAIT_MS)  # then idle: locks
    assert_locked(window)
    assert tab.composer.editor.toPlainText().endswith("a" * 12)


def test_ctrl_l_locks_at_once_and_the_lock_screen_is_labelled(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    assert window.idle_lock.timeout_seconds == 600  # the service's default policy
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.idle_lock.locked
    assert_locked(window)
    screen = window.lock_screen
    assert isinstance(screen, LockScreen)
    assert screen._code_label.buddy() is screen.code and screen.code.accessibleName()
    assert screen.sign_out_button.isVisible() and screen.sign_out_button.text()
    assert not screen.unlock_button.isEnabled(), "six digits first"
    qtbot.keyClicks(screen.code, "12ab34")
    assert screen.code.text() == "1234", "digits only"


def test_the_local_limit_only_shortens_the_policy(qtbot: QtBot) -> None:
    lock = IdleLock(policy_seconds=600, local_seconds=300)
    try:
        assert lock.timeout_seconds == 300
        lock.set_local_limit(900)
        assert lock.timeout_seconds == 600
        lock.set_policy(0)  # nonsense from a service: the default, never "off"
        assert lock.timeout_seconds == 600
        with qtbot.waitSignal(lock.locked_changed) as blocker:
            lock.lock_now()
        assert blocker.args == [True] and lock.locked
    finally:
        lock.stop()
        lock.deleteLater()


@pytest.fixture(scope="module")
def short_lock_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """A service whose desk-wide policy locks after about a second."""
    with start_service(
        tmp_path_factory.mktemp("idle-lock"),
        extra_args=["--idle-lock-minutes", "0.02"],
        demo_tickets=20,
        demo_customers=5,
    ) as running:
        yield running


def test_the_service_policy_sets_the_idle_time(
    make_desk: Callable[..., Desk], short_lock_service: ServiceProcess, qtbot: QtBot
) -> None:
    desk = make_desk(short_lock_service.url)
    window = desk.sign_in("admin1")
    assert window.idle_lock.timeout_seconds == 1
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=WAIT_MS)
    assert_locked(window)
