"""Links from messages: found as text, opened only after a confirmation that shows the real address."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.ui.common.links import confirm_and_open, confirmation, find_links, link_notes, menu_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on show()


def test_links_are_found_without_trailing_punctuation() -> None:
    text = "See https://example.com/a?b=1. Or (http://x.test/y), again https://example.com/a?b=1!"
    assert find_links(text) == ["https://example.com/a?b=1", "http://x.test/y"]
    assert find_links("javascript:alert(1) file:///etc/passwd ftp://x") == []


def test_the_confirmation_defaults_to_cancel_and_shows_the_ascii_host(qtbot: QtBot) -> None:
    box, open_button = confirmation("https://exаmple.com/login")  # Cyrillic "а"
    qtbot.addWidget(box)
    assert open_button is not None
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert "xn--" in box.informativeText()  # the look-alike shows for what it is


def test_plain_http_is_pointed_out(qtbot: QtBot) -> None:
    box, _ = confirmation("http://example.com/")
    qtbot.addWidget(box)
    assert "not encrypted" in box.informativeText()


def test_nothing_opens_unless_the_agent_says_so(qtbot: QtBot) -> None:
    opened: list[QUrl] = []

    def answer(button: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        chosen.click()

    QTimer.singleShot(0, lambda: answer("Cancel"))
    assert not confirm_and_open("https://example.com/", opener=opened.append)
    QTimer.singleShot(0, lambda: answer("Open in browser"))
    assert confirm_and_open("https://example.com/x", opener=opened.append)
    assert [u.toString() for u in opened] == ["https://example.com/x"]


def test_the_confirmation_warns_about_look_alikes_and_shows_both_forms(qtbot: QtBot) -> None:
    box, open_button = confirmation("https://exаmple.com/login", domains=("example.com",))
    qtbot.addWidget(box)
    assert open_button is not None  # the agent may still open it, warned
    text = box.informativeText()
    assert "Host: xn--exmple-4nf.com (exаmple.com)" in text and "Look-alike of example.com" in text


def test_an_address_qt_and_a_browser_would_read_differently_cannot_be_opened(qtbot: QtBot) -> None:
    box, open_button = confirmation("https://evil.io\\@example.com/")
    qtbot.addWidget(box)
    assert open_button is None


def test_link_notes_and_menu_entries_lead_with_the_real_host() -> None:
    notes, alarming = link_notes("see https://example.com@evil.io/x and https://support.example.com/", ("example.com",))
    first, second = notes.splitlines()
    assert alarming and first.startswith("Link to evil.io — ⚠ Look-alike of example.com")
    assert second == "Link to support.example.com — the exchange's own site"
    assert link_notes("nothing here") == ("", False)
    assert menu_text("https://example.com.evil.io/?a&b") == "⚠ example.com.evil.io — https://example.com.evil.io/?a&&b"
    assert menu_text("https://a&b/") == "no valid host — https://a&&b/"
