"""What every screen of a signed-in workstation is built with, passed in through constructors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desk_app.contract import AgentOut, Role
from desk_app.reply_checks import DEFAULT_ALLOWED_DOMAINS, RevealedValues
from desk_app.ui.common.events import EventBus
from desk_app.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from desk_app.ui.common.local_desk import LocalDesk


@dataclass
class DeskContext:
    client: ApiClient  # noqa: F821  (desk_app.client.ApiClient; typed loosely to keep imports light)
    tasks: TaskRunner
    events: EventBus
    agent: AgentOut
    server_url: str
    local: LocalDesk | None = None  # drafts and outbox (#6); None: the composer sends directly
    revealed: RevealedValues = field(default_factory=RevealedValues)  # fingerprints only, for reply checks
    allowed_domains: tuple[str, ...] = DEFAULT_ALLOWED_DOMAINS  # the exchange's own domains, for reply links

    def has_role(self, *roles: Role) -> bool:
        return bool(set(self.agent.roles).intersection(roles))

    @property
    def can_request_actions(self) -> bool:
        return self.has_role(Role.security_agent, Role.supervisor)

    @property
    def can_reveal(self) -> bool:
        return self.has_role(Role.security_agent, Role.supervisor)

    @property
    def can_decide(self) -> bool:
        return self.has_role(Role.supervisor)
