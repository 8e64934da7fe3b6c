"""Customer satisfaction: a rating (1-5 and a comment) for a resolved ticket, from the exchange's systems.

The rules: only a resolved or closed ticket can be rated (409 `not_resolved` otherwise); a later rating
replaces the earlier one (the customer's latest word counts, the audit log keeps every one); the
comment is customer text, so secrets in it are redacted like in any inbound message.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import audit, events, exposure
from desk_app.server.errors import conflict, not_found
from desk_app.server.models import CsatRating, Ticket, utcnow

RATEABLE = {c.TicketStatus.resolved.value, c.TicketStatus.closed.value}


def rate(session: Session, body: c.CsatRating) -> c.CsatResult:
    """Store the rating, mirror it on the ticket and tell listeners; the caller commits."""
    ticket = session.get(Ticket, body.ticket_id, with_for_update=True)  # two ratings at once: one after the other
    if ticket is None:
        raise not_found("Ticket")
    if ticket.status not in RATEABLE:
        raise conflict(c.ErrorCode.not_resolved, "Only a resolved or closed ticket can be rated")
    now = utcnow()
    comment = exposure.redact(body.comment.strip())[0]
    row = session.scalar(select(CsatRating).where(CsatRating.ticket_id == ticket.id))
    replaced = row is not None
    if row is None:
        row = CsatRating(ticket_id=ticket.id, rating=body.rating, comment=comment, rated_at=now, times_rated=1)
        session.add(row)
    else:
        row.rating, row.comment, row.rated_at, row.times_rated = body.rating, comment, now, row.times_rated + 1
    # The rating is not an edit of the ticket's fields: its version stays, as with messages.
    session.execute(update(Ticket).where(Ticket.id == ticket.id).values(csat_rating=body.rating)
                    .execution_options(synchronize_session=False))
    audit.append(session, "integration", "ticket.rated", ticket_id=ticket.id, customer_id=ticket.customer_id,
                 details={"rating": body.rating, "replaced": replaced})
    events.publish(session, "ticket.updated", ticket_id=ticket.id, customer_id=ticket.customer_id,
                   data={"version": ticket.version, "fields": ["csat_rating"]})
    return c.CsatResult(ticket_id=ticket.id, rating=body.rating, rated_at=now, replaced=replaced)
