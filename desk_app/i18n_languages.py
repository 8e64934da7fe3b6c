"""The workstation's languages: the catalogue names, and how each is named in its own language."""

from __future__ import annotations

SOURCE = "en"

# catalogue name (QLocale name) -> the language's own name, shown in Settings
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
    "ko": "한국어",
    "ja": "日本語",
    "ru": "Русский",
    "es": "Español",
    "tr": "Türkçe",
    "ar": "العربية",
}

CATALOGUES = [code for code in LANGUAGES if code != SOURCE]
RIGHT_TO_LEFT = {"ar"}
