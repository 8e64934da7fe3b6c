"""The inbox's packed rows give back exactly the ticket that went in (#7: 100,000 rows in ~30 MB)."""

from __future__ import annotations

import gc
import sys
from datetime import UTC, datetime, timedelta

from desk_app.contract import Category, Channel, Language, Priority, SlaState, TicketPage, TicketStatus, TicketSummary
from desk_app.ui.inbox.rows import PackedPage, RowCache, pack, unpack

NOW = datetime(2026, 11, 25, 16, 30, 12, 345678, tzinfo=UTC)


def summary(ticket_id: int, **changes: object) -> TicketSummary:
    fields: dict[str, object] = dict(
        id=ticket_id, subject="Auszahlung hängt \u202e‮ 😀 \ud800 <b>not bold</b>", customer_id=42,
        customer_display="k***@example.org", language=Language.ru, category=Category.deposit_withdrawal,
        status=TicketStatus.pending_customer, priority=Priority.urgent, channel=Channel.chat, assignee_id=7,
        assignee_name="Agent Één", tags=["vip", "secret-exposed"], created_at=NOW - timedelta(days=400),
        updated_at=NOW, first_response_due=NOW + timedelta(minutes=5), resolution_due=None,
        first_responded_at=NOW - timedelta(microseconds=1), sla_state=SlaState.near, version=12,
        merged_into_id=None, csat_rating=4, sla_paused_at=NOW)
    fields.update(changes)
    return TicketSummary.model_validate(fields)


def test_a_packed_row_unpacks_to_the_same_ticket() -> None:
    for ticket in (summary(1), summary(2, tags=[], assignee_id=None, assignee_name=None, csat_rating=None,
                                      created_at=datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC))):
        again = unpack(pack(ticket))
        assert again == ticket
        assert again.model_dump() == ticket.model_dump()
        assert isinstance(again.priority, Priority) and isinstance(again.tags, list)
        assert again.created_at.utcoffset() == timedelta(0)


def test_the_cache_answers_by_id_and_forgets_removed_rows() -> None:
    page = PackedPage.of(TicketPage(items=[summary(i, subject=f"row {i}") for i in range(10, 0, -1)],
                                    next_cursor="c"))
    cache = RowCache()
    for ticket_id, packed in page.rows:
        cache.put_packed(ticket_id, packed)
    assert len(cache) == 10 and page.next_cursor == "c"
    assert cache[3].subject == "row 3" and 3 in cache
    cache[3] = summary(3, subject="changed")
    assert cache[3].subject == "changed"
    del cache[3]
    assert 3 not in cache and len(cache) == 9


def test_packed_rows_are_small_and_not_tracked_by_the_garbage_collector() -> None:
    packed = pack(summary(1))
    assert sys.getsizeof(packed) < 400  # a pydantic summary is ~3.4 KB, a tuple of its values ~0.9 KB
    assert not gc.is_tracked(packed)
