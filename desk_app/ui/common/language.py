"""The workstation's UI language: Qt's and the desk's translators, the locale and the layout direction.

One `Languages` object per application switches all of them at runtime. Installing a translator makes
Qt send `QEvent.LanguageChange` to every widget, and each widget's `retranslate_ui()` then sets its
texts again, so open tabs and dialogs change language at once, without a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from desk_app.i18n_languages import LANGUAGES, RIGHT_TO_LEFT, SOURCE

_TRADITIONAL_TERRITORIES = {QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao}


def translation_dirs() -> list[Path]:
    """Where the desk's compiled translations (.qm) may be: inside the package, or the source tree's i18n/."""
    package = Path(__file__).resolve().parents[2]
    return [package / "i18n", package.parent / "i18n"]


def catalogue_for(locale: QLocale) -> str | None:
    """The desk language that serves a locale, if any (Traditional Chinese by script or territory)."""
    if locale.language() == QLocale.Language.Chinese:
        traditional = (locale.script() == QLocale.Script.TraditionalChineseScript
                       or locale.territory() in _TRADITIONAL_TERRITORIES)
        return "zh_TW" if traditional else "zh_CN"
    code = QLocale.languageToCode(locale.language())
    return code if code in LANGUAGES else None


def system_language(system: QLocale | None = None) -> str:
    """The first of the OS's preferred UI languages the desk speaks; English otherwise."""
    system = system or QLocale.system()
    for name in system.uiLanguages():
        code = catalogue_for(QLocale(name))
        if code is not None:
            return code
    return SOURCE


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers follow: the OS's own when it speaks the chosen language (keeping its
    regional formats), the language's usual one otherwise. The C locale counts as US English."""
    system = system or QLocale.system()
    if system.language() != QLocale.Language.C and catalogue_for(system) == code:
        return system
    return QLocale("en_US") if code == SOURCE else QLocale(code)


class Languages(QObject):
    """Installs one UI language in the application and switches it at runtime (see the module docstring)."""

    changed = Signal(str)  # the catalogue code now in use

    def __init__(self, app: QCoreApplication, directories: list[Path] | None = None) -> None:
        super().__init__(app)
        self.setObjectName("desk-languages")
        self.app = app
        self.directories = directories if directories is not None else translation_dirs()
        self.code = SOURCE
        self.translators: list[QTranslator] = []

    @staticmethod
    def of(app: QCoreApplication) -> Languages:
        """The application's one `Languages`, made on first use."""
        found = app.findChild(Languages, "desk-languages")
        return found if isinstance(found, Languages) else Languages(app)

    def resolve(self, preferred: str | None) -> str:
        """A catalogue code for what the agent asked for: a known code, a locale name, or ""/None for the OS's."""
        if preferred in LANGUAGES:
            return preferred
        if preferred:
            return catalogue_for(QLocale(preferred)) or SOURCE
        return system_language()

    def apply(self, preferred: str | None) -> str:
        """Switches to `preferred` (see `resolve`); returns the code now in use."""
        code = self.resolve(preferred)
        locale = locale_for(code)
        QLocale.setDefault(locale)  # before the LanguageChange events: retranslate_ui formats with it
        direction = Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        if isinstance(self.app, QApplication):
            self.app.setLayoutDirection(direction)
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self.translators = []
        if code != SOURCE or self._has("desk", code):  # English needs its catalogue for plural forms only
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            candidates = [("qtbase", qt_dir)] + [("desk", str(d)) for d in self.directories]
            loaded: set[str] = set()
            for name, directory in candidates:  # Qt's own first: later translators are asked first
                translator = QTranslator(self)
                if name not in loaded and translator.load(f"{name}_{code}", directory):
                    QCoreApplication.installTranslator(translator)
                    self.translators.append(translator)
                    loaded.add(name)
                else:
                    translator.deleteLater()
        # Qt posts LanguageChange to each window; deliver them now, so the switch is done when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.code = code
        self.changed.emit(code)
        return code

    def _has(self, name: str, code: str) -> bool:
        return any((d / f"{name}_{code}.qm").is_file() for d in self.directories)
