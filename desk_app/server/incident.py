"""The incident record of a customer: risk signals, messages, security actions and decisions, reveals and
ticket status changes merged into one timeline, with customer data masked. Building it only reads."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from phonenumbers import PhoneNumber
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import masking, phones, risk
from desk_app.server.models import (
    AddressBookEntry,
    Agent,
    AuditLog,
    Customer,
    CustomerSession,
    Message,
    Ticket,
    Transaction,
    utcnow,
)

DEFAULT_WINDOW = timedelta(days=30)
EXCERPT = 200  # characters of a message shown in the record
MAX_ROWS = 2_000  # per source; more marks the record truncated
ACTION_EVENTS = frozenset(
    {
        "action.requested",
        "action.approved",
        "action.rejected",
        "action.executed",
        "action.failed",
        "action.confirmed",
        "action.reversed",
        "action.restored",
        "action.reverse_failed",
        "action.expired",
        "action.cancelled",
        "action.review_overdue",
    }
)
AUDIT_EVENTS = ACTION_EVENTS | {"customer.revealed", "ticket.updated"}
_SPACED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "ARMENIAN", "GEORGIAN")


def _spaced(word: str) -> bool:
    """Whether the word is written in a script that separates words with spaces (so \\b-like bounds fit)."""
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith(_SPACED_SCRIPTS) for ch in word)


class Redactor:
    """Replaces this customer's own personal values in free text with the masked forms the profile shows.

    Customers write their name, e-mail, phone or wallet into messages; agents into reasons and comments.
    """

    def __init__(self, customer: Customer, wallets: Iterable[str] = ()) -> None:
        rules: list[tuple[re.Pattern[str], str]] = []

        def literal(value: str, masked: str, bounded: bool = False) -> None:
            value = value.strip()
            if len(value) < 2:
                return
            pattern = re.escape(value)
            if bounded:
                pattern = rf"(?<!\w){pattern}(?!\w)"
            rules.append((re.compile(pattern, re.IGNORECASE), masked))

        literal(customer.email, masking.email(customer.email))
        literal(customer.address, masking.address(customer.address))
        literal(customer.document_number, masking.document(customer.document_number))
        digits = re.sub(r"\D", "", customer.phone)
        if len(digits) >= 6:  # however the customer spaces it: +82 10-1234-5678 or 01012345678
            rules.append((re.compile(r"\+?" + r"[\s\-.()]*".join(digits)), masking.phone(customer.phone)))
        for wallet in sorted(set(wallets), key=len, reverse=True):
            if len(wallet) >= 12:
                literal(wallet, masking.wallet(wallet))
        literal(customer.name, masking.name(customer.name), bounded=_spaced(customer.name))
        for word in sorted(customer.name.split(), key=len, reverse=True):
            if len(word) >= 2:
                literal(word, masking.name(word), bounded=_spaced(word))
        self._rules = rules
        # Any other phone number, or this one in a domestic format: libphonenumber reads the text as written in
        # the customer's country and the exchange's main regions (phones.py).
        self._regions = phones.regions_for(customer.country)
        self._own_phone = phones.parse(customer.phone, customer.country) if customer.phone else None
        self._own_masked = masking.phone(customer.phone)

    def _phone(self, written: str, number: PhoneNumber) -> str:
        if self._own_phone is not None and phones.same_number(number, self._own_phone):
            return self._own_masked  # as the profile shows it
        return masking.phone(written)

    def __call__(self, text: str) -> str:
        for pattern, masked in self._rules:
            text = pattern.sub(masked, text)
        return phones.replace(text, self._regions, self._phone)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _excerpt(body: str, redact: Redactor) -> str:
    """The message's start as one line of plain text, personal values masked before it is cut."""
    # Only the start is shown; masks never shrink text by EXCERPT characters, so twice that is masked whole.
    text = redact(" ".join(body.split())[: EXCERPT * 2])
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


class _Builder:
    """Collects entries from each source, newest first; `truncated` notes a source with more than MAX_ROWS
    rows since `since` (the latest are kept, so a shorter period shows everything)."""

    def __init__(self, session: Session, customer: Customer, since: datetime, redact: Redactor) -> None:
        self.session, self.customer, self.since, self.redact = session, customer, since, redact
        self._found: list[tuple[datetime, int, int, c.IncidentEntry]] = []
        self.truncated = False

    def entries(self) -> list[c.IncidentEntry]:
        """In time order; at the same moment signals, then messages, then audit entries, each by id."""
        return [entry for *_, entry in sorted(self._found, key=lambda found: found[:3])]

    def _capped(self, rows: list[Any]) -> list[Any]:
        if len(rows) > MAX_ROWS:
            self.truncated = True
        return rows[:MAX_ROWS]

    def add(
        self,
        order: tuple[int, int],  # (source, id): which of two entries at one moment comes first
        at: datetime,
        kind: str,
        actor: str,
        summary: str,
        ticket_id: int | None = None,
        action_id: int | None = None,
        **details: Any,
    ) -> None:
        entry = c.IncidentEntry(
            at=at, kind=kind, actor=actor, summary=summary, ticket_id=ticket_id, action_id=action_id, details=details
        )
        self._found.append((at, *order, entry))

    def signals(self, found: list[c.RiskSignal]) -> None:
        for i, signal in enumerate(found):
            if signal.at >= self.since:
                self.add(
                    (0, i),
                    signal.at,
                    f"signal.{signal.kind}",
                    "customer",
                    signal.detail,
                    signal=signal.kind,
                    detail=signal.detail,
                    detail_code=signal.detail_code,  # so a desk words it in its language, as on the profile
                    detail_params=signal.detail_params,
                    clustered=signal.clustered,
                )

    def messages(self) -> None:
        query = (
            select(Message, Agent.username)
            .join(Ticket, Ticket.id == Message.ticket_id)
            .outerjoin(Agent, Agent.id == Message.author_agent_id)
            .where(Ticket.customer_id == self.customer.id, Message.created_at >= self.since)
            .order_by(Message.created_at.desc(), Message.id.desc())  # over the cap, the latest are kept
        )
        for message, username in self._capped(list(self.session.execute(query.limit(MAX_ROWS + 1)).tuples())):
            if message.author_kind == c.AuthorKind.customer:
                kind, actor, author = "message.customer", "customer", masking.name(message.author_name)
            else:
                kind = "message.note" if message.internal else "message.agent"
                actor = "system" if message.author_kind == c.AuthorKind.system else username or message.author_name
                author = message.author_name
            excerpt = _excerpt(message.shown_body, self.redact)
            self.add(
                (1, message.id),
                message.created_at,
                kind,
                actor,
                excerpt,
                ticket_id=message.ticket_id,
                message_id=message.id,
                author=author,
                excerpt=excerpt,
                truncated=len(" ".join(message.shown_body.split())) > EXCERPT,
            )

    def audit(self) -> None:
        query = (
            select(AuditLog)
            .where(
                AuditLog.customer_id == self.customer.id,
                AuditLog.at >= self.since,
                AuditLog.event.in_(sorted(AUDIT_EVENTS)),
            )
            .order_by(AuditLog.id.desc())  # over the cap, the latest are kept
        )
        for row in self._capped(list(self.session.scalars(query.limit(MAX_ROWS + 1)))):
            details: dict[str, Any] = row.details or {}
            if row.event == "customer.revealed":
                field, reason = str(details.get("field", "")), self.redact(str(details.get("reason", "")))
                self.add(
                    (2, row.id),
                    row.at,
                    row.event,
                    row.actor,
                    f"Revealed {field}: {reason}",
                    ticket_id=row.ticket_id,
                    field=field,
                    reason=reason,
                )
            elif row.event == "ticket.updated":
                change = (details.get("changes") or {}).get("status")
                if isinstance(change, list) and len(change) == 2:
                    before, after = (str(x) for x in change)
                    self.add(
                        (2, row.id),
                        row.at,
                        "ticket.status_changed",
                        row.actor,
                        f"Ticket #{row.ticket_id}: {before} → {after}",
                        ticket_id=row.ticket_id,
                        status_from=before,
                        status_to=after,
                    )
            else:
                self._action(row, details)

    def _action(self, row: AuditLog, details: dict[str, Any]) -> None:
        verb = row.event.removeprefix("action.")
        action = str(details.get("kind", ""))
        extra: dict[str, Any] = {"action": action}
        summary = f"{action} {verb.replace('_', ' ')}"
        if "reason" in details:
            extra["reason"] = self.redact(str(details["reason"]))
            extra["params"] = details.get("params") or {}
            extra["emergency"] = bool(details.get("emergency"))
            summary += f": {extra['reason']}"
        if details.get("comment"):
            extra["comment"] = self.redact(str(details["comment"]))
            summary += f": {extra['comment']}"
        for key in ("result", "error"):
            if details.get(key):
                extra[key] = self.redact(str(details[key]))
                summary += f" ({extra[key]})"
        if isinstance(details.get("restored"), dict):
            restored = details["restored"]
            extra["restored"] = {k: restored.get(k) for k in ("account_status", "withdrawals_locked_until")}
        self.add(
            (2, row.id),
            row.at,
            row.event,
            row.actor,
            summary,
            ticket_id=row.ticket_id,
            action_id=row.action_id,
            **extra,
        )


def _wallets(session: Session, customer_id: int) -> set[str]:
    found = set(
        session.scalars(
            select(AddressBookEntry.address).where(AddressBookEntry.customer_id == customer_id).limit(MAX_ROWS)
        )
    )
    found.update(
        session.scalars(select(Transaction.address).where(Transaction.customer_id == customer_id).limit(MAX_ROWS))
    )
    return found


def build(
    session: Session, customer: Customer, generated_by: str, since: datetime | None, large_withdrawal_usd: int
) -> c.IncidentRecord:
    """The record from `since` (default: the last 30 days) until now."""
    now = utcnow()
    since = _aware(since) if since is not None else now - DEFAULT_WINDOW
    current = risk.signals(session, customer.id, now, large_withdrawal_usd)  # what the profile shows now
    # risk.signals looks back risk.WINDOW from the moment it is given, with no upper bound: moved so the
    # window starts at `since`, it finds every signal since then (the clusters computed over that span).
    in_window = (
        current
        if since == now - risk.WINDOW
        else risk.signals(session, customer.id, since + risk.WINDOW, large_withdrawal_usd)
    )
    builder = _Builder(session, customer, since, Redactor(customer, _wallets(session, customer.id)))
    builder.signals(in_window)
    builder.messages()
    builder.audit()
    sessions = (
        session.scalar(
            select(func.count())
            .select_from(CustomerSession)
            .where(CustomerSession.customer_id == customer.id, CustomerSession.revoked_at.is_(None))
        )
        or 0
    )
    locked = customer.withdrawals_locked_until
    return c.IncidentRecord(
        customer_id=customer.id,
        customer_display=masking.name(customer.name),
        generated_at=now,
        generated_by=generated_by,
        since=since,
        takeover_pattern=risk.takeover_pattern(current, now),
        account_now=c.AccountNow(
            account_status=c.AccountStatus(customer.account_status),
            twofa_enabled=customer.twofa_enabled,
            withdrawals_locked_until=locked if locked and locked > now else None,
            active_sessions=sessions,
        ),
        entries=builder.entries(),
        truncated=builder.truncated,
    )
