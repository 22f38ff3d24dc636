"""The report's admissions chart, painted to an image on white paper.

One line per door over the 5-minute steps, in the door colours of the Insights
pane (``charts.LINE_COLOURS``), with its y axis rounded as the pane rounds it
(``charts.nice_top``). QtGui only, so the headless report can draw it.

    image = admissions_chart(attendance, tz)
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from passdesk.core.insights import Attendance, DoorLine
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.insights.charts import LINE_COLOURS, nice_top
from passdesk.gui.widgets.palette import Colour

#: The drawn chart, in image pixels (about 300 dpi at the report's body width).
CHART_SIZE = QSize(1920, 960)
#: Label every n-th step, the fewest n that leave about eight times under the chart.
LABEL_EVERY = (1, 2, 3, 6, 12, 24, 36, 48, 72, 144, 288)
#: The chart's inks on white: words, axis and ticks, grid lines.
TEXT, AXIS_TEXT, AXIS, GRID = Colour.GREY_900, Colour.GREY_700, Colour.GREY_600, Colour.GREY_300


def admissions_chart(attendance: Attendance, tz: tzinfo, size: QSize = CHART_SIZE) -> QImage:
    """Admissions in each 5-minute step, one line per door, on white: the report's
    chart when the pane gives none (the headless report)."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(Colour.WHITE))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_chart(painter, QRectF(0, 0, size.width(), size.height()), attendance, tz)
    finally:
        painter.end()
    return image


def _label_every(steps: int) -> int:
    """Label every n-th step so that about eight times fit under the chart."""
    for every in LABEL_EVERY:
        if steps / every <= 9:
            return every
    return -(-steps // 9)


def _clock(moment: datetime, tz: tzinfo) -> str:
    local = moment.astimezone(tz)  # 24 hours, as the report's times
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def _draw_chart(p: QPainter, box: QRectF, a: Attendance, tz: tzinfo) -> None:
    unit = box.width() / 100  # one hundredth of the width: sizes scale with the image
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(unit * 1.9))
    p.setFont(font)
    metrics = QFontMetricsF(font)
    line_height = metrics.height()
    if not a.steps:
        p.setPen(QColor(AXIS))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter,
                   translate("reports", "No scans in this period."))
        return
    top_value, ticks = nice_top(max((d.peak for d in a.doors), default=0) or 1)
    gap = top_value // (ticks - 1)
    legend_rows = _legend_rows(a.doors, box.width() - 2 * unit, metrics, unit)
    legend_height = len(legend_rows) * line_height * 1.3
    label_width = metrics.horizontalAdvance(formats.number(top_value)) + unit
    plot = QRectF(box.left() + label_width + unit, box.top() + legend_height + unit,
                  box.width() - label_width - 3 * unit,
                  box.height() - legend_height - 2.5 * line_height - 2 * unit)
    # Grid and y labels.
    for value in range(0, top_value + 1, gap):
        y = plot.bottom() - plot.height() * value / top_value
        p.setPen(QPen(QColor(GRID if value else AXIS), unit * 0.12))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor(AXIS_TEXT))
        p.drawText(QRectF(box.left(), y - line_height / 2, label_width, line_height),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   formats.number(value))
    count = len(a.steps)

    def x_of(k: int) -> float:
        return plot.left() + (plot.width() * (k + 0.5) / count)

    # Time labels on the x axis: local times, at round minutes where they fall.
    every = _label_every(count)
    labelled = [k for k, s in enumerate(a.steps)
                if (s.astimezone(tz).hour * 60 + s.astimezone(tz).minute) % (every * 5) == 0]
    for k in labelled or [0]:
        x = x_of(k)
        p.setPen(QPen(QColor(AXIS), unit * 0.12))
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + unit * 0.6))
        p.setPen(QColor(AXIS_TEXT))
        p.drawText(QRectF(x - 4 * unit, plot.bottom() + unit * 0.8, 8 * unit, line_height),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                   _clock(a.steps[k], tz))
    zone = a.steps[0].astimezone(tz).strftime("%Z")
    p.setPen(QColor(AXIS_TEXT))
    p.drawText(QRectF(plot.left(), plot.bottom() + unit + line_height, plot.width(),
                      line_height * 1.2), Qt.AlignmentFlag.AlignHCenter,
               translate("reports", "5-minute steps ({zone}); admissions per step").format(
                   zone=zone) if zone
               else translate("reports", "5-minute steps; admissions per step"))
    # One line per door.
    for number, door in enumerate(a.doors):
        p.setPen(_door_pen(number, unit))
        path = QPainterPath()
        for k, admissions in enumerate(door.per_step):
            point = QPointF(x_of(k), plot.bottom() - plot.height() * admissions / top_value)
            if k == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        p.drawPath(path)
        if count == 1:
            p.drawEllipse(path.currentPosition(), unit * 0.4, unit * 0.4)
    _draw_legend(p, box, legend_rows, metrics, unit)


def _door_pen(number: int, unit: float) -> QPen:
    """The pen of the ``number``-th door: its colour in the pane; past the colours, dashed."""
    pen = QPen(QColor(LINE_COLOURS[number % len(LINE_COLOURS)]), unit * 0.35)
    if number >= len(LINE_COLOURS):
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _legend_rows(doors: tuple[DoorLine, ...], width: float, metrics: QFontMetricsF,
                 unit: float) -> list[list[tuple[int, str, float]]]:
    """The doors' names in rows that fit ``width``: (number, name, item width)."""
    rows: list[list[tuple[int, str, float]]] = [[]]
    used = 0.0
    for number, door in enumerate(doors):
        name = metrics.elidedText(say(door.name), Qt.TextElideMode.ElideRight, width / 2)
        item = 4 * unit + metrics.horizontalAdvance(name) + 2 * unit
        if rows[-1] and used + item > width:
            rows.append([])
            used = 0.0
        rows[-1].append((number, name, item))
        used += item
    return rows if rows[0] else []


def _draw_legend(p: QPainter, box: QRectF, rows: list[list[tuple[int, str, float]]],
                 metrics: QFontMetricsF, unit: float) -> None:
    y = box.top() + unit * 0.5
    for row in rows:
        x = box.left() + unit
        for number, name, item in row:
            middle = y + metrics.height() / 2
            p.setPen(_door_pen(number, unit))
            p.drawLine(QPointF(x, middle), QPointF(x + 3 * unit, middle))
            p.setPen(QColor(TEXT))
            p.drawText(QRectF(x + 4 * unit, y, item - 4 * unit, metrics.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += item
        y += metrics.height() * 1.3
