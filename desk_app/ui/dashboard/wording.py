"""The dashboard's sentences and numbers in the agent's language and locale (QLocale), in one place."""

from __future__ import annotations

import enum
from datetime import timedelta

from PySide6.QtCore import QLocale, QObject

from desk_app.contract import Category, CsatSummary, Stats
from desk_app.ui.common import labels, sla
from desk_app.ui.dashboard import data


def span_text(seconds: float | None) -> str:
    return "—" if seconds is None else sla.span(timedelta(seconds=seconds))


class Wording(QObject):
    """Builds the texts from figures; every string is a literal tr() so lupdate finds it."""

    def percent(self, value: float | None) -> str:
        if value is None:
            return "—"
        return self.tr("%1 %").replace("%1", QLocale().toString(value, "f", 1))

    def csat(self, summary: CsatSummary) -> str:
        if not summary.count or summary.average is None:
            return self.tr("no ratings yet")
        return self.tr("%1 of 5 from %n rating(s)", "", summary.count).replace(
            "%1", QLocale().toString(summary.average, "f", 2))

    def kpis(self, s: Stats) -> str:
        loc, a = QLocale(), s.approvals
        waiting = a.pending + a.under_review
        approvals = (self.tr("Approvals waiting: %1, the oldest for %2").replace("%1", loc.toString(waiting))
                     .replace("%2", span_text(a.oldest_seconds)) if waiting else self.tr("Approvals waiting: none"))
        return " · ".join([
            self.tr("Backlog: %1").replace("%1", loc.toString(data.backlog_total(s))),
            self.tr("Breached now: %1").replace("%1", loc.toString(s.sla.breached_now)),
            self.tr("Median first response: %1").replace("%1", span_text(s.median_first_response_seconds)),
            self.tr("Median resolution: %1").replace("%1", span_text(s.median_resolution_seconds)),
            self.tr("CSAT: %1").replace("%1", self.csat(s.csat)),
            approvals,
        ])

    def alert(self, category: Category, count: int, usual: float, ticket_ids: list[int]) -> str:
        loc = QLocale()
        text = (self.tr("%1 is rising: %2 tickets in the last hour, usually %3.")
                .replace("%1", labels.category(category)).replace("%2", loc.toString(count))
                .replace("%3", loc.toString(usual, "f", 1)))
        if ticket_ids:
            text += " " + self.tr("For example: %1").replace("%1", ", ".join(f"#{i}" for i in ticket_ids))
        return text

    def name(self, value: object) -> str:
        return labels.of(value) if isinstance(value, enum.Enum) else str(value)

    def headers(self) -> data.Headers:
        return data.Headers(
            per_day=(self.tr("Tickets per day (UTC)"), self.tr("Day"), self.tr("Category"), self.tr("Language"),
                     self.tr("Opened"), self.tr("Solved")),
            sla=(self.tr("SLA attainment (tickets opened in the period)"), self.tr("Clock"), self.tr("Met"),
                 self.tr("Breached"), self.tr("Attainment %"), self.tr("First response"), self.tr("Resolution"),
                 self.tr("Breached now")),
            times=(self.tr("Response times"), self.tr("Median first response (seconds)"),
                   self.tr("Median resolution (seconds)")),
            csat=(self.tr("Customer satisfaction"), self.tr("Rating"), self.tr("Count"), self.tr("Average")),
            agents=(self.tr("Agent load"), self.tr("Agent"), self.tr("Active"), self.tr("Waiting for customer"),
                    self.tr("Breached"), self.tr("Solved in period")),
            backlog=(self.tr("Backlog now"), self.tr("Status"), self.tr("Category"), self.tr("Count")),
            approvals=(self.tr("Approvals"), self.tr("Pending"), self.tr("Under review"),
                       self.tr("Oldest (seconds)"), self.tr("Median age (seconds)")),
            alerts=(self.tr("Trend alerts"), self.tr("Raised at (UTC)"), self.tr("Category"), self.tr("Count"),
                    self.tr("Usual"), self.tr("Tickets")),
        )
