"""The workstation's icon (resources/icons, drawn by scripts/make-icons), for every window and the taskbar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_FILES = ("desk.svg", "desk.png")  # the vector first; the bitmap where Qt's SVG plugin is missing


def icon_dir() -> Path:
    """resources/icons beside the package: in the source tree, and inside a PyInstaller build alike."""
    return Path(__file__).resolve().parents[3] / "resources" / "icons"


def app_icon() -> QIcon:
    """The desk's icon; a null QIcon if its files are not there (an installed wheel has none)."""
    icon = QIcon()
    for name in ICON_FILES:
        path = icon_dir() / name
        if path.is_file():
            icon.addFile(str(path))
    return icon
