"""Placeholders in a reply to the customer (#9), filled by the service when it stores the reply.

Agents see only a masked customer name, so `{customer_name}` can only be filled here: the stored reply (what
the customer gets) carries the real name, and the copy agents are shown carries the masked one. Any other
`{lower_case_word}` is refused, so a typo such as `{customer_nmae}` never reaches a customer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desk_app import contract as c
from desk_app.server import masking
from desk_app.server.errors import ApiError

PATTERN = re.compile(c.PLACEHOLDER_PATTERN)


@dataclass(frozen=True)
class Filled:
    """A reply as delivered to the customer, and as shown to agents (None when both are the same)."""

    delivered: str
    for_agents: str | None


def unknown(body: str) -> list[str]:
    """The placeholders in `body` the service does not fill, in order, each once."""
    return list(dict.fromkeys(m.group(1) for m in PATTERN.finditer(body) if m.group(1) not in c.REPLY_PLACEHOLDERS))


def fill(body: str, *, customer_name: str, ticket_id: int, agent_name: str) -> Filled:
    """Fills every known placeholder in one pass (a filled value is never read again); refuses unknown ones."""
    left = unknown(body)
    if left:
        names = ", ".join("{" + name + "}" for name in left)
        known = ", ".join("{" + name + "}" for name in c.REPLY_PLACEHOLDERS)
        raise ApiError(422, c.ErrorCode.unknown_placeholder,
                       f"The reply holds {names}, which the desk does not fill in; the service fills {known}",
                       "body")
    if PATTERN.search(body) is None:
        return Filled(body, None)

    def values(name: str) -> dict[str, str]:
        return {"customer_name": name, "ticket_id": str(ticket_id), "agent_name": agent_name}

    def sub(name: str) -> str:
        return PATTERN.sub(lambda m: values(name)[m.group(1)], body)

    delivered = sub(customer_name)
    shown = sub(masking.name(customer_name))
    return Filled(delivered, shown if shown != delivered else None)
