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

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from passdesk.gui.i18n import formats, translate
from passdesk.gui.widgets.palette import Colour
from passdesk.gui.widgets.words import local_time
from passdesk.store import outbox
from passdesk.store.outbox import OutboxItem
from passdesk.store.outbox_kinds import OutboxKind

ItemRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

#: Longer ids are shortened in the table (the tooltip has them in full).
SHORT_ID = 12

#: Said with ``translate("sync", word)``.
STATE_WORDS = {
    outbox.PENDING: QT_TRANSLATE_NOOP("sync", "Waiting"),
    outbox.SENDING: QT_TRANSLATE_NOOP("sync", "Sending"),
    outbox.DONE: QT_TRANSLATE_NOOP("sync", "Delivered"),
    outbox.FAILED: QT_TRANSLATE_NOOP("sync", "Refused"),
    outbox.REVIEW: QT_TRANSLATE_NOOP("sync", "Needs review"),
    outbox.DISCARDED: QT_TRANSLATE_NOOP("sync", "Discarded"),
}

STATE_COLOURS = {
    outbox.FAILED: QColor(Colour.RUST),
    outbox.REVIEW: QColor(Colour.OCHRE),
}

#: Said with ``translate("sync", word)``.
KIND_WORDS = {
    OutboxKind.PASS_CREATE: QT_TRANSLATE_NOOP("sync", "Issue pass"),
    OutboxKind.PASS_UPDATE: QT_TRANSLATE_NOOP("sync", "Edit pass"),
    OutboxKind.PASS_NOTIFY: QT_TRANSLATE_NOOP("sync", "Notification"),
    OutboxKind.PASS_NULLIFY: QT_TRANSLATE_NOOP("sync", "Nullify pass"),
    OutboxKind.EVENT_CREATE: QT_TRANSLATE_NOOP("sync", "Create event"),
    OutboxKind.EVENT_UPDATE: QT_TRANSLATE_NOOP("sync", "Edit event"),
}


class Column(IntEnum):
    CHANGE = 0
    TARGET = 1
    STATE = 2
    ATTEMPTS = 3
    NEXT = 4
    ERROR = 5


#: Said with ``translate("sync", word)``.
HEADERS = {
    Column.CHANGE: QT_TRANSLATE_NOOP("sync", "Change"),
    Column.TARGET: QT_TRANSLATE_NOOP("sync", "For"),
    Column.STATE: QT_TRANSLATE_NOOP("sync", "State"),
    Column.ATTEMPTS: QT_TRANSLATE_NOOP("sync", "Tries"),
    Column.NEXT: QT_TRANSLATE_NOOP("sync", "Next try"),
    Column.ERROR: QT_TRANSLATE_NOOP("sync", "Last message"),
}


def change_words(item: OutboxItem) -> str:
    """``Loyalty +10 points``, ``Loyalty balance set to 50``, ``Notification``…"""
    payload = item.payload
    if item.kind == OutboxKind.LOYALTY_CHANGE:
        if "override" in payload:
            return translate("sync", "Loyalty balance set to {balance}").format(
                balance=formats.number(int(payload["override"])))
        delta = int(payload.get("delta", 0))
        signed = ("+" if delta >= 0 else "-") + formats.number(abs(delta))
        return translate("sync", "Loyalty {signed} point(s)", "signed: +10 or -5", abs(delta)) \
            .format(signed=signed)
    if item.kind == OutboxKind.SCAN_LOG:  # a scan made here, sent to PassEntry's dashboard
        if payload.get("status") == "failed":
            return translate("sync", "Log scan in PassEntry (denied)")
        return translate("sync", "Log scan in PassEntry (successful)")
    if item.kind == OutboxKind.PASS_UPDATE:
        body = payload.get("body", {})
        if body.get("passAction") == "deactivate":
            return translate("sync", "Deactivate pass")
        if body.get("message"):
            return translate("sync", "Edit pass and notify")
    if item.kind in KIND_WORDS:
        return translate("sync", KIND_WORDS[item.kind])
    return item.kind


def target_kind(item: OutboxItem) -> str:
    """``reader``, ``event`` or ``pass``: a key, said with ``target_noun``."""
    if item.kind == OutboxKind.SCAN_LOG:  # one reader's scans go in order
        return "reader"
    return "event" if item.kind.startswith("event.") else "pass"


def target_noun(item: OutboxItem) -> str:
    """What ``target_kind`` names, as a noun in a sentence ("this pass")."""
    match target_kind(item):
        case "reader":
            return translate("sync", "reader", "noun in a sentence: this reader")
        case "event":
            return translate("sync", "event", "noun in a sentence: this event")
    return translate("sync", "pass", "noun in a sentence: this pass")


def target_words(item: OutboxItem, *, named: bool = True) -> str:
    """What a change is for, in a sentence: "Ann Lee (pass 123)", "pass 123", or for a
    logged scan "the scan of ABC-1 as reader south-gate-1" (its own id says nothing)."""
    if item.kind == OutboxKind.SCAN_LOG:
        return translate("sync", "the scan of {value} as reader {reader}").format(
            value=item.payload.get("scanValue", ""), reader=item.payload.get("readerId"))
    event = target_kind(item) == "event"
    if named and item.subject:
        if event:
            return translate("sync", "{name} (event {id})").format(name=item.subject,
                                                                    id=item.target_id)
        return translate("sync", "{name} (pass {id})").format(name=item.subject,
                                                             id=item.target_id)
    target = item.target_id or translate("sync", "(none)", "no id")
    if event:
        return translate("sync", "event {id}").format(id=target)
    return translate("sync", "pass {id}").format(id=target)


def short_id(value: str | None) -> str:
    if not value:
        return "—"
    return value if len(value) <= SHORT_ID + 2 else value[:SHORT_ID] + "…"


#: A row that would go now, while PassEntry cannot be reached (``translate("sync", …)``).
OFFLINE_STATE = QT_TRANSLATE_NOOP("sync", "Waiting: offline")
OFFLINE_NEXT = QT_TRANSLATE_NOOP("sync", "When PassEntry answers")


def state_words(state: str, *, offline: bool = False) -> str:
    if offline and state in (outbox.PENDING, outbox.SENDING):
        return translate("sync", OFFLINE_STATE)
    return translate("sync", STATE_WORDS[state]) if state in STATE_WORDS else state


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


HELD_BACK = QT_TRANSLATE_NOOP("sync", "Held back")


def next_try_words(item: OutboxItem, now: datetime | None = None, *,
                   held: bool = False, offline: bool = False) -> str:
    if held:
        return translate("sync", HELD_BACK)
    if item.state in outbox.NEEDS_A_PERSON:
        return translate("sync", "When you retry")
    if item.state not in (outbox.PENDING, outbox.SENDING):
        return "—"
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    later = item.next_attempt_at is not None and _aware(item.next_attempt_at) > moment
    if offline:
        # Not before the time set, and not before PassEntry answers again.
        return local_time(item.next_attempt_at, seconds=True, now=now) if later \
            else translate("sync", OFFLINE_NEXT)
    if item.state == outbox.SENDING:
        return translate("sync", "Now", "next try: this moment")
    if item.next_attempt_at is None:
        return translate("sync", "As soon as possible")
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
            return translate("sync", HEADERS[Column(section)])
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
                    return translate("sync", "{value} at {reader}", "a scan at a reader") \
                        .format(value=value, reader=item.payload.get("readerId"))
                return item.subject or short_id(item.target_id)
            case Column.STATE:
                return state_words(item.state, offline=self._offline)
            case Column.ATTEMPTS:
                return formats.number(item.attempts)
            case Column.NEXT:
                return next_try_words(item, held=item.seq in self._held, offline=self._offline)
            case Column.ERROR:
                return " ".join((item.last_error or "").split())
        return ""

    def _tooltip(self, item: OutboxItem, column: Column) -> str | None:
        if column is Column.TARGET and item.kind == OutboxKind.SCAN_LOG:
            return translate("sync", "Scanned value {value}, logged as reader {reader}").format(
                value=item.payload.get("scanValue", ""), reader=item.payload.get("readerId"))
        if column is Column.TARGET and item.target_id:
            if target_kind(item) == "event":
                return translate("sync", "Event {id}").format(id=item.target_id)
            return translate("sync", "Pass {id}").format(id=item.target_id)
        if column is Column.ERROR and item.last_error:
            return item.last_error
        if column is Column.NEXT and item.seq in self._held:
            return translate("sync", "Waits for an earlier change to this {target} that needs "
                                     "you: retry or discard that one first.").format(
                target=target_noun(item))
        if column is Column.CHANGE:
            made = local_time(item.created_at, seconds=True)
            message = item.payload.get("message")
            if message:
                return translate("sync", "Made at {made}\nMessage: {message}").format(
                    made=made, message=message)
            return translate("sync", "Made at {made}").format(made=made)
        return None
