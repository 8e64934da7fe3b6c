"""Who has a ticket open right now (#13): rows with an expiry, so every service process agrees.

A workstation sends a heartbeat while a ticket is open; a row whose heartbeat stops expires, and the
sweeper of whichever process deletes it first announces that the agent left. A state change (viewing,
typing, left) is announced at once as a `presence.changed` event; heartbeats that change nothing are not.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import events
from desk_app.server.models import Agent, Ticket, TicketPresence, utcnow

EVENT = "presence.changed"


def _announce(session: Session, ticket_id: int, agent_id: int, agent_name: str, state: c.PresenceState,
              customer_id: int | None = None) -> None:
    events.publish(session, EVENT, ticket_id=ticket_id, customer_id=customer_id,
                   data={"agent_id": agent_id, "agent_name": agent_name, "state": state.value})


def update_presence(session: Session, ticket: Ticket, agent: Agent, state: c.PresenceState,
                    ttl_seconds: float) -> None:
    """Record a heartbeat or a change of state, in the caller's transaction (the caller commits)."""
    now = utcnow()
    where = (TicketPresence.ticket_id == ticket.id, TicketPresence.agent_id == agent.id)
    if state is c.PresenceState.left:
        gone = session.execute(delete(TicketPresence).where(*where))
        if gone.rowcount:
            _announce(session, ticket.id, agent.id, agent.display_name, state, ticket.customer_id)
        return
    expires = now + timedelta(seconds=ttl_seconds)
    row = session.scalar(select(TicketPresence).where(*where))
    if row is None:
        try:
            with session.begin_nested():
                session.add(TicketPresence(ticket_id=ticket.id, agent_id=agent.id, state=state.value, since=now,
                                           expires_at=expires))
        except IntegrityError:  # the same agent's other workstation inserted it a moment ago
            row = session.scalar(select(TicketPresence).where(*where))
        else:
            _announce(session, ticket.id, agent.id, agent.display_name, state, ticket.customer_id)
            return
    assert row is not None
    changed = row.state != state.value
    values: dict[str, object] = {"expires_at": expires}
    if changed:
        values.update(state=state.value, since=now)
    session.execute(update(TicketPresence).where(TicketPresence.id == row.id).values(**values)
                    .execution_options(synchronize_session=False))
    if changed:
        _announce(session, ticket.id, agent.id, agent.display_name, state, ticket.customer_id)


def current(session: Session, ticket_id: int | None = None, now: datetime | None = None) -> list[c.PresenceEntry]:
    """Everyone present (on one ticket, or desk-wide), oldest first; expired rows count as gone."""
    query = (select(TicketPresence, Agent.display_name).join(Agent, Agent.id == TicketPresence.agent_id)
             .where(TicketPresence.expires_at > (now or utcnow())))
    if ticket_id is not None:
        query = query.where(TicketPresence.ticket_id == ticket_id)
    rows = session.execute(query.order_by(TicketPresence.since, TicketPresence.id).limit(5000)).all()
    return [c.PresenceEntry(ticket_id=row.ticket_id, agent_id=row.agent_id, agent_name=name,
                            state=c.PresenceState(row.state), since=row.since, expires_at=row.expires_at)
            for row, name in rows]


def sweep(session: Session) -> int:
    """Delete expired presence and announce each departure once, whichever process gets there first."""
    now = utcnow()
    expired = session.execute(
        select(TicketPresence.id, TicketPresence.ticket_id, TicketPresence.agent_id, Agent.display_name)
        .join(Agent, Agent.id == TicketPresence.agent_id)
        .where(TicketPresence.expires_at <= now).order_by(TicketPresence.id).limit(500)).all()
    announced = 0
    for row_id, ticket_id, agent_id, name in expired:
        # Only the process whose delete removed the row announces it: another sweeper gets rowcount 0.
        gone = session.execute(delete(TicketPresence).where(TicketPresence.id == row_id,
                                                            TicketPresence.expires_at <= now))
        if gone.rowcount:
            _announce(session, ticket_id, agent_id, name, c.PresenceState.left)
            announced += 1
    session.commit()
    return announced
