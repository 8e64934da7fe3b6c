"""The presence marker of inbox rows (#13): who else has a ticket open, painted from the model's data.

No widget per row: the subject cell's decoration is a small round badge with the first agent's
initial (amber while someone is replying, blue while viewing), its tooltip names everyone, and the
row's accessible text says it in words. The model asks `data(ticket_id, role, base)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from desk_app.contract import PresenceState
from desk_app.ui.common.presence import PresenceBoard, describe
from desk_app.ui.common.text import tooltip

DECORATION, TOOLTIP = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
ROLES = (DECORATION, TOOLTIP, ACCESSIBLE)
COLORS = {PresenceState.typing: ("#f29900", "#202124"), PresenceState.viewing: ("#1a73e8", "#ffffff")}
SIZE = 18


class PresenceMarker(QObject):
    """Reads the board for a model and tells it which rows to repaint (`on_change(ticket_id)`)."""

    def __init__(self, board: PresenceBoard, on_change: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self._icons: dict[tuple[str, PresenceState], QIcon] = {}
        board.changed.connect(on_change)
        board.ensure()

    def data(self, ticket_id: int, role: int, base: Callable[[], str]) -> object:
        """The marker's answer for the subject cell, or None to let the model answer as usual."""
        if role not in ROLES:
            return None
        others = self.board.others(ticket_id)
        if not others:
            return None
        if role == DECORATION:
            first = others[0]
            return self._icon(first.agent_name.strip()[:1].upper() or "?", first.state)
        text = describe(others)
        if role == TOOLTIP:
            return tooltip(f"{base()}\n{text}")
        return f"{base()}. {text}"

    def _icon(self, initial: str, state: PresenceState) -> QIcon:
        key = (initial, state)
        if key not in self._icons:
            ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1.0  # type: ignore[attr-defined]
            pixmap = QPixmap(int(SIZE * ratio), int(SIZE * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            fill, ink = COLORS[state]
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawEllipse(QRectF(1, 1, SIZE - 2, SIZE - 2))
            font = QFont(QApplication.font())
            font.setPixelSize(11)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(ink))
            painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, initial)
            painter.end()
            self._icons[key] = QIcon(pixmap)
        return self._icons[key]
