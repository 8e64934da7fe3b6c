"""The dashboard's charts (QtCharts): each redraws from plain lists, in the desk's palette and locale.

Axis and legend texts in QtCharts are rendered as rich text, so every name that is not our own wording
(an agent's display name) is escaped first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, time

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from desk_app.contract import Category
from desk_app.ui.common import style

# Okabe-Ito: told apart with every common colour-vision deficiency, and readable on light and dark.
CATEGORY_COLORS = {
    Category.account: QColor("#0072B2"), Category.trading: QColor("#E69F00"),
    Category.deposit_withdrawal: QColor("#D55E00"), Category.technical: QColor("#009E73"),
    Category.security: QColor("#CC79A7"), Category.compliance: QColor("#56B4E9"),
}
BLUE, GREEN, ORANGE, VERMILION, GREY = (QColor(c) for c in ("#0072B2", "#009E73", "#E69F00", "#D55E00", "#9AA0A6"))


def short_date_format() -> str:
    """The locale's short date format without the year: "d/M", "dd.MM", "M/d", "MM/dd", "M. d"."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    day_month = re.sub(r"[^dM]*y+[^dM]*", lambda m: "" if m.start() == 0 or m.end() == len(fmt) else m.group()[:1],
                       fmt)
    return day_month.strip(" ,./-") or "d/M"


def day_label(day: date) -> str:
    """A day in the agent's locale without the year."""
    return QLocale().toString(QDate(day.year, day.month, day.day), short_date_format())


def noon_msecs(day: date) -> float:
    """A UTC day as a point in time: its noon, which falls on the same date in every time zone's local view."""
    return datetime.combine(day, time(12), UTC).timestamp() * 1000


class Chart(QChartView):
    """One chart with a title; colours follow the palette (light or dark), numbers the locale."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setObjectName(object_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(280, 220)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # readers reach it; the description says what it shows

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_palette()  # the desk switched between light and dark
        super().changeEvent(event)

    def clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in list(chart.axes()):
            chart.removeAxis(axis)

    def set_title(self, title: str, description: str) -> None:
        self.chart().setTitle(html.escape(title))
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)

    def add_axes(self, series: object, x: QAbstractAxis, y: QAbstractAxis) -> None:
        chart = self.chart()
        for axis, edge in ((x, Qt.AlignmentFlag.AlignBottom), (y, Qt.AlignmentFlag.AlignLeft)):
            if axis not in chart.axes():
                chart.addAxis(axis, edge)
        series.attachAxis(x)  # type: ignore[attr-defined]
        series.attachAxis(y)  # type: ignore[attr-defined]

    def apply_palette(self) -> None:
        """The desk's light or dark palette on the chart; called after each redraw and on palette changes."""
        chart, palette = self.chart(), self.palette()
        text, base, mid = (palette.color(role) for role in (QPalette.ColorRole.Text, QPalette.ColorRole.Base,
                                                              QPalette.ColorRole.Mid))
        chart.setLocale(QLocale())
        chart.setLocalizeNumbers(True)
        chart.setBackgroundBrush(base)
        chart.setBackgroundPen(QPen(mid))
        chart.setPlotAreaBackgroundVisible(False)
        chart.setTitleBrush(text)
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.legend().setLabelColor(text)
        legend_font = QFont(self.font())
        legend_font.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))
        chart.legend().setFont(legend_font)
        grid = QColor(mid)
        grid.setAlpha(110 if style.is_dark(palette) else 160)
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setLabelsFont(self.font())
            axis.setLinePenColor(mid)
            axis.setGridLineColor(grid)
            axis.setTitleBrush(text)


def count_axis(maximum: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(4.0, maximum * 1.1))
    axis.setLabelFormat("%.0f")  # "%d" draws nothing once numbers are localised
    axis.setTickCount(5)
    axis.applyNiceNumbers()
    return axis


def draw_trend(view: Chart, days: Sequence[date], lines: Sequence[tuple[str, QColor, Sequence[int]]]) -> None:
    """Lines over days (opened, solved), on a date axis."""
    view.clear()
    chart = view.chart()
    x = QDateTimeAxis()
    x.setFormat(short_date_format())
    x.setTickCount(min(8, max(2, len(days))))
    y = count_axis(max((max(values, default=0) for _, _, values in lines), default=0))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for name, color, values in lines:
        series = QLineSeries()
        series.setName(name)
        series.setPen(QPen(color, 2.5))
        series.setPointsVisible(len(days) <= 31)
        for day, value in zip(days, values, strict=True):
            series.append(noon_msecs(day), value)
        chart.addSeries(series)
        series.attachAxis(x)
        series.attachAxis(y)
    if days:
        x.setRange(QDateTime.fromMSecsSinceEpoch(int(noon_msecs(days[0]))),
                   QDateTime.fromMSecsSinceEpoch(int(noon_msecs(days[-1]))))
    view.apply_palette()


def draw_stacked(view: Chart, labels: Sequence[str], stacks: Sequence[tuple[str, QColor, Sequence[int]]]) -> None:
    """Stacked bars (one stack per label), e.g. tickets opened per day by category."""
    view.clear()
    series = QStackedBarSeries()
    totals = [0] * len(labels)
    for name, color, values in stacks:
        bar = QBarSet(name)
        bar.setColor(color)
        bar.setBorderColor(color)
        bar.append(list(values))
        series.append(bar)
        totals = [t + v for t, v in zip(totals, values, strict=True)]
    view.chart().addSeries(series)
    x = QBarCategoryAxis()
    x.append(list(labels))
    if len(labels) > 10:
        x.setLabelsAngle(-90)
    view.add_axes(series, x, count_axis(max(totals, default=0)))
    view.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # one name a line: long names stay whole
    view.apply_palette()


def draw_percent(view: Chart, labels: Sequence[str], parts: Sequence[tuple[str, QColor, Sequence[int]]]) -> None:
    """Horizontal 100 % bars, e.g. SLA clocks met and breached; counts shown on the bars."""
    view.clear()
    series = QHorizontalPercentBarSeries()
    series.setLabelsVisible(True)
    for name, color, values in parts:
        bar = QBarSet(name)
        bar.setColor(color)
        bar.setBorderColor(color)
        bar.setLabelColor(QColor("#ffffff"))
        bar.append(list(values))
        series.append(bar)
    view.chart().addSeries(series)
    y = QBarCategoryAxis()
    y.append(list(labels))
    x = QValueAxis()
    x.setRange(0, 100)
    x.setLabelFormat("%.0f")  # the bars carry their own percentages
    view.chart().addAxis(x, Qt.AlignmentFlag.AlignBottom)
    view.chart().addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    view.apply_palette()


def draw_bars(view: Chart, labels: Sequence[str], sets: Sequence[tuple[str, QColor, Sequence[int]]],
              horizontal: bool = False) -> None:
    """Grouped bars, e.g. the CSAT distribution, or each agent's load (horizontal; names escaped)."""
    view.clear()
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    top = 0
    for name, color, values in sets:
        bar = QBarSet(name)
        bar.setColor(color)
        bar.setBorderColor(color)
        bar.append(list(values))
        series.append(bar)
        top = max([top, *values])
    view.chart().addSeries(series)
    names = QBarCategoryAxis()
    names.append([html.escape(label) for label in labels])
    counts = count_axis(top)
    if horizontal:
        view.chart().addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        view.chart().addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        series.attachAxis(names)
    else:
        view.add_axes(series, names, counts)
    view.chart().legend().setVisible(len(sets) > 1)
    view.apply_palette()
