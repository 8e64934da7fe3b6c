"""`KbResultsModel`: search results or suggestions as a table, shown a batch at a time.

The whole answer of a search (at most 50 summaries, no bodies) comes in one call; the view gets rows
through `canFetchMore`/`fetchMore` as it scrolls, following Qt's C++ fetchmore example (the
`parent.isValid()` guard, `beginInsertRows(QModelIndex(), first, last)`). Bodies load one at a time,
when an article is previewed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from desk_app.contract import KbArticleSummary, KbLanguage, SlaState
from desk_app.ui.common import style
from desk_app.ui.common.text import one_line

Index = QModelIndex | QPersistentModelIndex
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 10
TITLE, REVIEW = range(2)


def language_name(language: KbLanguage) -> str:
    """The language's own name, so an agent recognises the customer's whatever the UI language is."""
    return {
        KbLanguage.en: "English", KbLanguage.zh_CN: "简体中文", KbLanguage.zh_TW: "繁體中文", KbLanguage.ko: "한국어",
        KbLanguage.ja: "日本語", KbLanguage.ru: "Русский", KbLanguage.es: "Español", KbLanguage.tr: "Türkçe",
        KbLanguage.ar: "العربية",
    }[language]


def stale_text() -> str:
    return QCoreApplication.translate("KbResultsModel", "Stale: review overdue")


class KbResultsModel(QAbstractTableModel):
    """Articles, best first, as the service ranked them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[KbArticleSummary] = []
        self._shown = 0

    def set_items(self, items: list[KbArticleSummary]) -> None:
        self.beginResetModel()
        self._all = list(items)
        self._shown = min(BATCH, len(self._all))
        self.endResetModel()

    def item(self, row: int) -> KbArticleSummary | None:
        return self._all[row] if 0 <= row < self._shown else None

    @property
    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        count = min(BATCH, len(self._all) - self._shown)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + count - 1)
        self._shown += count
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        article = self.item(index.row()) if index.isValid() else None
        if article is None:
            return None
        column = index.column()
        if role == ARTICLE_ROLE:
            return article
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == TITLE:  # the language is named only when it is not the one asked for
                title = one_line(article.title, 120)
                return f"{title} · {language_name(article.language)}" if article.fallback else title
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return stale_text() if article.stale else self.tr("Reviewed")
            return self.tr("Stale") if article.stale else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return stale_text() if column == REVIEW and article.stale else one_line(article.snippet, 240)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and column == REVIEW \
                and article.stale:  # amber, like a near SLA; the text says "Stale" too
            colors = style.sla_colors(SlaState.near)
            if colors is not None:
                return colors[0] if role == Qt.ItemDataRole.BackgroundRole else colors[1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {TITLE: self.tr("Article"), REVIEW: self.tr("Review")}.get(section)
