"""#10: a ticket waiting for its customer shows its resolution clock as paused, not counting down."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from desk_app.contract import SlaState, TicketStatus
from desk_app.ui.common import sla
from tests.ui.common.test_sla import NOW, ticket


def test_a_paused_resolution_clock_says_so(qtbot: QtBot) -> None:
    waiting = ticket(status=TicketStatus.pending_customer, first_responded_at=NOW - timedelta(minutes=50),
                     resolution_due=NOW - timedelta(hours=1), sla_paused_at=NOW - timedelta(hours=2),
                     sla_state=SlaState.met)
    clock = sla.clock(waiting, NOW)
    assert clock.paused and clock.due is None and sla.text(clock) == "Paused"  # past its due time, yet not overdue
    assert "paused" in sla.describe(clock)


def test_a_clock_paused_too_late_stays_missed(qtbot: QtBot) -> None:
    late = ticket(status=TicketStatus.pending_customer, first_responded_at=NOW - timedelta(minutes=50),
                  resolution_due=NOW - timedelta(hours=3), sla_paused_at=NOW - timedelta(hours=2),
                  sla_state=SlaState.breached)
    assert sla.text(sla.clock(late, NOW)) == "Missed"


def test_a_running_clock_still_counts_down(qtbot: QtBot) -> None:
    running = ticket(status=TicketStatus.open, first_responded_at=NOW - timedelta(minutes=50),
                     resolution_due=NOW + timedelta(hours=2))
    assert sla.text(sla.clock(running, NOW)) == "2 h"
