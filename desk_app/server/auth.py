"""Who is calling: argon2 passwords, TOTP used once, opaque tokens stored only as hashes, throttling."""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ColumnElement, bindparam, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.contract import ErrorCode, Role
from desk_app.server import audit, refresh_grace
from desk_app.server.config import Settings
from desk_app.server.errors import ApiError
from desk_app.server.models import Agent, AuthSession, LoginAttempt, UsedTotp, utcnow

log = logging.getLogger(__name__)
_hasher = PasswordHasher()
# Verified against when the username is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _password_ok(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _totp_step(secret: str, code: str, at: datetime) -> int | None:
    """The time step a code belongs to (one step of clock drift either way), or None."""
    totp = pyotp.TOTP(secret)
    step = int(at.timestamp()) // totp.interval
    for candidate in (step, step - 1, step + 1):
        if secrets.compare_digest(totp.generate_otp(candidate), code):
            return candidate
    return None


def use_totp(session: Session, agent: Agent, code: str) -> None:
    """Accept a TOTP code once: a code already used by this person (sign-in or step-up) is refused."""
    step = _totp_step(agent.totp_secret, code, utcnow())
    if step is None:
        raise ApiError(401, ErrorCode.invalid_credentials, "The code from the authenticator app is wrong")
    try:
        with session.begin_nested():
            session.add(UsedTotp(agent_id=agent.id, step=step))
    except IntegrityError:
        raise ApiError(
            401, ErrorCode.totp_reused, "This code was already used; wait for the next one", "totp"
        ) from None
    session.execute(delete(UsedTotp).where(UsedTotp.agent_id == agent.id, UsedTotp.step < step - 10))


def _throttle(session: Session, username: str, settings: Settings) -> None:
    since = utcnow() - timedelta(seconds=settings.login_failure_window_seconds)
    failures = session.scalar(
        select(func.count()).where(LoginAttempt.username == username, LoginAttempt.at > since)
    )
    if failures and failures >= settings.login_failure_limit:
        raise ApiError(
            429, ErrorCode.too_many_attempts, "Too many failed sign-ins; try again later",
            headers={"Retry-After": str(settings.login_failure_window_seconds)},
        )


@dataclass
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int


def _issue(session: Session, agent: Agent, settings: Settings, second_factor_at: datetime,
           family_id: int | None = None) -> IssuedTokens:
    """A new token pair; `family_id` is the sign-in it renews (None: a sign-in of its own)."""
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = utcnow()
    row = AuthSession(
        agent_id=agent.id,
        access_hash=token_hash(access),
        refresh_hash=token_hash(refresh),
        access_expires_at=now + timedelta(seconds=settings.access_ttl_seconds),
        refresh_expires_at=now + timedelta(seconds=settings.refresh_ttl_seconds),
        second_factor_at=second_factor_at,
        family_id=family_id,
    )
    session.add(row)
    if family_id is None:
        session.flush()
        row.family_id = row.id
    return IssuedTokens(access, refresh, settings.access_ttl_seconds)


def record_failure(session: Session, username: str) -> None:
    session.add(LoginAttempt(username=username))


def login(session: Session, username: str, password: str, code: str, settings: Settings) -> tuple[Agent, IssuedTokens]:
    """Check password and TOTP; failures are recorded by the caller in their own transaction."""
    _throttle(session, username, settings)
    agent = session.scalar(select(Agent).where(Agent.username == username))
    if not _password_ok(agent.password_hash if agent else _DUMMY_HASH, password) or agent is None:
        raise ApiError(401, ErrorCode.invalid_credentials, "Wrong username or password")
    if not agent.active:
        raise ApiError(403, ErrorCode.account_disabled, "This agent account is disabled")
    use_totp(session, agent, code)
    return agent, _issue(session, agent, settings, second_factor_at=utcnow())


def refresh(session: Session, refresh_token: str, settings: Settings) -> tuple[Agent, IssuedTokens]:
    """Rotate tokens: the old pair stops working, the second-factor time carries over.

    A refresh token is good for one use, with a grace period: presented again within
    `refresh_reuse_grace_seconds` of its rotation (the agent's second app instance, which had not seen the
    first one's new tokens yet), it gets the very pair the first use got (refresh_grace.py), so both go on
    with one session. Presented later, it was stolen or leaked: every session of that sign-in ends
    (RFC 9700 section 4.14.2), and the caller must commit that before answering 401.
    """
    now = utcnow()
    current = session.scalar(
        select(AuthSession).where(AuthSession.refresh_hash == token_hash(refresh_token)).with_for_update()
    )
    if current is None or current.revoked_at is not None or current.refresh_expires_at <= now:
        raise ApiError(401, ErrorCode.unauthenticated, "The session has ended; sign in again")
    agent = session.get(Agent, current.agent_id)
    if agent is None or not agent.active:
        raise ApiError(401, ErrorCode.unauthenticated, "The session has ended; sign in again")
    family = current.family_id or current.id
    if current.rotated_at is None:
        current.rotated_at = now
        tokens = _issue(session, agent, settings, second_factor_at=current.second_factor_at, family_id=family)
        current.successor_sealed = refresh_grace.seal(refresh_token, tokens.access_token, tokens.refresh_token)
        return agent, tokens
    grace = timedelta(seconds=settings.refresh_reuse_grace_seconds)
    if now - current.rotated_at > grace:
        _end_family(session, agent, family, now)
        raise ApiError(401, ErrorCode.unauthenticated, "The session has ended; sign in again")
    successor = _live_successor(session, current, refresh_token, now, grace)
    if successor is None:  # signed out (or ended) since: no grace for that
        raise ApiError(401, ErrorCode.unauthenticated, "The session has ended; sign in again")
    return agent, successor


def _live_successor(session: Session, row: AuthSession, token: str, now: datetime,
                    grace: timedelta) -> IssuedTokens | None:
    """The pair this rotated token was traded for, or that pair's own successor if it was rotated within
    the grace period too; None if the chain ends in a session that is over."""
    for _ in range(20):
        pair = refresh_grace.unseal(token, row.successor_sealed) if row.successor_sealed else None
        if pair is None:
            return None
        access, token = pair
        found = session.scalar(select(AuthSession).where(AuthSession.refresh_hash == token_hash(token)))
        if found is None or found.revoked_at is not None or found.refresh_expires_at <= now:
            return None
        if found.rotated_at is None:
            left = int((found.access_expires_at - now).total_seconds())
            return IssuedTokens(access, token, max(left, 1))
        if now - found.rotated_at > grace:
            return None
        row = found
    return None


def _in_family(family: int) -> ColumnElement[bool]:
    return or_(AuthSession.family_id == family, AuthSession.id == family)


def _end_family(session: Session, agent: Agent, family: int, now: datetime) -> None:
    """A rotated refresh token came back after the grace period: end every session of that sign-in."""
    ended = session.scalar(select(func.count()).where(_in_family(family), AuthSession.revoked_at.is_(None),
                                                      AuthSession.rotated_at.is_(None))) or 0  # live ones
    session.execute(update(AuthSession).where(_in_family(family), AuthSession.revoked_at.is_(None))
                    .values(revoked_at=now).execution_options(synchronize_session=False))
    log.warning("a used refresh token of %s came back after the grace period: %d session(s) ended",
                agent.username, ended)
    audit.append(session, "system", "auth.refresh_token_reused",
                 details={"agent": agent.username, "sessions_ended": ended})


@dataclass
class Caller:
    """The agent behind a request, and the session their token belongs to."""

    agent: Agent
    auth_session: AuthSession

    @property
    def roles(self) -> set[Role]:
        return {Role(role) for role in self.agent.roles}

    def has(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def actor(self) -> str:
        return self.agent.username


# One query for the session and its agent (#7: every request pays for it; built once, cache key memoized).
# ORM objects on purpose: a Caller's agent and session are what step-up and the writers change.
_BY_ACCESS = (select(AuthSession, Agent).outerjoin(Agent, Agent.id == AuthSession.agent_id)
              .where(AuthSession.access_hash == bindparam("access_hash")))


def authenticate(session: Session, access_token: str) -> Caller:
    row = session.execute(_BY_ACCESS, {"access_hash": token_hash(access_token)}).first()
    auth, agent = (row[0], row[1]) if row is not None else (None, None)
    if auth is None or auth.revoked_at is not None or auth.rotated_at is not None:  # rotated: the old pair is over
        raise ApiError(401, ErrorCode.unauthenticated, "Sign in to continue",
                       headers={"WWW-Authenticate": "Bearer"})
    if auth.access_expires_at <= utcnow():
        raise ApiError(401, ErrorCode.token_expired, "The access token has expired; refresh it",
                       headers={"WWW-Authenticate": "Bearer"})
    if agent is None or not agent.active:
        raise ApiError(401, ErrorCode.unauthenticated, "Sign in to continue")
    return Caller(agent, auth)


def step_up(session: Session, caller: Caller, code: str, settings: Settings) -> None:
    """Prove the TOTP again; failures are recorded by the caller and throttled like sign-in's, or a
    stolen token could try codes until one fits."""
    _throttle(session, caller.agent.username, settings)
    use_totp(session, caller.agent, code)
    caller.auth_session.second_factor_at = utcnow()


def require_recent_second_factor(caller: Caller, settings: Settings) -> None:
    """Approvals and reveals need a TOTP proven within the step-up window."""
    if caller.auth_session.second_factor_at < utcnow() - timedelta(seconds=settings.step_up_seconds):
        raise ApiError(401, ErrorCode.step_up_required,
                       "Confirm with a current code from your authenticator app")
