"""The figures behind the report's and the pane's charts, as CSV files.

One file per table, with column keys that stay as they are (new columns go at the
end), so a spreadsheet or a script can read every night the same way:

    figures.csv     figure, value: the headline numbers (the gauge, re-entries and
                    exits, no-shows, the peak, the rate now)
    admissions.csv  step_start, door, admissions, door_key: one row per 5-minute
                    step per door, zeros included
    denials.csv     reason, denied
    doors.csv       door, admitted, peak_per_5_min, rate_per_minute, last_scan_at,
                    silent_minutes, silent, door_key
    conflicts.csv   pass_id, holder, at, door, verdict, event_id: one row per scan
                    of a pass held inside twice

With a day's loyalty figures, two more, and their headline in ``figures.csv``
(``loyalty_issued``, ...):

    loyalty_days.csv   day, issued, redeemed, operations
    loyalty_desks.csv  desk, shift, operations, issued, redeemed (shift empty: the
                       desk's whole period; else a part of the day, "morning", ...)

Points are numbers as the cards show them (12.40 for a decimal balance).

The column keys are the same in every language the app speaks (issue 25), and so
are the words in cells, values a script compares ("yes"/"no" in ``silent``,
"event"/"day" in ``scope``, the parts of the day in ``shift``, the reasons and door
names as the store records them). Days, times and numbers follow ``style``
(``core.csv_style``): ``PLAIN`` for scripts, with times in ISO 8601 in the given
zone and its offset ("2026-12-07T20:15:00+01:00"); the pane saves in the locale's
spreadsheet style ("07.12.2026 20:15:00", "12,40", ";" between cells in German).
The PDF is the report for people, in their language.

UTF-8, written whole or not at all (``passdesk.files``). Text a spreadsheet would
run as a formula (= + - @ at the start: door names and holders are typed by
people) gets a leading ``'``; numbers are written as numbers.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from passdesk.core.csv_style import PLAIN, CsvStyle
from passdesk.core.insights import Attendance
from passdesk.core.loyalty import DECIMAL_PLACES, BalanceType
from passdesk.files import write_atomically

if TYPE_CHECKING:
    from passdesk.core.loyalty_insights import LoyaltyInsights

FIGURES_COLUMNS = ("figure", "value")
ADMISSIONS_COLUMNS = ("step_start", "door", "admissions", "door_key")
DENIALS_COLUMNS = ("reason", "denied")
DOORS_COLUMNS = ("door", "admitted", "peak_per_5_min", "rate_per_minute", "last_scan_at",
                 "silent_minutes", "silent", "door_key")
CONFLICTS_COLUMNS = ("pass_id", "holder", "at", "door", "verdict", "event_id")
LOYALTY_DAYS_COLUMNS = ("day", "issued", "redeemed", "operations")
LOYALTY_DESKS_COLUMNS = ("desk", "shift", "operations", "issued", "redeemed")
#: The files ``write_csv`` writes, in order (their names without a prefix), and
#: the two more with loyalty figures.
FILES = ("figures", "admissions", "denials", "doors", "conflicts")
LOYALTY_FILES = ("loyalty_days", "loyalty_desks")


def write_csv(path_or_folder: str | os.PathLike[str], attendance: Attendance,
              tz: tzinfo, *, loyalty: LoyaltyInsights | None = None,
              style: CsvStyle = PLAIN) -> list[Path]:
    """Write the five tables (seven with ``loyalty``) in ``style``; returns the files.

    A folder (one that exists, or a name without ``.csv``, made if missing; its
    parent must exist) gets ``figures.csv``, ``admissions.csv``, ...; a name
    ending in ``.csv``, such as ``gala.csv``, gets ``gala-figures.csv``, ... beside it.
    OSError when a file cannot be written (the ones before it stay written).
    """
    names = FILES + (LOYALTY_FILES if loyalty is not None else ())
    target = Path(path_or_folder)
    if target.suffix.lower() == ".csv" and not target.is_dir():
        paths = [target.with_name(f"{target.stem}-{name}.csv") for name in names]
    else:
        target.mkdir(exist_ok=True)
        paths = [target / f"{name}.csv" for name in names]
    tables = tables_of(attendance, tz, style)
    if loyalty is not None:
        tables[0][1].extend(_loyalty_figures(loyalty))
        tables += _loyalty_tables(loyalty, style)
    for path, (columns, rows) in zip(paths, tables, strict=True):
        write_atomically(path, lambda out, c=columns, r=rows: _write(out, c, r, style))
    return paths


def tables_of(a: Attendance, tz: tzinfo, style: CsvStyle = PLAIN
              ) -> list[tuple[Sequence[str], list[list[object]]]]:
    """The five tables as (columns, rows), in ``FILES`` order."""
    peak, peak_at = a.peak

    def when(moment: datetime | None, tz: tzinfo) -> str:
        return "" if moment is None else style.moment(moment.astimezone(tz))

    figures = [
        ["scope", "event" if a.scope.event_id is not None else "day"],
        ["event_id", a.scope.event_id or ""],
        ["day", style.day(a.scope.day) if a.scope.day else ""],
        ["label", a.scope.label],
        ["as_of", when(a.now, tz)],
        ["admitted", a.admitted], ["passes_admitted", a.passes_admitted],
        ["re_entries", a.re_entries], ["exits", a.exits], ["inside", a.inside],
        ["capacity", _blank(a.capacity)], ["denied", a.denied_total],
        ["holds_waiting", a.holds_waiting], ["undone", a.undone],
        ["tickets", _blank(a.tickets)], ["no_shows", _blank(a.no_shows)],
        ["conflicts", max(a.conflict_count, len(a.conflicts))],
        ["peak_admissions", peak], ["peak_step_start", when(peak_at, tz)],
        ["rate_per_minute", round(a.rate_now, 2)],
    ]
    admissions = [[when(step, tz), door.name, door.per_step[k], door.key]
                  for k, step in enumerate(a.steps) for door in a.doors]
    denials = [[reason, count] for reason, count in
               sorted(a.denied.items(), key=lambda kv: (-kv[1], kv[0]))]
    doors = []
    for door in a.doors:
        quiet = door.silent_for(a.now)
        doors.append([door.name, door.admitted, door.peak, round(door.rate_now, 2),
                      when(door.last_scan_at, tz),
                      "" if quiet is None else int(quiet.total_seconds() // 60),
                      "yes" if door.is_silent(a.now) else "no", door.key])
    conflicts = [[c.pass_id, c.holder or "", when(s.at, tz), s.door, s.verdict,
                  c.event_id or ""] for c in a.conflicts for s in c.scans]
    return [(FIGURES_COLUMNS, figures), (ADMISSIONS_COLUMNS, admissions),
            (DENIALS_COLUMNS, denials), (DOORS_COLUMNS, doors),
            (CONFLICTS_COLUMNS, conflicts)]


def _loyalty_figures(figures: LoyaltyInsights) -> list[list[object]]:
    totals, kind = figures.totals, figures.balance_type
    return [["loyalty_issued", _points(totals.issued, kind)],
            ["loyalty_redeemed", _points(totals.redeemed, kind)],
            ["loyalty_operations", totals.operations],
            ["active_cardholders", figures.active_cardholders],
            ["rewards_reached", figures.rewards_reached],
            ["loyalty_waiting", figures.waiting],
            ["loyalty_under_review", figures.under_review]]


def _loyalty_tables(figures: LoyaltyInsights, style: CsvStyle
                    ) -> list[tuple[Sequence[str], list[list[object]]]]:
    kind = figures.balance_type
    days = [[style.day(d.day), _points(d.issued, kind), _points(d.redeemed, kind),
             d.operations] for d in figures.days]
    desks = []
    for desk in figures.per_desk:
        desks.append([desk.desk, "", desk.operations, _points(desk.issued, kind),
                      _points(desk.redeemed, kind)])
        desks += [[shift.desk, shift.shift, shift.operations, _points(shift.issued, kind),
                   _points(shift.redeemed, kind)]
                  for shift in figures.per_shift if shift.desk == desk.desk]
    return [(LOYALTY_DAYS_COLUMNS, days), (LOYALTY_DESKS_COLUMNS, desks)]


def _points(value: int, kind: BalanceType | None) -> object:
    """Points as the card shows them, as a number (12.40 for a decimal balance)."""
    if kind is BalanceType.DECIMAL:
        return Decimal(value).scaleb(-DECIMAL_PLACES)
    return value


def _write(out, columns: Sequence[str], rows: Iterable[list[object]],
           style: CsvStyle) -> int:
    writer = csv.writer(out, delimiter=style.delimiter)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_cell(value, style) for value in row])
        count += 1
    return count


def _blank(value: int | None) -> int | str:
    return "" if value is None else value


def _cell(value: object, style: CsvStyle) -> object:
    """Quote text a spreadsheet would run as a formula; numbers stay numbers, with
    the style's decimal sign."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    if isinstance(value, float | Decimal):
        return style.number(value)
    return value
