"""The macro picker (Ctrl+M in a ticket): type to filter, arrows to choose, Enter to insert.

Macros come in the customer's language when a version exists; otherwise the nearest one (at last
English), and the picker says so before anything is inserted. A macro may also change the ticket's
status, category or tags: the ticket tab sends that through its normal versioned PATCH.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.client.answers import FilledMacro, fill_macro
from desk_app.contract import KbLanguage, MacroOut
from desk_app.ui.common import labels, style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.text import one_line, safe
from desk_app.ui.kb.model import language_name

Index = QModelIndex | QPersistentModelIndex
MACRO_ROLE = Qt.ItemDataRole.UserRole + 1


class MacroListModel(QAbstractListModel):
    """Macros by name (a few dozen at most: loaded in one call)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.macros: list[MacroOut] = []

    def set_macros(self, macros: list[MacroOut]) -> None:
        self.beginResetModel()
        self.macros = list(macros)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.macros)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.macros):
            return None
        macro = self.macros[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = one_line(macro.name, 100)
            return text if not macro.fallback else f"{text} · {language_name(macro.language)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return one_line(macro.body, 200)
        if role == MACRO_ROLE:
            return macro
        if role == Qt.ItemDataRole.UserRole:  # what the filter matches: the name and the title
            return f"{macro.name} {macro.title}"
        return None


class _FilterEdit(QLineEdit):
    """The filter field; Up, Down, Page Up and Page Down move in the list without leaving the field."""

    def __init__(self, target: QListView, parent: QWidget) -> None:
        super().__init__(parent)
        self.target = target

    def keyPressEvent(self, event: object) -> None:  # type: ignore[override]
        key = event.key()  # type: ignore[attr-defined]
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            rows = self.target.model().rowCount()
            if rows:
                step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}[key]
                row = max(0, min(rows - 1, self.target.currentIndex().row() + step))
                self.target.setCurrentIndex(self.target.model().index(row, 0))
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class MacroPicker(QDialog):
    """Chooses one macro; `chosen()` is the filled text and the macro, once accepted."""

    def __init__(self, ctx: DeskContext, ticket_id: int, language: KbLanguage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id, self.language = ctx, ticket_id, language
        self.setObjectName("macroPicker")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(640, 520)
        self.model = MacroListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        self.filter_label = QLabel(self)
        self.filter = _FilterEdit(self.list, self)
        self.filter_label.setBuddy(self.filter)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.accept)
        self.status = QLabel(self, wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel(self, objectName="banner", wordWrap=True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(style.banner_sheet("warning"))
        self.notice.hide()
        self.preview_label = QLabel(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview_label.setBuddy(self.preview)
        self.changes = QLabel(self, wordWrap=True)
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.selectionModel().currentChanged.connect(lambda _c, _p: self._show_current())
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.notice)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.changes)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.filter, self.list)
        self.setTabOrder(self.list, self.preview)
        self.retranslate_ui()
        self._show_current()
        self.filter.setFocus()  # typing filters at once
        client = ctx.client
        self._show_status(self.tr("Loading macros…"))
        ctx.tasks.run(lambda: client.macros(language), on_done=self._loaded, on_error=self._failed, owner=self)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Insert a macro"))
        self.filter_label.setText(self.tr("&Find a macro (type to filter, arrows to choose, Enter to insert):"))
        self.filter.setAccessibleName(self.tr("Find a macro"))
        self.list.setAccessibleName(self.tr("Macros"))
        self.preview_label.setText(self.tr("&Text that will be inserted:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Insert"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _loaded(self, macros: list[MacroOut]) -> None:
        self.model.set_macros(macros)
        self._show_status("" if macros else self.tr("There are no macros yet. Supervisors add them in Desk → "
                                                    "Manage macros."))
        self._filter(self.filter.text())

    def _failed(self, exc: Exception) -> None:
        self._show_status(self.tr("Could not load macros: %1").replace("%1", describe(exc)))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        # the best match is the first one: Enter inserts it at once
        self.list.setCurrentIndex(self.proxy.index(0, 0) if self.proxy.rowCount() else QModelIndex())
        self._show_current()

    def current(self) -> MacroOut | None:
        index = self.list.currentIndex()
        return index.data(MACRO_ROLE) if index.isValid() else None

    def filled(self) -> FilledMacro | None:
        macro = self.current()
        if macro is None:
            return None
        return fill_macro(macro, ticket_id=self.ticket_id, agent_name=self.ctx.agent.display_name)

    def _show_current(self) -> None:
        macro, filled = self.current(), self.filled()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(macro is not None)
        if macro is None or filled is None:
            self.preview.setPlainText("")
            self.notice.hide()
            self.changes.setText("")
            return
        self.preview.setPlainText(safe(filled.text))
        self.notice.setText(self.tr("No %1 version of this macro: the %2 one will be inserted.")
                            .replace("%1", language_name(self.language)).replace("%2", language_name(macro.language)))
        self.notice.setVisible(macro.fallback)
        name_note = self.tr("{customer_name} stays as written here: the service puts the customer's name in the "
                            "reply it sends them, and agents see the name masked.")
        self.changes.setText(self._changes_text(macro) + ("\n" + name_note if filled.keeps_customer_name else ""))

    def _changes_text(self, macro: MacroOut) -> str:
        parts = []
        if macro.set_status is not None:
            parts.append(self.tr("status → %1").replace("%1", labels.status(macro.set_status)))
        if macro.set_category is not None:
            parts.append(self.tr("category → %1").replace("%1", labels.category(macro.set_category)))
        if macro.add_tags:
            parts.append(self.tr("tags + %1").replace("%1", ", ".join(one_line(t, 40) for t in macro.add_tags)))
        if not parts:
            return self.tr("Changes nothing else on the ticket.")
        return self.tr("Also sets: %1").replace("%1", "; ".join(parts))

    def accept(self) -> None:
        if self.current() is not None:
            super().accept()
