"""Every control a screen reader lists has a name (its text, an accessible name or a buddy label), as the
accessibility tree of the running app is checked by hand: the supervisor's dashboard, a ticket tab with its
knowledge-base panel and merge strip. Against the real service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_app.contract import View
from desk_app.ui.dashboard.view import DashboardView
from desk_app.ui.kb.panel import KbPanel
from tests.ui.conftest import WAIT_MS, Desk
from tests.ui.ticket.test_merge_history import opened

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def unnamed(root: QWidget) -> list[str]:
    """The controls under root a screen reader could not name, described by class and object name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None and label.text()}
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget.parent(), QAbstractItemView | QAbstractSpinBox):  # Qt's own parts (named by Qt)
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName().strip() or text.replace("&", "").strip() or id(widget) in buddies):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} under {type(widget.parent()).__name__}")
    for combo in root.findChildren(QComboBox):  # the drop-down list a reader announces when it opens
        if not combo.view().accessibleName().strip():
            found.append(f"drop-down list of {combo.objectName() or combo.accessibleName()!r}")
    return found


def test_the_dashboard_and_a_ticket_tab_name_every_control(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("super1")
    dashboard = window.dashboard
    assert isinstance(dashboard, DashboardView)
    window.tabs.setCurrentWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.stats is not None, timeout=WAIT_MS)
    assert unnamed(dashboard) == []

    # the keyboard reaches every part of the dashboard in the order it is laid out
    chain = [dashboard.period, dashboard.refresh_button, dashboard.export_button, dashboard.trend,
             dashboard.by_category, dashboard.load_chart, dashboard.sla_chart, dashboard.csat, dashboard.breaches]
    for first, then in zip(chain, chain[1:], strict=False):
        assert _next_focusable(first) is then, (first.objectName(), then.objectName())

    inbox = window.views[View.all]
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=WAIT_MS)
    tab = opened(qtbot, window, inbox.model.ticket_at(0).id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: tab.answers.kb is not None, timeout=WAIT_MS)
    assert isinstance(tab.answers.kb, KbPanel)
    assert unnamed(tab.answers.kb) == []
    assert unnamed(tab.collab) == []
    assert unnamed(tab) == []


def _next_focusable(widget: QWidget) -> QWidget:
    """Where Tab goes from widget: the next widget in the focus chain that takes focus by Tab."""
    following = widget.nextInFocusChain()
    while following is not widget and (widget.isAncestorOf(following)  # its own parts (a view's viewport)
                                       or not (following.focusPolicy() & Qt.FocusPolicy.TabFocus
                                               and following.isEnabled() and following.isVisible())):
        following = following.nextInFocusChain()
    return following
