"""The knowledge-base panel beside a ticket: suggestions for the ticket, search, plain-text preview, and
inserting an article's link or text into the reply. Every call runs on the TaskRunner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.contract import Category, KbArticle, KbArticleList, KbArticleSummary, KbLanguage, KbSuggestions
from desk_app.ui.common import labels, style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.text import one_line, safe
from desk_app.ui.kb.model import ARTICLE_ROLE, REVIEW, TITLE, KbResultsModel, language_name

SEARCH_DELAY_MS = 400


class KbPanel(QWidget):
    """Suggests, searches and previews articles; `insert_requested(text)` asks the composer to insert."""

    insert_requested = Signal(str)
    language_known = Signal(object)  # KbLanguage: the customer's article language, once the service said it

    def __init__(self, ctx: DeskContext, ticket_id: int, language: KbLanguage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ticket_id, self.language = ctx, ticket_id, language
        self.article: KbArticle | None = None
        self._query = ""
        self._generation = 0  # answers to an older search are dropped

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.category = QComboBox(self)
        self.category.addItem("", None)
        for value in Category:
            self.category.addItem("", value)
        self.status = QLabel(self, wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.model = KbResultsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REVIEW, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.title = QLabel(self, wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.stale = QLabel(self, objectName="banner", wordWrap=True)
        self.stale.setTextFormat(Qt.TextFormat.PlainText)
        self.stale.setStyleSheet(style.banner_sheet("warning"))
        self.stale.hide()
        self.meta = QLabel(self, wordWrap=True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setEnabled(False)
        self.preview = QPlainTextEdit(self)  # plain text only: an article is never rendered as rich text
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.insert_link = QPushButton(self)
        self.insert_link.clicked.connect(lambda: self._insert(link=True))
        self.insert_text = QPushButton(self)
        self.insert_text.clicked.connect(lambda: self._insert(link=False))
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.category.currentIndexChanged.connect(lambda _i: self.run_search())

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.category)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.insert_link)
        buttons.addWidget(self.insert_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_label)
        layout.addLayout(search_row)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.stale)
        layout.addWidget(self.meta)
        layout.addWidget(self.preview, 3)
        layout.addLayout(buttons)
        self.setTabOrder(self.search, self.category)
        self.setTabOrder(self.category, self.table)
        self.setTabOrder(self.table, self.preview)
        self.setTabOrder(self.preview, self.insert_link)
        self.setTabOrder(self.insert_link, self.insert_text)
        self.retranslate_ui()
        self._show_article(None)
        self.suggest()

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search the knowledge base (any language):"))
        self.search.setPlaceholderText(self.tr("e.g. withdrawal delayed, 提现, 출금"))
        self.search.setAccessibleName(self.tr("Search the knowledge base"))
        for button in self.search.findChildren(QToolButton):  # the line edit's clear button
            button.setAccessibleName(QCoreApplication.translate("TicketHistoryView", "Clear the search"))
        self.category.setItemText(0, self.tr("All categories"))
        for i in range(1, self.category.count()):
            self.category.setItemText(i, labels.category(self.category.itemData(i)))
        self.category.setAccessibleName(self.tr("Article category"))
        self.category.view().setAccessibleName(self.tr("Article categories"))  # its drop-down list, for readers
        self.table.setAccessibleName(self.tr("Articles"))
        self.preview.setAccessibleName(self.tr("Article text"))
        self.insert_link.setText(self.tr("Insert &link"))
        self.insert_text.setText(self.tr("Insert te&xt"))
        self.insert_link.setToolTip(self.tr("Put the article's title and help-centre link into the reply"))
        self.insert_text.setToolTip(self.tr("Put the article's whole text into the reply"))
        self._show_heading()
        self._show_article(self.article)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------------

    def suggest(self) -> None:
        """The articles the service finds most relevant to the ticket (the default list)."""
        self._query = ""
        self._generation += 1
        generation, client, ticket_id = self._generation, self.ctx.client, self.ticket_id
        self._show_status(self.tr("Finding articles for this ticket…"))
        self.ctx.tasks.run(lambda: client.kb_suggestions(ticket_id),
                           on_done=lambda result: self._suggested(generation, result),
                           on_error=self._failed, owner=self)

    def run_search(self) -> None:
        self.timer.stop()
        query, category = self.search.text().strip(), self.category.currentData()
        if not query and category is None:
            self.suggest()
            return
        self._query = query
        self._generation += 1
        generation, client, language = self._generation, self.ctx.client, self.language
        self._show_status(self.tr("Searching…"))
        self.ctx.tasks.run(lambda: client.kb_search(query, language, category),
                           on_done=lambda result: self._found(generation, result), on_error=self._failed,
                           owner=self)

    def _suggested(self, generation: int, result: KbSuggestions) -> None:
        if generation != self._generation:
            return
        self.language = result.language
        self.language_known.emit(result.language)
        self._show_results(result.items)

    def _found(self, generation: int, result: KbArticleList) -> None:
        if generation == self._generation:
            self._show_results(result.items)

    def _show_results(self, items: list[KbArticleSummary]) -> None:
        self.model.set_items(items)
        self._show_heading()
        self._show_status("" if items else self.tr("No article matches. Try other words, or another language."))
        if items:
            self.table.selectRow(0)
        else:
            self._show_article(None)

    def _failed(self, exc: Exception) -> None:
        self._show_status(self.tr("Could not load articles: %1").replace("%1", describe(exc)), error=True)

    def _show_heading(self) -> None:
        if self._query:
            self.heading.setText(self.tr("Results for “%1”").replace("%1", one_line(self._query, 60)))
        else:
            self.heading.setText(self.tr("Suggested for this ticket (%1)").replace("%1", language_name(self.language)))

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style.banner_sheet("error") if error else "")
        self.status.setVisible(bool(text))

    # --- preview and insert -----------------------------------------------------------------------

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        summary: KbArticleSummary = indexes[0].data(ARTICLE_ROLE)
        client, language = self.ctx.client, self.language
        self.ctx.tasks.run(lambda: client.kb_article(summary.id, language),
                           on_done=self._loaded, on_error=self._failed, owner=self)

    def _loaded(self, article: KbArticle) -> None:
        current = self.table.currentIndex()
        shown = current.data(ARTICLE_ROLE) if current.isValid() else None
        if shown is None or shown.id == article.id:
            self._show_article(article)

    def _show_article(self, article: KbArticle | None) -> None:
        self.article = article
        for button in (self.insert_link, self.insert_text):
            button.setEnabled(article is not None)
        if article is None:
            self.title.setText("")
            self.meta.setText("")
            self.stale.hide()
            self.preview.setPlainText("")
            self.preview.setPlaceholderText(self.tr("Choose an article to read it here."))
            return
        self.title.setText(one_line(article.title, 200))
        reviewed = QLocale().toString(article.last_reviewed_at.date(), QLocale.FormatType.ShortFormat)
        meta = self.tr("%1 · %2 · reviewed %3 by %4").replace("%1", labels.category(article.category)) \
            .replace("%2", language_name(article.language)).replace("%3", reviewed) \
            .replace("%4", one_line(article.owner_name, 60))
        if article.fallback:
            meta += "\n" + self.tr("No version in %1; this is the %2 one.").replace(
                "%1", language_name(self.language)).replace("%2", language_name(article.language))
        self.meta.setText(meta)
        self.stale.setText(self.tr("Stale: not reviewed for a long time. Check that it is still right before you "
                                   "send it."))
        self.stale.setVisible(article.stale)
        self.preview.setPlainText(safe(article.body))

    def _insert(self, link: bool) -> None:
        if self.article is None:
            return
        text = f"{self.article.title}\n{self.article.url}" if link else f"{self.article.body}\n{self.article.url}"
        self.insert_requested.emit(text)
