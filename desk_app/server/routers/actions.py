"""Security action requests and their decisions (the two-person rule lives in server/actions.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import actions, idempotency
from desk_app.server.auth import Caller
from desk_app.server.config import Settings
from desk_app.server.deps import (
    Access,
    AppSettings,
    CurrentCaller,
    DbSession,
    PathId,
    QueryId,
    ReadAccess,
    WriteAccess,
    require,
)
from desk_app.server.errors import ApiError, not_found
from desk_app.server.models import ActionRequest
from desk_app.server.responses import dict_json, model_json

router = APIRouter(tags=["actions"])
VIEW_ROLES = (c.Role.security_agent, c.Role.supervisor, c.Role.admin)


@router.post("/actions", response_model=c.ActionOut, status_code=201)
def create_action(body: c.ActionCreate, request: Request, access: WriteAccess, settings: AppSettings,
                  idempotency_key: Annotated[str | None, Header(max_length=100)] = None) -> Response:
    """With an Idempotency-Key, a request re-sent after a lost answer is recorded (and executed) once."""
    with access:  # authenticated in write_access; the write and the JSON in this one worker-thread hop (#7)
        session, caller = access.session, access.caller
        created: list[tuple[ActionRequest, c.ActionOut]] = []

        def produce() -> c.ActionOut:
            row = actions.request(session, caller, body, settings)
            session.flush()
            created.append((row, actions.out(session, row)))
            return created[-1][1]

        digest = idempotency.request_hash(request.url.path, body)
        first = idempotency.run_once(session, f"agent:{caller.agent.id}", idempotency_key, digest, produce)
        if not created:  # a replay: the request as it stands now, not as it stood then
            row = session.get(ActionRequest, first["id"])
            if row is None:
                return dict_json(c.ActionOut, first, status_code=201)
            return model_json(actions.out(session, row), status_code=201)
        row, answer = created[0]
        if actions.job_of(row) is None:  # nothing to carry out yet (it waits for a supervisor): as produced
            return model_json(answer, status_code=201)
        carry_out(request, session, row, settings, caller.actor)
        return model_json(actions.out(session, row), status_code=201)


def carry_out(request: Request, session: Session, row: ActionRequest, settings: Settings,
              actor: str) -> tuple[ActionRequest, str | None]:
    """After the decision has committed: call the account system with no transaction open, then record its
    answer in a short one (actions.py's outbox). Returns the row and why the call failed, if it did."""
    job = actions.job_of(row)
    if job is None:
        return row, None
    answer, error = actions.call(request.app.state.executor, job)
    recorded = actions.record(session, job, answer, error, request.app.state.executor, settings, actor)
    session.commit()
    return recorded or row, error


@router.get("/actions", response_model=c.ActionList)
def list_actions(reading: ReadAccess, status: c.ActionStatus | None = None,
                 customer_id: QueryId = None, ticket_id: QueryId = None) -> Response:
    with reading:  # authenticated in read_access; the queries and the JSON in this one worker-thread hop (#7)
        return model_json(_list(reading.session, reading.caller, status, customer_id, ticket_id))


def _list(session: Session, caller: Caller, status: c.ActionStatus | None, customer_id: int | None,
          ticket_id: int | None) -> c.ActionList:
    require(caller, *VIEW_ROLES)
    query = select(ActionRequest)
    if status in (c.ActionStatus.pending, c.ActionStatus.expired):
        # a pending row past its expiry shows as expired even before the sweeper records it
        query = query.where(ActionRequest.status.in_([c.ActionStatus.pending, c.ActionStatus.expired]))
    elif status is not None:
        query = query.where(ActionRequest.status == status.value)
    if customer_id is not None:
        query = query.where(ActionRequest.customer_id == customer_id)
    if ticket_id is not None:
        query = query.where(ActionRequest.ticket_id == ticket_id)
    rows = session.scalars(query.order_by(ActionRequest.id.desc()).limit(500)).all()
    items = actions.out_many(session, rows)
    if status is not None:
        items = [item for item in items if item.status is status]
    return c.ActionList(items=items)


@router.get("/actions/{action_id}", response_model=c.ActionOut)
def get_action(action_id: PathId, session: DbSession, caller: CurrentCaller) -> c.ActionOut:
    require(caller, *VIEW_ROLES)
    row = session.get(ActionRequest, action_id)
    if row is None:
        raise not_found("Action request")
    return actions.out(session, row)


def _version(body: c.ActionDecision, if_match: str | None) -> int | None:
    if if_match is None:
        return body.version
    tag = if_match.strip().removeprefix("W/").strip('"')
    if not tag.isdigit():
        raise ApiError(422, c.ErrorCode.validation_error, "If-Match must be the request's version", "If-Match")
    if body.version is not None and body.version != int(tag):
        raise ApiError(422, c.ErrorCode.validation_error, "If-Match and version disagree", "version")
    return int(tag)


@router.post("/actions/{action_id}/approve", response_model=c.ActionOut)
def approve(action_id: PathId, body: c.ActionDecision, request: Request, access: WriteAccess,
            settings: AppSettings, if_match: Annotated[str | None, Header(max_length=40)] = None) -> Response:
    with access:  # authenticated in write_access; the decision and the JSON in this one worker-thread hop (#7)
        row, _ = _decide(request, access, action_id, True, body, if_match, settings)
        return model_json(actions.out(access.session, row))


@router.post("/actions/{action_id}/reject", response_model=c.ActionOut)
def reject(action_id: PathId, body: c.ActionDecision, request: Request, access: WriteAccess,
           settings: AppSettings, if_match: Annotated[str | None, Header(max_length=40)] = None) -> Response:
    with access:  # authenticated in write_access; the decision and the JSON in this one worker-thread hop (#7)
        row, error = _decide(request, access, action_id, False, body, if_match, settings)
        if error is not None and row.status == c.ActionStatus.under_review:  # the reversal was refused
            raise ApiError(502, c.ErrorCode.execution_failed,
                           f"The account system did not undo the action ({error}); it stays in effect, under review")
        return model_json(actions.out(access.session, row))


def _decide(request: Request, access: Access, action_id: int, approve: bool, body: c.ActionDecision,
            if_match: str | None, settings: Settings) -> tuple[ActionRequest, str | None]:
    """Record a supervisor's decision, then carry it out (or undo an emergency action) with it committed."""
    row = actions.decide(access.session, access.caller, action_id, approve, body.comment, _version(body, if_match),
                         settings)
    access.session.commit()
    return carry_out(request, access.session, row, settings, access.caller.actor)


@router.post("/actions/{action_id}/cancel", response_model=c.ActionOut)
def cancel(action_id: PathId, access: WriteAccess) -> Response:
    with access:  # authenticated in write_access; the change and the JSON in this one worker-thread hop (#7)
        row = actions.cancel(access.session, access.caller, action_id)
        access.session.commit()
        return model_json(actions.out(access.session, row))
