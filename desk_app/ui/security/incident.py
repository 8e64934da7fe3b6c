"""The incident record of a customer under a takeover case: one dialog fetches the masked timeline from
the service and exports it as PDF or Markdown for the security investigation and risk analysis."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.contract import IncidentEntry, IncidentRecord
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import one_line
from desk_app.ui.security import incident_export, incident_wording
from desk_app.ui.security.records import ALERT_BACKGROUND, ALERT_TEXT, WARN_BACKGROUND, WARN_TEXT, Column, RecordsModel
from desk_app.ui.security.tables import TitledTable
from desk_app.ui.security.timefmt import now
from desk_app.ui.security.wording import error_text

DEFAULT_DAYS = 30
MAX_DAYS = 365
NOTE_STYLE = "background: #fff1c2; color: #3d2800; padding: 6px; border-radius: 4px;"
TAKEOVER_STYLE = "background: #8a0010; color: white; padding: 6px; border-radius: 4px; font-weight: bold;"
ALERT_KINDS = {"action.failed", "action.review_overdue", "customer.revealed"}


class TimelineModel(RecordsModel[IncidentEntry]):
    """The timeline in the service's order (oldest first): time, event, actor, detail."""

    def columns(self) -> list[Column[IncidentEntry]]:
        return [
            Column(lambda: self.tr("Time"), lambda e: incident_wording.stamp(e.at)),
            Column(lambda: self.tr("Event"), incident_wording.event_name),
            Column(lambda: self.tr("Actor"), incident_wording.actor_name),
            Column(lambda: self.tr("Detail"), incident_wording.detail),
        ]

    def row_style(self, record: IncidentEntry) -> tuple[QColor, QColor] | None:
        if record.details.get("clustered") or record.kind in ALERT_KINDS:
            return ALERT_BACKGROUND, ALERT_TEXT
        if record.kind.startswith("action."):
            return WARN_BACKGROUND, WARN_TEXT
        return None


class IncidentDialog(QDialog):
    """Shows one customer's incident record; "Export PDF…" and "Export Markdown…" save it to a file."""

    loaded = Signal(object)  # IncidentRecord
    exported = Signal(str)  # the path written
    export_failed = Signal(str)  # what went wrong, for a person

    def __init__(self, ctx: DeskContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.record: IncidentRecord | None = None
        self.setObjectName("incidentDialog")
        self.resize(1100, 720)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.facts = QLabel(self)
        self.facts.setObjectName("incidentFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.note = QLabel(self)
        self.note.setObjectName("incidentTakeoverNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self._days_label = QLabel(self)
        self.days = QSpinBox(self)
        self.days.setObjectName("incidentDays")
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self._days_label.setBuddy(self.days)
        self._reload_soon = QTimer(self, singleShot=True, interval=500)
        self._reload_soon.timeout.connect(self.reload)
        self.days.valueChanged.connect(self._reload_soon.start)
        period = QHBoxLayout()
        period.addWidget(self._days_label)
        period.addWidget(self.days)
        period.addStretch(1)
        self.model = TimelineModel(self)
        self.table = TitledTable(self.model, "incidentTimeline", self)
        self.status = QLabel(self)
        self.status.setObjectName("incidentStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("incidentRetry")
        self.retry_button.clicked.connect(self.reload)
        self.retry_button.hide()
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.retry_button)
        self.buttons = QDialogButtonBox(self)
        self.pdf_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.markdown_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.markdown_button.setObjectName("exportMarkdown")
        self.markdown_button.clicked.connect(self.choose_markdown)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in (self.pdf_button, self.markdown_button, self.close_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.note)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addLayout(status)
        layout.addWidget(self.buttons)
        self._set_exportable(False)
        self.retranslate_ui()
        self.reload()

    # --- texts --------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Incident record — customer #%1").replace("%1", str(self.customer_id)))
        self._days_label.setText(self.tr("Covering the last (&days):"))
        self.days.setAccessibleName(self.tr("Number of days the record covers"))
        self.days.setSuffix(self.tr(" d"))
        self.table.set_texts(self.tr("&Timeline"), self.tr("Nothing happened on this account in the period."))
        self.retry_button.setText(self.tr("&Retry"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the record as a PDF document (A4)"))
        self.markdown_button.setText(self.tr("Export &Markdown…"))
        self.markdown_button.setToolTip(self.tr("Save the record as a Markdown text file"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._show_record()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_record(self) -> None:
        record = self.record
        if record is None:
            self.heading.setText(self.windowTitle())
            self.facts.clear()
            return
        self.heading.setText(
            self.tr("Incident record — customer #%1 · %2")
            .replace("%1", str(record.customer_id))
            .replace("%2", one_line(record.customer_display, 60))
        )
        facts = [f"{label}: {value}" for label, value in incident_export.facts(record)[1:]]  # customer: heading
        self.facts.setText("   ·   ".join(facts[:3]) + "\n" + "   ·   ".join(facts[3:]))  # the record, the account
        self.note.setText(incident_export.takeover_note(record))
        self.note.setStyleSheet(TAKEOVER_STYLE if record.takeover_pattern else NOTE_STYLE)
        self.note.show()

    # --- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        self._reload_soon.stop()
        self.status.setText(self.tr("Building the incident record…"))
        self.retry_button.hide()
        since = now() - timedelta(days=self.days.value())
        self.ctx.tasks.run(
            lambda: self.ctx.client.incident(self.customer_id, since=since), self._loaded, self._failed, owner=self
        )

    def _loaded(self, record: IncidentRecord) -> None:
        self.record = record
        self.model.set_records(record.entries)
        self.table.fit_columns()
        self.status.setText(
            self.tr("Some events are left out: the period holds more than one record shows. Choose fewer days.")
            if record.truncated
            else ""
        )
        self._show_record()
        self._set_exportable(True)
        self.loaded.emit(record)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not build the incident record: %1").replace("%1", error_text(exc)))
        self.retry_button.show()

    def _set_exportable(self, ready: bool) -> None:
        for button in (self.pdf_button, self.markdown_button):
            button.setEnabled(ready)

    # --- export -------------------------------------------------------------------------------

    def _suggested(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"incident-customer-{self.customer_id}-{QDate.currentDate().toString('yyyy-MM-dd')}.{suffix}"
        return str(Path(folder) / name) if folder else name

    def _ask_path(self, caption: str, suffix: str, filter_text: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, caption, self._suggested(suffix), filter_text)
        if not path:
            return None
        return path if path.lower().endswith(f".{suffix}") else f"{path}.{suffix}"

    def choose_pdf(self) -> None:
        path = self._ask_path(self.tr("Export the incident record as PDF"), "pdf", self.tr("PDF documents (*.pdf)"))
        if path is not None:
            self.export_pdf(path)

    def choose_markdown(self) -> None:
        path = self._ask_path(self.tr("Export the incident record as Markdown"), "md", self.tr("Markdown files (*.md)"))
        if path is not None:
            self.export_markdown(path)

    def export_pdf(self, path: str | Path) -> None:
        """Lay the PDF out here (Qt's text layout wants the GUI thread), write it on a worker."""
        if self.record is not None:
            self._write(Path(path), incident_export.pdf_bytes(self.record))

    def export_markdown(self, path: str | Path) -> None:
        if self.record is not None:
            self._write(Path(path), incident_export.markdown(self.record).encode("utf-8"))

    def _write(self, path: Path, data: bytes) -> None:
        self._set_exportable(False)
        self.status.setText(self.tr("Saving %1…").replace("%1", path.name))
        self.ctx.tasks.run(
            lambda: incident_export.write_file(path, data),
            lambda _: self._written(path),
            self._write_failed,
            owner=self,
        )

    def _written(self, path: Path) -> None:
        self._set_exportable(True)
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.exported.emit(str(path))

    def _write_failed(self, exc: Exception) -> None:
        self._set_exportable(True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        message = self.tr("Could not save the file: %1").replace("%1", reason)
        self.status.setText(message)
        self.export_failed.emit(message)
