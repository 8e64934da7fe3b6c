"""Merging a duplicate ticket into another of the same customer (#13).

Everything that belongs to the duplicate moves to the target: its messages and notes, and the rows
of every other table that points at tickets (attachments and whatever else later areas add), except
presence and security action requests, which stay where they were made. Tags are united. The duplicate
is closed with a link to the target; both sides are audited, and both are announced.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Table, select, update
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import audit, events, sla
from desk_app.server.errors import ApiError, conflict, not_found
from desk_app.server.models import Base, Message, Ticket, utcnow

STAYS = {"ticket_presence", "action_requests", "tickets"}  # tables whose ticket rows do not move


def _ticket_references() -> list[tuple[Table, Column[Any]]]:
    """Every (table, column) with a foreign key to tickets.id, other than those in STAYS."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in STAYS:
            continue
        for column in table.columns:
            if any(fk.column.table.name == "tickets" and fk.column.name == "id" for fk in column.foreign_keys):
                found.append((table, column))
    return found


def _locked(session: Session, *ids: int) -> dict[int, Ticket]:
    """The tickets, row-locked in id order on PostgreSQL (SQLite writers hold the database lock)."""
    rows = session.scalars(select(Ticket).where(Ticket.id.in_(sorted(ids))).order_by(Ticket.id).with_for_update())
    return {t.id: t for t in rows}


def merged_error(into: int) -> ApiError:
    """The refusal of a reply, note, upload or change on a ticket that was merged into `into`."""
    return conflict(c.ErrorCode.ticket_merged, f"This ticket was merged into #{into}; continue there")


def refuse_if_merged(ticket: Ticket) -> None:
    """A merged ticket is closed for good: its conversation continues in the ticket it went into."""
    if ticket.merged_into_id is not None:
        raise merged_error(ticket.merged_into_id)


def final_target(session: Session, ticket: Ticket) -> Ticket:
    """The ticket a merged one's conversation continues in (following merges of merges, a few deep)."""
    for _ in range(10):
        if ticket.merged_into_id is None:
            break
        found = session.get(Ticket, ticket.merged_into_id)
        if found is None:
            break
        ticket = found
    return ticket


def check(source: Ticket | None, target: Ticket | None, into: int, version: int | None) -> None:
    """Raise the refusal a merge of source into target gets, if any."""
    if source is None:
        raise not_found("Ticket")
    if into == source.id:
        raise ApiError(422, c.ErrorCode.merge_into_itself, "A ticket cannot be merged into itself", "into")
    if target is None:
        raise ApiError(422, c.ErrorCode.validation_error, "The target ticket does not exist", "into")
    if version is not None and version != source.version:
        raise conflict(c.ErrorCode.version_conflict, "Someone else changed this ticket since you opened it")
    if source.merged_into_id is not None:
        raise conflict(c.ErrorCode.already_merged, f"This ticket was already merged into #{source.merged_into_id}")
    if target.customer_id != source.customer_id:
        raise conflict(c.ErrorCode.merge_customer_mismatch,
                       "Only tickets of the same customer can be merged")
    if target.merged_into_id is not None or target.status == c.TicketStatus.closed:
        raise conflict(c.ErrorCode.merge_target_closed,
                       "The target ticket is closed or was itself merged; choose an open ticket")


def merge(session: Session, source_id: int, into: int, version: int | None, actor: str) -> int:
    """Merge and commit; answers how many messages moved."""
    tickets = _locked(session, source_id, into)
    source, target = tickets.get(source_id), tickets.get(into)
    check(source, target, into, version)
    assert source is not None and target is not None
    now = utcnow()
    moved_messages = 0
    moved: dict[str, int] = {}
    for table, column in _ticket_references():
        result = session.execute(update(table).where(column == source.id).values({column.name: target.id}))
        if result.rowcount:
            moved[table.name] = result.rowcount
        if table.name == Message.__tablename__:
            moved_messages = result.rowcount
    tags = list(dict.fromkeys([*(target.tags or []), *(source.tags or [])]))[:c.MAX_TAGS]
    target_values: dict[str, Any] = {"message_count": Ticket.message_count + moved_messages, "updated_at": now}
    if tags != (target.tags or []):
        target_values.update(tags=tags, version=Ticket.version + 1)
    session.execute(update(Ticket).where(Ticket.id == target.id).values(**target_values)
                    .execution_options(synchronize_session=False))
    source_values: dict[str, Any] = {"status": c.TicketStatus.closed.value, "merged_into_id": target.id,
                                     "tags": [], "message_count": 0, "updated_at": now,
                                     "version": source.version + 1}
    if source.resolved_at is None:
        source_values["resolved_at"] = now
    source_values.update(sla.status_change(source.status, c.TicketStatus.closed.value, source.sla_paused_at,
                                           source.resolution_due, now))  # #10: its resolution clock stops
    session.execute(update(Ticket).where(Ticket.id == source.id).values(**source_values)
                    .execution_options(synchronize_session=False))
    audit.append(session, actor, "ticket.merged", ticket_id=source.id, customer_id=source.customer_id,
                 details={"into": target.id, "moved": moved, "status": [source.status, c.TicketStatus.closed.value]})
    audit.append(session, actor, "ticket.merged_in", ticket_id=target.id, customer_id=target.customer_id,
                 details={"from": source.id, "moved": moved, "tags_added": [t for t in tags if t not in target.tags]})
    events.publish(session, "ticket.updated", ticket_id=source.id, customer_id=source.customer_id,
                   data={"version": source.version + 1, "fields": ["merged_into_id", "status", "tags"],
                         "merged_into": target.id})
    events.publish(session, "ticket.updated", ticket_id=target.id, customer_id=target.customer_id,
                   data={"fields": ["message_count", "tags"], "merged_from": source.id})
    for ticket in (source, target):  # open conversations of either ticket reload
        events.publish(session, "message.created", ticket_id=ticket.id, customer_id=ticket.customer_id,
                       data={"moved_from": source.id, "moved_to": target.id, "count": moved_messages})
    session.commit()
    session.expire_all()
    return moved_messages
