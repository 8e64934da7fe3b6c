"""Choosing the UI language: the OS's by default, switched at runtime with its locale, plurals and direction."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.ui.common import sla
from desk_app.ui.common.language import Languages, catalogue_for, locale_for, system_language
from desk_app.ui.common.numbers import format_amount
from desk_app.ui.common.settings import DeskSettings
from desk_app.ui.common.settings_dialog import SettingsDialog

I18N = Path(__file__).resolve().parents[3] / "i18n"

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def plural_forms(lang: str, context: str, source: str) -> list[str]:
    """The numerus forms a catalogue gives a message, in the catalogue's order."""
    for ctx in ET.parse(I18N / f"desk_{lang}.ts").getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return [form.text or "" for form in message.iter("numerusform")]
    raise LookupError(f"{context}: {source} is not in desk_{lang}.ts")


def russian_form(n: int) -> int:  # one, few, many (CLDR)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def arabic_form(n: int) -> int:  # zero, one, two, few, many, other (CLDR)
    if n in (0, 1, 2):
        return n
    return 3 if 3 <= n % 100 <= 10 else 4 if n % 100 >= 11 else 5


@pytest.mark.parametrize(("name", "code"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_Hant_US", "zh_TW"),
    ("ja_JP", "ja"), ("ko_KR", "ko"), ("ru_UA", "ru"), ("es_MX", "es"), ("tr_TR", "tr"), ("ar_SA", "ar"),
    ("en_GB", "en"), ("pt_BR", None), ("C", None),
])
def test_each_locale_finds_its_desk_language(name: str, code: str | None) -> None:
    assert catalogue_for(QLocale(name)) == code


def test_the_default_is_the_systems_language_or_english() -> None:
    assert system_language(QLocale("ko_KR")) == "ko"
    assert system_language(QLocale("pt_BR")) == "en"
    assert system_language(QLocale("C")) == "en"


def test_dates_follow_the_chosen_language_and_keep_the_systems_region() -> None:
    assert locale_for("en", QLocale("C")).name() == "en_US"  # never "25 11 2026"
    assert locale_for("en", QLocale("en_GB")).name() == "en_GB"
    assert locale_for("ru", QLocale("ru_UA")).name() == "ru_UA"
    assert locale_for("ru", QLocale("en_GB")).name() == "ru_RU"


def test_switching_language_retranslates_and_sets_the_direction(languages: Languages) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert languages.apply("ru") == "ru"
    assert QCoreApplication.translate("MainWindow", "&Desk") not in ("", "&Desk")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"  # Qt's own dialogs too
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert languages.apply("ar") == "ar"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert languages.apply("en") == "en"
    assert QCoreApplication.translate("MainWindow", "&Desk") == "&Desk"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert languages.apply("pt_BR") == "en"  # a language the desk does not speak: English


@pytest.mark.parametrize(("lang", "rule", "counts"), [
    ("ru", russian_form, [1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111]),
    ("ar", arabic_form, [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111]),
])
def test_plural_forms_follow_each_languages_rules(languages: Languages, lang: str, rule: object,
                                                  counts: list[int]) -> None:
    forms = plural_forms(lang, "InboxView", "%n ticket(s)")
    assert len(set(forms)) >= 3, forms  # Russian has three forms, Arabic six (some may read alike)
    languages.apply(lang)
    for n in counts:
        expected = forms[rule(n)].replace("%n", str(n))  # type: ignore[operator]
        assert QCoreApplication.translate("InboxView", "%n ticket(s)", "", n) == expected, n


def test_dates_numbers_and_amounts_follow_the_locale(languages: Languages) -> None:
    moment = datetime(2026, 11, 25, 13, 5, tzinfo=UTC)
    languages.apply("ru")
    assert "25.11.2026" in sla.local_time(moment)
    assert format_amount("1234567.12345678") == "1\u00a0234\u00a0567,12345678"
    languages.apply("ar")
    assert "٢٠٢٦" in sla.local_time(moment)  # Arabic-Indic digits
    assert format_amount("1234567.12345678") == "١٬٢٣٤٬٥٦٧٫١٢٣٤٥٦٧٨"
    languages.apply("en")
    assert format_amount("0.000000000000000001") == "0.000000000000000001"  # every decimal kept
    assert format_amount("not a number") == "not a number"


def test_settings_saves_the_choice_and_switches_the_open_dialog(languages: Languages, qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    settings = DeskSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(settings, languages)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Settings" and dialog.chosen() == ""
    assert dialog.language_label.buddy() is dialog.language
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    assert "2026" in dialog.sample.text() or "/" in dialog.sample.text()
    dialog.accept()
    assert settings.language == "ja" and languages.code == "ja"
    again = SettingsDialog(settings, languages)
    qtbot.addWidget(again)
    assert again.windowTitle() != "Settings"  # opened in Japanese
    assert again.chosen() == "ja"
