"""The ticket workspace's answering tools against the real service: the knowledge-base panel suggests in the
customer's language and inserts into the reply, the macro picker works from the keyboard and applies its
ticket changes, and the escalation form submits with its files, heard back from engineering."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
import requests
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desk_app.contract import API_PREFIX, KbLanguage, TicketStatus
from desk_app.ui.kb.macro_manager import MacroEditor, MacroManager
from desk_app.ui.kb.model import ARTICLE_ROLE
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.escalation import EscalationForm
from desk_app.ui.ticket.macros import MacroPicker
from desk_app.ui.ticket.reply_all import ReplyAllDialog
from desk_app.ui.ticket.tab import TicketTab
from tests.helpers import INTEGRATION_KEY
from tests.ui.conftest import WAIT_MS, Desk, api
from tests.ui.ticket.test_tab import loaded

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
ENGINEERING_KEY = "demo-engineering-key"
_customers = itertools.count(930_001)


def new_ticket(url: str, language: str, country: str, subject: str, body: str) -> int:
    """A customer writes in through the channel gateway."""
    customer_id = next(_customers)
    key = {"X-Integration-Key": INTEGRATION_KEY}
    requests.put(f"{url}{API_PREFIX}/inbound/customers/{customer_id}", headers=key, timeout=30, json={
        "name": "Lee Jiwoo", "email": f"c{customer_id}@example.org", "country": country, "language": language})
    answer = requests.post(f"{url}{API_PREFIX}/inbound/messages", headers=key, timeout=30, json={
        "channel": "chat", "customer_id": customer_id, "subject": subject, "body": body, "language": language})
    assert answer.status_code == 201, answer.text
    return int(answer.json()["ticket_id"])


def open_tab(window: MainWindow, qtbot: QtBot, ticket_id: int) -> TicketTab:
    tab = loaded(qtbot, window.open_ticket(ticket_id))
    qtbot.waitUntil(lambda: tab.answers.kb is not None, timeout=WAIT_MS)
    return tab


def korean_withdrawal(desk: Desk) -> int:
    return new_ticket(desk.url, "ko", "KR", "출금이 안 돼요",
                      "어제 USDT 출금을 신청했는데 아직 처리 중이에요. 언제 출금되나요?")


def test_kb_panel_suggests_in_the_customers_language_and_inserts(desk: Desk, qtbot: QtBot,
                                                                 qtmodeltester: object) -> None:
    window = desk.sign_in("agent1")
    tab = open_tab(window, qtbot, korean_withdrawal(desk))
    kb = tab.answers.kb
    assert kb is not None
    tab.answers.show_knowledge_base()
    qtbot.waitUntil(lambda: kb.model.rowCount() > 0, timeout=WAIT_MS)
    qtmodeltester.check(kb.model)  # type: ignore[attr-defined]
    assert kb.language is KbLanguage.ko and "한국어" in kb.heading.text()
    top = [kb.model.index(r, 0).data(ARTICLE_ROLE) for r in range(min(3, kb.model.rowCount()))]
    assert any(a.url.endswith("-withdrawal-delayed") for a in top)
    assert all(a.language is KbLanguage.ko for a in top)

    qtbot.waitUntil(lambda: kb.article is not None, timeout=WAIT_MS)  # the first one previews by itself
    row = next(r for r, a in enumerate(top) if a.url.endswith("-withdrawal-delayed"))
    kb.table.selectRow(row)
    qtbot.waitUntil(lambda: kb.article is not None and kb.article.url.endswith("-withdrawal-delayed"),
                    timeout=WAIT_MS)
    assert kb.preview.toPlainText().startswith("대부분의 출금은")  # plain text, the Korean version
    qtbot.mouseClick(kb.insert_link, Qt.MouseButton.LeftButton)
    text = tab.composer.editor.toPlainText()
    assert kb.article.title in text and kb.article.url in text and not tab.composer.internal

    qtbot.keyClicks(kb.search, "verification rejected")  # an English search, shown in Korean; a stale one
    qtbot.keyClick(kb.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kb.model.rowCount() > 0 and "verification" in kb.heading.text(), timeout=WAIT_MS)
    found = [kb.model.index(r, 0).data(ARTICLE_ROLE) for r in range(kb.model.rowCount())]
    rejected = next(r for r, a in enumerate(found) if a.url.endswith("-kyc-rejected"))
    assert kb.model.index(rejected, 1).data() == "Stale"  # and amber; the accessible text says why
    kb.table.selectRow(rejected)
    qtbot.waitUntil(lambda: kb.article is not None and kb.article.url.endswith("-kyc-rejected"), timeout=WAIT_MS)
    assert kb.stale.isVisible() and kb.article.language is KbLanguage.ko
    qtbot.mouseClick(kb.insert_text, Qt.MouseButton.LeftButton)
    assert kb.article.body in tab.composer.editor.toPlainText()


def picker_of(tab: TicketTab, qtbot: QtBot) -> MacroPicker:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MacroPicker), timeout=WAIT_MS)
    picker = QApplication.activeModalWidget()
    assert isinstance(picker, MacroPicker)
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=WAIT_MS)
    return picker


def test_macro_picker_by_keyboard_fills_and_sets_the_ticket(desk: Desk, qtbot: QtBot,
                                                            qtmodeltester: object) -> None:
    window = desk.sign_in("agent1")
    assert not window.act_macros.isVisible()  # managing macros is for supervisors
    ticket_id = korean_withdrawal(desk)
    tab = open_tab(window, qtbot, ticket_id)
    tab.composer.editor.setFocus()
    qtbot.waitUntil(tab.composer.editor.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(tab.composer.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    picker = picker_of(tab, qtbot)
    qtmodeltester.check(picker.model)  # type: ignore[attr-defined]
    qtbot.waitUntil(picker.filter.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(picker.filter, "password")  # filters to the one macro
    assert picker.proxy.rowCount() == 1
    qtbot.keyClick(picker.filter, Qt.Key.Key_Backspace)
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "withdrawal")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Up)
    current = picker.current()
    assert current is not None and current.name.startswith("Withdrawal delayed") and not current.fallback
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible(), timeout=WAIT_MS)

    text = tab.composer.editor.toPlainText()
    assert f"#{ticket_id}" in text and tab.ctx.agent.display_name in text and "/ko/articles/" in text
    assert text.startswith("{customer_name} 고객님")  # the name is never shown unmasked to the agent
    qtbot.waitUntil(lambda: tab.ticket is not None and tab.ticket.status is TicketStatus.pending_customer,
                    timeout=WAIT_MS)  # the macro's ticket change, through the normal versioned PATCH
    assert "withdrawal-delay" in tab.ticket.tags
    stored = api(desk.url, "agent2").get(f"{desk.url}{API_PREFIX}/tickets/{ticket_id}", timeout=30).json()
    assert stored["status"] == "pending_customer" and "withdrawal-delay" in stored["tags"]

    tab.composer.editor.clear()
    window.activateWindow()  # the offscreen platform does not give it back when the dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    tab.composer.editor.setFocus()
    qtbot.waitUntil(tab.composer.editor.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(tab.composer.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    picker = picker_of(tab, qtbot)
    qtbot.keyClicks(picker.filter, "KYC")  # no Korean version: English, and the picker says so
    assert picker.notice.isVisible() and "English" in picker.notice.text()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.composer.editor.toPlainText().startswith("Hello {customer_name}"), timeout=WAIT_MS)
    assert "English" in tab.composer.error.text() and tab.composer.error.isVisible()


def _png(path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (60, 30), (30, 90, 200)).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def test_escalation_form_submits_and_engineering_is_heard(desk: Desk, qtbot: QtBot, tmp_path: Path) -> None:
    window = desk.sign_in("agent1")
    other = korean_withdrawal(desk)
    tab = open_tab(window, qtbot, korean_withdrawal(desk))
    qtbot.mouseClick(tab.answers.bar.escalate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EscalationForm), timeout=WAIT_MS)
    form = QApplication.activeModalWidget()
    assert isinstance(form, EscalationForm)
    assert form.summary.text() == "출금이 안 돼요"  # the ticket's subject to start from
    form.summary.clear()
    qtbot.keyClicks(form.summary, "USDT TRC20 withdrawals stuck in processing")
    form.severity.setCurrentIndex(1)
    qtbot.keyClicks(form.steps, "1. Withdraw USDT on TRC20")
    qtbot.keyClick(form.steps, Qt.Key.Key_Return)
    qtbot.keyClicks(form.steps, "2. Stays Processing")
    qtbot.keyClicks(form.tx_ids, "wd-1 wd-2")
    qtbot.keyClicks(form.assets, "USDT")
    qtbot.keyClicks(form.linked, f"#{other}")
    big = tmp_path / "huge.log"
    big.write_bytes(b"x" * (600 * 1024))
    form.add_files([_png(tmp_path / "screen.png"), big, tmp_path / "missing.log"])
    assert form.file_list.count() == 1 and "huge.log" in form.error.text()  # refused before sending
    with qtbot.waitSignal(form.submitted, timeout=WAIT_MS):  # made, then its files uploaded
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    escalation = tab.answers.escalation
    assert escalation is not None
    assert escalation.ticket_ids == [tab.ticket_id, other] and escalation.severity == "high"
    assert [a.filename for a in escalation.attachments] == ["screen.png"]
    assert f"#{escalation.id}" in tab.answers.bar.status.text()
    qtbot.waitUntil(lambda: any(f"#{escalation.id}" in m.body for m in tab.messages.messages()), timeout=WAIT_MS)

    fixed = requests.patch(f"{desk.url}{API_PREFIX}/escalations/{escalation.id}", timeout=30,
                           headers={"X-Engineering-Key": ENGINEERING_KEY},
                           json={"status": "fixed", "note": "Node resynced"})
    assert fixed.status_code == 200, fixed.text
    qtbot.waitUntil(lambda: "Fixed" in tab.answers.bar.status.text(), timeout=WAIT_MS)  # heard over the stream
    assert tab.answers.bar.reply_all.isVisible()

    qtbot.mouseClick(tab.answers.bar.reply_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReplyAllDialog), timeout=WAIT_MS)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ReplyAllDialog)
    qtbot.keyClicks(dialog.body, "It is fixed now; please check your withdrawal.")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.outcomes) == 2, timeout=WAIT_MS)
    assert all(o.error is None for o in dialog.outcomes)
    other_messages = api(desk.url, "agent2").get(f"{desk.url}{API_PREFIX}/tickets/{other}/messages", timeout=30)
    assert [m["body"] for m in other_messages.json()].count("It is fixed now; please check your withdrawal.") == 1
    dialog.reject()


def test_supervisors_manage_macros_in_a_dialog(desk: Desk, qtbot: QtBot, qtmodeltester: object) -> None:
    window = desk.sign_in("super1")
    assert window.act_macros.isVisible()
    window.act_macros.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or window.macro_manager, MacroManager),
                    timeout=WAIT_MS)
    manager = window.macro_manager
    qtbot.waitUntil(lambda: manager.model.rowCount() >= 6, timeout=WAIT_MS)
    qtmodeltester.check(manager.model)  # type: ignore[attr-defined]
    qtbot.mouseClick(manager.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MacroEditor), timeout=WAIT_MS)
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, MacroEditor)
    qtbot.keyClicks(editor.name, "Card payment declined")
    qtbot.keyClicks(editor.title, "Card declined")
    qtbot.keyClicks(editor.body, "Hello {customer_name}, your bank declined the payment on #{ticket_id}.")
    editor.language.setCurrentIndex(editor.language.findData(KbLanguage.es))
    qtbot.keyClicks(editor.title, "Tarjeta rechazada")
    editor.body.insertPlainText("Hola, {customer_name}: tu banco rechazó el pago del ticket #{ticket_id}.")  # pasted
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(m.name == "Card payment declined" for m in manager.model.macros), timeout=WAIT_MS)
    made = next(m for m in manager.model.macros if m.name == "Card payment declined")
    assert made.languages == [KbLanguage.en, KbLanguage.es]
    spanish = api(desk.url, "agent2").get(f"{desk.url}{API_PREFIX}/macros?language=es", timeout=30).json()
    assert any(m["title"] == "Tarjeta rechazada" for m in spanish["items"])
