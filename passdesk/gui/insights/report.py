"""The report of an event or a day, as a PDF for the organiser's records.

The figures of one ``Attendance``: headline numbers, denials by reason, one row
per door, the offline conflicts, and the admissions-over-time chart. QtGui only
(a ``QTextDocument`` printed with ``QPdfWriter``), so it runs headless under a
``QGuiApplication`` on the offscreen platform: ``passdesk report`` writes the same
file as the Insights pane's "Save PDF".

    write_pdf(path, attendance, title="Spring Gala", generated_at=now, tz=zone)

Times are in ``tz``, as people write them ("Sat 7 Dec 2026, 20:15"). The file
is written whole or not at all (``passdesk.files.replacing``); a place that
takes no file raises ``ReportNotWritten`` (an ``OSError``) saying why.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from passdesk.core.insights import ADMITTING, STEP, Attendance, DoorLine
from passdesk.core.loyalty import format_points
from passdesk.files import replacing

if TYPE_CHECKING:
    from passdesk.core.loyalty_insights import LoyaltyInsights

#: Dots per inch of the PDF's page (the chart's pixels are drawn to suit it).
DPI = 300
#: The page's margins (left, top, right, bottom) in millimetres, and the footer's
#: height inside the bottom one.
MARGINS_MM = (18, 15, 18, 10)
FOOTER_MM = 10
#: A heading with less than this under it on its page (millimetres) starts the next.
KEEP_WITH_HEADING_MM = 45
#: The chart's width on the page, in the document's pixels (1/96 inch): the body's width.
CHART_WIDTH = int((210 - MARGINS_MM[0] - MARGINS_MM[2]) / 25.4 * 96)
#: The drawn chart, in image pixels (about 300 dpi at ``CHART_WIDTH``).
CHART_SIZE = QSize(1920, 960)
#: Headline figures in a row.
COLUMNS = 4
#: One colour per door line, in order; more doors than colours repeat them dashed.
LINE_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#17becf",
                "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22")

_STYLE = """
body { font-family: 'DejaVu Sans', 'Sans Serif'; font-size: 9pt; color: #222; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 16pt; margin-bottom: 5pt; }
p.meta { color: #555; margin-top: 0; }
p.note { color: #555; font-size: 8pt; }
table.grid { border-color: #999; border-style: solid; }
table.grid th { background-color: #eeeeee; text-align: left; font-weight: bold; }
td.n, th.n { text-align: right; }
span.figure { font-size: 13pt; font-weight: bold; }
span.label { color: #555; }
table.grid { border-collapse: collapse; }
p.gap { font-size: 4pt; margin: 0; }
"""


class ReportNotWritten(OSError):
    """The PDF could not be written where asked; the words say where and why."""


def write_pdf(path: str | os.PathLike[str], attendance: Attendance, *, title: str,
              charts: list[QImage] | None = None, generated_at: datetime,
              tz: tzinfo, loyalty: LoyaltyInsights | None = None) -> None:
    """Write the report of ``attendance`` to ``path`` (A4, portrait).

    ``charts``: images of the pane's charts, shown in order; None (the headless
    report) draws the admissions chart here. ``loyalty``: the same period's loyalty
    figures (a day's report), shown last. Needs a ``QGuiApplication``.
    """
    if charts is None:
        charts = [admissions_chart(attendance, tz)] if attendance.steps else []
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setDocumentMargin(0)
    names = []
    for number, image in enumerate(charts):
        name = f"chart-{number}.png"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        names.append((name, image.height() / max(1, image.width())))
    document.setHtml(report_html(attendance, title=title, generated_at=generated_at, tz=tz,
                                 charts=names, loyalty=loyalty))
    footer = f"{title} · generated {when(generated_at, tz)}"
    try:
        with replacing(path) as part:
            writer = QPdfWriter(str(part))
            writer.setResolution(DPI)
            writer.setTitle(title)
            writer.setCreator("passdesk")
            writer.setPageLayout(QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter))
            _print(document, writer, footer)
            del writer  # the file is finished when the writer goes
            if part.stat().st_size == 0:
                raise OSError("nothing was written")
    except OSError as exc:
        raise ReportNotWritten(f"Could not write the report to {path}: "
                               f"{exc.strerror or exc}") from exc


def _print(document: QTextDocument, writer: QPdfWriter, footer: str) -> None:
    """Lay ``document`` out in pages of the writer's size less a footer line, keep each
    heading with what follows it, and paint the pages with "page n of N" under each."""
    mm = DPI / 25.4
    footer_height = FOOTER_MM * mm
    page = QSizeF(writer.width(), writer.height() - footer_height)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(page)
    _keep_headings_with_next(document, page.height(), KEEP_WITH_HEADING_MM * mm)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    try:
        small = QFont("DejaVu Sans", 7)
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            document.drawContents(painter, QRectF(0, number * page.height(), page.width(),
                                                  page.height()))
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#666"))
            line = QRectF(0, page.height() + footer_height / 2, page.width(), footer_height / 2)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             footer)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             f"page {number + 1} of {pages}")
    finally:
        painter.end()


def _keep_headings_with_next(document: QTextDocument, page_height: float,
                             room: float) -> None:
    """A heading with less than ``room`` left under it on its page starts the next one."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            top = layout.blockBoundingRect(block).top()
            left_on_page = page_height - top % page_height
            if left_on_page < room and top % page_height > 0:
                form = block.blockFormat()
                form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(form)
        block = block.next()


# --- the words --------------------------------------------------------------------------

def when(moment: datetime, tz: tzinfo) -> str:
    """A moment as people write it: "Sat 7 Dec 2026, 20:15 CET"."""
    local = moment.astimezone(tz)
    zone = local.strftime("%Z")
    return f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M}" + (f" {zone}" if zone else "")


def clock(moment: datetime, tz: tzinfo) -> str:
    """The time of day: "20:15"."""
    return f"{moment.astimezone(tz):%H:%M}"


def report_html(attendance: Attendance, *, title: str, generated_at: datetime, tz: tzinfo,
                charts: list[tuple[str, float]] = (),
                loyalty: LoyaltyInsights | None = None) -> str:
    """The report as the HTML ``QTextDocument`` lays out; ``charts``: (resource name,
    height / width) of each chart image."""
    a = attendance
    parts = [f"<h1>{escape(title)}</h1>",
             f"<p class='meta'>{escape(_scope_words(a))} · figures as of "
             f"{escape(when(a.now, tz))} · generated {escape(when(generated_at, tz))}</p>",
             "<h2>At a glance</h2>", _headline(a, tz)]
    parts.append("<h2>Admissions every 5 minutes, per door</h2>")
    if not a.steps:
        parts.append("<p>No admissions in this period.</p>")
    else:
        for name, ratio in charts:
            height = round(CHART_WIDTH * ratio)
            parts.append(f"<p><img src='{name}' width='{CHART_WIDTH}' height='{height}'></p>")
    parts += ["<h2>Doors</h2>", _doors(a, tz), "<h2>Turned away</h2>", _denials(a),
              f"<h2>Offline conflicts ({conflict_total(a):,})</h2>", _conflicts(a, tz)]
    if loyalty is not None:
        parts += ["<h2>Loyalty</h2>", _loyalty(loyalty)]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def conflict_total(a: Attendance) -> int:
    """How many passes are in conflict (the list may stop before the count)."""
    return max(a.conflict_count, len(a.conflicts))


def _scope_words(a: Attendance) -> str:
    if a.scope.event_id is not None:
        return f"Event {a.scope.event_id}"
    day = a.scope.day
    return f"Every event on {day:%a} {day.day} {day:%b %Y}" if day else "Every event of the day"


def _headline(a: Attendance, tz: tzinfo) -> str:
    inside = "Inside now" + (f", {a.inside / a.capacity:.0%} of capacity" if a.capacity else "")
    peak, peak_at = a.peak
    busiest = ("Busiest 5 minutes" if peak_at is None else
               f"Busiest 5 minutes, {clock(peak_at, tz)}\u2013{clock(peak_at + STEP, tz)}")
    figures = [("Admitted", f"{a.admitted:,}"), (inside, f"{a.inside:,}"),
               ("Re-entries", f"{a.re_entries:,}"), ("Exits", f"{a.exits:,}"),
               ("Turned away", f"{a.denied_total:,}"),
               ("Holds waiting", f"{a.holds_waiting:,}"), ("Undone", f"{a.undone:,}"),
               (busiest, f"{peak:,}"), ("Admissions a minute now", f"{a.rate_now:.1f}"),
               ("Offline conflicts", f"{conflict_total(a):,}")]
    if a.capacity:
        figures.insert(2, ("Capacity", f"{a.capacity:,}"))
    if a.tickets is not None:
        figures += [("Tickets", f"{a.tickets:,}"), ("Passes admitted", f"{a.passes_admitted:,}"),
                    ("No-shows", f"{a.no_shows or 0:,}")]
    return _grid(figures)


def _grid(figures: list[tuple[str, str]]) -> str:
    """(label, value) pairs, ``COLUMNS`` to a row, each value big over its label."""
    rows = []
    for start in range(0, len(figures), COLUMNS):
        row = figures[start:start + COLUMNS]
        row += [("", "")] * (COLUMNS - len(row))
        rows.append("<tr>" + "".join(
            f"<td width='25%'><span class='figure'>{escape(value)}</span><br>"
            f"<span class='label'>{escape(label)}</span></td>" for label, value in row)
            + "</tr>")
    return "<table width='100%' cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"


def _table(head: list[str], rows: list[list[str]], numeric: set[int],
           widths: tuple[int, ...] = ()) -> str:
    """A bordered table; ``rows`` hold HTML already escaped; ``numeric``: columns
    aligned right; ``widths``: the columns' shares of the width, in per cent."""

    def cells(tag: str, values: list[str]) -> str:
        return "".join(f"<{tag}{' class=n' if k in numeric else ''}"
                       f"{_width(widths[k]) if k < len(widths) else ''}>{v}</{tag}>"
                       for k, v in enumerate(values))

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return ("<table class='grid' width='100%' border='1' cellspacing='0' cellpadding='4'>"
            f"<thead><tr>{cells('th', [escape(h) for h in head])}</tr></thead>{body}</table>"
            "<p class='gap'>&nbsp;</p>")


def _width(share: int) -> str:
    return f" width='{share}%'"


def _doors(a: Attendance, tz: tzinfo) -> str:
    if not a.doors:
        return "<p>No door has scanned.</p>"
    rows = [[escape(d.name), f"{d.admitted:,}", f"{d.peak:,}", f"{d.rate_now:.1f}",
             escape(_last_scan(d, a, tz)), escape(_quiet(d, a))] for d in a.doors]
    return _table(["Door", "Admitted", "Peak / 5 min", "Now / min", "Last scan", "Status"],
                  rows, {1, 2, 3}, (25, 12, 16, 12, 13, 22))


def _last_scan(door: DoorLine, a: Attendance, tz: tzinfo) -> str:
    if door.last_scan_at is None:
        return "never"
    same_day = door.last_scan_at.astimezone(tz).date() == a.now.astimezone(tz).date()
    return clock(door.last_scan_at, tz) if same_day else when(door.last_scan_at, tz)


def _quiet(door: DoorLine, a: Attendance) -> str:
    quiet = door.silent_for(a.now)
    if quiet is None:
        return "no scans"
    if not door.is_silent(a.now):
        return "scanning"
    minutes = int(quiet.total_seconds() // 60)
    return (f"silent for {minutes} min" if minutes < 120
            else f"silent for {minutes // 60} h {minutes % 60:02d} min")


def _denials(a: Attendance) -> str:
    if not a.denied:
        return "<p>No one was turned away.</p>"
    rows = [[escape(reason), f"{count:,}", f"{count / a.denied_total:.0%}"]
            for reason, count in sorted(a.denied.items(), key=lambda kv: (-kv[1], kv[0]))]
    rows.append(["<b>All reasons</b>", f"<b>{a.denied_total:,}</b>", ""])
    return _table(["Reason", "Scans", "Share"], rows, {1, 2}, (60, 20, 20))


def _conflicts(a: Attendance, tz: tzinfo) -> str:
    if not a.conflicts:
        return "<p>No pass was let in twice while desks could not see each other.</p>"
    rows = []
    for conflict in a.conflicts:
        scans = "<br>".join(
            f"{escape(clock(s.at, tz))} {'in' if s.verdict in ADMITTING else 'out'} at "
            f"{escape(s.door)}" for s in conflict.scans)
        which = escape(conflict.pass_id)
        if a.scope.day is not None and conflict.event_id:  # a day holds many events
            which += f"<br><span class='label'>event {escape(conflict.event_id)}</span>"
        rows.append([which, escape(conflict.holder or "\u2014"), scans])
    note = ("<p class='note'>Each pass here was let in more often than it left: desks or "
            "readers that could not see each other each admitted it.")
    if conflict_total(a) > len(a.conflicts):
        note += f" The first {len(a.conflicts):,} of {conflict_total(a):,} are listed."
    note += "</p>"
    return note + _table(["Pass", "Holder", "Scans (in / out, time and door)"], rows, set(),
                         (25, 30, 45))


def _loyalty(figures: LoyaltyInsights) -> str:
    kind = figures.balance_type

    def points(value: int) -> str:
        return escape(format_points(value, kind))

    totals = figures.totals
    head = _grid([("Points issued", format_points(totals.issued, kind)),
                  ("Points redeemed", format_points(totals.redeemed, kind)),
                  ("Operations", f"{totals.operations:,}"),
                  ("Active cardholders", f"{figures.active_cardholders:,}"),
                  ("Rewards reached", f"{figures.rewards_reached:,}"),
                  ("Changes waiting", f"{figures.waiting:,}"),
                  ("Under review", f"{figures.under_review:,}")])
    if not figures.per_desk:
        return head + "<p>No loyalty operation in this period.</p>"
    rows = []
    for desk in figures.per_desk:
        rows.append([f"<b>{escape(desk.desk)}</b>", "whole day", f"<b>{desk.operations:,}</b>",
                     f"<b>{points(desk.issued)}</b>", f"<b>{points(desk.redeemed)}</b>"])
        rows += [["", escape(shift.shift or ""), f"{shift.operations:,}", points(shift.issued),
                  points(shift.redeemed)]
                 for shift in figures.per_shift if shift.desk == desk.desk]
    return head + "<p class='gap'>&nbsp;</p>" + _table(
        ["Desk", "Part of the day", "Operations", "Issued", "Redeemed"], rows, {2, 3, 4},
        (30, 22, 16, 16, 16))


# --- the chart --------------------------------------------------------------------------

def admissions_chart(attendance: Attendance, tz: tzinfo, size: QSize = CHART_SIZE) -> QImage:
    """Admissions in each 5-minute step, one line per door, on white: the report's
    chart when the pane gives none (the headless report)."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_chart(painter, QRectF(0, 0, size.width(), size.height()), attendance, tz)
    finally:
        painter.end()
    return image


def _nice_top(value: int) -> tuple[int, int]:
    """A round top for the y axis at or above ``value``, and the gap between its lines."""
    for gap in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        if value <= gap * 5:
            return max(gap, -(-value // gap) * gap), gap
    gap = 10 ** len(str(value // 5))
    return -(-value // gap) * gap, gap


def _label_every(steps: int) -> int:
    """Label every n-th step so that about eight times fit under the chart."""
    for every in (1, 2, 3, 6, 12, 24, 36, 48, 72, 144, 288):
        if steps / every <= 9:
            return every
    return -(-steps // 9)


def _draw_chart(p: QPainter, box: QRectF, a: Attendance, tz: tzinfo) -> None:
    unit = box.width() / 100  # one hundredth of the width: sizes scale with the image
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(unit * 1.9))
    p.setFont(font)
    metrics = QFontMetricsF(font)
    line_height = metrics.height()
    if not a.steps:
        p.setPen(QColor("#555"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, "No scans in this period.")
        return
    top_value, gap = _nice_top(max((d.peak for d in a.doors), default=0) or 1)
    legend_rows = _legend_rows(a.doors, box.width() - 2 * unit, metrics, unit)
    legend_height = len(legend_rows) * line_height * 1.3
    label_width = metrics.horizontalAdvance(f"{top_value:,}") + unit
    plot = QRectF(box.left() + label_width + unit, box.top() + legend_height + unit,
                  box.width() - label_width - 3 * unit,
                  box.height() - legend_height - 2.5 * line_height - 2 * unit)
    # Grid and y labels.
    for value in range(0, top_value + 1, gap):
        y = plot.bottom() - plot.height() * value / top_value
        p.setPen(QPen(QColor("#dddddd" if value else "#555555"), unit * 0.12))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor("#444"))
        p.drawText(QRectF(box.left(), y - line_height / 2, label_width, line_height),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:,}")
    count = len(a.steps)

    def x_of(k: int) -> float:
        return plot.left() + (plot.width() * (k + 0.5) / count)

    # Time labels on the x axis: local times, at round minutes where they fall.
    every = _label_every(count)
    p.setPen(QColor("#444"))
    labelled = [k for k, s in enumerate(a.steps)
                if (s.astimezone(tz).hour * 60 + s.astimezone(tz).minute) % (every * 5) == 0]
    for k in labelled or [0]:
        x = x_of(k)
        p.setPen(QPen(QColor("#555555"), unit * 0.12))
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + unit * 0.6))
        p.setPen(QColor("#444"))
        p.drawText(QRectF(x - 4 * unit, plot.bottom() + unit * 0.8, 8 * unit, line_height),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                   clock(a.steps[k], tz))
    zone = a.steps[0].astimezone(tz).strftime("%Z")
    p.drawText(QRectF(plot.left(), plot.bottom() + unit + line_height, plot.width(),
                      line_height * 1.2), Qt.AlignmentFlag.AlignHCenter,
               f"5-minute steps{f' ({zone})' if zone else ''}; admissions per step")
    # One line per door.
    for number, door in enumerate(a.doors):
        pen = _door_pen(number, unit)
        p.setPen(pen)
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
        name = metrics.elidedText(door.name, Qt.TextElideMode.ElideRight, width / 2)
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
            p.setPen(QColor("#222"))
            p.drawText(QRectF(x + 4 * unit, y, item - 4 * unit, metrics.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += item
        y += metrics.height() * 1.3
