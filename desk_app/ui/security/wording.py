"""Plain words for security actions, their states, risk signals and the service's refusals.

One place, so the request form, the customer's request list and the approvals queue say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.client import ApiError, Conflict, Forbidden, NotFound, ServiceUnavailable, SessionExpired
from desk_app.contract import ActionKind, ActionStatus, ErrorCode, RevealField

translate = QCoreApplication.translate  # called with literal contexts, so lupdate finds every string


def kind_name(kind: ActionKind) -> str:
    return {
        ActionKind.freeze_account: translate("SecurityWording", "Freeze account"),
        ActionKind.unfreeze_account: translate("SecurityWording", "Unfreeze account"),
        ActionKind.reset_2fa: translate("SecurityWording", "Reset 2FA"),
        ActionKind.revoke_sessions: translate("SecurityWording", "Revoke all sessions"),
        ActionKind.lock_withdrawals: translate("SecurityWording", "Lock withdrawals"),
        ActionKind.unlock_withdrawals: translate("SecurityWording", "Unlock withdrawals"),
    }[kind]


def kind_label(kind: ActionKind, params: dict[str, object]) -> str:
    """The kind with its parameters: "Lock withdrawals (72 h)"."""
    hours = params.get("hours")
    if kind is ActionKind.lock_withdrawals and isinstance(hours, int):
        return translate("SecurityWording", "Lock withdrawals (%n h)", None, hours)
    return kind_name(kind)


def consequences(kind: ActionKind, hours: int = 24) -> str:
    """What carrying the action out does to the customer, in plain words."""
    return {
        ActionKind.freeze_account: translate(
            "SecurityWording",
            "The customer can no longer sign in, trade, deposit or withdraw until the account is unfrozen. "
            "Open orders stay as they are.",
        ),
        ActionKind.unfreeze_account: translate(
            "SecurityWording",
            "The customer can sign in, trade and withdraw again. Do this only once you are sure the "
            "person asking is the account owner.",
        ),
        ActionKind.reset_2fa: translate(
            "SecurityWording",
            "Two-factor authentication is switched off, every session is signed out, and withdrawals are "
            "locked for 48 hours. The customer sets up 2FA again at the next sign-in.",
        ),
        ActionKind.revoke_sessions: translate(
            "SecurityWording",
            "Every device signed in to this account is signed out at once. The customer (or an attacker) "
            "must sign in again with password and 2FA.",
        ),
        ActionKind.lock_withdrawals: translate(
            "SecurityWording",
            "No withdrawals can leave this account for the next %n h. Deposits and trading continue.",
            None,
            hours,
        ),
        ActionKind.unlock_withdrawals: translate(
            "SecurityWording", "Withdrawals are possible again at once, to any address in the customer's address book."
        ),
    }[kind]


def emergency_consequences() -> str:
    return translate(
        "SecurityWording",
        "The account is frozen immediately, before anyone approves it. A supervisor reviews the freeze "
        "within 30 minutes and may reverse it. Use this only when funds are at risk right now.",
    )


def status_name(status: ActionStatus) -> str:
    return {
        ActionStatus.pending: translate("SecurityWording", "Pending approval"),
        ActionStatus.executed: translate("SecurityWording", "Approved and carried out"),
        ActionStatus.rejected: translate("SecurityWording", "Rejected"),
        ActionStatus.expired: translate("SecurityWording", "Expired"),
        ActionStatus.cancelled: translate("SecurityWording", "Cancelled"),
        ActionStatus.failed: translate("SecurityWording", "Failed"),
        ActionStatus.under_review: translate("SecurityWording", "Taken, under review"),
        ActionStatus.confirmed: translate("SecurityWording", "Confirmed"),
        ActionStatus.reversed: translate("SecurityWording", "Reversed"),
        ActionStatus.executing: translate("SecurityWording", "Approved, being carried out"),
        ActionStatus.reversing: translate("SecurityWording", "Reversal approved, being carried out"),
    }[status]


def field_name(field: RevealField) -> str:
    return {
        RevealField.name: translate("SecurityWording", "Name"),
        RevealField.email: translate("SecurityWording", "Email"),
        RevealField.phone: translate("SecurityWording", "Phone"),
        RevealField.document_number: translate("SecurityWording", "Document number"),
        RevealField.address: translate("SecurityWording", "Postal address"),
    }[field]


def signal_name(kind: str) -> str:
    names = {
        "new_device": translate("SecurityWording", "New device"),
        "password_reset": translate("SecurityWording", "Password reset"),
        "twofa_change": translate("SecurityWording", "2FA changed"),
        "new_withdrawal_address": translate("SecurityWording", "New withdrawal address"),
        "large_withdrawal": translate("SecurityWording", "Large withdrawal"),
    }
    return names.get(kind, kind)


def error_text(exc: Exception) -> str:
    """What went wrong, for a person: from the error's code, never a raw traceback."""
    if not isinstance(exc, ApiError):
        return translate("SecurityWording", "Something went wrong on this workstation (%1).").replace(
            "%1", type(exc).__name__
        )
    code = exc.code
    known = {
        ErrorCode.version_conflict: translate(
            "SecurityWording", "This request changed since you opened it. Look at it again."
        ),
        ErrorCode.already_decided: translate("SecurityWording", "This request was already decided."),
        ErrorCode.no_effect: translate("SecurityWording", "This would change nothing on the account now."),
        ErrorCode.request_expired: translate("SecurityWording", "This request expired before anyone decided it."),
        ErrorCode.self_approval: translate(
            "SecurityWording", "Your own request must be decided by another supervisor."
        ),
        ErrorCode.emergency_not_allowed: translate(
            "SecurityWording", "Only protective actions can be taken as an emergency."
        ),
        ErrorCode.totp_reused: translate(
            "SecurityWording", "That code was already used. Wait for the next code and try again."
        ),
        ErrorCode.invalid_credentials: translate(
            "SecurityWording", "That code is not right. Check your authenticator app."
        ),
        ErrorCode.too_many_attempts: translate(
            "SecurityWording", "Too many attempts. Wait a few minutes and try again."
        ),
        ErrorCode.execution_failed: translate("SecurityWording", "The account system could not carry this out."),
    }
    if code in known:
        return known[code]
    if isinstance(exc, Forbidden):
        return translate("SecurityWording", "Your role may not do this.")
    if isinstance(exc, NotFound):
        return translate("SecurityWording", "It no longer exists, or you may not see it.")
    if isinstance(exc, SessionExpired):
        return translate("SecurityWording", "Your session has ended. Sign in again.")
    if isinstance(exc, ServiceUnavailable):
        return translate("SecurityWording", "The desk service cannot be reached. Try again in a moment.")
    if isinstance(exc, Conflict):
        return translate("SecurityWording", "Someone changed this meanwhile. Look at it again.")
    if exc.field:
        return translate("SecurityWording", "The service refused the value of %1.").replace("%1", exc.field)
    return translate("SecurityWording", "The service refused this (%1).").replace("%1", str(code))
