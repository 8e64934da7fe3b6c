"""Sign-in, token refresh, step-up and sign-out."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from desk_app import contract as c
from desk_app.server import auth
from desk_app.server.deps import AppSettings, CurrentCaller, DbSession, get_db
from desk_app.server.errors import ApiError
from desk_app.server.models import Agent, utcnow

router = APIRouter(tags=["auth"])


def agent_out(agent: Agent) -> c.AgentOut:
    return c.AgentOut(id=agent.id, username=agent.username, display_name=agent.display_name,
                      roles=[c.Role(r) for r in agent.roles], locale=agent.locale)


def _answer(agent: Agent, tokens: auth.IssuedTokens, settings: AppSettings) -> c.LoginResponse:
    return c.LoginResponse(access_token=tokens.access_token, refresh_token=tokens.refresh_token,
                           expires_in=tokens.expires_in, agent=agent_out(agent),
                           idle_lock_seconds=settings.idle_lock_seconds)


@router.post("/auth/login", response_model=c.LoginResponse)
def login(body: c.LoginRequest, request: Request, session: DbSession, settings: AppSettings) -> c.LoginResponse:
    try:
        agent, tokens = auth.login(session, body.username, body.password, body.totp, settings)
    except ApiError as exc:
        session.rollback()
        if exc.code in (c.ErrorCode.invalid_credentials, c.ErrorCode.totp_reused):
            with get_db(request).session() as failures:
                auth.record_failure(failures, body.username)
        raise
    session.commit()
    return _answer(agent, tokens, settings)


@router.post("/auth/refresh", response_model=c.LoginResponse)
def refresh(body: c.RefreshRequest, session: DbSession, settings: AppSettings) -> c.LoginResponse:
    try:
        agent, tokens = auth.refresh(session, body.refresh_token, settings)
    except ApiError:
        session.commit()  # a reused refresh token ended its sign-in's sessions: that must stand
        raise
    session.commit()
    return _answer(agent, tokens, settings)


@router.post("/auth/step-up", response_model=c.StepUpResponse)
def step_up(body: c.StepUpRequest, request: Request, session: DbSession, caller: CurrentCaller,
            settings: AppSettings) -> c.StepUpResponse:
    """Prove the second factor again, for approvals and reveals."""
    username = caller.agent.username
    try:
        auth.step_up(session, caller, body.totp, settings)
    except ApiError as exc:
        session.rollback()
        if exc.code in (c.ErrorCode.invalid_credentials, c.ErrorCode.totp_reused):
            with get_db(request).session() as failures:
                auth.record_failure(failures, username)
        raise
    session.commit()
    return c.StepUpResponse(step_up_valid_for=settings.step_up_seconds)


@router.post("/auth/logout", status_code=204)
def logout(session: DbSession, caller: CurrentCaller) -> Response:
    caller.auth_session.revoked_at = utcnow()
    session.commit()
    return Response(status_code=204)


@router.get("/auth/me", response_model=c.AgentOut)
def me(caller: CurrentCaller) -> c.AgentOut:
    return agent_out(caller.agent)
