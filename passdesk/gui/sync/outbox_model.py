"""The outbox as a table: changes made here that PassEntry does not have yet.

``OutboxTableModel`` shows a list of ``OutboxItem`` (plain, frozen data read
by a worker); ``set_items`` replaces it. Each row says what the change is in
words, which pass or event, its state, how often it was tried, when it is tried
next and the API's last message. ``ItemRole`` gives the ``OutboxItem`` itself.
Offline (``set_offline``), nothing is being sent: a row reads "Waiting: offline",
and its next try is when PassEntry answers again, not "Now".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from passdesk.gui.widgets.palette import Colour
from passdesk.gui.widgets.words import local_time
from passdesk.store import outbox
from passdesk.store.outbox import OutboxItem
from passdesk.store.outbox_kinds import OutboxKind

ItemRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

#: Longer ids are shortened in the table (the tooltip has them in full).
SHORT_ID = 12

STATE_WORDS = {
    outbox.PENDING: "Waiting",
    outbox.SENDING: "Sending",
    outbox.DONE: "Delivered",
    outbox.FAILED: "Refused",
    outbox.REVIEW: "Needs review",
    outbox.DISCARDED: "Discarded",
}

STATE_COLOURS = {
    outbox.FAILED: QColor(Colour.RUST),
    outbox.REVIEW: QColor(Colour.OCHRE),
}

KIND_WORDS = {
    OutboxKind.PASS_CREATE: "Issue pass",
    OutboxKind.PASS_UPDATE: "Edit pass",
    OutboxKind.PASS_NOTIFY: "Notification",
    OutboxKind.PASS_NULLIFY: "Nullify pass",
    OutboxKind.EVENT_CREATE: "Create event",
    OutboxKind.EVENT_UPDATE: "Edit event",
}


class Column(IntEnum):
    CHANGE = 0
    TARGET = 1
    STATE = 2
    ATTEMPTS = 3
    NEXT = 4
    ERROR = 5


HEADERS = {
    Column.CHANGE: "Change",
    Column.TARGET: "For",
    Column.STATE: "State",
    Column.ATTEMPTS: "Tries",
    Column.NEXT: "Next try",
    Column.ERROR: "Last message",
}


def change_words(item: OutboxItem) -> str:
    """``Loyalty +10 points``, ``Loyalty balance set to 50``, ``Notification``…"""
    payload = item.payload
    if item.kind == OutboxKind.LOYALTY_CHANGE:
        if "override" in payload:
            return f"Loyalty balance set to {payload['override']:,}"
        delta = int(payload.get("delta", 0))
        return f"Loyalty {delta:+,} {'point' if abs(delta) == 1 else 'points'}"
    if item.kind == OutboxKind.SCAN_LOG:  # a scan made here, sent to PassEntry's dashboard
        denied = payload.get("status") == "failed"
        return f"Log scan in PassEntry ({'denied' if denied else 'successful'})"
    if item.kind == OutboxKind.PASS_UPDATE:
        body = payload.get("body", {})
        if body.get("passAction") == "deactivate":
            return "Deactivate pass"
        if body.get("message"):
            return "Edit pass and notify"
    return KIND_WORDS.get(item.kind, item.kind)


def target_kind(item: OutboxItem) -> str:
    if item.kind == OutboxKind.SCAN_LOG:  # one reader's scans go in order
        return "reader"
    return "event" if item.kind.startswith("event.") else "pass"


def target_words(item: OutboxItem, *, named: bool = True) -> str:
    """What a change is for, in a sentence: "Ann Lee (pass 123)", "pass 123", or for a
    logged scan "the scan of ABC-1 as reader south-gate-1" (its own id says nothing)."""
    if item.kind == OutboxKind.SCAN_LOG:
        return (f"the scan of {item.payload.get('scanValue', '')} as reader "
                f"{item.payload.get('readerId')}")
    if named and item.subject:
        return f"{item.subject} ({target_kind(item)} {item.target_id})"
    return f"{target_kind(item)} {item.target_id or '(none)'}"


def short_id(value: str | None) -> str:
    if not value:
        return "—"
    return value if len(value) <= SHORT_ID + 2 else value[:SHORT_ID] + "…"


#: A row that would go now, while PassEntry cannot be reached.
OFFLINE_STATE = "Waiting: offline"
OFFLINE_NEXT = "When PassEntry answers"


def state_words(state: str, *, offline: bool = False) -> str:
    if offline and state in (outbox.PENDING, outbox.SENDING):
        return OFFLINE_STATE
    return STATE_WORDS.get(state, state)


def held_back(items: Sequence[OutboxItem]) -> set[int]:
    """Waiting rows behind an earlier change to the same pass or event that needs a
    person: they are not sent until that one is retried or discarded."""
    stuck: set[str] = set()
    held: set[int] = set()
    for item in sorted(items, key=lambda i: i.seq):
        if item.state == outbox.PENDING and item.order_key in stuck:
            held.add(item.seq)
        if item.state in outbox.NEEDS_A_PERSON:
            stuck.add(item.order_key)
    return held


HELD_BACK = "Held back"


def next_try_words(item: OutboxItem, now: datetime | None = None, *,
                   held: bool = False, offline: bool = False) -> str:
    if held:
        return HELD_BACK
    if item.state in outbox.NEEDS_A_PERSON:
        return "When you retry"
    if item.state not in (outbox.PENDING, outbox.SENDING):
        return "—"
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    later = item.next_attempt_at is not None and _aware(item.next_attempt_at) > moment
    if offline:
        # Not before the time set, and not before PassEntry answers again.
        return local_time(item.next_attempt_at, seconds=True, now=now) if later \
            else OFFLINE_NEXT
    if item.state == outbox.SENDING:
        return "Now"
    if item.next_attempt_at is None:
        return "As soon as possible"
    return local_time(item.next_attempt_at, seconds=True, now=now)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class OutboxTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[OutboxItem] = []
        self._held: set[int] = set()
        self._offline = False

    # --- data in -------------------------------------------------------------

    def set_items(self, items: Sequence[OutboxItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._held = held_back(self._items)
        self.endResetModel()

    def set_offline(self, offline: bool) -> None:
        """PassEntry cannot be reached (or can again): the state and next try follow."""
        if offline == self._offline:
            return
        self._offline = offline
        if self._items:
            self.dataChanged.emit(self.index(0, Column.STATE),
                                  self.index(len(self._items) - 1, Column.NEXT))

    @property
    def offline(self) -> bool:
        return self._offline

    def item(self, row: int) -> OutboxItem:
        return self._items[row]

    @property
    def items(self) -> list[OutboxItem]:
        return list(self._items)

    def is_held_back(self, item: OutboxItem) -> bool:
        return item.seq in self._held

    def row_of(self, seq: int) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.seq == seq), None)

    # --- Qt ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.STATE, Column.ERROR):
            return STATE_COLOURS.get(item.state)
        if role == Qt.ItemDataRole.FontRole and column is Column.STATE \
                and item.state in outbox.NEEDS_A_PERSON:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: OutboxItem, column: Column) -> str:
        match column:
            case Column.CHANGE:
                return change_words(item)
            case Column.TARGET:
                if item.kind == OutboxKind.SCAN_LOG:  # the value as scanned, at which reader
                    value = str(item.payload.get("scanValue") or "—")
                    value = value if len(value) <= 26 else value[:24] + "…"
                    return f"{value} at {item.payload.get('readerId')}"
                return item.subject or short_id(item.target_id)
            case Column.STATE:
                return state_words(item.state, offline=self._offline)
            case Column.ATTEMPTS:
                return str(item.attempts)
            case Column.NEXT:
                return next_try_words(item, held=item.seq in self._held, offline=self._offline)
            case Column.ERROR:
                return " ".join((item.last_error or "").split())
        return ""

    def _tooltip(self, item: OutboxItem, column: Column) -> str | None:
        if column is Column.TARGET and item.kind == OutboxKind.SCAN_LOG:
            return (f"Scanned value {item.payload.get('scanValue', '')}, logged as reader "
                    f"{item.payload.get('readerId')}")
        if column is Column.TARGET and item.target_id:
            return f"{target_kind(item).capitalize()} {item.target_id}"
        if column is Column.ERROR and item.last_error:
            return item.last_error
        if column is Column.NEXT and item.seq in self._held:
            return (f"Waits for an earlier change to this {target_kind(item)} that needs you: "
                    "retry or discard that one first.")
        if column is Column.CHANGE:
            made = local_time(item.created_at, seconds=True)
            message = item.payload.get("message")
            return f"Made at {made}" + (f"\nMessage: {message}" if message else "")
        return None
