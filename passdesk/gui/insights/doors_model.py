"""The doors' table: each door's admissions, its rate now and how long since its
last scan. A door silent for ``SILENT_AFTER`` or more stands out in the warning
tone and says so in words ("silent"), not by colour alone."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from passdesk.core.insights import DoorLine
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.widgets.palette import Colour
from passdesk.gui.widgets.rows_model import RowsModel
from passdesk.gui.widgets.words import local_time


class Column(IntEnum):
    DOOR = 0
    ADMITTED = 1
    RATE = 2
    LAST = 3
    QUIET = 4


HEADERS = (QT_TRANSLATE_NOOP("insights", "Door"), QT_TRANSLATE_NOOP("insights", "Admitted"),
           QT_TRANSLATE_NOOP("insights", "Rate now"), QT_TRANSLATE_NOOP("insights", "Last scan"),
           QT_TRANSLATE_NOOP("insights", "Quiet for"))


def quiet_words(quiet: timedelta | None) -> str:
    """How long a door has been quiet: "40 s", "12 min", "2 h 05 min"; "no scan yet"."""
    if quiet is None:
        return translate("insights", "no scan yet")
    seconds = int(quiet.total_seconds())
    if seconds < 60:
        return translate("insights", "{seconds} s", "seconds, short").format(
            seconds=formats.number(seconds))
    minutes = seconds // 60
    if minutes < 60:
        return translate("insights", "{minutes} min", "minutes, short").format(
            minutes=formats.number(minutes))
    return translate("insights", "{hours} h {minutes} min", "hours and minutes, short").format(
        hours=formats.number(minutes // 60), minutes=f"{minutes % 60:02d}")


def rate_words(rate: float) -> str:
    return translate("insights", "{rate} / min", "admissions per minute, short").format(
        rate=QLocale().toString(float(rate), "f", 1))


class DoorsModel(RowsModel[DoorLine]):
    def __init__(self, parent=None) -> None:
        super().__init__([translate("insights", header) for header in HEADERS], parent)
        self.now: datetime | None = None

    def show_doors(self, doors: tuple[DoorLine, ...], now: datetime) -> None:
        self.now = now
        # The quietest door first: the one to look at.
        rows = sorted(doors, key=lambda d: (d.last_scan_at is not None,
                                            d.last_scan_at or now, d.name))
        if [d.key for d in rows] != [d.key for d in self._rows]:
            self.set_rows(rows)  # a door came, went or moved: the view lays out again
            return
        # The same doors in the same order (every refresh but a few): new figures only.
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))

    def silent(self, row: int) -> bool:
        return self.now is not None and self.row(row).is_silent(self.now)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        door, column = self.row(index.row()), index.column()
        silent = self.silent(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(door, column, silent)
        if role == Qt.ItemDataRole.BackgroundRole and silent:
            return QBrush(QColor(Colour.WARNING_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and silent:
            return QBrush(QColor(Colour.WARNING_TEXT))
        if role == Qt.ItemDataRole.FontRole and silent:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.ADMITTED,
                                                                     Column.RATE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, door: DoorLine, column: int, silent: bool) -> str:
        if column == Column.DOOR:
            return say(door.name)
        if column == Column.ADMITTED:
            return formats.number(door.admitted)
        if column == Column.RATE:
            return rate_words(door.rate_now)
        if column == Column.LAST:
            return local_time(door.last_scan_at, now=self.now) if door.last_scan_at else "—"
        quiet = quiet_words(door.silent_for(self.now) if self.now else None)
        return translate("insights", "{quiet}: silent").format(quiet=quiet) if silent else quiet
