"""Who viewed this customer's personal data: every reveal, with who, when, which field and why."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.contract import EventOut, RevealRecord
from desk_app.ui.common.context import DeskContext
from desk_app.ui.customer.models import RevealsModel
from desk_app.ui.security.tables import TitledTable
from desk_app.ui.security.wording import error_text


class WhoViewedTab(QWidget):
    """The reveal history, newest first, refreshed when someone reveals a field."""

    def __init__(self, ctx: DeskContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.model = RevealsModel(self)
        self.table = TitledTable(self.model, "whoViewedTable", self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        ctx.events.received.connect(self._on_event)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr("Every time someone on the desk revealed this customer's personal data."))
        self.table.set_texts(self.tr("Who viewed this"), self.tr("Nobody has revealed this customer's data."))
        self.refresh_button.setText(self.tr("&Reload"))
        self.refresh_button.setAccessibleName(self.tr("Reload who viewed this"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.ctx.tasks.run(lambda: self.ctx.client.reveals(self.customer_id), self._loaded, self._failed, owner=self)

    def _loaded(self, records: list[RevealRecord]) -> None:
        self.model.set_records(records)
        self.table.fit_columns()
        self.status.setText(self.tr("Reveals recorded: %n.", "", len(records)))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not load: %1").replace("%1", error_text(exc)))

    def _on_event(self, event: EventOut) -> None:
        if event.kind == "customer.revealed" and event.customer_id == self.customer_id:
            self.refresh()
