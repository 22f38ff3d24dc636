"""The Readers table: one row per reader, what it may do in a few words."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor

from passdesk.core.records import ReaderType
from passdesk.gui.i18n import formats, translate
from passdesk.gui.widgets.id_table import ID_ROLE, SORT_ROLE, IdRowsModel
from passdesk.gui.widgets.palette import Colour
from passdesk.store.readers import HERE, SEEN_IN_SCANS, ReaderRow


class Column(IntEnum):
    NAME = 0
    ID = 1
    TYPE = 2
    LOGGED_IN = 3
    LAST_SEEN = 4
    ENABLED = 5


#: The words here are said with ``translate("readers", word)``.
HEADERS = {Column.NAME: QT_TRANSLATE_NOOP("readers", "Name"),
           Column.ID: QT_TRANSLATE_NOOP("readers", "Reader ID"),
           Column.TYPE: QT_TRANSLATE_NOOP("readers", "Type"),
           Column.LOGGED_IN: QT_TRANSLATE_NOOP("readers", "Logged in"),
           Column.LAST_SEEN: QT_TRANSLATE_NOOP("readers", "Last seen"),
           Column.ENABLED: QT_TRANSLATE_NOOP("readers", "Enabled")}

TYPE_WORDS = {ReaderType.PASSENTRY: QT_TRANSLATE_NOOP("readers", "PassEntry app"),
              ReaderType.VTAP: "VTAP"}
#: The same, in full: the dialog and the tooltip.
TYPE_NAMES = {ReaderType.PASSENTRY: QT_TRANSLATE_NOOP("readers", "PassEntry Reader app"),
              ReaderType.VTAP: QT_TRANSLATE_NOOP("readers", "VTAP reader")}
#: Each switch of a reader, in a word for the table and a phrase for its tooltip.
FLAG_WORDS = {
    "scanEnabled": (QT_TRANSLATE_NOOP("readers", "scan"),
                    QT_TRANSLATE_NOOP("readers", "scans passes")),
    "redeemEnabled": (QT_TRANSLATE_NOOP("readers", "redeem"),
                      QT_TRANSLATE_NOOP("readers", "redeems loyalty")),
    "addPointsEnabled": (QT_TRANSLATE_NOOP("readers", "add points"),
                         QT_TRANSLATE_NOOP("readers", "adds loyalty points")),
    "qrEnabled": ("QR", QT_TRANSLATE_NOOP("readers", "reads QR codes and barcodes")),
    "mifareClassicNfcEnabled": ("MIFARE",
                                QT_TRANSLATE_NOOP("readers", "reads MIFARE Classic NFC cards")),
    "ndefTagScanningEnabled": ("NDEF", QT_TRANSLATE_NOOP("readers", "reads NDEF tags")),
}
_GREEN, _GREY = QColor(Colour.OK_GREEN), QColor(Colour.GREY_500)
#: Where a reader comes from, where PassEntry's API does not list readers.
ORIGIN_WORDS = {HERE: QT_TRANSLATE_NOOP("readers", "Created by this desk."),
                SEEN_IN_SCANS: QT_TRANSLATE_NOOP("readers", "Seen in scans only: PassEntry's "
                                                            "API does not show its details.")}


def type_words(reader_type: str | None) -> str:
    if reader_type is None:
        return "—"
    if reader_type in TYPE_WORDS:
        return translate("readers", TYPE_WORDS[reader_type])
    return reader_type  # a type added later is shown as sent


def enabled_words(row: ReaderRow) -> str:
    words = [translate("readers", word) for flag, (word, _long) in FLAG_WORDS.items()
             if row.enabled(flag)]
    return " · ".join(words) if words else translate("readers", "nothing", "nothing enabled")


def seen_words(moment: datetime | None, now: datetime) -> str:
    """"2 min ago", "3 h ago", "yesterday", "12 Mar 2020": how long since, at a glance."""
    if moment is None:
        return translate("readers", "never", "last seen")
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return translate("readers", "just now", "last seen")
    if seconds < 3600:
        return translate("readers", "%n min ago", "last seen, short", int(seconds // 60))
    if seconds < 86_400:
        return translate("readers", "%n h ago", "last seen, short", int(seconds // 3600))
    if seconds < 2 * 86_400:
        return translate("readers", "yesterday", "last seen")
    if seconds < 14 * 86_400:
        return translate("readers", "%n days ago", "last seen", int(seconds // 86_400))
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")


def last_seen(row: ReaderRow) -> datetime | None:
    """PassEntry's "last seen", else the reader's last scan here."""
    return row.last_seen or row.last_scan


class ReadersModel(IdRowsModel[ReaderRow]):
    def __init__(self, parent=None, *, clock=lambda: datetime.now(UTC)) -> None:
        super().__init__([translate("readers", HEADERS[c]) for c in Column], parent)
        self._clock = clock

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.row(index.row()), Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            if column is Column.LAST_SEEN:
                seen = last_seen(row)
                return seen.timestamp() if seen else float("-inf")
            return self._text(row, column).casefold()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.LOGGED_IN:
            return _GREEN if row.logged_in else _GREY
        return None

    def _text(self, row: ReaderRow, column: Column) -> str:
        if column is Column.NAME:
            return row.name
        if column is Column.ID:
            return row.id
        if column is Column.TYPE:
            return type_words(row.reader_type)
        if column is Column.LOGGED_IN:
            if row.logged_in is None:
                return "—"
            return translate("readers", "yes") if row.logged_in else translate("readers", "no")
        if column is Column.LAST_SEEN:
            return seen_words(last_seen(row), self._clock())
        if row.origin == SEEN_IN_SCANS:
            return "—"  # not known: only its scans are
        return enabled_words(row)

    def _tooltip(self, row: ReaderRow, column: Column) -> str | None:
        if column is Column.NAME:
            return translate("readers", ORIGIN_WORDS[row.origin]) \
                if row.origin in ORIGIN_WORDS else None
        if column is Column.LAST_SEEN and last_seen(row) is not None:
            local = last_seen(row).astimezone()
            written = QLocale().toString(
                QDate(local.year, local.month, local.day), "ddd d MMM yyyy")
            return translate("readers", "Last seen {day}, {clock} (your time)").format(
                day=written, clock=formats.clock(local))
        if column is Column.ENABLED and row.origin == SEEN_IN_SCANS:
            return translate("readers", ORIGIN_WORDS[SEEN_IN_SCANS])
        if column is Column.ENABLED:
            on = [translate("readers", long) for flag, (_w, long) in FLAG_WORDS.items()
                  if row.enabled(flag)]
            if not on:
                return translate("readers", "Nothing is enabled.")
            return translate("readers", "This reader {abilities}.",
                             "abilities: a list such as 'scans passes, redeems loyalty'").format(
                abilities=", ".join(on))
        if column is Column.TYPE and row.reader_type in TYPE_NAMES:
            return translate("readers", TYPE_NAMES[row.reader_type])
        if column is Column.LOGGED_IN and row.logged_in is False:
            return translate("readers", "Not logged in: the reader app asks for its ID and "
                                        "password at the device.")
        return None
