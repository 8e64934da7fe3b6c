"""The two-person rule: who may request, approve, reject, cancel; emergencies; expiry and review alerts.

Every decision changes the request row only where it still has the state and version the decider
saw, so two supervisors approving at once execute it exactly once. The account system is never called
inside that transaction (an outbox): the decision commits `executing` (or `reversing`) with an execution
id, the call is made after the commit with that id as its Idempotency-Key, and its answer is recorded in
a second short transaction, once, by whoever gets there first. A call a crashed process left unrecorded
is made again by the sweeper, with the same id, a bounded number of times.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import audit, auth, events, masking
from desk_app.server.config import Settings
from desk_app.server.db import Database
from desk_app.server.errors import ApiError, conflict, forbidden, not_found
from desk_app.server.executors import ExecutionError, Executor, Job, capture, no_effect
from desk_app.server.models import ActionRequest, Agent, Customer, Ticket, utcnow

REQUEST_ROLES = (c.Role.security_agent, c.Role.supervisor)
MAX_LOCK_HOURS = 24 * 30
IN_FLIGHT = frozenset({c.ActionStatus.executing, c.ActionStatus.reversing})  # a call is owed to the account system


def _params(kind: c.ActionKind, params: dict[str, Any]) -> dict[str, Any]:
    """Each kind takes exactly the parameters it needs."""
    if kind is c.ActionKind.lock_withdrawals:
        extra = set(params) - {"hours"}
        hours = params.get("hours", 24)
        if extra:
            raise ApiError(422, c.ErrorCode.validation_error, f"Unknown parameter {sorted(extra)[0]}", "params")
        if not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= MAX_LOCK_HOURS:
            raise ApiError(422, c.ErrorCode.validation_error,
                           f"hours must be a whole number from 1 to {MAX_LOCK_HOURS}", "params.hours")
        return {"hours": hours}
    if params:
        raise ApiError(422, c.ErrorCode.validation_error, f"{kind.value} takes no parameters", "params")
    return {}


def out(session: Session, row: ActionRequest, names: dict[int, str] | None = None,
        customers: dict[int, str] | None = None) -> c.ActionOut:
    """The request as the API shows it; `names` and `customers` may come prefetched (see `out_many`)."""
    if names is None:
        names = dict(session.execute(select(Agent.id, Agent.display_name).where(
            Agent.id.in_([i for i in (row.requested_by, row.decided_by) if i is not None]))).tuples().all())
    if customers is not None:
        customer_name = customers.get(row.customer_id, "")
    else:
        customer_name = session.scalar(select(Customer.name).where(Customer.id == row.customer_id)) or ""
    status = c.ActionStatus(row.status)
    if status is c.ActionStatus.pending and row.expires_at and row.expires_at <= utcnow():
        status = c.ActionStatus.expired  # the sweeper records it soon; never show it as approvable
    return c.ActionOut(
        id=row.id, customer_id=row.customer_id, customer_display=masking.name(customer_name),
        ticket_id=row.ticket_id, kind=c.ActionKind(row.kind), reason=row.reason, params=row.params or {},
        emergency=row.emergency, status=status, requested_by=row.requested_by,
        requested_by_name=names.get(row.requested_by, "?"), requested_at=row.requested_at,
        expires_at=row.expires_at, review_due_at=row.review_due_at, decided_by=row.decided_by,
        decided_by_name=names.get(row.decided_by) if row.decided_by else None, decided_at=row.decided_at,
        decision_comment=row.decision_comment, executed_at=row.executed_at,
        execution_result=row.execution_result, version=row.version,
        execution_id=row.execution_id, execution_attempts=row.execution_attempts or 0,
    )


def out_many(session: Session, rows: Sequence[ActionRequest]) -> list[c.ActionOut]:
    """Many requests with two queries for the names, not two per row (the approvals list, #7)."""
    people = {i for r in rows for i in (r.requested_by, r.decided_by) if i is not None}
    names = dict(session.execute(select(Agent.id, Agent.display_name).where(Agent.id.in_(people)))
                 .tuples().all()) if people else {}
    wanted = {r.customer_id for r in rows}
    customers = dict(session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(wanted)))
                     .tuples().all()) if wanted else {}
    return [out(session, row, names, customers) for row in rows]


def _set_ticket_status(session: Session, ticket_id: int | None, status: c.TicketStatus, only_from: set[str],
                       actor: str, action_id: int) -> None:
    """Move the ticket on if it is in one of `only_from`; every change is audited like an agent's own."""
    if ticket_id is None:
        return
    found = session.execute(select(Ticket.status, Ticket.customer_id).where(Ticket.id == ticket_id)
                            .with_for_update()).first()
    if found is None or found.status not in only_from:
        return
    result = session.execute(update(Ticket).where(Ticket.id == ticket_id, Ticket.status == found.status)
                             .values(status=status.value, updated_at=utcnow(), version=Ticket.version + 1)
                             .execution_options(synchronize_session=False))
    if result.rowcount:
        audit.append(session, actor, "ticket.updated", ticket_id=ticket_id, customer_id=found.customer_id,
                     details={"changes": {"status": [found.status, status.value]}, "action_id": action_id})
        events.publish(session, "ticket.updated", ticket_id=ticket_id, data={"fields": ["status"]})


def _release_ticket(session: Session, row: ActionRequest, actor: str) -> None:
    """The ticket stops waiting for approval once none of its requests is pending any more."""
    if row.ticket_id is None or session.scalar(select(ActionRequest.id).where(
            ActionRequest.ticket_id == row.ticket_id, ActionRequest.id != row.id,
            ActionRequest.status == c.ActionStatus.pending).limit(1)) is not None:
        return
    _set_ticket_status(session, row.ticket_id, c.TicketStatus.open, {c.TicketStatus.pending_approval}, actor,
                       row.id)


def request(session: Session, caller: auth.Caller, body: c.ActionCreate, settings: Settings) -> ActionRequest:
    """Record a request; an emergency is claimed for execution at once (`job_of`, then `call` and `record`)."""
    if not caller.has(*REQUEST_ROLES):
        raise forbidden("Only security agents and supervisors may request security actions")
    if body.emergency and body.kind not in c.PROTECTIVE_ACTIONS:
        raise ApiError(422, c.ErrorCode.emergency_not_allowed,
                       "Only protective actions (freeze, lock withdrawals, revoke sessions) can be taken "
                       "as an emergency; this one needs a supervisor's approval first", "emergency")
    params = _params(body.kind, body.params)
    customer = session.get(Customer, body.customer_id, with_for_update=True)
    if customer is None:
        raise not_found("Customer")
    if body.ticket_id is not None:
        ticket = session.get(Ticket, body.ticket_id)
        if ticket is None or ticket.customer_id != customer.id:
            raise ApiError(422, c.ErrorCode.validation_error, "The ticket is not this customer's", "ticket_id")
    if (why := no_effect(session, customer, body.kind, params)) is not None:
        raise conflict(c.ErrorCode.no_effect, why)
    now = utcnow()
    row = ActionRequest(customer_id=customer.id, ticket_id=body.ticket_id, kind=body.kind.value,
                        reason=body.reason, params=params, emergency=body.emergency,
                        requested_by=caller.agent.id, requested_at=now, version=1,
                        status=c.ActionStatus.pending.value,
                        expires_at=None if body.emergency else now + timedelta(seconds=settings.action_ttl_seconds))
    session.add(row)
    session.flush()
    audit.append(session, caller.actor, "action.requested", customer_id=row.customer_id, ticket_id=row.ticket_id,
                 action_id=row.id, details={"kind": row.kind, "reason": row.reason, "params": params,
                                            "emergency": row.emergency})
    if body.emergency:
        row.prior_state = capture(session, customer)
        row.status = c.ActionStatus.executing.value
        row.execution_id, row.execution_attempts = _execution_id(row.id, "execute"), 1
        row.execution_lease_until = now + timedelta(seconds=settings.execution_lease_seconds)
    else:
        _set_ticket_status(session, row.ticket_id, c.TicketStatus.pending_approval,
                           {c.TicketStatus.new, c.TicketStatus.open, c.TicketStatus.pending_customer},
                           caller.actor, row.id)
    events.publish(session, "action.requested", audience=events.SECURITY_ROLES, action_id=row.id,
                   customer_id=row.customer_id, ticket_id=row.ticket_id,
                   data={"kind": row.kind, "emergency": row.emergency, "status": row.status})
    return row


def _execution_id(action_id: int, operation: str) -> str:
    """The Idempotency-Key of one operation on one request: the same for every retry of it."""
    return f"desk-action-{action_id}-{operation}"


def job_of(row: ActionRequest) -> Job | None:
    """The call the account system is owed for this row, if it is in flight."""
    if row.status not in IN_FLIGHT or row.execution_id is None:
        return None
    operation = "reverse" if row.status == c.ActionStatus.reversing else "execute"
    return Job(action_id=row.id, execution_id=row.execution_id, operation=operation, kind=row.kind,
               customer_id=row.customer_id, params=dict(row.params or {}))


def call(executor: Executor, job: Job) -> tuple[str | None, str | None]:
    """Tell the account system, with no transaction open: (its answer, None) or (None, why it failed)."""
    try:
        return executor.call(job), None
    except ExecutionError as exc:
        return None, str(exc)


def record(session: Session, job: Job, answer: str | None, error: str | None, executor: Executor,
           settings: Settings, actor: str) -> ActionRequest | None:
    """Record what the account system answered, in the caller's (short) transaction; only the first to
    record an execution id does anything, so the effect is mirrored and audited exactly once."""
    row = session.get(ActionRequest, job.action_id, with_for_update=True, populate_existing=True)
    if row is None or row.execution_id != job.execution_id or job_of(row) != job:
        return row  # recorded already, by the process that made the first call or by the sweeper
    customer = session.get(Customer, row.customer_id, with_for_update=True, populate_existing=True)
    assert customer is not None
    if job.operation == "execute":
        _record_execution(session, row, customer, answer, error, executor, settings, actor)
    else:
        _record_reversal(session, row, customer, answer, error, executor, actor)
    row.execution_lease_until = None  # the version stays: it counts decisions, and this is the decision's outcome
    events.publish(session, "action.decided", audience=events.SECURITY_ROLES, action_id=row.id,
                   customer_id=row.customer_id, ticket_id=row.ticket_id, data={"status": row.status})
    return row


def _record_execution(session: Session, row: ActionRequest, customer: Customer, answer: str | None,
                      error: str | None, executor: Executor, settings: Settings, actor: str) -> None:
    if error is not None:
        _fail_execution(session, row, error, actor)
        return
    done = executor.apply(session, row, customer)
    row.execution_result = done if answer is None else f"{done}; {answer}"
    row.executed_at = utcnow()
    if row.emergency:
        row.prior_state = {**(row.prior_state or {}), "applied": capture(session, customer)}  # what it left behind
        row.status = c.ActionStatus.under_review.value
        row.review_due_at = row.requested_at + timedelta(seconds=settings.review_seconds)
    else:
        row.status = c.ActionStatus.executed.value
    audit.append(session, actor, "action.executed", customer_id=row.customer_id, ticket_id=row.ticket_id,
                 action_id=row.id, details={"kind": row.kind, "result": row.execution_result})
    events.publish(session, "customer.updated", customer_id=row.customer_id, data={"action_id": row.id})


def _record_reversal(session: Session, row: ActionRequest, customer: Customer, answer: str | None,
                     error: str | None, executor: Executor, actor: str) -> None:
    if error is not None:
        _fail_reversal(session, row, error, actor)
        return
    decider = session.scalar(select(Agent.username).where(Agent.id == row.decided_by)) or actor
    done = executor.undo(session, row, customer)
    row.execution_result = done if answer is None else f"{done}; {answer}"
    row.status = c.ActionStatus.reversed.value
    audit.append(session, decider, "action.reversed", customer_id=row.customer_id, ticket_id=row.ticket_id,
                 action_id=row.id, details={"kind": row.kind, "comment": row.decision_comment or ""})
    audit.append(session, actor, "action.restored", customer_id=row.customer_id, ticket_id=row.ticket_id,
                 action_id=row.id, details={"kind": row.kind, "restored": row.prior_state})
    events.publish(session, "customer.updated", customer_id=row.customer_id, data={"action_id": row.id})


def _fail_execution(session: Session, row: ActionRequest, error: str, actor: str) -> None:
    row.execution_result = error
    row.status = c.ActionStatus.failed.value  # a refused emergency stays failed: nothing to review
    audit.append(session, actor, "action.failed", customer_id=row.customer_id, ticket_id=row.ticket_id,
                 action_id=row.id, details={"kind": row.kind, "error": error})


def _fail_reversal(session: Session, row: ActionRequest, error: str, actor: str) -> None:
    """Nothing was undone: the decision does not stand either, and the action stays under review."""
    row.status = c.ActionStatus.under_review.value
    row.decided_by = row.decided_at = row.decision_comment = None
    row.version += 1  # the reversal decision is withdrawn: a new one starts from here
    audit.append(session, actor, "action.reverse_failed", customer_id=row.customer_id,
                 ticket_id=row.ticket_id, action_id=row.id, details={"kind": row.kind, "error": error})


def _reclaim(session: Session, action_id: int, settings: Settings, now: datetime) -> Job | None:
    """Take over a call whose lease ran out (its process died): once more with the same id, or give up."""
    row = session.get(ActionRequest, action_id, with_for_update=True, populate_existing=True)
    if row is None or (job := job_of(row)) is None or row.execution_lease_until is None \
            or row.execution_lease_until > now:
        return None
    if (row.execution_attempts or 0) >= settings.execution_max_attempts:
        why = (f"the account system did not confirm the {job.operation} after {row.execution_attempts} "
               f"attempt(s) with execution id {job.execution_id}; check with the exchange before trying again")
        (_fail_execution if job.operation == "execute" else _fail_reversal)(session, row, why, "system")
        row.execution_lease_until = None
        events.publish(session, "action.decided", audience=events.SECURITY_ROLES, action_id=row.id,
                       customer_id=row.customer_id, ticket_id=row.ticket_id, data={"status": row.status})
        return None
    row.execution_attempts = (row.execution_attempts or 0) + 1
    row.execution_lease_until = now + timedelta(seconds=settings.execution_lease_seconds)
    return job


def resume(db: Database, executor: Executor, settings: Settings, limit: int = 50) -> int:
    """The sweeper's part: finish calls left in flight by a crashed process; returns how many it took over."""
    now = utcnow()
    with db.session() as session:
        due = session.scalars(select(ActionRequest.id).where(
            ActionRequest.status.in_([s.value for s in IN_FLIGHT]), ActionRequest.execution_lease_until <= now)
            .order_by(ActionRequest.id).limit(limit)).all()
    taken = 0
    for action_id in due:
        with db.session() as session:
            job = _reclaim(session, action_id, settings, now)
        if job is None:
            continue
        taken += 1
        answer, error = call(executor, job)  # outside any transaction, like the first call
        with db.session() as session:
            record(session, job, answer, error, executor, settings, "system")
    return taken


def _load_for_decision(session: Session, action_id: int, version: int | None) -> ActionRequest:
    row = session.get(ActionRequest, action_id, with_for_update=True)
    if row is None:
        raise not_found("Action request")
    if version is not None and version != row.version:
        raise conflict(c.ErrorCode.version_conflict,
                       "This request changed after you opened it; look at it again before deciding")
    return row


def _check_open(session: Session, row: ActionRequest, caller: auth.Caller) -> None:
    status = c.ActionStatus(row.status)
    if status is c.ActionStatus.pending and row.expires_at and row.expires_at <= utcnow():
        expire(session, row)
        session.commit()
        raise conflict(c.ErrorCode.request_expired, "This request expired before it was decided")
    if status is c.ActionStatus.expired:  # the same answer whether or not the sweeper got there first
        raise conflict(c.ErrorCode.request_expired, "This request expired before it was decided")
    if status not in c.OPEN_ACTION_STATUSES:
        decided = session.get(Agent, row.decided_by) if row.decided_by else None
        by = f" by {decided.display_name}" if decided else ""
        raise conflict(c.ErrorCode.already_decided, f"This request was already decided ({status.value}{by})")


def _claim(session: Session, row: ActionRequest, new_status: c.ActionStatus, caller: auth.Caller,
           comment: str, **values: Any) -> None:
    """Move the row from the state we read to the decided state, or lose the race with a 409."""
    now = utcnow()
    result = session.execute(
        update(ActionRequest).where(ActionRequest.id == row.id, ActionRequest.version == row.version,
                                    ActionRequest.status == row.status)
        .values(status=new_status.value, decided_by=caller.agent.id, decided_at=now,
                decision_comment=comment or None, version=row.version + 1, **values)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        session.rollback()
        raise conflict(c.ErrorCode.already_decided, "Another supervisor decided this request first")
    session.refresh(row)


def decide(session: Session, caller: auth.Caller, action_id: int, approve: bool, comment: str,
           version: int | None, settings: Settings) -> ActionRequest:
    """Approve or reject; an approval (or an emergency's reversal) is claimed for the account system's call."""
    if not caller.has(c.Role.supervisor):
        raise forbidden("Only supervisors decide security actions")
    auth.require_recent_second_factor(caller, settings)
    row = _load_for_decision(session, action_id, version)
    if row.requested_by == caller.agent.id:
        raise ApiError(403, c.ErrorCode.self_approval, "A second person must decide on your own request")
    _check_open(session, row, caller)
    if not approve and not comment.strip():
        raise ApiError(422, c.ErrorCode.validation_error, "Say why you reject this request", "comment")
    customer = session.get(Customer, row.customer_id, with_for_update=True)
    assert customer is not None
    emergency = row.status == c.ActionStatus.under_review
    if approve and not emergency and (why := no_effect(session, customer, c.ActionKind(row.kind), row.params)):
        raise conflict(c.ErrorCode.no_effect, f"Approving would change nothing: {why}")
    if emergency:
        new = c.ActionStatus.confirmed if approve else c.ActionStatus.reversing
    else:
        new = c.ActionStatus.executing if approve else c.ActionStatus.rejected
    outbox: dict[str, Any] = {}
    if new in IN_FLIGHT:
        operation = "reverse" if new is c.ActionStatus.reversing else "execute"
        outbox = {"execution_id": _execution_id(row.id, operation), "execution_attempts": 1,
                  "execution_lease_until": utcnow() + timedelta(seconds=settings.execution_lease_seconds)}
    _claim(session, row, new, caller, comment, **outbox)
    verb = {c.ActionStatus.confirmed: "action.confirmed", c.ActionStatus.executing: "action.approved",
            c.ActionStatus.rejected: "action.rejected"}.get(new)
    if verb is not None:  # a reversal is audited when the account system has undone it (or refused to)
        audit.append(session, caller.actor, verb, customer_id=row.customer_id, ticket_id=row.ticket_id,
                     action_id=row.id, details={"kind": row.kind, "comment": comment})
    if not emergency:
        _release_ticket(session, row, caller.actor)
    events.publish(session, "action.decided", audience=events.SECURITY_ROLES, action_id=row.id,
                   customer_id=row.customer_id, ticket_id=row.ticket_id, data={"status": row.status})
    return row


def cancel(session: Session, caller: auth.Caller, action_id: int) -> ActionRequest:
    row = _load_for_decision(session, action_id, None)
    if row.requested_by != caller.agent.id:
        raise forbidden("Only the person who asked can cancel a request")
    _check_open(session, row, caller)
    if row.status != c.ActionStatus.pending:
        raise conflict(c.ErrorCode.already_decided, "An emergency action already taken is reviewed, not cancelled")
    _claim(session, row, c.ActionStatus.cancelled, caller, "")
    audit.append(session, caller.actor, "action.cancelled", customer_id=row.customer_id, ticket_id=row.ticket_id,
                 action_id=row.id, details={"kind": row.kind})
    _release_ticket(session, row, caller.actor)
    events.publish(session, "action.decided", audience=events.SECURITY_ROLES, action_id=row.id,
                   customer_id=row.customer_id, ticket_id=row.ticket_id, data={"status": row.status})
    return row


def expire(session: Session, row: ActionRequest) -> bool:
    """Record that a pending request ran out of time (once, whichever process gets there first)."""
    result = session.execute(
        update(ActionRequest).where(ActionRequest.id == row.id, ActionRequest.status == c.ActionStatus.pending)
        .values(status=c.ActionStatus.expired.value, version=ActionRequest.version + 1)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        return False
    audit.append(session, "system", "action.expired", customer_id=row.customer_id, ticket_id=row.ticket_id,
                 action_id=row.id, details={"kind": row.kind})
    _release_ticket(session, row, "system")
    events.publish(session, "action.decided", audience=events.SECURITY_ROLES, action_id=row.id,
                   customer_id=row.customer_id, ticket_id=row.ticket_id, data={"status": "expired"})
    return True


REALERT = timedelta(minutes=5)


def sweep(session: Session) -> int:
    """Expire what ran out and alert supervisors to overdue emergency reviews; returns rows touched."""
    now = utcnow()
    touched = 0
    for row in session.scalars(select(ActionRequest).where(
            ActionRequest.status == c.ActionStatus.pending, ActionRequest.expires_at <= now).limit(200)):
        touched += expire(session, row)
    overdue = session.scalars(select(ActionRequest).where(
        ActionRequest.status == c.ActionStatus.under_review, ActionRequest.review_due_at <= now).limit(200))
    for row in overdue:
        if row.review_alerted_at and now - row.review_alerted_at < REALERT:
            continue
        result = session.execute(update(ActionRequest).where(
            ActionRequest.id == row.id, ActionRequest.review_alerted_at.is_(row.review_alerted_at)
            if row.review_alerted_at is None else ActionRequest.review_alerted_at == row.review_alerted_at)
            .values(review_alerted_at=now).execution_options(synchronize_session=False))
        if result.rowcount == 1:
            touched += 1
            if row.review_alerted_at is None:
                audit.append(session, "system", "action.review_overdue", customer_id=row.customer_id,
                             ticket_id=row.ticket_id, action_id=row.id, details={"kind": row.kind})
            events.publish(session, "action.review_overdue", audience=events.SUPERVISOR_ROLES, action_id=row.id,
                           customer_id=row.customer_id, ticket_id=row.ticket_id,
                           data={"kind": row.kind, "review_due_at": row.review_due_at.isoformat()
                                 if row.review_due_at else None})
    return touched
