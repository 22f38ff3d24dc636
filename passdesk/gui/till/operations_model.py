"""A till's list of loyalty operations as a table model (newest first)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from passdesk.core.loyalty import Action
from passdesk.gui.i18n import translate
from passdesk.gui.till.words import money, points, sign
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


HEADERS = {Column.TIME: QT_TRANSLATE_NOOP("till", "Time"),
           Column.WHO: QT_TRANSLATE_NOOP("till", "Customer"),
           Column.WHAT: QT_TRANSLATE_NOOP("till", "Operation"),
           Column.POINTS: QT_TRANSLATE_NOOP("till", "Points"),
           Column.BALANCE: QT_TRANSLATE_NOOP("till", "New balance"),
           Column.STATE: QT_TRANSLATE_NOOP("till", "State")}

#: An operation's kind as the till says it (English; ``action_words`` says it now).
ACTION_WORDS = {Action.EARN: QT_TRANSLATE_NOOP("till", "Earned"),
                Action.ADD: QT_TRANSLATE_NOOP("till", "Added"),
                Action.REDEEM: QT_TRANSLATE_NOOP("till", "Redeemed"),
                Action.SET: QT_TRANSLATE_NOOP("till", "Balance set"),
                Action.SCAN: QT_TRANSLATE_NOOP("till", "Scan"),
                Action.UNDO: QT_TRANSLATE_NOOP("till", "Admission undone")}
#: Operation states as the till says them.
STATE_WORDS = {"pending": QT_TRANSLATE_NOOP("till", "Pending"),
               "applied": QT_TRANSLATE_NOOP("till", "Confirmed"),
               "failed": QT_TRANSLATE_NOOP("till", "Refused"),
               "review": QT_TRANSLATE_NOOP("till", "Needs review"),
               "discarded": QT_TRANSLATE_NOOP("till", "Discarded")}
STATE_COLOURS = {"pending": Colour.AMBER_700, "applied": Colour.GREEN_700, "failed": Colour.RED_700,
                 "review": Colour.RED_700, "discarded": Colour.GREY_500}


def what_words(line: OperationLine, currency: str = "") -> str:
    try:
        words = translate("till", ACTION_WORDS[Action(line.action)])  # marked above
    except ValueError:
        words = translate("till", "Balance set") if line.kind == "override" \
            else translate("till", "Changed")
    if line.spent:
        words = translate("till", "{what} · spent {spent}").format(
            what=words, spent=money(line.spent, currency))
    return words


def points_words(line: OperationLine) -> str:
    if line.kind == "override":
        return f"= {points(line.amount, line.balance_type)}"
    return f"{sign(line.amount)}{points(abs(line.amount), line.balance_type)}"


def balance_words(line: OperationLine) -> str:
    """The confirmed balance when the API gave one, else the one the customer was told."""
    value = line.confirmed_balance if line.confirmed_balance is not None else line.balance_after
    return points(value, line.balance_type) if value is not None else ""


class OperationsModel(RowsModel[OperationLine]):
    def __init__(self, parent=None) -> None:
        super().__init__([translate("till", HEADERS[c]) for c in Column], parent)
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
            message = translate("till", "Message: {message}").format(message=line.message) \
                if line.message else None
            return "\n".join(bit for bit in (line.note, message) if bit) or None
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
        return translate("till", STATE_WORDS[line.state]) if line.state in STATE_WORDS \
            else line.state
