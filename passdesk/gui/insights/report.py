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

import html
import os
import re
from datetime import date, datetime, tzinfo
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QMarginsF, QRectF, QSizeF, Qt, QTime, QUrl
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
from passdesk.core.loyalty_insights import NO_DESK
from passdesk.files import replacing
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.insights.points import points
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
    footer = translate("reports", "{title} · generated {when}").format(
        title=title, when=when(generated_at, tz))
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
        raise ReportNotWritten(translate("reports", "Could not write the report to {path}: "
                                                    "{why}").format(
            path=path, why=exc.strerror or exc)) from exc


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
                             translate("reports", "page {page} of {pages}").format(
                                 page=formats.number(number + 1), pages=formats.number(pages)))
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

def number(value: int) -> str:
    return formats.number(value)


def one_place(value: float) -> str:
    """A rate with one decimal place, as the locale writes it: "4.8", "4,8"."""
    return QLocale().toString(float(value), "f", 1)


def percent(share: float) -> str:
    """A share as a whole per cent, as the locale writes it: "70%", "70 %"."""
    return translate("reports", "{number}%", "a percentage").format(
        number=formats.number(round(share * 100)))


def day_words(day: date) -> str:
    """A day as people write it: "Sat 7 Dec 2026" (the locale's names, the words'
    order the translator's)."""
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    qdate = QDate(day.year, day.month, day.day)
    return translate("reports", "{weekday} {day} {month} {year}", "a date").format(
        weekday=locale.dayName(day.isoweekday(), short), day=locale.toString(qdate, "d"),
        month=locale.monthName(day.month, short), year=locale.toString(qdate, "yyyy"))


def when(moment: datetime, tz: tzinfo) -> str:
    """A moment as people write it: "Sat 7 Dec 2026, 20:15 CET"."""
    local = moment.astimezone(tz)
    zone = local.strftime("%Z")
    if zone:
        return translate("reports", "{day}, {time} {zone}", "a moment in a time zone").format(
            day=day_words(local.date()), time=clock(moment, tz), zone=zone)
    return translate("reports", "{day}, {time}", "a moment").format(
        day=day_words(local.date()), time=clock(moment, tz))


def clock(moment: datetime, tz: tzinfo) -> str:
    """The time of day: "20:15"."""
    local = moment.astimezone(tz)  # 24 hours, as an organiser's records read
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def report_html(attendance: Attendance, *, title: str, generated_at: datetime, tz: tzinfo,
                charts: list[tuple[str, float]] = (),
                loyalty: LoyaltyInsights | None = None) -> str:
    """The report as the HTML ``QTextDocument`` lays out; ``charts``: (resource name,
    height / width) of each chart image."""
    a = attendance
    meta = translate("reports", "{scope} · figures as of {when} · generated {generated}").format(
        scope=_scope_words(a), when=when(a.now, tz), generated=when(generated_at, tz))
    parts = [f"<h1>{escape(title)}</h1>",
             f"<p class='meta'>{escape(meta)}</p>",
             _h2(translate("reports", "At a glance")), _headline(a, tz)]
    parts.append(_h2(translate("reports", "Admissions every 5 minutes, per door")))
    if not a.steps:
        parts.append(_p(translate("reports", "No admissions in this period.")))
    else:
        for name, ratio in charts:
            height = round(CHART_WIDTH * ratio)
            parts.append(f"<p><img src='{name}' width='{CHART_WIDTH}' height='{height}'></p>")
    parts += [_h2(translate("reports", "Doors")), _doors(a, tz),
              _h2(translate("reports", "Turned away")), _denials(a),
              _h2(translate("reports", "Offline conflicts ({count})").format(
                  count=number(conflict_total(a)))), _conflicts(a, tz)]
    if loyalty is not None:
        parts += [_h2(translate("reports", "Loyalty")), _loyalty(loyalty)]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _h2(words: str) -> str:
    return f"<h2>{escape(words)}</h2>"


def _p(words: str) -> str:
    return f"<p>{escape(words)}</p>"


def conflict_total(a: Attendance) -> int:
    """How many passes are in conflict (the list may stop before the count)."""
    return max(a.conflict_count, len(a.conflicts))


def _scope_words(a: Attendance) -> str:
    if a.scope.event_id is not None:
        return translate("reports", "Event {event}").format(event=a.scope.event_id)
    day = a.scope.day
    if day:
        return translate("reports", "Every event on {day}").format(day=day_words(day))
    return translate("reports", "Every event of the day")


def _headline(a: Attendance, tz: tzinfo) -> str:
    inside = translate("reports", "Inside now, {share} of capacity").format(
        share=percent(a.inside / a.capacity)) if a.capacity \
        else translate("reports", "Inside now")
    peak, peak_at = a.peak
    busiest = translate("reports", "Busiest 5 minutes") if peak_at is None else translate(
        "reports", "Busiest 5 minutes, {start}\u2013{end}").format(
        start=clock(peak_at, tz), end=clock(peak_at + STEP, tz))
    figures = [(translate("reports", "Admitted"), number(a.admitted)), (inside, number(a.inside)),
               (translate("reports", "Re-entries"), number(a.re_entries)),
               (translate("reports", "Exits"), number(a.exits)),
               (translate("reports", "Turned away"), number(a.denied_total)),
               (translate("reports", "Holds waiting"), number(a.holds_waiting)),
               (translate("reports", "Undone"), number(a.undone)),
               (busiest, number(peak)),
               (translate("reports", "Admissions a minute now"), one_place(a.rate_now)),
               (translate("reports", "Offline conflicts"), number(conflict_total(a)))]
    if a.capacity:
        figures.insert(2, (translate("reports", "Capacity"), number(a.capacity)))
    if a.tickets is not None:
        figures += [(translate("reports", "Tickets"), number(a.tickets)),
                    (translate("reports", "Passes admitted"), number(a.passes_admitted)),
                    (translate("reports", "No-shows"), number(a.no_shows or 0))]
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
           widths: tuple[int, ...] | None = ()) -> str:
    """A bordered table; ``rows`` hold HTML already escaped; ``numeric``: columns
    aligned right; ``widths``: the columns' shares of the width, in per cent (None:
    shared by what the columns hold, in the installed language)."""
    if widths is None:
        widths = _shares(head, rows)

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


def _shares(head: list[str], rows: list[list[str]], *, wrap_at: int = 18) -> tuple[int, ...]:
    """Each column's share of the width by what it holds: its header's longest word
    (a word is never broken: German's "Eingelassen" needs its room), half its header
    and its longest cell, a cell of words wrapping at ``wrap_at`` characters."""
    def longest_word(text: str) -> int:
        return max((len(word) for word in text.split()), default=1)

    needs = []
    for k, title in enumerate(head):
        cells = [html.unescape(re.sub(r"<[^>]+>", "", row[k])) for row in rows if k < len(row)]
        cell = max((min(len(c), max(wrap_at, longest_word(c))) for c in cells), default=1)
        # Bold headers are wider; a header takes two lines at most.
        needs.append(max(longest_word(title) * 1.15, len(title) * 0.6, cell, 4))
    total = sum(needs)
    return tuple(max(1, round(100 * need / total)) for need in needs)


def _doors(a: Attendance, tz: tzinfo) -> str:
    if not a.doors:
        return _p(translate("reports", "No door has scanned."))
    rows = [[escape(say(d.name)), number(d.admitted), number(d.peak), one_place(d.rate_now),
             escape(_last_scan(d, a, tz)), escape(_quiet(d, a))] for d in a.doors]
    return _table([translate("reports", "Door"), translate("reports", "Admitted"),
                   translate("reports", "Peak / 5 min"), translate("reports", "Now / min"),
                   translate("reports", "Last scan"), translate("reports", "Status")],
                  rows, {1, 2, 3}, widths=None)


def _last_scan(door: DoorLine, a: Attendance, tz: tzinfo) -> str:
    if door.last_scan_at is None:
        return translate("reports", "never", "a door's last scan")
    same_day = door.last_scan_at.astimezone(tz).date() == a.now.astimezone(tz).date()
    return clock(door.last_scan_at, tz) if same_day else when(door.last_scan_at, tz)


def _quiet(door: DoorLine, a: Attendance) -> str:
    quiet = door.silent_for(a.now)
    if quiet is None:
        return translate("reports", "no scans", "a door's status")
    if not door.is_silent(a.now):
        return translate("reports", "scanning", "a door's status")
    minutes = int(quiet.total_seconds() // 60)
    if minutes < 120:
        return translate("reports", "silent for {minutes} min", "a door's status").format(
            minutes=number(minutes))
    return translate("reports", "silent for {hours} h {minutes} min", "a door's status").format(
        hours=number(minutes // 60), minutes=f"{minutes % 60:02d}")


def _reason(reason: str) -> str:
    """A denial reason as recorded (the Door's words, said in the installed language)."""
    return translate("verdicts", reason) if reason else reason


def _denials(a: Attendance) -> str:
    if not a.denied:
        return _p(translate("reports", "No one was turned away."))
    rows = [[escape(_reason(reason)), number(count), percent(count / a.denied_total)]
            for reason, count in sorted(a.denied.items(), key=lambda kv: (-kv[1], kv[0]))]
    rows.append([f"<b>{escape(translate('reports', 'All reasons'))}</b>",
                 f"<b>{number(a.denied_total)}</b>", ""])
    return _table([translate("reports", "Reason"), translate("reports", "Scans"),
                   translate("reports", "Share")], rows, {1, 2}, (60, 20, 20))


def _conflicts(a: Attendance, tz: tzinfo) -> str:
    if not a.conflicts:
        return _p(translate("reports", "No pass was let in twice while desks could not see "
                                       "each other."))
    rows = []
    for conflict in a.conflicts:
        scans = "<br>".join(escape(
            (translate("reports", "{time} in at {door}") if s.verdict in ADMITTING
             else translate("reports", "{time} out at {door}")).format(
                time=clock(s.at, tz), door=say(s.door))) for s in conflict.scans)
        which = escape(conflict.pass_id)
        if a.scope.day is not None and conflict.event_id:  # a day holds many events
            which += "<br><span class='label'>{}</span>".format(escape(translate(
                "reports", "event {event}").format(event=conflict.event_id)))
        rows.append([which, escape(conflict.holder or "\u2014"), scans])
    note = translate("reports", "Each pass here was let in more often than it left: desks or "
                                "readers that could not see each other each admitted it.")
    if conflict_total(a) > len(a.conflicts):
        note = translate("reports", "{note} The first {listed} of {count} are listed.").format(
            note=note, listed=number(len(a.conflicts)), count=number(conflict_total(a)))
    return f"<p class='note'>{escape(note)}</p>" + _table(
        [translate("reports", "Pass"), translate("reports", "Holder"),
         translate("reports", "Scans (in / out, time and door)")], rows, set(), (25, 30, 45))


def _part(name: str | None) -> str:
    """A part of the day (``DayPart.name``) as the report names it."""
    words = {"night": translate("reports", "night", "a part of the day"),
             "morning": translate("reports", "morning", "a part of the day"),
             "afternoon": translate("reports", "afternoon", "a part of the day"),
             "evening": translate("reports", "evening", "a part of the day")}
    return words.get(name or "", name or "")


def _loyalty(figures: LoyaltyInsights) -> str:
    kind = figures.balance_type

    def shown(value: int) -> str:
        return escape(points(value, kind))

    totals = figures.totals
    head = _grid([(translate("reports", "Points issued"), points(totals.issued, kind)),
                  (translate("reports", "Points redeemed"), points(totals.redeemed, kind)),
                  (translate("reports", "Operations"), number(totals.operations)),
                  (translate("reports", "Active cardholders"), number(figures.active_cardholders)),
                  (translate("reports", "Rewards reached"), number(figures.rewards_reached)),
                  (translate("reports", "Changes waiting"), number(figures.waiting)),
                  (translate("reports", "Under review"), number(figures.under_review))])
    if not figures.per_desk:
        return head + _p(translate("reports", "No loyalty operation in this period."))
    rows = []
    whole_day = escape(translate("reports", "whole day"))
    for desk in figures.per_desk:
        name = translate("reports", "(no desk)") if desk.desk == NO_DESK else desk.desk
        rows.append([f"<b>{escape(name)}</b>", whole_day, f"<b>{number(desk.operations)}</b>",
                     f"<b>{shown(desk.issued)}</b>", f"<b>{shown(desk.redeemed)}</b>"])
        rows += [["", escape(_part(shift.shift)), number(shift.operations), shown(shift.issued),
                  shown(shift.redeemed)]
                 for shift in figures.per_shift if shift.desk == desk.desk]
    return head + "<p class='gap'>&nbsp;</p>" + _table(
        [translate("reports", "Desk"), translate("reports", "Part of the day"),
         translate("reports", "Operations"), translate("reports", "Issued"),
         translate("reports", "Redeemed")], rows, {2, 3, 4}, (30, 22, 16, 16, 16))
