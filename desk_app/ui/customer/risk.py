"""Risk at a glance: the account-takeover banner and the timeline of risk signals."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.contract import CustomerProfile
from desk_app.ui.customer.models import RiskSignalsModel
from desk_app.ui.security.tables import TitledTable

BANNER_STYLE = "#takeoverBanner { background: #8a0010; border-radius: 4px; }#takeoverBanner QLabel { color: white; }"
EMERGENCY_BUTTON_STYLE = (
    "QPushButton { background: white; color: #8a0010; font-weight: bold; padding: 4px 12px;"
    " border: 2px solid white; border-radius: 3px; }"
    "QPushButton:focus { border: 2px solid #ffd54f; }"
    "QPushButton:disabled { color: #999; }"
)


MAX_ROWS = 10


class TakeoverBanner(QFrame):
    """Shown when the service sees the account-takeover pattern; offers the emergency freeze."""

    emergency_freeze_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeoverBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.freeze_button = QPushButton(self)
        self.freeze_button.setObjectName("bannerEmergencyFreeze")
        self.freeze_button.setStyleSheet(EMERGENCY_BUTTON_STYLE)
        self.freeze_button.clicked.connect(self.emergency_freeze_requested)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.freeze_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("⚠ Account-takeover pattern"))
        self.detail.setText(
            self.tr(
                "Several risk signals (new device, password or 2FA change, new withdrawal address, large "
                "withdrawal) happened within 24 hours. Verify the caller before changing anything for them."
            )
        )
        self.freeze_button.setText(self.tr("Emergency &freeze…"))
        self.freeze_button.setAccessibleName(self.tr("Emergency freeze (takes effect at once)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_freeze_available(self, available: bool, why_not: str = "") -> None:
        self.freeze_button.setVisible(available or bool(why_not))
        self.freeze_button.setEnabled(available)
        self.freeze_button.setToolTip(why_not)


class RiskTimeline(TitledTable):
    """Risk signals in time order; those within 24 h of each other are highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.model = RiskSignalsModel()
        super().__init__(self.model, "riskTimeline", parent)
        self.model.setParent(self)
        self.clustered_note = QLabel(self)
        self.clustered_note.setWordWrap(True)
        self.layout().insertWidget(1, self.clustered_note)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_texts(
            self.tr("Risk signals (last 30 days, oldest first)"), self.tr("No risk signals in the last 30 days.")
        )
        self.model.retranslate()
        self._update_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_profile(self, profile: CustomerProfile) -> None:
        first = self.model.rowCount() == 0
        self.model.set_records(profile.risk_signals)
        if first:
            self.fit_columns()
        self._update_note()
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (up to MAX_ROWS), so the timeline reads at a glance without scrolling."""
        view = self.view
        rows = min(max(self.model.rowCount(), 2), MAX_ROWS)
        height = view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
        scrollbar = view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(height + 2 * view.frameWidth() + scrollbar)

    def _update_note(self) -> None:
        clustered = sum(1 for signal in self.model.records() if signal.clustered)
        self.clustered_note.setVisible(clustered > 0)
        self.clustered_note.setText(
            self.tr("Highlighted: %n signals that happened within 24 hours of each other.", "", clustered)
        )
