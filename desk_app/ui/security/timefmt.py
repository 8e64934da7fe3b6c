"""Times and durations as a desk agent reads them: local, locale-formatted, with %n plurals."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desk_app.ui.common.text import Formatted

translate = QCoreApplication.translate  # called with literal contexts, so lupdate finds every string


def now() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    """The service sends UTC; a naive value is taken as UTC too."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def local(moment: datetime | None) -> str:
    """The moment in the desk's local time and locale, or an em dash for none."""
    if moment is None:
        return "—"
    stamp = QDateTime.fromMSecsSinceEpoch(int(aware(moment).timestamp() * 1000)).toLocalTime()
    return Formatted(QLocale().toString(stamp, QLocale.FormatType.ShortFormat))


def span(seconds: float) -> str:
    """A duration in its largest sensible unit: "5 min", "3 h", "2 days"."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return translate("TimeFormat", "%n s", None, seconds)
    minutes = seconds // 60
    if minutes < 120:
        return translate("TimeFormat", "%n min", None, minutes)
    hours = minutes // 60
    if hours < 48:
        return translate("TimeFormat", "%n h", None, hours)
    return translate("TimeFormat", "%n d", None, hours // 24)


def ago(moment: datetime, reference: datetime | None = None) -> str:
    """How long ago: "5 min ago"."""
    seconds = ((reference or now()) - aware(moment)).total_seconds()
    if seconds < 60:
        return translate("TimeFormat", "just now")
    return translate("TimeFormat", "%1 ago").replace("%1", span(seconds))


def left(moment: datetime, reference: datetime | None = None) -> tuple[str, float]:
    """Time left until a deadline as text, and the seconds left (negative once passed)."""
    seconds = (aware(moment) - (reference or now())).total_seconds()
    if seconds <= 0:
        return translate("TimeFormat", "overdue by %1").replace("%1", span(-seconds)), seconds
    return translate("TimeFormat", "%1 left").replace("%1", span(seconds)), seconds
