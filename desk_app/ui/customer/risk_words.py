"""Risk-signal details and transaction statuses in the agent's language, from the codes the service sends.

The service keeps English text beside each code (`RiskSignal.detail`, `TransactionRecord.status`); a code or a
value this desk does not know shows that text as it came. Values are the exchange's data (a device name, an
asset): each is made one safe line before it goes into a sentence.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desk_app.contract import RiskSignal, TransactionRecord, TransactionStatus
from desk_app.ui.common.numbers import format_amount
from desk_app.ui.common.text import Formatted, isolated, one_line

_PLACE = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """`template` with %1, %2… replaced in one pass, so a value holding "%2" is left as it is."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
                      template)


def status_name(status: TransactionStatus) -> str:
    return {
        TransactionStatus.pending: QCoreApplication.translate("RiskWords", "Pending"),
        TransactionStatus.processing: QCoreApplication.translate("RiskWords", "Processing"),
        TransactionStatus.completed: QCoreApplication.translate("RiskWords", "Completed"),
        TransactionStatus.failed: QCoreApplication.translate("RiskWords", "Failed"),
        TransactionStatus.cancelled: QCoreApplication.translate("RiskWords", "Cancelled"),
        TransactionStatus.rejected: QCoreApplication.translate("RiskWords", "Rejected"),
    }[status]


def transaction_status(record: TransactionRecord) -> str:
    """The status in the agent's language, or as the exchange sent it (untrusted) when it has no code."""
    return status_name(record.status_code) if record.status_code is not None else record.status


def _status_value(value: str) -> str:
    known = TransactionStatus._value2member_map_.get(value)
    return status_name(TransactionStatus(value)) if known is not None else one_line(value, 40)


def _value(params: dict[str, str], key: str, limit: int = 80) -> str:
    return isolated(one_line(params[key], limit))


def _new_device(p: dict[str, str]) -> str:
    return fill(QCoreApplication.translate("RiskWords", "%1 · from %2 · IP %3"),
                _value(p, "device"), _value(p, "country", 20), _value(p, "ip", 60))


def _new_withdrawal_address(p: dict[str, str]) -> str:
    return fill(QCoreApplication.translate("RiskWords", "%1 address %2"), _value(p, "asset", 20),
                _value(p, "address"))


def _large_withdrawal(p: dict[str, str]) -> str:
    usd = format_amount(str(int(p["usd_value"])))  # grouped in the agent's locale, as amounts are
    return fill(QCoreApplication.translate("RiskWords", "%1 %2 (about %3 US dollars), %4"),
                format_amount(p["amount"]), _value(p, "asset", 20), usd, _status_value(p["status"]))


def _fixed(code: str) -> str:
    return {
        "password_reset_email": QCoreApplication.translate("RiskWords", "Password reset through the email link"),
        "twofa_enabled_app": QCoreApplication.translate("RiskWords", "2FA turned on (authenticator app)"),
        "twofa_device_changed": QCoreApplication.translate("RiskWords", "2FA moved to another device"),
        "twofa_disabled": QCoreApplication.translate("RiskWords", "2FA turned off"),
        "authenticator_rebound": QCoreApplication.translate("RiskWords", "Authenticator bound to a new device"),
        "email_changed": QCoreApplication.translate("RiskWords", "Email address changed"),
    }[code]


def _twofa_reset_by_desk(p: dict[str, str]) -> str:
    return fill(QCoreApplication.translate("RiskWords", "2FA reset by the security desk (request #%1)"),
                _value(p, "request_id", 20))


_WITH_VALUES = {"new_device": _new_device, "new_withdrawal_address": _new_withdrawal_address,
                "large_withdrawal": _large_withdrawal, "twofa_reset_by_desk": _twofa_reset_by_desk}


def signal_detail(signal: RiskSignal) -> str:
    """The signal's detail in the agent's language (its values already made safe, so `Formatted`); the service's
    English text, untrusted, for what this desk cannot word."""
    return detail_text(signal.detail_code, signal.detail_params, signal.detail)


def detail_text(code: str | None, params: dict[str, str], english: str) -> str:
    """A risk signal's detail from its code and values, as `signal_detail` words it (also for the incident
    record, whose entries carry the same code and values); `english`, untrusted, for what this desk cannot word."""
    try:
        if code in _WITH_VALUES:
            return Formatted(_WITH_VALUES[code](params))
        if code is not None:
            return Formatted(_fixed(code))
    except (KeyError, ValueError):  # a newer service's code, or a value missing: its English text
        pass
    return english
