"""The SLA countdown: text, states and colours that never carry the meaning alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desk_app.contract import Category, Channel, Language, Priority, SlaState, TicketStatus, TicketSummary
from desk_app.ui.common import sla, style

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def ticket(**changes: object) -> TicketSummary:
    fields: dict[str, object] = dict(
        id=1, subject="s", customer_id=1, customer_display="A••", language=Language.en, category=Category.account,
        status=TicketStatus.open, priority=Priority.normal, channel=Channel.email, assignee_id=None,
        assignee_name=None, tags=[], created_at=NOW - timedelta(hours=1), updated_at=NOW,
        first_response_due=NOW + timedelta(hours=2), resolution_due=NOW + timedelta(days=2),
        first_responded_at=None, sla_state=SlaState.ok, version=1)
    fields.update(changes)
    return TicketSummary(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("due_in", "state", "text"), [
    (timedelta(minutes=12), SlaState.near, "12 min"),
    (timedelta(minutes=11, seconds=10), SlaState.near, "12 min"),  # rounded up: never "due" early
    (timedelta(hours=3, minutes=20), SlaState.ok, "3 h 20 min"),
    (timedelta(hours=2), SlaState.ok, "2 h"),
    (timedelta(days=3), SlaState.ok, "3 d"),
    (-timedelta(minutes=5), SlaState.breached, "overdue 5 min"),
    (-timedelta(minutes=4, seconds=30), SlaState.breached, "overdue 5 min"),
])
def test_countdown(due_in: timedelta, state: SlaState, text: str, qtbot: QtBot) -> None:
    clock = sla.clock(ticket(first_response_due=NOW + due_in, resolution_due=NOW + timedelta(days=9)), NOW)
    assert (clock.state, sla.text(clock)) == (state, text)
    assert clock.first_response
    assert "First response" in sla.describe(clock)


def test_the_nearest_running_clock_counts(qtbot: QtBot) -> None:
    answered = ticket(first_responded_at=NOW - timedelta(minutes=30), resolution_due=NOW + timedelta(minutes=20))
    clock = sla.clock(answered, NOW)
    assert not clock.first_response and clock.state is SlaState.near and "Resolution" in sla.describe(clock)


def test_stopped_clocks_show_the_services_verdict(qtbot: QtBot) -> None:
    assert sla.text(sla.clock(ticket(status=TicketStatus.resolved, sla_state=SlaState.met), NOW)) == "Met"
    missed = sla.clock(ticket(status=TicketStatus.closed, sla_state=SlaState.breached), NOW)
    assert missed.state is SlaState.breached and sla.text(missed) == "Missed"


def test_colours_exist_for_near_and_breached_only(qtbot: QtBot) -> None:
    assert style.sla_colors(SlaState.ok) is None and style.sla_colors(SlaState.met) is None
    for state in (SlaState.near, SlaState.breached):
        background, text = style.sla_colors(state)  # type: ignore[misc]
        assert abs(background.lightness() - text.lightness()) > 100  # readable
