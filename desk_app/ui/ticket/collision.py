"""Replies that cross (#13): before a reply goes out, has another agent replied to the customer since
this agent opened the ticket? If so, ask first, showing their reply; Cancel is the default.

The service has the last word: a reply carries `seen_up_to` (the newest message this agent has
accepted seeing) and is refused with `reply_collision` if another agent's reply came after it, so a
reply posted in the second between the check and the send is caught too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desk_app.contract import AuthorKind, MessageOut
from desk_app.ui.common.text import one_line, safe

SHOWN_CHARS = 1_500


def crossing_replies(messages: list[MessageOut], seen_up_to: int | None, me: int) -> list[MessageOut]:
    """Other agents' replies to the customer after `seen_up_to` (notes and one's own replies do not count)."""
    if seen_up_to is None:
        return []
    return [m for m in messages if m.id > seen_up_to and m.author_kind is AuthorKind.agent and not m.internal
            and m.author_agent_id is not None and m.author_agent_id != me]


def collision_box(replies: list[MessageOut], parent: QWidget | None = None) -> QMessageBox:
    """The question, with the latest crossing reply in plain text; Cancel is the default button."""
    latest = replies[-1]
    names = ", ".join(dict.fromkeys(one_line(m.author_name, 60) for m in replies))
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("ReplyCollision", "Someone else replied"),
                      QCoreApplication.translate(
                          "ReplyCollision", "%1 replied to the customer since you opened this ticket. Send your "
                          "reply anyway?").replace("%1", names), QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(QCoreApplication.translate("ReplyCollision", "Their reply:") + "\n\n"
                           + safe(latest.body, SHOWN_CHARS))
    send = box.addButton(QCoreApplication.translate("ReplyCollision", "Send &anyway"),
                         QMessageBox.ButtonRole.AcceptRole)
    send.setObjectName("sendAnyway")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:  # the customer-facing text another agent wrote: never rich text
        informative.setTextFormat(Qt.TextFormat.PlainText)
    return box


def confirm_collision(replies: list[MessageOut], parent: QWidget | None = None) -> bool:
    box = collision_box(replies, parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "sendAnyway"


class CollisionGuard:
    """Keeps the newest message this agent has accepted seeing, and asks before a crossing reply."""

    def __init__(self, me: int, messages: Callable[[], list[MessageOut]]) -> None:
        self.me, self._messages = me, messages
        self.seen_up_to: int | None = None  # set when the conversation first loads
        self.confirm: Callable[[list[MessageOut], QWidget | None], bool] = confirm_collision

    def opened(self, messages: list[MessageOut]) -> None:
        """The conversation as it was when the agent opened the ticket."""
        if self.seen_up_to is None:
            self.seen_up_to = max((m.id for m in messages if m.id > 0), default=0)

    def allow(self, parent: QWidget | None = None) -> bool:
        """Whether the reply may go: no crossing reply, or the agent read theirs and chose to send."""
        crossing = crossing_replies(self._messages(), self.seen_up_to, self.me)
        if not crossing:
            return True
        if not self.confirm(crossing, parent):
            return False
        self.seen_up_to = max(m.id for m in crossing)
        return True
