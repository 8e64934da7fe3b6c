"""The service's tables: SQLAlchemy 2 declarative models, the same on SQLite and PostgreSQL.

Every piece of state lives here (sessions, throttling, idempotency keys, events), so any number of
service processes can share one database.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL wants BIGINT for a million-row desk.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime(), dict[str, Any]: JSON(), list[str]: JSON()}


# --- people who use the desk ----------------------------------------------------------------------


class Agent(Base):
    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    totp_secret: Mapped[str] = mapped_column(String(64))
    roles: Mapped[list[str]] = mapped_column(JSON)
    locale: Mapped[str] = mapped_column(String(16), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuthSession(Base):
    """A signed-in agent: hashes of the opaque access and refresh tokens, never the tokens."""

    __tablename__ = "auth_sessions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    access_hash: Mapped[str] = mapped_column(String(64), unique=True)
    refresh_hash: Mapped[str] = mapped_column(String(64), unique=True)
    access_expires_at: Mapped[datetime]
    refresh_expires_at: Mapped[datetime]
    second_factor_at: Mapped[datetime]  # the last time this person proved their TOTP
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]
    # Refresh-token rotation: every session renewed from one sign-in shares the first one's id; rotated_at is
    # when this row's refresh token was traded (reuse after the grace period ends the whole family).
    family_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    rotated_at: Mapped[datetime | None]
    # The pair it was rotated to, AES-GCM-sealed under a key derived from this row's own refresh token (which
    # only the client has): within the grace period a second instance presenting it gets that same pair.
    successor_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)


class UsedTotp(Base):
    """A TOTP time step already used by an agent: a code is accepted once per person."""

    __tablename__ = "used_totp"
    __table_args__ = (UniqueConstraint("agent_id", "step"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    step: Mapped[int] = mapped_column(BigInteger)
    used_at: Mapped[datetime] = mapped_column(default=utcnow)


class LoginAttempt(Base):
    """Failed sign-ins, for throttling across every service process."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_user_at", "username", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)


# --- customers of the exchange --------------------------------------------------------------------


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(40), default="")
    document_number: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(8), default="en")
    kyc_level: Mapped[int] = mapped_column(Integer, default=0)
    kyc_status: Mapped[str] = mapped_column(String(20), default="none")
    vip_tier: Mapped[int] = mapped_column(Integer, default=0)
    account_status: Mapped[str] = mapped_column(String(20), default="active")
    withdrawals_locked_until: Mapped[datetime | None]
    twofa_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    twofa_changed_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)


class CustomerLogin(Base):
    __tablename__ = "customer_logins"
    __table_args__ = (Index("ix_customer_logins_customer_at", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    at: Mapped[datetime]
    ip: Mapped[str] = mapped_column(String(64))
    country: Mapped[str] = mapped_column(String(2))
    device: Mapped[str] = mapped_column(String(120))
    new_device: Mapped[bool] = mapped_column(Boolean, default=False)


class CustomerSession(Base):
    __tablename__ = "customer_sessions"
    __table_args__ = (Index("ix_customer_sessions_customer", "customer_id", "revoked_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    started_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    ip: Mapped[str] = mapped_column(String(64))
    device: Mapped[str] = mapped_column(String(120))
    revoked_at: Mapped[datetime | None]


class Transaction(Base):
    __tablename__ = "transactions"
    __table_args__ = (Index("ix_transactions_customer_at", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    at: Mapped[datetime]
    direction: Mapped[str] = mapped_column(String(10))
    asset: Mapped[str] = mapped_column(String(12))
    amount: Mapped[str] = mapped_column(String(40))  # decimal string: the asset's precision is kept
    usd_value: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20))
    tx_hash: Mapped[str] = mapped_column(String(130))
    address: Mapped[str] = mapped_column(String(130))


class AddressBookEntry(Base):
    __tablename__ = "address_book_changes"
    __table_args__ = (Index("ix_address_book_customer_at", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    at: Mapped[datetime]
    change: Mapped[str] = mapped_column(String(10))  # added | removed
    asset: Mapped[str] = mapped_column(String(12))
    address: Mapped[str] = mapped_column(String(130))
    label: Mapped[str] = mapped_column(String(80), default="")


class AccountEvent(Base):
    """Security-relevant changes to the customer's account made by the customer or the exchange."""

    __tablename__ = "account_events"
    __table_args__ = (Index("ix_account_events_customer_at", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(40))  # password_reset | twofa_change | email_change
    detail: Mapped[str] = mapped_column(String(200), default="")
    # what `detail` says as a code and its values (RiskSignal.detail_code), for a desk to word in its language
    detail_code: Mapped[str | None] = mapped_column(String(40))
    detail_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)


# --- tickets --------------------------------------------------------------------------------------


class Ticket(Base):
    __tablename__ = "tickets"
    # Keyset pagination walks `id` downwards; each inbox filter has an index ending in id.
    __table_args__ = (
        Index("ix_tickets_status_priority_id", "status", "priority", "id"),
        Index("ix_tickets_assignee_status_id", "assignee_id", "status", "id"),
        Index("ix_tickets_category_id", "category", "id"),
        Index("ix_tickets_language_id", "language", "id"),
        Index("ix_tickets_channel_id", "channel", "id"),
        Index("ix_tickets_customer_id", "customer_id", "id"),
        # The supervisor's statistics (#10): per-day counts by category and language, backlog and load.
        Index("ix_tickets_created_stats", "created_at", "category", "language"),
        Index("ix_tickets_resolved_stats", "resolved_at", "category", "language"),
        Index("ix_tickets_status_category_assignee", "status", "category", "assignee_id"),
        # The clocks falling due today, which the statistics' rollups leave to a live query (server/rollups.py).
        Index("ix_tickets_first_response_due", "first_response_due"),
        Index("ix_tickets_resolution_due", "resolution_due"),
        # Substring search of subjects (#7): trigrams on PostgreSQL (pg_trgm). SQLite makes it a plain index,
        # which a '%word%' search cannot use: there, search scans (docs/performance.md).
        Index("ix_tickets_subject_trgm", "subject", postgresql_using="gin",
              postgresql_ops={"subject": "gin_trgm_ops"}),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    subject: Mapped[str] = mapped_column(String(300))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    language: Mapped[str] = mapped_column(String(8))
    category: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30))
    priority: Mapped[str] = mapped_column(String(10))
    channel: Mapped[str] = mapped_column(String(10))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    first_response_due: Mapped[datetime | None]
    resolution_due: Mapped[datetime | None]
    first_responded_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    sla_paused_at: Mapped[datetime | None]  # the resolution clock stands still since then (sla.PAUSED)
    csat_rating: Mapped[int | None] = mapped_column(Integer)  # the latest CsatRating.rating, for the inbox
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))  # #13: closed as a duplicate


class TicketPresence(Base):
    """An agent who has a ticket open (#13): kept alive by heartbeats, gone once `expires_at` passes."""

    __tablename__ = "ticket_presence"
    __table_args__ = (UniqueConstraint("ticket_id", "agent_id"), Index("ix_ticket_presence_expires_at", "expires_at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    state: Mapped[str] = mapped_column(String(10))  # viewing | typing
    since: Mapped[datetime]
    expires_at: Mapped[datetime]


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_ticket_id", "ticket_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    author_kind: Mapped[str] = mapped_column(String(10))
    author_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    author_name: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    system_code: Mapped[str | None] = mapped_column(String(40))  # what a system note says, for the desk to word
    system_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # its values (str -> str)
    # #9: a reply whose placeholders the service filled: `body` went to the customer (their real name), this is
    # what agents are shown (the name masked); None when both are the same
    agent_body: Mapped[str | None] = mapped_column(Text)

    @property
    def shown_body(self) -> str:
        """The text agents may see."""
        return self.agent_body if self.agent_body is not None else self.body


class AttachmentBlob(Base):
    """One stored file, kept once however many messages carry it: named by the SHA-256 of its bytes (#13)."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content_type: Mapped[str] = mapped_column(String(100))  # detected from the stored bytes
    kind: Mapped[str] = mapped_column(String(10))  # image | pdf | text | video
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    thumbnail_sha256: Mapped[str | None] = mapped_column(String(64))  # a small PNG, stored alike
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Attachment(Base):
    """A file on a ticket: on a message, or uploaded by an agent and waiting for the message that sends it."""

    __tablename__ = "attachments"
    __table_args__ = (
        Index("ix_attachments_message_id", "message_id"),
        Index("ix_attachments_ticket_id", "ticket_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_blobs.sha256"))
    filename: Mapped[str] = mapped_column(String(255))
    declared_type: Mapped[str] = mapped_column(String(200), default="")  # what the sender claimed; never trusted
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))  # None: the customer sent it
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class IdempotencyRecord(Base):
    """The stored answer to a POST with an Idempotency-Key, so a retried post lands exactly once."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("owner", "key"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    owner: Mapped[str] = mapped_column(String(80))  # "agent:<id>" or "integration"
    key: Mapped[str] = mapped_column(String(100))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- security actions, audit and events -----------------------------------------------------------


class ActionRequest(Base):
    __tablename__ = "action_requests"
    __table_args__ = (
        Index("ix_action_requests_status_id", "status", "id"),
        Index("ix_action_requests_customer_id", "customer_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text)
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20))
    requested_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]
    review_due_at: Mapped[datetime | None]
    review_alerted_at: Mapped[datetime | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    decided_at: Mapped[datetime | None]
    decision_comment: Mapped[str | None] = mapped_column(Text)
    executed_at: Mapped[datetime | None]
    execution_result: Mapped[str | None] = mapped_column(Text)
    prior_state: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # what a reversal restores
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The outbox (actions.py): the idempotency key the account system receives, how often it was called, and
    # until when the process that claimed the call owns it (after that the sweeper retries it).
    execution_id: Mapped[str | None] = mapped_column(String(80))
    execution_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    execution_lease_until: Mapped[datetime | None]


class AuditLog(Base):
    """Append-only and hash-chained: each row's hash covers its content and the previous hash."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_customer_id", "customer_id", "id"),
        Index("ix_audit_ticket_id", "ticket_id", "id"),
        Index("ix_audit_actor_id", "actor", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(80))
    event: Mapped[str] = mapped_column(String(60))
    customer_id: Mapped[int | None] = mapped_column(BigInteger)
    ticket_id: Mapped[int | None] = mapped_column(BigInteger)
    action_id: Mapped[int | None] = mapped_column(BigInteger)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Event(Base):
    """A change clients hear about over the event stream; ids only, never personal data."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    audience: Mapped[list[str] | None] = mapped_column(JSON)  # roles that may hear it; None is everyone
    ticket_id: Mapped[int | None] = mapped_column(BigInteger)
    customer_id: Mapped[int | None] = mapped_column(BigInteger)
    action_id: Mapped[int | None] = mapped_column(BigInteger)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# --- knowledge base, macros and escalations to engineering (#9) -----------------------------------


class KbArticle(Base):
    """A help article; its text lives in one KbTranslation per language."""

    __tablename__ = "kb_articles"
    __table_args__ = (Index("ix_kb_articles_category", "category", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    category: Mapped[str] = mapped_column(String(30))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    owner_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    last_reviewed_at: Mapped[datetime]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class KbTranslation(Base):
    """One language version of an article, with the search terms kb_search computed for it.

    The *_terms columns hold words, their stems and CJK bigrams, space-separated; the full-text index
    (FTS5 on SQLite, a GIN tsvector index on PostgreSQL, both made by migration 0006) is built on them."""

    __tablename__ = "kb_translations"
    __table_args__ = (UniqueConstraint("article_id", "language"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("kb_articles.id"))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    title_terms: Mapped[str] = mapped_column(Text, default="")
    body_terms: Mapped[str] = mapped_column(Text, default="")
    tag_terms: Mapped[str] = mapped_column(Text, default="")


class Macro(Base):
    """A canned reply; its text lives in one MacroTranslation per language."""

    __tablename__ = "macros"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    set_status: Mapped[str | None] = mapped_column(String(30))
    set_category: Mapped[str | None] = mapped_column(String(30))
    add_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    kb_article_id: Mapped[int | None] = mapped_column(ForeignKey("kb_articles.id"))
    updated_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class MacroTranslation(Base):
    __tablename__ = "macro_translations"
    __table_args__ = (UniqueConstraint("macro_id", "language"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    macro_id: Mapped[int] = mapped_column(ForeignKey("macros.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)


class Escalation(Base):
    """A problem handed to engineering, with the facts they need; its status is engineering's to change."""

    __tablename__ = "escalations"
    __table_args__ = (Index("ix_escalations_status_id", "status", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    summary: Mapped[str] = mapped_column(String(300))
    severity: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))
    steps: Mapped[str] = mapped_column(Text, default="")
    tx_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    order_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    assets: Mapped[list[str]] = mapped_column(JSON, default=list)
    engineering_ref: Mapped[str | None] = mapped_column(String(80))
    created_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class EscalationTicket(Base):
    """A ticket about the escalated problem: it hears every status change in its timeline."""

    __tablename__ = "escalation_tickets"
    __table_args__ = (UniqueConstraint("escalation_id", "ticket_id"),
                      Index("ix_escalation_tickets_ticket", "ticket_id"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"))
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    linked_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)


class EscalationUpdate(Base):
    """One status change or note on an escalation, oldest first."""

    __tablename__ = "escalation_updates"
    __table_args__ = (Index("ix_escalation_updates_escalation", "escalation_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class EscalationAttachment(Base):
    """A screenshot or log for engineering, checked by attachment_check (#13) and kept in its blob store."""

    __tablename__ = "escalation_attachments"
    __table_args__ = (Index("ix_escalation_attachments_escalation", "escalation_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"))
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))  # the bytes are in the attachment store (storage.py, #13)
    uploaded_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- SLA policies, CSAT ratings and trend alerts (#10) --------------------------------------------


class SlaPolicy(Base):
    """Targets for a priority from a VIP tier up; see sla.py for how a ticket's due times follow."""

    __tablename__ = "sla_policies"
    __table_args__ = (UniqueConstraint("priority", "vip_tier"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    priority: Mapped[str] = mapped_column(String(10))
    vip_tier: Mapped[int] = mapped_column(Integer, default=0)
    first_response_seconds: Mapped[int] = mapped_column(Integer)
    resolution_seconds: Mapped[int] = mapped_column(Integer)
    business_hours: Mapped[bool] = mapped_column(Boolean, default=False)


class SlaCalendar(Base):
    """The desk's business hours, and who last changed the policies: a single row (id 1)."""

    __tablename__ = "sla_calendar"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    timezone: Mapped[str] = mapped_column(String(64))
    days: Mapped[list[int]] = mapped_column(JSON)  # Monday is 0
    start_minute: Mapped[int] = mapped_column(Integer)  # minutes after local midnight
    end_minute: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(80))


class CsatRating(Base):
    """A customer's rating of a resolved ticket; a later rating replaces the earlier (the count says how often)."""

    __tablename__ = "csat_ratings"
    __table_args__ = (Index("ix_csat_ratings_rated_at", "rated_at", "rating"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), unique=True)
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    rated_at: Mapped[datetime] = mapped_column(default=utcnow)
    times_rated: Mapped[int] = mapped_column(Integer, default=1)


class StatsRollup(Base):
    """One counter of the supervisor's statistics for one UTC day (#10), kept in step by server/rollups.py."""

    __tablename__ = "stats_rollups"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger, default=0)


class TrendAlertRecord(Base):
    """A category's last hour far above its usual level; one per category and hour, across all processes."""

    __tablename__ = "trend_alerts"
    __table_args__ = (UniqueConstraint("category", "hour"), Index("ix_trend_alerts_at", "at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    category: Mapped[str] = mapped_column(String(30))
    hour: Mapped[datetime]  # `at` truncated to the hour: the key that keeps two processes from both alerting
    window_start: Mapped[datetime]
    window_end: Mapped[datetime]
    count: Mapped[int] = mapped_column(Integer)
    usual_milli: Mapped[int] = mapped_column(Integer)  # the usual count, times 1000 (exact on every backend)
    ticket_ids: Mapped[list[int]] = mapped_column(JSON)


class TrendCheck(Base):
    """When the desk last ran its trend check (#7): one row, so one service process checks in each period."""

    __tablename__ = "trend_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # always 1
    checked_at: Mapped[datetime]
    checks: Mapped[int] = mapped_column(BigInteger, default=0)  # how many checks this desk has run
    checked_by: Mapped[str] = mapped_column(String(120), default="")  # the process that last checked: "host:pid"
