"""A till's list of loyalty operations as a table model (newest first)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from passdesk.core.loyalty import Action, format_points
from passdesk.gui.widgets.palette import Colour
from passdesk.gui.widgets.rows_model import RowsModel
from passdesk.gui.widgets.words import local_time
from passdesk.store.loyalty import OperationLine


class Column(IntEnum):
    TIME = 0
    WHO = 1
    WHAT = 2
    POINTS = 3
    BALANCE = 4
    STATE = 5


HEADERS = {Column.TIME: "Time", Column.WHO: "Customer", Column.WHAT: "Operation",
           Column.POINTS: "Points", Column.BALANCE: "New balance", Column.STATE: "State"}

ACTION_WORDS = {Action.EARN: "Earned", Action.ADD: "Added", Action.REDEEM: "Redeemed",
                Action.SET: "Balance set", Action.SCAN: "Scan",
                Action.UNDO: "Admission undone"}
#: Operation states as the till says them.
STATE_WORDS = {"pending": "Pending", "applied": "Confirmed", "failed": "Refused",
               "review": "Needs review", "discarded": "Discarded"}
STATE_COLOURS = {"pending": Colour.AMBER_700, "applied": Colour.GREEN_700, "failed": Colour.RED_700,
                 "review": Colour.RED_700, "discarded": Colour.GREY_500}


def what_words(line: OperationLine, currency: str = "") -> str:
    try:
        words = ACTION_WORDS[Action(line.action)]
    except ValueError:
        words = "Balance set" if line.kind == "override" else "Changed"
    if line.spent:
        words += f" · spent {currency}{line.spent}"
    return words


def points_words(line: OperationLine) -> str:
    if line.kind == "override":
        return f"= {format_points(line.amount, line.balance_type)}"
    sign = "+" if line.amount >= 0 else "\u2212"
    return f"{sign}{format_points(abs(line.amount), line.balance_type)}"


def balance_words(line: OperationLine) -> str:
    """The confirmed balance when the API gave one, else the one the customer was told."""
    value = line.confirmed_balance if line.confirmed_balance is not None else line.balance_after
    return format_points(value, line.balance_type) if value is not None else ""


class OperationsModel(RowsModel[OperationLine]):
    def __init__(self, parent=None) -> None:
        super().__init__([HEADERS[c] for c in Column], parent)
        self.currency = ""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(bit for bit in (line.note, f"Message: {line.message}"
                                             if line.message else None) if bit) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATE:
            return QBrush(QColor(STATE_COLOURS.get(line.state, Colour.GREY_700)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.POINTS,
                                                                    Column.BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, line: OperationLine, column: Column) -> str:
        if column == Column.TIME:
            return local_time(line.at)
        if column == Column.WHO:
            return line.holder or line.pass_id
        if column == Column.WHAT:
            return what_words(line, self.currency)
        if column == Column.POINTS:
            return points_words(line)
        if column == Column.BALANCE:
            return balance_words(line)
        return STATE_WORDS.get(line.state, line.state)
