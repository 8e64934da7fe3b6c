"""The conversation's delegate: each message as a bubble of plain text, laid out with QTextLayout.

Customer messages sit on the left, replies on the right, internal notes on the right in yellow with an
"Internal note" heading, system messages centred. Text is never interpreted as markup; long words and
addresses wrap anywhere rather than run off the bubble.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk_app.contract import AuthorKind, MessageOut, SlaState
from desk_app.ui.common import style
from desk_app.ui.ticket.messages import BODY_ROLE, LINKS_ROLE, MESSAGE_ROLE, QUEUED_ROLE, MessageListModel

Index = QModelIndex | QPersistentModelIndex
MARGIN, PAD, GAP = 10, 10, 4  # around the bubble, inside it, between heading and body
SHARE = 0.82  # of the view's width a bubble may take
CACHE = 400


def text_layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    """`text` wrapped to `width` (at word boundaries, or anywhere for very long words); its height."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


class MessageDelegate(QStyledItemDelegate):
    """Paints and measures message bubbles for a QListView over a MessageListModel."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._layouts: OrderedDict[tuple[int, int], tuple[QTextLayout, float]] = OrderedDict()
        self.files: Any = None  # #13: a ConversationFiles that measures and paints attachments under the text
        self._notes: OrderedDict[tuple[int, int, str], tuple[QTextLayout, float]] = OrderedDict()

    def _bubble_width(self) -> int:
        return max(200, int((self.view.viewport().width() - 2 * MARGIN) * SHARE))

    def _layout(self, message: MessageOut, body: str, font: QFont) -> tuple[QTextLayout, float]:
        width = self._bubble_width() - 2 * PAD
        key = (message.id, width)
        if key not in self._layouts:
            self._layouts[key] = text_layout(body, font, width)
            if len(self._layouts) > CACHE:
                self._layouts.popitem(last=False)
        self._layouts.move_to_end(key)
        return self._layouts[key]

    def _notes_layout(self, message: MessageOut, notes: str, font: QFont) -> tuple[QTextLayout, float]:
        """The desk's own lines under a body (where its links go), in italics, set apart from the customer's text."""
        width = self._bubble_width() - 2 * PAD
        key = (message.id, width, notes)
        if key not in self._notes:
            italic = QFont(font)
            italic.setItalic(True)
            self._notes[key] = text_layout(notes, italic, width)
            if len(self._notes) > CACHE:
                self._notes.popitem(last=False)
        return self._notes[key]

    def _notes_height(self, message: MessageOut, index: Index, font: QFont) -> float:
        notes = (index.data(LINKS_ROLE) or ("", False))[0]
        return self._notes_layout(message, notes, font)[1] + 2 * GAP if notes else 0.0

    def clear_cache(self) -> None:
        self._layouts.clear()
        self._notes.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        message = index.data(MESSAGE_ROLE)
        if not isinstance(message, MessageOut):
            return super().sizeHint(option, index)
        _, height = self._layout(message, index.data(BODY_ROLE), option.font)
        heading = QFontMetrics(option.font).height()
        height += self._notes_height(message, index, option.font)
        if self.files is not None:
            height += self.files.height(message, self._bubble_width() - 2 * PAD, option)
        return QSize(self.view.viewport().width(), int(height + heading + GAP + 2 * PAD + MARGIN))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        message = index.data(MESSAGE_ROLE)
        if not isinstance(message, MessageOut):
            super().paint(painter, option, index)
            return
        model = index.model()
        assert isinstance(model, MessageListModel)
        palette = option.palette
        layout, _ = self._layout(message, index.data(BODY_ROLE), option.font)
        heading_height = QFontMetrics(option.font).height()
        width = self._bubble_width()
        if message.author_kind is AuthorKind.system and not message.internal:
            width = min(width, int(layout.maximumWidth()) + 2 * PAD)
        rect = QRectF(option.rect).adjusted(MARGIN, MARGIN / 2, -MARGIN, -MARGIN / 2)
        if message.internal or message.author_kind is AuthorKind.agent:
            left = rect.right() - width
        elif message.author_kind is AuthorKind.system:
            left = rect.center().x() - width / 2
        else:
            left = rect.left()
        bubble = QRectF(left, rect.top(), width, rect.height())
        if message.internal:
            fill, border = style.note_colors()
        elif message.author_kind is AuthorKind.agent:
            fill, border = style.agent_colors()
        else:
            fill, border = style.customer_colors()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(palette.color(QPalette.ColorRole.Highlight) if selected else border, 2 if selected else 1)
        if message.internal:
            pen.setStyle(Qt.PenStyle.DashLine if not selected else Qt.PenStyle.SolidLine)
        queued = index.data(QUEUED_ROLE)
        if queued:  # still in this desk's outbox: dotted and faded; refused ones get the error colour
            pen.setStyle(Qt.PenStyle.DotLine)
            if queued == "failed":
                pen.setColor((style.sla_colors(SlaState.breached) or (QColor("#9b1111"),) * 2)[1])
            painter.setOpacity(0.7)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble, 8, 8)
        heading_font = QFont(option.font)
        heading_font.setBold(True)
        painter.setFont(heading_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        heading = QRectF(bubble.left() + PAD, bubble.top() + PAD, bubble.width() - 2 * PAD, heading_height)
        painter.drawText(heading, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(heading_font).elidedText(model.heading(message), Qt.TextElideMode.ElideRight,
                                                               int(heading.width())))
        painter.setFont(option.font)
        body_top = heading.bottom() + GAP
        layout.draw(painter, QPointF(bubble.left() + PAD, body_top))
        notes, alarming = index.data(LINKS_ROLE) or ("", False)
        if notes:  # where the links go: under a rule, in italics, red when one imitates the exchange
            top = body_top + self._layout(message, index.data(BODY_ROLE), option.font)[1] + GAP
            painter.setPen(QPen(border, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(bubble.left() + PAD, top), QPointF(bubble.right() - PAD, top))
            colors = style.sla_colors(SlaState.breached) if alarming else None
            painter.setPen(colors[1] if colors else palette.color(QPalette.ColorRole.Text))
            self._notes_layout(message, notes, option.font)[0].draw(painter, QPointF(bubble.left() + PAD, top + GAP))
        if self.files is not None and message.attachments:  # #13: thumbnails and files, at the bubble's foot
            files_height = self.files.height(message, self._bubble_width() - 2 * PAD, option)
            area = QRectF(bubble.left() + PAD, bubble.bottom() - PAD - files_height, bubble.width() - 2 * PAD,
                          files_height)
            self.files.paint(painter, message, area, option)
        painter.restore()
