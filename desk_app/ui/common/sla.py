"""A ticket's SLA clock as the desk shows it: the running deadline nearest to breach, counted down live.

The service computes `sla_state` when it answers; between answers the desk counts down itself from the
due times, so "12 min" becomes "overdue 1 min" without a refetch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desk_app.contract import SlaState, TicketStatus, TicketSummary

NEAR = timedelta(minutes=30)
_STOPPED = {TicketStatus.resolved, TicketStatus.closed}


@dataclass(frozen=True)
class Clock:
    """Where a ticket's SLA stands at one moment."""

    state: SlaState
    due: datetime | None  # the running deadline, if any
    first_response: bool  # whether that deadline is the first-response one
    remaining: timedelta | None  # negative when overdue
    paused: bool = False  # #10: the resolution clock stands still (waiting for the customer)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def clock(ticket: TicketSummary, now: datetime | None = None) -> Clock:
    now = now or datetime.now(UTC)
    running: list[tuple[datetime, bool]] = []
    if ticket.status not in _STOPPED:
        if ticket.first_response_due is not None and ticket.first_responded_at is None:
            running.append((_aware(ticket.first_response_due), True))
        if ticket.resolution_due is not None and ticket.sla_paused_at is None:
            running.append((_aware(ticket.resolution_due), False))
    paused = ticket.status not in _STOPPED and ticket.sla_paused_at is not None
    if not running:  # no clock runs: the service's verdict (met, or breached when it stopped late)
        state = SlaState.breached if ticket.sla_state is SlaState.breached else SlaState.met
        return Clock(state, None, False, None, paused)
    due, first = min(running, key=lambda pair: pair[0])
    remaining = due - now
    if remaining <= timedelta(0):
        state = SlaState.breached
    elif remaining <= NEAR:
        state = SlaState.near
    else:
        state = SlaState.ok
    return Clock(state, due, first, remaining)


def local_time(moment: datetime) -> str:
    """A moment in the desk's local time and locale, short form."""
    stamp = QDateTime.fromMSecsSinceEpoch(int(_aware(moment).timestamp() * 1000)).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def span(delta: timedelta) -> str:
    """A duration in its largest sensible unit: "12 min", "3 h 20 min", "2 d"."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("Sla", "%n min", None, minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        if not rest:
            return QCoreApplication.translate("Sla", "%n h", None, hours)
        return QCoreApplication.translate("Sla", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
    return QCoreApplication.translate("Sla", "%n d", None, hours // 24)


def text(c: Clock) -> str:
    """The SLA cell: "12 min", "overdue 5 min", "Met", "Missed"."""
    if c.remaining is None:
        if c.paused and c.state is not SlaState.breached:
            return QCoreApplication.translate("Sla", "Paused")
        return (
            QCoreApplication.translate("Sla", "Missed")
            if c.state is SlaState.breached
            else QCoreApplication.translate("Sla", "Met")
        )
    if c.remaining <= timedelta(0):
        return QCoreApplication.translate("Sla", "overdue %1").replace("%1", span(-c.remaining + timedelta(seconds=59)))
    return span(c.remaining + timedelta(seconds=59))  # round up: "1 min" until it is really due


def describe(c: Clock) -> str:
    """A sentence for tooltips and screen readers, never colour alone."""
    if c.due is None and c.paused and c.state is not SlaState.breached:
        return QCoreApplication.translate("Sla", "The resolution clock is paused while the customer has to answer.")
    if c.due is None:
        return (
            QCoreApplication.translate("Sla", "The service target was missed.")
            if c.state is SlaState.breached
            else QCoreApplication.translate("Sla", "No service target is running.")
        )
    what = (
        QCoreApplication.translate("Sla", "First response")
        if c.first_response
        else QCoreApplication.translate("Sla", "Resolution")
    )
    due = local_time(c.due)
    if c.state is SlaState.breached:
        return QCoreApplication.translate("Sla", "%1 was due at %2: overdue.").replace("%1", what).replace("%2", due)
    if c.state is SlaState.near:
        return QCoreApplication.translate("Sla", "%1 due at %2: due soon.").replace("%1", what).replace("%2", due)
    return QCoreApplication.translate("Sla", "%1 due at %2.").replace("%1", what).replace("%2", due)
