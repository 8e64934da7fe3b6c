"""Translated names for the contract's vocabularies (status, priority, ...), shared by every screen."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from desk_app.contract import Category, Channel, Language, Priority, Role, TicketStatus, View


def status(value: TicketStatus) -> str:
    return {
        TicketStatus.new: QCoreApplication.translate("Labels", "New"),
        TicketStatus.open: QCoreApplication.translate("Labels", "Open"),
        TicketStatus.pending_customer: QCoreApplication.translate("Labels", "Waiting for customer"),
        TicketStatus.pending_approval: QCoreApplication.translate("Labels", "Awaiting approval"),
        TicketStatus.resolved: QCoreApplication.translate("Labels", "Resolved"),
        TicketStatus.closed: QCoreApplication.translate("Labels", "Closed"),
    }[value]


def role(value: Role) -> str:
    return {
        Role.agent: QCoreApplication.translate("Labels", "Agent"),
        Role.security_agent: QCoreApplication.translate("Labels", "Security agent"),
        Role.supervisor: QCoreApplication.translate("Labels", "Supervisor"),
        Role.admin: QCoreApplication.translate("Labels", "Administrator"),
    }[value]


def priority(value: Priority) -> str:
    return {
        Priority.low: QCoreApplication.translate("Labels", "Low"),
        Priority.normal: QCoreApplication.translate("Labels", "Normal"),
        Priority.high: QCoreApplication.translate("Labels", "High"),
        Priority.urgent: QCoreApplication.translate("Labels", "Urgent"),
    }[value]


def category(value: Category) -> str:
    return {
        Category.account: QCoreApplication.translate("Labels", "Account"),
        Category.trading: QCoreApplication.translate("Labels", "Trading"),
        Category.deposit_withdrawal: QCoreApplication.translate("Labels", "Deposits & withdrawals"),
        Category.technical: QCoreApplication.translate("Labels", "Technical"),
        Category.security: QCoreApplication.translate("Labels", "Security"),
        Category.compliance: QCoreApplication.translate("Labels", "Compliance"),
    }[value]


def channel(value: Channel) -> str:
    return {
        Channel.email: QCoreApplication.translate("Labels", "Email"),
        Channel.chat: QCoreApplication.translate("Labels", "Chat"),
        Channel.phone: QCoreApplication.translate("Labels", "Phone"),
        Channel.social: QCoreApplication.translate("Labels", "Social"),
    }[value]


def language(value: Language) -> str:
    """The language's own name, so an agent finds theirs whatever the UI language is."""
    return {
        Language.en: "English",
        Language.zh: "中文",
        Language.ko: "한국어",
        Language.ja: "日本語",
        Language.ru: "Русский",
        Language.es: "Español",
        Language.tr: "Türkçe",
        Language.ar: "العربية",
    }[value]


def view(value: View) -> str:
    return {
        View.mine: QCoreApplication.translate("Labels", "My tickets"),
        View.unassigned: QCoreApplication.translate("Labels", "Unassigned"),
        View.security: QCoreApplication.translate("Labels", "Security"),
        View.awaiting_approval: QCoreApplication.translate("Labels", "Awaiting approval"),
        View.all: QCoreApplication.translate("Labels", "All"),
    }[value]


def of(value: enum.Enum) -> str:
    """The label of any vocabulary value above."""
    for kind, fn in (
        (TicketStatus, status),
        (Priority, priority),
        (Category, category),
        (Channel, channel),
        (Language, language),
        (View, view),
    ):
        if isinstance(value, kind):
            return fn(value)  # type: ignore[operator]
    return str(value.value)


def insecure_keyring(reason: str) -> str:
    """Why tokens stay in memory only (a `desk_app.credentials.Insecure` value), for the warning banner."""
    again = QCoreApplication.translate("Labels", "You will have to sign in again next time.")
    text = {
        "no-keyring": QCoreApplication.translate("Labels", "No system keyring was found."),
        "keyring-off": QCoreApplication.translate("Labels", "The system keyring is turned off."),
        "unprotected-file": QCoreApplication.translate(
            "Labels", "The keyring in use keeps secrets in a file without proper protection."),
        "not-usable": QCoreApplication.translate("Labels", "The system keyring cannot be used here."),
        "not-recommended": QCoreApplication.translate("Labels", "The keyring in use is not recommended for secrets."),
    }.get(reason, QCoreApplication.translate("Labels", "The system keyring cannot be used here."))
    return f"{text} {again}"


def kyc_status(value: str) -> str:
    """The usual KYC review states in the agent's language; any other state the exchange sends, as it is."""
    return {
        "none": QCoreApplication.translate("Labels", "not started"),
        "pending": QCoreApplication.translate("Labels", "under review"),
        "verified": QCoreApplication.translate("Labels", "verified"),
        "rejected": QCoreApplication.translate("Labels", "rejected"),
    }.get(value, value)
