"""Bulk triage and merging duplicates (#13)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import bulk, merge
from desk_app.server.deps import CurrentCaller, DbSession, PathId
from desk_app.server.routers.tickets import _base, summary

router = APIRouter(tags=["tickets"])


def _summaries(session: Session, ids: list[int]) -> list[c.TicketSummary]:
    from desk_app.server.models import Ticket

    if not ids:
        return []
    rows = session.execute(_base().where(Ticket.id.in_(ids)).order_by(Ticket.id.desc())).all()
    return [summary(*row) for row in rows]


@router.post("/tickets/bulk", response_model=c.BulkResult)
def bulk_change(body: c.BulkRequest, session: DbSession, caller: CurrentCaller) -> c.BulkResult:
    """One change to up to 200 tickets, each at the version the client saw; refusals are listed per ticket."""
    changed, unchanged, refused = bulk.apply(session, body, caller.actor)
    return c.BulkResult(changed=len(changed), unchanged=unchanged, refused=refused,
                        tickets=_summaries(session, changed))


@router.post("/tickets/{ticket_id}/merge", response_model=c.MergeResult)
def merge_ticket(ticket_id: PathId, body: c.MergeRequest, session: DbSession, caller: CurrentCaller) -> c.MergeResult:
    """Merge this ticket into `into` (same customer, open): its messages, notes, files and tags move."""
    moved = merge.merge(session, ticket_id, body.into, body.version, caller.actor)
    merged, target = (_summaries(session, [ticket_id]) + _summaries(session, [body.into]))
    return c.MergeResult(merged=merged, target=target, moved_messages=moved)
