"""A customer's tickets, for the history in their profile (#13)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from desk_app import contract as c
from desk_app.server.deps import NO_NUL, CurrentCaller, DbSession, PathId
from desk_app.server.errors import not_found
from desk_app.server.models import Customer, Ticket
from desk_app.server.routers.tickets import _base, _escape_like, _parse_cursor, summary

router = APIRouter(tags=["customers"])


@router.get("/customers/{customer_id}/tickets", response_model=c.TicketPage)
def customer_tickets(
    customer_id: PathId, session: DbSession, caller: CurrentCaller,
    q: Annotated[str | None, Query(max_length=200, pattern=NO_NUL)] = None,
    limit: Annotated[int, Query(ge=1, le=c.MAX_PAGE)] = 50,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
) -> c.TicketPage:
    """Every ticket of the customer, newest first, keyset-paged; `q` searches subjects or finds `#id`."""
    if session.get(Customer, customer_id) is None:
        raise not_found("Customer")
    query = _base().where(Ticket.customer_id == customer_id)
    if q and q.strip():
        text = q.strip()
        if text.lstrip("#").isdigit() and len(text) < 18:
            query = query.where(Ticket.id == int(text.lstrip("#")))
        else:
            query = query.where(Ticket.subject.ilike(f"%{_escape_like(text)}%", escape="\\"))
    if (after := _parse_cursor(cursor)) is not None:
        query = query.where(Ticket.id < after)
    rows = session.execute(query.order_by(Ticket.id.desc()).limit(limit + 1)).all()
    items = [summary(*row) for row in rows[:limit]]
    return c.TicketPage(items=items, next_cursor=str(items[-1].id) if len(rows) > limit else None)
