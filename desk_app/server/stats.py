"""The supervisor's statistics over a period: `compute` from the rollups (stats_period.py, rollups.py),
`compute_live` straight from the tickets; the live queries here also answer a period's edges.

What each figure counts (also in docs/api.md):
- opened / solved per UTC day, category and language: tickets created in the period; tickets resolved
  or closed in the period (by `resolved_at`, so a reopened ticket counts when it is solved again);
- backlog and agent load: the tickets open right now, whatever the period;
- SLA attainment: the clocks of tickets created in the period that have an outcome (sla.py's rules:
  a clock met exactly at its due time is met); `breached_now`: open tickets past a due time now;
- median first response: tickets created in the period that got an answer; median resolution:
  tickets solved in the period, from creation to `resolved_at`;
- CSAT: ratings given in the period (a replaced rating counts once, with its latest value).
`compute` equals `compute_live` except the medians, which come from buckets (rollups.PRECISION, 2.2 %).
Each live query walks one index range (models.Ticket's stats indexes), so its cost follows the tickets in
its range; `compute` runs them on at most an hour at each edge of a period.
"""

from __future__ import annotations

import statistics
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import rollups, sla, stats_period
from desk_app.server.models import ActionRequest, Agent, CsatRating, Ticket, TrendAlertRecord

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


def _live(session: Session, fig: stats_period.Figures, since: datetime, until: datetime, now: datetime) -> None:
    """At most an hour at a period's edge: the live queries over its tickets."""
    for cell_key, (opened, solved) in _day_cells(session, since, until).items():
        cell = fig.days.setdefault(cell_key, [0, 0])
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


def compute(session: Session, since: datetime, until: datetime, now: datetime) -> c.Stats:
    """Every figure of the dashboard for [since, until): cells of whole days and hours, at most an hour at
    each edge live (stats_period); medians from buckets (rollups.PRECISION)."""
    fig = stats_period.Figures(now)
    pieces = stats_period.cut(since, until)
    stats_period.add_cells(session, fig, pieces)
    for start, end in pieces.live:
        _live(session, fig, start, end, now)
    backlog, load, breached = stats_period.now_figures(session, now)
    distribution = [fig.csat.get(score, 0) for score in range(1, 6)]
    rated = sum(distribution)
    agents = list(session.scalars(select(Agent).order_by(Agent.display_name)))
    return c.Stats(
        since=since, until=until, generated_at=now,
        days=_day_list(fig.days),
        backlog=[c.BacklogCount(status=c.TicketStatus(status), category=category, count=n)
                 for cell_key, n in sorted(backlog.items()) if n
                 for status, _, category_text in [cell_key.partition("|")]
                 if (category := _enum(c.Category, category_text)) is not None and status in OPEN],
        sla=c.SlaAttainment(first_response_met=fig.sla[0], first_response_breached=fig.sla[1],
                            resolution_met=fig.sla[2], resolution_breached=fig.sla[3],
                            breached_now=sum(breached.values())),
        median_first_response_seconds=rollups.median(fig.first_response),
        median_resolution_seconds=rollups.median(fig.resolution),
        csat=c.CsatSummary(count=rated, distribution=distribution,
                           average=round(sum(s * n for s, n in zip(range(1, 6), distribution, strict=True)) / rated,
                                         3) if rated else None),
        agents=stats_period.agent_loads(session, load, breached, fig.solved_by, agents),
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
