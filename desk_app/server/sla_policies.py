"""The stored SLA policies: read them for new tickets, show them, and let an admin replace them.

Without stored rows the built-in policy (sla.BUILTIN) applies, so a fresh desk has targets at once.
Changing the policies affects tickets that come in afterwards; tickets keep the due times they got.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import sla
from desk_app.server.errors import ApiError
from desk_app.server.models import SlaCalendar, SlaPolicy, utcnow

CALENDAR_ID = 1


def _minute(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def load(session: Session) -> sla.Policies:
    """The policies new tickets get: the stored ones, else the built-in ones."""
    rows = session.scalars(select(SlaPolicy)).all()
    calendar_row = session.get(SlaCalendar, CALENDAR_ID)
    calendar = sla.Calendar() if calendar_row is None else sla.Calendar(
        calendar_row.timezone, frozenset(calendar_row.days), calendar_row.start_minute, calendar_row.end_minute)
    if not rows:
        return sla.Policies(calendar=calendar)
    targets = {(c.Priority(r.priority), r.vip_tier): sla.Target(r.first_response_seconds / 60,
                                                                 r.resolution_seconds / 60, r.business_hours)
               for r in rows}
    return sla.Policies(targets, calendar)


def due_times(session: Session, created_at: datetime, priority: c.Priority, vip_tier: int) -> tuple[datetime, datetime]:
    """`sla.due_times` under the stored policies."""
    return sla.due_times(created_at, priority, vip_tier, load(session))


def out(session: Session) -> c.SlaPolicies:
    policies = load(session)
    calendar_row = session.get(SlaCalendar, CALENDAR_ID)
    cal = policies.calendar
    rules = [c.SlaPolicyOut(priority=priority, vip_tier=tier, first_response_minutes=t.first_response,
                            resolution_minutes=t.resolution, business_hours=t.business_hours)
             for (priority, tier), t in sorted(policies.targets.items(),
                                               key=lambda kv: (list(c.Priority).index(kv[0][0]), kv[0][1]))]
    return c.SlaPolicies(
        policies=rules,
        business_hours=c.BusinessHoursOut(timezone=cal.timezone, days=sorted(cal.days),
                                          start=_hhmm(cal.start_minute), end=_hhmm(cal.end_minute)),
        updated_at=calendar_row.updated_at if calendar_row else None,
        updated_by=calendar_row.updated_by if calendar_row else None,
    )


def _invalid(message: str, field: str) -> ApiError:
    return ApiError(422, c.ErrorCode.validation_error, message, field)


def validate(update: c.SlaPolicyUpdate) -> None:
    """The rules pydantic cannot say: one rule per (priority, tier), tier 0 for every priority, sane order."""
    seen: set[tuple[c.Priority, int]] = set()
    for i, rule in enumerate(update.policies):
        key = (rule.priority, rule.vip_tier)
        if key in seen:
            raise _invalid(f"Two rules for {rule.priority.value} from VIP tier {rule.vip_tier}", f"policies.{i}")
        seen.add(key)
        if rule.resolution_minutes < rule.first_response_minutes:
            raise _invalid("The resolution target cannot be shorter than the first-response target",
                           f"policies.{i}.resolution_minutes")
    missing = [p.value for p in c.Priority if (p, 0) not in seen]
    if missing:
        raise _invalid(f"Every priority needs a rule for VIP tier 0; missing: {', '.join(missing)}", "policies")
    hours = update.business_hours
    try:
        ZoneInfo(hours.timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise _invalid("Not a time zone name (e.g. Europe/Berlin)", "business_hours.timezone") from None
    if _minute(hours.end) <= _minute(hours.start):
        raise _invalid("Business hours must end after they start", "business_hours.end")


def save(session: Session, update: c.SlaPolicyUpdate, actor: str) -> None:
    """Replace the stored set; the caller commits."""
    validate(update)
    session.execute(delete(SlaPolicy))
    session.add_all(SlaPolicy(priority=r.priority.value, vip_tier=r.vip_tier,
                              first_response_seconds=round(r.first_response_minutes * 60),
                              resolution_seconds=round(r.resolution_minutes * 60), business_hours=r.business_hours)
                    for r in update.policies)
    hours = update.business_hours
    row = session.get(SlaCalendar, CALENDAR_ID) or SlaCalendar(id=CALENDAR_ID)
    row.timezone, row.days = hours.timezone, sorted(set(hours.days))
    row.start_minute, row.end_minute = _minute(hours.start), _minute(hours.end)
    row.updated_at, row.updated_by = utcnow(), actor
    session.add(row)


def seed_builtin(session: Session, actor: str = "demo") -> None:
    """Store the built-in policy as rows (the demo does, so admins see and edit real rows)."""
    rules = [c.SlaPolicyRule(priority=p, vip_tier=tier, first_response_minutes=t.first_response,
                             resolution_minutes=t.resolution, business_hours=t.business_hours)
             for (p, tier), t in sla.BUILTIN.targets.items()]
    save(session, c.SlaPolicyUpdate(policies=rules), actor)
