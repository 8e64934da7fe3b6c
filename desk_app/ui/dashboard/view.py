"""The Dashboard tab for supervisors and admins: a period, the figures, the charts and the breach list.

The figures come from `GET /stats` on the TaskRunner; ticket and approval events refresh them at most
every few seconds (and only while the tab is shown); a trend alert is announced at once.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.contract import Category, EventOut, Stats
from desk_app.ui.common import labels, style
from desk_app.ui.common.context import DeskContext
from desk_app.ui.common.errors import describe
from desk_app.ui.common.feed import TicketFeed
from desk_app.ui.dashboard import charts, data
from desk_app.ui.dashboard.breaches import BreachTable
from desk_app.ui.dashboard.wording import Wording

PERIODS = (timedelta(hours=24), timedelta(days=7), timedelta(days=30), timedelta(days=90))
DEFAULT_PERIOD = 1  # 7 days
REFRESH_MS = 5_000  # live updates: at most one refresh per this interval
REFRESH_EVENTS = ("ticket.", "message.created", "action.", "stats.trend_alert", "sla.")
ALERT_EVENT = "stats.trend_alert"


class DashboardView(QWidget):
    """See the module docstring; `open_ticket_requested(id)` and `notified(title, text)` go to the window."""

    open_ticket_requested = Signal(int)
    notified = Signal(str, str)
    loaded = Signal()  # a fresh Stats was drawn (for tests and the status line)
    exported = Signal(str)  # the path written

    def __init__(self, ctx: DeskContext, feed: TicketFeed | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.words = Wording(self)
        self.stats: Stats | None = None
        self.alert_text = ""
        self._alerts: dict[Category, tuple[int, float, list[int]]] = {}  # oldest first
        self._generation = 0
        self._dirty = True
        self._debounce = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._debounce.timeout.connect(self._refresh_if_shown)

        self.period_label = QLabel(self)
        self.period = QComboBox(self)
        self.period.setObjectName("dashboardPeriod")
        self.period_label.setBuddy(self.period)
        self.refresh_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.export_button.setEnabled(False)
        self.status = QLabel(self)
        self.alert = QLabel(self, objectName="banner", wordWrap=True)
        self.alert.setStyleSheet(style.banner_sheet("error"))
        self.alert.hide()
        self.kpis = QLabel(self, objectName="dashboardKpis", wordWrap=True)
        for label in (self.status, self.alert, self.kpis):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.trend = charts.Chart("dashboardTrend", self)
        self.by_category = charts.Chart("dashboardCategories", self)
        self.sla_chart = charts.Chart("dashboardSla", self)
        self.csat = charts.Chart("dashboardCsat", self)
        self.load_chart = charts.Chart("dashboardAgents", self)
        self.breach_title = QLabel(self)
        self.breaches = BreachTable(ctx, feed, self)
        self.breach_title.setBuddy(self.breaches)
        self.breaches.open_requested.connect(self.open_ticket_requested)

        self._layout()
        self.period.currentIndexChanged.connect(lambda _: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.choose_export)
        ctx.events.received.connect(self._on_event)
        self.retranslate_ui()
        self.period.setCurrentIndex(DEFAULT_PERIOD)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        top.addStretch(1)
        top.addWidget(self.status)
        breach_box = QWidget(self)
        breach_layout = QVBoxLayout(breach_box)
        breach_layout.setContentsMargins(0, 0, 0, 0)
        breach_layout.addWidget(self.breach_title)
        breach_layout.addWidget(self.breaches, 1)
        grid = QGridLayout()
        for i, widget in enumerate((self.trend, self.by_category, self.load_chart,
                                    self.sla_chart, self.csat, breach_box)):
            grid.addWidget(widget, i // 3, i % 3)
        for column, stretch in enumerate((4, 5, 4)):  # the middle one has its legend beside the bars
            grid.setColumnStretch(column, stretch)
        for row in range(2):
            grid.setRowStretch(row, 1)
        chain = (self.period, self.refresh_button, self.export_button, self.trend, self.by_category,
                 self.load_chart, self.sla_chart, self.csat, self.breaches)
        for first, then in zip(chain, chain[1:], strict=False):  # Tab goes row by row, as the charts are laid out
            QWidget.setTabOrder(first, then)
        board = QWidget(self)
        board.setLayout(grid)
        board.setMinimumSize(900, 480)
        scroll = QScrollArea(self)  # a small window scrolls rather than squeezing the charts unreadable
        scroll.setWidgetResizable(True)
        scroll.setWidget(board)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.alert)
        layout.addWidget(self.kpis)
        layout.addWidget(scroll, 1)

    # --- texts ------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        current = max(0, self.period.currentIndex())
        blocked = self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems([self.tr("Last 24 hours"), self.tr("Last 7 days"), self.tr("Last 30 days"),
                              self.tr("Last 90 days")])
        self.period.setCurrentIndex(current)
        self.period.blockSignals(blocked)
        self.period.view().setAccessibleName(self.tr("Periods"))  # its drop-down list, for screen readers
        self.refresh_button.setText(self.tr("&Refresh"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.export_button.setToolTip(self.tr("Save the figures shown for this period as a CSV file"))
        self.breach_title.setText(self.tr("&Breached now (Enter opens the ticket)"))
        self.breaches.setAccessibleName(self.tr("Tickets past a due time now"))
        self.breaches.model_.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 8)
        if self.stats is not None:
            self._draw(self.stats)
        else:
            self.kpis.setText(self.tr("Loading the figures…"))
            self._show_alert()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def period_span(self) -> timedelta:
        return PERIODS[max(0, self.period.currentIndex())]

    def refresh(self) -> None:
        """Fetch the figures for the chosen period (answers to older requests are dropped)."""
        self._dirty = False
        self._generation += 1
        generation, until = self._generation, datetime.now(UTC)
        since = until - self.period_span()
        self.status.setText(self.tr("Loading…"))
        client = self.ctx.client
        self.ctx.tasks.run(lambda: client.stats(since, until), lambda s: self._arrived(generation, s),
                           lambda exc: self._failed(generation, exc), owner=self)
        self.breaches.reload()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def _arrived(self, generation: int, stats: Stats) -> None:
        if generation != self._generation:
            return
        self.stats = stats
        self._draw(stats)
        self.export_button.setEnabled(True)
        stamp = QLocale().toString(stats.generated_at.astimezone().time(), QLocale.FormatType.ShortFormat)
        self.status.setText(self.tr("Updated at %1").replace("%1", stamp))
        for alert in reversed(stats.alerts):  # oldest first, so the newest ends up on top
            if alert.category not in self._alerts:
                self.show_alert(alert.category, alert.count, alert.usual, alert.ticket_ids, announce=False)
        self.loaded.emit()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("Could not load the figures: %1").replace("%1", describe(exc)))

    def _on_event(self, event: EventOut) -> None:
        if event.kind == ALERT_EVENT:
            d = event.data
            try:
                self.show_alert(Category(d.get("category")), int(d.get("count", 0)), float(d.get("usual", 0.0)),
                                [int(i) for i in d.get("ticket_ids", [])][:5])
            except (TypeError, ValueError):
                pass  # an alert this desk does not understand: the refresh below still shows the figures
        if event.kind.startswith(REFRESH_EVENTS) and not self._debounce.isActive():
            self._debounce.start()

    # --- drawing ----------------------------------------------------------------------------------

    def _draw(self, stats: Stats) -> None:
        self._draw_volume(stats)
        self._draw_quality(stats)
        self._draw_agents(stats)
        self.kpis.setText(self.words.kpis(stats))
        self._show_alert()

    def _draw_volume(self, stats: Stats) -> None:
        loc, daily = QLocale(), data.daily(stats)
        charts.draw_trend(self.trend, daily.days, [(self.tr("Opened"), charts.BLUE, daily.opened),
                                                   (self.tr("Solved"), charts.GREEN, daily.solved)])
        self.trend.set_title(self.tr("Tickets per day"), self.tr("Opened %1, solved %2 in the period")
                             .replace("%1", loc.toString(sum(daily.opened)))
                             .replace("%2", loc.toString(sum(daily.solved))))
        starts, sums, size = data.weekly(daily)
        # Days as their number (the line chart beside carries the months); weeks by their first day.
        names = [loc.toString(d.day) for d in starts] if size == 1 else [charts.day_label(d) for d in starts]
        charts.draw_stacked(self.by_category, names,
                            [(labels.category(c), charts.CATEGORY_COLORS[c], sums[c]) for c in Category])
        title = self.tr("Opened by category, per day") if size == 1 else self.tr("Opened by category, per week")
        top = max(Category, key=lambda c: sum(sums[c]))
        self.by_category.set_title(title, self.tr("Most tickets: %1").replace("%1", labels.category(top)))

    def _draw_quality(self, stats: Stats) -> None:
        s, w = stats.sla, self.words
        charts.draw_percent(
            self.sla_chart, [self.tr("First response"), self.tr("Resolution")],
            [(self.tr("Met"), charts.GREEN, [s.first_response_met, s.resolution_met]),
             (self.tr("Breached"), charts.VERMILION, [s.first_response_breached, s.resolution_breached])])
        self.sla_chart.set_title(self.tr("SLA attainment"), self.tr("First response %1, resolution %2")
                                 .replace("%1", w.percent(data.rate(s.first_response_met, s.first_response_breached)))
                                 .replace("%2", w.percent(data.rate(s.resolution_met, s.resolution_breached))))
        charts.draw_bars(self.csat, [self.tr("%1 ★").replace("%1", QLocale().toString(n)) for n in range(1, 6)],
                         [(self.tr("Ratings"), charts.ORANGE, stats.csat.distribution)])
        self.csat.set_title(self.tr("Customer satisfaction: %1").replace("%1", w.csat(stats.csat)),
                            self.tr("Ratings from 1 to 5 stars: %1")
                            .replace("%1", ", ".join(QLocale().toString(n) for n in stats.csat.distribution)))

    def _draw_agents(self, stats: Stats) -> None:
        agents = list(reversed(stats.agents))  # horizontal bars draw bottom up: keep the list's order top down
        charts.draw_bars(self.load_chart, [a.display_name for a in agents],
                         [(self.tr("Active"), charts.BLUE, [a.active for a in agents]),
                          (self.tr("Waiting"), charts.GREY, [a.waiting for a in agents]),
                          (self.tr("Breached"), charts.VERMILION, [a.breached for a in agents]),
                          (self.tr("Solved"), charts.GREEN, [a.solved for a in agents])], horizontal=True)
        self.load_chart.set_title(self.tr("Agent load"), self.tr(
            "%n agent(s): assigned tickets active, waiting for the customer and breached now; solved in the period",
            "", len(agents)))

    # --- trend alert ------------------------------------------------------------------------------

    def show_alert(self, category: Category, count: int, usual: float, ticket_ids: list[int],
                   announce: bool = True) -> None:
        """An alert in the tab (the newest of each category, up to three) and, when it is news, in the status bar."""
        self._alerts.pop(category, None)
        self._alerts[category] = (count, usual, ticket_ids)
        self._show_alert()
        if announce:
            self.notified.emit(self.tr("Trend alert"), self.words.alert(category, count, usual, ticket_ids))

    def _show_alert(self) -> None:
        lines = [self.words.alert(category, *figures) for category, figures in reversed(self._alerts.items())][:3]
        self.alert_text = "\n".join(lines)
        self.alert.setText("\n".join("⚠ " + line for line in lines))
        self.alert.setAccessibleName(self.alert_text)
        self.alert.setVisible(bool(lines))

    # --- export -----------------------------------------------------------------------------------

    def choose_export(self) -> None:
        if self.stats is None:
            return
        name = self.tr("desk-statistics-%1.csv").replace("%1", self.stats.until.strftime("%Y-%m-%d"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the statistics"), str(Path.home() / name),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the shown figures to `path` off the GUI thread; the result shows in the status line."""
        if self.stats is None:
            return
        rows = data.csv_rows(self.stats, self.words.headers(), self.words.name)
        self.status.setText(self.tr("Exporting…"))
        self.ctx.tasks.run(lambda: data.write_csv(path, rows), lambda _: self._exported(path),
                           lambda exc: self._export_failed(path, exc), owner=self)

    def _export_failed(self, path: Path, exc: Exception) -> None:
        """Nothing is lost: the figures stay shown and the agent can choose another place."""
        reason = (exc.strerror or type(exc).__name__) if isinstance(exc, OSError) else describe(exc)
        self.status.setText(self.tr("Could not save %1: %2").replace("%1", path.name).replace("%2", reason))

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Saved %1").replace("%1", path.name))
        self.exported.emit(str(path))

