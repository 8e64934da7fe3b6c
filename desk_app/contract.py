"""The REST contract: the one definition of every request and response, shared by service and client.

The service validates requests and serialises responses with these models; the desktop client parses
responses into them. Nothing here imports the service, the client or Qt.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

API_PREFIX = "/api/v1"

MAX_MESSAGE_BODY = 100_000  # characters in one message body
MAX_SUBJECT = 300
MAX_REASON = 2_000
MAX_COMMENT = 2_000
MAX_TAGS = 20
MAX_PAGE = 200
MAX_ID = 2**53  # ids stay exact as JSON numbers in every client and fit every integer column
MAX_ATTACHMENTS = 20  # attachment ids one message may name; the service's own limit is usually lower
MAX_FILENAME = 255

Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=MAX_REASON)]
Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
TotpCode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[0-9]{6}$")]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


class Strict(BaseModel):
    """Base for request bodies: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        """No text holds a NUL character: PostgreSQL cannot store one, and no person types one."""
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("Text must not contain NUL characters")
        return value


class Open(BaseModel):
    """Base for responses: a newer service may add fields an older client does not know."""

    model_config = ConfigDict(extra="ignore")


# --- vocabularies ---------------------------------------------------------------------------------


class Role(enum.StrEnum):
    agent = "agent"
    security_agent = "security_agent"
    supervisor = "supervisor"
    admin = "admin"


class TicketStatus(enum.StrEnum):
    new = "new"
    open = "open"
    pending_customer = "pending_customer"
    pending_approval = "pending_approval"
    resolved = "resolved"
    closed = "closed"


class Priority(enum.StrEnum):
    low = "low"
    normal = "normal"
    high = "high"
    urgent = "urgent"


class Category(enum.StrEnum):
    account = "account"
    trading = "trading"
    deposit_withdrawal = "deposit_withdrawal"
    technical = "technical"
    security = "security"
    compliance = "compliance"


class Channel(enum.StrEnum):
    email = "email"
    chat = "chat"
    phone = "phone"
    social = "social"


class Language(enum.StrEnum):
    en = "en"
    zh = "zh"
    ko = "ko"
    ja = "ja"
    ru = "ru"
    es = "es"
    tr = "tr"
    ar = "ar"


class View(enum.StrEnum):
    mine = "mine"
    unassigned = "unassigned"
    security = "security"
    awaiting_approval = "awaiting_approval"
    all = "all"


class SlaState(enum.StrEnum):
    ok = "ok"
    near = "near"  # due within the warning window
    breached = "breached"
    met = "met"  # resolved or closed in time, or no running clock


class AuthorKind(enum.StrEnum):
    customer = "customer"
    agent = "agent"
    system = "system"


class ActionKind(enum.StrEnum):
    freeze_account = "freeze_account"
    unfreeze_account = "unfreeze_account"
    reset_2fa = "reset_2fa"
    revoke_sessions = "revoke_sessions"
    lock_withdrawals = "lock_withdrawals"
    unlock_withdrawals = "unlock_withdrawals"


# Protective actions may be taken first and reviewed after; permissive ones never.
PROTECTIVE_ACTIONS = frozenset(
    {ActionKind.freeze_account, ActionKind.lock_withdrawals, ActionKind.revoke_sessions}
)


class ActionStatus(enum.StrEnum):
    pending = "pending"  # waiting for a second person
    executed = "executed"  # approved and carried out
    rejected = "rejected"
    expired = "expired"
    cancelled = "cancelled"
    failed = "failed"  # approved, but the executor refused or could not be reached
    under_review = "under_review"  # emergency: carried out at once, waiting for review
    confirmed = "confirmed"  # emergency reviewed and kept
    reversed = "reversed"  # emergency reviewed and undone


OPEN_ACTION_STATUSES = frozenset({ActionStatus.pending, ActionStatus.under_review})


class AccountStatus(enum.StrEnum):
    active = "active"
    frozen = "frozen"


class RevealField(enum.StrEnum):
    name = "name"
    email = "email"
    phone = "phone"
    document_number = "document_number"
    address = "address"  # postal address


class ErrorCode(enum.StrEnum):
    """Stable, machine-readable error codes; the app translates them, never shows raw text alone."""

    validation_error = "validation_error"
    not_found = "not_found"
    unauthenticated = "unauthenticated"
    invalid_credentials = "invalid_credentials"
    token_expired = "token_expired"
    step_up_required = "step_up_required"
    totp_reused = "totp_reused"
    too_many_attempts = "too_many_attempts"
    account_disabled = "account_disabled"
    forbidden = "forbidden"
    version_conflict = "version_conflict"
    already_decided = "already_decided"
    request_expired = "request_expired"
    self_approval = "self_approval"
    no_effect = "no_effect"
    emergency_not_allowed = "emergency_not_allowed"
    idempotency_mismatch = "idempotency_mismatch"
    payload_too_large = "payload_too_large"
    execution_failed = "execution_failed"
    integration_key_invalid = "integration_key_invalid"
    attachment_executable = "attachment_executable"  # a program or script, whatever its name says
    attachment_archive = "attachment_archive"  # zip, rar, 7z, office documents (zips) and other containers
    attachment_type_not_allowed = "attachment_type_not_allowed"  # a type the desk does not take
    attachment_unreadable = "attachment_unreadable"  # a broken, truncated or oversized (pixel bomb) image
    attachment_too_large = "attachment_too_large"
    too_many_attachments = "too_many_attachments"
    attachment_unusable = "attachment_unusable"  # not on this ticket, not yours, or on a message already
    reply_collision = "reply_collision"  # another agent replied to the customer after `seen_up_to` (#13)
    merge_into_itself = "merge_into_itself"
    merge_customer_mismatch = "merge_customer_mismatch"
    merge_target_closed = "merge_target_closed"  # the target is closed or itself merged
    already_merged = "already_merged"


# --- errors ---------------------------------------------------------------------------------------


class ErrorDetail(Open):
    code: str  # an ErrorCode; a newer service may add codes an older client shows generically
    message: str
    field: str | None = None


class ErrorResponse(Open):
    error: ErrorDetail


# --- auth -----------------------------------------------------------------------------------------


class LoginRequest(Strict):
    username: Username
    password: Annotated[str, StringConstraints(min_length=1, max_length=256)]
    totp: TotpCode


class RefreshRequest(Strict):
    refresh_token: Annotated[str, StringConstraints(min_length=1, max_length=256)]


class StepUpRequest(Strict):
    totp: TotpCode


class AgentOut(Open):
    id: int
    username: str
    display_name: str
    roles: list[Role]
    locale: str


class LoginResponse(Open):
    access_token: str
    refresh_token: str
    expires_in: int  # seconds until the access token expires
    agent: AgentOut
    idle_lock_seconds: int = 600  # desk-wide idle-lock policy


class StepUpResponse(Open):
    step_up_valid_for: int  # seconds


# --- tickets --------------------------------------------------------------------------------------


class TicketSummary(Open):
    """What an inbox row shows."""

    id: int
    subject: str
    customer_id: int
    customer_display: str  # masked
    language: Language
    category: Category
    status: TicketStatus
    priority: Priority
    channel: Channel
    assignee_id: int | None
    assignee_name: str | None
    tags: list[str]
    created_at: datetime
    updated_at: datetime
    first_response_due: datetime | None
    resolution_due: datetime | None
    first_responded_at: datetime | None
    sla_state: SlaState
    version: int
    merged_into_id: int | None = None  # set once this ticket was merged into another (#13)


class TicketPage(Open):
    items: list[TicketSummary]
    next_cursor: str | None


class TicketDetail(TicketSummary):
    message_count: int
    takeover_signals: bool  # the customer shows the account-takeover pattern right now


class TicketPatch(Strict):
    version: int = Field(description="The version the client last saw; a stale one gets 409.")
    status: TicketStatus | None = None
    priority: Priority | None = None
    category: Category | None = None
    assignee_id: Id | None = None
    unassign: bool = False
    tags: Annotated[list[Tag], Field(max_length=MAX_TAGS)] | None = None


# --- messages -------------------------------------------------------------------------------------


class AttachmentKind(enum.StrEnum):
    """What the service found a file to be, from its bytes."""

    image = "image"  # re-encoded by the service: PNG or JPEG, metadata dropped
    pdf = "pdf"
    text = "text"  # UTF-8 plain text
    video = "video"  # MP4 or WebM screen recording


class AttachmentOut(Open):
    """A file on a message (or uploaded, waiting for its message). Type and size are the stored file's."""

    id: int
    ticket_id: int
    message_id: int | None  # None: uploaded, not yet sent with a message
    filename: str  # untrusted text, made safe to save under (no folders, no control characters)
    content_type: str  # detected from the bytes, never the sender's claim
    kind: AttachmentKind
    size: int  # bytes
    sha256: str  # of the stored bytes (for an image: of the re-encoded image)
    has_thumbnail: bool
    width: int | None = None  # images only
    height: int | None = None
    created_at: datetime


class MessageOut(Open):
    id: int
    ticket_id: int
    author_kind: AuthorKind
    author_name: str
    body: str
    internal: bool
    created_at: datetime
    author_agent_id: int | None = None  # the agent who wrote it, for agent messages (#13)
    attachments: list[AttachmentOut] = Field(default_factory=list)


class MessageCreate(Strict):
    body: Annotated[str, StringConstraints(min_length=1, max_length=MAX_MESSAGE_BODY)]
    internal: bool = False
    seen_up_to: Id | None = Field(default=None, description=(
        "The newest message id the sender has seen; a reply is refused (409 reply_collision) if another "
        "agent replied to the customer after it."))
    attachment_ids: Annotated[list[Id], Field(max_length=MAX_ATTACHMENTS, description=(
        "Files this agent uploaded to this ticket (POST /tickets/{id}/attachments), sent with the message."))] = \
        Field(default_factory=list)


# --- customers ------------------------------------------------------------------------------------


class LoginRecord(Open):
    at: datetime
    ip: str  # masked
    country: str
    device: str
    new_device: bool


class SessionRecord(Open):
    id: int
    started_at: datetime
    last_seen_at: datetime
    ip: str  # masked
    device: str


class TransactionRecord(Open):
    id: int
    at: datetime
    direction: str  # deposit | withdrawal
    asset: str
    amount: str  # decimal string, the asset's precision kept
    status: str
    tx_hash: str  # shortened
    address: str  # masked


class AddressBookChange(Open):
    at: datetime
    change: str  # added | removed
    asset: str
    address: str  # masked
    label: str


class RiskSignal(Open):
    at: datetime
    kind: str  # new_device | password_reset | twofa_change | new_withdrawal_address | large_withdrawal
    detail: str
    clustered: bool  # part of a cluster of signals within 24 hours


class CustomerProfile(Open):
    id: int
    name: str  # masked
    email: str  # masked
    phone: str  # masked
    document_number: str  # masked
    country: str
    language: Language
    kyc_level: int
    kyc_status: str
    vip_tier: int
    account_status: AccountStatus
    withdrawals_locked_until: datetime | None
    twofa_enabled: bool
    twofa_changed_at: datetime | None
    password_changed_at: datetime | None
    logins: list[LoginRecord]
    sessions: list[SessionRecord]
    transactions: list[TransactionRecord]
    address_book: list[AddressBookChange]
    risk_signals: list[RiskSignal]
    takeover_pattern: bool
    can_reveal: bool  # what the signed-in agent may do; the service still decides
    version: int


class RevealRequest(Strict):
    field: RevealField
    reason: Reason


class RevealResponse(Open):
    field: RevealField
    value: str
    visible_for: int  # seconds the client should show it


class RevealRecord(Open):
    """One entry of "who viewed this"."""

    at: datetime
    actor: str
    field: RevealField
    reason: str


# --- security actions -----------------------------------------------------------------------------


class ActionCreate(Strict):
    customer_id: Id
    ticket_id: Id | None = None
    kind: ActionKind
    reason: Reason
    params: dict[str, Any] = Field(default_factory=dict)
    emergency: bool = False


class ActionDecision(Strict):
    comment: Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_COMMENT)] = ""
    version: int | None = Field(default=None, description="The version the supervisor saw (or If-Match).")


class ActionOut(Open):
    id: int
    customer_id: int
    customer_display: str
    ticket_id: int | None
    kind: ActionKind
    reason: str
    params: dict[str, Any]
    emergency: bool
    status: ActionStatus
    requested_by: int
    requested_by_name: str
    requested_at: datetime
    expires_at: datetime | None
    review_due_at: datetime | None
    decided_by: int | None
    decided_by_name: str | None
    decided_at: datetime | None
    decision_comment: str | None
    executed_at: datetime | None
    execution_result: str | None
    version: int


class ActionList(Open):
    items: list[ActionOut]


# --- inbound (channel gateways and the exchange's own systems) ------------------------------------


class InboundAttachment(Strict):
    """A file the customer sent; its type is found from the bytes, `content_type` is only their claim."""

    filename: Annotated[str, StringConstraints(min_length=1, max_length=MAX_FILENAME)]
    content_type: Annotated[str, StringConstraints(max_length=200)] = "application/octet-stream"
    data_base64: str


class InboundMessage(Strict):
    channel: Channel
    customer_id: Id
    ticket_id: Id | None = None
    subject: Annotated[str, StringConstraints(min_length=1, max_length=MAX_SUBJECT)]
    body: Annotated[str, StringConstraints(min_length=1, max_length=MAX_MESSAGE_BODY)]
    language: Language
    attachments: Annotated[list[InboundAttachment], Field(max_length=MAX_ATTACHMENTS)] = Field(default_factory=list)


class InboundMessageResult(Open):
    ticket_id: int
    message_id: int
    created_ticket: bool
    attachment_ids: list[int] = Field(default_factory=list)


class InboundLogin(Strict):
    at: datetime
    ip: Annotated[str, StringConstraints(max_length=64)]
    country: Annotated[str, StringConstraints(max_length=2)]
    device: Annotated[str, StringConstraints(max_length=120)]
    new_device: bool = False


class InboundTransaction(Strict):
    at: datetime
    direction: Annotated[str, StringConstraints(pattern=r"^(deposit|withdrawal)$")]
    asset: Annotated[str, StringConstraints(max_length=12)]
    amount: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,20}(\.[0-9]{1,18})?$")]
    status: Annotated[str, StringConstraints(max_length=20)]
    tx_hash: Annotated[str, StringConstraints(max_length=130)]
    address: Annotated[str, StringConstraints(max_length=130)]


class InboundCustomer(Strict):
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    email: Annotated[str, StringConstraints(min_length=3, max_length=254)]
    phone: Annotated[str, StringConstraints(max_length=40)] = ""
    document_number: Annotated[str, StringConstraints(max_length=64)] = ""
    address: Annotated[str, StringConstraints(max_length=300)] = ""
    country: Annotated[str, StringConstraints(min_length=2, max_length=2)]
    language: Language = Language.en
    kyc_level: Annotated[int, Field(ge=0, le=3)] = 0
    kyc_status: Annotated[str, StringConstraints(max_length=20)] = "none"
    vip_tier: Annotated[int, Field(ge=0, le=9)] = 0
    twofa_enabled: bool = False
    logins: Annotated[list[InboundLogin], Field(max_length=200)] = Field(default_factory=list)
    transactions: Annotated[list[InboundTransaction], Field(max_length=500)] = Field(default_factory=list)


class InboundCustomerResult(Open):
    customer_id: int
    created: bool


# --- audit and events -----------------------------------------------------------------------------


class AuditEntry(Open):
    id: int
    at: datetime
    actor: str
    event: str  # action.requested, action.executed, customer.revealed, ...
    customer_id: int | None
    ticket_id: int | None
    action_id: int | None
    details: dict[str, Any]
    hash: str


class AuditPage(Open):
    items: list[AuditEntry]
    next_cursor: str | None


class AuditVerification(Open):
    ok: bool
    checked: int
    first_bad_id: int | None


class AgentDirectoryEntry(Open):
    id: int
    username: str
    display_name: str
    roles: list[Role]


class EventOut(Open):
    """One server-sent event; `data` carries ids, never personal data: clients fetch what they show."""

    id: int
    kind: str  # ticket.created, ticket.updated, message.created, action.requested, action.decided, ...
    at: datetime
    ticket_id: int | None = None
    customer_id: int | None = None
    action_id: int | None = None
    data: dict[str, Any] = Field(default_factory=dict)


class Health(Open):
    status: str
    database: str
    version: str


# --- the incident record (issue #12) --------------------------------------------------------------


class AccountNow(Open):
    """The account's security state at the moment the incident record was built."""

    account_status: AccountStatus
    twofa_enabled: bool
    withdrawals_locked_until: datetime | None
    active_sessions: int


class IncidentEntry(Open):
    """One event of an incident timeline. `kind` is a stable code (signal.<kind>, message.customer,
    message.agent, message.note, action.<verb>, customer.revealed, ticket.status_changed); the desk builds
    its own translated text from `kind` and `details`. `summary` is plain English text, customer data masked."""

    at: datetime
    kind: str
    actor: str  # "customer", "system", or the agent's username
    summary: str
    ticket_id: int | None = None
    action_id: int | None = None
    details: dict[str, Any] = Field(default_factory=dict)


class IncidentRecord(Open):
    """Everything that happened around a customer's account since a moment, in time order, masked."""

    customer_id: int
    customer_display: str  # masked, as the profile shows it
    generated_at: datetime
    generated_by: str  # username
    since: datetime
    takeover_pattern: bool
    account_now: AccountNow
    entries: list[IncidentEntry]
    truncated: bool = False  # a source had more rows than one record holds; narrow `since`


# --- presence, bulk triage, merging (issue #13) ---------------------------------------------------


class PresenceState(enum.StrEnum):
    viewing = "viewing"
    typing = "typing"  # writing a reply or note
    left = "left"  # closed the ticket (only sent; never listed)


class PresenceUpdate(Strict):
    state: PresenceState


class PresenceEntry(Open):
    """Someone who has a ticket open right now; gone when `expires_at` passes without a heartbeat."""

    ticket_id: int
    agent_id: int
    agent_name: str
    state: PresenceState
    since: datetime  # when this state began
    expires_at: datetime


class PresenceList(Open):
    items: list[PresenceEntry]
    ttl_seconds: float  # how long presence lasts without a heartbeat; send one well within it


MAX_BULK = 200  # tickets in one bulk request; clients send bigger changes in chunks


class BulkTarget(Strict):
    id: Id
    version: int = Field(description="The version the client last saw; a stale one is refused for that ticket.")


class BulkChanges(Strict):
    status: TicketStatus | None = None
    priority: Priority | None = None
    category: Category | None = None
    assignee_id: Id | None = None
    unassign: bool = False
    add_tags: Annotated[list[Tag], Field(max_length=MAX_TAGS)] = Field(default_factory=list)
    remove_tags: Annotated[list[Tag], Field(max_length=MAX_TAGS)] = Field(default_factory=list)


class BulkRequest(Strict):
    tickets: Annotated[list[BulkTarget], Field(min_length=1, max_length=MAX_BULK)]
    changes: BulkChanges


class BulkRefusal(Open):
    id: int
    code: str  # an ErrorCode: version_conflict, not_found, validation_error
    message: str


class BulkResult(Open):
    changed: int
    unchanged: int  # already as asked
    refused: list[BulkRefusal]
    tickets: list[TicketSummary]  # the changed tickets as they are now


class MergeRequest(Strict):
    into: Id
    version: int | None = Field(default=None, description="The merged ticket's version the client saw.")


class MergeResult(Open):
    merged: TicketSummary  # now closed, with merged_into_id
    target: TicketSummary
    moved_messages: int
