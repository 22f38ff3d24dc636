"""``passdesk report``: the report of an event or a day, without a window.

    passdesk report --event ID --pdf FILE [--csv FOLDER [--spreadsheet]]
    passdesk report --day YYYY-MM-DD --pdf FILE [--csv FOLDER [--spreadsheet]]

The same PDF the Insights pane saves (``gui.insights.report``), with the
admissions chart drawn here, and with ``--csv`` the figures behind it
(``gui.insights.report_csv``); a day's report adds the day's loyalty figures.
The CSV cells are for scripts (ISO 8601 times, "." decimals, ","), or with
``--spreadsheet`` in the language's spreadsheet style, as the pane saves them.
It reads the store of the server in Settings (as ``passdesk audit``), or the
one named with ``--database URL``; a database that does not exist is not made.
Times are this computer's, or ``--tz``'s. The capacity is the Door's (Settings)
when the Door is set to the same event.

Exit codes: 0 written; 1 a file could not be written (the message says why);
2 no database, no such event, or a day or zone that is not one.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime, tzinfo

from passdesk.audit_cli import open_store, tell

#: Exit codes.
WRITTEN, NOT_WRITTEN, CANNOT_READ = 0, 1, 2


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """``gui.i18n.translate``, imported when a line is said (the CLI starts without Qt)."""
    from passdesk.gui.i18n import translate as said

    return said(context, source, disambiguation, n)


def add_parser(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="write the PDF report of an event or a day")
    which = report.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", metavar="ID", help="the event's id (as in Events)")
    which.add_argument("--day", metavar="YYYY-MM-DD",
                       help="a day, every event in it (midnight to midnight, local time)")
    report.add_argument("--pdf", required=True, metavar="FILE", help="the PDF file to write")
    report.add_argument("--csv", metavar="FOLDER",
                        help="also write the figures as CSV files into this folder "
                             "(made if missing)")
    report.add_argument("--spreadsheet", action="store_true",
                        help="CSV cells as the language's spreadsheet reads them (its "
                             "days, times and decimal sign) instead of ISO 8601 and '.'")
    report.add_argument("--tz", metavar="ZONE",
                        help="time zone of the report's times, e.g. Europe/London "
                             "(default: this computer's)")
    report.add_argument("--database", metavar="URL",
                        help="SQLAlchemy URL of the store, e.g. sqlite:///path/store.sqlite3 "
                             "(default: the one of the server in Settings)")
    report.add_argument("--url", help="API base URL whose local data to read "
                                      "(default: the one in Settings)")


def run(args: argparse.Namespace, *, server_url: str | None = None,
        now: datetime | None = None) -> int:
    """``server_url`` as ``audit_cli.run``'s; ``now``: the figures' moment (tests)."""
    from sqlalchemy.exc import SQLAlchemyError

    from passdesk.core.storage_failure import first_line
    from passdesk.store import insights
    from passdesk.store.database import DatabaseError

    app = _gui_application()  # noqa: F841 - held while the words are said and drawn
    _speak()
    tz = _zone(args.tz)
    day = _day(args.day) if args.day else None
    if tz is None or (args.day and day is None):
        return CANNOT_READ
    now = now or datetime.now(UTC)
    try:
        db = open_store(args, server_url)
    except DatabaseError as exc:
        from passdesk.gui.till.words import error_words

        tell(error_words(exc), sys.stderr)
        return CANNOT_READ
    try:
        with db.session() as session:
            scope = (insights.event_scope(session, args.event) if args.event
                     else insights.day_scope(day, tz))
            if scope is None:
                tell(translate("reports", "There is no event {event} in the local database. "
                                          "Its id is in the Events pane; a sync brings new "
                                          "events.").format(event=args.event), sys.stderr)
                return CANNOT_READ
            attendance = insights.attendance(session, scope, now,
                                             capacity=_capacity(args.event))
            loyalty = _loyalty(session, scope, tz, now) if args.day else None
    except SQLAlchemyError as exc:
        tell(translate("reports", "Cannot read the scans: {why}").format(
            why=first_line(exc)), sys.stderr)
        return CANNOT_READ
    finally:
        db.close()
    title = scope.label if args.event else day_title(day)
    return _write(args, attendance, title, now, tz, loyalty)


def _write(args: argparse.Namespace, attendance, title: str, now: datetime,
           tz: tzinfo, loyalty) -> int:
    from passdesk.gui.insights.report import write_pdf
    from passdesk.gui.insights.report_csv import write_csv

    try:
        write_pdf(args.pdf, attendance, title=title, generated_at=now, tz=tz,
                  loyalty=loyalty)
    except OSError as exc:
        tell(str(exc), sys.stderr)
        return NOT_WRITTEN
    tell(translate("reports", "The report of {title} is written to {path}").format(
        title=title, path=args.pdf), sys.stderr)
    if args.csv:
        from passdesk.core.csv_style import PLAIN
        from passdesk.gui.i18n.formats import spreadsheet

        style = spreadsheet() if args.spreadsheet else PLAIN
        try:
            written = write_csv(args.csv, attendance, tz, loyalty=loyalty, style=style)
        except OSError as exc:
            tell(translate("reports", "Could not write the CSV files to {path}: {why}").format(
                path=args.csv, why=exc.strerror or exc), sys.stderr)
            return NOT_WRITTEN
        tell(translate("reports", "Its figures are in %n CSV file(s) in {path}", None,
                       len(written)).format(path=args.csv), sys.stderr)
    return WRITTEN


def _speak() -> None:
    """The language the app speaks (Settings, or ``PASSDESK_LANG``), as the app
    installs it at start: the report and these lines are in it."""
    from passdesk.gui.i18n import language
    from passdesk.settings import SettingsStore

    language.install(SettingsStore().load().language)


def day_title(day: date) -> str:
    """A day's report title: "Monday 7 December 2026" (the locale's names)."""
    from PySide6.QtCore import QDate, QLocale

    locale, long = QLocale(), QLocale.FormatType.LongFormat
    qdate = QDate(day.year, day.month, day.day)
    return translate("reports", "{weekday} {day} {month} {year}", "a long date").format(
        weekday=locale.dayName(day.isoweekday(), long), day=locale.toString(qdate, "d"),
        month=locale.monthName(day.month, long), year=locale.toString(qdate, "yyyy"))


def _gui_application():
    """The running Qt application, or a new ``QGuiApplication`` (offscreen when no
    platform is set: a terminal over SSH has no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["passdesk"])
    return app


def _capacity(event_id: str | None) -> int | None:
    """The Door's capacity, when the Door admits this event."""
    from passdesk.settings import SettingsStore
    from passdesk.settings.door import setup_from_json

    if event_id is None:
        return None
    config = setup_from_json(SettingsStore().load().door).config
    return config.capacity if config.event_id == event_id else None


def _loyalty(session, scope, tz: tzinfo, now: datetime):
    """The day's loyalty figures, rewards as the Till's settings set them."""
    from passdesk.settings import SettingsStore
    from passdesk.settings.till import setup_from_json
    from passdesk.store.loyalty_insights import loyalty_insights

    till = setup_from_json(SettingsStore().load().till)
    return loyalty_insights(session, start=scope.start, end=scope.end, tz=tz, now=now,
                            rules=till.rules, default_rules=till.default_rules)


def _zone(name: str | None) -> tzinfo | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not name:
        from passdesk.gui.insights.scope import local_zone  # the pane's own "this computer"

        return local_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        tell(translate("reports", "--tz {zone}: not a time zone; give one such as "
                                  "Europe/London.").format(zone=name), sys.stderr)
        return None


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        tell(translate("reports", "--day {day}: give the day as YYYY-MM-DD, e.g. "
                                  "2026-12-07.").format(day=text), sys.stderr)
        return None
