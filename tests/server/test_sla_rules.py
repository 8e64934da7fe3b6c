"""The SLA rules of server/sla.py on their own: due exactly now, paused clocks, reopening, VIP tiers and
business hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.contract import Priority, SlaState
from desk_app.server import sla

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)


def test_a_running_clock_due_exactly_now_is_not_breached() -> None:
    assert sla.state("open", NOW, None, NOW + H, None, NOW) is SlaState.near
    assert sla.state("open", NOW - timedelta(microseconds=1), None, NOW + H, None, NOW) is SlaState.breached


def test_an_answer_exactly_at_the_due_time_meets_the_target() -> None:
    assert sla.state("resolved", NOW - H, NOW - H, NOW, NOW, NOW, NOW) is SlaState.met
    assert sla.state("resolved", NOW - H, NOW - H + timedelta(seconds=1), NOW, NOW, NOW, NOW) is SlaState.breached


def test_a_clock_paused_for_the_customer_does_not_breach_until_it_runs_again() -> None:
    paused = sla.state("pending_customer", NOW - 4 * H, NOW - 5 * H, NOW - H, None, NOW, paused_at=NOW - 2 * H)
    assert paused is SlaState.met  # no clock runs; it stopped in time
    late = sla.state("pending_customer", NOW - 4 * H, NOW - 5 * H, NOW - H, None, NOW, paused_at=NOW - H / 2)
    assert late is SlaState.breached  # it stopped after its due time


def test_pausing_and_running_again_move_the_due_time() -> None:
    assert sla.status_change("open", "pending_customer", None, NOW + H, NOW) == {"sla_paused_at": NOW}
    resumed = sla.status_change("pending_customer", "open", NOW - 3 * H, NOW + H, NOW)
    assert resumed == {"sla_paused_at": None, "resolution_due": NOW + 4 * H}
    assert sla.status_change("pending_customer", "resolved", NOW - 3 * H, NOW + H, NOW) == {}  # still stopped
    assert sla.status_change("new", "open", None, NOW + H, NOW) == {}
    assert sla.status_change("closed", "pending_approval", None, NOW + H, NOW) == {"sla_paused_at": None}


def test_policies_pick_the_highest_tier_not_above_the_customers() -> None:
    policies = sla.Policies({(Priority.high, 0): sla.Target(60, 600), (Priority.high, 2): sla.Target(30, 300),
                             (Priority.high, 5): sla.Target(10, 100)})
    assert [policies.target(Priority.high, tier).first_response for tier in (0, 1, 2, 4, 5, 9)] == [60, 60, 30, 30,
                                                                                                      10, 10]
    assert policies.target(Priority.low, 0) == sla.Target(1440, 10080)  # missing: the built-in rule
    assert sla.due_times(NOW, Priority.urgent, 3) == (NOW + timedelta(minutes=7.5), NOW + 2 * H)


def test_business_hours_skip_nights_and_weekends() -> None:
    calendar = sla.Calendar("Europe/Berlin", frozenset({0, 1, 2, 3, 4}), 9 * 60, 17 * 60)
    friday_afternoon = datetime(2026, 3, 13, 15, 0, tzinfo=UTC)  # 16:00 in Berlin
    assert calendar.add(friday_afternoon, 120) == datetime(2026, 3, 16, 9, 0, tzinfo=UTC)  # Monday 10:00 local
    saturday = datetime(2026, 3, 14, 10, 0, tzinfo=UTC)
    assert calendar.add(saturday, 30) == datetime(2026, 3, 16, 8, 30, tzinfo=UTC)
    summer = datetime(2026, 3, 27, 15, 30, tzinfo=UTC)  # Friday 16:30 CET; Monday is CEST (UTC+2)
    assert calendar.add(summer, 60) == datetime(2026, 3, 30, 7, 30, tzinfo=UTC)
    policies = sla.Policies({(p, 0): sla.Target(60, 600, business_hours=p is Priority.low) for p in Priority},
                            calendar)
    assert policies.due(saturday, Priority.low, 0)[0] == datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
    assert policies.due(saturday, Priority.high, 0)[0] == saturday + H


@pytest.mark.parametrize("minutes", [0.5, 480, 481, 4800])
def test_business_minutes_add_up(minutes: float) -> None:
    calendar = sla.Calendar("UTC", frozenset({0, 1, 2, 3, 4}), 9 * 60, 17 * 60)
    start = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)  # Monday morning
    due = calendar.add(start, minutes)
    working, cursor = timedelta(0), start
    while cursor < due:  # count the working minutes between, one minute at a time
        step = min(timedelta(minutes=1), due - cursor)
        if cursor.weekday() < 5 and 9 <= cursor.hour < 17:
            working += step
        cursor += step
    assert working == timedelta(minutes=minutes)
