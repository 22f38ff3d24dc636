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

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from passdesk.core.insights import ADMITTING, STEP, Attendance, DoorLine
from passdesk.core.loyalty import format_points
from passdesk.files import replacing
from passdesk.gui.insights.report_chart import admissions_chart
from passdesk.gui.widgets.palette import Colour, qss

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
#: Headline figures in a row.
COLUMNS = 4

_STYLE = qss("""
body { font-family: 'DejaVu Sans', 'Sans Serif'; font-size: 9pt; color: $grey_900; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 16pt; margin-bottom: 5pt; }
p.meta { color: $grey_600; margin-top: 0; }
p.note { color: $grey_600; font-size: 8pt; }
table.grid { border-color: $grey_400; border-style: solid; }
table.grid th { background-color: $grey_200; text-align: left; font-weight: bold; }
td.n, th.n { text-align: right; }
span.figure { font-size: 13pt; font-weight: bold; }
span.label { color: $grey_600; }
table.grid { border-collapse: collapse; }
p.gap { font-size: 4pt; margin: 0; }
""")


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
            painter.setPen(QColor(Colour.GREY_600))
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
