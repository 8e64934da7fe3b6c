"""Executors carry out approved security actions: on the service's own customer records, or by a
signed webhook to the exchange's account system, which is how an exchange plugs its real systems in."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import requests
from requests.adapters import HTTPAdapter
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from urllib3.util.retry import Retry

from desk_app.contract import ActionKind
from desk_app.server import admission
from desk_app.server.models import AccountEvent, ActionRequest, Customer, CustomerSession, utcnow


class ExecutionError(Exception):
    """The account system refused the action or could not be reached."""


def _active_sessions(session: Session, customer_id: int) -> list[int]:
    return list(session.scalars(select(CustomerSession.id).where(
        CustomerSession.customer_id == customer_id, CustomerSession.revoked_at.is_(None))))


def _lock_until(customer: Customer, now: datetime) -> datetime | None:
    until = customer.withdrawals_locked_until
    return until if until and until > now else None


def no_effect(session: Session, customer: Customer, kind: ActionKind, params: dict[str, Any]) -> str | None:
    """Why this action would change nothing now, or None if it would."""
    now = utcnow()
    locked = _lock_until(customer, now)
    if kind is ActionKind.freeze_account and customer.account_status == "frozen":
        return "The account is already frozen"
    if kind is ActionKind.unfreeze_account and customer.account_status != "frozen":
        return "The account is not frozen"
    if kind is ActionKind.reset_2fa and not customer.twofa_enabled:
        return "Two-factor authentication is already off"
    if kind is ActionKind.revoke_sessions and not _active_sessions(session, customer.id):
        return "The customer has no active sessions"
    if kind is ActionKind.lock_withdrawals and locked and locked >= now + timedelta(hours=params["hours"]):
        return "Withdrawals are already locked for at least that long"
    if kind is ActionKind.unlock_withdrawals and not locked:
        return "Withdrawals are not locked"
    return None


def capture(session: Session, customer: Customer) -> dict[str, Any]:
    """What a reversal must restore: the account's security state as it is now."""
    locked = customer.withdrawals_locked_until
    return {
        "account_status": customer.account_status,
        "withdrawals_locked_until": locked.isoformat() if locked else None,
        "active_sessions": _active_sessions(session, customer.id),
        "captured_at": utcnow().isoformat(),
    }


def apply_locally(session: Session, request: ActionRequest, customer: Customer, lock_hours_after_2fa: int) -> str:
    """Change the service's own records so the profile shows the effect."""
    now = utcnow()
    kind = ActionKind(request.kind)
    if kind is ActionKind.freeze_account:
        customer.account_status = "frozen"
        result = "account frozen"
    elif kind is ActionKind.unfreeze_account:
        customer.account_status = "active"
        result = "account unfrozen"
    elif kind is ActionKind.reset_2fa:
        customer.twofa_enabled = False
        customer.twofa_changed_at = now
        revoked = _revoke_all(session, customer.id, now)
        until = now + timedelta(hours=lock_hours_after_2fa)
        customer.withdrawals_locked_until = max(until, _lock_until(customer, now) or until)
        session.add(AccountEvent(customer_id=customer.id, at=now, kind="twofa_change",
                                 detail=f"2FA reset by the security desk (request #{request.id})",
                                 detail_code="twofa_reset_by_desk", detail_params={"request_id": str(request.id)}))
        result = f"2FA cleared, {revoked} session(s) revoked, withdrawals locked for {lock_hours_after_2fa} h"
    elif kind is ActionKind.revoke_sessions:
        result = f"{_revoke_all(session, customer.id, now)} session(s) revoked"
    elif kind is ActionKind.lock_withdrawals:
        customer.withdrawals_locked_until = now + timedelta(hours=int(request.params["hours"]))
        result = f"withdrawals locked for {request.params['hours']} h"
    else:
        customer.withdrawals_locked_until = None
        result = "withdrawals unlocked"
    customer.version += 1
    return result


def restore(session: Session, customer: Customer, kind: ActionKind, prior: dict[str, Any]) -> None:
    """Put back exactly what the action changed, as `capture` found it; later changes stay."""
    if kind is ActionKind.freeze_account:
        customer.account_status = prior["account_status"]
    elif kind is ActionKind.lock_withdrawals and _unchanged_lock(customer, prior):
        locked = prior["withdrawals_locked_until"]
        customer.withdrawals_locked_until = datetime.fromisoformat(locked) if locked else None
    elif kind is ActionKind.revoke_sessions and prior["active_sessions"] and not _twofa_changed_since(
            session, customer, prior):
        # a 2FA change since the emergency means those sessions must stay ended
        session.execute(update(CustomerSession).where(CustomerSession.id.in_(prior["active_sessions"]))
                        .values(revoked_at=None).execution_options(synchronize_session=False))
    customer.version += 1


def _twofa_changed_since(session: Session, customer: Customer, prior: dict[str, Any]) -> bool:
    captured = prior.get("captured_at")
    if captured is None:
        return False
    since = datetime.fromisoformat(captured)
    return session.scalar(select(AccountEvent.id).where(
        AccountEvent.customer_id == customer.id, AccountEvent.kind == "twofa_change",
        AccountEvent.at >= since).limit(1)) is not None


def _unchanged_lock(customer: Customer, prior: dict[str, Any]) -> bool:
    """Whether the lock is still the one the action left (a later lock, e.g. a 2FA reset's hold, stays)."""
    if "applied" not in prior:
        return True
    applied = prior["applied"]["withdrawals_locked_until"]
    return customer.withdrawals_locked_until == (datetime.fromisoformat(applied) if applied else None)


def _revoke_all(session: Session, customer_id: int, now: datetime) -> int:
    result = session.execute(update(CustomerSession).where(
        CustomerSession.customer_id == customer_id, CustomerSession.revoked_at.is_(None))
        .values(revoked_at=now).execution_options(synchronize_session=False))
    return result.rowcount or 0


@dataclass(frozen=True)
class Job:
    """One call to the account system, as committed before it is made (the outbox row in actions.py)."""

    action_id: int
    execution_id: str  # the Idempotency-Key: every retry of this call sends the same one
    operation: str  # "execute" or "reverse"
    kind: str
    customer_id: int
    params: dict[str, Any]


class Executor(Protocol):
    """`call` tells the exchange's account system, outside any database transaction; `apply` and `undo`
    then mirror the effect on the service's own records, in the short transaction that records the answer."""

    def call(self, job: Job) -> str | None: ...

    def apply(self, session: Session, request: ActionRequest, customer: Customer) -> str: ...

    def undo(self, session: Session, request: ActionRequest, customer: Customer) -> str: ...


class BuiltinExecutor:
    """Carries actions out on the service's own customer records (the demo and small desks)."""

    def __init__(self, lock_hours_after_2fa: int = 48) -> None:
        self.lock_hours_after_2fa = lock_hours_after_2fa

    def call(self, job: Job) -> str | None:
        return None  # no account system to tell: the records below are the account system

    def apply(self, session: Session, request: ActionRequest, customer: Customer) -> str:
        return apply_locally(session, request, customer, self.lock_hours_after_2fa)

    def undo(self, session: Session, request: ActionRequest, customer: Customer) -> str:
        restore(session, customer, ActionKind(request.kind), request.prior_state or {})
        return "previous state restored"


class WebhookExecutor(BuiltinExecutor):
    """Posts each execution to the exchange's account system, HMAC-signed, with the execution id as its
    Idempotency-Key, then mirrors the effect locally. Every retry (urllib3's, or the sweeper's after a crash)
    sends the same key, so the exchange acts at most once."""

    def __init__(self, url: str, secret: str, lock_hours_after_2fa: int = 48,
                 http: requests.Session | None = None) -> None:
        super().__init__(lock_hours_after_2fa)
        self.url, self.secret = url, secret.encode()
        self.http = http or requests.Session()
        # No transaction waits for these calls any more, but the deciding supervisor does: short backoff only,
        # never the account system's Retry-After (an outage that outlasts it fails the action, and says so).
        retry = Retry(total=3, backoff_factor=0.2, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"POST"}), raise_on_status=False, respect_retry_after_header=False)
        self.http.mount("https://", HTTPAdapter(max_retries=retry))
        self.http.mount("http://", HTTPAdapter(max_retries=retry))

    def call(self, job: Job) -> str:
        body = json.dumps({"operation": job.operation, "action_id": job.action_id, "kind": job.kind,
                           "customer_id": job.customer_id, "params": job.params,
                           "execution_id": job.execution_id}, sort_keys=True).encode()
        stamp = str(int(time.time()))
        signature = hmac.new(self.secret, stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        headers = {"Content-Type": "application/json", "X-Desk-Timestamp": stamp,
                   "X-Desk-Signature": f"sha256={signature}", "Idempotency-Key": job.execution_id}
        try:
            with admission.away():  # the supervisor waits for the account system; other requests need not
                answer = self.http.post(self.url, data=body, headers=headers, timeout=(3.05, 10))
        except requests.RequestException as exc:
            raise ExecutionError(f"account system unreachable ({type(exc).__name__})") from None
        if not answer.ok:
            raise ExecutionError(f"account system answered {answer.status_code}")
        return f"account system answered {answer.status_code}: {answer.text[:200]}"
