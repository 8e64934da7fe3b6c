"""Tell a supervisor something arrived: a desktop notification when there is a tray, else a toast."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QSystemTrayIcon, QWidget

TOAST_STYLE = "background: #263238; color: white; padding: 6px 10px; border-radius: 4px;"


class Notifier(QObject):
    """Uses the main window's tray icon when given one, its own when a tray exists, else a toast."""

    shown = Signal(str, str)  # title, text (for a status bar, and for tests)

    def __init__(self, toast: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.toast = toast
        self.toast.setStyleSheet(TOAST_STYLE)
        self.toast.setTextFormat(Qt.TextFormat.PlainText)
        self.toast.setWordWrap(True)
        self.toast.hide()
        self.tray: QSystemTrayIcon | None = None
        self._own_tray = False
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.setInterval(8000)
        self._hide.timeout.connect(self.toast.hide)

    def set_tray(self, tray: QSystemTrayIcon | None) -> None:
        self.tray = tray

    def _ensure_tray(self, owner: QWidget) -> QSystemTrayIcon | None:
        if self.tray is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            return self.tray
        icon = QGuiApplication.windowIcon()
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.tray = QSystemTrayIcon(icon, owner)
        self._own_tray = True
        self.tray.show()
        return self.tray

    def notify(self, owner: QWidget, title: str, text: str, urgent: bool = False) -> None:
        tray = self._ensure_tray(owner)
        if tray is not None and tray.isVisible() and QSystemTrayIcon.supportsMessages():
            icon = QSystemTrayIcon.MessageIcon.Warning if urgent else QSystemTrayIcon.MessageIcon.Information
            tray.showMessage(title, text, icon, 10_000)
        self.toast.setText(f"{title}: {text}")
        self.toast.show()
        self._hide.start()
        self.shown.emit(title, text)
