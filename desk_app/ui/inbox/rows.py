"""`RowCache`: the inbox's rows by id, kept compact so that 100,000 loaded tickets stay near 100 MB (#7).

A pydantic `TicketSummary` costs about 3.4 KB (its `__dict__` and its own set of fields set); the cache
keeps each row as a tuple of its field values (about 1 KB) and gives back a `TicketSummary` rebuilt
without validation, remembering the few hundred most recently asked for (the rows on screen), since a
view asks about ten times per cell on every paint.
"""

from __future__ import annotations

from collections import OrderedDict

from desk_app.contract import TicketSummary

_FIELDS = tuple(TicketSummary.model_fields)
_ALL_SET = frozenset(_FIELDS)  # shared by every rebuilt row: each was a full, validated summary
HOT = 512  # rebuilt rows kept: more than a tall screen shows


class RowCache:
    """A mapping of ticket id to TicketSummary that stores tuples; see the module docstring."""

    def __init__(self) -> None:
        self._packed: dict[int, tuple[object, ...]] = {}
        self._hot: OrderedDict[int, TicketSummary] = OrderedDict()

    def __len__(self) -> int:
        return len(self._packed)

    def __contains__(self, ticket_id: object) -> bool:
        return ticket_id in self._packed

    def __setitem__(self, ticket_id: int, ticket: TicketSummary) -> None:
        self._packed[ticket_id] = tuple(getattr(ticket, name) for name in _FIELDS)
        self._hot.pop(ticket_id, None)

    def __delitem__(self, ticket_id: int) -> None:
        del self._packed[ticket_id]
        self._hot.pop(ticket_id, None)

    def __getitem__(self, ticket_id: int) -> TicketSummary:
        ticket = self._hot.get(ticket_id)
        if ticket is not None:
            self._hot.move_to_end(ticket_id)
            return ticket
        values = dict(zip(_FIELDS, self._packed[ticket_id], strict=True))
        ticket = TicketSummary.model_construct(_fields_set=set(_ALL_SET), **values)
        self._hot[ticket_id] = ticket
        if len(self._hot) > HOT:
            self._hot.popitem(last=False)
        return ticket
