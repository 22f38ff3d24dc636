"""The Events table: one row per event, times in the event's own zone.

A person reads "20:00" as printed on the poster, so start and end show the
wall time in the event's zone; the tooltip gives the same moment in the
user's zone when that reads differently. ``SORT_ROLE`` gives each column a
key that sorts right (moments, counts) for the pane's sort proxy.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimeZone
from PySide6.QtGui import QColor

from passdesk.core.event_times import UnknownZone, offset_words, same_offset, to_wall
from passdesk.gui.i18n import formats, translate
from passdesk.gui.i18n.formats import clock_words, wall_words
from passdesk.gui.widgets.id_table import ID_ROLE, SORT_ROLE, IdRowsModel
from passdesk.gui.widgets.palette import Colour
from passdesk.store.event_list import EventListRow


class Column(IntEnum):
    NAME = 0
    VENUE = 1
    START = 2
    END = 3
    ZONE = 4
    STATUS = 5
    PASSES = 6


HEADERS = {Column.NAME: QT_TRANSLATE_NOOP("events", "Name"),
           Column.VENUE: QT_TRANSLATE_NOOP("events", "Venue"),
           Column.START: QT_TRANSLATE_NOOP("events", "Start"),
           Column.END: QT_TRANSLATE_NOOP("events", "End"),
           Column.ZONE: QT_TRANSLATE_NOOP("events", "Time zone"),
           Column.STATUS: QT_TRANSLATE_NOOP("events", "Status"),
           Column.PASSES: QT_TRANSLATE_NOOP("events", "Passes")}

#: Shown beside the status while a change waits for PassEntry.
NOT_SENT = QT_TRANSLATE_NOOP("events", "pending")
REFUSED = QT_TRANSLATE_NOOP("events", "refused")
#: An event's status as stored, in words (the stored word is the key).
STATUS_WORDS = {"new": QT_TRANSLATE_NOOP("events", "new"),
                "active": QT_TRANSLATE_NOOP("events", "active"),
                "draft": QT_TRANSLATE_NOOP("events", "draft"),
                "scheduled": QT_TRANSLATE_NOOP("events", "scheduled"),
                "published": QT_TRANSLATE_NOOP("events", "published"),
                "cancelled": QT_TRANSLATE_NOOP("events", "cancelled"),
                "canceled": QT_TRANSLATE_NOOP("events", "cancelled"),
                "ended": QT_TRANSLATE_NOOP("events", "ended"),
                "upcoming": QT_TRANSLATE_NOOP("events", "upcoming"),
                "ongoing": QT_TRANSLATE_NOOP("events", "ongoing"),
                "pending": QT_TRANSLATE_NOOP("events", "new"),
                "archived": QT_TRANSLATE_NOOP("events", "archived")}
_AMBER, _RED = QColor(Colour.AMBER_700), QColor(Colour.RED_700)
#: Sorts after every real moment or count.
_LAST = float("inf")


def local_zone_name() -> str:
    """The user's IANA zone as the system says ("Europe/Berlin"; "UTC" if it cannot tell)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    return name


def moment_words(moment: datetime | None, zone_name: str | None, *,
                 weekday: bool = True) -> str:
    """The wall time of ``moment`` in ``zone_name`` (in UTC when the zone is unknown)."""
    if moment is None:
        return "—"
    try:
        return wall_words(to_wall(moment, zone_name or "UTC"), weekday=weekday)
    except UnknownZone:
        return translate("events", "{when} UTC").format(
            when=wall_words(to_wall(moment, "UTC"), weekday=weekday))


def zone_city(zone_name: str | None) -> str:
    """"America/New_York" -> "New York": what calendars show; the tooltip has the full name."""
    if not zone_name:
        return "—"
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def end_words(row: EventListRow) -> str:
    """Only the time when the event ends on the day it starts (as most do)."""
    if row.start is None or row.end is None:
        return moment_words(row.end, row.time_zone, weekday=False)
    try:
        start, end = (to_wall(m, row.time_zone or "UTC") for m in (row.start, row.end))
    except UnknownZone:
        return moment_words(row.end, row.time_zone, weekday=False)
    return clock_words(end) if start.date() == end.date() else wall_words(end, weekday=False)


def local_words(moment: datetime, zone_name: str | None, local_zone: str) -> str | None:
    """The same moment for the user, when their clock reads differently; else None."""
    try:
        if zone_name and same_offset(moment, zone_name, local_zone):
            return None
        wall = to_wall(moment, local_zone)
    except UnknownZone:
        return None
    return translate("events", "{when} in your time ({zone}, {offset})").format(
        when=wall_words(wall), zone=local_zone, offset=offset_words(moment, local_zone))


def status_words(row: EventListRow) -> str:
    stored = "new" if row.is_local else (row.status or "—")
    known = STATUS_WORDS.get(stored)
    status = translate("events", known) if known else stored
    if row.needs_a_person:
        return translate("events", "{status} · refused").format(status=status)
    if row.pending:
        return translate("events", "{status} · pending").format(status=status)
    return status


class EventsModel(IdRowsModel[EventListRow]):
    def __init__(self, parent=None, *, local_zone: str | None = None) -> None:
        super().__init__([translate("events", HEADERS[c]) for c in Column], parent)
        self.local_zone = local_zone or local_zone_name()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.row(index.row()), Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS and row.pending:
            return _RED if row.needs_a_person else _AMBER
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.PASSES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: EventListRow, column: Column) -> str:
        if column is Column.NAME:
            return row.name
        if column is Column.VENUE:
            return row.venue_name
        if column is Column.START:
            # No weekday: the table stays readable at 860 px; the tooltip has it.
            return moment_words(row.start, row.time_zone, weekday=False)
        if column is Column.END:
            return end_words(row)
        if column is Column.ZONE:
            # Events from the passes' details carry no zone: their times are shown in UTC.
            return zone_city(row.time_zone) if row.time_zone or row.start is None else "UTC"
        if column is Column.STATUS:
            return status_words(row)
        return "—" if row.passes_count is None else formats.number(row.passes_count)

    def _sort_key(self, row: EventListRow, column: Column) -> Any:
        if column in (Column.START, Column.END):
            moment = row.start if column is Column.START else row.end
            return moment.timestamp() if moment else _LAST
        if column is Column.PASSES:
            return float(row.passes_count) if row.passes_count is not None else -1.0
        return self._text(row, column).casefold()

    def _tooltip(self, row: EventListRow, column: Column) -> str | None:
        if column in (Column.START, Column.END):
            moment = row.start if column is Column.START else row.end
            if moment is None:
                return None
            zone = row.time_zone or "UTC"
            here = local_words(moment, row.time_zone, self.local_zone)
            try:
                there = translate("events", "{when} in {zone} ({offset})").format(
                    when=moment_words(moment, zone), zone=zone,
                    offset=offset_words(moment, zone))
            except UnknownZone:
                there = moment_words(moment, zone)
            return f"{there}\n= {here}" if here else there
        if column is Column.STATUS and row.pending:
            return (translate("events", "A change to this event was refused by PassEntry or "
                              "needs a decision: see the Sync pane.") if row.needs_a_person else
                    translate("events", "Pending: changes made here are not sent to PassEntry "
                              "yet."))
        if column in (Column.NAME, Column.VENUE):
            return self._text(row, column) or None
        if column is Column.ZONE and row.time_zone:
            return row.time_zone
        return None
