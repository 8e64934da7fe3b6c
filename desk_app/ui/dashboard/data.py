"""The dashboard's figures, shaped from one `Stats` answer: daily series for the charts, rates, CSV rows.

No Qt here, so the shaping is tested on its own; the widgets only draw what these functions return.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from defusedcsv import csv

from desk_app.contract import Category, Stats

MAX_DAYS = 400


@dataclass(frozen=True)
class Daily:
    """Every UTC day of the period (days without tickets included), with its counts."""

    days: list[date]
    opened: list[int]
    solved: list[int]
    opened_by_category: dict[Category, list[int]]


def period_days(stats: Stats) -> list[date]:
    first, last = stats.since.date(), (stats.until - timedelta(microseconds=1)).date()
    count = min(MAX_DAYS, (last - first).days + 1)
    return [first + timedelta(days=i) for i in range(max(count, 0))]


def daily(stats: Stats) -> Daily:
    days = period_days(stats)
    index = {day: i for i, day in enumerate(days)}
    opened, solved = [0] * len(days), [0] * len(days)
    by_category = {category: [0] * len(days) for category in Category}
    for row in stats.days:
        i = index.get(row.day)
        if i is None:
            continue
        opened[i] += row.opened
        solved[i] += row.solved
        by_category[row.category][i] += row.opened
    return Daily(days, opened, solved, by_category)


def weekly(d: Daily, max_bars: int = 31) -> tuple[list[date], dict[Category, list[int]], int]:
    """The opened-by-category counts in buckets of whole days (7 when the period is longer than max_bars days):
    the first day of each bucket, the sums, and the bucket's length in days."""
    size = 1 if len(d.days) <= max_bars else 7
    starts = d.days[::size]
    sums = {category: [sum(values[i:i + size]) for i in range(0, len(values), size)]
            for category, values in d.opened_by_category.items()}
    return starts, sums, size


def rate(met: int, breached: int) -> float | None:
    """Attainment in percent, or None when no clock had an outcome."""
    total = met + breached
    return 100.0 * met / total if total else None


def backlog_total(stats: Stats) -> int:
    return sum(b.count for b in stats.backlog)


@dataclass(frozen=True)
class Headers:
    """The export's translated section and column names (the widget fills them with tr())."""

    per_day: Sequence[str]  # section, then: day, category, language, opened, solved
    sla: Sequence[str]  # section, measure, met, breached, attainment %, first response, resolution, breached now
    times: Sequence[str]  # section, median first response (s), median resolution (s)
    csat: Sequence[str]  # section, rating, count, average
    agents: Sequence[str]  # section, agent, active, waiting, breached, solved
    backlog: Sequence[str]  # section, status, category, count
    approvals: Sequence[str]  # section, pending, under review, oldest (s), median (s)
    alerts: Sequence[str]  # section, raised at, category, count, usual, tickets


Name = Callable[[object], str]


def _num(value: float | None) -> str:
    return "" if value is None else (str(round(value, 3)) if isinstance(value, float) else str(value))


def csv_rows(stats: Stats, h: Headers, name: Name) -> list[list[str]]:
    """The shown statistics as sections of rows; numbers plain (a dot for decimals), dates ISO 8601 UTC."""
    rows: list[list[str]] = [[h.per_day[0], stats.since.isoformat(), stats.until.isoformat()], list(h.per_day[1:])]
    rows += [[d.day.isoformat(), name(d.category), name(d.language), str(d.opened), str(d.solved)]
             for d in stats.days]
    s = stats.sla
    rows += [[], [h.sla[0]], list(h.sla[1:5]),
             [h.sla[5], str(s.first_response_met), str(s.first_response_breached),
              _num(rate(s.first_response_met, s.first_response_breached))],
             [h.sla[6], str(s.resolution_met), str(s.resolution_breached),
              _num(rate(s.resolution_met, s.resolution_breached))],
             [h.sla[7], str(s.breached_now)]]
    rows += [[], [h.times[0]], list(h.times[1:]),
             [_num(stats.median_first_response_seconds), _num(stats.median_resolution_seconds)]]
    rows += [[], [h.csat[0], h.csat[3], _num(stats.csat.average)], list(h.csat[1:3])]
    rows += [[str(score), str(n)] for score, n in enumerate(stats.csat.distribution, start=1)]
    rows += [[], [h.agents[0]], list(h.agents[1:])]
    rows += [[a.display_name, str(a.active), str(a.waiting), str(a.breached), str(a.solved)] for a in stats.agents]
    rows += [[], [h.backlog[0]], list(h.backlog[1:])]
    rows += [[name(b.status), name(b.category), str(b.count)] for b in stats.backlog]
    a = stats.approvals
    rows += [[], [h.approvals[0]], list(h.approvals[1:]),
             [str(a.pending), str(a.under_review), _num(a.oldest_seconds), _num(a.median_seconds)]]
    rows += [[], [h.alerts[0]], list(h.alerts[1:])]
    rows += [[t.at.isoformat(), name(t.category), str(t.count), _num(t.usual), " ".join(f"#{i}" for i in t.ticket_ids)]
             for t in stats.alerts]
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> int:
    """Writes the rows (UTF-8 with a byte-order mark, so spreadsheets read the names); returns bytes written.

    defusedcsv neutralises cells a spreadsheet would run as a formula (an agent name starting with "=").
    """
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path.stat().st_size
