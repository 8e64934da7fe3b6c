"""Notes the service writes itself (`system_code` + `system_params`), worded in the agent's language.

The service keeps an English body beside the code; a code or a value this desk does not know shows that body.
Values are untrusted (a summary, a note, a name): each is made safe and isolated before it goes into a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desk_app.contract import AuthorKind, EscalationStatus, MessageOut
from desk_app.ui.common.text import isolated, one_line, safe
from desk_app.ui.ticket.escalation import status_name

_PLACE = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """`template` with %1, %2… replaced in one pass, so a value holding "%2" is left as it is."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
                      template)


def _value(params: dict[str, str], key: str, limit: int = 200) -> str:
    return isolated(one_line(params[key], limit))


def _kind(kind: str) -> str:
    return {
        "recovery_phrase": QCoreApplication.translate("SystemNotes", "a wallet recovery phrase"),
        "private_key": QCoreApplication.translate("SystemNotes", "a private key"),
        "card_number": QCoreApplication.translate("SystemNotes", "a payment card number"),
    }[kind]


def _severity(value: str) -> str:
    return {
        "critical": QCoreApplication.translate("SystemNotes", "critical"),
        "high": QCoreApplication.translate("SystemNotes", "high"),
        "medium": QCoreApplication.translate("SystemNotes", "medium"),
        "low": QCoreApplication.translate("SystemNotes", "low"),
    }[value]


def _secret_exposed(params: dict[str, str]) -> str:
    kinds = [_kind(k) for k in params["kinds"].split(",")]
    what = kinds[0]
    for more in kinds[1:]:
        what = fill(QCoreApplication.translate("SystemNotes", "%1 and %2"), what, more)
    return fill(QCoreApplication.translate(
        "SystemNotes", "The customer sent what looks like %1. The desk removed it before storing the message, so "
        "no one here can see it. Tell the customer that anyone who saw it can take their funds: they must move "
        "their funds to a new wallet with a new recovery phrase now (or cancel the card), and that support will "
        "never ask for it."), what)


def _auto_ack(params: dict[str, str]) -> str:
    return QCoreApplication.translate("SystemNotes", "Auto-acknowledgement sent to the customer.")


def _headline(params: dict[str, str]) -> tuple[str, str, str]:
    return (_value(params, "escalation_id", 20), _severity(params["severity"]), _value(params, "summary", 300))


def _escalation_created(params: dict[str, str]) -> str:
    return fill(QCoreApplication.translate("SystemNotes", "Escalated to engineering by %1 as #%2 (%3): %4"),
                _value(params, "actor", 80), *_headline(params))


def _escalation_linked(params: dict[str, str]) -> str:
    return fill(QCoreApplication.translate("SystemNotes", "Linked by %1 to engineering escalation #%2 (%3): %4. "
                                           "Status: %5"),
                _value(params, "actor", 80), *_headline(params), status_name(EscalationStatus(params["status"])))


def _escalation_status(params: dict[str, str]) -> str:
    status = status_name(EscalationStatus(params["status"]))
    if params.get("note"):
        return fill(QCoreApplication.translate("SystemNotes", "Engineering escalation #%1 is now: %2. "
                                               "Engineering's note: %3"),
                    _value(params, "escalation_id", 20), status, isolated(safe(params["note"], 3_000)))
    return fill(QCoreApplication.translate("SystemNotes", "Engineering escalation #%1 is now: %2"),
                _value(params, "escalation_id", 20), status)


_WORDING: dict[str, Callable[[dict[str, str]], str]] = {
    "secret_exposed": _secret_exposed, "auto_ack": _auto_ack, "escalation_created": _escalation_created,
    "escalation_linked": _escalation_linked, "escalation_status": _escalation_status,
}


def system_text(message: MessageOut) -> str | None:
    """The note worded in the current language (already safe to show), or None: show the body instead."""
    if message.author_kind is not AuthorKind.system or message.system_code not in _WORDING:
        return None
    try:
        return _WORDING[message.system_code](message.system_params)
    except (KeyError, ValueError, IndexError):  # a value missing or unknown (a newer service): the English body
        return None
