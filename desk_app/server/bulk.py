"""Bulk triage (#13): one change applied to many tickets, each under its own optimistic concurrency.

A ticket whose version is not the one the client saw is refused on its own (the others still change);
each change is audited and announced per ticket, exactly as a single PATCH would be.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import audit, events, sla
from desk_app.server.errors import ApiError
from desk_app.server.models import Agent, Ticket, utcnow

CLOSING = (c.TicketStatus.resolved.value, c.TicketStatus.closed.value)


def _new_values(ticket: Ticket, changes: c.BulkChanges) -> dict[str, Any]:
    """The fields of this ticket the change would alter (nothing if it is already as asked)."""
    values: dict[str, Any] = {}
    for name in ("status", "priority", "category"):
        value = getattr(changes, name)
        if value is not None and value.value != getattr(ticket, name):
            values[name] = value.value
    if changes.unassign and ticket.assignee_id is not None:
        values["assignee_id"] = None
    elif changes.assignee_id is not None and changes.assignee_id != ticket.assignee_id:
        values["assignee_id"] = changes.assignee_id
    if changes.add_tags or changes.remove_tags:
        removed = set(changes.remove_tags)
        tags = [t for t in dict.fromkeys([*(ticket.tags or []), *changes.add_tags]) if t not in removed]
        if tags != (ticket.tags or []):
            if len(tags) > c.MAX_TAGS:
                raise _TooManyTags()
            values["tags"] = tags
    return values


class _TooManyTags(Exception):
    pass


def apply(session: Session, request: c.BulkRequest, actor: str) -> tuple[list[int], int, list[c.BulkRefusal]]:
    """Apply and commit; answers the changed ids, how many were already as asked, and the refusals."""
    changes = request.changes
    if changes.assignee_id is not None and not changes.unassign:
        agent = session.get(Agent, changes.assignee_id)
        if agent is None or not agent.active:
            raise ApiError(422, c.ErrorCode.validation_error, "No such agent", "changes.assignee_id")
    wanted: dict[int, int] = {}
    for target in request.tickets:
        wanted.setdefault(target.id, target.version)
    found = {t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_(list(wanted))))}
    changed: list[int] = []
    unchanged = 0
    refused: list[c.BulkRefusal] = []
    now = utcnow()
    for ticket_id, version in wanted.items():
        ticket = found.get(ticket_id)
        if ticket is None:
            refused.append(c.BulkRefusal(id=ticket_id, code=c.ErrorCode.not_found, message="Ticket not found"))
            continue
        if ticket.version != version:
            refused.append(c.BulkRefusal(id=ticket_id, code=c.ErrorCode.version_conflict,
                                         message=f"Someone else changed this ticket (it is now at version "
                                                 f"{ticket.version})"))
            continue
        if ticket.merged_into_id is not None:
            refused.append(c.BulkRefusal(id=ticket_id, code=c.ErrorCode.ticket_merged,
                                         message=f"This ticket was merged into #{ticket.merged_into_id}"))
            continue
        try:
            values = _new_values(ticket, changes)
        except _TooManyTags:
            refused.append(c.BulkRefusal(id=ticket_id, code=c.ErrorCode.validation_error,
                                         message=f"A ticket holds at most {c.MAX_TAGS} tags"))
            continue
        if not values:
            unchanged += 1
            continue
        before = {name: getattr(ticket, name) for name in values}
        row: dict[str, Any] = {**values, "updated_at": now, "version": version + 1}
        if values.get("status") in CLOSING and ticket.resolved_at is None:
            row["resolved_at"] = now
        elif "status" in values and values["status"] not in CLOSING:
            row["resolved_at"] = None
        if "status" in values:  # #10: the resolution clock stops, or runs again with its due time moved on
            row.update(sla.status_change(ticket.status, values["status"], ticket.sla_paused_at,
                                         ticket.resolution_due, now))
        result = session.execute(update(Ticket).where(Ticket.id == ticket_id, Ticket.version == version)
                                 .values(**row).execution_options(synchronize_session=False))
        if result.rowcount != 1:  # written by someone else between our read and our write
            refused.append(c.BulkRefusal(id=ticket_id, code=c.ErrorCode.version_conflict,
                                         message="Someone else changed this ticket"))
            continue
        audit.append(session, actor, "ticket.updated", ticket_id=ticket_id, customer_id=ticket.customer_id,
                     details={"changes": {k: [before[k], v] for k, v in values.items()}, "bulk": True})
        events.publish(session, "ticket.updated", ticket_id=ticket_id, customer_id=ticket.customer_id,
                       data={"version": version + 1, "fields": sorted(values)})
        changed.append(ticket_id)
    session.commit()
    session.expire_all()
    return changed, unchanged, refused
