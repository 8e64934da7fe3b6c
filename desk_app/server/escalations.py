"""Escalations to engineering: raised from a ticket with the facts engineers need, updated by engineering,
and heard in every linked ticket's conversation as an internal system note (#9)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import audit, events
from desk_app.server.errors import ApiError, conflict, not_found
from desk_app.server.models import (
    Agent,
    Escalation,
    EscalationAttachment,
    EscalationTicket,
    EscalationUpdate,
    Ticket,
    utcnow,
)
from desk_app.server.routers.tickets import add_message

ENGINEERING = "engineering"  # the actor name of updates made with the engineering key
NOTE_AUTHOR = "Engineering escalation"
MAX_ATTACHMENTS = 10
STATUS_WORDS = {
    c.EscalationStatus.new: "new", c.EscalationStatus.acknowledged: "acknowledged by engineering",
    c.EscalationStatus.investigating: "being investigated", c.EscalationStatus.needs_info: "waiting for more "
    "information from the desk", c.EscalationStatus.fix_in_progress: "being fixed",
    c.EscalationStatus.fixed: "fixed", c.EscalationStatus.wont_fix: "closed without a fix",
}


def load(session: Session, escalation_id: int) -> Escalation:
    found = session.get(Escalation, escalation_id)
    if found is None:
        raise not_found("Escalation")
    return found


def ticket_ids(session: Session, escalation_id: int) -> list[int]:
    return list(session.scalars(select(EscalationTicket.ticket_id)
                                .where(EscalationTicket.escalation_id == escalation_id).order_by(EscalationTicket.id)))


def out(session: Session, row: Escalation) -> c.EscalationOut:
    creator = session.get(Agent, row.created_by)
    files = session.scalars(select(EscalationAttachment).where(EscalationAttachment.escalation_id == row.id)
                            .order_by(EscalationAttachment.id))
    history = session.scalars(select(EscalationUpdate).where(EscalationUpdate.escalation_id == row.id)
                              .order_by(EscalationUpdate.id))
    return c.EscalationOut(
        id=row.id, summary=row.summary, severity=c.EscalationSeverity(row.severity),
        status=c.EscalationStatus(row.status), steps=row.steps, tx_ids=row.tx_ids or [],
        order_ids=row.order_ids or [], assets=row.assets or [], ticket_ids=ticket_ids(session, row.id),
        engineering_ref=row.engineering_ref, created_by_name=creator.display_name if creator else "",
        created_at=row.created_at, updated_at=row.updated_at, version=row.version,
        attachments=[attachment_out(f) for f in files],
        history=[c.EscalationUpdateOut(at=h.at, actor=h.actor, status=c.EscalationStatus(h.status), note=h.note)
                 for h in history])


def attachment_out(row: EscalationAttachment) -> c.EscalationAttachmentOut:
    return c.EscalationAttachmentOut(id=row.id, filename=row.filename, content_type=row.content_type, size=row.size,
                                     sha256=row.sha256, uploaded_by=row.uploaded_by, created_at=row.created_at)


def _tickets(session: Session, ids: Iterable[int]) -> list[Ticket]:
    wanted = list(dict.fromkeys(ids))
    found = {t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_(wanted)))}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise ApiError(422, c.ErrorCode.validation_error, f"No such ticket: {missing[0]}", "linked_ticket_ids")
    return [found[i] for i in wanted]


def _tell(session: Session, tickets: Iterable[Ticket], text: str, code: str, params: dict[str, str]) -> None:
    """An internal system note in each ticket's conversation: agents see it, the customer does not.

    `text` is the English body; `code` and `params` let a desk word it in the agent's language."""
    for ticket in tickets:
        add_message(session, ticket, body=text, internal=True, author_kind=c.AuthorKind.system,
                    author_name=NOTE_AUTHOR, author_agent_id=None, system_code=code, system_params=params)


def _params(row: Escalation, **more: str) -> dict[str, str]:
    return {"escalation_id": str(row.id), "severity": row.severity, "summary": row.summary, **more}


def _headline(row: Escalation) -> str:
    return f"#{row.id} ({row.severity}): {row.summary}"


def create(session: Session, actor: Agent, body: c.EscalationCreate) -> Escalation:
    tickets = _tickets(session, [body.ticket_id, *body.linked_ticket_ids])
    now = utcnow()
    row = Escalation(summary=body.summary, severity=body.severity.value, status=c.EscalationStatus.new.value,
                     steps=body.steps, tx_ids=list(dict.fromkeys(body.tx_ids)),
                     order_ids=list(dict.fromkeys(body.order_ids)),
                     assets=list(dict.fromkeys(a.upper() for a in body.assets)),
                     created_by=actor.id, created_at=now, updated_at=now, version=1)
    session.add(row)
    session.flush()
    session.add(EscalationUpdate(escalation_id=row.id, at=now, actor=actor.username,
                                 status=row.status, note="Escalated to engineering"))
    session.add_all(EscalationTicket(escalation_id=row.id, ticket_id=t.id, linked_by=actor.id, linked_at=now)
                    for t in tickets)
    session.flush()
    _tell(session, tickets, f"Escalated to engineering by {actor.display_name} as {_headline(row)}",
          "escalation_created", _params(row, actor=actor.display_name))
    audit.append(session, actor.username, "escalation.created", ticket_id=body.ticket_id,
                 details={"escalation_id": row.id, "severity": row.severity, "tickets": [t.id for t in tickets]})
    events.publish(session, "escalation.updated", ticket_id=body.ticket_id, data={"escalation_id": row.id})
    return row


def link(session: Session, actor: Agent, row: Escalation, ticket_id: int) -> None:
    """Links one more ticket about the same problem; linking it again changes nothing."""
    if ticket_id in ticket_ids(session, row.id):
        return
    ticket = _tickets(session, [ticket_id])[0]
    session.add(EscalationTicket(escalation_id=row.id, ticket_id=ticket_id, linked_by=actor.id))
    session.flush()
    _tell(session, [ticket], f"Linked by {actor.display_name} to engineering escalation {_headline(row)}; "
                             f"it is {STATUS_WORDS[c.EscalationStatus(row.status)]}",
          "escalation_linked", _params(row, actor=actor.display_name, status=row.status))
    audit.append(session, actor.username, "escalation.linked", ticket_id=ticket_id,
                 details={"escalation_id": row.id})
    events.publish(session, "escalation.updated", ticket_id=ticket_id, data={"escalation_id": row.id})


def apply_patch(session: Session, row: Escalation, patch: c.EscalationPatch) -> None:
    """Engineering's change: a new status or note reaches every linked ticket's conversation."""
    if patch.version is not None and patch.version != row.version:
        raise conflict(c.ErrorCode.version_conflict, "The escalation changed since you read it; read it again")
    status = patch.status or c.EscalationStatus(row.status)
    changed = status.value != row.status
    ref_changed = patch.engineering_ref is not None and patch.engineering_ref != (row.engineering_ref or "")
    if not changed and not patch.note and not ref_changed:
        return
    now, seen = utcnow(), row.version
    values = {"status": status.value, "updated_at": now, "version": seen + 1}
    if ref_changed:
        values["engineering_ref"] = patch.engineering_ref or None
    result = session.execute(update(Escalation).where(Escalation.id == row.id, Escalation.version == seen)
                             .values(**values).execution_options(synchronize_session=False))
    if result.rowcount != 1:
        session.rollback()
        raise conflict(c.ErrorCode.version_conflict, "The escalation changed since you read it; read it again")
    session.add(EscalationUpdate(escalation_id=row.id, at=now, actor=ENGINEERING, status=status.value,
                                 note=patch.note))
    session.flush()
    if changed or patch.note:
        text = f"Engineering escalation #{row.id} is {STATUS_WORDS[status]}"
        if patch.note:
            text += f". Engineering's note: {patch.note}"
        _tell(session, _tickets(session, ticket_ids(session, row.id)), text, "escalation_status",
              {"escalation_id": str(row.id), "status": status.value, "note": patch.note or ""})
    audit.append(session, ENGINEERING, "escalation.updated",
                 details={"escalation_id": row.id, "status": status.value, "note": patch.note[:200]})
    events.publish(session, "escalation.updated", data={"escalation_id": row.id, "status": status.value})
    session.expire_all()


def count_attachments(session: Session, escalation_id: int) -> int:
    return len(list(session.scalars(select(EscalationAttachment.id)
                                    .where(EscalationAttachment.escalation_id == escalation_id))))
