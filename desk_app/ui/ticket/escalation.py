"""Escalating a ticket to engineering: a structured form (summary, severity, steps, tx and order ids, assets,
other tickets about the same problem, screenshots and logs). The files are read and sent off the GUI
thread after the escalation is made; a refused file is named and the escalation stays. Nothing typed is
lost when the service refuses: the form stays open with its text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.client import ApiError, ValidationFailed
from desk_app.client.base import build_request
from desk_app.contract import (
    MAX_ATTACHMENT_BYTES,
    EscalationCreate,
    EscalationOut,
    EscalationSeverity,
    EscalationStatus,
)
from desk_app.ui.common import style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.text import one_line

MAX_FILES = 10
_IDS = re.compile(r"[^\s,;]+")


def severity_name(value: EscalationSeverity) -> str:
    return {
        EscalationSeverity.critical: QCoreApplication.translate("Escalation", "Critical: funds at risk or trading "
                                                                "halted"),
        EscalationSeverity.high: QCoreApplication.translate("Escalation", "High: many customers blocked"),
        EscalationSeverity.medium: QCoreApplication.translate("Escalation", "Medium: some customers affected, a "
                                                              "workaround exists"),
        EscalationSeverity.low: QCoreApplication.translate("Escalation", "Low: cosmetic or a single customer"),
    }[value]


def status_name(value: EscalationStatus) -> str:
    return {
        EscalationStatus.new: QCoreApplication.translate("Escalation", "New"),
        EscalationStatus.acknowledged: QCoreApplication.translate("Escalation", "Acknowledged"),
        EscalationStatus.investigating: QCoreApplication.translate("Escalation", "Investigating"),
        EscalationStatus.needs_info: QCoreApplication.translate("Escalation", "Needs information"),
        EscalationStatus.fix_in_progress: QCoreApplication.translate("Escalation", "Fix in progress"),
        EscalationStatus.fixed: QCoreApplication.translate("Escalation", "Fixed"),
        EscalationStatus.wont_fix: QCoreApplication.translate("Escalation", "Won't fix"),
    }[value]


@dataclass
class Submitted:
    """What the form made: the escalation, and the files the service refused (name, reason)."""

    escalation: EscalationOut
    refused: list[tuple[str, str]]


class EscalationForm(QDialog):
    """Raises one escalation from a ticket; emits `submitted(Submitted)` when the service has it."""

    submitted = Signal(object)

    def __init__(self, ctx: DeskContext, ticket_id: int, subject: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        self.files: list[Path] = []
        self._busy = False
        self.setObjectName("escalationForm")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(600)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = QLabel(self, wordWrap=True)
        self.summary = QLineEdit(self)
        self.summary.setMaxLength(300)
        self.summary.setText(one_line(subject, 300))
        self.severity = QComboBox(self)
        for value in EscalationSeverity:
            self.severity.addItem("", value)
        self.severity.setCurrentIndex(2)
        self.steps = QPlainTextEdit(self)
        self.steps.setTabChangesFocus(True)
        self.steps.setMinimumHeight(90)
        self.tx_ids = QLineEdit(self)
        self.order_ids = QLineEdit(self)
        self.assets = QLineEdit(self)
        self.linked = QLineEdit(self)
        self.file_list = QListWidget(self)
        self.file_list.setMaximumHeight(80)
        self.add_file = QPushButton(self)
        self.add_file.clicked.connect(self.choose_files)
        self.remove_file = QPushButton(self)
        self.remove_file.clicked.connect(self._remove_file)
        self.error = QLabel(self, objectName="banner", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(style.banner_sheet("error"))
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.summary.textChanged.connect(lambda _t: self._update())

        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, field in (("summary", self.summary), ("severity", self.severity), ("steps", self.steps),
                           ("tx", self.tx_ids), ("orders", self.order_ids), ("assets", self.assets),
                           ("linked", self.linked)):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels[key] = label
            form.addRow(label, field)
        files = QVBoxLayout()
        files.addWidget(self.file_list)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_file)
        file_buttons.addWidget(self.remove_file)
        file_buttons.addStretch(1)
        files.addLayout(file_buttons)
        self.labels["files"] = QLabel(self)
        self.labels["files"].setBuddy(self.file_list)
        form.addRow(self.labels["files"], files)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Escalate to engineering"))
        self.heading.setText(self.tr("Escalate ticket #%1 to engineering").replace("%1", str(self.ticket_id)))
        self.intro.setText(self.tr("Give engineers the facts they need. Every linked ticket hears about each "
                                   "status change as an internal note. Never paste passwords, keys or recovery "
                                   "phrases."))
        for key, text in (("summary", self.tr("&Summary:")), ("severity", self.tr("Se&verity:")),
                          ("steps", self.tr("Steps to &reproduce:")), ("tx", self.tr("&Tx ids:")),
                          ("orders", self.tr("&Order ids:")), ("assets", self.tr("&Affected assets:")),
                          ("linked", self.tr("Other &tickets (same problem):")),
                          ("files", self.tr("Screenshots and &logs:"))):
            self.labels[key].setText(text)
        for i in range(self.severity.count()):
            self.severity.setItemText(i, severity_name(self.severity.itemData(i)))
        self.summary.setPlaceholderText(self.tr("What is broken, in one line"))
        self.steps.setPlaceholderText(self.tr("1. …\n2. …\nWhat happened, and what should have happened"))
        self.tx_ids.setPlaceholderText(self.tr("Separated by spaces or commas"))
        self.order_ids.setPlaceholderText(self.tr("Separated by spaces or commas"))
        self.assets.setPlaceholderText(self.tr("e.g. USDT, BTC"))
        self.linked.setPlaceholderText(self.tr("e.g. #1042 #1077"))
        self.file_list.setAccessibleName(self.tr("Files to attach"))
        self.add_file.setText(self.tr("Add &files…"))
        self.remove_file.setText(self.tr("Re&move"))
        self.add_file.setToolTip(self.tr("PNG or JPEG screenshots, PDF or text logs; at most %1 KB each")
                                 .replace("%1", str(MAX_ATTACHMENT_BYTES // 1024)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Sending…") if self._busy else self.tr("&Escalate"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- files ------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach screenshots or logs"), "",
                                                self.tr("Screenshots and logs (*.png *.jpg *.jpeg *.pdf *.txt *.log)"))
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        """Adds files to send; too many or too large ones are refused here, with the reason."""
        problems = []
        for path in paths:
            if len(self.files) >= MAX_FILES:
                problems.append(self.tr("At most %1 files.").replace("%1", str(MAX_FILES)))
                break
            try:
                size = path.stat().st_size
            except OSError:
                problems.append(self.tr("%1 cannot be read.").replace("%1", one_line(path.name, 80)))
                continue
            if size > MAX_ATTACHMENT_BYTES:
                problems.append(self.tr("%1 is too large (%2 KB; at most %3 KB).").replace(
                    "%1", one_line(path.name, 80)).replace("%2", str(size // 1024))
                    .replace("%3", str(MAX_ATTACHMENT_BYTES // 1024)))
                continue
            self.files.append(path)
            self.file_list.addItem(one_line(path.name, 120))
        self.show_error(" ".join(problems))
        self._update()

    def _remove_file(self) -> None:
        row = self.file_list.currentRow()
        if 0 <= row < len(self.files):
            del self.files[row]
            self.file_list.takeItem(row)
        self._update()

    # --- submitting -------------------------------------------------------------------------------

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not self._busy and len(self.summary.text().strip()) >= 5)
        self.remove_file.setEnabled(bool(self.files) and not self._busy)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _linked_ids(self) -> list[int] | None:
        ids = []
        for token in _IDS.findall(self.linked.text()):
            digits = token.lstrip("#")
            if not digits.isdigit() or len(digits) > 15:
                return None
            ids.append(int(digits))
        return ids

    def request(self) -> EscalationCreate | None:
        """The form as a request, or None (with the reason shown) when a field is not right."""
        linked = self._linked_ids()
        if linked is None:
            self.show_error(self.tr("Other tickets: write ticket numbers, e.g. #1042 #1077."))
            self.linked.setFocus()
            return None
        try:
            return build_request(
                EscalationCreate, ticket_id=self.ticket_id, summary=self.summary.text().strip(),
                severity=self.severity.currentData(), steps=self.steps.toPlainText(),
                tx_ids=_IDS.findall(self.tx_ids.text()), order_ids=_IDS.findall(self.order_ids.text()),
                assets=_IDS.findall(self.assets.text()), linked_ticket_ids=[i for i in linked if i != self.ticket_id])
        except ValidationFailed as exc:
            self.show_error(self.tr("Check the field “%1”: it is empty, too long or has too many entries.")
                            .replace("%1", exc.field or ""))
            return None

    def submit(self) -> None:
        request = self.request()
        if request is None or self._busy:
            return
        self._set_busy(True)
        self.show_error("")
        client, files = self.ctx.client, list(self.files)

        def work() -> Submitted:
            made = client.escalate(request)
            refused = []
            for path in files:  # the escalation stands even if a file is refused
                try:
                    client.attach_to_escalation(made.id, path.name, path.read_bytes())
                except (ApiError, OSError) as exc:
                    refused.append((path.name, describe(exc) if isinstance(exc, ApiError) else str(exc.strerror)))
            return Submitted(client.escalation(made.id), refused)

        self.ctx.tasks.run(work, on_done=self._done, on_error=self._failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.summary, self.severity, self.steps, self.tx_ids, self.order_ids, self.assets,
                       self.linked, self.add_file):
            widget.setEnabled(not busy)
        self.retranslate_ui()
        self._update()

    def _done(self, result: Submitted) -> None:
        self._set_busy(False)
        self.submitted.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.show_error(self.tr("Not escalated: %1 Your text is kept; try again.").replace("%1", describe(exc)))
