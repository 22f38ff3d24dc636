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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QMargins, Qt, QTime
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

from passdesk.core.loyalty import DECIMAL_PLACES, BalanceType
from passdesk.core.loyalty_insights import (
    DAY_PARTS,
    NO_DESK,
    Bar,
    BarSpan,
    LoyaltyInsights,
    bars,
)
from passdesk.gui.i18n import formats, translate
from passdesk.gui.insights.figure import Figure
from passdesk.gui.insights.points import points
from passdesk.gui.insights.style import INSIGHTS_STYLE
from passdesk.gui.widgets.palette import Colour, qss
from passdesk.gui.widgets.style import set_role


def figure_words() -> dict[str, tuple[str, str, str]]:
    """The figures, in the order they stand: key -> (caption, detail, what it counts)."""
    return {
        "issued": (translate("insights", "points issued", "a figure's caption"),
                   translate("insights", "added to cards"),
                   translate("insights", "Points added to cards in the period (refused or "
                                         "discarded changes left out).")),
        "redeemed": (translate("insights", "points redeemed", "a figure's caption"),
                     translate("insights", "taken off cards"),
                     translate("insights", "Points taken off cards in the period (refused or "
                                           "discarded changes left out).")),
        "active": (translate("insights", "active cardholders", "a figure's caption"),
                   translate("insights", "cards used"),
                   translate("insights", "Cards with at least one operation in the period.")),
        "rewards": (translate("insights", "rewards reached", "a figure's caption"),
                    translate("insights", "cards past a reward"),
                    translate("insights", "Cards whose balance went past one of their "
                                          "template's rewards in the period (the Till's "
                                          "Earning and rewards); each card counts once.")),
        "waiting": (translate("insights", "changes waiting", "a figure's caption"),
                    translate("insights", "for PassEntry"),
                    translate("insights", "Changes queued and not yet confirmed by PassEntry, "
                                          "whenever they were made.")),
        "review": (translate("insights", "under review", "a figure's caption"),
                   translate("insights", "for a person"),
                   translate("insights", "Changes whose outcome could not be told: a person "
                                         "must decide (the Till's review list).")),
    }


ISSUED_COLOUR, REDEEMED_COLOUR = Colour.GREEN_700, Colour.AMBER_500

#: The parts of the day as the table heads them (``DayPart.name`` is a key).
PART_NAMES = {"night": QT_TRANSLATE_NOOP("insights", "Night"),
              "morning": QT_TRANSLATE_NOOP("insights", "Morning"),
              "afternoon": QT_TRANSLATE_NOOP("insights", "Afternoon"),
              "evening": QT_TRANSLATE_NOOP("insights", "Evening")}


def part_name(name: str) -> str:
    """A part of the day (``DayPart.name``) as a person reads it."""
    return translate("insights", PART_NAMES[name]) if name in PART_NAMES \
        else name.capitalize()


def desk_name(desk: str) -> str:
    """A desk as listed: its own name, or "(no desk)" in the installed language."""
    return translate("insights", "(no desk)") if desk == NO_DESK else desk


def _part_heading(k: int) -> str:
    """A part of the day over its local hours: "Night", then "0-6 h" with an en dash."""
    part = DAY_PARTS[k]
    ends = DAY_PARTS[k + 1].starts if k + 1 < len(DAY_PARTS) else None

    def clock(moment: time | None) -> str:
        if moment is None:
            return formats.number(24)
        if not moment.minute:
            return formats.number(moment.hour)
        return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")

    return translate("insights", "{part}\n{start}\u2013{end} h", "a part of the day and its "
                                 "hours").format(part=part_name(part.name),
                                                 start=clock(part.starts), end=clock(ends))


def columns() -> list[str]:
    """The table's columns: the desk, its totals, then its operations in each part of the day."""
    return [translate("insights", "Desk"), translate("insights", "Operations"),
            translate("insights", "Issued"), translate("insights", "Redeemed"),
            *(_part_heading(k) for k in range(len(DAY_PARTS)))]


#: The desks table shows this many rows before it scrolls.
TABLE_ROWS = 6
#: The chart's width outside its bars: the points axis and the margins.
PLOT_INSET = 90
#: Room a bar label needs beside its text before QtCharts elides it ("1…").
LABEL_PADDING = 14
SPAN_WORDS = {BarSpan.DAY: QT_TRANSLATE_NOOP("insights", "per day"),
              BarSpan.WEEK: QT_TRANSLATE_NOOP("insights", "per week (from Monday)"),
              BarSpan.MONTH: QT_TRANSLATE_NOOP("insights", "per month")}

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
        chart.setLocalizeNumbers(True)  # the points axis as the locale writes numbers
        chart.setLocale(QLocale())
        super().__init__(chart, parent)
        self.setObjectName("pointsChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setFont(_font(12))
        self.issued = _bar_set(translate("insights", "Issued"), ISSUED_COLOUR)
        self.redeemed = _bar_set(translate("insights", "Redeemed"), REDEEMED_COLOUR)
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
        self.points_axis.setTitleText(translate("insights", "points", "an axis title"))
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
        self.issued.setLabel(translate("insights", "Issued ({points})").format(
            points=points(totals.issued, kind)))
        self.redeemed.setLabel(translate("insights", "Redeemed ({points})").format(
            points=points(totals.redeemed, kind)))
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
        return [_month(b.first) if len(years) == 1
                else QLocale().toString(_qdate(b.first), "MMM yyyy") for b in shown]
    months = {(b.first.year, b.first.month) for b in shown}
    if span is BarSpan.DAY and len(months) == 1:
        return [formats.number(b.first.day) for b in shown]
    return [_day_month(b.first) for b in shown]


def axis_title(shown: tuple[Bar, ...], span: BarSpan) -> str:
    if not shown:
        return ""
    first, last = shown[0].first, shown[-1].first
    if span is BarSpan.MONTH:
        years = f"{first.year}" if first.year == last.year else f"{first.year}\u2013{last.year}"
        return translate("insights", "{span}, {years}", "an axis title: months").format(
            span=translate("insights", SPAN_WORDS[span]), years=years)
    if first == last:
        return _day_month_year(first)
    start = _day_month(first) if first.year == last.year else _day_month_year(first)
    if span is BarSpan.DAY:
        return translate("insights", "{start} \u2013 {end}", "an axis title: days").format(
            start=start, end=_day_month_year(last))
    return translate("insights", "weeks, {start} \u2013 {end}", "an axis title").format(
        start=start, end=_day_month_year(last))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _month(day: date) -> str:
    return QLocale().toString(_qdate(day), "MMM")


def _day_month(day: date) -> str:
    return formats.day_and_month(day)


def _day_month_year(day: date) -> str:
    return translate("insights", "{day} {year}", "a day and month, then the year").format(
        day=formats.day_and_month(day), year=day.year)


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
        for key, (caption, detail, meaning) in figure_words().items():
            figure = Figure(caption, self, detail=detail, meaning=meaning, wrap=True)
            figure.setObjectName(f"{key}Figure")
            self.figures[key] = figure
            row.addWidget(figure, 1)
        layout.addLayout(row)
        self.chart_title = QLabel(translate("insights", "Points issued and redeemed"), self)
        set_role(self.chart_title, "section")
        layout.addWidget(self.chart_title)
        self.chart = PointsChart(self)
        layout.addWidget(self.chart, 1)
        self.desks_title = QLabel(translate("insights", "Operations per desk and part of the "
                                                  "day"), self)
        set_role(self.desks_title, "section")
        layout.addWidget(self.desks_title)
        headings = columns()
        self.table = QTableWidget(0, len(headings), self)
        self.table.setObjectName("desksTable")
        self.table.setHorizontalHeaderLabels(headings)
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
        self.none_label = QLabel(translate("insights", "No loyalty operation in this period."),
                                 self, wordWrap=True)
        self.none_label.setObjectName("loyaltyNone")
        self.none_label.hide()
        layout.addWidget(self.none_label)
        self.insights: LoyaltyInsights | None = None

    def show_insights(self, insights: LoyaltyInsights) -> None:
        self.insights = insights
        kind = insights.balance_type
        totals = insights.totals
        number = formats.number
        self.figures["issued"].set(points(totals.issued, kind))
        self.figures["redeemed"].set(points(totals.redeemed, kind))
        self.figures["active"].set(number(insights.active_cardholders))
        self.figures["rewards"].set(number(insights.rewards_reached))
        self.figures["waiting"].set(number(insights.waiting))
        self.figures["review"].set(number(insights.under_review),
                                   warning=insights.under_review > 0)
        self.chart.show_insights(insights)
        self.chart_title.setText(translate("insights", "Points issued and redeemed {span}").format(
            span=translate("insights", SPAN_WORDS[self.chart.span])))
        self._fill_table(insights)

    def _fill_table(self, insights: LoyaltyInsights) -> None:
        kind = insights.balance_type
        parts = [part.name for part in DAY_PARTS]
        self.table.setRowCount(len(insights.per_desk))
        for row, desk in enumerate(insights.per_desk):
            shifts = {s.shift: s for s in insights.per_shift if s.desk == desk.desk}
            cells = [desk_name(desk.desk), formats.number(desk.operations),
                     points(desk.issued, kind), points(desk.redeemed, kind),
                     *(formats.number(shifts[p].operations) if p in shifts else "\u2013"
                       for p in parts)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column >= 4 and parts[column - 4] in shifts:
                    shift = shifts[parts[column - 4]]
                    item.setToolTip(translate(
                        "insights", "{desk}, {part}: %Ln operation(s), {issued} points issued, "
                                    "{redeemed} redeemed", None, int(shift.operations)).format(
                        desk=desk_name(desk.desk), part=part_name(shift.shift),
                        issued=points(shift.issued, kind), redeemed=points(shift.redeemed, kind)))
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
