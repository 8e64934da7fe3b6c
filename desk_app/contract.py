"""The REST contract: the one definition of every request and response, shared by service and client.

The service validates requests and serialises responses with these models; the desktop client parses
responses into them. Nothing here imports the service, the client or Qt.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

API_PREFIX = "/api/v1"

MAX_MESSAGE_BODY = 100_000  # characters in one message body
MAX_SUBJECT = 300
# #9: what the service fills in a reply to the customer when it stores it; any other {lower_case_word} in a
# reply is refused (422 unknown_placeholder). {kb_link} is filled by the desk when it inserts a macro.
REPLY_PLACEHOLDERS = ("customer_name", "ticket_id", "agent_name")
PLACEHOLDER_PATTERN = r"\{([a-z][a-z0-9_]{0,39})\}"
SECRET_EXPOSED_TAG = "secret-exposed"  # the service tags a ticket whose customer sent a secret it redacted
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
    executing = "executing"  # approved (or taken as an emergency); the account system is being told
    reversing = "reversing"  # an emergency's reversal was decided; the account system is being told


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
    not_resolved = "not_resolved"  # a CSAT rating for a ticket that is not resolved or closed (#10)
    ticket_merged = "ticket_merged"  # a reply, note, upload or change on a ticket merged into another
    unknown_placeholder = "unknown_placeholder"  # a reply holds a {placeholder} the service does not fill


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
    csat_rating: int | None = None  # the customer's latest rating, 1-5, once resolved and rated (#10)
    sla_paused_at: datetime | None = None  # the resolution clock stopped then (pending customer, resolved)


class TicketPage(Open):
    items: list[TicketSummary]
    next_cursor: str | None


class TicketDetail(TicketSummary):
    message_count: int
    takeover_signals: bool  # the customer shows the account-takeover pattern right now
    csat_comment: str | None = None  # the customer's words with their rating: untrusted plain text (#10)
    csat_rated_at: datetime | None = None


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
    system_code: str | None = Field(default=None, description=(
        "For a note the service wrote (author_kind system): what it says, e.g. secret_exposed, escalation_status "
        "or auto_ack, so a desk can word it in the agent's language; `body` keeps the English text."))
    system_params: dict[str, str] = Field(default_factory=dict, description="The values the system_code's text uses.")


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


class TransactionStatus(enum.StrEnum):
    """The transaction statuses a desk words in its language (the exchange may send others: shown as sent)."""

    pending = "pending"
    processing = "processing"
    completed = "completed"
    failed = "failed"
    cancelled = "cancelled"
    rejected = "rejected"


class TransactionRecord(Open):
    id: int
    at: datetime
    direction: str  # deposit | withdrawal
    asset: str
    amount: str  # decimal string, the asset's precision kept
    status: str  # as the exchange's systems sent it (English)
    status_code: TransactionStatus | None = Field(default=None, description=(
        "`status` as a stable code for a desk to word in its language; null when the exchange sent another one."))
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
    detail: str  # English, for API clients; a desk words detail_code and detail_params instead
    detail_code: str | None = Field(default=None, description=(
        "What `detail` says as a stable code, e.g. new_device, large_withdrawal, password_reset_email, "
        "twofa_reset_by_desk (docs/api.md lists them); null when the service has only the English text."))
    detail_params: dict[str, str] = Field(default_factory=dict, description="The values the detail_code's text uses.")
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


class TicketWorkspace(Open):
    """What a ticket tab shows on opening, in one call (#7): the ticket, its messages, the masked customer."""

    ticket: TicketDetail
    messages: list[MessageOut]  # as GET /tickets/{id}/messages: the first 1,000, oldest first
    customer: CustomerProfile  # masked exactly as GET /customers/{id}


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
    execution_id: str | None = None  # the Idempotency-Key the account system receives for this execution
    execution_attempts: int = 0  # calls to the account system so far (retries after a crash reuse the key)


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


# --- SLA policies, CSAT and statistics (issue #10) ------------------------------------------------

MAX_SLA_MINUTES = 525_600  # a year
MAX_SLA_POLICIES = 100
HourMinute = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]


class SlaPolicyRule(Strict):
    """Targets for tickets of a priority from a VIP tier up: the highest tier not above the customer's applies."""

    priority: Priority
    vip_tier: Annotated[int, Field(ge=0, le=9)] = 0
    first_response_minutes: Annotated[float, Field(ge=1, le=MAX_SLA_MINUTES, multiple_of=0.5)]
    resolution_minutes: Annotated[float, Field(ge=1, le=MAX_SLA_MINUTES, multiple_of=0.5)]
    business_hours: bool = False  # count only the desk's business hours, not the clock


class BusinessHours(Strict):
    """The desk's working week, for policies counted in business hours."""

    timezone: Annotated[str, StringConstraints(min_length=1, max_length=64)] = "UTC"  # an IANA zone name
    days: Annotated[list[Annotated[int, Field(ge=0, le=6)]], Field(min_length=1, max_length=7)] = \
        Field(default_factory=lambda: [0, 1, 2, 3, 4])  # Monday is 0
    start: HourMinute = "09:00"
    end: HourMinute = "18:00"


class SlaPolicyUpdate(Strict):
    """The whole set, replacing the stored one; every priority needs a rule for tier 0."""

    policies: Annotated[list[SlaPolicyRule], Field(min_length=1, max_length=MAX_SLA_POLICIES)]
    business_hours: BusinessHours = Field(default_factory=BusinessHours)


class SlaPolicyOut(Open):
    priority: Priority
    vip_tier: int
    first_response_minutes: float
    resolution_minutes: float
    business_hours: bool


class BusinessHoursOut(Open):
    timezone: str
    days: list[int]
    start: str
    end: str


class SlaPolicies(Open):
    """The targets new tickets get; tickets keep the due times they were given when they came in."""

    policies: list[SlaPolicyOut]
    business_hours: BusinessHoursOut
    updated_at: datetime | None = None  # None: the built-in defaults, never edited
    updated_by: str | None = None


class CsatRating(Strict):
    """A customer's satisfaction rating for a resolved ticket; a later rating replaces the earlier one."""

    ticket_id: Id
    rating: Annotated[int, Field(ge=1, le=5)]
    comment: Annotated[str, StringConstraints(max_length=MAX_COMMENT)] = ""


class CsatResult(Open):
    ticket_id: int
    rating: int
    rated_at: datetime
    replaced: bool  # this rating replaced an earlier one


class StatsDay(Open):
    """Tickets opened and solved on one UTC day, in one category and language."""

    day: date
    category: Category
    language: Language
    opened: int
    solved: int


class BacklogCount(Open):
    status: TicketStatus
    category: Category
    count: int


class SlaAttainment(Open):
    """Clocks of tickets opened in the period that have an outcome; running clocks not yet due are left out."""

    first_response_met: int
    first_response_breached: int
    resolution_met: int
    resolution_breached: int
    breached_now: int  # open tickets past a due time right now, whenever they came in


class CsatSummary(Open):
    count: int
    average: float | None
    distribution: list[int]  # how many ratings of 1, 2, 3, 4 and 5


class AgentLoad(Open):
    agent_id: int
    display_name: str
    active: int  # assigned tickets that are new, open or waiting for approval
    waiting: int  # assigned tickets waiting for the customer
    breached: int  # of the assigned open ones, past a due time now
    solved: int  # resolved in the period


class ApprovalBacklog(Open):
    pending: int  # requests waiting for a second person
    under_review: int  # emergencies waiting for their review
    oldest_seconds: float | None  # age of the oldest of both
    median_seconds: float | None


class TrendAlert(Open):
    """A category's last hour far above its usual level (see docs/api.md for "usual" and "far")."""

    id: int
    at: datetime
    category: Category
    window_start: datetime
    window_end: datetime
    count: int
    usual: float  # mean count of the same hour over the previous 14 days
    ticket_ids: list[int]  # a few of the hour's tickets, newest first


class Stats(Open):
    """The supervisor's dashboard for a period: aggregates only, no personal data."""

    since: datetime
    until: datetime
    generated_at: datetime
    days: list[StatsDay]
    backlog: list[BacklogCount]  # now, not over the period
    sla: SlaAttainment
    median_first_response_seconds: float | None  # tickets opened in the period that got an answer
    median_resolution_seconds: float | None  # tickets solved in the period, opened to solved
    csat: CsatSummary  # ratings given in the period
    agents: list[AgentLoad]
    approvals: ApprovalBacklog
    alerts: list[TrendAlert]  # raised in the period, newest first


# --- knowledge base, macros and escalations to engineering (issue #9) -----------------------------

MAX_KB_QUERY = 200
MAX_MACRO_BODY = 10_000
MAX_ATTACHMENT_BYTES = 512 * 1024  # one escalation attachment; its base64 form fits the 1 MB request limit
MAX_ATTACHMENT_BASE64 = (MAX_ATTACHMENT_BYTES + 2) // 3 * 4 + 1024  # slack for line breaks some encoders add
TraceRef = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=130)]  # a tx or order id


class KbLanguage(enum.StrEnum):
    """The languages knowledge-base articles and macros are written in (Chinese in both scripts)."""

    en = "en"
    zh_CN = "zh_CN"
    zh_TW = "zh_TW"
    ko = "ko"
    ja = "ja"
    ru = "ru"
    es = "es"
    tr = "tr"
    ar = "ar"


TRADITIONAL_CHINESE_COUNTRIES = frozenset({"TW", "HK", "MO"})


def kb_language(language: str, country: str = "") -> KbLanguage:
    """The article and macro language for a customer: Chinese customers in TW, HK and MO read Traditional."""
    if language in ("zh", "zh_CN", "zh_TW"):
        if language == "zh_TW" or country.upper() in TRADITIONAL_CHINESE_COUNTRIES:
            return KbLanguage.zh_TW
        return KbLanguage.zh_CN
    try:
        return KbLanguage(language)
    except ValueError:
        return KbLanguage.en


def kb_fallbacks(language: KbLanguage) -> list[KbLanguage]:
    """The versions to try, best first: the language itself, the other Chinese script, then English."""
    chain = [language]
    if language is KbLanguage.zh_TW:
        chain.append(KbLanguage.zh_CN)
    elif language is KbLanguage.zh_CN:
        chain.append(KbLanguage.zh_TW)
    if language is not KbLanguage.en:
        chain.append(KbLanguage.en)
    return chain


class KbArticleSummary(Open):
    """One article in a search result or suggestion list, in the version closest to the asked language."""

    id: int
    language: KbLanguage  # the version shown
    fallback: bool  # no version in the asked language; this is the nearest one
    languages: list[KbLanguage]  # every version the article has
    title: str
    snippet: str  # the start of the body, plain text
    category: Category
    tags: list[str]
    url: str  # the public help-centre page of this version
    owner_name: str
    last_reviewed_at: datetime
    stale: bool  # not reviewed within the service's review period
    score: float | None = None  # relevance, higher is better; None when listed without a query


class KbArticle(KbArticleSummary):
    body: str


class KbArticleList(Open):
    items: list[KbArticleSummary]
    stale_after_days: int


class KbSuggestions(Open):
    """Articles for a ticket: ranked on its subject and the customer's messages, its category preferred."""

    ticket_id: int
    language: KbLanguage  # the customer's article language
    items: list[KbArticleSummary]


class MacroText(Strict):
    language: KbLanguage
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    body: Annotated[str, StringConstraints(min_length=1, max_length=MAX_MACRO_BODY)]


class MacroWrite(Strict):
    """A macro as supervisors write it: one text per language (English required) and optional ticket changes.

    Placeholders in a body: {customer_name}, {ticket_id}, {agent_name}, {kb_link}."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    texts: Annotated[list[MacroText], Field(min_length=1, max_length=len(KbLanguage))]
    set_status: TicketStatus | None = None
    set_category: Category | None = None
    add_tags: Annotated[list[Tag], Field(max_length=5)] = Field(default_factory=list)
    kb_article_id: Id | None = None
    version: int | None = Field(default=None, description="On PUT: the version the supervisor edited; stale is 409.")


class MacroOut(Open):
    """A macro in the version closest to the asked language, placeholders not yet filled."""

    id: int
    name: str
    language: KbLanguage
    fallback: bool  # no version in the asked language: this is the nearest (finally English)
    languages: list[KbLanguage]
    title: str
    body: str
    set_status: TicketStatus | None
    set_category: Category | None
    add_tags: list[str]
    kb_article_id: int | None
    kb_url: str | None  # the linked article's page in the same language as the text, for {kb_link}
    updated_at: datetime
    updated_by_name: str
    version: int


class MacroTextOut(Open):
    language: KbLanguage
    title: str
    body: str


class MacroDetail(MacroOut):
    texts: list[MacroTextOut]


class MacroList(Open):
    items: list[MacroOut]


class EscalationSeverity(enum.StrEnum):
    critical = "critical"  # funds at risk or trading halted for many customers
    high = "high"
    medium = "medium"
    low = "low"


class EscalationStatus(enum.StrEnum):
    new = "new"
    acknowledged = "acknowledged"
    investigating = "investigating"
    needs_info = "needs_info"  # engineering asks the desk for more facts
    fix_in_progress = "fix_in_progress"
    fixed = "fixed"
    wont_fix = "wont_fix"


CLOSED_ESCALATION_STATUSES = frozenset({EscalationStatus.fixed, EscalationStatus.wont_fix})


class EscalationCreate(Strict):
    ticket_id: Id  # the ticket it is raised from; linked at once
    summary: Annotated[str, StringConstraints(strip_whitespace=True, min_length=5, max_length=MAX_SUBJECT)]
    severity: EscalationSeverity
    steps: Annotated[str, StringConstraints(max_length=MAX_MACRO_BODY)] = ""
    tx_ids: Annotated[list[TraceRef], Field(max_length=50)] = Field(default_factory=list)
    order_ids: Annotated[list[TraceRef], Field(max_length=50)] = Field(default_factory=list)
    assets: Annotated[list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=12)]],
                      Field(max_length=20)] = Field(default_factory=list)
    linked_ticket_ids: Annotated[list[Id], Field(max_length=200)] = Field(default_factory=list)


class EscalationPatch(Strict):
    """What engineering changes: the status, a note for the desk, their own tracker reference."""

    version: int | None = Field(default=None, description="The version engineering last saw; stale is 409.")
    status: EscalationStatus | None = None
    note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_COMMENT)] = ""
    engineering_ref: Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)] | None = None


class EscalationLink(Strict):
    ticket_id: Id


class AttachmentUpload(Strict):
    filename: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200,
                                               pattern=r"^[^/\\:*?\"<>|\x00-\x1f]+$")]
    content_base64: Annotated[str, StringConstraints(min_length=1, max_length=MAX_ATTACHMENT_BASE64)]


class EscalationAttachmentOut(Open):
    id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    uploaded_by: str
    created_at: datetime


class EscalationUpdateOut(Open):
    at: datetime
    actor: str  # "engineering" or the desk user's username
    status: EscalationStatus
    note: str


class EscalationOut(Open):
    id: int
    summary: str
    severity: EscalationSeverity
    status: EscalationStatus
    steps: str
    tx_ids: list[str]
    order_ids: list[str]
    assets: list[str]
    ticket_ids: list[int]
    engineering_ref: str | None
    created_by_name: str
    created_at: datetime
    updated_at: datetime
    attachments: list[EscalationAttachmentOut]
    history: list[EscalationUpdateOut]
    version: int


class EscalationList(Open):
    items: list[EscalationOut]
