"""Walks a window as a user would see it and lists whatever would let customer text act instead of show:
a label that may interpret markup, a raw direction override or invisible character on screen, a tooltip
Qt would render as rich text, a text browser that could load a resource."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QTabWidget, QTextEdit, QWidget

# What a customer may send that must never reach the screen raw (the helpers show ⟨U+…⟩ instead).
# U+2068/U+2069 are left out: `isolated()` adds a balanced pair on purpose.
RAW = ("\u202e", "\u202d", "\u202a", "\u202b", "\u2066", "\u2067", "\u200b", "\u200e", "\u200f", "\ufeff", "\u2060",
       "\x1b", "\x07", "\x08")
MARKUP = re.compile(r"<|&(#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)  # a tag or an entity; "&Save" is a mnemonic
ROWS = 300  # rows of each item view checked


def problems(root: QWidget) -> list[str]:
    """Everything wrong under `root` (the root included), one line each."""
    found: list[str] = []
    for label in [*root.findChildren(QLabel), *([root] if isinstance(root, QLabel) else [])]:
        text = label.text()
        if MARKUP.search(text) and label.textFormat() != Qt.TextFormat.PlainText:
            name = label.objectName() or type(label.parent()).__name__
            found.append(f"label {name} may render markup: {text[:80]!r}")
        found += _raw(f"label {label.objectName()}", text)
        found += _tooltip(f"label {label.objectName()}", label.toolTip())
    for button in root.findChildren(QAbstractButton):
        found += _raw("button", button.text()) + _tooltip("button", button.toolTip())
    for box in root.findChildren(QGroupBox):
        found += _raw("group box", box.title())
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            found += _raw("tab", tabs.tabText(i)) + _tooltip("tab", tabs.tabToolTip(i))
    for edit in root.findChildren(QTextEdit):
        if not edit.isReadOnly():
            continue  # the composer: what the agent types
        if edit.acceptRichText() or "<img" in edit.toHtml().split("<body", 1)[-1]:
            found.append(f"read-only text edit {edit.objectName()} holds rich text")
        found += _raw("text edit", edit.toPlainText())
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            found += _model(type(view).__name__, model)
    found += _raw("window title", root.windowTitle())
    return found


def _model(where: str, model: QAbstractItemModel) -> list[str]:
    found: list[str] = []
    for row in range(min(model.rowCount(QModelIndex()), ROWS)):
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                value = index.data(role)
                if isinstance(value, str):
                    found += _raw(f"{where} row {row} column {column}", value)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                found += _tooltip(f"{where} row {row} column {column}", tip)
    return found


def _raw(where: str, text: str) -> list[str]:
    return [f"{where} shows U+{ord(ch):04X} raw: {text[:80]!r}" for ch in RAW if ch in text]


def _tooltip(where: str, tip: str) -> list[str]:
    """Qt renders a tooltip as rich text when it guesses so: untrusted tips must be escaped inside <qt>."""
    if not tip:
        return []
    found = _raw(f"{where} tooltip", tip)
    if GuiQt.mightBeRichText(tip) and not tip.startswith("<qt>"):
        found.append(f"{where} tooltip would render as rich text: {tip[:80]!r}")
    if tip.startswith("<qt>") and any(tag in tip for tag in ("<img", "<script", "<a ", "<b>", "<font")):
        found.append(f"{where} tooltip carries live markup: {tip[:80]!r}")
    return found
