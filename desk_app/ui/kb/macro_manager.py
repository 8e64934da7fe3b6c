"""Supervisors manage macros: a list, and an editor with one text per language (English required) and the
ticket changes a macro makes. The service enforces who may; this dialog is offered only to them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.client import ValidationFailed
from desk_app.client.base import build_request
from desk_app.contract import Category, KbLanguage, MacroDetail, MacroOut, MacroText, MacroWrite, TicketStatus
from desk_app.ui.common import labels, style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe, is_conflict
from desk_app.ui.common.text import one_line
from desk_app.ui.kb.model import language_name

Index = QModelIndex | QPersistentModelIndex
PLACEHOLDERS = "{customer_name}  {ticket_id}  {agent_name}  {kb_link}"


class MacroTableModel(QAbstractTableModel):
    """Every macro: name, languages, what it changes, who changed it last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.macros: list[MacroOut] = []

    def set_macros(self, macros: list[MacroOut]) -> None:
        self.beginResetModel()
        self.macros = list(macros)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.macros)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or not 0 <= index.row() < len(self.macros):
            return None
        macro = self.macros[index.row()]
        if index.column() == 0:
            return one_line(macro.name, 100)
        if index.column() == 1:
            return ", ".join(lang.value for lang in macro.languages)
        return one_line(macro.updated_by_name, 60)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {0: self.tr("Macro"), 1: self.tr("Languages"), 2: self.tr("Last changed by")}.get(section)


class MacroEditor(QDialog):
    """Writes one macro; `saved` holds what the service stored."""

    def __init__(self, ctx: DeskContext, macro: MacroDetail | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.macro = ctx, macro
        self.saved: MacroDetail | None = None
        self.texts: dict[KbLanguage, tuple[str, str]] = {t.language: (t.title, t.body) for t in macro.texts} \
            if macro else {}
        self._language = KbLanguage.en
        self.setObjectName("macroEditor")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(620, 560)
        self.name = QLineEdit(macro.name if macro else "", self)
        self.name.setMaxLength(120)
        self.status = QComboBox(self)
        self.status.addItem("", None)
        for value in TicketStatus:
            self.status.addItem(labels.status(value), value)
        self.category = QComboBox(self)
        self.category.addItem("", None)
        for cat in Category:
            self.category.addItem(labels.category(cat), cat)
        self.tags = QLineEdit(", ".join(macro.add_tags) if macro else "", self)
        self.article = QSpinBox(self)
        self.article.setRange(0, 2_000_000_000)
        self.article.setValue(macro.kb_article_id or 0 if macro else 0)
        self.language = QComboBox(self)
        for lang in KbLanguage:
            self.language.addItem(language_name(lang), lang)
        self.title = QLineEdit(self)
        self.title.setMaxLength(120)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.hint = QLabel(self, wordWrap=True)
        self.error = QLabel(self, objectName="banner", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(style.banner_sheet("error"))
        self.error.hide()
        if macro is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(macro.set_status)))
            self.category.setCurrentIndex(max(0, self.category.findData(macro.set_category)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(self._switch_language)
        form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(8)]
        for label, field in zip(self.form_labels, (self.name, self.status, self.category, self.tags, self.article,
                                                   self.language, self.title, self.body), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load_language(KbLanguage.en)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit macro") if self.macro else self.tr("New macro"))
        for label, text in zip(self.form_labels, (
                self.tr("&Name (agents search by it):"), self.tr("Set &status:"), self.tr("Set &category:"),
                self.tr("Add &tags (comma-separated):"), self.tr("&Knowledge-base article id for {kb_link}:"),
                self.tr("&Language:"), self.tr("&Title:"), self.tr("Te&xt:")), strict=True):
            label.setText(text)
        self.status.setItemText(0, self.tr("Leave as it is"))
        self.category.setItemText(0, self.tr("Leave as it is"))
        self.article.setSpecialValueText(self.tr("None"))
        self.hint.setText(self.tr("Placeholders: %1. English is required; it is used when the customer's language "
                                  "has no text.").replace("%1", PLACEHOLDERS))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _keep_current(self) -> None:
        title, body = self.title.text().strip(), self.body.toPlainText()
        if title or body.strip():
            self.texts[self._language] = (title, body)
        else:
            self.texts.pop(self._language, None)

    def _load_language(self, language: KbLanguage) -> None:
        self._language = language
        title, body = self.texts.get(language, ("", ""))
        self.title.setText(title)
        self.body.setPlainText(body)

    def _switch_language(self, _index: int) -> None:
        self._keep_current()
        self._load_language(self.language.currentData())

    def request(self) -> MacroWrite | None:
        self._keep_current()
        try:
            texts = [MacroText(language=lang, title=title, body=body) for lang, (title, body) in self.texts.items()]
            tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
            return build_request(MacroWrite, name=self.name.text().strip(), texts=texts,
                                 set_status=self.status.currentData(), set_category=self.category.currentData(),
                                 add_tags=tags, kb_article_id=self.article.value() or None,
                                 version=self.macro.version if self.macro else None)
        except (ValidationFailed, ValueError):
            self.show_error(self.tr("Every text needs a title and a body; the name is required; at most 5 tags."))
            return None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def save(self) -> None:
        request = self.request()
        if request is None:
            return
        if KbLanguage.en not in self.texts:
            self.show_error(self.tr("Write the English text too: it is what customers get when their language has "
                                    "none."))
            return
        self.buttons.setEnabled(False)
        client, macro_id = self.ctx.client, self.macro.id if self.macro else None
        work = (lambda: client.replace_macro(macro_id, request)) if macro_id else (lambda: client.create_macro(request))
        self.ctx.tasks.run(work, on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, macro: MacroDetail) -> None:
        self.saved = macro
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if is_conflict(exc):
            self.show_error(self.tr("Someone else changed this macro since you opened it. Close, reopen it and "
                                    "make your change again (copy your text first)."))
        else:
            self.show_error(self.tr("Not saved: %1").replace("%1", describe(exc)))


class MacroManager(QDialog):
    """The list of macros with New, Edit and Delete."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("macroManager")
        self.resize(640, 420)
        self.model = MacroTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.status = QLabel(self, wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button, self.edit_button, self.delete_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.close_button = QPushButton(self)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Manage macros"))
        self.table.setAccessibleName(self.tr("Macros"))
        self.new_button.setText(self.tr("&New…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        client = self.ctx.client
        self.ctx.tasks.run(lambda: client.macros(KbLanguage.en), on_done=self._loaded, owner=self,
                           on_error=lambda exc: self.status.setText(describe(exc)))

    def _loaded(self, macros: list[MacroOut]) -> None:
        self.model.set_macros(macros)
        self.status.setText(self.tr("%n macro(s)", "", len(macros)))
        if macros:
            self.table.selectRow(0)

    def current(self) -> MacroOut | None:
        row = self.table.currentIndex().row()
        return self.model.macros[row] if 0 <= row < len(self.model.macros) else None

    def new(self) -> None:
        editor = MacroEditor(self.ctx, None, self)
        editor.accepted.connect(self.reload)
        editor.open()
        self.editor = editor

    def edit(self) -> None:
        macro, client = self.current(), self.ctx.client
        if macro is None:
            return
        self.ctx.tasks.run(lambda: client.macro(macro.id), on_done=self._edit_loaded, owner=self,
                           on_error=lambda exc: self.status.setText(describe(exc)))

    def _edit_loaded(self, detail: MacroDetail) -> None:
        editor = MacroEditor(self.ctx, detail, self)
        editor.accepted.connect(self.reload)
        editor.open()
        self.editor = editor

    def delete(self) -> None:
        macro, client = self.current(), self.ctx.client
        if macro is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete macro"),
                          self.tr("Delete “%1” for every agent?").replace("%1", one_line(macro.name, 80)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # a dangerous button is never the default
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.ctx.tasks.run(lambda: client.delete_macro(macro.id), on_done=lambda _r: self.reload(), owner=self,
                           on_error=lambda exc: self.status.setText(describe(exc)))
