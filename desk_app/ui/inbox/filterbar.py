"""The filter bar above an inbox: a text search (debounced) and one combo per field; every change reloads."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desk_app.contract import Category, Channel, Language, Priority, TicketStatus
from desk_app.ui.common import labels
from desk_app.ui.inbox.filters import Filters

DEBOUNCE_MS = 300


class FilterBar(QWidget):
    """Emits `changed(Filters)` when the agent changes a filter (the search after a short pause)."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._emit)

        self.combos: dict[str, QComboBox] = {}
        self.kinds: dict[str, type[enum.StrEnum]] = {"status": TicketStatus, "priority": Priority, "category": Category,
                                                     "language": Language, "channel": Channel}
        self.combo_labels: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search, 2)
        for name, values in (("status", TicketStatus), ("priority", Priority), ("category", Category),
                             ("language", Language), ("channel", Channel), ("sla", [True, False])):
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem("", None)
            for value in values:
                combo.addItem("", value)
            combo.activated.connect(self._emit)
            label = QLabel(self)
            label.setBuddy(combo)
            layout.addSpacing(6)
            layout.addWidget(label)
            layout.addWidget(combo)
            self.combos[name], self.combo_labels[name] = combo, label
        self.clear_button = QToolButton(self)
        self.clear_button.clicked.connect(self.clear)
        layout.addSpacing(6)
        layout.addWidget(self.clear_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Subject or #id"))
        self.search.setAccessibleName(self.tr("Search tickets"))
        for button in self.search.findChildren(QAbstractButton):  # the line edit's own clear button
            button.setAccessibleName(self.tr("Clear search"))
        titles = {"status": self.tr("Status:"), "priority": self.tr("Priority:"), "category": self.tr("Category:"),
                  "language": self.tr("Language:"), "channel": self.tr("Channel:"), "sla": self.tr("SLA:")}
        for name, combo in self.combos.items():
            self.combo_labels[name].setText(titles[name])
            combo.setAccessibleName(titles[name].rstrip(":"))
            combo.view().setAccessibleName(titles[name].rstrip(":"))  # the popup list
            combo.setItemText(0, self.tr("Any"))
            for i in range(1, combo.count()):
                combo.setItemText(i, self._item_text(name, combo.itemData(i)))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every ticket of this view again"))

    def _item_text(self, name: str, value: object) -> str:
        if name == "sla":
            return self.tr("Breached") if value else self.tr("Not breached")
        return labels.of(self.kinds[name](value))  # Qt hands enum values back as plain str

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def filters(self) -> Filters:
        value: dict[str, object] = {}
        for name, combo in self.combos.items():
            data = combo.currentData()
            value[name] = self.kinds[name](data) if data is not None and name in self.kinds else data
        return Filters(status=value["status"], priority=value["priority"], category=value["category"],  # type: ignore[arg-type]
                       language=value["language"], channel=value["channel"],  # type: ignore[arg-type]
                       sla_breached=value["sla"], q=self.search.text().strip())  # type: ignore[arg-type]

    def set_filters(self, filters: Filters) -> None:
        """Shows `filters` without emitting `changed` (for restoring and tests)."""
        for name, value in (("status", filters.status), ("priority", filters.priority),
                            ("category", filters.category), ("language", filters.language),
                            ("channel", filters.channel), ("sla", filters.sla_breached)):
            combo = self.combos[name]
            combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) == value), 0))
        self.search.blockSignals(True)
        self.search.setText(filters.q)
        self.search.blockSignals(False)

    def hide_fields(self, names: Iterable[str]) -> None:
        """Hides filters a view already fixes (e.g. the category of the Security view)."""
        for name in names:
            self.combos[name].hide()
            self.combo_labels[name].hide()

    def clear(self) -> None:
        self.set_filters(Filters())
        self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        self.changed.emit(self.filters())
