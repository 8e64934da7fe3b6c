"""The desk's typed REST client: `requests` only, no Qt; calls return contract models, errors are typed."""

from desk_app.client.api import ApiClient
from desk_app.client.errors import (
    ApiError,
    AuthenticationFailed,
    BadResponse,
    Conflict,
    Forbidden,
    InsecureServerError,
    NotFound,
    RateLimited,
    ServiceUnavailable,
    SessionExpired,
    StepUpRequired,
    ValidationFailed,
)
from desk_app.client.events import EventStream
from desk_app.client.tokens import Tokens

__all__ = [
    "ApiClient",
    "ApiError",
    "AuthenticationFailed",
    "BadResponse",
    "Conflict",
    "EventStream",
    "Forbidden",
    "InsecureServerError",
    "NotFound",
    "RateLimited",
    "ServiceUnavailable",
    "SessionExpired",
    "StepUpRequired",
    "Tokens",
    "ValidationFailed",
]
