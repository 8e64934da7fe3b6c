"""Tickets and their messages: the inbox views with keyset paging, the workspace, replies and notes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response
from pydantic import TypeAdapter
from sqlalchemy import Row, Select, bindparam, func, select, update
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import (
    attachments,
    audit,
    events,
    idempotency,
    masking,
    merge,
    placeholders,
    risk,
    sla,
    subject_search,
)
from desk_app.server.auth import Caller
from desk_app.server.config import Settings
from desk_app.server.deps import (
    NO_NUL,
    AppSettings,
    CurrentCaller,
    DbSession,
    PathId,
    ReadAccess,
    WriteAccess,
    require,
)
from desk_app.server.errors import ApiError, conflict, not_found
from desk_app.server.models import Agent, CsatRating, Customer, Message, Ticket, utcnow
from desk_app.server.responses import JSON, dict_json, list_json, model_json

router = APIRouter(tags=["tickets"])
MESSAGES = TypeAdapter(list[c.MessageOut])
PAGE = TypeAdapter(c.TicketPage)

ACTIVE = [c.TicketStatus.new, c.TicketStatus.open, c.TicketStatus.pending_customer, c.TicketStatus.pending_approval]
SECURITY_ROLES = (c.Role.security_agent, c.Role.supervisor, c.Role.admin)
AUTHOR_NAME_LENGTH = 120  # Message.author_name's column; a customer's name may be longer (up to 200)


def _base() -> Select[Any]:
    return (select(Ticket, Customer.name, Agent.display_name)
            .join(Customer, Customer.id == Ticket.customer_id)
            .outerjoin(Agent, Agent.id == Ticket.assignee_id))


def summary(ticket: Ticket | Row[Any], customer_name: str, assignee_name: str | None) -> c.TicketSummary:
    return c.TicketSummary(
        id=ticket.id, subject=ticket.subject, customer_id=ticket.customer_id,
        customer_display=masking.name(customer_name), language=c.Language(ticket.language),
        category=c.Category(ticket.category), status=c.TicketStatus(ticket.status),
        priority=c.Priority(ticket.priority), channel=c.Channel(ticket.channel),
        assignee_id=ticket.assignee_id, assignee_name=assignee_name, tags=ticket.tags or [],
        created_at=ticket.created_at, updated_at=ticket.updated_at,
        first_response_due=ticket.first_response_due, resolution_due=ticket.resolution_due,
        first_responded_at=ticket.first_responded_at,
        sla_state=sla.state(ticket.status, ticket.first_response_due, ticket.first_responded_at,
                            ticket.resolution_due, ticket.resolved_at, utcnow(), ticket.sla_paused_at),
        version=ticket.version,
        merged_into_id=ticket.merged_into_id,
        csat_rating=ticket.csat_rating, sla_paused_at=ticket.sla_paused_at,
    )


def _parse_cursor(cursor: str | None) -> int | None:
    if cursor is None:
        return None
    if not cursor.isdigit() or len(cursor) > 18:
        raise ApiError(422, c.ErrorCode.validation_error, "The cursor is not one this service gave out", "cursor")
    return int(cursor)


def _summary_values(row: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    """summary() of a plain row of `_base()` (#7: no ORM objects or Python enums; pydantic validates the page in
    one pass): the row's own columns, its masked customer, assignee and SLA state."""
    return {**row, "customer_display": masking.name(row["name"]), "assignee_name": row["display_name"],
            "tags": row["tags"] or [],
            "sla_state": sla.state(row["status"], row["first_response_due"], row["first_responded_at"],
                                   row["resolution_due"], row["resolved_at"], now, row["sla_paused_at"])}


@router.get("/tickets", response_model=c.TicketPage)
def list_tickets(
    reading: ReadAccess,
    view: c.View = c.View.all,
    status: c.TicketStatus | None = None,
    priority: c.Priority | None = None,
    category: c.Category | None = None,
    language: c.Language | None = None,
    channel: c.Channel | None = None,
    sla_breached: bool | None = None,
    q: Annotated[str | None, Query(max_length=200, pattern=NO_NUL)] = None,
    limit: Annotated[int, Query(ge=1, le=c.MAX_PAGE)] = 50,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
) -> Response:
    """Newest first; the cursor is the last id seen, so new tickets never shift a page being read."""
    with reading:  # authenticated in read_access; the query and the JSON in this one worker-thread hop (#7)
        return _list(reading.session, reading.caller, view, status, priority, category, language, channel,
                     sla_breached, q, limit, cursor)


def _list(session: Session, caller: Caller, view: c.View, status: c.TicketStatus | None, priority: c.Priority | None,
          category: c.Category | None, language: c.Language | None, channel: c.Channel | None,
          sla_breached: bool | None, q: str | None, limit: int, cursor: str | None) -> Response:
    query = _base()
    if view is c.View.mine:
        query = query.where(Ticket.assignee_id == caller.agent.id)
    elif view is c.View.unassigned:
        query = query.where(Ticket.assignee_id.is_(None), Ticket.status.in_(ACTIVE))
    elif view is c.View.security:
        require(caller, *SECURITY_ROLES)
        query = query.where(Ticket.category == c.Category.security)
    elif view is c.View.awaiting_approval:
        query = query.where(Ticket.status == c.TicketStatus.pending_approval)
    for column, value in ((Ticket.status, status), (Ticket.priority, priority), (Ticket.category, category),
                          (Ticket.language, language), (Ticket.channel, channel)):
        if value is not None:
            query = query.where(column == value.value)
    if sla_breached is not None:  # the same rule as each row's sla_state
        breached = sla.breached(utcnow())
        query = query.where(breached if sla_breached else ~breached)
    searched: str | None = None
    dialect = session.get_bind().dialect.name
    if q and q.strip():
        text = q.strip()
        if text.lstrip("#").isdigit() and len(text) < 18:
            query = query.where(Ticket.id == int(text.lstrip("#")))
        else:
            query, searched = subject_search.search(query, text, dialect), text
    order = subject_search.order_column(dialect, searched)  # #7: SQLite walks its subject index newest first
    if (after := _parse_cursor(cursor)) is not None:
        query = query.where(order < after)
    # Plain rows on the session's connection: the same SQL, without building ORM objects (#7).
    rows = session.connection().execute(query.order_by(order.desc()).limit(limit + 1)).mappings().all()
    now = utcnow()
    items = [_summary_values(row, now) for row in rows[:limit]]
    page = PAGE.validate_python({"items": items, "next_cursor": str(items[-1]["id"]) if len(rows) > limit else None})
    return Response(PAGE.dump_json(page), media_type=JSON)


_escape_like = subject_search.escape_like


# #7: the hot reads' statements, built once with their cache keys memoized (no select(...) per request).
ONE = _base().where(Ticket.id == bindparam("ticket_id"))
RATING = select(CsatRating.comment, CsatRating.rated_at).where(CsatRating.ticket_id == bindparam("ticket_id"))
MESSAGE_ROWS = (select(Message.id, Message.ticket_id, Message.author_kind, Message.author_name,
                       func.coalesce(Message.agent_body, Message.body).label("shown_body"), Message.internal,
                       Message.created_at, Message.author_agent_id, Message.system_code, Message.system_params)
                .where(Message.ticket_id == bindparam("ticket_id")).order_by(Message.id).limit(1000))


def load(session: Session, ticket_id: int) -> tuple[Ticket, str, str | None]:
    """The ticket as an ORM object (for code that changes it), its customer's name and its assignee's."""
    row = session.execute(ONE, {"ticket_id": ticket_id}).first()
    if row is None:
        raise not_found("Ticket")
    return row[0], row[1], row[2]


def peek(session: Session, ticket_id: int) -> Row[Any]:
    """The ticket as a plain row for reading (#7: no ORM object): its columns, `name` (the customer's) and
    `display_name` (the assignee's)."""
    row = session.connection().execute(ONE, {"ticket_id": ticket_id}).first()
    if row is None:
        raise not_found("Ticket")
    return row


def detail(session: Session, ticket_id: int, large_usd: int) -> c.TicketDetail:
    ticket = peek(session, ticket_id)
    now = utcnow()
    return detail_of(session, ticket, ticket.name, ticket.display_name,
                     risk.signals(session, ticket.customer_id, now, large_usd), now)


def detail_of(session: Session, ticket: Ticket | Row[Any], name: str, assignee: str | None,
              found: list[c.RiskSignal], now: datetime) -> c.TicketDetail:
    """The detail of a loaded ticket, given its customer's risk signals (the workspace shares them)."""
    rating = session.connection().execute(RATING, {"ticket_id": ticket.id}).first()  # #10
    return c.TicketDetail(**summary(ticket, name, assignee).model_dump(),
                          message_count=ticket.message_count,
                          takeover_signals=risk.takeover_pattern(found, now),
                          csat_comment=rating.comment if rating else None,
                          csat_rated_at=rating.rated_at if rating else None)


@router.get("/tickets/{ticket_id}", response_model=c.TicketDetail)
def get_ticket(ticket_id: PathId, reading: ReadAccess, settings: AppSettings) -> Response:
    with reading:  # authenticated in read_access; the query and the JSON in this one worker-thread hop (#7)
        return model_json(detail(reading.session, ticket_id, settings.large_withdrawal_usd))


@router.patch("/tickets/{ticket_id}", response_model=c.TicketDetail)
def patch_ticket(ticket_id: PathId, patch: c.TicketPatch, access: WriteAccess, settings: AppSettings) -> Response:
    """Optimistic concurrency: the write lands only on the version the client saw."""
    with access:  # authenticated in write_access; the write and the JSON in this one worker-thread hop (#7)
        return model_json(_patch(access.session, access.caller, ticket_id, patch, settings))


def _patch(session: Session, caller: Caller, ticket_id: int, patch: c.TicketPatch,
           settings: Settings) -> c.TicketDetail:
    ticket, _, _ = load(session, ticket_id)
    changes: dict[str, Any] = {}
    for name in ("status", "priority", "category"):
        value = getattr(patch, name)
        if value is not None and value.value != getattr(ticket, name):
            changes[name] = value.value
    if patch.unassign and ticket.assignee_id is not None:
        changes["assignee_id"] = None
    elif patch.assignee_id is not None and patch.assignee_id != ticket.assignee_id:
        if session.get(Agent, patch.assignee_id) is None:
            raise ApiError(422, c.ErrorCode.validation_error, "No such agent", "assignee_id")
        changes["assignee_id"] = patch.assignee_id
    if patch.tags is not None and list(dict.fromkeys(patch.tags)) != ticket.tags:
        changes["tags"] = list(dict.fromkeys(patch.tags))
    if ticket.version != patch.version:
        raise _stale(ticket.version)
    if changes:
        merge.refuse_if_merged(ticket)  # #13: nothing changes on a merged ticket any more
    if not changes:
        return detail(session, ticket_id, settings.large_withdrawal_usd)
    now = utcnow()
    values: dict[str, Any] = {**changes, "updated_at": now, "version": patch.version + 1}
    if changes.get("status") in (c.TicketStatus.resolved, c.TicketStatus.closed) and ticket.resolved_at is None:
        values["resolved_at"] = now
    elif "status" in changes and changes["status"] not in (c.TicketStatus.resolved, c.TicketStatus.closed):
        values["resolved_at"] = None
    if "status" in changes:  # #10: the resolution clock stops or runs again
        values.update(sla.status_change(ticket.status, changes["status"], ticket.sla_paused_at,
                                        ticket.resolution_due, now))
    result = session.execute(update(Ticket).where(Ticket.id == ticket_id, Ticket.version == patch.version)
                             .values(**values).execution_options(synchronize_session=False))
    if result.rowcount != 1:  # someone else wrote between our read and our write
        session.rollback()
        raise _stale(None)
    before = {name: getattr(ticket, name) for name in changes}
    audit.append(session, caller.actor, "ticket.updated", ticket_id=ticket_id, customer_id=ticket.customer_id,
                 details={"changes": {k: [before[k], v] for k, v in changes.items()}})
    events.publish(session, "ticket.updated", ticket_id=ticket_id, customer_id=ticket.customer_id,
                   data={"version": patch.version + 1, "fields": sorted(changes)})
    session.commit()
    session.expire_all()
    return detail(session, ticket_id, settings.large_withdrawal_usd)


def _stale(current: int | None) -> ApiError:
    suffix = f" (it is now at version {current})" if current is not None else ""
    return conflict(c.ErrorCode.version_conflict,
                    f"Someone else changed this ticket since you opened it{suffix}; reload to see their change")


def message_out(message: Message | Row[Any], files: list[c.AttachmentOut] | None = None) -> c.MessageOut:
    return c.MessageOut(id=message.id, ticket_id=message.ticket_id, author_kind=c.AuthorKind(message.author_kind),
                        author_name=message.author_name if message.author_kind != "customer"
                        else masking.name(message.author_name),
                        body=message.shown_body, internal=message.internal, created_at=message.created_at,
                        author_agent_id=message.author_agent_id, attachments=files or [],
                        system_code=message.system_code, system_params=dict(message.system_params or {}))


@router.get("/tickets/{ticket_id}/messages", response_model=list[c.MessageOut])
def list_messages(ticket_id: PathId, reading: ReadAccess) -> Response:
    with reading:  # authenticated in read_access; the queries and the JSON in this one worker-thread hop (#7)
        peek(reading.session, ticket_id)
        return list_json(MESSAGES, messages_of(reading.session, ticket_id))


def messages_of(session: Session, ticket_id: int) -> list[c.MessageOut]:
    """A ticket's first 1,000 messages, oldest first, with their attachments."""
    rows = session.connection().execute(MESSAGE_ROWS, {"ticket_id": ticket_id}).all()  # #7: rows, not objects
    files = attachments.for_messages(session, [m.id for m in rows])  # #13
    return [message_out(m, files.get(m.id)) for m in rows]


def add_message(session: Session, ticket: Ticket, *, body: str, internal: bool, author_kind: c.AuthorKind,
                author_name: str, author_agent_id: int | None, system_code: str | None = None,
                system_params: dict[str, str] | None = None, agent_body: str | None = None) -> Message:
    """Store a message, keep the ticket's counters and SLA clock, and tell listeners.

    A system note also carries its `system_code` and `system_params`, for a desk to word it in its language."""
    now = utcnow()
    author_name = author_name[:AUTHOR_NAME_LENGTH]
    message = Message(ticket_id=ticket.id, author_kind=author_kind.value, author_agent_id=author_agent_id,
                      author_name=author_name, body=body, internal=internal, created_at=now,
                      system_code=system_code, system_params=system_params or None, agent_body=agent_body)
    session.add(message)
    # A message is not an edit of the ticket's fields: only a status change moves its version.
    values: dict[str, Any] = {"message_count": Ticket.message_count + 1, "updated_at": now}
    if author_kind is c.AuthorKind.agent and not internal:
        if ticket.first_responded_at is None:
            values["first_responded_at"] = now
        if ticket.status == c.TicketStatus.new:
            values["status"] = c.TicketStatus.open.value
    if author_kind is c.AuthorKind.customer and ticket.status in (c.TicketStatus.pending_customer,
                                                                  c.TicketStatus.resolved, c.TicketStatus.closed):
        values["status"] = c.TicketStatus.open.value
        values["resolved_at"] = None
        values.update(sla.status_change(ticket.status, values["status"], ticket.sla_paused_at,
                                        ticket.resolution_due, now))  # #10: the resolution clock runs again
    if "status" in values:
        values["version"] = Ticket.version + 1
    session.execute(update(Ticket).where(Ticket.id == ticket.id).values(**values)
                    .execution_options(synchronize_session=False))
    session.flush()
    events.publish(session, "message.created", ticket_id=ticket.id, customer_id=ticket.customer_id,
                   data={"message_id": message.id, "internal": internal})
    return message


@router.post("/tickets/{ticket_id}/messages", response_model=c.MessageOut, status_code=201)
def post_message(ticket_id: PathId, body: c.MessageCreate, request: Request, access: WriteAccess,
                 settings: AppSettings, idempotency_key: Annotated[str | None, Header(max_length=100)] = None
                 ) -> Response:
    """A reply or internal note; with an Idempotency-Key a retried post lands exactly once."""
    with access:  # authenticated in write_access; the write and the JSON in this one worker-thread hop (#7)
        digest = idempotency.request_hash(request.url.path, body)
        answer = idempotency.run_once(access.session, f"agent:{access.caller.agent.id}", idempotency_key, digest,
                                      lambda: _reply(access.session, access.caller, ticket_id, body, settings))
        return dict_json(c.MessageOut, answer, status_code=201)


def _reply(session: Session, caller: Caller, ticket_id: int, body: c.MessageCreate,
           settings: Settings) -> c.MessageOut:
    """A reply (its placeholders filled for the customer) or an internal note, with the agent's uploads."""
    ticket, customer_name, _ = load(session, ticket_id)
    merge.refuse_if_merged(ticket)  # #13: its conversation continues in the ticket it went into
    text, for_agents = body.body, None
    if not body.internal:  # #9: the customer gets their name; agents keep seeing it masked
        filled = placeholders.fill(body.body, customer_name=customer_name, ticket_id=ticket_id,
                                   agent_name=caller.agent.display_name)
        text, for_agents = filled.delivered, filled.for_agents
    if body.seen_up_to is not None and not body.internal:
        _refuse_collision(session, ticket_id, body.seen_up_to, caller.agent.id)
    message = add_message(session, ticket, body=text, internal=body.internal,
                          author_kind=c.AuthorKind.agent, author_name=caller.agent.display_name,
                          author_agent_id=caller.agent.id, agent_body=for_agents)
    files = attachments.link(session, ticket_id, caller.agent.id, body.attachment_ids, message.id,
                             settings.attachment_max_count)  # #13: the agent's uploads go with it
    return message_out(message, files)


def _refuse_collision(session: Session, ticket_id: int, seen_up_to: int, agent_id: int) -> None:
    """#13: another agent replied to the customer after the newest message the sender had seen."""
    theirs = session.scalar(select(Message.id).where(
        Message.ticket_id == ticket_id, Message.id > seen_up_to, Message.author_kind == c.AuthorKind.agent.value,
        Message.internal.is_(False), Message.author_agent_id != agent_id).limit(1))
    if theirs is not None:
        raise conflict(c.ErrorCode.reply_collision,
                       "Another agent replied to the customer after the messages you saw; read their reply first")


@router.get("/agents", response_model=list[c.AgentDirectoryEntry])
def list_agents(session: DbSession, caller: CurrentCaller) -> list[c.AgentDirectoryEntry]:
    """Who a ticket can be assigned to."""
    rows = session.scalars(select(Agent).where(Agent.active).order_by(Agent.display_name))
    return [c.AgentDirectoryEntry(id=a.id, username=a.username, display_name=a.display_name,
                                  roles=[c.Role(r) for r in a.roles]) for a in rows]


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Ticket)) or 0
