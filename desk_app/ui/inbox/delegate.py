"""The priority column's delegate: the priority as a coloured pill that also says its name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desk_app.contract import TicketSummary
from desk_app.ui.common import style
from desk_app.ui.inbox.model import TICKET_ROLE

Index = QModelIndex | QPersistentModelIndex


class PriorityDelegate(QStyledItemDelegate):
    """Paints the row background as usual, then a rounded pill with the priority's label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        ticket = index.data(TICKET_ROLE)
        if not isinstance(ticket, TicketSummary):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        (widget.style() if widget else QApplication.style()).drawControl(
            QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        fill, ink = style.priority_colors(ticket.priority)
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 16, opt.rect.width() - 8)
        height = metrics.height() + 4
        pill = QRectF(opt.rect.left() + 6, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(ink)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                                               int(pill.width()) - 8))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 20, max(size.height(), option.fontMetrics.height() + 10))
