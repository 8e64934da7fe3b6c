"""The strip under a ticket's header (#13): who else is on it, "Merge into…", and, once merged, the link
to the ticket it was merged into."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.contract import TicketStatus, TicketSummary
from desk_app.ui.common import style
from desk_app.ui.common.presence import PresenceBoard
from desk_app.ui.ticket.presence import PresenceBar


class CollabBar(QWidget):
    """`merge_requested()` from the button; `open_requested(ticket_id)` from the merged link."""

    merge_requested = Signal()
    open_requested = Signal(int)

    def __init__(self, board: PresenceBoard, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticket: TicketSummary | None = None
        self.presence = PresenceBar(board, ticket_id, self)
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("mergeInto")
        self.merge_button.clicked.connect(self.merge_requested)
        self.merge_button.setEnabled(False)
        self.merged = QLabel(self, objectName="banner", wordWrap=True)
        self.merged.setTextFormat(Qt.TextFormat.PlainText)
        self.merged.setStyleSheet(style.banner_sheet("warning"))  # #13: it must be clear this one is closed
        self.merged.setFont(style.bold(self.merged.font()))
        self.open_target = QPushButton(self)
        self.open_target.setObjectName("openMergedTarget")
        self.open_target.clicked.connect(self._open_target)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.presence, 1)
        top.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignRight)
        merged_row = QHBoxLayout()
        merged_row.setContentsMargins(0, 0, 0, 0)
        merged_row.addWidget(self.merged, 1)
        merged_row.addWidget(self.open_target)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(merged_row)
        self.merged.hide()
        self.open_target.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.merge_button.setText(self.tr("Mer&ge into…"))
        self.merge_button.setToolTip(self.tr("Merge this ticket into another ticket of the same customer"))
        target = self.ticket.merged_into_id if self.ticket is not None else None
        if target is not None:
            self.merged.setText(self.tr("This ticket was merged into #%1: its conversation continues there.")
                                .replace("%1", str(target)))
            self.open_target.setText(self.tr("&Open #%1").replace("%1", str(target)))
        else:  # hidden until merged, but named for screen readers all the same
            self.open_target.setText(self.tr("&Open the ticket it was merged into"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_ticket(self, ticket: TicketSummary) -> None:
        self.ticket = ticket
        merged = ticket.merged_into_id is not None
        self.merged.setVisible(merged)
        self.open_target.setVisible(merged)
        self.merge_button.setEnabled(not merged and ticket.status is not TicketStatus.closed)
        self.retranslate_ui()

    def _open_target(self) -> None:
        if self.ticket is not None and self.ticket.merged_into_id is not None:
            self.open_requested.emit(self.ticket.merged_into_id)
