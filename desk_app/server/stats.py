"""The supervisor's statistics over a period, computed in SQL (aggregates only, no rows into Python).

What each figure counts (also in docs/api.md):
- opened / solved per UTC day, category and language: tickets created in the period; tickets resolved
  or closed in the period (by `resolved_at`, so a reopened ticket counts when it is solved again);
- backlog and agent load: the tickets open right now, whatever the period;
- SLA attainment: the clocks of tickets created in the period that have an outcome (sla.py's rules:
  a clock met exactly at its due time is met); `breached_now`: open tickets past a due time now;
- median first response: tickets created in the period that got an answer; median resolution:
  tickets solved in the period, from creation to `resolved_at`;
- CSAT: ratings given in the period (a replaced rating counts once, with its latest value).
Each query walks one index range (models.Ticket's stats indexes), so the cost follows the number of
tickets in the period, not the size of the table.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import rollups, sla
from desk_app.server.models import ActionRequest, Agent, CsatRating, StatsRollup, Ticket, TrendAlertRecord

OPEN = [s.value for s in (c.TicketStatus.new, c.TicketStatus.open, c.TicketStatus.pending_customer,
                          c.TicketStatus.pending_approval)]
WORKING = [s.value for s in (c.TicketStatus.new, c.TicketStatus.open, c.TicketStatus.pending_approval)]
SOLVED = [s.value for s in sla.STOPPED]
WAITING_APPROVAL = [c.ActionStatus.pending.value, c.ActionStatus.under_review.value]
MAX_PERIOD = timedelta(days=400)
MAX_ALERTS = 50
MAX_APPROVALS = 10_000  # ages are taken from at most this many open requests (there are a handful)


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _day(session: Session, column: Any) -> ColumnElement[str]:
    """The UTC day of a timestamp as 'YYYY-MM-DD' (SQLite stores UTC text; PostgreSQL timestamptz)."""
    if _postgres(session):
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD")
    return func.substr(column, 1, 10)


def _seconds(session: Session, later: Any, earlier: Any) -> ColumnElement[float]:
    if _postgres(session):
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _median(session: Session, value: ColumnElement[float], *where: Any) -> float | None:
    """The median (the mean of the middle two for an even count), as PostgreSQL's percentile_cont."""
    if _postgres(session):
        found = session.scalar(select(func.percentile_cont(0.5).within_group(value)).where(*where))
        return None if found is None else float(found)
    values = session.scalars(select(value).where(*where)).all()  # one pass; SQLite sorts no faster than Python
    return round(float(statistics.median(values)), 3) if values else None


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _enum(kind: type[Any], value: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        return None


def _day_cells(session: Session, since: datetime, until: datetime) -> dict[tuple[str, str, str], list[int]]:
    cells: dict[tuple[str, str, str], list[int]] = {}
    for column, slot, extra in ((Ticket.created_at, 0, ()), (Ticket.resolved_at, 1, (Ticket.status.in_(SOLVED),))):
        day = _day(session, column)
        rows = session.execute(select(day, Ticket.category, Ticket.language, func.count())
                               .where(column >= since, column < until, *extra)
                               .group_by(day, Ticket.category, Ticket.language))
        for d, category, language, n in rows:
            cells.setdefault((str(d)[:10], category, language), [0, 0])[slot] += n
    return cells


def _day_list(cells: dict[tuple[str, str, str], list[int]]) -> list[c.StatsDay]:
    out = []
    for (d, category, language), (opened, solved) in sorted(cells.items()):
        cat, lang = _enum(c.Category, category), _enum(c.Language, language)
        if cat is not None and lang is not None and (opened or solved):
            out.append(c.StatsDay(day=date.fromisoformat(d), category=cat, language=lang, opened=opened,
                                  solved=solved))
    return out


def _days(session: Session, since: datetime, until: datetime) -> list[c.StatsDay]:
    return _day_list(_day_cells(session, since, until))


def _backlog(session: Session) -> list[c.BacklogCount]:
    rows = session.execute(select(Ticket.status, Ticket.category, func.count()).where(Ticket.status.in_(OPEN))
                           .group_by(Ticket.status, Ticket.category))
    return [c.BacklogCount(status=c.TicketStatus(s), category=cat, count=n) for s, cat_text, n in rows
            if (cat := _enum(c.Category, cat_text)) is not None]


def _breached_by_assignee(session: Session, now: datetime) -> dict[int | None, int]:
    """Open tickets past a due time now, per assignee (None: unassigned): one pass for two figures."""
    rows = session.execute(select(Ticket.assignee_id, func.count()).where(Ticket.status.in_(OPEN), sla.breached(now))
                           .group_by(Ticket.assignee_id))
    return {agent_id: n for agent_id, n in rows}


def _sla(session: Session, since: datetime, until: datetime, now: datetime, breached_now: int) -> c.SlaAttainment:
    responded, first_due = Ticket.first_responded_at, Ticket.first_response_due
    resolution_due, stop = Ticket.resolution_due, sla.resolution_stop_sql()
    running = Ticket.status.not_in(SOLVED)
    row = session.execute(select(
        _count(and_(responded.is_not(None), responded <= first_due)),
        _count(or_(responded > first_due, and_(responded.is_(None), running, first_due < now))),
        _count(and_(Ticket.status.in_(SOLVED), stop.is_not(None), stop <= resolution_due)),
        _count(or_(and_(stop.is_not(None), stop > resolution_due),
                   and_(stop.is_(None), running, resolution_due < now))),
    ).where(Ticket.created_at >= since, Ticket.created_at < until)).one()
    return c.SlaAttainment(first_response_met=row[0], first_response_breached=row[1], resolution_met=row[2],
                           resolution_breached=row[3], breached_now=breached_now)


def _csat(session: Session, since: datetime, until: datetime) -> c.CsatSummary:
    counts = dict(session.execute(select(CsatRating.rating, func.count())
                                  .where(CsatRating.rated_at >= since, CsatRating.rated_at < until)
                                  .group_by(CsatRating.rating)).all())
    distribution = [int(counts.get(score, 0)) for score in range(1, 6)]
    total = sum(distribution)
    average = round(sum(score * n for score, n in zip(range(1, 6), distribution, strict=True)) / total, 3) \
        if total else None
    return c.CsatSummary(count=total, average=average, distribution=distribution)


def _agents(session: Session, since: datetime, until: datetime, breached: dict[int | None, int]) -> list[c.AgentLoad]:
    load: dict[int, dict[str, int]] = {}

    def add(agent_id: int | None, key: str, n: int) -> None:
        if agent_id is not None:
            load.setdefault(agent_id, {"active": 0, "waiting": 0, "breached": 0, "solved": 0})[key] += n

    assigned = Ticket.assignee_id.is_not(None)
    for agent_id, status, n in session.execute(select(Ticket.assignee_id, Ticket.status, func.count())
                                               .where(Ticket.status.in_(OPEN), assigned)
                                               .group_by(Ticket.assignee_id, Ticket.status)):
        add(agent_id, "active" if status in WORKING else "waiting", n)
    for agent_id, n in breached.items():
        add(agent_id, "breached", n)
    for agent_id, n in session.execute(select(Ticket.assignee_id, func.count())
                                       .where(Ticket.resolved_at >= since, Ticket.resolved_at < until,
                                              Ticket.status.in_(SOLVED), assigned)
                                       .group_by(Ticket.assignee_id)):
        add(agent_id, "solved", n)
    workers = {c.Role.agent.value, c.Role.security_agent.value}
    out = []
    for agent in session.scalars(select(Agent).order_by(Agent.display_name)):
        counts = load.get(agent.id)
        if counts is None and not (agent.active and workers.intersection(agent.roles)):
            continue
        out.append(c.AgentLoad(agent_id=agent.id, display_name=agent.display_name,
                               **(counts or {"active": 0, "waiting": 0, "breached": 0, "solved": 0})))
    return out


def _approvals(session: Session, now: datetime) -> c.ApprovalBacklog:
    rows = session.execute(select(ActionRequest.status, ActionRequest.requested_at)
                           .where(ActionRequest.status.in_(WAITING_APPROVAL))
                           .order_by(ActionRequest.requested_at).limit(MAX_APPROVALS)).all()
    ages = [max(0.0, (now - at).total_seconds()) for _, at in rows]
    return c.ApprovalBacklog(
        pending=sum(status == c.ActionStatus.pending.value for status, _ in rows),
        under_review=sum(status == c.ActionStatus.under_review.value for status, _ in rows),
        oldest_seconds=max(ages) if ages else None,
        median_seconds=statistics.median(ages) if ages else None,
    )


def alert_out(row: TrendAlertRecord) -> c.TrendAlert:
    return c.TrendAlert(id=row.id, at=row.at, category=c.Category(row.category), window_start=row.window_start,
                        window_end=row.window_end, count=row.count, usual=row.usual_milli / 1000,
                        ticket_ids=list(row.ticket_ids))


def _alerts(session: Session, since: datetime, until: datetime) -> list[c.TrendAlert]:
    rows = session.scalars(select(TrendAlertRecord).where(TrendAlertRecord.at >= since, TrendAlertRecord.at < until)
                           .order_by(TrendAlertRecord.at.desc()).limit(MAX_ALERTS))
    return [alert_out(row) for row in rows if _enum(c.Category, row.category) is not None]


def _whole_days(since: datetime, until: datetime) -> tuple[datetime, datetime]:
    """The whole UTC days inside [since, until), as [first, last) (empty when first >= last)."""
    first = datetime.combine(rollups.utc_day(since), time(0), UTC)
    if first < since:
        first += timedelta(days=1)
    return first, datetime.combine(rollups.utc_day(until), time(0), UTC)


@dataclass
class _Figures:
    """The period's figures being summed: whole days from the rollups, the partial days at its edges live."""

    days: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)  # (day, category, language)
    sla: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # first met, breached; resolution met, breached
    first_response: Counter[int] = field(default_factory=Counter)  # rollups.bucket -> tickets
    resolution: Counter[int] = field(default_factory=Counter)
    csat: Counter[int] = field(default_factory=Counter)
    solved_by: Counter[int] = field(default_factory=Counter)


def _live(session: Session, fig: _Figures, since: datetime, until: datetime, now: datetime) -> None:
    """A partial day: the live queries over its tickets."""
    for (d, category, language), (opened, solved) in _day_cells(session, since, until).items():
        cell = fig.days.setdefault((d, category, language), [0, 0])
        cell[0], cell[1] = cell[0] + opened, cell[1] + solved
    row = _sla(session, since, until, now, 0)
    for i, n in enumerate((row.first_response_met, row.first_response_breached, row.resolution_met,
                           row.resolution_breached)):
        fig.sla[i] += n
    fig.first_response.update(rollups.bucket(v) for v in session.scalars(select(
        _seconds(session, Ticket.first_responded_at, Ticket.created_at)).where(
        Ticket.created_at >= since, Ticket.created_at < until, Ticket.first_responded_at.is_not(None))))
    fig.resolution.update(rollups.bucket(v) for v in session.scalars(select(
        _seconds(session, Ticket.resolved_at, Ticket.created_at)).where(
        Ticket.resolved_at >= since, Ticket.resolved_at < until, Ticket.status.in_(SOLVED))))
    fig.csat.update(dict(session.execute(select(CsatRating.rating, func.count())
                                         .where(CsatRating.rated_at >= since, CsatRating.rated_at < until)
                                         .group_by(CsatRating.rating)).all()))
    fig.solved_by.update(dict(session.execute(
        select(Ticket.assignee_id, func.count()).where(Ticket.resolved_at >= since, Ticket.resolved_at < until,
                                                       Ticket.status.in_(SOLVED), Ticket.assignee_id.is_not(None))
        .group_by(Ticket.assignee_id)).all()))


def _due_today(session: Session, now: datetime) -> list[Any]:
    """Open tickets with a clock falling due today before now: the part of the rollups that `now` decides."""
    start = datetime.combine(rollups.utc_day(now), time(0), UTC)
    found: dict[int, Any] = {}
    for condition in (and_(Ticket.first_responded_at.is_(None), Ticket.first_response_due >= start,
                           Ticket.first_response_due < now),
                      and_(Ticket.resolution_due >= start, Ticket.resolution_due < now)):
        for row in session.execute(select(*rollups.TICKET_COLUMNS).where(Ticket.status.in_(OPEN), condition)):
            found[row.id] = row
    return list(found.values())


def _rolled(session: Session, fig: _Figures, first: date, last: date, now: datetime, due: list[Any]) -> None:
    """The whole days [first, last) from the rollups; running clocks by the day they fall due."""
    today = rollups.utc_day(now).isoformat()
    kind, day, key, count = StatsRollup.kind, StatsRollup.day, StatsRollup.key, StatsRollup.count
    for d, k, cell_key, n in session.execute(select(day, kind, key, count).where(
            kind.in_(("opened", "solved")), day >= first, day < last)):
        category, _, language = cell_key.partition("|")
        fig.days.setdefault((d.isoformat(), category, language), [0, 0])[0 if k == "opened" else 1] += n
    slots = {"fr_met": 0, "fr_late": 1, "res_met": 2, "res_late": 3}
    for k, cell_key, n in session.execute(select(kind, key, func.sum(count)).where(
            kind.in_(("sla", "fr_time", "res_time", "csat", "agent_solved", "fr_run", "res_run")),
            day >= first, day < last).group_by(kind, key)):
        n = int(n)
        if k == "sla":
            fig.sla[slots[cell_key]] += n
        elif k in ("fr_time", "res_time", "csat", "agent_solved"):
            target = {"fr_time": fig.first_response, "res_time": fig.resolution, "csat": fig.csat,
                      "agent_solved": fig.solved_by}[k]
            target[int(cell_key)] += n
        elif cell_key < today:  # a running clock due on an earlier day: breached
            fig.sla[1 if k == "fr_run" else 3] += n
    for row in due:  # running clocks due today: breached when due before now
        if not first <= rollups.utc_day(row.created_at) < last:
            continue
        for k, _, cell_key in rollups.ticket_cells(row):
            if k == "fr_run" and cell_key == today and row.first_response_due < now:
                fig.sla[1] += 1
            elif k == "res_run" and cell_key == today and row.resolution_due < now:
                fig.sla[3] += 1


def _now_figures(session: Session, now: datetime, due: list[Any]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Backlog ("status|category"), agent load ("agent|status") and breached open tickets per assignee, now."""
    kind, day, key, count = StatsRollup.kind, StatsRollup.day, StatsRollup.key, StatsRollup.count
    backlog: Counter[str] = Counter()
    load: Counter[str] = Counter()
    for k, cell_key, n in session.execute(select(kind, key, count).where(kind.in_(("backlog", "load")),
                                                                         day == rollups.EPOCH)):
        (backlog if k == "backlog" else load)[cell_key] += int(n)
    today = rollups.utc_day(now)
    breached: Counter[str] = Counter(dict(session.execute(select(key, func.sum(count)).where(
        kind == "breach", day < today).group_by(key)).all()))
    for row in due:
        at = rollups.breach_at(row)
        if at is not None and rollups.utc_day(at) == today and at < now:
            breached[rollups.UNASSIGNED if row.assignee_id is None else str(row.assignee_id)] += 1
    return backlog, load, breached


def _agent_loads(session: Session, load: Counter[str], breached: Counter[str],
                 solved_by: Counter[int]) -> list[c.AgentLoad]:
    counts: dict[int, dict[str, int]] = {}

    def add(agent_id: int, what: str, n: int) -> None:
        if n:
            counts.setdefault(agent_id, {"active": 0, "waiting": 0, "breached": 0, "solved": 0})[what] += n

    for cell_key, n in load.items():
        agent_id, _, status = cell_key.partition("|")
        add(int(agent_id), "active" if status in WORKING else "waiting", n)
    for who, n in breached.items():
        if who != rollups.UNASSIGNED:
            add(int(who), "breached", int(n))
    for agent_id, n in solved_by.items():
        add(agent_id, "solved", n)
    workers = {c.Role.agent.value, c.Role.security_agent.value}
    out = []
    for agent in session.scalars(select(Agent).order_by(Agent.display_name)):
        found = counts.get(agent.id)
        if found is None and not (agent.active and workers.intersection(agent.roles)):
            continue
        out.append(c.AgentLoad(agent_id=agent.id, display_name=agent.display_name,
                               **(found or {"active": 0, "waiting": 0, "breached": 0, "solved": 0})))
    return out


def compute(session: Session, since: datetime, until: datetime, now: datetime) -> c.Stats:
    """Every figure of the dashboard for [since, until): whole days from the rollups, partial days live."""
    first, last = _whole_days(since, until)
    fig = _Figures()
    due = _due_today(session, now)
    if first < last:
        _rolled(session, fig, first.date(), last.date(), now, due)
        edges = [(since, first), (last, until)]
    else:
        edges = [(since, until)]
    for start, end in edges:
        if start < end:
            _live(session, fig, start, end, now)
    backlog, load, breached = _now_figures(session, now, due)
    distribution = [fig.csat.get(score, 0) for score in range(1, 6)]
    rated = sum(distribution)
    return c.Stats(
        since=since, until=until, generated_at=now,
        days=_day_list(fig.days),
        backlog=[c.BacklogCount(status=c.TicketStatus(status), category=category, count=n)
                 for cell_key, n in sorted(backlog.items()) if n
                 for status, _, category_text in [cell_key.partition("|")]
                 if (category := _enum(c.Category, category_text)) is not None and status in OPEN],
        sla=c.SlaAttainment(first_response_met=fig.sla[0], first_response_breached=fig.sla[1],
                            resolution_met=fig.sla[2], resolution_breached=fig.sla[3],
                            breached_now=int(sum(breached.values()))),
        median_first_response_seconds=rollups.median(fig.first_response),
        median_resolution_seconds=rollups.median(fig.resolution),
        csat=c.CsatSummary(count=rated, distribution=distribution,
                           average=round(sum(s * n for s, n in zip(range(1, 6), distribution, strict=True)) / rated,
                                         3) if rated else None),
        agents=_agent_loads(session, load, breached, fig.solved_by),
        approvals=_approvals(session, now),
        alerts=_alerts(session, since, until),
    )


def compute_live(session: Session, since: datetime, until: datetime, now: datetime) -> c.Stats:
    """The same figures straight from the tickets, exact medians included (tests and checks compare)."""
    breached = _breached_by_assignee(session, now)
    first_response = _seconds(session, Ticket.first_responded_at, Ticket.created_at)
    resolution = _seconds(session, Ticket.resolved_at, Ticket.created_at)
    return c.Stats(
        since=since, until=until, generated_at=now,
        days=_days(session, since, until),
        backlog=_backlog(session),
        sla=_sla(session, since, until, now, sum(breached.values())),
        median_first_response_seconds=_median(session, first_response, Ticket.created_at >= since,
                                              Ticket.created_at < until, Ticket.first_responded_at.is_not(None)),
        median_resolution_seconds=_median(session, resolution, Ticket.resolved_at >= since,
                                          Ticket.resolved_at < until, Ticket.status.in_(SOLVED)),
        csat=_csat(session, since, until),
        agents=_agents(session, since, until, breached),
        approvals=_approvals(session, now),
        alerts=_alerts(session, since, until),
    )
