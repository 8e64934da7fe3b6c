"""`ApiClient`: one typed method per REST call of the service, returning contract models.

Calls block; the UI runs them on worker threads. Every failure is an `ApiError` subclass.
"""

from __future__ import annotations

from datetime import datetime

from desk_app.client.answers import AnswerCalls
from desk_app.client.base import BaseClient, Params, build_request
from desk_app.client.files import AttachmentCalls
from desk_app.client.transport import IDEMPOTENCY_HEADER
from desk_app.contract import (
    ActionCreate,
    ActionDecision,
    ActionList,
    ActionOut,
    ActionStatus,
    AgentDirectoryEntry,
    AgentOut,
    AuditPage,
    AuditVerification,
    BulkChanges,
    BulkRequest,
    BulkResult,
    BulkTarget,
    Category,
    Channel,
    CustomerProfile,
    Health,
    IncidentRecord,
    Language,
    MergeRequest,
    MergeResult,
    MessageCreate,
    MessageOut,
    PresenceList,
    PresenceState,
    PresenceUpdate,
    Priority,
    RevealRecord,
    RevealRequest,
    RevealResponse,
    SlaPolicies,
    SlaPolicyUpdate,
    Stats,
    TicketDetail,
    TicketPage,
    TicketPatch,
    TicketStatus,
    TicketWorkspace,
    View,
)


def _params(**values: object) -> Params:
    """Query parameters with the unset (None) ones left out; enums and bools in their wire form."""
    params: dict[str, str | int] = {}
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, bool):
            params[name] = "true" if value else "false"
        elif isinstance(value, int):
            params[name] = value
        else:
            params[name] = str(value)  # a StrEnum's str() is its value
    return params


class ApiClient(AnswerCalls, AttachmentCalls, BaseClient):  # AnswerCalls: knowledge base, macros, escalations (#9)
    """The typed REST client of the desk service (requests only, no Qt)."""

    # --- agents and health ------------------------------------------------------------------------

    def me(self) -> AgentOut:
        """The signed-in agent."""
        return self._call("GET", "/auth/me", AgentOut)

    def agents(self) -> list[AgentDirectoryEntry]:
        """Every agent, for assignee pickers."""
        return self._call("GET", "/agents", list[AgentDirectoryEntry])

    def health(self) -> Health:
        """The service's health; needs no sign-in."""
        return self._call("GET", "/healthz", Health, auth=False)

    # --- tickets and messages ---------------------------------------------------------------------

    def tickets(
        self,
        view: View,
        *,
        status: TicketStatus | None = None,
        priority: Priority | None = None,
        category: Category | None = None,
        language: Language | None = None,
        channel: Channel | None = None,
        sla_breached: bool | None = None,
        q: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> TicketPage:
        """One page of an inbox view; pass the page's `next_cursor` to get the next one."""
        params = _params(
            view=view,
            status=status,
            priority=priority,
            category=category,
            language=language,
            channel=channel,
            sla_breached=sla_breached,
            q=q or None,
            limit=limit,
            cursor=cursor,
        )
        return self._call("GET", "/tickets", TicketPage, params=params)

    def ticket(self, ticket_id: int) -> TicketDetail:
        return self._call("GET", f"/tickets/{int(ticket_id)}", TicketDetail)

    def workspace(self, ticket_id: int) -> TicketWorkspace:
        """The ticket, its messages and its masked customer in one request (what a ticket tab opens with)."""
        return self._call("GET", f"/tickets/{int(ticket_id)}/workspace", TicketWorkspace)

    def update_ticket(self, ticket_id: int, patch: TicketPatch) -> TicketDetail:
        """Changes only the fields set in `patch`; a stale `patch.version` raises `Conflict`."""
        return self._call("PATCH", f"/tickets/{int(ticket_id)}", TicketDetail, body=patch, exclude_unset=True)

    def messages(self, ticket_id: int) -> list[MessageOut]:
        return self._call("GET", f"/tickets/{int(ticket_id)}/messages", list[MessageOut])

    def post_message(self, ticket_id: int, message: MessageCreate, idempotency_key: str) -> MessageOut:
        """Posts a reply or note; sending again with the same key returns the first message, not a copy."""
        return self._call(
            "POST",
            f"/tickets/{int(ticket_id)}/messages",
            MessageOut,
            body=message,
            headers={IDEMPOTENCY_HEADER: idempotency_key},
        )

    # --- presence, bulk triage, merging (#13) ------------------------------------------------------

    def set_presence(self, ticket_id: int, state: PresenceState) -> PresenceList:
        """A heartbeat or a change of state on a ticket; answers who is on it now."""
        return self._call("POST", f"/tickets/{int(ticket_id)}/presence", PresenceList,
                          body=PresenceUpdate(state=state))

    def presence(self, ticket_id: int | None = None) -> PresenceList:
        """Everyone who has a ticket open now (desk-wide, or on one ticket)."""
        return self._call("GET", "/presence", PresenceList, params=_params(ticket_id=ticket_id))

    def bulk_update(self, targets: list[tuple[int, int]], changes: BulkChanges) -> BulkResult:
        """One change to up to 200 tickets, given as (id, version seen); refusals come back per ticket."""
        body = BulkRequest(tickets=[BulkTarget(id=i, version=v) for i, v in targets], changes=changes)
        return self._call("POST", "/tickets/bulk", BulkResult, body=body)

    def merge(self, ticket_id: int, into: int, version: int | None = None) -> MergeResult:
        """Merges a duplicate into another ticket of the same customer."""
        return self._call("POST", f"/tickets/{int(ticket_id)}/merge", MergeResult,
                          body=MergeRequest(into=into, version=version))

    def customer_tickets(self, customer_id: int, *, q: str | None = None, limit: int = 50,
                         cursor: str | None = None) -> TicketPage:
        """One page of a customer's tickets, newest first."""
        params = _params(q=q or None, limit=limit, cursor=cursor)
        return self._call("GET", f"/customers/{int(customer_id)}/tickets", TicketPage, params=params)

    # --- customers --------------------------------------------------------------------------------

    def customer(self, customer_id: int) -> CustomerProfile:
        """The customer's profile, personal data masked."""
        return self._call("GET", f"/customers/{int(customer_id)}", CustomerProfile)

    def reveal(self, customer_id: int, request: RevealRequest) -> RevealResponse:
        """One unmasked field, for a stated reason; audited, and may raise `StepUpRequired`."""
        return self._call("POST", f"/customers/{int(customer_id)}/reveal", RevealResponse, body=request)

    def reveals(self, customer_id: int) -> list[RevealRecord]:
        """Who viewed this customer's personal data, and why."""
        return self._call("GET", f"/customers/{int(customer_id)}/reveals", list[RevealRecord])

    def incident(self, customer_id: int, since: datetime | None = None) -> IncidentRecord:
        """The customer's incident record: the masked timeline since `since` (default: 30 days)."""
        params = _params(since=since.isoformat() if since is not None else None)
        return self._call("GET", f"/customers/{int(customer_id)}/incident", IncidentRecord, params=params)

    # --- security actions -------------------------------------------------------------------------

    def request_action(self, action: ActionCreate) -> ActionOut:
        """Requests a security action (not retried: the service keeps no Idempotency-Key for it)."""
        return self._call("POST", "/actions", ActionOut, body=action)

    def actions(
        self,
        status: ActionStatus | None = None,
        customer_id: int | None = None,
        ticket_id: int | None = None,
    ) -> list[ActionOut]:
        params = _params(status=status, customer_id=customer_id, ticket_id=ticket_id)
        return self._call("GET", "/actions", ActionList, params=params).items

    def action(self, action_id: int) -> ActionOut:
        return self._call("GET", f"/actions/{int(action_id)}", ActionOut)

    def approve(self, action_id: int, comment: str, version: int) -> ActionOut:
        """Approves (as the second person) the version of the request the supervisor saw."""
        return self._decide(action_id, "approve", comment, version)

    def reject(self, action_id: int, comment: str, version: int) -> ActionOut:
        return self._decide(action_id, "reject", comment, version)

    def cancel(self, action_id: int) -> ActionOut:
        """Withdraws one's own pending request."""
        return self._call("POST", f"/actions/{int(action_id)}/cancel", ActionOut)

    def _decide(self, action_id: int, verb: str, comment: str, version: int) -> ActionOut:
        decision = build_request(ActionDecision, comment=comment, version=version)
        return self._call(
            "POST",
            f"/actions/{int(action_id)}/{verb}",
            ActionOut,
            body=decision,
            headers={"If-Match": f'"{int(version)}"'},
        )

    # --- audit ------------------------------------------------------------------------------------

    def audit(
        self,
        customer_id: int | None = None,
        ticket_id: int | None = None,
        actor: str | None = None,
        cursor: str | None = None,
        limit: int = 100,
    ) -> AuditPage:
        params = _params(customer_id=customer_id, ticket_id=ticket_id, actor=actor, cursor=cursor, limit=limit)
        return self._call("GET", "/audit", AuditPage, params=params)

    def verify_audit(self) -> AuditVerification:
        """Checks the audit log's hash chain on the service."""
        return self._call("GET", "/audit/verify", AuditVerification)

    # --- supervision (#10) ------------------------------------------------------------------------

    def stats(self, since: datetime, until: datetime | None = None) -> Stats:
        """The supervisor's figures for [since, until) (default: until now); supervisors and admins."""
        params = _params(since=since.isoformat(), until=until.isoformat() if until is not None else None)
        return self._call("GET", "/stats", Stats, params=params)

    def sla_policies(self) -> SlaPolicies:
        return self._call("GET", "/sla-policies", SlaPolicies)

    def update_sla_policies(self, update: SlaPolicyUpdate) -> SlaPolicies:
        """Replaces the whole set (admins only)."""
        return self._call("PUT", "/sla-policies", SlaPolicies, body=update)
