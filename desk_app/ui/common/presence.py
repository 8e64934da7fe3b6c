"""Who has which ticket open, for every view of this workstation (#13): one board, fed by the event stream.

The board loads the desk's presence (`GET /presence`), then follows `presence.changed` events; inbox
rows and ticket tabs read it and listen to `changed(ticket_id)`. A reconnect of the stream, and a quiet
re-read every 30 s, correct anything a dropped stream missed.
It lives as a child of the window's TicketFeed (`presence_board(feed)`), so every view finds the same one.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desk_app.contract import EventOut, PresenceEntry, PresenceList, PresenceState
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.text import one_line

log = logging.getLogger(__name__)

EVENT = "presence.changed"
REFRESH_MS = 30_000
DEFAULT_TTL = 30.0


class PresenceBoard(QObject):
    """The desk's current presence; `changed(ticket_id)` after any change on a ticket."""

    changed = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._tickets: dict[int, dict[int, PresenceEntry]] = {}
        self.ttl = DEFAULT_TTL
        self._loaded = False
        # Heartbeats renew presence silently on the service; a missed departure (a dropped stream) is
        # corrected by reading the whole board again now and then.
        self._refresh = QTimer(self, interval=REFRESH_MS)
        self._refresh.timeout.connect(self._refresh_if_loaded)
        self._refresh.start()
        ctx.events.received.connect(self.on_event)
        ctx.events.state_changed.connect(self._stream_state)

    def ensure(self) -> None:
        """Loads the desk's presence the first time anyone asks."""
        if not self._loaded:
            self._loaded = True
            self.reload()

    def _refresh_if_loaded(self) -> None:
        if self._loaded:
            self.reload()

    def reload(self) -> None:
        client = self.ctx.client
        self.ctx.tasks.run(client.presence, on_done=self.set_all, owner=self,
                           on_error=lambda exc: log.info("presence not loaded: %s", type(exc).__name__))

    def _stream_state(self, state: str) -> None:
        if state == "live" and self._loaded:
            self.reload()  # events may have been missed while the stream was down

    def set_all(self, presence: PresenceList) -> None:
        self.ttl = presence.ttl_seconds
        before = {t: _states(entries) for t, entries in self._tickets.items()}
        self._tickets = {}
        for entry in presence.items:
            self._tickets.setdefault(entry.ticket_id, {})[entry.agent_id] = entry
        for ticket_id in set(before) | set(self._tickets):
            if before.get(ticket_id) != _states(self._tickets.get(ticket_id, {})):
                self.changed.emit(ticket_id)

    def set_ticket(self, ticket_id: int, entries: list[PresenceEntry]) -> None:
        """What the service answered to this desk's own heartbeat: the ticket's presence right now."""
        fresh = {e.agent_id: e for e in entries if e.ticket_id == ticket_id}
        if _states(fresh) != _states(self._tickets.get(ticket_id, {})):
            if fresh:
                self._tickets[ticket_id] = fresh
            else:
                self._tickets.pop(ticket_id, None)
            self.changed.emit(ticket_id)

    def on_event(self, event: EventOut) -> None:
        if event.kind != EVENT or event.ticket_id is None:
            return
        try:
            agent_id = int(event.data["agent_id"])
            state = PresenceState(event.data["state"])
            name = str(event.data.get("agent_name", ""))
        except (KeyError, ValueError, TypeError):
            return
        ticket = self._tickets.setdefault(event.ticket_id, {})
        if state is PresenceState.left:
            ticket.pop(agent_id, None)
        else:
            ticket[agent_id] = PresenceEntry(ticket_id=event.ticket_id, agent_id=agent_id, agent_name=name,
                                             state=state, since=event.at,
                                             expires_at=datetime.now(UTC) + timedelta(seconds=self.ttl))
        if not ticket:
            del self._tickets[event.ticket_id]
        self.changed.emit(event.ticket_id)

    def others(self, ticket_id: int) -> list[PresenceEntry]:
        """Everyone on the ticket but the signed-in agent, typing first, then by arrival."""
        me = self.ctx.agent.id
        entries = [e for a, e in self._tickets.get(ticket_id, {}).items() if a != me]
        return sorted(entries, key=lambda e: (e.state is not PresenceState.typing, e.since))


def _states(entries: dict[int, PresenceEntry]) -> dict[int, PresenceState]:
    return {agent_id: entry.state for agent_id, entry in entries.items()}


def describe(entries: list[PresenceEntry]) -> str:
    """"Mina is replying · Sam is viewing", in the agent's language; empty when no one else is there."""
    parts = []
    for entry in entries:
        name = one_line(entry.agent_name, 40)
        if entry.state is PresenceState.typing:
            parts.append(QCoreApplication.translate("Presence", "%1 is replying").replace("%1", name))
        else:
            parts.append(QCoreApplication.translate("Presence", "%1 is viewing").replace("%1", name))
    return " · ".join(parts)


def presence_board(feed: QObject) -> PresenceBoard:
    """The window's one board, made on first use as a child of its TicketFeed (which holds the context)."""
    board = feed.findChild(PresenceBoard)
    if board is None:
        board = PresenceBoard(feed.ctx, feed)  # type: ignore[attr-defined]
    return board
