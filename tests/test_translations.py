"""The catalogues are complete and current: every string the UI shows is translated in every language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desk_app.i18n_languages import CATALOGUES

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def catalogue(lang: str) -> Path:
    return I18N / f"desk_{lang}.ts"


def unfinished(path: Path) -> list[str]:
    """Messages without a complete translation, as "context: source"."""
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [(translation.text or "") if translation is not None else ""]
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not all(t.strip() for t in texts):
                problems.append(f"{name}: {message.findtext('source')}")
    return problems


def placeholder_mismatches(path: Path) -> list[str]:
    problems = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source", "")
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            found = sorted(set(PLACEHOLDER.findall(form.text or "")))
            # a plural form may leave out %n where the language names the number in words (Arabic "one")
            if [p for p in wanted if p != "%n"] != [p for p in found if p != "%n"]:
                problems.append(f"{source!r} -> {form.text!r}")
    return problems


@pytest.mark.parametrize("lang", [*CATALOGUES, "en"])
def test_every_message_is_translated(lang: str) -> None:
    assert catalogue(lang).exists(), f"{catalogue(lang).name} is missing: run scripts/update-translations"
    assert unfinished(catalogue(lang)) == []


@pytest.mark.parametrize("lang", CATALOGUES)
def test_translations_keep_their_placeholders(lang: str) -> None:
    assert placeholder_mismatches(catalogue(lang)) == []


def test_the_catalogues_are_current(tmp_path: Path) -> None:
    """Running lupdate over the code adds no string the catalogues lack."""
    sources = subprocess.run([sys.executable, str(ROOT / "scripts" / "translatable-sources")], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
    for lang in CATALOGUES:
        copy = tmp_path / catalogue(lang).name
        shutil.copy(catalogue(lang), copy)
        subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", "-locations", "none", "-target-language", lang,
                        *sources, "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
        assert unfinished(copy) == [], f"{lang}: strings in the code that the catalogue lacks"
