"""Reading and verifying the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from desk_app import contract as c
from desk_app.server import audit
from desk_app.server.deps import NO_NUL, CurrentCaller, DbSession, QueryId
from desk_app.server.errors import ApiError, forbidden
from desk_app.server.models import AuditLog

router = APIRouter(tags=["audit"])
DESK_WIDE = (c.Role.supervisor, c.Role.admin)


@router.get("/audit", response_model=c.AuditPage)
def read_audit(session: DbSession, caller: CurrentCaller, customer_id: QueryId = None,
               ticket_id: QueryId = None, actor: Annotated[str | None, Query(max_length=80, pattern=NO_NUL)] = None,
               limit: Annotated[int, Query(ge=1, le=500)] = 100,
               cursor: Annotated[str | None, Query(max_length=20)] = None) -> c.AuditPage:
    """Security agents read a customer's or a ticket's trail; supervisors and admins the whole desk."""
    scoped = customer_id is not None or ticket_id is not None
    if not (caller.has(*DESK_WIDE) or (scoped and caller.has(c.Role.security_agent))):
        raise forbidden("Your role may not read this audit trail")
    query = select(AuditLog)
    if customer_id is not None:
        query = query.where(AuditLog.customer_id == customer_id)
    if ticket_id is not None:
        query = query.where(AuditLog.ticket_id == ticket_id)
    if actor is not None:
        query = query.where(AuditLog.actor == actor)
    if cursor is not None:
        if not cursor.isdigit() or len(cursor) > 18:
            raise ApiError(422, c.ErrorCode.validation_error, "The cursor is not one this service gave out", "cursor")
        query = query.where(AuditLog.id < int(cursor))
    rows = session.scalars(query.order_by(AuditLog.id.desc()).limit(limit + 1)).all()
    items = [c.AuditEntry(id=r.id, at=r.at, actor=r.actor, event=r.event, customer_id=r.customer_id,
                          ticket_id=r.ticket_id, action_id=r.action_id, details=r.details, hash=r.hash)
             for r in rows[:limit]]
    return c.AuditPage(items=items, next_cursor=str(items[-1].id) if len(rows) > limit else None)


@router.get("/audit/verify", response_model=c.AuditVerification)
def verify_audit(session: DbSession, caller: CurrentCaller) -> c.AuditVerification:
    if not caller.has(*DESK_WIDE, c.Role.security_agent):
        raise forbidden("Your role may not verify the audit log")
    return audit.verify(session)
