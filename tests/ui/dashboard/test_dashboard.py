"""The supervisor's Dashboard tab, offscreen against a real demo service: charts drawn from the service's
figures, the breach list opening a ticket, the CSV export, live trend alerts, dark mode, and roles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries, QLineSeries, QStackedBarSeries
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.contract import API_PREFIX, Category, Stats, TicketStatus
from desk_app.ui.common import labels
from desk_app.ui.common.language import Languages
from desk_app.ui.dashboard import data
from desk_app.ui.dashboard.view import DashboardView
from desk_app.ui.main_window import MainWindow
from desk_app.ui.ticket.tab import TicketTab
from tests.helpers import INTEGRATION_KEY, ServiceProcess, start_service
from tests.ui.conftest import WAIT_MS, Desk

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def trend_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """A demo service of its own that checks for trends every second (instead of every minute)."""
    with start_service(tmp_path_factory.mktemp("dashboard"), env={"DESK_TREND_CHECK_SECONDS": "1"}) as running:
        yield running


@pytest.fixture
def supervisor(make_desk: Callable[..., Desk], trend_service: ServiceProcess, qtbot: QtBot) -> MainWindow:
    window = make_desk(trend_service.url).sign_in("super1")
    assert window.dashboard is not None
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.stats is not None, timeout=WAIT_MS)
    return window


def _series(view: object, kind: type) -> list:
    return [s for s in view.chart().series() if isinstance(s, kind)]  # type: ignore[attr-defined]


def test_the_charts_show_the_services_figures(supervisor: MainWindow) -> None:
    dashboard = supervisor.dashboard
    assert isinstance(dashboard, DashboardView)
    stats = dashboard.stats
    assert isinstance(stats, Stats)
    days = data.period_days(stats)
    opened, solved = _series(dashboard.trend, QLineSeries)
    assert opened.count() == solved.count() == len(days) >= 7
    assert sum(opened.at(i).y() for i in range(opened.count())) == sum(d.opened for d in stats.days) > 0
    assert sum(solved.at(i).y() for i in range(solved.count())) == sum(d.solved for d in stats.days) > 0

    (stacked,) = _series(dashboard.by_category, QStackedBarSeries)
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in stacked.barSets()}
    assert set(sets) == {labels.category(c) for c in Category}
    withdrawals = sum(d.opened for d in stats.days if d.category is Category.deposit_withdrawal)
    assert sum(sets[labels.category(Category.deposit_withdrawal)]) == withdrawals > 0

    (ratings,) = _series(dashboard.csat, QBarSeries)
    assert [ratings.barSets()[0].at(i) for i in range(5)] == stats.csat.distribution
    assert stats.csat.count > 0 and "of 5" in dashboard.csat.chart().title()
    (load,) = _series(dashboard.load_chart, QHorizontalBarSeries)
    assert load.barSets()[0].count() == len(stats.agents) > 0
    assert f"Backlog: {data.backlog_total(stats)}" in dashboard.kpis.text()
    assert dashboard.sla_chart.accessibleDescription().startswith("First response")


def test_the_alert_of_the_demos_rise_in_withdrawals_shows_in_the_tab(supervisor: MainWindow, qtbot: QtBot) -> None:
    dashboard = supervisor.dashboard
    assert dashboard is not None
    for _ in range(20):  # the service checks a second after it starts; the first figures may predate that
        if dashboard.stats is not None and dashboard.stats.alerts:
            break
        with qtbot.waitSignal(dashboard.loaded, timeout=WAIT_MS):
            dashboard.refresh()
        qtbot.wait(300)
    assert dashboard.alert.isVisible()
    assert labels.category(Category.deposit_withdrawal) in dashboard.alert.text()


def test_the_breach_list_opens_a_ticket_with_enter(supervisor: MainWindow, qtbot: QtBot,
                                                   qtmodeltester: object) -> None:
    dashboard = supervisor.dashboard
    assert dashboard is not None
    table = dashboard.breaches
    qtbot.waitUntil(lambda: table.model_.rowCount() > 0, timeout=WAIT_MS)
    qtmodeltester.check(table.model_)  # type: ignore[attr-defined]
    first = table.model_.ticket_at(0)
    assert first is not None and first.sla_state.value == "breached"
    table.setFocus()
    table.setCurrentIndex(table.model_.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(supervisor.tabs.currentWidget(), TicketTab), timeout=WAIT_MS)
    tab = supervisor.tabs.currentWidget()
    assert isinstance(tab, TicketTab) and tab.ticket_id == first.id


def test_export_writes_the_shown_figures(supervisor: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dashboard = supervisor.dashboard
    assert dashboard is not None and dashboard.stats is not None
    path = tmp_path / "figures.csv"
    with qtbot.waitSignal(dashboard.exported, timeout=WAIT_MS):
        dashboard.export_to(path)
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[1] == "Day,Category,Language,Opened,Solved"
    stats = dashboard.stats
    first = stats.days[0]
    assert (f"{first.day.isoformat()},{labels.category(first.category)},{labels.language(first.language)},"
            f"{first.opened},{first.solved}") in lines
    assert f"First response,{stats.sla.first_response_met},{stats.sla.first_response_breached}," in text
    for agent in stats.agents:
        assert f"{agent.display_name},{agent.active},{agent.waiting},{agent.breached},{agent.solved}" in lines
    assert "Saved figures.csv" in dashboard.status.text()
    dashboard.export_to(tmp_path / "missing-folder" / "x.csv")  # a place that cannot be written: said, not lost
    qtbot.waitUntil(lambda: "Could not save x.csv" in dashboard.status.text(), timeout=WAIT_MS)
    assert dashboard.stats is stats


def test_a_rising_category_is_announced_live(supervisor: MainWindow, trend_service: ServiceProcess,
                                             qtbot: QtBot) -> None:
    dashboard = supervisor.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: supervisor.stream_label.text().endswith("Live"), timeout=WAIT_MS)
    loads = []
    dashboard.loaded.connect(lambda: loads.append(1))
    for n in range(8):  # new tickets from customers: the service files them under "account"
        answer = requests.post(f"{trend_service.url}{API_PREFIX}/inbound/messages", timeout=30,
                               headers={"X-Integration-Key": INTEGRATION_KEY},
                               json={"channel": "chat", "customer_id": 1 + n, "subject": "I cannot log in",
                                     "body": "The app says my account is locked", "language": "en"})
        assert answer.status_code == 201, answer.text
    account = labels.category(Category.account)
    with qtbot.waitSignal(dashboard.notified, timeout=WAIT_MS,
                          check_params_cb=lambda title, text: account in text):
        pass
    message = supervisor.statusBar().currentMessage()
    assert account in message and "Trend alert" in message
    assert account in dashboard.alert.text() and dashboard.alert.isVisible()
    qtbot.waitUntil(lambda: bool(loads), timeout=WAIT_MS)  # the figures refreshed themselves


def test_dark_mode_redraws_the_charts_in_the_dark_palette(supervisor: MainWindow, qtbot: QtBot) -> None:
    dashboard = supervisor.dashboard
    assert dashboard is not None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    for role, color in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base, "#2b2c2f"),
                        (QPalette.ColorRole.Text, "#e8eaed"), (QPalette.ColorRole.WindowText, "#e8eaed")):
        dark.setColor(role, QColor(color))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: dashboard.trend.chart().backgroundBrush().color().lightness() < 80, timeout=WAIT_MS)
        assert dashboard.trend.chart().titleBrush().color().lightness() > 180
        axis = dashboard.by_category.chart().axes()[0]
        assert axis.labelsColor().lightness() > 180
    finally:
        app.setPalette(light)


def test_the_ticket_shows_the_customers_rating(supervisor: MainWindow, trend_service: ServiceProcess,
                                              qtbot: QtBot) -> None:
    dashboard = supervisor.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.breaches.model_.rowCount() > 0, timeout=WAIT_MS)
    ticket = dashboard.breaches.model_.ticket_at(0)
    assert ticket is not None
    tab = supervisor.open_ticket(ticket.id)
    qtbot.waitUntil(lambda: tab.header.ticket is not None, timeout=WAIT_MS)
    assert tab.header.rating.isHidden()
    tab.patch({"status": TicketStatus.resolved})
    qtbot.waitUntil(lambda: tab.header.ticket is not None and tab.header.ticket.status is TicketStatus.resolved,
                    timeout=WAIT_MS)
    rated = requests.post(f"{trend_service.url}{API_PREFIX}/inbound/csat", timeout=30,
                          headers={"X-Integration-Key": INTEGRATION_KEY},
                          json={"ticket_id": ticket.id, "rating": 4, "comment": "<b>Quick</b> and kind"})
    assert rated.status_code == 200, rated.text
    qtbot.waitUntil(lambda: not tab.header.rating.isHidden(), timeout=WAIT_MS)  # live, from the event
    assert tab.header.rating.text() == "Customer rating: ★★★★☆ (4 of 5) — “\u2068<b>Quick</b> and kind\u2069”"
    assert tab.header.rating.textFormat() == Qt.TextFormat.PlainText


def test_a_language_switch_redraws_in_the_new_locale(supervisor: MainWindow, languages: Languages,
                                                     qtbot: QtBot) -> None:
    dashboard = supervisor.dashboard
    assert dashboard is not None and dashboard.stats is not None
    languages.apply("ru")  # Russian: dd.MM dates, a comma for decimals
    axis = dashboard.trend.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.format() == "dd.MM" and dashboard.trend.chart().locale().name() == "ru_RU"
    assert dashboard.period.count() == 4 and dashboard.period.currentIndex() == 1  # the choice survives
    average = dashboard.stats.csat.average
    assert average is not None and QLocale().toString(average, "f", 2) in dashboard.kpis.text()
    assert "," in QLocale().toString(average, "f", 2)
    languages.apply("en")


def test_agents_and_security_agents_have_no_dashboard(make_desk: Callable[..., Desk],
                                                      trend_service: ServiceProcess) -> None:
    desk = make_desk(trend_service.url)
    for user in ("agent1", "secops1"):
        assert desk.sign_in(user).dashboard is None
