"""What a failed call means to an agent: one plain sentence per error code, never a traceback.

The service's own message is English and technical; the desk shows its translated sentence for the
code instead, and adds the field the service named when that helps.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desk_app.client import ApiError, InsecureServerError, RateLimited
from desk_app.client.errors import (
    BAD_RESPONSE,
    NETWORK_ERROR,
    RATE_LIMITED,
    REDIRECTED,
    RESPONSE_TOO_LARGE,
    TIMEOUT,
    TLS_ERROR,
    UNAVAILABLE,
)
from desk_app.contract import ErrorCode
from desk_app.credentials import CredentialError

log = logging.getLogger(__name__)


def _by_code() -> dict[str, str]:
    return {
        ErrorCode.invalid_credentials: QCoreApplication.translate(
            "Errors", "The user name, password or code is wrong."
        ),
        ErrorCode.totp_reused: QCoreApplication.translate(
            "Errors", "That code has already been used. Wait for the next code in your authenticator app and try again."
        ),
        ErrorCode.too_many_attempts: QCoreApplication.translate(
            "Errors", "Too many failed sign-in attempts. Wait a few minutes, then try again."
        ),
        ErrorCode.account_disabled: QCoreApplication.translate(
            "Errors", "This account is disabled. Ask an administrator."
        ),
        ErrorCode.token_expired: QCoreApplication.translate("Errors", "Your session has ended. Sign in again."),
        ErrorCode.unauthenticated: QCoreApplication.translate("Errors", "Your session has ended. Sign in again."),
        ErrorCode.step_up_required: QCoreApplication.translate(
            "Errors", "Confirm with a fresh code from your authenticator app first."
        ),
        ErrorCode.forbidden: QCoreApplication.translate("Errors", "You are not allowed to do this."),
        ErrorCode.not_found: QCoreApplication.translate("Errors", "This no longer exists, or you cannot see it."),
        ErrorCode.version_conflict: QCoreApplication.translate(
            "Errors", "Someone else changed this ticket since you opened it. Reload to see their change."
        ),
        ErrorCode.validation_error: QCoreApplication.translate("Errors", "The service refused the request as invalid."),
        ErrorCode.payload_too_large: QCoreApplication.translate(
            "Errors", "This is too long for the service to accept."
        ),
        ErrorCode.idempotency_mismatch: QCoreApplication.translate(
            "Errors", "This message was already sent with different text. Send it again as a new message."
        ),
        ErrorCode.already_decided: QCoreApplication.translate("Errors", "Someone else has already decided this."),
        ErrorCode.request_expired: QCoreApplication.translate("Errors", "This request has expired."),
        ErrorCode.reply_collision: QCoreApplication.translate(
            "Errors", "Another agent replied to the customer meanwhile. Read their reply, then send again if yours "
            "is still needed."
        ),
        ErrorCode.merge_into_itself: QCoreApplication.translate("Errors", "A ticket cannot be merged into itself."),
        ErrorCode.merge_customer_mismatch: QCoreApplication.translate(
            "Errors", "Only tickets of the same customer can be merged."
        ),
        ErrorCode.merge_target_closed: QCoreApplication.translate(
            "Errors", "That ticket is closed or was merged itself. Choose an open ticket."
        ),
        ErrorCode.already_merged: QCoreApplication.translate("Errors", "This ticket was already merged."),
        ErrorCode.ticket_merged: QCoreApplication.translate(
            "Errors", "This ticket was merged into another ticket; its conversation continues there."
        ),
        ErrorCode.unknown_placeholder: QCoreApplication.translate(
            "Errors", "The reply holds a placeholder in braces that the desk does not fill in. Only {customer_name}, "
            "{ticket_id} and {agent_name} are filled; correct or remove the others."
        ),
        NETWORK_ERROR: QCoreApplication.translate(
            "Errors", "The service could not be reached. Check the server address and your network."
        ),
        TIMEOUT: QCoreApplication.translate("Errors", "The service did not answer in time. Try again."),
        TLS_ERROR: QCoreApplication.translate(
            "Errors", "The service's certificate could not be verified, so the connection was not used."
        ),
        UNAVAILABLE: QCoreApplication.translate(
            "Errors", "The service is unavailable right now. Try again in a moment."
        ),
        BAD_RESPONSE: QCoreApplication.translate(
            "Errors", "The service gave an answer this desk does not understand (it may be a different version)."
        ),
        RATE_LIMITED: QCoreApplication.translate("Errors", "Too many requests. Wait a moment and try again."),
        REDIRECTED: QCoreApplication.translate(
            "Errors", "The server address sends the desk somewhere else, which the desk does not follow. Check the "
            "server address (for example https:// rather than http://)."
        ),
        RESPONSE_TOO_LARGE: QCoreApplication.translate(
            "Errors", "The service sent a far larger answer than expected, so the desk did not read it. Try again; "
            "if it happens again, tell your administrator."
        ),
    }


def describe(exc: BaseException) -> str:
    """One sentence for the agent; unknown failures are logged and described generically."""
    if isinstance(exc, InsecureServerError):
        return QCoreApplication.translate("Errors", "This server address is not safe to use: %1").replace(
            "%1", str(exc)
        )  # no secrets in it
    if isinstance(exc, CredentialError):
        return QCoreApplication.translate("Errors", "The system keyring failed: %1").replace("%1", str(exc))
    if isinstance(exc, ApiError):
        sentence = _by_code().get(str(exc.code))
        if sentence is None:
            sentence = QCoreApplication.translate("Errors", "The service refused the request (%1).").replace(
                "%1", str(exc.code)
            )
        if exc.code == ErrorCode.validation_error and exc.field:
            sentence += " " + QCoreApplication.translate("Errors", "Check: %1.").replace("%1", exc.field)
        if isinstance(exc, RateLimited) and exc.retry_after:
            sentence += " " + QCoreApplication.translate(
                "Errors", "Try again in %n second(s).", None, max(1, int(exc.retry_after))
            )
        return sentence
    log.error("unexpected failure", exc_info=exc)
    return QCoreApplication.translate("Errors", "Something went wrong (%1). The details are in the log.").replace(
        "%1", type(exc).__name__
    )


def is_conflict(exc: BaseException) -> bool:
    return isinstance(exc, ApiError) and exc.code == ErrorCode.version_conflict
