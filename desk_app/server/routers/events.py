"""The server-sent event stream and the health check."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import text

from desk_app import __version__
from desk_app import contract as c
from desk_app.server import events
from desk_app.server.deps import AppSettings, CurrentCaller, DbSession, _bearer

router = APIRouter(tags=["events"])


@router.get("/events", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}, "description": "A stream of EventOut"}})
def event_stream(request: Request, session: DbSession, caller: CurrentCaller, settings: AppSettings,
                 authorization: Annotated[str | None, Header()] = None,
                 last_event_id: Annotated[str | None, Header(max_length=20)] = None,
                 after: Annotated[int | None, Query(ge=0, le=c.MAX_ID)] = None) -> StreamingResponse:
    """Everything that changed after `Last-Event-ID` (or `after`), then live; without either, from now."""
    start = after if after is not None else (
        int(last_event_id) if last_event_id and last_event_id.isdigit() and int(last_event_id) <= c.MAX_ID
        else events.latest_id(session))
    session.close()
    body = events.stream(request.app.state.hub, {r.value for r in caller.roles}, start, _bearer(authorization),
                         recheck_seconds=settings.events_recheck_seconds)
    return StreamingResponse(body, media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


@router.get("/healthz", response_model=c.Health)
def healthz(session: DbSession) -> c.Health:
    session.execute(text("SELECT 1"))
    return c.Health(status="ok", database=session.get_bind().dialect.name, version=__version__)
