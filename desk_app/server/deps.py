"""FastAPI dependencies: the request's database session, settings, and the authenticated caller."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Path, Query, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from desk_app.contract import MAX_ID, ErrorCode, Role
from desk_app.server import auth
from desk_app.server.config import Settings
from desk_app.server.db import Database
from desk_app.server.errors import ApiError, forbidden


def get_db(request: Request) -> Database:
    return request.app.state.db


async def get_settings(request: Request) -> Settings:
    """Async, so FastAPI runs it inline rather than on a worker thread (#7: every request pays for a hop)."""
    return request.app.state.settings


def get_session(request: Request) -> Iterator[Session]:
    """One session per request; handlers commit what they write, anything else is rolled back."""
    db: Database = request.app.state.db
    with db._maker(write=request.method not in ("GET", "HEAD"))() as session:
        yield session


DbSession = Annotated[Session, Depends(get_session)]
AppSettings = Annotated[Settings, Depends(get_settings)]
# Ids in paths and queries: out of range is a 422 naming the parameter, never an overflow in the driver.
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]
QueryId = Annotated[int | None, Query(ge=1, le=MAX_ID)]
NO_NUL = r"^[^\x00]*$"  # text parameters: PostgreSQL cannot compare with a NUL, SQLite stops reading at one


def _bearer(authorization: str | None) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, ErrorCode.unauthenticated, "Sign in to continue",
                       headers={"WWW-Authenticate": "Bearer"})
    return token.strip()


def current_caller(session: DbSession, authorization: Annotated[str | None, Header()] = None) -> auth.Caller:
    return auth.authenticate(session, _bearer(authorization))


CurrentCaller = Annotated[auth.Caller, Depends(current_caller)]


@dataclass
class Access:
    """A request's session and its authenticated caller; the route closes it (`with access:`)."""

    session: Session
    caller: auth.Caller
    closed: bool = False

    def __enter__(self) -> Access:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.closed = True
        self.session.close()  # anything the route did not commit is rolled back here


def _open(db: Database, token: str, write: bool) -> Access:
    session = db._maker(write=write)()
    try:
        return Access(session, auth.authenticate(session, token))
    except BaseException:
        session.close()
        raise


@asynccontextmanager
async def _access(request: Request, authorization: str | None, write: bool) -> AsyncIterator[Access]:
    """DbSession + CurrentCaller in one worker-thread hop instead of three (#7).

    The bearer is checked against the database on every request, as `current_caller` does, and before the
    route's parameters are validated (an unauthenticated request gets 401, never a 422). A sync route then
    does its work and closes the session in its own hop (`with access:`); only if the route never ran (its
    parameters were refused) is the session closed here.
    """
    access = await run_in_threadpool(_open, request.app.state.db, _bearer(authorization), write)
    try:
        yield access
    finally:
        if not access.closed:
            await run_in_threadpool(access.session.close)


async def read_access(request: Request, authorization: Annotated[str | None, Header()] = None
                      ) -> AsyncIterator[Access]:
    """For hot read routes: a reader's session (on SQLite, one that never takes the write lock)."""
    async with _access(request, authorization, write=False) as access:
        yield access


async def write_access(request: Request, authorization: Annotated[str | None, Header()] = None
                       ) -> AsyncIterator[Access]:
    """For hot write routes: a writer's session; the route commits what it writes before `with access:` ends."""
    async with _access(request, authorization, write=True) as access:
        yield access


ReadAccess = Annotated[Access, Depends(read_access)]
WriteAccess = Annotated[Access, Depends(write_access)]


def require(caller: auth.Caller, *roles: Role) -> None:
    if not caller.has(*roles):
        raise forbidden()


def integration(request: Request, x_integration_key: Annotated[str | None, Header()] = None) -> None:
    """Channel gateways and the exchange's systems authenticate with the integration key."""
    import secrets

    expected: str = request.app.state.settings.integration_key
    if not expected or not x_integration_key or not secrets.compare_digest(expected, x_integration_key):
        raise ApiError(401, ErrorCode.integration_key_invalid, "A valid X-Integration-Key is required")


Integration = Depends(integration)
