"""An inbox's filters: what the service is asked for, and the same test applied locally to live updates."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from desk_app.contract import Category, Channel, Language, Priority, TicketStatus, TicketSummary, View

ACTIVE = {TicketStatus.new, TicketStatus.open, TicketStatus.pending_customer, TicketStatus.pending_approval}


@dataclass(frozen=True)
class Filters:
    """The filter bar's state; None (or "") means "any"."""

    status: TicketStatus | None = None
    priority: Priority | None = None
    category: Category | None = None
    language: Language | None = None
    channel: Channel | None = None
    sla_breached: bool | None = None
    q: str = ""

    def params(self) -> dict[str, Any]:
        """Keyword arguments for `ApiClient.tickets`."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["q"] = self.q.strip() or None
        return values

    def to_saved(self) -> dict[str, Any]:
        """A plain form to remember between runs (settings hold no personal data: these are choices)."""
        return {f.name: (v.value if hasattr(v, "value") else v) for f in fields(self) if (v := getattr(self, f.name))
                not in (None, "")}

    @classmethod
    def from_saved(cls, saved: dict[str, Any]) -> Filters:
        """The filters a view was left with; anything unreadable (an older or edited file) is dropped."""
        kinds = {"status": TicketStatus, "priority": Priority, "category": Category, "language": Language,
                 "channel": Channel}
        values: dict[str, Any] = {}
        for name, kind in kinds.items():
            try:
                values[name] = kind(saved[name]) if saved.get(name) else None
            except ValueError:
                values[name] = None
        breached = saved.get("sla_breached")
        values["sla_breached"] = breached if isinstance(breached, bool) else None
        values["q"] = saved["q"][:200] if isinstance(saved.get("q"), str) else ""
        return cls(**values)

    def admits(self, ticket: TicketSummary) -> bool:
        """The enum filters, as the service applies them (the text search is left to the service)."""
        return all(getattr(self, name) in (None, getattr(ticket, name))
                   for name in ("status", "priority", "category", "language", "channel"))

    def matches_text(self, ticket: TicketSummary) -> bool:
        """The text search, approximately as the service does it: "#123"/"123" is an id, else in the subject."""
        text = self.q.strip()
        if not text:
            return True
        if text.lstrip("#").isdigit():
            return ticket.id == int(text.lstrip("#"))
        return text.casefold() in ticket.subject.casefold()


def in_view(view: View, ticket: TicketSummary, agent_id: int) -> bool:
    """Whether the service would list `ticket` in `view` for this agent."""
    if view is View.mine:
        return ticket.assignee_id == agent_id
    if view is View.unassigned:
        return ticket.assignee_id is None and ticket.status in ACTIVE
    if view is View.security:
        return ticket.category is Category.security
    if view is View.awaiting_approval:
        return ticket.status is TicketStatus.pending_approval
    return True
