"""The main window's keyboard commands, help, and what it shows about the connection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desk_app import __version__
from desk_app.ui.common.shortcuts import ShortcutModel, ShortcutsDialog
from tests.ui.conftest import WAIT_MS, Desk

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()

EXPECTED = {"Next ticket": "J", "Previous ticket": "K", "Reply": "R", "Internal note": "N",
            "Assign to me": "Ctrl+Shift+A", "Change status": "Ctrl+Shift+S", "Search": "Ctrl+F",
            "Close tab": "Ctrl+W", "Next tab": "Ctrl+Tab", "Sign out": "Ctrl+Shift+L"}


def test_the_shortcuts_dialog_lists_every_command(desk: Desk, qtbot: QtBot, qtmodeltester: object) -> None:
    window = desk.sign_in("agent1")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    model = dialog.model
    assert isinstance(model, ShortcutModel)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    for action, keys in EXPECTED.items():
        assert rows[action].split(", ")[0] == QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Open the selected ticket"].startswith("Enter")
    assert rows["Send the reply or note"] == "Ctrl+Enter"
    dialog.close()


def test_about_shows_the_version(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent2")
    window.act_about.trigger()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert __version__ in box.text()
    box.close()


def test_next_and_previous_tab(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    assert window.desk_audit is None  # the desk-wide audit is for supervisors and admins
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    window.act_prev_tab.trigger()
    window.act_prev_tab.trigger()
    assert window.tabs.currentIndex() == window.tabs.count() - 1


def test_the_status_bar_says_who_and_whether_live(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("secops1")
    qtbot.waitUntil(lambda: window.stream_label.text().endswith("Live"), timeout=WAIT_MS)
    assert window.ctx.agent.display_name in window.agent_label.text() and desk.url in window.agent_label.text()
    window.ctx.events.stop()
    qtbot.waitUntil(lambda: window.stream_label.text().endswith("Not live"), timeout=WAIT_MS)


def test_every_label_in_the_window_has_a_buddy_or_is_text(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent2")
    tab = window.open_ticket(window.last_inbox.model.ticket_at(0).id if window.last_inbox.model.rowCount()
                             else 1)
    qtbot.waitUntil(lambda: tab.ticket is not None, timeout=WAIT_MS)
    for label in tab.controls.findChildren(QLabel):
        assert label.buddy() is not None and label.buddy().accessibleName(), label.text()
    assert tab.composer.editor_label.buddy() is tab.composer.editor
    for widget in (tab.conversation, tab.composer.editor, tab.composer.send_button, tab.reload_button):
        assert widget.accessibleName() or widget.text(), widget  # type: ignore[attr-defined]


def test_a_language_change_retranslates_in_place(desk: Desk, qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window = desk.sign_in("agent1")
    tab = window.open_ticket(window.last_inbox.model.ticket_at(0).id if window.last_inbox.model.rowCount() else 1)
    before = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for widget in [window, *window.findChildren(QWidget)]:
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    after = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert after[: len(window.views)] == before[: len(window.views)]
    assert tab.composer.send_button.text() == "&Send reply"


def test_each_view_keeps_its_filters_for_next_time(desk: Desk, qtbot: QtBot) -> None:
    from desk_app.contract import Priority, View

    window = desk.sign_in("agent2")
    inbox = window.views[View.all]
    combo = inbox.filter_bar.combos["priority"]
    index = combo.findData(Priority.urgent)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # as choosing it with the mouse or keyboard does
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0 and all(
        getattr(inbox.model.ticket_at(r), "priority", None) is Priority.urgent for r in range(inbox.model.rowCount())),
        timeout=WAIT_MS)
    window.ctx.events.stop()

    again = desk.sign_in("agent2", dialog=True)
    restored = again.views[View.all]
    assert restored.filter_bar.combos["priority"].currentData() == Priority.urgent
    assert again.views[View.mine].filter_bar.filters().priority is None  # per view
    qtbot.waitUntil(lambda: restored.model.rowCount() > 0 and all(
        getattr(restored.model.ticket_at(r), "priority", None) is Priority.urgent
        for r in range(restored.model.rowCount())), timeout=WAIT_MS)
    again.ctx.events.stop()


def test_supervisors_have_the_desk_wide_audit_trail(desk: Desk, qtbot: QtBot) -> None:
    from desk_app.ui.audit.view import AuditView

    supervisor = desk.sign_in("super2")
    audit = supervisor.desk_audit
    assert isinstance(audit, AuditView) and supervisor.tabs.indexOf(audit) >= 0
    assert supervisor.tabs.tabText(supervisor.tabs.indexOf(audit)) == "Desk audit"
    supervisor.tabs.setCurrentWidget(audit)
    qtbot.waitUntil(lambda: audit.verification is not None, timeout=WAIT_MS)
    assert audit.verification is not None and audit.verification.ok
    supervisor.ctx.events.stop()
