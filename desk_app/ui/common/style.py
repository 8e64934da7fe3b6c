"""The desk's look: Fusion, a little more air than the default, and colours that read in light and dark.

Colour never carries meaning alone: every coloured thing (priority pills, SLA cells, notes) also says
what it means in text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desk_app.contract import Priority, SlaState

_SHEET = """
QTabWidget::pane { border-top: 1px solid palette(mid); }
QTabBar::tab { padding: 5px 12px; }
QTableView { gridline-color: transparent; }
QHeaderView::section { padding: 4px 6px; border: none; border-bottom: 1px solid palette(mid); }
QLabel#banner { padding: 6px 10px; border-radius: 4px; }
QLabel#ticketSubject { font-size: 13pt; font-weight: 600; }
QStatusBar QLabel { padding: 0 6px; }
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(_SHEET)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def sla_colors(state: SlaState) -> tuple[QColor, QColor] | None:
    """(background, text) for an SLA cell, or None to keep the view's own colours."""
    dark = is_dark()
    if state is SlaState.near:
        return (QColor("#5a4300"), QColor("#ffd77a")) if dark else (QColor("#fff0c2"), QColor("#6b4a00"))
    if state is SlaState.breached:
        return (QColor("#6b1f1f"), QColor("#ffc9c9")) if dark else (QColor("#fde0e0"), QColor("#9b1111"))
    return None


def priority_colors(priority: Priority) -> tuple[QColor, QColor]:
    """(pill, text) for a priority pill; the same hues in light and dark, text chosen for contrast."""
    return {
        Priority.urgent: (QColor("#c62828"), QColor("#ffffff")),
        Priority.high: (QColor("#ef6c00"), QColor("#ffffff")),
        Priority.normal: (QColor("#5c7cfa"), QColor("#ffffff")),
        Priority.low: (QColor("#9aa0a6"), QColor("#1f1f1f")),
    }[priority]


def note_colors() -> tuple[QColor, QColor]:
    """(background, border) of an internal note."""
    return (QColor("#4a4220"), QColor("#8a7a30")) if is_dark() else (QColor("#fff6c8"), QColor("#e0c860"))


def agent_colors() -> tuple[QColor, QColor]:
    """(background, border) of a reply the desk sent to the customer."""
    return (QColor("#1e3350"), QColor("#3d5f8f")) if is_dark() else (QColor("#e8f0fe"), QColor("#b6cbf2"))


def customer_colors() -> tuple[QColor, QColor]:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Mid)


def banner_sheet(kind: str = "warning") -> str:
    """A stylesheet for a QLabel banner: "warning" (amber) or "error" (red)."""
    background, text = sla_colors(SlaState.near if kind == "warning" else SlaState.breached) or (None, None)
    assert background is not None and text is not None
    return f"QLabel {{ background: {background.name()}; color: {text.name()}; }}"


def bold(font: QFont) -> QFont:
    font = QFont(font)
    font.setBold(True)
    return font
