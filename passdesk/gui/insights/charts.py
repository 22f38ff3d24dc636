"""The Insights pane's charts, drawn by QtCharts: admissions over time (a line per
door) and denials by reason; and the inside gauge, a painted arc.

Each chart keeps its series and axes across refreshes and only replaces their
points, so a refresh on every scan costs a repaint, not a rebuild. A door keeps
its colour for as long as the chart lives (its line does not change colour
when another door appears).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QLocale, QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from passdesk.core.insights import STEP, Attendance, DoorLine, step_of
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.widgets.palette import Colour

#: The doors' line colours, in the order doors first appear; past the end they
#: come round again, dashed.
LINE_COLOURS = (Colour.BLUE_700, Colour.GREEN_700, Colour.AMBER_700, Colour.GREY_900,
                Colour.RUST, Colour.PURPLE_700, Colour.SLATE, Colour.TEAL_700)
#: How many steps the time axis shows at least (an hour), so a first scan is no lone dot.
MIN_STEPS = 12
#: Each step is a dot on its line up to this many steps (two hours); past it, lines only.
DOTS_UP_TO = 24
#: The time axis labels a tick every so many minutes: the fewest that make 8 or fewer.
TICK_MINUTES = (15, 30, 60, 120, 180, 240, 360, 720, 1440)
MAX_TIME_TICKS = 8


def time_ticks(first: datetime, last: datetime) -> tuple[datetime, datetime, int]:
    """The time axis from ``first`` to ``last`` widened to round ticks (every 15 or
    30 minutes, every hour...): (start, end, tick count)."""
    local_first, local_last = first.astimezone(), last.astimezone()
    for minutes in TICK_MINUTES:
        size = timedelta(minutes=minutes)
        start = _floor(local_first, size)
        end = _floor(local_last, size) + size  # the step now is never on the edge
        intervals = round((end - start) / size)
        if intervals + 1 <= MAX_TIME_TICKS:
            return start, end, max(2, intervals + 1)
    return local_first, local_last, 2


def _floor(moment: datetime, size: timedelta) -> datetime:
    """``moment`` rounded down to a multiple of ``size`` on its own (local) clock."""
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + size * ((moment - midnight) // size)


def nice_top(value: float) -> tuple[int, int]:
    """An axis top at or above ``value`` and its tick count: 1, 2 or 5 times a power of
    ten per tick, at most 5 intervals (``nice_top(37) == (40, 5)``)."""
    top = max(int(-(-value // 1)), 1)
    step = 1
    while True:
        for factor in (1, 2, 5):
            size = step * factor
            if -(-top // size) <= 5:
                intervals = -(-top // size)
                return size * intervals, intervals + 1
        step *= 10


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    # Axis numbers as the chosen locale writes them (1,234 / 1.234 / 1 234).
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    return chart


def time_format() -> str:
    """The locale's short time of day for an axis: "HH:mm", "h:mm AP"."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def _ms(moment: datetime) -> float:
    return moment.timestamp() * 1000


class AdmissionsChart(QChartView):
    """Admissions in each five-minute step, one line per door."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = _chart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.setObjectName("admissionsChart")
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(_font(12))
        self.time_axis = QDateTimeAxis()
        self.time_axis.setFormat(time_format())
        self.time_axis.setLabelsFont(_font(12))
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setLabelsFont(_font(12))
        self.count_axis.setTitleText(translate("insights", "per 5 min", "an axis title"))
        self.count_axis.setTitleFont(_font(12))
        chart.addAxis(self.time_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignLeft)
        #: Door key -> its line over the steps that are over, kept across refreshes.
        self.lines: dict[str, QLineSeries] = {}
        #: Door key -> its last stretch into the step under way, dotted: that step is
        #: not over, so its count is "so far" (a solid line would dive to zero at
        #: every new step).
        self.so_far: dict[str, QLineSeries] = {}
        self._colour_of: dict[str, int] = {}

    def show_attendance(self, attendance: Attendance) -> None:
        chart = self.chart()
        keys = {door.key for door in attendance.doors}
        for key in [k for k in self.lines if k not in keys]:
            chart.removeSeries(self.lines.pop(key))
            chart.removeSeries(self.so_far.pop(key))
        steps = attendance.steps
        under_way = bool(steps) and steps[-1] == step_of(attendance.now)
        for door in attendance.doors:
            line = self.lines.get(door.key) or self._add_line(door)
            name = say(door.name)
            if line.name() != name:
                line.setName(name)  # the legend lays out again: only on a change
            points = [QPointF(_ms(step), count)
                      for step, count in zip(steps, door.per_step, strict=True)]
            done = points[:-1] if under_way else points
            line.replace(done)
            self.so_far[door.key].replace(points[-2:] if under_way else [])
        self._fit_axes(attendance)

    def _add_line(self, door: DoorLine) -> QLineSeries:
        line = QLineSeries(objectName=f"door:{door.key}")
        so_far = QLineSeries(objectName=f"so-far:{door.key}")
        # Colours go in order of arrival; a door that comes back gets its own again.
        number = self._colour_of.setdefault(door.key, len(self._colour_of))
        colour = QColor(LINE_COLOURS[number % len(LINE_COLOURS)])
        pen = QPen(colour, 2.5)
        if number >= len(LINE_COLOURS):
            pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        dotted = QPen(colour, 2.0)
        dotted.setStyle(Qt.PenStyle.DotLine)
        so_far.setPen(dotted)
        for series in (line, so_far):
            series.setPointsVisible(True)
            series.setMarkerSize(5)
            self.chart().addSeries(series)
            series.attachAxis(self.time_axis)
            series.attachAxis(self.count_axis)
        for marker in self.chart().legend().markers(so_far):
            marker.setVisible(False)  # one entry per door in the legend
        self.lines[door.key] = line
        self.so_far[door.key] = so_far
        return line

    def _fit_axes(self, attendance: Attendance) -> None:
        steps = attendance.steps
        last = steps[-1] if steps else step_of(attendance.now)
        first = steps[0] if steps else last
        first = min(first, last - STEP * (MIN_STEPS - 1))
        start, end, ticks = time_ticks(first, last)
        self.time_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_ms(start))),
                                QDateTime.fromMSecsSinceEpoch(int(_ms(end))))
        self.time_axis.setTickCount(ticks)
        peak = max((door.peak for door in attendance.doors), default=0)
        top, count_ticks = nice_top(peak + 1)  # the highest dot is never cut by the frame
        self.count_axis.setRange(0, top)
        self.count_axis.setTickCount(count_ticks)
        dots = len(steps) <= DOTS_UP_TO
        for line in (*self.lines.values(), *self.so_far.values()):
            line.setPointsVisible(dots)

    def points(self, key: str) -> list[tuple[datetime, int]]:
        """The line of door ``key`` as (step start, admissions), the step under way
        included: what the chart draws."""
        if key not in self.lines:
            return []
        drawn = {p.x(): p.y() for p in (*self.lines[key].points(), *self.so_far[key].points())}
        return [(datetime.fromtimestamp(x / 1000, UTC), round(y)) for x, y in sorted(drawn.items())]


class DenialsChart(QChartView):
    """Scans turned away, one bar per reason, the most frequent on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = _chart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setObjectName("denialsChart")
        self.setMinimumHeight(150)
        chart.legend().hide()
        self.bars = QBarSet(translate("insights", "Denied"))
        self.bars.setColor(QColor(Colour.RED_700))
        self.bars.setBorderColor(QColor(Colour.RED_700))
        self.bars.setLabelColor(QColor(Colour.GREY_900))
        self.bars.setLabelFont(_font(12))
        self.series = QHorizontalBarSeries()
        self.series.append(self.bars)
        self.series.setBarWidth(0.6)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(self.series)
        self.reason_axis = QBarCategoryAxis()
        self.reason_axis.setLabelsFont(_font(12))
        self.reason_axis.setGridLineVisible(False)
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setLabelsFont(_font(12))
        chart.addAxis(self.reason_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.reason_axis)
        self.series.attachAxis(self.count_axis)

    def show_denied(self, denied: dict[str, int]) -> None:
        # The category axis draws its first category at the bottom: the largest goes last.
        ranked = sorted(denied.items(), key=lambda item: (item[1], item[0]))
        words = [reason_words(reason) for reason, _ in ranked] or [""]
        counts = [float(count) for _, count in ranked] or [0.0]
        if words == self.reason_axis.categories():
            for k, count in enumerate(counts):  # the same reasons: new lengths only
                if self.bars.at(k) != count:
                    self.bars.replace(k, count)
        else:
            self.reason_axis.clear()
            self.reason_axis.append(words)
            if self.bars.count():
                self.bars.remove(0, self.bars.count())
            self.bars.append(counts)
        top, ticks = nice_top(max((c for _, c in ranked), default=0) * 1.15)
        self.count_axis.setRange(0, top)
        self.count_axis.setTickCount(ticks)

    def counts(self) -> dict[str, int]:
        """What the bars show: reason words -> count."""
        labels = self.reason_axis.categories()
        return {labels[k]: round(self.bars.at(k)) for k in range(self.bars.count())
                if labels[k]}


def reason_words(reason: str) -> str:
    """A denial reason as the chart labels it: "wrong event" -> "Wrong event"."""
    reason = reason.strip()
    # The reasons the Door records are its own words ("verdicts"); one it does not
    # know is shown as it was recorded.
    reason = translate("verdicts", reason) if reason \
        else translate("insights", "no reason given")
    return reason[:1].upper() + reason[1:]


class InsideGauge(QWidget):
    """Inside now as an arc filling towards capacity; with no capacity, the count alone.

    The arc turns amber from ``WARN_FROM`` of capacity and red at capacity.
    """

    WARN_FROM = 0.9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insideGauge")
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.inside = 0
        self.capacity: int | None = None
        self.stale = False

    def set_inside(self, inside: int, capacity: int | None) -> None:
        # A PostgreSQL sum comes as a Decimal: a count is a whole number.
        self.inside, self.capacity = int(inside), None if capacity is None else int(capacity)
        self.setAccessibleName(self.words())
        self.setToolTip(self.words())
        self.update()

    def set_stale(self, stale: bool) -> None:
        self.stale = stale
        self.update()

    def words(self) -> str:
        if self.capacity:
            return translate("insights", "%Ln inside of {capacity}", None, self.inside).format(
                capacity=formats.number(self.capacity))
        return translate("insights", "%Ln inside (no capacity set for this desk's event)",
                         None, self.inside)

    def fill(self) -> float:
        return min(1.0, self.inside / self.capacity) if self.capacity else 0.0

    def tone(self) -> str:
        if not self.capacity:
            return Colour.GREY_700
        if self.inside >= self.capacity:
            return Colour.RED_700
        return Colour.AMBER_700 if self.inside >= self.WARN_FROM * self.capacity \
            else Colour.GREEN_700

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        thickness = max(10.0, side * 0.09)
        ring = QRectF((self.width() - side) / 2 + thickness / 2,
                      (self.height() - side) / 2 + thickness / 2,
                      side - thickness, side - thickness)
        track = QPen(QColor(Colour.GREY_200), thickness, Qt.PenStyle.SolidLine,
                     Qt.PenCapStyle.FlatCap)
        painter.setPen(track)
        # A gauge of 270 degrees, open at the bottom: from 225 degrees clockwise.
        painter.drawArc(ring, 225 * 16, -270 * 16)
        colour = QColor(Colour.GREY_400 if self.stale else self.tone())
        if self.capacity:
            painter.setPen(QPen(colour, thickness, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.FlatCap))
            painter.drawArc(ring, 225 * 16, -round(270 * 16 * self.fill()))
        number = QFont(self.font())
        number.setPixelSize(max(18, int(side * 0.2)))
        number.setWeight(QFont.Weight.Bold)
        painter.setFont(number)
        painter.setPen(QColor(Colour.GREY_400 if self.stale else Colour.GREY_900))
        middle = QRectF(ring)
        middle.setHeight(ring.height() * 0.62)
        painter.drawText(middle, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         formats.number(self.inside))
        caption = QFont(self.font())
        caption.setPixelSize(max(11, int(side * 0.065)))
        painter.setFont(caption)
        painter.setPen(QColor(Colour.SLATE))
        below = QRectF(ring.left(), middle.bottom() + 2, ring.width(), ring.height() * 0.3)
        if self.capacity:
            words = translate("insights", "inside of {capacity}\n{percent} full").format(
                capacity=formats.number(self.capacity),
                percent=QLocale().toString(round(self.fill() * 100)) + QLocale().percent())
        else:
            words = translate("insights", "inside\nno capacity set")
        painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, words)
        painter.end()


def _font(pixels: int) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    return font
