"""Who else is on a ticket (#13): heartbeats in, the desk's current presence out."""

from __future__ import annotations

from fastapi import APIRouter

from desk_app import contract as c
from desk_app.server import presence
from desk_app.server.deps import AppSettings, CurrentCaller, DbSession, PathId, QueryId
from desk_app.server.routers.tickets import load

router = APIRouter(tags=["presence"])


@router.post("/tickets/{ticket_id}/presence", response_model=c.PresenceList)
def post_presence(ticket_id: PathId, body: c.PresenceUpdate, session: DbSession, caller: CurrentCaller,
                  settings: AppSettings) -> c.PresenceList:
    """A heartbeat (send one every 10-15 s while the ticket is open) or a change of state; answers who is there."""
    ticket, _, _ = load(session, ticket_id)
    presence.update_presence(session, ticket, caller.agent, body.state, settings.presence_ttl_seconds)
    session.commit()
    return c.PresenceList(items=presence.current(session, ticket_id), ttl_seconds=settings.presence_ttl_seconds)


@router.get("/presence", response_model=c.PresenceList)
def get_presence(session: DbSession, caller: CurrentCaller, settings: AppSettings,
                 ticket_id: QueryId = None) -> c.PresenceList:
    """Everyone who has a ticket open now, desk-wide or on one ticket; `presence.changed` events follow."""
    return c.PresenceList(items=presence.current(session, ticket_id), ttl_seconds=settings.presence_ttl_seconds)
