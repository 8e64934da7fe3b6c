"""Copy a secret to the clipboard (never the X11 selection) and take it back after a while.

Only a digest of the value is kept to recognise it later; the value itself is not held here.
Clipboard managers that honour the hints (KDE Klipper, Windows clipboard history) skip it.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

_KDE_SECRET_HINT = "x-kde-passwordManagerHint"
_WINDOWS_NO_HISTORY = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardWiper(QObject):
    """Clears the clipboard `seconds` after a copy, if it still holds what we put there."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[tuple[QTimer, bytes]] = []

    def copy(self, value: str, seconds: float = 30.0) -> None:
        mime = QMimeData()
        mime.setText(value)
        mime.setData(_KDE_SECRET_HINT, b"secret")
        mime.setData(_WINDOWS_NO_HISTORY, b"\x01\x00\x00\x00")
        QGuiApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        timer = QTimer(self)
        timer.setSingleShot(True)
        entry = (timer, _digest(value))
        timer.timeout.connect(lambda: self._expire(entry))
        self._pending.append(entry)
        timer.start(int(seconds * 1000))

    def _expire(self, entry: tuple[QTimer, bytes]) -> None:
        timer, digest = entry
        self._pending.remove(entry)
        timer.deleteLater()
        clipboard = QGuiApplication.clipboard()
        if _digest(clipboard.text(QClipboard.Mode.Clipboard)) == digest:
            clipboard.clear(QClipboard.Mode.Clipboard)

    def wipe_now(self) -> None:
        """Clear at once whatever of ours is still on the clipboard (e.g. when the panel closes)."""
        for entry in list(self._pending):
            entry[0].stop()
            self._expire(entry)


_shared: ClipboardWiper | None = None


def shared_wiper() -> ClipboardWiper:
    """The application's wiper: it outlives the panel that copied, so the wipe still happens."""
    global _shared
    if _shared is None:
        _shared = ClipboardWiper(QCoreApplication.instance())
        _shared.destroyed.connect(_forget)
    return _shared


def _forget() -> None:
    global _shared
    _shared = None
