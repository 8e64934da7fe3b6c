"""The composer's attachments: files chosen in a dialog or dropped on the composer, uploaded off the GUI
thread with progress and cancel, and sent with the next reply or note.

A worker reads the file and uploads it; it only writes numbers into the file's `_Upload` (the bytes sent so
far), which a timer on the GUI thread shows. The service decides what a file is; a refusal is shown on its
row in the agent's language, and nothing else in the composer is lost.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.client.files import TransferCancelled
from desk_app.contract import AttachmentOut
from desk_app.ui.common import style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import one_line
from desk_app.ui.ticket.file_words import kind_label, refusal, size_text

LARGEST_READ = 100 * 1024 * 1024  # never read more than this into memory; the service's own limit is lower
TICK_MS = 100


class FileTooLarge(Exception):
    """Bigger than the desk reads into memory at all."""


@dataclass(eq=False)
class _Upload:
    """One file on its way; `sent` and `total` are written by the worker thread, read by the GUI thread."""

    path: Path
    sent: int = 0
    total: int = 0
    state: str = "uploading"  # uploading | done | failed
    result: AttachmentOut | None = None
    error: str = ""
    cancel: threading.Event = field(default_factory=threading.Event)

    def report(self, sent: int, total: int) -> None:
        self.sent, self.total = sent, total


class _Row(QWidget):
    """One file: its name (as plain text), progress or outcome, and a Cancel/Remove button."""

    def __init__(self, upload: _Upload, parent: QWidget) -> None:
        super().__init__(parent)
        self.upload = upload
        self.name = QLabel(self)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        self.status = QLabel(self, wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QToolButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.progress)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.button)
        self.refresh()

    def refresh(self) -> None:
        upload, shown = self.upload, one_line(self.upload.path.name, 60)
        self.name.setText(shown)
        self.progress.setVisible(upload.state == "uploading")
        if upload.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * upload.sent / upload.total))
        else:
            self.progress.setRange(0, 0)  # reading the file: busy
        self.progress.setAccessibleName(self.tr("Upload of %1").replace("%1", shown))
        if upload.state == "uploading":
            self.status.setText(self.tr("Uploading…"))
            self.button.setText(self.tr("Cancel"))
            self.button.setAccessibleName(self.tr("Cancel the upload of %1").replace("%1", shown))
        else:
            if upload.state == "done" and upload.result is not None:
                self.status.setText(self.tr("%1, %2 — goes with this message").replace(
                    "%1", kind_label(upload.result.kind)).replace("%2", size_text(upload.result.size)))
                self.status.setStyleSheet("")
            else:
                self.status.setText(self.tr("Not attached: %1").replace("%1", upload.error))
                self.status.setStyleSheet(style.banner_sheet("error"))
            self.button.setText(self.tr("Remove"))
            self.button.setAccessibleName(self.tr("Remove %1").replace("%1", shown))


class AttachmentTray(QWidget):
    """The files that go with the next message; `changed` fires when one starts, ends or goes."""

    changed = Signal()

    def __init__(self, ctx: DeskContext, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id = ctx, ticket_id
        self.uploads: list[_Upload] = []
        self.rows: dict[int, _Row] = {}
        self.attach_button = QPushButton(self)
        self.attach_button.clicked.connect(self.choose)
        self.hint = QLabel(self)
        self.hint.setEnabled(False)
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.attach_button)
        top.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.list)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.attach_button.setText(self.tr("A&ttach files…"))
        self.attach_button.setToolTip(self.tr("Attach files to this message, or drop them on the composer"))
        self.hint.setText(self.tr("or drop files on the composer"))
        for row in self.rows.values():
            row.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- what the composer asks -------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(u.state == "uploading" for u in self.uploads)

    def ready_ids(self) -> list[int]:
        return [u.result.id for u in self.uploads if u.state == "done" and u.result is not None]

    def has_failures(self) -> bool:
        return any(u.state == "failed" for u in self.uploads)

    def clear_sent(self, ids: list[int]) -> None:
        """The message went out with these files: their rows go."""
        for upload in [u for u in self.uploads if u.result is not None and u.result.id in ids]:
            self._remove(upload)

    # --- adding files -----------------------------------------------------------------------------

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            upload = _Upload(path)
            self.uploads.append(upload)
            row = _Row(upload, self)
            row.button.clicked.connect(lambda _=False, u=upload: self._cancel_or_remove(u))
            self.rows[id(upload)] = row
            self.list.addWidget(row)
            self._start(upload)
        if paths:
            self.timer.start()
            self.changed.emit()

    def _start(self, upload: _Upload) -> None:
        client, ticket_id = self.ctx.client, self.ticket_id

        def work() -> AttachmentOut:
            if upload.path.stat().st_size > LARGEST_READ:
                raise FileTooLarge()
            data = upload.path.read_bytes()
            return client.upload_attachment(ticket_id, upload.path.name, data, progress=upload.report,
                                            cancelled=upload.cancel.is_set)

        self.ctx.tasks.run(work, on_done=lambda result: self._done(upload, result),
                           on_error=lambda exc: self._failed(upload, exc), owner=self)

    def _done(self, upload: _Upload, result: AttachmentOut) -> None:
        if upload not in self.uploads:
            return
        upload.state, upload.result = "done", result
        self._finished(upload)

    def _failed(self, upload: _Upload, exc: Exception) -> None:
        if upload not in self.uploads:
            return
        if isinstance(exc, TransferCancelled):
            self._remove(upload)
            return
        if isinstance(exc, FileTooLarge):
            upload.error = self.tr("This file is too large.")
        elif isinstance(exc, OSError):
            upload.error = self.tr("The file could not be read.")
        else:
            upload.error = refusal(exc)
        upload.state = "failed"
        self._finished(upload)

    def _finished(self, upload: _Upload) -> None:
        self.rows[id(upload)].refresh()
        if not self.busy:
            self.timer.stop()
        self.changed.emit()

    def _cancel_or_remove(self, upload: _Upload) -> None:
        if upload.state == "uploading":
            upload.cancel.set()  # the worker stops at its next chunk and reports TransferCancelled
            return
        self._remove(upload)
        self.attach_button.setFocus()

    def _remove(self, upload: _Upload) -> None:
        upload.cancel.set()
        self.uploads.remove(upload)
        row = self.rows.pop(id(upload))
        self.list.removeWidget(row)
        row.deleteLater()
        if not self.busy:
            self.timer.stop()
        self.changed.emit()

    def _tick(self) -> None:
        for upload in self.uploads:
            if upload.state == "uploading":
                self.rows[id(upload)].refresh()


class FileDrops(QObject):
    """Lets files be dropped on the composer (and its editor) without their paths landing in the text."""

    def __init__(self, tray: AttachmentTray, *targets: QWidget) -> None:
        super().__init__(tray)
        self.tray = tray
        for target in targets:
            target.setAcceptDrops(True)
            target.installEventFilter(self)

    @staticmethod
    def _files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        urls = data.urls()
        return [Path(u.toLocalFile()) for u in urls] if all(u.isLocalFile() for u in urls) else []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.tray.attach_button.isEnabled():  # nothing can be attached now (a merged ticket)
            return super().eventFilter(watched, event)
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragEnterEvent | QDropEvent):
            if self._files(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = self._files(event)  # folders and unreadable files fail on the worker, on their row
            if files:
                event.acceptProposedAction()
                self.tray.add_files(files)
                return True
        return super().eventFilter(watched, event)
