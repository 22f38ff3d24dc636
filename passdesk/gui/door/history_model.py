"""The door's last scans as a small table model (newest first, at most ``LIMIT`` rows).

An undone admission stays in the list, struck through and marked "UNDONE".
A door that hides names shows holders' initials (the scan log keeps the names).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from passdesk.core.admission import SHOWN, Outcome
from passdesk.core.names import initials
from passdesk.gui.door.words import outcome_word
from passdesk.gui.i18n import formats, translate
from passdesk.gui.widgets.palette import Colour
from passdesk.gui.widgets.rows_model import RowsModel
from passdesk.gui.widgets.words import local_time

LIMIT = 200

#: What the door person calls each outcome, in English (``words.outcome_word`` says it).
WORDS = SHOWN
COLOURS = {Outcome.ADMIT: Colour.GREEN_700, Outcome.WARN: Colour.AMBER_700,
           Outcome.DENY: Colour.RED_700, Outcome.EXIT: Colour.BLUE_700,
           Outcome.HOLD: Colour.AMBER_700}


class Column(IntEnum):
    TIME = 0
    WHO = 1
    VERDICT = 2
    REASON = 3


UNDONE_COLOUR = Colour.GREY_500
#: The conflict's word in English (``conflict_word`` says it in the person's language).
CONFLICT_WORD = "ALSO ADMITTED ELSEWHERE"


def _headers(zone: str) -> list[str]:
    """The columns' titles; the desk's zone beside the time: the times are on its clock."""
    time = (translate("door", "Time ({zone})", "a column: the time zone's abbreviation")
            .format(zone=zone) if zone else translate("door", "Time"))
    return [time, translate("door", "Name", "a column: the holder's name"),
            translate("door", "Verdict", "a column"), translate("door", "Why", "a column")]


def conflict_word() -> str:
    """An offline conflict (``core/insights.py``): the same pass let in at two doors."""
    return translate("verdicts", "ALSO ADMITTED ELSEWHERE", "in the door's last scans list")


def conflict_tip() -> str:
    return translate("door", "Another door admitted this pass too while the desks could not "
                     "see each other. Insights lists each such pass with its times and doors.")


@dataclass(frozen=True)
class RecentScan:
    scan_id: str
    at: datetime
    who: str
    outcome: Outcome
    reason: str
    undone: bool = False
    #: ``who`` is a holder's name (False: words such as "a pass picked by hand").
    named: bool = True
    #: Another door admitted the same pass while the desks could not see each other.
    conflict: bool = False


class RecentScansModel(RowsModel[RecentScan]):
    def __init__(self, parent=None) -> None:
        # The desk's zone in the header: the times below are on its clock.
        zone = datetime.now().astimezone().strftime("%Z")
        super().__init__(_headers(zone), parent)
        #: Names as initials (the door's "Hide names at the door").
        self.hide_names = False
        #: What the panel said of each scan shown here, by (scan id, outcome): the
        #: person's language, where the scan log keeps English.
        self._said: dict[tuple[str, Outcome], str] = {}

    def set_hide_names(self, hide: bool) -> None:
        if hide != self.hide_names:
            self.hide_names = hide
            if self._rows:
                self.dataChanged.emit(self.index(0, Column.WHO),
                                      self.index(len(self._rows) - 1, Column.WHO))

    def _who(self, row: RecentScan) -> str:
        return initials(row.who) if self.hide_names and row.named else row.who

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.TIME:
                return formats.clock(row.at, seconds=True)
            if column is Column.WHO:
                return self._who(row)
            if column is Column.VERDICT:
                return outcome_word(row.outcome)
            if row.undone:
                return translate("door", "UNDONE · {reason}").format(reason=row.reason)
            if row.conflict:
                return translate("door", "{conflict} · {reason}").format(
                    conflict=conflict_word(), reason=row.reason)
            return row.reason
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.TIME:
                return local_time(row.at, seconds=True)
            if column is Column.WHO:
                return self._who(row)
            if column is Column.REASON:
                if row.conflict and not row.undone:
                    return f"{row.reason}\n{conflict_tip()}"
                if row.undone:
                    return translate("door", "Undone: {reason}").format(reason=row.reason)
                return row.reason
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (row.undone or column is Column.VERDICT):
            return QBrush(QColor(UNDONE_COLOUR if row.undone else COLOURS[row.outcome]))
        if (role == Qt.ItemDataRole.ForegroundRole and row.conflict
                and column is Column.REASON):
            return QBrush(QColor(Colour.AMBER_700))
        if role == Qt.ItemDataRole.FontRole and row.undone and column is not Column.REASON:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def set_rows(self, rows: list[RecentScan], keep_since: datetime | None = None) -> None:
        """The list read from the store; rows shown since ``keep_since`` (when that
        read began) and not in it stay on top: a scan is never lost from view.

        A scan shown here with the same outcome keeps its words: they are what the
        panel said, in the person's language (the scan log keeps them in English)."""
        said = self._said
        rows = [replace(row, reason=said[row.scan_id, row.outcome])
                if (row.scan_id, row.outcome) in said else row for row in rows]
        loaded = {row.scan_id for row in rows}
        fresher = [] if keep_since is None else [
            row for row in self._rows if row.scan_id not in loaded and row.at >= keep_since]
        super().set_rows((fresher + rows)[:LIMIT])

    def mark_undone(self, scan_id: str) -> None:
        """Show the admission ``scan_id`` as undone (if it is in the list)."""
        for n, row in enumerate(self._rows):
            if row.scan_id == scan_id:
                self._rows[n] = replace(row, undone=True)
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(Column) - 1))
                return

    def mark_decided(self, scan_id: str, outcome: Outcome, reason: str) -> None:
        """Show the held scan ``scan_id`` as decided: its new outcome and words."""
        for n, row in enumerate(self._rows):
            if row.scan_id == scan_id:
                self._rows[n] = replace(row, outcome=outcome, reason=reason)
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(Column) - 1))
                break
        self._remember(scan_id, outcome, reason)

    def _remember(self, scan_id: str, outcome: Outcome, reason: str) -> None:
        self._said[scan_id, outcome] = reason
        while len(self._said) > 2 * LIMIT:  # the oldest are long gone from the list
            del self._said[next(iter(self._said))]

    def add(self, scan: RecentScan) -> None:
        self._remember(scan.scan_id, scan.outcome, scan.reason)
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, scan)
        self.endInsertRows()
        if len(self._rows) > LIMIT:
            self.beginRemoveRows(QModelIndex(), LIMIT, len(self._rows) - 1)
            del self._rows[LIMIT:]
            self.endRemoveRows()
