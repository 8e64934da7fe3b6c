"""A bulk change as it runs (#13): chunks of up to 200 tickets sent one after another off the GUI thread.

Each chunk is one `POST /tickets/bulk` on the TaskRunner; the next starts when the previous one's
answer is back, so `cancel()` stops after the chunk in flight and nothing is left half-sent. Tickets
can be given by (id, version), and/or taken from the rest of an inbox view page by page (`more`), so a
change to thousands of tickets never needs them all loaded in the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from desk_app.contract import MAX_BULK, BulkChanges, BulkRefusal, BulkResult, TicketPage, TicketSummary
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe

Pager = Callable[[str | None], TicketPage]  # cursor -> the next page of the view (runs on a worker thread)


@dataclass
class BulkOutcome:
    """What a bulk change did so far (or in all)."""

    changed: int = 0
    unchanged: int = 0
    refused: list[BulkRefusal] = field(default_factory=list)
    tickets: list[TicketSummary] = field(default_factory=list)  # the changed tickets, as they are now
    sent: int = 0  # tickets sent to the service
    cancelled: bool = False
    error: str = ""  # a chunk failed (the network, the session): the chunks after it were not sent


class BulkOperation(QObject):
    """Runs one bulk change; `progress(sent, total)` (total 0 when unknown), then `finished(BulkOutcome)`."""

    progress = Signal(int, int)
    chunk_done = Signal(object)  # BulkResult
    finished = Signal(object)  # BulkOutcome

    def __init__(self, ctx: DeskContext, targets: list[tuple[int, int]], changes: BulkChanges,
                 more: Pager | None = None, cursor: str | None = None, chunk_size: int = MAX_BULK,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.changes, self.more = ctx, changes, more
        self.chunk_size = max(1, min(chunk_size, MAX_BULK))
        self._queue = list(dict.fromkeys(targets))
        self._cursor = cursor
        self._pages_done = more is None
        self._seen = {ticket_id for ticket_id, _ in self._queue}
        self.outcome = BulkOutcome()
        self._cancel = False
        self.running = False

    @property
    def total(self) -> int:
        """How many tickets will be sent, or 0 while the rest of a view is still being paged."""
        return self.outcome.sent + len(self._queue) if self._pages_done else 0

    def start(self) -> None:
        self.running = True
        self.progress.emit(0, self.total)
        self._next()

    def cancel(self) -> None:
        """Stops after the chunk in flight; what was sent stays changed."""
        self._cancel = True

    def _next(self) -> None:
        if self._cancel:
            self.outcome.cancelled = True
            self._finish()
            return
        client, changes = self.ctx.client, self.changes
        if self._queue:
            chunk, self._queue = self._queue[:self.chunk_size], self._queue[self.chunk_size:]
            self.ctx.tasks.run(lambda: (client.bulk_update(chunk, changes), None, len(chunk)),
                               on_done=self._chunk_answered, on_error=self._chunk_failed, owner=self)
        elif not self._pages_done and self.more is not None:
            more, cursor, seen = self.more, self._cursor, set(self._seen)

            def page_then_change() -> tuple[BulkResult | None, str | None, int]:
                page = more(cursor)
                chunk = [(t.id, t.version) for t in page.items if t.id not in seen]  # a page holds <= MAX_BULK
                result = client.bulk_update(chunk, changes) if chunk else None
                return result, page.next_cursor or "", len(chunk)

            self.ctx.tasks.run(page_then_change, on_done=self._chunk_answered, on_error=self._chunk_failed,
                               owner=self)
        else:
            self._finish()

    def _chunk_answered(self, answer: tuple[BulkResult | None, str | None, int]) -> None:
        result, cursor, count = answer
        if cursor is not None:  # a page of the view: "" means it was the last one
            self._cursor = cursor or None
            self._pages_done = not cursor
        self.outcome.sent += count
        if result is not None:
            self.outcome.changed += result.changed
            self.outcome.unchanged += result.unchanged
            self.outcome.refused.extend(result.refused)
            self.outcome.tickets.extend(result.tickets)
            self.chunk_done.emit(result)
        self.progress.emit(self.outcome.sent, self.total)
        self._next()

    def _chunk_failed(self, exc: Exception) -> None:
        self.outcome.error = describe(exc)
        self._finish()

    def _finish(self) -> None:
        self.running = False
        self.finished.emit(self.outcome)
