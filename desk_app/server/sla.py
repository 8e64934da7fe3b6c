"""Service-level targets: when a ticket's first response and resolution are due, and where it stands."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_

from desk_app.contract import Priority, SlaState, TicketStatus
from desk_app.server.models import Ticket

FIRST_RESPONSE = {Priority.urgent: 15, Priority.high: 60, Priority.normal: 240, Priority.low: 1440}
RESOLUTION = {Priority.urgent: 240, Priority.high: 1440, Priority.normal: 4320, Priority.low: 10080}
NEAR_WINDOW = timedelta(minutes=30)
STOPPED = {TicketStatus.resolved, TicketStatus.closed}


def due_times(created_at: datetime, priority: Priority, vip_tier: int) -> tuple[datetime, datetime]:
    """VIP tier 3 and above get half the time."""
    factor = 0.5 if vip_tier >= 3 else 1.0
    return (
        created_at + timedelta(minutes=FIRST_RESPONSE[priority] * factor),
        created_at + timedelta(minutes=RESOLUTION[priority] * factor),
    )


def state(status: str, first_response_due: datetime | None, first_responded_at: datetime | None,
          resolution_due: datetime | None, resolved_at: datetime | None, now: datetime) -> SlaState:
    """The running clock nearest to breach decides; a clock that stopped late counts as breached."""
    clocks: list[tuple[datetime, datetime | None]] = []
    if first_response_due:
        clocks.append((first_response_due, first_responded_at))
    if resolution_due:
        stopped = resolved_at if TicketStatus(status) in STOPPED else None
        clocks.append((resolution_due, stopped))
    worst = SlaState.met
    for due, stopped_at in clocks:
        if stopped_at is not None:
            if stopped_at > due:
                return SlaState.breached
            continue
        if TicketStatus(status) in STOPPED:
            continue
        if now >= due:
            return SlaState.breached
        if due - now <= NEAR_WINDOW:
            worst = SlaState.near
        elif worst is SlaState.met:
            worst = SlaState.ok
    return worst


def breached(now: datetime) -> ColumnElement[bool]:
    """`state(...) is SlaState.breached` as SQL, for the inbox filter; never NULL, so it can be negated."""
    stopped = [s.value for s in STOPPED]
    responded, first_due = Ticket.first_responded_at, Ticket.first_response_due
    resolved, resolution_due = Ticket.resolved_at, Ticket.resolution_due
    return or_(
        and_(responded.is_not(None), first_due.is_not(None), responded > first_due),
        and_(responded.is_(None), first_due.is_not(None), Ticket.status.not_in(stopped), first_due <= now),
        and_(Ticket.status.in_(stopped), resolved.is_not(None), resolution_due.is_not(None),
             resolved > resolution_due),
        and_(Ticket.status.not_in(stopped), resolution_due.is_not(None), resolution_due <= now),
    )
