"""A period's statistics from the rollups (server/rollups.py), so that their cost follows days, not tickets.

A period [since, until) is cut into whole UTC days (day cells), the whole hours of the days at its edges
(hour cells), the whole five minutes of the hours at its edges (five-minute cells) and less than five
minutes at each edge, which stats.py queries live. What `now` decides is counted live as well, but only
for the current five minutes: running clocks falling due in them, and open tickets breaching in them;
earlier ones come from the cells, keyed by the five minutes a clock falls due.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, not_, or_, select
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import rollups, sla
from desk_app.server.models import StatsRollup, Ticket

HOUR, DAY, MINUTE = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)
OPEN = sorted(rollups.OPEN)
PERIOD_KINDS = ("opened", "solved", "sla", "fr_time", "res_time", "csat", "agent_solved", "fr_run", "res_run")
SLA_SLOTS = {"fr_met": 0, "fr_late": 1, "res_met": 2, "res_late": 3}


@dataclass
class Figures:
    """The period's figures being summed from cells and live queries."""

    now: datetime
    days: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)  # (day, category, language)
    sla: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # first met, breached; resolution met, breached
    first_response: Counter[int] = field(default_factory=Counter)  # rollups.bucket -> tickets
    resolution: Counter[int] = field(default_factory=Counter)
    csat: Counter[int] = field(default_factory=Counter)
    solved_by: Counter[int] = field(default_factory=Counter)
    due_before: str = ""  # rollups.due_slot(now): running clocks due in earlier five minutes are breached

    def __post_init__(self) -> None:
        self.due_before = rollups.due_slot(self.now)

    def add(self, kind: str, day: date, key: str, n: int) -> None:
        """One cell (an hour cell's key without its hour)."""
        if kind in ("opened", "solved"):
            category, _, language = key.partition("|")
            self.days.setdefault((day.isoformat(), category, language), [0, 0])[kind == "solved"] += n
        elif kind == "sla":
            self.sla[SLA_SLOTS[key]] += n
        elif kind in ("fr_time", "res_time", "csat", "agent_solved"):
            {"fr_time": self.first_response, "res_time": self.resolution, "csat": self.csat,
             "agent_solved": self.solved_by}[kind][int(key)] += n
        elif key < self.due_before:  # a running clock due in earlier five minutes: breached
            self.sla[1 if kind == "fr_run" else 3] += n


def _hour_prefix(offset: timedelta) -> str:
    return f"{offset // HOUR:02d}|"


def _slot_prefix(offset: timedelta) -> str:
    return f"{offset // HOUR:02d}:{offset % HOUR // MINUTE:02d}|"


LEVELS = ((HOUR, rollups.HOURLY, _hour_prefix), (rollups.SLOT, rollups.SLOTTED, _slot_prefix))


@dataclass
class Pieces:
    """A period cut into whole days, ranges of hour or five-minute cells of one day, and short live ranges."""

    days: tuple[date, date] | None = None
    cells: list[tuple[date, str, str, str, datetime, datetime]] = field(default_factory=list)  # day, suffix,
    # first key prefix, end key prefix, and the time range they stand for
    live: list[tuple[datetime, datetime]] = field(default_factory=list)

    def covered(self) -> list[tuple[datetime, datetime]]:
        """The time ranges that cells answer for."""
        out = [] if self.days is None else [(_midnight(self.days[0]), _midnight(self.days[1]))]
        return out + [(a, b) for *_, a, b in self.cells]

    def fill(self, start: datetime, stop: datetime, midnight: datetime, level: int = 0) -> None:
        """[start, stop) within one day: the coarsest whole cells first, what is left at either end finer."""
        if start >= stop:
            return
        if level == len(LEVELS):
            self.live.append((start, stop))
            return
        unit, suffix, prefix = LEVELS[level]
        first = _ceil(start, unit, midnight)
        end = midnight + (stop - midnight) // unit * unit
        if first < end:
            self.cells.append((midnight.date(), suffix, prefix(first - midnight), prefix(end - midnight), first, end))
            self.fill(start, first, midnight, level + 1)
            self.fill(end, stop, midnight, level + 1)
        else:
            self.fill(start, stop, midnight, level + 1)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), UTC)


def _ceil(moment: datetime, unit: timedelta, start: datetime) -> datetime:
    steps = -((start - moment) // unit)
    return start + steps * unit


def _floor(moment: datetime, unit: timedelta) -> datetime:
    return moment - (moment - _midnight(rollups.utc_day(moment))) % unit


def cut(since: datetime, until: datetime) -> Pieces:
    pieces = Pieces()
    first = _ceil(since, DAY, _midnight(rollups.utc_day(since)))
    last = _midnight(rollups.utc_day(until))
    rest = [(since, until)]
    if first < last:
        pieces.days = (first.date(), last.date())
        rest = [(since, first), (last, until)]
    for start, end in rest:
        while start < end:
            midnight = _midnight(rollups.utc_day(start))
            stop = min(end, midnight + DAY)
            pieces.fill(start, stop, midnight)
            start = stop
    return pieces


def add_cells(session: Session, fig: Figures, pieces: Pieces) -> None:
    """The cells of the whole days, hours and five minutes, and the running clocks falling due right now."""
    kind, day, key, count = StatsRollup.kind, StatsRollup.day, StatsRollup.key, StatsRollup.count
    conn = session.connection()  # plain rows: the ORM's row handling cost more than the SQL here
    if pieces.days is not None:
        first, last = pieces.days
        for k, d, cell_key, n in conn.execute(select(kind, day, key, count).where(
                kind.in_(("opened", "solved")), day >= first, day < last)):
            fig.add(k, d, cell_key, int(n))
        for k, cell_key, n in conn.execute(select(kind, key, func.sum(count)).where(
                kind.in_(PERIOD_KINDS[2:]), day >= first, day < last).group_by(kind, key)):
            fig.add(k, first, cell_key, int(n))
    for d, suffix, low, high, _, _ in pieces.cells:
        bare = func.substr(key, len(low) + 1)  # the key without its "HH|" or "HH:MM|"
        for k, cell_key, n in conn.execute(select(kind, bare, func.sum(count)).where(
                kind.in_([k + suffix for k in PERIOD_KINDS]), day == d, key >= low, key < high).group_by(kind, bare)):
            fig.add(k.removesuffix(suffix), d, cell_key, int(n))
    covered = pieces.covered()
    if covered:
        first_response, resolution = _due_now(session, covered, fig.now)
        fig.sla[1] += first_response
        fig.sla[3] += resolution


def _due_now(session: Session, covered: list[tuple[datetime, datetime]], now: datetime) -> tuple[int, int]:
    """Running first-response and resolution clocks of tickets created in `covered` that fell due in the
    current five minutes, before now."""
    start = _floor(now, rollups.SLOT)
    created = or_(*(and_(Ticket.created_at >= a, Ticket.created_at < b) for a, b in covered))
    first = session.scalar(select(func.count()).where(
        Ticket.status.in_(OPEN), Ticket.first_responded_at.is_(None), Ticket.first_response_due >= start,
        Ticket.first_response_due < now, created)) or 0
    resolution = session.scalar(select(func.count()).where(
        Ticket.status.in_(OPEN), sla.resolution_stop_sql().is_(None), Ticket.resolution_due >= start,
        Ticket.resolution_due < now, created)) or 0
    return first, resolution


def now_figures(session: Session, now: datetime) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Backlog ("status|category"), agent load ("agent|status") and open tickets breached now per assignee."""
    kind, day, key, count = StatsRollup.kind, StatsRollup.day, StatsRollup.key, StatsRollup.count
    backlog: Counter[str] = Counter()
    load: Counter[str] = Counter()
    conn = session.connection()
    for k, cell_key, n in conn.execute(select(kind, key, count).where(kind.in_(("backlog", "load")),
                                                                      day == rollups.EPOCH)):
        (backlog if k == "backlog" else load)[cell_key] += int(n)
    today, slot = rollups.utc_day(now), _floor(now, rollups.SLOT)
    breached: Counter[str] = Counter()
    for who, n in conn.execute(select(key, func.sum(count)).where(kind == "breach", day < today).group_by(key)):
        breached[who] += int(n)
    bare = func.substr(key, 7)  # without "HH:MM|"
    for who, n in conn.execute(select(bare, func.sum(count)).where(
            kind == "breach" + rollups.SLOTTED, day == today, key < _slot_prefix(slot - _midnight(today)))
            .group_by(bare)):
        breached[who] += int(n)
    for assignee, n in _breaching_now(session, slot, now):
        breached[rollups.UNASSIGNED if assignee is None else str(assignee)] += int(n)
    return backlog, load, breached


def _breaching_now(session: Session, start: datetime, now: datetime) -> list[Any]:
    """Open tickets whose first breach (rollups.breach_at) is in [start, now), per assignee."""
    responded, first_due, resolution_due = Ticket.first_responded_at, Ticket.first_response_due, Ticket.resolution_due
    stop = sla.resolution_stop_sql()
    first_running = and_(responded.is_(None), first_due.is_not(None))
    resolution_running = and_(stop.is_(None), resolution_due.is_not(None))
    late = or_(and_(responded.is_not(None), first_due.is_not(None), responded > first_due),
               and_(stop.is_not(None), resolution_due.is_not(None), stop > resolution_due))
    earlier = or_(and_(first_running, first_due < start), and_(resolution_running, resolution_due < start))
    first_now = and_(first_running, first_due >= start, first_due < now)
    resolution_now = and_(resolution_running, resolution_due >= start, resolution_due < now)
    base = (Ticket.status.in_(OPEN), not_(late), not_(earlier))
    rows: list[Any] = []
    for condition in (first_now, and_(resolution_now, not_(first_now))):
        rows += session.execute(select(Ticket.assignee_id, func.count()).where(*base, condition)
                                .group_by(Ticket.assignee_id)).all()
    return rows


def agent_loads(session: Session, load: Counter[str], breached: Counter[str], solved_by: Counter[int],
                agents: list[Any]) -> list[c.AgentLoad]:
    counts: dict[int, dict[str, int]] = {}

    def add(agent_id: int, what: str, n: int) -> None:
        if n:
            counts.setdefault(agent_id, {"active": 0, "waiting": 0, "breached": 0, "solved": 0})[what] += n

    working = {c.TicketStatus.new.value, c.TicketStatus.open.value, c.TicketStatus.pending_approval.value}
    for cell_key, n in load.items():
        agent_id, _, status = cell_key.partition("|")
        add(int(agent_id), "active" if status in working else "waiting", n)
    for who, n in breached.items():
        if who != rollups.UNASSIGNED:
            add(int(who), "breached", n)
    for agent_id, n in solved_by.items():
        add(agent_id, "solved", n)
    workers = {c.Role.agent.value, c.Role.security_agent.value}
    out = []
    for agent in agents:
        found = counts.get(agent.id)
        if found is None and not (agent.active and workers.intersection(agent.roles)):
            continue
        out.append(c.AgentLoad(agent_id=agent.id, display_name=agent.display_name,
                               **(found or {"active": 0, "waiting": 0, "breached": 0, "solved": 0})))
    return out
