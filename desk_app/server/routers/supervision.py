"""The supervisor's figures and the SLA policies: `GET /stats`, `GET/PUT /sla-policies` (#10)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Query

from desk_app import contract as c
from desk_app.server import audit, events, sla_policies, stats, stats_cache
from desk_app.server.deps import CurrentCaller, DbSession, require
from desk_app.server.errors import ApiError
from desk_app.server.models import utcnow

router = APIRouter(tags=["supervision"])
SUPERVISION = (c.Role.supervisor, c.Role.admin)
DEFAULT_PERIOD_DAYS = 7


def _aware(value: datetime, field: str) -> datetime:
    if value.tzinfo is None:
        raise ApiError(422, c.ErrorCode.validation_error, "Give the time zone (e.g. 2026-11-25T00:00:00Z)", field)
    return value.astimezone(UTC)


@router.get("/stats", response_model=c.Stats)
def get_stats(session: DbSession, caller: CurrentCaller,
              since: Annotated[datetime | None, Query(description="Start of the period (default: 7 days ago)")] = None,
              until: Annotated[datetime | None, Query(description="End of the period, exclusive (default: now)")]
              = None) -> c.Stats:
    """Aggregates over [since, until) for supervisors and admins; see docs/api.md for what each counts.

    The last 24 hours, 7, 30 or 90 days may be answered from figures at most a minute old (`generated_at`)."""
    require(caller, *SUPERVISION)
    now = utcnow()
    end = _aware(until, "until") if until is not None else now
    try:
        start = _aware(since, "since") if since is not None else end - timedelta(days=DEFAULT_PERIOD_DAYS)
    except OverflowError:  # `until` at the start of the calendar
        raise ApiError(422, c.ErrorCode.validation_error, "The period starts before year 1", "until") from None
    if start >= end:
        raise ApiError(422, c.ErrorCode.validation_error, "The period must start before it ends", "since")
    if end - start > stats.MAX_PERIOD:
        raise ApiError(422, c.ErrorCode.validation_error, "The period can be 400 days at most", "since")
    key = stats_cache.period_key(start, end, now)  # the dashboard's periods are kept computed
    if key is not None and (hit := stats_cache.cached(key)) is not None:
        return hit
    result = stats.compute(session, start, end, now)
    if key is not None:
        stats_cache.store(key, result, events.latest_id(session))
    return result


@router.get("/sla-policies", response_model=c.SlaPolicies)
def get_policies(session: DbSession, caller: CurrentCaller) -> c.SlaPolicies:
    """The targets new tickets get; every signed-in agent may read them."""
    return sla_policies.out(session)


@router.put("/sla-policies", response_model=c.SlaPolicies)
def put_policies(body: c.SlaPolicyUpdate, session: DbSession, caller: CurrentCaller) -> c.SlaPolicies:
    """Replace the whole set (admins only); tickets already in keep their due times."""
    require(caller, c.Role.admin)
    sla_policies.save(session, body, caller.actor)
    audit.append(session, caller.actor, "sla.policies_updated",
                 details={"policies": [r.model_dump(mode="json") for r in body.policies],
                          "business_hours": body.business_hours.model_dump(mode="json")})
    events.publish(session, "sla.policies_updated")
    session.commit()
    return sla_policies.out(session)
