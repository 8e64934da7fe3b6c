"""The incident record of a customer under a takeover case: one read-only call for the whole timeline."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from desk_app import contract as c
from desk_app.server import incident
from desk_app.server.deps import AppSettings, CurrentCaller, DbSession, PathId, require
from desk_app.server.errors import not_found
from desk_app.server.models import Customer

router = APIRouter(tags=["customers"])

INCIDENT_ROLES = (c.Role.security_agent, c.Role.supervisor, c.Role.admin)


@router.get("/customers/{customer_id}/incident", response_model=c.IncidentRecord)
def get_incident(
    customer_id: PathId,
    session: DbSession,
    caller: CurrentCaller,
    settings: AppSettings,
    since: Annotated[datetime | None, Query(description="Start of the timeline; default 30 days ago")] = None,
) -> c.IncidentRecord:
    """Risk signals, messages, security actions and decisions, reveals and status changes, in time order,
    with customer data masked. Building it changes nothing and writes no audit entry."""
    require(caller, *INCIDENT_ROLES)
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise not_found("Customer")
    return incident.build(session, customer, caller.actor, since, settings.large_withdrawal_usd)
