"""The door's last scans as a small table model (newest first, at most ``LIMIT`` rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from passdesk.core.admission import Outcome
from passdesk.gui.rows_model import RowsModel
from passdesk.gui.sync_words import local_time

LIMIT = 200

#: What the door person calls each outcome.
WORDS = {Outcome.ADMIT: "ADMIT", Outcome.WARN: "CHECK", Outcome.DENY: "DENY",
         Outcome.EXIT: "EXIT"}
COLOURS = {Outcome.ADMIT: "#15803d", Outcome.WARN: "#b45309", Outcome.DENY: "#b91c1c",
           Outcome.EXIT: "#1d4ed8"}


class Column(IntEnum):
    TIME = 0
    WHO = 1
    VERDICT = 2
    REASON = 3


HEADERS = {Column.TIME: "Time", Column.WHO: "Name / value", Column.VERDICT: "Verdict",
           Column.REASON: "Why"}


@dataclass(frozen=True)
class RecentScan:
    scan_id: str
    at: datetime
    who: str
    outcome: Outcome
    reason: str


class RecentScansModel(RowsModel[RecentScan]):
    def __init__(self, parent=None) -> None:
        super().__init__([HEADERS[c] for c in Column], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.TIME:
                return f"{row.at.astimezone():%H:%M:%S}"
            if column is Column.WHO:
                return row.who
            if column is Column.VERDICT:
                return WORDS[row.outcome]
            return row.reason
        if role == Qt.ItemDataRole.ToolTipRole:
            return (local_time(row.at, seconds=True) if column is Column.TIME
                    else row.reason if column is Column.REASON else None)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.VERDICT:
            return QBrush(QColor(COLOURS[row.outcome]))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def set_rows(self, rows: list[RecentScan]) -> None:
        super().set_rows(rows[:LIMIT])

    def add(self, scan: RecentScan) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, scan)
        self.endInsertRows()
        if len(self._rows) > LIMIT:
            self.beginRemoveRows(QModelIndex(), LIMIT, len(self._rows) - 1)
            del self._rows[LIMIT:]
            self.endRemoveRows()
