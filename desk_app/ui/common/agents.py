"""The agent directory for assignee pickers: fetched once per window, shared by every ticket tab."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk_app.contract import AgentDirectoryEntry
from desk_app.ui.common.context import DeskContext


class AgentDirectory(QObject):
    """Loads `client.agents()` on first use; `loaded` fires with the list (again after `reload`)."""

    loaded = Signal(list)

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agents: list[AgentDirectoryEntry] | None = None
        self._loading = False

    def ensure(self) -> None:
        if self.agents is None and not self._loading:
            self.reload()

    def reload(self) -> None:
        self._loading = True
        self.ctx.tasks.run(self.ctx.client.agents, on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, agents: list[AgentDirectoryEntry]) -> None:
        self._loading = False
        self.agents = agents
        self.loaded.emit(agents)

    def _failed(self, _exc: Exception) -> None:
        self._loading = False  # pickers keep what they show; the next tab asks again
