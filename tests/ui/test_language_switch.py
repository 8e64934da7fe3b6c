"""Switching the UI language at runtime: the open window, a ticket tab, the security panel and the sign-in
dialog all change at once, Arabic turns the layout right to left, and counts take each language's plurals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk_app.contract import View
from desk_app.ui.common.language import Languages, translation_dirs
from desk_app.ui.main_window import MainWindow
from desk_app.ui.signin import SignInDialog
from desk_app.ui.ticket.tab import TicketTab
from tests.ui.conftest import WAIT_MS, Desk

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def catalogue(lang: str) -> QTranslator:
    translator = QTranslator()
    assert any(translator.load(f"desk_{lang}", str(d)) for d in translation_dirs() if Path(d).is_dir()), lang
    return translator


def visible_texts(window: MainWindow, tab: TicketTab, signin: SignInDialog) -> dict[tuple[str, str], str]:
    """What the agent reads in each part of the app, keyed by (context, English source)."""
    panel = tab.customer_panel.actions if tab.customer_panel is not None else None
    assert panel is not None, "super1 sees the security panel"
    return {
        ("MainWindow", "&Desk"): window.menu["desk"].title(),
        ("MainWindow", "S&ettings…"): window.act_settings.text(),
        ("Labels", "All"): window.tabs.tabText(window.tabs.indexOf(window.views[View.all])),
        ("Composer", "&Send reply"): tab.composer.send_button.text(),
        ("ActionPanel", "Emergency &freeze…"): panel.emergency_button.text(),
        ("ActionPanel", "Protect the account"): panel.protect_group.title(),
        ("SignInDialog", "Sign in to the desk"): signin.windowTitle(),
        ("SignInDialog", "&Password:"): signin.password_label.text(),
    }


def test_the_open_window_tab_panel_and_dialog_change_language_at_once(
    desk: Desk, qtbot: QtBot, languages: Languages
) -> None:
    window = desk.sign_in("super1")
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=WAIT_MS)
    tab = window.open_ticket(inbox.model.ticket_at(0).id)
    qtbot.waitUntil(lambda: tab.customer_panel is not None and tab.customer_panel.actions is not None,
                    timeout=WAIT_MS)
    signin = SignInDialog(desk.tasks, lambda server, user: None)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(signin)
    signin.show()

    english = visible_texts(window, tab, signin)
    assert english == {key: key[1] for key in english}
    for lang in ("ru", "ar", "ja", "zh_TW"):
        languages.apply(lang)
        translator = catalogue(lang)
        now = visible_texts(window, tab, signin)
        for (context, source), text in now.items():
            assert text == translator.translate(context, source) and text != source, (lang, source, text)
        rows = inbox.model.rowCount()
        assert inbox.status.text() in (translator.translate("InboxView", "%n ticket(s)", "", rows).replace(
            "%n", str(rows)), translator.translate("InboxView", "%n ticket(s) loaded; scroll for more", "", rows)
            .replace("%n", str(rows)))
        right_to_left = lang == "ar"
        for widget in (window, tab, signin, tab.composer.editor):
            assert isinstance(widget, QWidget) and widget.isRightToLeft() == right_to_left, (lang, widget)
    languages.apply("en")
    assert visible_texts(window, tab, signin) == english
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.ctx.events.stop()


def test_settings_in_the_menu_switch_the_window_and_are_remembered(
    desk: Desk, qtbot: QtBot, languages: Languages
) -> None:
    from desk_app.ui.common.settings_dialog import SettingsDialog

    window = desk.sign_in("agent1")
    window.act_settings.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "settings_dialog", None), SettingsDialog)
                    and window.settings_dialog.isVisible(), timeout=WAIT_MS)
    dialog = window.settings_dialog
    dialog.languages = languages  # the test's own, so the app's language is restored afterwards
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert desk.settings.language == "es"
    assert window.menu["desk"].title() == catalogue("es").translate("MainWindow", "&Desk") != "&Desk"
    window.ctx.events.stop()
