"""Table editors for a pass's locations and beacons, checked as typed.

Each editor turns its rows into ``Location``/``Beacon`` records and asks
``core.limits`` what is wrong, so the dialog, the client and the sandbox
agree on the limits. Problems show in the label under the table; the dialog
reads ``problems()`` to disable OK with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from passdesk.core import limits
from passdesk.core.records import Beacon, Location
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.style import Tone, set_tone


@dataclass(frozen=True)
class Column:
    #: The header (a QT_TRANSLATE_NOOP source in the "passes" context).
    title: str
    key: str
    #: Text -> value; raises ValueError with nothing to add (the editor words it).
    parse: Callable[[str], Any]
    #: What a value that does not parse is, with {n} (the row) and {value} ("passes").
    problem: str


def _text(value: str) -> str:
    return value


class PlacesEditor(QWidget):
    """A table with Add and Remove; ``changed`` after every edit."""

    changed = Signal()
    COLUMNS: tuple[Column, ...] = ()
    LIMIT = 10
    #: The table's name for screen readers and the Add button ("passes" sources).
    NAME = QT_TRANSLATE_NOOP("passes", "Rows")
    ADD = QT_TRANSLATE_NOOP("passes", "&Add row")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([translate("passes", c.title) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(translate("passes", self.NAME))
        self.add_button = QPushButton(translate("passes", self.ADD), self)
        self.remove_button = QPushButton(translate("passes", "&Remove"), self)
        self.problem_label = QLabel(self, wordWrap=True)
        self.problem_label.setVisible(False)
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem_label)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemChanged.connect(lambda _item: self._refresh())
        self._refresh()

    def add_row(self, values: tuple[str, ...] = ()) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col in range(len(self.COLUMNS)):
            text = values[col] if col < len(values) and values[col] is not None else ""
            self.table.setItem(row, col, QTableWidgetItem(str(text)))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self._refresh()
        return row

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._refresh()

    def _cells(self, row: int) -> list[str]:
        out = []
        for col in range(len(self.COLUMNS)):
            item = self.table.item(row, col)
            out.append(item.text().strip() if item is not None else "")
        return out

    def _parsed(self) -> tuple[list[dict[str, Any]], list[str]]:
        records, problems = [], []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for column, text in zip(self.COLUMNS, self._cells(row), strict=True):
                if not text:
                    values[column.key] = None
                    continue
                try:
                    values[column.key] = column.parse(text)
                except ValueError:
                    problems.append(translate("passes", column.problem).format(
                        n=row + 1, value=repr(text)))
            records.append(values)
        return records, problems

    def records(self) -> list[Any]:
        raise NotImplementedError

    def limit_problems(self, records: list[Any]) -> list[str]:
        raise NotImplementedError

    def problems(self) -> list[str]:
        _values, problems = self._parsed()
        if problems:
            return problems
        return self.limit_problems(self.records())

    def _refresh(self) -> None:
        problems = self.problems()
        set_tone(self.problem_label, Tone.ERROR if problems else Tone.NONE,
                 "\n".join(say(p) for p in problems))
        self.problem_label.setVisible(bool(problems))
        self.remove_button.setEnabled(self.table.rowCount() > 0)
        self.count_label.setText(translate("passes", "{count} of at most {most}").format(
            count=self.table.rowCount(), most=self.LIMIT))
        self.changed.emit()


def _float(text: str) -> float:
    return float(text.replace(",", "."))


class LocationsEditor(PlacesEditor):
    NAME = QT_TRANSLATE_NOOP("passes", "Locations")
    ADD = QT_TRANSLATE_NOOP("passes", "&Add location")
    LIMIT = limits.MAX_LOCATIONS
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("passes", "Latitude"), "latitude", _float,
               QT_TRANSLATE_NOOP("passes", "location {n}: latitude {value} is not a number")),
        Column(QT_TRANSLATE_NOOP("passes", "Longitude"), "longitude", _float,
               QT_TRANSLATE_NOOP("passes", "location {n}: longitude {value} is not a number")),
        Column(QT_TRANSLATE_NOOP("passes", "Radius (m)"), "radius", _float,
               QT_TRANSLATE_NOOP("passes", "location {n}: radius (m) {value} is not a number")),
        Column(QT_TRANSLATE_NOOP("passes", "Relevant text"), "message", _text,
               QT_TRANSLATE_NOOP("passes", "location {n}: relevant text {value} is not text")))

    def records(self) -> list[Location]:
        values, _problems = self._parsed()
        return [Location(**v) for v in values]

    def limit_problems(self, records: list[Location]) -> list[str]:
        return limits.location_problems(records)


class BeaconsEditor(PlacesEditor):
    NAME = QT_TRANSLATE_NOOP("passes", "Beacons")
    ADD = QT_TRANSLATE_NOOP("passes", "&Add beacon")
    LIMIT = limits.MAX_BEACONS
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("passes", "Proximity UUID"), "proximity_uuid", _text,
               QT_TRANSLATE_NOOP("passes", "beacon {n}: proximity UUID {value} is not text")),
        Column(QT_TRANSLATE_NOOP("passes", "Major"), "major", int,
               QT_TRANSLATE_NOOP("passes", "beacon {n}: major {value} is not a whole number")),
        Column(QT_TRANSLATE_NOOP("passes", "Minor"), "minor", int,
               QT_TRANSLATE_NOOP("passes", "beacon {n}: minor {value} is not a whole number")),
        Column(QT_TRANSLATE_NOOP("passes", "Relevant text"), "message", _text,
               QT_TRANSLATE_NOOP("passes", "beacon {n}: relevant text {value} is not text")))

    def records(self) -> list[Beacon]:
        values, _problems = self._parsed()
        return [Beacon(**v) for v in values]

    def limit_problems(self, records: list[Beacon]) -> list[str]:
        return limits.beacon_problems(records)
