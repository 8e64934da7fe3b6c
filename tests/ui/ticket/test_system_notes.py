"""Notes the service writes itself read in the agent's language, their values as plain text; unknown codes
show the service's English body."""

from __future__ import annotations

import requests
from mnemonic import Mnemonic
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desk_app.contract import AuthorKind, MessageOut
from desk_app.ui.common.language import Languages
from desk_app.ui.ticket.conversation import ConversationView
from desk_app.ui.ticket.messages import BODY_ROLE, MessageListModel
from desk_app.ui.ticket.system_notes import system_text
from tests.helpers import INTEGRATION_KEY, ServiceProcess
from tests.ui.conftest import api

ACK = "Auto-acknowledgement sent to the customer."
STATUS_WITH_NOTE = "Engineering escalation #%1 is now: %2. Engineering's note: %3"
HOSTILE = "Node %2 lagging \u202egnp.exe <b>bold</b>"


def service_notes(ui_service: ServiceProcess) -> list[MessageOut]:
    """A ticket where a customer exposed a card number, then escalated with a hostile summary and note."""
    http = api(ui_service.url, "agent1")
    posted = requests.post(f"{ui_service.url}/api/v1/inbound/messages", timeout=30,
                           headers={"X-Integration-Key": INTEGRATION_KEY},
                           json={"channel": "chat", "customer_id": 3, "subject": "Card",
                                 "body": f"card 4111 1111 1111 1111 and {Mnemonic('english').generate(128)}",
                                 "language": "ru"})
    assert posted.status_code == 201, posted.text
    ticket_id = posted.json()["ticket_id"]
    raised = http.post(f"{http.base}/escalations", timeout=30,  # type: ignore[attr-defined]
                       json={"ticket_id": ticket_id, "summary": "Cards %1 refused", "severity": "critical"})
    assert raised.status_code == 201, raised.text
    patched = requests.patch(f"{ui_service.url}/api/v1/escalations/{raised.json()['id']}", timeout=30,
                             headers={"X-Engineering-Key": "demo-engineering-key"},
                             json={"status": "needs_info", "note": HOSTILE})
    assert patched.status_code == 200, patched.text
    got = http.get(f"{http.base}/tickets/{ticket_id}/messages", timeout=30)  # type: ignore[attr-defined]
    notes = [MessageOut.model_validate(m) for m in got.json() if m["author_kind"] == "system"]
    assert [n.system_code for n in notes] == ["secret_exposed", "escalation_created", "escalation_status"]
    return notes


def test_system_notes_follow_the_language(qtbot: QtBot, languages: Languages, ui_service: ServiceProcess) -> None:
    exposed, created, status = service_notes(ui_service)
    ack = exposed.model_copy(update={"id": exposed.id + 10_000, "body": ACK, "system_code": "auto_ack",
                                     "system_params": {}})
    unknown = exposed.model_copy(update={"id": exposed.id + 10_001, "body": "A newer service's note",
                                         "system_code": "something_new", "system_params": {"x": "y"}})
    model = MessageListModel()
    view = ConversationView(model)
    qtbot.addWidget(view)
    model.set_messages([exposed, created, status, ack, unknown])

    def shown(row: int) -> str:
        return str(model.index(row).data(BODY_ROLE))

    languages.apply("en")
    assert shown(0) == exposed.body  # the desk's English wording is the service's
    assert shown(3) == ACK
    assert shown(4) == "A newer service's note"
    languages.apply("ru")
    assert shown(3) == QCoreApplication.translate("SystemNotes", ACK) != ACK
    assert shown(4) == "A newer service's note"  # unknown code: the body, as sent
    russian_status = QCoreApplication.translate("Escalation", "Needs information")
    assert shown(2).startswith(QCoreApplication.translate("SystemNotes", STATUS_WITH_NOTE).split("%1")[0])
    assert russian_status in shown(2)
    # The values are plain text: "%2" in a note stays, the override character is made visible, tags stay text
    assert "Node %2 lagging ⟨U+202E⟩gnp.exe <b>bold</b>" in shown(2)
    assert "\u202e" not in shown(2) and "Cards %1 refused" in shown(1)
    assert QCoreApplication.translate("SystemNotes", "a payment card number") in shown(0)
    heard = str(model.index(2).data(Qt.ItemDataRole.AccessibleTextRole))
    assert "\n" not in heard and russian_status in heard  # what a screen reader says, in the language too
    view.setCurrentIndex(model.index(3))
    view.copy_action.trigger()  # Ctrl+C copies the note as the agent reads it
    assert QGuiApplication.clipboard().text() == QCoreApplication.translate("SystemNotes", ACK)
    languages.apply("en")
    assert shown(3) == ACK and "Needs information" in shown(2)


def test_a_broken_or_foreign_note_shows_its_body() -> None:
    base = MessageOut(id=1, ticket_id=1, author_kind=AuthorKind.system, author_name="Desk", body="English body",
                      internal=True, created_at="2026-11-25T10:00:00Z", system_code="escalation_status",
                      system_params={"escalation_id": "7", "status": "on_fire"})  # a status this desk lacks
    assert system_text(base) is None
    assert system_text(base.model_copy(update={"system_params": {}})) is None
    assert system_text(base.model_copy(update={"author_kind": AuthorKind.customer, "system_code": "auto_ack"})) \
        is None  # only the service's own notes are reworded
