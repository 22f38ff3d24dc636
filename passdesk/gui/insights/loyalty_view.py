"""The Loyalty tab of the Insights pane: points issued and redeemed per day (a bar
chart), the period's figures (points, active cardholders, rewards reached, changes
waiting or under review), and operations per desk and per part of the day.

Shows one ``LoyaltyInsights`` at a time (``show_insights``); it reads nothing
itself: the pane reads ``store.loyalty_insights.loyalty_insights`` on the store's
worker and hands the figures over. The words are ``core.loyalty_insights``'s.
Laid out to be read whole at 1024 by 768: the figures in one row, the chart
across, the desks below it.
"""

from __future__ import annotations

import math
from datetime import date, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.loyalty import DECIMAL_PLACES, BalanceType, format_points
from passdesk.core.loyalty_insights import DAY_PARTS, Bar, BarSpan, LoyaltyInsights, bars
from passdesk.gui.insights.figure import Figure
from passdesk.gui.insights.style import INSIGHTS_STYLE
from passdesk.gui.widgets.palette import Colour, qss
from passdesk.gui.widgets.style import set_role

#: The figures, in the order they stand: key -> (caption, detail, what it counts).
FIGURES = {
    "issued": ("points issued", "added to cards",
               "Points added to cards in the period (refused or discarded changes left out)."),
    "redeemed": ("points redeemed", "taken off cards",
                 "Points taken off cards in the period (refused or discarded changes left out)."),
    "active": ("active cardholders", "cards used",
               "Cards with at least one operation in the period."),
    "rewards": ("rewards reached", "cards past a reward",
                "Cards whose balance went past one of their template's rewards in the "
                "period (the Till's Earning and rewards); each card counts once."),
    "waiting": ("changes waiting", "for PassEntry",
                "Changes queued and not yet confirmed by PassEntry, whenever they were made."),
    "review": ("under review", "for a person",
               "Changes whose outcome could not be told: a person must decide (the Till's "
               "review list)."),
}
ISSUED_COLOUR, REDEEMED_COLOUR = Colour.GREEN_700, Colour.AMBER_500


def _part_heading(k: int) -> str:
    """A part of the day over its local hours: "Night", then "0-6 h" with an en dash."""
    part = DAY_PARTS[k]
    ends = DAY_PARTS[k + 1].starts if k + 1 < len(DAY_PARTS) else None

    def clock(moment: time | None) -> str:
        if moment is None:
            return "24"
        return f"{moment.hour}" if not moment.minute else f"{moment:%H:%M}"

    return f"{part.name.capitalize()}\n{clock(part.starts)}\u2013{clock(ends)} h"


#: The table's columns: the desk, its totals, then its operations in each part of the day.
COLUMNS = ("Desk", "Operations", "Issued", "Redeemed",
           *(_part_heading(k) for k in range(len(DAY_PARTS))))
#: The desks table shows this many rows before it scrolls.
TABLE_ROWS = 6
#: The chart's width outside its bars: the points axis and the margins.
PLOT_INSET = 90
#: Room a bar label needs beside its text before QtCharts elides it ("1…").
LABEL_PADDING = 14
SPAN_WORDS = {BarSpan.DAY: "per day", BarSpan.WEEK: "per week (from Monday)",
              BarSpan.MONTH: "per month"}

#: The pane's figure cards and captions, and this tab's "nothing yet" line.
LOYALTY_STYLE = INSIGHTS_STYLE + qss("""
QLabel#loyaltyNone { color: $slate; font-size: 13px; }
""")


class PointsChart(QChartView):
    """Points issued and redeemed, a pair of bars a day (a week or a month when the
    period is long: ``core.loyalty_insights.bars``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        self.setObjectName("pointsChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setFont(_font(12))
        self.issued = _bar_set("Issued", ISSUED_COLOUR)
        self.redeemed = _bar_set("Redeemed", REDEEMED_COLOUR)
        self.series = QBarSeries()
        self.series.append(self.issued)
        self.series.append(self.redeemed)
        self.series.setBarWidth(0.8)
        chart.addSeries(self.series)
        self.day_axis = QBarCategoryAxis()
        self.day_axis.setLabelsFont(_font(11))
        self.day_axis.setTitleFont(_font(11))
        self.day_axis.setGridLineVisible(False)
        self.points_axis = QValueAxis()
        self.points_axis.setLabelsFont(_font(11))
        self.points_axis.setTitleText("points")
        self.points_axis.setTitleFont(_font(11))
        chart.addAxis(self.day_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.points_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.day_axis)
        self.series.attachAxis(self.points_axis)
        self.span = BarSpan.DAY
        self.shown: tuple[Bar, ...] = ()

    def show_insights(self, insights: LoyaltyInsights) -> None:
        self.span, self.shown = bars(insights.days)
        kind = insights.balance_type
        scale = 10 ** DECIMAL_PLACES if kind is BalanceType.DECIMAL else 1
        totals = insights.totals
        self.issued.setLabel(f"Issued ({format_points(totals.issued, kind)})")
        self.redeemed.setLabel(f"Redeemed ({format_points(totals.redeemed, kind)})")
        labels = bar_labels(self.shown, self.span)
        self.day_axis.clear()
        self.day_axis.append(labels or [""])
        self.day_axis.setTitleText(axis_title(self.shown, self.span))
        self._fit_labels()
        for bar_set, values in ((self.issued, [b.issued for b in self.shown]),
                                (self.redeemed, [b.redeemed for b in self.shown])):
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append([value / scale for value in values] or [0.0])
        peak = max((max(b.issued, b.redeemed) for b in self.shown), default=0) / scale
        top, ticks = nice_top(peak)
        self.points_axis.setRange(0, top)
        self.points_axis.setTickCount(ticks)
        self.points_axis.setLabelFormat("%d" if top >= 5 or scale == 1 else "%.1f")

    def _fit_labels(self) -> None:
        """Labels stand up when side by side they would not fit under their bars."""
        labels = self.day_axis.categories()
        metrics = QFontMetrics(self.day_axis.labelsFont())
        widest = max((metrics.horizontalAdvance(text) for text in labels), default=0)
        room = self.width() - PLOT_INSET
        self.day_axis.setLabelsAngle(-90 if len(labels) * (widest + LABEL_PADDING) > room
                                     else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_labels()

    def values(self) -> list[tuple[str, float, float]]:
        """What the bars show: (label, issued, redeemed), in the pass's points."""
        labels = self.day_axis.categories()
        return [(labels[k], self.issued.at(k), self.redeemed.at(k))
                for k in range(self.issued.count()) if labels[k]]


def bar_labels(shown: tuple[Bar, ...], span: BarSpan) -> list[str]:
    """Under each bar pair, one distinct label: the day of the month ("7") when the
    period is within a month, else day and month ("7 Dec", a week's Monday too), or
    the month ("Dec", "Dec 2026" when the period spans years)."""
    if span is BarSpan.MONTH:
        years = {b.first.year for b in shown}
        return [f"{b.first:%b}" if len(years) == 1 else f"{b.first:%b %Y}" for b in shown]
    months = {(b.first.year, b.first.month) for b in shown}
    if span is BarSpan.DAY and len(months) == 1:
        return [str(b.first.day) for b in shown]
    return [_day_month(b.first) for b in shown]


def axis_title(shown: tuple[Bar, ...], span: BarSpan) -> str:
    if not shown:
        return ""
    first, last = shown[0].first, shown[-1].first
    if span is BarSpan.MONTH:
        years = f"{first.year}" if first.year == last.year else f"{first.year}\u2013{last.year}"
        return f"{SPAN_WORDS[span]}, {years}"
    if first == last:
        return f"{_day_month(first)} {first.year}"
    start = _day_month(first) + ("" if first.year == last.year else f" {first.year}")
    words = "" if span is BarSpan.DAY else "weeks, "
    return f"{words}{start} \u2013 {_day_month(last)} {last.year}"


def _day_month(day: date) -> str:
    return f"{day.day} {day:%b}"


def nice_top(value: float) -> tuple[float, int]:
    """An axis top above ``value`` (1, 2 or 5 times a power of ten a tick, at most 5
    intervals) and its tick count; the tallest bar never touches the frame."""
    if value <= 0:
        return 5, 6
    target = value * 1.05
    step = 10.0 ** math.floor(math.log10(target / 5))
    while True:
        for factor in (1, 2, 5):
            size = step * factor
            intervals = math.ceil(target / size)
            if intervals <= 5:
                return size * intervals, intervals + 1
        step *= 10


class LoyaltyView(QWidget):
    """Shows one ``LoyaltyInsights``: figures, the points chart, the desks table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loyaltyView")
        self.setStyleSheet(LOYALTY_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.figures: dict[str, Figure] = {}
        for key, (caption, detail, meaning) in FIGURES.items():
            figure = Figure(caption, self, detail=detail, meaning=meaning, wrap=True)
            figure.setObjectName(f"{key}Figure")
            self.figures[key] = figure
            row.addWidget(figure, 1)
        layout.addLayout(row)
        self.chart_title = QLabel("Points issued and redeemed", self)
        set_role(self.chart_title, "section")
        layout.addWidget(self.chart_title)
        self.chart = PointsChart(self)
        layout.addWidget(self.chart, 1)
        self.desks_title = QLabel("Operations per desk and part of the day", self)
        set_role(self.desks_title, "section")
        layout.addWidget(self.desks_title)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("desksTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(70)
        layout.addWidget(self.table)
        self.none_label = QLabel("No loyalty operation in this period.", self)
        self.none_label.setObjectName("loyaltyNone")
        self.none_label.hide()
        layout.addWidget(self.none_label)
        self.insights: LoyaltyInsights | None = None

    def show_insights(self, insights: LoyaltyInsights) -> None:
        self.insights = insights
        kind = insights.balance_type
        totals = insights.totals
        self.figures["issued"].set(format_points(totals.issued, kind))
        self.figures["redeemed"].set(format_points(totals.redeemed, kind))
        self.figures["active"].set(f"{insights.active_cardholders:,}")
        self.figures["rewards"].set(f"{insights.rewards_reached:,}")
        self.figures["waiting"].set(f"{insights.waiting:,}")
        self.figures["review"].set(f"{insights.under_review:,}", warning=insights.under_review > 0)
        self.chart.show_insights(insights)
        self.chart_title.setText(f"Points issued and redeemed {SPAN_WORDS[self.chart.span]}")
        self._fill_table(insights)

    def _fill_table(self, insights: LoyaltyInsights) -> None:
        kind = insights.balance_type
        parts = [part.name for part in DAY_PARTS]
        self.table.setRowCount(len(insights.per_desk))
        for row, desk in enumerate(insights.per_desk):
            shifts = {s.shift: s for s in insights.per_shift if s.desk == desk.desk}
            cells = [desk.desk, f"{desk.operations:,}", format_points(desk.issued, kind),
                     format_points(desk.redeemed, kind),
                     *(f"{shifts[p].operations:,}" if p in shifts else "\u2013" for p in parts)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column >= 4 and parts[column - 4] in shifts:
                    shift = shifts[parts[column - 4]]
                    item.setToolTip(
                        f"{desk.desk}, {shift.shift}: {shift.operations:,} operations, "
                        f"{format_points(shift.issued, kind)} points issued, "
                        f"{format_points(shift.redeemed, kind)} redeemed")
                self.table.setItem(row, column, item)
        # As tall as its rows, up to TABLE_ROWS; the chart has the rest.
        rows = min(max(self.table.rowCount(), 1), TABLE_ROWS)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * self.table.verticalHeader().defaultSectionSize()
                                  + 2 * self.table.frameWidth())
        empty = not insights.per_desk
        self.table.setVisible(not empty)
        self.none_label.setVisible(empty)

    def table_rows(self) -> list[list[str]]:
        """The desks table as its cells read."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]


def _bar_set(name: str, colour: str) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.setColor(QColor(colour))
    bar_set.setBorderColor(QColor(colour))
    bar_set.setLabelColor(QColor(Colour.GREY_900))
    return bar_set


def _font(pixels: int) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    return font
