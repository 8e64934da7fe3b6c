"""Idempotency-Key handling: a retried POST gets the stored first answer instead of a second write."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.contract import ErrorCode
from desk_app.server.errors import ApiError
from desk_app.server.models import IdempotencyRecord

MAX_KEY = 100


def request_hash(path: str, body: BaseModel) -> str:
    return hashlib.sha256(f"{path}\n{body.model_dump_json()}".encode()).hexdigest()


def _stored(session: Session, owner: str, key: str, digest: str) -> dict[str, Any] | None:
    record = session.scalar(select(IdempotencyRecord).where(
        IdempotencyRecord.owner == owner, IdempotencyRecord.key == key))
    if record is None:
        return None
    if record.request_hash != digest:
        raise ApiError(422, ErrorCode.idempotency_mismatch,
                       "This Idempotency-Key was already used for a different request", "Idempotency-Key")
    return record.response


def run_once(session: Session, owner: str, key: str | None, digest: str,
             produce: Callable[[], BaseModel], status_code: int = 201) -> dict[str, Any]:
    """Do `produce` and commit, or return what the first request with this key answered."""
    if key is None:
        result = produce().model_dump(mode="json")
        session.commit()
        return result
    if not key or len(key) > MAX_KEY:
        raise ApiError(422, ErrorCode.validation_error, "Idempotency-Key must be 1 to 100 characters",
                       "Idempotency-Key")
    if (stored := _stored(session, owner, key, digest)) is not None:
        session.rollback()
        return stored
    result = produce().model_dump(mode="json")
    session.add(IdempotencyRecord(owner=owner, key=key, request_hash=digest, status_code=status_code,
                                  response=result))
    try:
        session.commit()
    except IntegrityError:  # the same key won a race in another request: answer with its result
        session.rollback()
        stored = _stored(session, owner, key, digest)
        session.rollback()
        if stored is None:
            raise
        return stored
    return result
