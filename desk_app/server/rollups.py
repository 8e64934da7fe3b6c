"""Per-UTC-day, hour and five-minute counters of the supervisor's statistics (#10), kept in step with every write.

Each ticket (and each CSAT rating) adds one to a few cells `(kind, day, key)` of `stats_rollups`, a pure
function of its stored row (`ticket_cells`): opened when created, solved when `resolved_at`, its first
response and resolution times in logarithmic buckets, its SLA outcome and its still running clocks (by the
five minutes they fall due) on its creation; each of these in its UTC day's cell, its hour's (`kind` +
"_h", the key prefixed "HH|") and its five minutes' (`kind` + "_m", prefixed "HH:MM|"). While a ticket is
open it also adds to the "now" counters (backlog, agent load, and the day and five minutes it breaches).
A write changes the cells by the difference between the rows' cells at commit and their cells when the
transaction first touched them (read with `FOR UPDATE`), so reopened tickets, replaced ratings,
reassignments, merges and deletions move their counts; the cells change in the same transaction as the
rows, which keeps any number of service processes right on SQLite and PostgreSQL.

Every ORM flush and every `session.execute(update(...)/delete(...))` of tickets and ratings is seen (session
events); an `INSERT` statement through a session rebuilds all counters at commit. Writes that go around the
Session (raw connections, as the bench's bulk copy) must call `rebuild` afterwards.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table, delete, event, inspect, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from desk_app import contract as c
from desk_app.server import sla
from desk_app.server.models import CsatRating, StatsRollup, Ticket

Cell = tuple[str, date, str]  # (kind, day, key)
EPOCH = date(1970, 1, 1)  # the day of the "now" counters (backlog, load) and of clocks already breached for good
PER_DOUBLING = 16  # buckets of a duration per doubling: a bucket's middle is within 2.2 % of every value in it
PRECISION = 2 ** (1 / (2 * PER_DOUBLING)) - 1  # the largest relative error of a bucketed median
UNASSIGNED = "-"
HOURLY, SLOTTED = "_h", "_m"  # the suffixes of the hour cells and the five-minute cells
SLOT = timedelta(minutes=5)
CHUNK = 500
STREAM = 20_000
_KEY = "desk_rollups"

SOLVED = frozenset(s.value for s in sla.STOPPED)
OPEN = frozenset(s.value for s in (c.TicketStatus.new, c.TicketStatus.open, c.TicketStatus.pending_customer,
                                   c.TicketStatus.pending_approval))
TICKET_COLUMNS = (Ticket.id, Ticket.created_at, Ticket.resolved_at, Ticket.status, Ticket.category, Ticket.language,
                  Ticket.assignee_id, Ticket.first_responded_at, Ticket.first_response_due, Ticket.resolution_due,
                  Ticket.sla_paused_at)
CSAT_COLUMNS = (CsatRating.id, CsatRating.rated_at, CsatRating.rating)


def utc_day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


def bucket(seconds: float) -> int:
    """The logarithmic bucket of a duration: 0 below a second, then PER_DOUBLING per doubling."""
    if seconds < 1:
        return 0
    return 1 + math.floor(math.log2(seconds) * PER_DOUBLING)


def middle(index: int) -> float:
    """The value a bucket stands for: its geometric middle (0 for the bucket below a second)."""
    return 0.0 if index == 0 else 2 ** ((index - 0.5) / PER_DOUBLING)


def median(histogram: Counter[int]) -> float | None:
    """The median of bucketed durations (the mean of the middle two for an even count), as bucket middles."""
    total = sum(histogram.values())
    if not total:
        return None
    wanted, found, seen = [(total - 1) // 2, total // 2], [], 0
    for index in sorted(histogram):
        seen += histogram[index]
        while wanted and wanted[0] < seen:
            found.append(middle(index))
            wanted.pop(0)
    return round((found[0] + found[1]) / 2, 3)


def breach_at(row: Any) -> datetime | None:
    """When an open ticket is breached (`sla.breached(now)` holds for every now after it); EPOCH-old when a
    stopped clock was late, None when no clock will breach it."""
    responded, first_due, resolution_due = row.first_responded_at, row.first_response_due, row.resolution_due
    stop = sla.resolution_stop(row.status, row.sla_paused_at, row.resolved_at)
    if (responded is not None and first_due is not None and responded > first_due) or \
            (stop is not None and resolution_due is not None and stop > resolution_due):
        return datetime.combine(EPOCH, datetime.min.time(), UTC)
    dues = [due for due, running in ((first_due, responded is None), (resolution_due, stop is None))
            if due is not None and running]
    return min(dues) if dues else None


def hour_key(hour: int, key: str) -> str:
    """An hour cell's key: the UTC hour first, so that a range of hours is a range of keys."""
    return f"{hour:02d}|{key}"


def slot_key(hour: int, minute: int, key: str) -> str:
    """A five-minute cell's key: "HH:MM|" (the slot's start) first."""
    return f"{hour:02d}:{minute - minute % 5:02d}|{key}"


def _at(kind: str, moment: datetime, key: str) -> list[Cell]:
    """A period counter at `moment`: in its day's cell, its hour's (`kind` + "_h") and its five minutes'."""
    utc = moment.astimezone(UTC)
    day = utc.date()
    return [(kind, day, key), (kind + HOURLY, day, hour_key(utc.hour, key)),
            (kind + SLOTTED, day, slot_key(utc.hour, utc.minute, key))]


def due_slot(moment: datetime) -> str:
    """The five minutes a clock falls due in, as "YYYY-MM-DDTHH:MM" (ordered as text)."""
    utc = moment.astimezone(UTC)
    return f"{utc:%Y-%m-%dT%H}:{utc.minute - utc.minute % 5:02d}"


def ticket_cells(row: Any) -> list[Cell]:
    """The counters one stored ticket adds to (the SQL of stats.py's live queries, row by row)."""
    created, status, assignee = row.created_at, row.status, row.assignee_id
    pair = f"{row.category}|{row.language}"
    cells: list[Cell] = _at("opened", created, pair)
    solved = status in SOLVED
    if solved and row.resolved_at is not None:
        resolved = row.resolved_at
        cells += _at("solved", resolved, pair)
        cells += _at("res_time", resolved, str(bucket((resolved - created).total_seconds())))
        if assignee is not None:
            cells += _at("agent_solved", resolved, str(assignee))
    responded, first_due, resolution_due = row.first_responded_at, row.first_response_due, row.resolution_due
    if responded is not None:
        cells += _at("fr_time", created, str(bucket((responded - created).total_seconds())))
        if first_due is not None:
            cells += _at("sla", created, "fr_met" if responded <= first_due else "fr_late")
    elif not solved and first_due is not None:
        cells += _at("fr_run", created, due_slot(first_due))  # breached once its due time has passed
    stop = sla.resolution_stop(status, row.sla_paused_at, row.resolved_at)
    if stop is not None and resolution_due is not None:
        if stop > resolution_due:
            cells += _at("sla", created, "res_late")
        elif solved:
            cells += _at("sla", created, "res_met")
    elif stop is None and not solved and resolution_due is not None:
        cells += _at("res_run", created, due_slot(resolution_due))
    if status in OPEN:
        cells.append(("backlog", EPOCH, f"{status}|{row.category}"))
        if assignee is not None:
            cells.append(("load", EPOCH, f"{assignee}|{status}"))
        if (at := breach_at(row)) is not None:
            at, who = at.astimezone(UTC), UNASSIGNED if assignee is None else str(assignee)
            cells += [("breach", at.date(), who), ("breach" + SLOTTED, at.date(), slot_key(at.hour, at.minute, who))]
    return cells


def csat_cells(row: Any) -> list[Cell]:
    return _at("csat", row.rated_at, str(row.rating))


_TRACKED: dict[str, tuple[Table, tuple[Any, ...], Any]] = {
    "tickets": (Ticket.__table__, TICKET_COLUMNS, ticket_cells),  # type: ignore[dict-item]
    "csat_ratings": (CsatRating.__table__, CSAT_COLUMNS, csat_cells),  # type: ignore[dict-item]
}


_CELL_COLUMNS = {name: frozenset(column.key for column in columns) - {"id"}
                 for name, (_table, columns, _cells) in _TRACKED.items()}


@dataclass
class _Pending:
    """What this transaction changed: each touched row's cells when first touched."""

    before: dict[tuple[str, int], list[Cell]] = field(default_factory=dict)
    rebuild: bool = False


def _pending(session: Session) -> _Pending:
    found = session.info.get(_KEY)
    if found is None:
        found = session.info[_KEY] = _Pending()
    return found  # type: ignore[no-any-return]


def _rows(conn: Connection, name: str, ids: Sequence[int], lock: bool) -> dict[int, Any]:
    table, columns, _ = _TRACKED[name]
    out: dict[int, Any] = {}
    for start in range(0, len(ids), CHUNK):
        query = select(*columns).where(table.c.id.in_(ids[start:start + CHUNK]))
        for row in conn.execute(query.with_for_update() if lock else query):
            out[row.id] = row
    return out


def _remember(session: Session, name: str, ids: Iterable[int]) -> None:
    """Keep the cells of rows this transaction is about to change, as the database has them now (locked)."""
    pending = _pending(session)
    fresh = sorted({i for i in ids if (name, i) not in pending.before})
    if not fresh:
        return
    cells = _TRACKED[name][2]
    found = _rows(session.connection(), name, fresh, lock=True)
    for i in fresh:
        pending.before[(name, i)] = cells(found[i]) if i in found else []


def _may_change_cells(statement: Any, params: Any, name: str) -> bool:
    """Whether a DML statement may change a column the cells are made of (#7: a reply sets only the ticket's
    message count and its time, and then costs no `FOR UPDATE` read and no counter write). A DELETE always may,
    and so does an UPDATE whose columns cannot be told."""
    if not getattr(statement, "is_update", False):
        return True
    values = getattr(statement, "_values", None) or dict(getattr(statement, "_ordered_values", None) or ())
    columns = {getattr(key, "key", key) for key in values}
    if isinstance(params, list):  # a bulk UPDATE by primary key: each row's values
        columns.update(key for row in params for key in row if key != "id")
    elif isinstance(params, dict) and not values:  # UPDATE ... SET from the execute's parameters
        columns.update(params)
    return not columns or not columns.isdisjoint(_CELL_COLUMNS[name])


def _on_execute(state: ORMExecuteState) -> None:
    statement = state.statement
    table = getattr(statement, "table", None)
    name = getattr(table, "name", None)
    if name not in _TRACKED or not getattr(statement, "is_dml", False) or state.session.info.get("rollups_off"):
        return
    if getattr(statement, "is_insert", False):
        _pending(state.session).rebuild = True
        return
    params = state.parameters
    if not _may_change_cells(statement, params, name):
        return
    where = getattr(statement, "whereclause", None)
    if where is None and isinstance(params, list):  # a bulk UPDATE by primary key
        _remember(state.session, name, [int(p["id"]) for p in params])
        return
    _table, columns, cells = _TRACKED[name]
    query = select(*columns) if where is None else select(*columns).where(where)
    before = _pending(state.session).before
    for row in state.session.connection().execute(query.with_for_update()):  # the rows it will change, locked
        before.setdefault((name, row.id), cells(row))  # as first touched: an earlier change keeps its cells


def _on_before_flush(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    if session.info.get("rollups_off"):
        return
    for obj in list(session.dirty) + list(session.deleted):
        name = getattr(obj, "__tablename__", None)
        if name in _TRACKED and inspect(obj).has_identity and (obj in session.deleted or session.is_modified(obj)):
            _remember(session, name, [obj.id])


def _on_after_flush(session: Session, _context: UOWTransaction) -> None:
    if session.info.get("rollups_off"):
        return
    pending = _pending(session)
    for obj in session.new:
        name = getattr(obj, "__tablename__", None)
        if name in _TRACKED and obj.id is not None:
            pending.before.setdefault((name, obj.id), [])


def _on_before_commit(session: Session) -> None:
    if not session.in_nested_transaction():
        settle(session)


def settle(session: Session) -> None:
    """Add what this transaction changed to the counters now (it is about to commit); then nothing is pending.

    Called as the transaction commits, and earlier by at_commit.py, so that the counters' row locks are
    taken before the desk-wide locks of the audit chain and the event log rather than under them."""
    if session.info.get("rollups_off"):
        return
    session.flush()  # rows only added so far are tracked once flushed (commit's own flush comes after this hook)
    pending = session.info.get(_KEY)
    if pending is None:
        return
    if pending.rebuild:
        rebuild(session.connection())
    else:
        change: Counter[Cell] = Counter()
        for name in _TRACKED:
            ids = sorted(i for (n, i) in pending.before if n == name)
            after = _rows(session.connection(), name, ids, lock=False)
            cells = _TRACKED[name][2]
            for i in ids:
                change.subtract(pending.before[(name, i)])
                if i in after:
                    change.update(cells(after[i]))
        apply(session.connection(), change)
    session.info.pop(_KEY, None)


def _on_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_KEY, None)


def install() -> None:
    """Keep the counters in step in every Session (idempotent)."""
    for name, listener in (("do_orm_execute", _on_execute), ("before_flush", _on_before_flush),
                           ("after_flush", _on_after_flush), ("before_commit", _on_before_commit),
                           ("after_transaction_end", _on_transaction_end)):
        if not event.contains(Session, name, listener):
            event.listen(Session, name, listener)


def apply(conn: Connection, change: Counter[Cell]) -> None:
    """Add `change` to the counters, in key order (two transactions never wait on each other in a circle)."""
    rows = [{"kind": k, "day": d, "key": key, "count": n} for (k, d, key), n in sorted(change.items()) if n]
    if not rows:
        return
    table = StatsRollup.__table__
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table)
    statement = statement.on_conflict_do_update(index_elements=["kind", "day", "key"],
                                                set_={"count": table.c.count + statement.excluded["count"]})
    for start in range(0, len(rows), CHUNK):
        conn.execute(statement, rows[start:start + CHUNK])


def computed(conn: Connection) -> Counter[Cell]:
    """Every counter as the stored rows make it, streamed (about ten seconds per million tickets)."""
    total: Counter[Cell] = Counter()
    for _, columns, cells in _TRACKED.values():
        result = conn.execute(select(*columns).execution_options(stream_results=True, yield_per=STREAM))
        for part in result.partitions():
            for row in part:
                total.update(cells(row))
    return total


def rebuild(conn: Connection) -> None:
    """Recompute every counter from the stored rows (the migration's backfill; after bulk loads)."""
    conn.execute(delete(StatsRollup))
    apply(conn, computed(conn))


def stored(conn: Connection) -> Counter[Cell]:
    """The counters as stored, without the zeros."""
    rows = conn.execute(select(StatsRollup.kind, StatsRollup.day, StatsRollup.key, StatsRollup.count))
    return Counter({(k, d, key): n for k, d, key, n in rows if n})


def rebuild_now(session: Session) -> None:
    """After a bulk load through this session: flush, recompute everything, forget what was tracked."""
    session.flush()
    rebuild(session.connection())
    session.info.pop(_KEY, None)
