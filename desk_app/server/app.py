"""The FastAPI application: routers, error handling, request limits, and the background sweeper."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desk_app import __version__
from desk_app.contract import API_PREFIX, ErrorCode, ErrorResponse
from desk_app.server import actions, admission, attachments, errors, presence, stats_cache, storage, trends
from desk_app.server.config import Settings
from desk_app.server.db import Database
from desk_app.server.errors import error_body
from desk_app.server.events import EventHub
from desk_app.server.executors import BuiltinExecutor, Executor, WebhookExecutor
from desk_app.server.routers import actions as actions_router
from desk_app.server.routers import attachments as attachments_router
from desk_app.server.routers import audit, auth, customers, events, history, inbound, supervision, tickets, triage
from desk_app.server.routers import csat as csat_router
from desk_app.server.routers import escalations as escalations_router  # #9
from desk_app.server.routers import incident as incident_router
from desk_app.server.routers import kb as kb_router
from desk_app.server.routers import macros as macros_router
from desk_app.server.routers import presence as presence_router
from desk_app.server.routers import workspace as workspace_router  # #7

log = logging.getLogger(__name__)
# Documented on every route, so clients and schema checks know the one error shape (errors.py).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ErrorResponse, "description": "An error: a stable code, a message, the field at fault"},
}


class BodyLimit:
    """Refuse request bodies over a limit with 413, before they are read into memory."""

    def __init__(self, app: ASGIApp, limit: int, larger: Callable[[str], int | None] | None = None) -> None:
        """`larger(path)` may allow a route more (#13: attachments); None keeps `limit`."""
        self.app, self.limit, self.larger = app, limit, larger

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = (self.larger(scope.get("path", "")) if self.larger else None) or self.limit
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return await self._too_large(send, limit)
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _TooLarge(limit)
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await self._too_large(send, limit)

    async def _too_large(self, send: Send, limit: int) -> None:
        from starlette.responses import JSONResponse

        response = JSONResponse(error_body(ErrorCode.payload_too_large,
                                           f"The request body is over {limit} bytes"), 413)
        await response({"type": "http"}, _no_receive, send)


class _TooLarge(StarletteHTTPException):
    """Raised while the body is read; an HTTPException, so FastAPI's body parsing passes it on as a 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is over {limit} bytes")


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


def _sweep(db: Database, executor: Executor, settings: Settings, store: storage.BlobStore) -> None:
    with db.session() as session:
        actions.sweep(session)
    actions.resume(db, executor, settings)  # calls to the account system a crashed process left unrecorded
    with db.session() as session:  # #13: presence whose heartbeats stopped is announced as gone
        presence.sweep(session)
    trends.sweep(db)  # #10: a category rising far above its usual level alerts supervisors; one process checks
    stats_cache.refresh(db)  # #10: the dashboard's periods, recomputed on a thread of their own
    with db.session() as session:  # uploads no message carried within a day (by default) are deleted
        attachments.sweep_unsent(session, store, settings.unsent_upload_ttl_seconds)


async def _sweeper(db: Database, every: float, executor: Executor, settings: Settings, app: FastAPI) -> None:
    while True:
        await asyncio.sleep(every)
        try:
            await run_in_threadpool(_sweep, db, executor, settings, app.state.attachment_store)
        except Exception:  # a locked or restarting database: try again next round
            log.exception("sweep failed")


def make_executor(settings: Settings) -> Executor:
    if settings.webhook_url:
        return WebhookExecutor(settings.webhook_url, settings.webhook_secret, settings.reset_2fa_withdrawal_lock_hours)
    return BuiltinExecutor(settings.reset_2fa_withdrawal_lock_hours)


def attachment_body_limits(settings: Settings) -> Callable[[str], int | None]:
    """#13: an upload's body is one file; an inbound message may carry the allowed files in base64."""
    import re

    upload = re.compile(rf"^{API_PREFIX}/tickets/[^/]+/attachments/?$")
    inbound = f"{API_PREFIX}/inbound/messages"
    file_limit = 2**62  # the upload route counts its own body and answers attachment_too_large
    message_limit = settings.max_request_bytes + settings.attachment_max_count * (
        (settings.attachment_max_bytes + 2) // 3 * 4 + 1_000)

    def larger(path: str) -> int | None:
        if path.rstrip("/") == inbound:
            return message_limit
        return file_limit if upload.match(path) else None

    return larger


def create_app(settings: Settings, db: Database | None = None, sweep_seconds: float = 2.0) -> FastAPI:
    database = db or Database.connect(settings.database_url)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await app.state.hub.start()
        task = asyncio.create_task(_sweeper(database, sweep_seconds, app.state.executor, settings, app))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await app.state.hub.stop()

    app = FastAPI(title="desk_app service", version=__version__, lifespan=lifespan,
                  description="The REST contract of the desk: tickets, masked customers, two-person "
                              "security actions, audit and live events. See docs/api.md.")
    app.state.settings = settings
    app.state.db = database
    app.state.hub = EventHub(database)
    app.state.executor = make_executor(settings)
    # #13: where attachment bytes go; an exchange may put its own BlobStore (storage.py) here instead
    app.state.attachment_store = storage.folder_store(settings.attachments_dir, settings.database_url)
    errors.install(app)
    for module in (auth, triage, tickets, customers, actions_router, audit, events, inbound, incident_router,
                   presence_router, history, attachments_router, csat_router, supervision):
        app.include_router(module.router, prefix=API_PREFIX, responses=ERROR_RESPONSES)
    for module in (kb_router, macros_router, escalations_router):  # #9: knowledge base, macros, escalations
        app.include_router(module.router, prefix=API_PREFIX, responses=ERROR_RESPONSES)
    app.include_router(workspace_router.router, prefix=API_PREFIX, responses=ERROR_RESPONSES)  # #7
    app.add_middleware(admission.WorkGate, limit=settings.max_in_flight,  # type: ignore[arg-type]
                       slow=lambda path: path.startswith(SLOW_PATHS) or path.endswith("/attachments"))
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes,  # type: ignore[arg-type]
                       larger=attachment_body_limits(settings))
    capacity = admission.pool_capacity(database.read_engine, database.write_engine)
    if capacity is not None:  # #7: queue requests at the door rather than deadlock on the pool
        app.add_middleware(admission.ConcurrencyLimit,  # type: ignore[arg-type]
                           limit=capacity - admission.HEADROOM, exempt=(EVENT_STREAM,))
    return app


EVENT_STREAM = f"{API_PREFIX}/events"
SLOW_PATHS = (EVENT_STREAM, f"{API_PREFIX}/attachments/")  # long by nature: streams, file downloads (and uploads)


def openapi(settings: Settings | None = None) -> dict[str, Any]:
    return create_app(settings or Settings(database_url="sqlite://")).openapi()
