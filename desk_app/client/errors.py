"""Typed errors of the REST client, and the mapping from an HTTP error response to one of them.

An exception here carries only the status, a machine-readable code, a short message and the name of
the offending field. It never carries a request body, a header, a token, a password, a TOTP code or a
revealed value, so it is safe to log, show and put in a crash report.
"""

from __future__ import annotations

import email.utils
import time
from datetime import UTC

import requests
import urllib3.exceptions
from pydantic import ValidationError

from desk_app.contract import ErrorCode

# Codes of errors that happen on this side of the wire; the service's own codes are `ErrorCode`.
NETWORK_ERROR = "network_error"
TIMEOUT = "timeout"
TLS_ERROR = "tls_error"
UNAVAILABLE = "unavailable"
BAD_RESPONSE = "bad_response"
RESPONSE_TOO_LARGE = "response_too_large"  # an answer over `transport.MAX_RESPONSE_BYTES`, not read
REDIRECTED = "redirected"  # a 3xx: the desk never follows one (it could leave https or the service)
RATE_LIMITED = "rate_limited"

_SESSION_CODES = frozenset({ErrorCode.token_expired, ErrorCode.unauthenticated})
_SIGN_IN_CODES = frozenset({ErrorCode.invalid_credentials, ErrorCode.totp_reused, ErrorCode.account_disabled})


class ApiError(Exception):
    """Base of every error the client raises for a call that did not succeed."""

    def __init__(self, status: int | None, code: ErrorCode | str, message: str, field: str | None = None) -> None:
        super().__init__(status, str(code), message, field)
        self.status = status
        self.code = code
        self.message = message
        self.field = field

    def __str__(self) -> str:
        where = f"HTTP {self.status}" if self.status is not None else "no response"
        field = f", field {self.field}" if self.field else ""
        return f"{self.message} ({where}, {self.code}{field})"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, code={str(self.code)!r}, "
            f"message={self.message!r}, field={self.field!r})"
        )


class InsecureServerError(ValueError):
    """The server address would send tokens in the clear, or with certificate checks turned off."""


class SessionExpired(ApiError):
    """The session is over (expired, revoked or signed out) and could not be refreshed: sign in again."""


class AuthenticationFailed(ApiError):
    """Sign-in or step-up refused: wrong password or code, a reused code, a disabled account.

    Too many failed attempts come as `RateLimited` (code too_many_attempts) instead.
    """


class StepUpRequired(ApiError):
    """The call needs a fresh TOTP confirmation (`ApiClient.step_up`) first."""


class Forbidden(ApiError):
    """The signed-in agent may not do this."""


class NotFound(ApiError):
    """The thing asked for does not exist (or is not visible to this agent)."""


class Conflict(ApiError):
    """409: version_conflict, already_decided, no_effect, request_expired and the like; reload first."""


class ValidationFailed(ApiError):
    """The request was refused as invalid (400, 413 or 422), or failed validation before it was sent."""


class RateLimited(ApiError):
    """429: too many requests; `retry_after` says how many seconds to wait, when the service said."""

    def __init__(
        self,
        status: int | None,
        code: ErrorCode | str,
        message: str,
        field: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(status, code, message, field)
        self.retry_after = retry_after


class ServiceUnavailable(ApiError):
    """The service could not be reached or answered 5xx: network failure, timeout, TLS failure, outage."""


class BadResponse(ApiError):
    """The service answered, but not with what the contract says (HTML from a proxy, truncated JSON...)."""


def coerce_code(code: str) -> ErrorCode | str:
    """The `ErrorCode` for a known code; a newer service's unknown code stays a plain string."""
    try:
        return ErrorCode(code)
    except ValueError:
        return code


def error_from_response(response: requests.Response) -> ApiError:
    """The typed error for an HTTP error response (status 400 and above, or an unexpected 3xx)."""
    status = response.status_code
    detail = _error_detail(response)
    if detail is None:
        return _error_without_body(response)
    code, message, field = detail
    if code == ErrorCode.step_up_required:
        return StepUpRequired(status, code, message, field)
    if code in _SIGN_IN_CODES:
        return AuthenticationFailed(status, code, message, field)
    if status == 401:
        cls: type[ApiError] = SessionExpired if code in _SESSION_CODES else AuthenticationFailed
        return cls(status, code, message, field)
    if status == 429:
        return RateLimited(status, code, message, field, retry_after=retry_after_seconds(response))
    return _class_for_status(status)(status, code, message, field)


def bad_response_from_validation(status: int, what: str, exc: ValidationError) -> BadResponse:
    """A `BadResponse` naming the fields that did not match, without the values (they may be secret)."""
    problems = []
    for error in exc.errors(include_url=False, include_input=False, include_context=False)[:5]:
        location = ".".join(str(part) for part in error["loc"]) or "(body)"
        problems.append(f"{location}: {error['type']}")
    more = "" if exc.error_count() <= 5 else f" and {exc.error_count() - 5} more"
    return BadResponse(status, BAD_RESPONSE, f"{what} did not match the contract: {'; '.join(problems)}{more}")


def retry_after_seconds(response: requests.Response) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None when absent or bad."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - time.time())


def error_from_exception(exc: requests.RequestException) -> ServiceUnavailable:
    """A `ServiceUnavailable` for a transport failure, naming its kind but not the request."""
    kind = type(exc).__name__
    if isinstance(exc, requests.exceptions.SSLError):
        return ServiceUnavailable(None, TLS_ERROR, f"the service's TLS certificate could not be verified ({kind})")
    if isinstance(exc, requests.Timeout) or _timed_out_after_retries(exc):
        return ServiceUnavailable(None, TIMEOUT, f"the service did not answer in time ({kind})")
    return ServiceUnavailable(None, NETWORK_ERROR, f"could not reach the service ({kind})")


def _timed_out_after_retries(exc: requests.RequestException) -> bool:
    """Whether retries ran out on timeouts (requests reports that as a plain ConnectionError)."""
    reason = exc.args[0] if exc.args else None
    if isinstance(reason, urllib3.exceptions.MaxRetryError):
        reason = reason.reason
    return isinstance(reason, urllib3.exceptions.TimeoutError) and not isinstance(
        reason,
        urllib3.exceptions.NewConnectionError,  # a refused connection, oddly a ConnectTimeoutError
    )


def _error_detail(response: requests.Response) -> tuple[ErrorCode | str, str, str | None] | None:
    """(code, message, field) from a contract `ErrorResponse` body, leniently; None if it is not one.

    Lenient on purpose: a newer service may send a code this client does not know yet.
    """
    try:
        body = response.json()
    except ValueError:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None
    code, message, field = error.get("code"), error.get("message"), error.get("field")
    if not isinstance(code, str) or not isinstance(message, str):
        return None
    return coerce_code(code), message, field if isinstance(field, str) else None


def _error_without_body(response: requests.Response) -> ApiError:
    """The error for a response whose body is not a contract error (a proxy's page, an empty body)."""
    status = response.status_code
    if 300 <= status < 400:
        return BadResponse(status, REDIRECTED, f"the server answered with a redirect (HTTP {status}), not followed")
    if status >= 500:
        return ServiceUnavailable(status, UNAVAILABLE, f"the service is unavailable (HTTP {status})")
    if status == 429:
        return RateLimited(status, RATE_LIMITED, "too many requests", retry_after=retry_after_seconds(response))
    if status == 413:
        return ValidationFailed(status, ErrorCode.payload_too_large, "the request is too large")
    if status in (400, 422):
        return ValidationFailed(status, ErrorCode.validation_error, "the service refused the request")
    if status == 404:
        return NotFound(status, ErrorCode.not_found, "not found (the service may be a different version)")
    return BadResponse(status, BAD_RESPONSE, f"the service answered HTTP {status} without the expected error body")


def _class_for_status(status: int) -> type[ApiError]:
    if status == 403:
        return Forbidden
    if status == 404:
        return NotFound
    if status == 409:
        return Conflict
    if status in (400, 413, 422):
        return ValidationFailed
    if status >= 500:
        return ServiceUnavailable
    return ApiError
