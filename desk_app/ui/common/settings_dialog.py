"""The agent's Settings: the UI language (the OS's by default), applied to the open window at once."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desk_app.i18n_languages import LANGUAGES
from desk_app.ui.common.language import Languages, locale_for, system_language
from desk_app.ui.common.settings import DeskSettings

SAMPLE_AMOUNT = 1234567.891  # shows the locale's grouping and decimal separators


def format_sample(locale: QLocale) -> str:
    """How dates, times and numbers look in a locale: the preview under the language picker."""
    now = QDateTime.currentDateTime()
    return " · ".join((locale.toString(now, QLocale.FormatType.ShortFormat),
                       locale.toString(SAMPLE_AMOUNT, "f", 2)))


class SettingsDialog(QDialog):
    """Edits the agent's settings; OK saves them and switches the language of the whole app."""

    def __init__(self, settings: DeskSettings, languages: Languages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.languages = settings, languages
        self.setMinimumWidth(440)
        self.language = QComboBox(self)
        self.language.addItem("", "")  # the OS's language; its text is set in retranslate_ui
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)  # each in its own language, so anyone finds theirs
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.sample = QLabel(self)
        self.sample.setTextFormat(Qt.TextFormat.PlainText)
        self.sample_label = QLabel(self)
        self.sample_label.setBuddy(self.sample)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.sample_label, self.sample)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._update_sample)
        self.retranslate_ui()

    def chosen(self) -> str:
        """The catalogue code picked, or "" for the OS's language."""
        return str(self.language.currentData() or "")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setItemText(0, self.tr("The system's language (%1)")
                                  .replace("%1", LANGUAGES[system_language()]))
        self.sample_label.setText(self.tr("Dates and numbers:"))
        self.sample.setAccessibleName(self.tr("Dates and numbers"))
        self._update_sample()

    def _update_sample(self) -> None:
        code = self.chosen() or system_language()
        self.sample.setText(format_sample(locale_for(code)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def accept(self) -> None:
        self.settings.language = self.chosen()
        self.languages.apply(self.chosen())
        super().accept()
