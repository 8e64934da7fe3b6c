"""`POST /inbound/csat`: the exchange's systems pass on a customer's rating (integration key)."""

from __future__ import annotations

from fastapi import APIRouter

from desk_app import contract as c
from desk_app.server import csat
from desk_app.server.deps import DbSession, Integration

router = APIRouter(tags=["inbound"], dependencies=[Integration])


@router.post("/inbound/csat", response_model=c.CsatResult)
def rate_ticket(body: c.CsatRating, session: DbSession) -> c.CsatResult:
    """Rate a resolved or closed ticket 1-5; a later rating replaces the earlier one."""
    result = csat.rate(session, body)
    session.commit()
    return result
