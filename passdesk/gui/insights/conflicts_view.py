"""The Conflicts tab: each pass the log holds inside twice (admitted by two desks or
readers that could not see each other), with its admissions and exits: when, where.

Shows the conflicts of one ``Attendance`` (``show_conflicts``); reads nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

from passdesk.core.insights import ADMITTING, Attendance, Conflict, ConflictScan
from passdesk.core.names import initials
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.rows_model import RowsModel
from passdesk.gui.widgets.words import local_time


class Column(IntEnum):
    HOLDER = 0
    DOORS = 1
    SCANS = 2
    PASS = 3


#: Who first (what a person at the door asks for); the pass's id, long, last.
HEADERS = (QT_TRANSLATE_NOOP("insights", "Holder"), QT_TRANSLATE_NOOP("insights", "Let in at"),
           QT_TRANSLATE_NOOP("insights", "Admissions and exits"),
           QT_TRANSLATE_NOOP("insights", "Pass"))


def scan_words(scan: ConflictScan, now: datetime | None = None) -> str:
    """"19:02 in at Door 1", "19:40 out at South Gate"."""
    words = translate("insights", "{when} in at {door}") if scan.verdict in ADMITTING \
        else translate("insights", "{when} out at {door}")
    return words.format(when=local_time(scan.at, now=now), door=say(scan.door))


class ConflictsModel(RowsModel[Conflict]):
    def __init__(self, parent=None) -> None:
        super().__init__([translate("insights", header) for header in HEADERS], parent)
        self.now: datetime | None = None
        #: Holders as initials: this desk's role may not see guests' names.
        self.hide_names = False

    def set_hide_names(self, hidden: bool) -> None:
        if hidden != self.hide_names:
            self.hide_names = hidden
            self.set_rows(list(self._rows))

    def show_conflicts(self, conflicts: tuple[Conflict, ...], now: datetime) -> None:
        self.now = now
        self.set_rows(conflicts)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        conflict, column = self.row(index.row()), index.column()
        if column == Column.PASS:
            return conflict.pass_id
        if column == Column.HOLDER:
            if not conflict.holder:
                return "—"
            return initials(conflict.holder) if self.hide_names else conflict.holder
        if column == Column.DOORS:
            return ", ".join(say(door) for door in conflict.doors)
        joiner = "\n" if role == Qt.ItemDataRole.ToolTipRole else " · "
        return joiner.join(scan_words(s, self.now) for s in conflict.scans)


class ConflictsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(translate("insights", "A pass let in twice while desks or readers could "
                                             "not see each other (offline, or a split "
                                             "network). Check these tickets with their "
                                             "holders."), self, wordWrap=True)
        intro.setProperty("role", "subtitle")
        layout.addWidget(intro)
        self.model = ConflictsModel(self)
        self.table = QTableView(self, objectName="conflictsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (Column.HOLDER, Column.DOORS, Column.PASS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.SCANS, QHeaderView.ResizeMode.Stretch)
        self.none = QLabel(translate("insights", "No pass was let in twice."), self,
                           objectName="conflictsNone", wordWrap=True)
        self.none.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.none)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)

    def show_conflicts(self, conflicts: tuple[Conflict, ...], now: datetime) -> None:
        self.model.show_conflicts(conflicts, now)
        self.stack.setCurrentWidget(self.table if conflicts else self.none)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and the report)."""
        model = self.model
        return [tuple(model.data(model.index(r, c)) for c in range(model.columnCount()))
                for r in range(model.rowCount())]


def without_names(figures: Attendance) -> Attendance:
    """``figures`` with each conflict's holder as initials (for a desk that may not see
    guests' names: what it saves says no more than what it shows)."""
    return replace(figures, conflicts=tuple(
        replace(c, holder=initials(c.holder) if c.holder else c.holder)
        for c in figures.conflicts))
