"""Live ticket updates for every open view: one fetch per changed ticket, shared by all inboxes and tabs.

Events carry ids only; the feed fetches the ticket (once, however many views show it) and hands the
fresh `TicketDetail` to everyone. Bursts are coalesced, and a flood makes the views reload instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.client import NotFound
from desk_app.contract import EventOut, TicketDetail
from desk_app.ui.common.context import DeskContext

log = logging.getLogger(__name__)

COALESCE_MS = 150
MAX_BATCH = 100
TICKET_EVENTS = {"ticket.created", "ticket.updated"}


class TicketFeed(QObject):
    """Turns ticket events into fresh tickets; views connect to the signals."""

    ticket_loaded = Signal(object)  # TicketDetail
    ticket_gone = Signal(int)
    messages_changed = Signal(int)  # ticket id
    resync = Signal()  # too much changed at once: reload

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending: set[int] = set()
        self._holders: list[Callable[[int], bool]] = []
        self._timer = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._timer.timeout.connect(self._flush)
        ctx.events.received.connect(self.on_event)

    def add_holder(self, holds: Callable[[int], bool]) -> None:
        """`holds(ticket_id)` says whether a view shows that ticket (so its messages matter)."""
        self._holders.append(holds)

    def remove_holder(self, holds: Callable[[int], bool]) -> None:
        if holds in self._holders:
            self._holders.remove(holds)

    def held(self, ticket_id: int) -> bool:
        return any(holds(ticket_id) for holds in self._holders)

    def on_event(self, event: EventOut) -> None:
        if event.ticket_id is None:
            return
        if event.kind == "message.created":
            if self.held(event.ticket_id):
                self.messages_changed.emit(event.ticket_id)
                self.refetch(event.ticket_id)  # counters, status (new -> open) and SLA move with a reply
        elif event.kind in TICKET_EVENTS:
            self.refetch(event.ticket_id)

    def refetch(self, ticket_id: int) -> None:
        self._pending.add(ticket_id)
        if not self._timer.isActive():
            self._timer.start()

    def publish(self, ticket: TicketDetail) -> None:
        """A ticket this desk just changed itself: no need to wait for the event."""
        self.ticket_loaded.emit(ticket)

    def _flush(self) -> None:
        ids, self._pending = sorted(self._pending), set()
        if len(ids) > MAX_BATCH:
            self.resync.emit()
            return
        for ticket_id in ids:
            self.ctx.tasks.run(lambda t=ticket_id: self.ctx.client.ticket(t), on_done=self.ticket_loaded.emit,
                               on_error=lambda exc, t=ticket_id: self._failed(t, exc), owner=self)

    def _failed(self, ticket_id: int, exc: Exception) -> None:
        if isinstance(exc, NotFound):
            self.ticket_gone.emit(ticket_id)
        else:
            log.info("could not refresh ticket %s: %s", ticket_id, type(exc).__name__)
