"""`RowCache`: the inbox's rows by id, kept compact so that 100,000 loaded tickets stay far below 120 MB (#7).

A pydantic `TicketSummary` costs about 3.4 KB and even a tuple of its values about 0.9 KB (five datetimes,
a list of tags, a dozen small objects). The cache keeps each row as one `marshal`-ed bytes object of plain
values (enums by value, datetimes as microseconds since the epoch, tags as a tuple): about 270 bytes, and
not a container the garbage collector has to walk, so a full collection stays short however far the agent
scrolls. It gives back a `TicketSummary` rebuilt without validation (every row was validated when it
arrived), remembering the few hundred most recently asked for (the rows on screen), since a view asks about
ten times per cell on every paint. marshal only ever reads bytes this cache wrote itself.
"""

from __future__ import annotations

import enum
import marshal
import types
import typing
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from desk_app.contract import TicketPage, TicketSummary

_FIELDS = tuple(TicketSummary.model_fields)
_ALL_SET = frozenset(_FIELDS)  # shared by every rebuilt row: each was a full, validated summary
HOT = 512  # rebuilt rows kept: more than a tall screen shows
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _pack(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return ((value if value.tzinfo else value.replace(tzinfo=UTC)) - _EPOCH) // _MICROSECOND
    if isinstance(value, list):
        return tuple(value)
    return value


def _to_datetime(micros: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micros)


def _unpacker(annotation: object) -> Callable[[typing.Any], object] | None:
    """How a field's packed value becomes its own type again (None: it is stored as it is)."""
    union = isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union
    options = typing.get_args(annotation) if union else (annotation,)
    for option in options:
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return option
        if option is datetime:
            return _to_datetime
        if typing.get_origin(option) is list:
            return list
    return None


_UNPACK = tuple((index, unpack) for index, name in enumerate(_FIELDS)
                if (unpack := _unpacker(TicketSummary.model_fields[name].annotation)) is not None)


def pack(ticket: TicketSummary) -> bytes:
    return marshal.dumps(tuple(_pack(getattr(ticket, name)) for name in _FIELDS))


def unpack(packed: bytes) -> TicketSummary:
    values = list(marshal.loads(packed))  # noqa: S302 - bytes this module wrote, never anything received
    for index, convert in _UNPACK:
        if values[index] is not None:
            values[index] = convert(values[index])
    return TicketSummary.model_construct(_fields_set=set(_ALL_SET), **dict(zip(_FIELDS, values, strict=True)))


class PackedPage(NamedTuple):
    """A page of the inbox packed where it was fetched (a pool thread): ids, packed rows, the next cursor."""

    rows: list[tuple[int, bytes]]
    next_cursor: str | None

    @classmethod
    def of(cls, page: TicketPage) -> PackedPage:
        return cls([(ticket.id, pack(ticket)) for ticket in page.items], page.next_cursor)


class RowCache:
    """A mapping of ticket id to TicketSummary that stores packed bytes; see the module docstring."""

    def __init__(self) -> None:
        self._packed: dict[int, bytes] = {}
        self._hot: OrderedDict[int, TicketSummary] = OrderedDict()

    def __len__(self) -> int:
        return len(self._packed)

    def __contains__(self, ticket_id: object) -> bool:
        return ticket_id in self._packed

    def __setitem__(self, ticket_id: int, ticket: TicketSummary) -> None:
        self._packed[ticket_id] = pack(ticket)
        self._hot.pop(ticket_id, None)

    def put_packed(self, ticket_id: int, packed: bytes) -> None:
        self._packed[ticket_id] = packed
        self._hot.pop(ticket_id, None)

    def __delitem__(self, ticket_id: int) -> None:
        del self._packed[ticket_id]
        self._hot.pop(ticket_id, None)

    def __getitem__(self, ticket_id: int) -> TicketSummary:
        ticket = self._hot.get(ticket_id)
        if ticket is not None:
            self._hot.move_to_end(ticket_id)
            return ticket
        ticket = unpack(self._packed[ticket_id])
        self._hot[ticket_id] = ticket
        if len(self._hot) > HOT:
            self._hot.popitem(last=False)
        return ticket
