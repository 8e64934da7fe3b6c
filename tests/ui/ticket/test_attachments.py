"""Attachments through the real desk and service: attaching to a reply (dialog path and drop), refusals on
their row, an inbound screenshot's thumbnail and its viewer, and saving a file only after a confirmation."""

from __future__ import annotations

import base64
import io
import warnings
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.contract import API_PREFIX, View
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.tab import TicketTab
from tests.helpers import INTEGRATION_KEY
from tests.ui.conftest import WAIT_MS, Desk, api

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_first(window: MainWindow, qtbot: QtBot, row: int = 0) -> TicketTab:
    inbox = window.views[View.all]
    window.tabs.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > row, timeout=WAIT_MS)
    ticket = inbox.model.ticket_at(row)
    assert ticket is not None
    window.open_ticket(ticket.id)
    tab = window.ticket_tabs.current()
    assert isinstance(tab, TicketTab)
    qtbot.waitUntil(lambda: tab.ticket is not None and tab.messages.rowCount() > 0, timeout=WAIT_MS)
    return tab


def screenshot_png(size: tuple[int, int] = (900, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "steelblue").save(out, "PNG")
    return out.getvalue()


def customer_sends(url: str, tab: TicketTab, files: list[tuple[str, bytes]]) -> dict[str, Any]:
    assert tab.ticket is not None
    body = {"channel": "chat", "customer_id": tab.ticket.customer_id, "ticket_id": tab.ticket_id,
            "subject": "x", "body": "Here is my screenshot", "language": "en",
            "attachments": [{"filename": n, "data_base64": base64.b64encode(d).decode()} for n, d in files]}
    response = requests.post(f"{url}{API_PREFIX}/inbound/messages", json=body, timeout=30,
                             headers={"X-Integration-Key": INTEGRATION_KEY})
    assert response.status_code == 201, response.text
    return response.json()


def test_a_file_goes_out_with_a_reply(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = desk.sign_in("agent1")
    tab = open_first(window, qtbot)
    composer = tab.composer
    steps = tmp_path / "steps.txt"
    steps.write_text("1. Open Wallet\n2. Tap Withdraw\n")
    composer.tray.add_files([steps])  # what the "Attach files…" dialog hands over
    assert composer.tray.busy or composer.tray.ready_ids()
    qtbot.waitUntil(lambda: bool(composer.tray.ready_ids()), timeout=WAIT_MS)
    row = next(iter(composer.tray.rows.values()))
    assert row.name.text() == "steps.txt" and "Text file" in row.status.text()

    composer.start(internal=False)
    qtbot.keyClicks(composer.editor, "Please follow these steps")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(m.attachments for m in tab.messages.messages()
                                if m.body == "Please follow these steps"), timeout=WAIT_MS)
    assert composer.tray.uploads == [] and composer.editor.toPlainText() == ""
    sent = next(m for m in tab.messages.messages() if m.body == "Please follow these steps")
    other = api(desk.url, "agent2")
    stored = other.get(f"{other.base}/tickets/{tab.ticket_id}/messages", timeout=30).json()  # type: ignore[attr-defined]
    files = next(m["attachments"] for m in stored if m["id"] == sent.id)
    assert [(f["filename"], f["kind"]) for f in files] == [("steps.txt", "text")]
    body = other.get(f"{other.base}/attachments/{files[0]['id']}", timeout=30).content  # type: ignore[attr-defined]
    assert body == b"1. Open Wallet\n2. Tap Withdraw\n"
    index = tab.messages.index(tab.messages.messages().index(sent), 0)
    assert "steps.txt" in index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_dropped_program_is_refused_on_its_row_and_nothing_is_lost(desk: Desk, qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    window = desk.sign_in("agent1")
    tab = open_first(window, qtbot)
    composer = tab.composer
    qtbot.keyClicks(composer.editor, "Draft kept")
    program = tmp_path / "receipt.png"
    program.write_bytes(b"MZ" + b"\0" * 400)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(program))])
    with warnings.catch_warnings():  # PySide6 marks QDragEnterEvent's (only) constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(composer.editor.viewport(), enter)  # as a real drag: it enters, then drops
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(composer.editor.viewport(), drop)
    assert composer.editor.toPlainText() == "Draft kept"  # the path did not land in the text
    qtbot.waitUntil(lambda: composer.tray.has_failures(), timeout=WAIT_MS)
    row = next(iter(composer.tray.rows.values()))
    assert "program" in row.status.text() and row.button.text() == "Remove"
    assert composer.editor.toPlainText() == "Draft kept" and composer.send_button.isEnabled()
    row.button.click()
    qtbot.waitUntil(lambda: composer.tray.uploads == [], timeout=WAIT_MS)


def test_an_inbound_screenshot_shows_inline_and_opens_in_the_viewer(desk: Desk, qtbot: QtBot) -> None:
    window = desk.sign_in("agent1")
    tab = open_first(window, qtbot, row=1)
    sent = customer_sends(desk.url, tab, [("IMG_0042.png", screenshot_png())])
    attachment_id = sent["attachment_ids"][0]
    tab.load_messages()
    qtbot.waitUntil(lambda: any(m.id == sent["message_id"] for m in tab.messages.messages()), timeout=WAIT_MS)
    message = next(m for m in tab.messages.messages() if m.id == sent["message_id"])
    view, files = tab.conversation, tab.files
    view.scrollToBottom()
    qtbot.waitUntil(lambda: files.thumbnails.get(attachment_id) is not None, timeout=WAIT_MS)  # fetched lazily
    thumbnail = files.thumbnails[attachment_id]
    assert thumbnail is not None and (thumbnail.width(), thumbnail.height()) == (320, 213)
    view.viewport().repaint()
    rect, item = files.hits[message.id][0]
    assert item.id == attachment_id and rect.height() > 200

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert files.viewers, "the click opened no viewer"
    viewer = files.viewers[-1]
    qtbot.waitUntil(lambda: not viewer.view.item.pixmap().isNull(), timeout=WAIT_MS)
    assert viewer.view.item.pixmap().width() == 900
    assert "IMG_0042.png" in viewer.windowTitle()
    before = viewer.view.scale_factor
    qtbot.keyClick(viewer.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.scale_factor > before
    qtbot.keyClick(viewer.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert viewer.view.scale_factor == 1.0
    viewer.close()

    view.setCurrentIndex(tab.messages.index(tab.messages.messages().index(message), 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # from the keyboard too
    assert files.viewers[-1] is not viewer and files.viewers[-1].isVisible()
    files.viewers[-1].close()


def _answer_dialog(qtbot: QtBot, seen: list[str], save: bool) -> None:
    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, act)
            return
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        if save:
            next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        else:
            qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: Cancel

    QTimer.singleShot(50, act)


def test_other_files_are_saved_only_after_a_confirmation_with_their_real_type(desk: Desk, qtbot: QtBot,
                                                                              tmp_path: Path) -> None:
    window = desk.sign_in("agent1")
    tab = open_first(window, qtbot, row=2)
    pdf = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    sent = customer_sends(desk.url, tab, [("statement\u202efdp.exe", pdf)])
    tab.load_messages()
    qtbot.waitUntil(lambda: any(m.id == sent["message_id"] for m in tab.messages.messages()), timeout=WAIT_MS)
    message = next(m for m in tab.messages.messages() if m.id == sent["message_id"])
    item = message.attachments[0]
    files = tab.files
    target = tmp_path / "saved.pdf"
    files.choose_path = lambda _item, _parent: target  # type: ignore[method-assign]

    seen: list[str] = []
    _answer_dialog(qtbot, seen, save=False)
    files.activate(item)
    assert not target.exists() and files.last_saved is None  # Cancel is the default

    _answer_dialog(qtbot, seen, save=True)
    files.activate(item)
    qtbot.waitUntil(lambda: files.last_saved == target, timeout=WAIT_MS)
    assert target.read_bytes() == pdf
    text = seen[-1]
    assert "PDF document (application/pdf)" in text and "⟨U+202E⟩" in text  # the override shown, not obeyed
    assert "\u202e" not in text
