"""Service-level targets: when a ticket's first response and resolution are due, and where it stands.

The rules (#10), one source of truth for the inbox, the ticket and the statistics:
- A clock is breached only when it ends *after* its due time, or is still running *after* it: an answer
  exactly at the due time meets the target.
- The first-response clock runs from creation to the first public agent reply; it never pauses.
- The resolution clock stands still while the ticket waits for the customer or is resolved/closed
  (`PAUSED`, from `sla_paused_at`); when it runs again its due time moves on by the time it stood
  still, so a reopened ticket keeps the time it had left, and a paused clock that was already late
  stays breached.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, or_

from desk_app.contract import Priority, SlaState, TicketStatus
from desk_app.server.models import Ticket

FIRST_RESPONSE = {Priority.urgent: 15, Priority.high: 60, Priority.normal: 240, Priority.low: 1440}
RESOLUTION = {Priority.urgent: 240, Priority.high: 1440, Priority.normal: 4320, Priority.low: 10080}
NEAR_WINDOW = timedelta(minutes=30)
STOPPED = {TicketStatus.resolved, TicketStatus.closed}
PAUSED = {TicketStatus.pending_customer, TicketStatus.resolved, TicketStatus.closed}  # resolution clock
VIP_TIER = 3  # the built-in policy gives this tier and above half the time
MAX_BUSINESS_DAYS = 3_700  # a due time counted in business hours is looked for this many days ahead at most


@dataclass(frozen=True)
class Target:
    """One policy's targets, in minutes."""

    first_response: float
    resolution: float
    business_hours: bool = False


@dataclass(frozen=True)
class Calendar:
    """The desk's working week: days (Monday is 0) and local opening minutes, in one time zone."""

    timezone: str = "UTC"
    days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    start_minute: int = 9 * 60
    end_minute: int = 18 * 60

    def add(self, start: datetime, minutes: float) -> datetime:
        """`minutes` of working time after `start` (UTC), skipping nights and days off."""
        zone = ZoneInfo(self.timezone)
        local = start.astimezone(zone)
        day, remaining = local.date(), timedelta(minutes=minutes)
        cursor = start.astimezone(UTC)
        for _ in range(MAX_BUSINESS_DAYS):
            if day.weekday() in self.days:
                opens = datetime.combine(day, _clock(self.start_minute), zone).astimezone(UTC)
                closes = datetime.combine(day, _clock(self.end_minute), zone).astimezone(UTC)
                begin = max(cursor, opens)
                if begin < closes:
                    if remaining <= closes - begin:
                        return begin + remaining
                    remaining -= closes - begin
            day += timedelta(days=1)
            cursor = datetime.combine(day, time(0), zone).astimezone(UTC)
        return cursor


def _clock(minute: int) -> time:
    return time(minute // 60, minute % 60)


def _builtin() -> dict[tuple[Priority, int], Target]:
    targets = {}
    for priority in Priority:
        targets[(priority, 0)] = Target(FIRST_RESPONSE[priority], RESOLUTION[priority])
        targets[(priority, VIP_TIER)] = Target(FIRST_RESPONSE[priority] / 2, RESOLUTION[priority] / 2)
    return targets


@dataclass(frozen=True)
class Policies:
    """Every target by (priority, lowest VIP tier); a ticket takes the highest tier not above its customer's."""

    targets: Mapping[tuple[Priority, int], Target] = field(default_factory=_builtin)
    calendar: Calendar = field(default_factory=Calendar)

    def target(self, priority: Priority, vip_tier: int) -> Target:
        tiers = [tier for (p, tier) in self.targets if p == priority and tier <= vip_tier]
        if not tiers:  # a policy set always has tier 0 (sla_policies checks); the built-in one as a last resort
            return _builtin()[(priority, 0)]
        return self.targets[(priority, max(tiers))]

    def due(self, created_at: datetime, priority: Priority, vip_tier: int) -> tuple[datetime, datetime]:
        target = self.target(Priority(priority), vip_tier)
        if target.business_hours:
            return (self.calendar.add(created_at, target.first_response),
                    self.calendar.add(created_at, target.resolution))
        return (created_at + timedelta(minutes=target.first_response),
                created_at + timedelta(minutes=target.resolution))


BUILTIN = Policies()


def due_times(created_at: datetime, priority: Priority, vip_tier: int,
              policies: Policies | None = None) -> tuple[datetime, datetime]:
    """The first-response and resolution due times; without `policies`, the built-in ones (VIP tier 3
    and above get half the time). The service passes the stored policies (sla_policies.load)."""
    return (policies or BUILTIN).due(created_at, priority, vip_tier)


def status_change(old: str, new: str, paused_at: datetime | None, resolution_due: datetime | None,
                  now: datetime) -> dict[str, Any]:
    """Column values a status change adds: the resolution clock stops, or runs again with its due time
    moved on by the time it stood still."""
    was, will = TicketStatus(old) in PAUSED, TicketStatus(new) in PAUSED
    if will and not was:
        return {"sla_paused_at": now}
    if was and not will:
        values: dict[str, Any] = {"sla_paused_at": None}
        if paused_at is not None and resolution_due is not None:
            values["resolution_due"] = resolution_due + max(now - paused_at, timedelta(0))
        return values
    return {}


def resolution_stop(status: str, paused_at: datetime | None, resolved_at: datetime | None) -> datetime | None:
    """When the resolution clock stopped, or None while it runs."""
    if TicketStatus(status) in STOPPED:
        return paused_at or resolved_at
    if TicketStatus(status) is TicketStatus.pending_customer:
        return paused_at
    return None


def state(status: str, first_response_due: datetime | None, first_responded_at: datetime | None,
          resolution_due: datetime | None, resolved_at: datetime | None, now: datetime,
          paused_at: datetime | None = None) -> SlaState:
    """The running clock nearest to breach decides; a clock that stopped late counts as breached."""
    clocks: list[tuple[datetime, datetime | None]] = []
    if first_response_due:
        clocks.append((first_response_due, first_responded_at))
    if resolution_due:
        clocks.append((resolution_due, resolution_stop(status, paused_at, resolved_at)))
    worst = SlaState.met
    for due, stopped_at in clocks:
        if stopped_at is not None:
            if stopped_at > due:
                return SlaState.breached
            continue
        if TicketStatus(status) in STOPPED:
            continue
        if now > due:
            return SlaState.breached
        if due - now <= NEAR_WINDOW:
            worst = SlaState.near
        elif worst is SlaState.met:
            worst = SlaState.ok
    return worst


def breached(now: datetime) -> ColumnElement[bool]:
    """`state(...) is SlaState.breached` as SQL, for the inbox filter; never NULL, so it can be negated."""
    stopped = [s.value for s in STOPPED]
    responded, first_due, resolution_due = Ticket.first_responded_at, Ticket.first_response_due, Ticket.resolution_due
    stop = resolution_stop_sql()
    return or_(
        and_(responded.is_not(None), first_due.is_not(None), responded > first_due),
        and_(responded.is_(None), first_due.is_not(None), Ticket.status.not_in(stopped), first_due < now),
        and_(stop.is_not(None), resolution_due.is_not(None), stop > resolution_due),
        and_(stop.is_(None), Ticket.status.not_in(stopped), resolution_due.is_not(None), resolution_due < now),
    )


def resolution_stop_sql() -> ColumnElement[datetime]:
    """`resolution_stop(...)` as SQL."""
    stopped = [s.value for s in STOPPED]
    return case(
        (Ticket.status.in_(stopped), func.coalesce(Ticket.sla_paused_at, Ticket.resolved_at)),
        (Ticket.status == TicketStatus.pending_customer.value, Ticket.sla_paused_at),
        else_=None,
    )
