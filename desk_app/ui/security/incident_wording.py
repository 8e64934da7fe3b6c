"""The incident timeline in the agent's language: event names, actors and details built from each entry's
stable `kind` and `details`, and times with seconds. Shared by the dialog and both exports."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desk_app.contract import ActionKind, IncidentEntry, RevealField, TicketStatus
from desk_app.ui.common import labels
from desk_app.ui.common.text import Formatted, one_line
from desk_app.ui.customer.risk_words import detail_text
from desk_app.ui.security.timefmt import aware
from desk_app.ui.security.wording import field_name, kind_label, kind_name, signal_name

translate = QCoreApplication.translate  # called with literal contexts, so lupdate finds every string


def stamp(moment: datetime | None) -> str:
    """Local date and time with seconds and a four-digit year, in the locale's order: an investigation
    compares events seconds apart and reads the record years later."""
    if moment is None:
        return "—"
    local = QDateTime.fromMSecsSinceEpoch(int(aware(moment).timestamp() * 1000)).toLocalTime()
    locale = QLocale()
    date_format = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date_format:
        date_format = date_format.replace("yy", "yyyy", 1)
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    # Formatted: an Arabic date carries right-to-left marks, which `safe()` would make visible
    return Formatted(f"{locale.toString(local.date(), date_format)} {locale.toString(local.time(), time_format)}")


def utc_offset() -> str:
    """The desk's offset from UTC now, e.g. "UTC+09:00"."""
    seconds = QDateTime.currentDateTime().offsetFromUtc()
    sign = "+" if seconds >= 0 else "−"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def _action(details: dict[str, Any]) -> str:
    try:
        kind = ActionKind(details.get("action", ""))
    except ValueError:
        return str(details.get("action", ""))
    params = details.get("params")
    return kind_label(kind, params) if isinstance(params, dict) else kind_name(kind)


def _status(value: object) -> str:
    try:
        return labels.status(TicketStatus(str(value)))
    except ValueError:
        return str(value)


def event_name(entry: IncidentEntry) -> str:
    """What happened, as a short label: "Risk signal: New device", "Approved: Lock withdrawals (24 h)"."""
    kind, details = entry.kind, entry.details
    if kind.startswith("signal."):
        return translate("IncidentWording", "Risk signal: %1").replace("%1", signal_name(kind.removeprefix("signal.")))
    fixed = {
        "message.customer": translate("IncidentWording", "Customer message"),
        "message.agent": translate("IncidentWording", "Reply to the customer"),
        "message.note": translate("IncidentWording", "Internal note"),
        "customer.revealed": translate("IncidentWording", "Personal data revealed"),
        "ticket.status_changed": translate("IncidentWording", "Ticket status changed"),
    }
    if kind in fixed:
        return fixed[kind]
    if kind == "action.requested" and details.get("emergency"):
        return translate("IncidentWording", "Emergency action taken: %1").replace("%1", _action(details))
    actions = {
        "action.requested": translate("IncidentWording", "Requested: %1"),
        "action.approved": translate("IncidentWording", "Approved: %1"),
        "action.rejected": translate("IncidentWording", "Rejected: %1"),
        "action.executed": translate("IncidentWording", "Carried out: %1"),
        "action.failed": translate("IncidentWording", "Failed: %1"),
        "action.confirmed": translate("IncidentWording", "Emergency action confirmed: %1"),
        "action.reversed": translate("IncidentWording", "Emergency action reversed: %1"),
        "action.restored": translate("IncidentWording", "Account restored: %1"),
        "action.expired": translate("IncidentWording", "Request expired: %1"),
        "action.cancelled": translate("IncidentWording", "Request cancelled: %1"),
        "action.review_overdue": translate("IncidentWording", "Review overdue: %1"),
    }
    if kind in actions:
        return actions[kind].replace("%1", _action(details))
    return kind  # a kind a newer service added: its stable code


def actor_name(entry: IncidentEntry) -> str:
    """Who: the customer (their masked name), the system, or the agent's user name."""
    if entry.actor == "customer":
        author = entry.details.get("author")
        if entry.kind == "message.customer" and author:
            return translate("IncidentWording", "Customer (%1)").replace("%1", str(author))
        return translate("IncidentWording", "Customer")
    if entry.actor == "system":
        return translate("IncidentWording", "System")
    return entry.actor


def _signal_detail(entry: IncidentEntry) -> str:
    """A risk signal worded as the customer profile words it, from the code and values the service sent."""
    d = entry.details
    params = d.get("detail_params")
    values = {str(k): str(v) for k, v in params.items()} if isinstance(params, dict) else {}
    code = d.get("detail_code")
    return detail_text(code if isinstance(code, str) else None, values, str(d.get("detail", entry.summary)))


def detail_parts(entry: IncidentEntry) -> list[str]:
    """The entry's detail as separate lines; customer and agent text is included as it is (plain). Parts this
    desk worded itself around made-safe values are `Formatted` (Unicode isolates kept), the others untrusted."""
    kind, d = entry.kind, entry.details
    if kind.startswith("signal."):
        parts = [_signal_detail(entry)]
        if d.get("clustered"):
            parts.append(Formatted(translate("IncidentWording", "Part of a cluster of signals within 24 hours")))
        return parts
    if kind.startswith("message."):
        text = str(d.get("excerpt", entry.summary))
        if entry.ticket_id is None:
            return [text]
        return [translate("IncidentWording", "Ticket #%1: %2").replace("%1", str(entry.ticket_id)).replace("%2", text)]
    if kind == "customer.revealed":
        try:
            field = field_name(RevealField(str(d.get("field", ""))))
        except ValueError:
            field = str(d.get("field", ""))
        return [
            translate("IncidentWording", "Field: %1 (the value is not part of this record)").replace("%1", field),
            translate("IncidentWording", "Reason: %1").replace("%1", str(d.get("reason", ""))),
        ]
    if kind == "ticket.status_changed":
        return [
            translate("IncidentWording", "Ticket #%1: %2 → %3")
            .replace("%1", str(entry.ticket_id or ""))
            .replace("%2", _status(d.get("status_from")))
            .replace("%3", _status(d.get("status_to")))
        ]
    if kind.startswith("action."):
        parts: list[str] = []
        for key, label in (
            ("reason", translate("IncidentWording", "Reason: %1")),
            ("comment", translate("IncidentWording", "Comment: %1")),
            ("result", translate("IncidentWording", "Result: %1")),
            ("error", translate("IncidentWording", "Error: %1")),
        ):
            if d.get(key):
                parts.append(label.replace("%1", str(d[key])))
        if entry.action_id is not None:
            parts.append(translate("IncidentWording", "Request #%1").replace("%1", str(entry.action_id)))
        return parts
    return [entry.summary]


def detail(entry: IncidentEntry, limit: int = 1000) -> str:
    """The detail on one line; with a part worded here, `Formatted`, the untrusted parts made safe around it."""
    parts = detail_parts(entry)
    if not any(isinstance(part, Formatted) for part in parts):
        return " · ".join(parts)
    return Formatted(" · ".join(part if isinstance(part, Formatted) else one_line(part, limit) for part in parts))
