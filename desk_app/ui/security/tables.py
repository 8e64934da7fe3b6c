"""A table view set up the way every list on the security screens is: read-only, row selection,
keyboard-navigable, with a visible title label as its buddy."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget


def make_table(model: QAbstractItemModel, parent: QWidget, object_name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


class TitledTable(QWidget):
    """A bold title (the table's buddy and accessible name), the table, and an "empty" note."""

    def __init__(self, model: QAbstractItemModel, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.view = make_table(model, self, object_name)
        self.title.setBuddy(self.view)
        self.empty = QLabel(self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        model.modelReset.connect(self._update_empty)
        model.rowsInserted.connect(self._update_empty)
        model.rowsRemoved.connect(self._update_empty)
        self._update_empty()

    def set_texts(self, title: str, empty: str) -> None:
        self.title.setText(title)
        self.view.setAccessibleName(title.replace("&", ""))
        self.empty.setText(empty)

    def _update_empty(self) -> None:
        model = self.view.model()
        has_rows = model is not None and model.rowCount() > 0
        self.empty.setVisible(not has_rows)

    def fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 8, 320))
