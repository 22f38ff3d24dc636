"""The Readers table: one row per reader, what it may do in a few words."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from passdesk.core.records import ReaderType
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


HEADERS = {Column.NAME: "Name", Column.ID: "Reader ID", Column.TYPE: "Type",
           Column.LOGGED_IN: "Logged in", Column.LAST_SEEN: "Last seen",
           Column.ENABLED: "Enabled"}

TYPE_WORDS = {ReaderType.PASSENTRY: "PassEntry app", ReaderType.VTAP: "VTAP"}
#: The same, in full: the dialog and the tooltip.
TYPE_NAMES = {ReaderType.PASSENTRY: "PassEntry Reader app", ReaderType.VTAP: "VTAP reader"}
#: Each switch of a reader, in a word for the table and a phrase for its tooltip.
FLAG_WORDS = {
    "scanEnabled": ("scan", "scans passes"),
    "redeemEnabled": ("redeem", "redeems loyalty"),
    "addPointsEnabled": ("add points", "adds loyalty points"),
    "qrEnabled": ("QR", "reads QR codes and barcodes"),
    "mifareClassicNfcEnabled": ("MIFARE", "reads MIFARE Classic NFC cards"),
    "ndefTagScanningEnabled": ("NDEF", "reads NDEF tags"),
}
_GREEN, _GREY = QColor(Colour.OK_GREEN), QColor(Colour.GREY_500)
#: Where a reader comes from, where PassEntry's API does not list readers.
ORIGIN_WORDS = {HERE: "Created by this desk.",
                SEEN_IN_SCANS: "Seen in scans only: PassEntry's API does not show its details."}


def type_words(reader_type: str | None) -> str:
    if reader_type is None:
        return "—"
    return TYPE_WORDS.get(reader_type, reader_type)  # a type added later is shown as sent


def enabled_words(row: ReaderRow) -> str:
    words = [word for flag, (word, _long) in FLAG_WORDS.items() if row.enabled(flag)]
    return " · ".join(words) if words else "nothing"


def seen_words(moment: datetime | None, now: datetime) -> str:
    """"2 min ago", "3 h ago", "yesterday", "12 Mar 2020": how long since, at a glance."""
    if moment is None:
        return "never"
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86_400:
        return f"{int(seconds // 3600)} h ago"
    if seconds < 2 * 86_400:
        return "yesterday"
    if seconds < 14 * 86_400:
        return f"{int(seconds // 86_400)} days ago"
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y}"


def last_seen(row: ReaderRow) -> datetime | None:
    """PassEntry's "last seen", else the reader's last scan here."""
    return row.last_seen or row.last_scan


class ReadersModel(IdRowsModel[ReaderRow]):
    def __init__(self, parent=None, *, clock=lambda: datetime.now(UTC)) -> None:
        super().__init__([HEADERS[c] for c in Column], parent)
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
            return {True: "yes", False: "no", None: "—"}[row.logged_in]
        if column is Column.LAST_SEEN:
            return seen_words(last_seen(row), self._clock())
        if row.origin == SEEN_IN_SCANS:
            return "—"  # not known: only its scans are
        return enabled_words(row)

    def _tooltip(self, row: ReaderRow, column: Column) -> str | None:
        if column is Column.NAME:
            return ORIGIN_WORDS.get(row.origin)
        if column is Column.LAST_SEEN and last_seen(row) is not None:
            local = last_seen(row).astimezone()
            return f"Last seen {local:%a} {local.day} {local:%b %Y, %H:%M} (your time)"
        if column is Column.ENABLED and row.origin == SEEN_IN_SCANS:
            return ORIGIN_WORDS[SEEN_IN_SCANS]
        if column is Column.ENABLED:
            on = [long for flag, (_w, long) in FLAG_WORDS.items() if row.enabled(flag)]
            return ("This reader " + ", ".join(on) + ".") if on else "Nothing is enabled."
        if column is Column.TYPE and row.reader_type in TYPE_NAMES:
            return TYPE_NAMES[row.reader_type]
        if column is Column.LOGGED_IN and row.logged_in is False:
            return "Not logged in: the reader app asks for its ID and password at the device."
        return None
