"""What every screen of a signed-in workstation is built with, passed in through constructors."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.contract import AgentOut, Role
from desk_app.ui.common.events import EventBus
from desk_app.ui.common.tasks import TaskRunner


@dataclass
class DeskContext:
    client: ApiClient  # noqa: F821  (desk_app.client.ApiClient; typed loosely to keep imports light)
    tasks: TaskRunner
    events: EventBus
    agent: AgentOut
    server_url: str

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
