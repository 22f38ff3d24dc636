"""The Passes list as a Qt model: millions of rows, read as they are looked at.

A list is an ordered snapshot of keys (``store.pass_list.list_keys``), read
on the store's worker: the first screenful first, so rows show at once, then
the whole list behind it. Cells are read a page at a time, also on the
worker, when the view first asks for them; until then a row shows "…". Only
recently seen pages are kept, so memory stays flat however far one scrolls.

Reads of the list go one at a time (``OneReadAtATime``): store notices during a
read (a pull storing page after page) make one more read after it, never a
stack of reads. A new list asked for (search, filter, sort) starts at once; the
older read's answer is dropped by its generation, never shown over the new one,
and the older read itself is stopped (``ReadStop``): on the one store worker the
new list would otherwise wait for a whole million keys read for nobody.

While a sync stores page after page, the list is read again at most once per
twice the time its last reading took (``PACE``): reading a million keys back to
back would keep a core busy and the UI thread short of the GIL.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Iterable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from passdesk.gui.i18n import formats, translate
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.pass_list import KeyList, PassFilter, PassRow, SortKey
from passdesk.store.pass_list_reads import (
    ReadStop,
    read_again,
    read_first_page,
    read_keys,
    read_rows,
)

log = logging.getLogger(__name__)

#: Rows read per page: a tall window shows ~40, so one page covers scrolling a while.
PAGE = 200
#: Pages kept in memory (least recently used go first).
KEPT_PAGES = 40
#: After reading the list again, the next reading again waits this many times as
#: long as that one took (at most MAX_PAUSE_S): a store changing all the time (a
#: sync) gets the list read at most a third of the time.
PACE = 2.0
MAX_PAUSE_S = 2.0
_ROOT = QModelIndex()


class Column(IntEnum):
    """Left to right as needed most: the number printed on the pass and its event
    right after the name; the ext id (the number when a pass has none) last."""

    NAME = 0
    NUMBER = 1
    EVENT = 2
    STATUS = 3
    CREATED = 4
    TEMPLATE = 5
    DEVICE = 6
    GROUP_TAG = 7
    EXT_ID = 8


HEADERS = {Column.NAME: QT_TRANSLATE_NOOP("passes", "Name"),
           Column.NUMBER: QT_TRANSLATE_NOOP("passes", "Number"),
           Column.EVENT: QT_TRANSLATE_NOOP("passes", "Event"),
           Column.STATUS: QT_TRANSLATE_NOOP("passes", "Status"),
           Column.CREATED: QT_TRANSLATE_NOOP("passes", "Created"),
           Column.TEMPLATE: QT_TRANSLATE_NOOP("passes", "Template"),
           Column.DEVICE: QT_TRANSLATE_NOOP("passes", "Device"),
           Column.GROUP_TAG: QT_TRANSLATE_NOOP("passes", "Group tag"),
           Column.EXT_ID: QT_TRANSLATE_NOOP("passes", "Ext id")}
#: What each column sorts by (``pass_list.SORT_COLUMNS``); None: not sortable (no
#: index keeps a million passes in that order: search or filter instead).
SORTS_BY = {Column.NAME: "display_name", Column.NUMBER: None, Column.EVENT: None,
            Column.STATUS: "status", Column.CREATED: "created_at",
            Column.TEMPLATE: "template_name", Column.DEVICE: "device_type",
            Column.GROUP_TAG: "group_tag", Column.EXT_ID: "ext_id"}
#: What an unsortable header says when pointed at.
NOT_SORTED_WORDS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("passes", "Type a number in the search to find its pass"),
    Column.EVENT: QT_TRANSLATE_NOOP("passes", "Pick an event in the filters to see its passes")}
#: A pass's status in the list (the stored word is the key).
STATUS_WORDS = {"active": QT_TRANSLATE_NOOP("passes", "Active"),
                "issued": QT_TRANSLATE_NOOP("passes", "Issued"),
                "removed": QT_TRANSLATE_NOOP("passes", "Removed"),
                "deactivated": QT_TRANSLATE_NOOP("passes", "Deactivated"),
                "nullified": QT_TRANSLATE_NOOP("passes", "Nullified"),
                "pending": QT_TRANSLATE_NOOP("passes", "Pending")}


def status_words(status: str | None) -> str:
    """A stored status as people read it ("Active"); an unknown one capitalised."""
    if not status:
        return ""
    known = STATUS_WORDS.get(status)
    return translate("passes", known) if known else status.capitalize()
#: "apple" is the word stored before PassEntry said "iphone": it still reads as Apple.
DEVICE_WORDS = {"iphone": "Apple", "apple": "Apple", "android": "Google"}
#: Columns whose text may be cut short: their tooltip shows it whole.
ELIDING = (Column.NAME, Column.NUMBER, Column.EVENT, Column.EXT_ID, Column.TEMPLATE,
           Column.GROUP_TAG)
#: Columns whose tooltip is shown however short the text.
ALWAYS_TIPPED = (Column.NUMBER, Column.EXT_ID, Column.TEMPLATE)


def sortable(column: int) -> bool:
    return SORTS_BY[Column(column)] is not None


def _cell(row: PassRow, column: int) -> str:
    match column:
        case Column.NAME:
            return row.display_name or translate("passes", "(no name)")
        case Column.NUMBER:
            return row.barcode_value or row.ext_id or ""
        case Column.EVENT:
            return row.event_name or ""
        case Column.EXT_ID:
            return row.ext_id or ""
        case Column.STATUS:
            return status_words(row.status)
        case Column.DEVICE:
            return DEVICE_WORDS.get(row.device_type or "", row.device_type or "")
        case Column.TEMPLATE:
            return row.template_name or ""
        case Column.GROUP_TAG:
            return row.group_tag or ""
        case _:
            return _when(row.created_at)


def _tooltip(row: PassRow, column: int, text: str) -> str | None:
    """The whole value of a cell that may elide; an event's name with its date."""
    if column == Column.EVENT:
        if not text:
            return None
        if row.event_start is None:
            return text
        return translate("passes", "{event}\nStarts {when}").format(
            event=text, when=_when(row.event_start))
    long = column in ALWAYS_TIPPED or len(text) > 24
    return text if long and text and column in ELIDING else None


def _when(value: datetime | None) -> str:
    return formats.moment(value) if value is not None else ""


class PassesModel(QAbstractTableModel):
    """``loaded`` when a new list shows its first rows; ``completed`` when the whole
    key list is in; ``failed(message)`` when the store could not be read;
    ``read_started`` when a read of the list begins (it reads the store as it is
    then, so it covers every store notice before it)."""

    read_started = Signal()
    loaded = Signal()
    completed = Signal()
    failed = Signal(str)
    #: Asks the view's owner to re-sort (a header was clicked): (column, descending).
    sort_requested = Signal(str, bool)

    def __init__(self, database: Database, tasks: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database, self._store_tasks = database, tasks
        self.filter, self.sort_key = PassFilter(), SortKey()
        self._keys: list[Any] = []
        self.capped = False
        #: The whole key list is in (not just the first page).
        self.complete = False
        #: Increases with every list asked for; answers to older ones are dropped.
        self.generation = 0
        #: The generation whose first rows are shown (or whose read failed).
        self.shown_generation = 0
        #: The generation of the last new list asked for (``load``; not ``reload``).
        self.asked_generation = 0
        #: The list's reads (first page and rest, or again): one at a time.
        self._reads = OneReadAtATime(self.reload)
        self._pages: OrderedDict[int, dict[Any, PassRow]] = OrderedDict()
        self._asked: set[int] = set()
        #: Stops the running read of the list when a newer list is asked for.
        self._stop: ReadStop | None = None
        #: When the running read again began, and the earliest the next may begin.
        self._again_began = 0.0
        self._next_again = 0.0
        self._pace = QTimer(self, singleShot=True)
        self._pace.timeout.connect(self.reload)

    # --- Qt model -------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("passes", HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole:
            return (translate("passes", NOT_SORTED_WORDS[Column(section)])
                    if Column(section) in NOT_SORTED_WORDS else None)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.pass_row(index.row())
        if row is None:
            self._ask(index.row() // PAGE)
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        text = _cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, index.column(), text)
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        by = SORTS_BY[Column(column)]
        if by is None:  # the pane puts the header's arrow back
            return
        wanted = SortKey(by, order == Qt.SortOrder.DescendingOrder)
        if wanted != self.sort_key:
            self.sort_requested.emit(wanted.column, wanted.descending)

    # --- rows -----------------------------------------------------------------

    def pass_row(self, row: int) -> PassRow | None:
        if not 0 <= row < len(self._keys):
            return None
        page = self._pages.get(row // PAGE)
        return page.get(self._keys[row]) if page is not None else None

    def row_loaded(self, row: int) -> bool:
        return self.pass_row(row) is not None

    def key_of(self, row: int) -> Any:
        return self._keys[row]

    def rows_of_keys(self, keys: Iterable[Any]) -> list[int]:
        """Rows of ``keys`` in the list now (those no longer in it are left out)."""
        wanted = set(keys)
        if not wanted:
            return []
        return [row for row, key in enumerate(self._keys) if key in wanted]

    # --- reading --------------------------------------------------------------

    def load(self, flt: PassFilter, sort: SortKey) -> None:
        """Show a new list: its first page as soon as read, the rest behind it."""
        self.filter, self.sort_key = flt, sort
        self.generation += 1
        self.asked_generation = generation = self.generation
        self._reads.restart()
        self._pace.stop()  # this read covers a reading again that was waiting
        self._again_began = 0.0  # a reading again running now is dropped, not timed
        stop = self._new_stop()
        self.read_started.emit()
        db = self._database
        # A search reads at most SEARCH_CAP keys: one read is as quick as two.
        limit = None if flt.text.strip() else PAGE

        def first() -> tuple[KeyList, list[PassRow]]:
            return read_first_page(db, flt, sort, page=PAGE, limit=limit, stop=stop)

        self._run(first, lambda got: self._show_first(generation, *got), generation)

    def reload(self) -> None:
        """Read the same list again (the store changed); the rows seen stay in place.
        While the list is being read, this only asks for one more read after it; soon
        after the last reading again, it waits its turn (``PACE``)."""
        wait = self._next_again - time.perf_counter()
        if wait > 0 and not self._reads.reading:
            if not self._pace.isActive():
                self._pace.start(max(1, round(wait * 1000)))
            return
        if not self._reads.begin():
            return
        self.read_started.emit()
        self.generation += 1
        generation, db = self.generation, self._database
        flt, sort = self.filter, self.sort_key
        pages = list(self._pages)
        stop = self._new_stop()
        self._again_began = time.perf_counter()

        def again() -> tuple[KeyList, dict[int, list[PassRow]]]:
            return read_again(db, flt, sort, pages, page=PAGE, stop=stop)

        self._run(again, lambda got: self._replace(generation, *got), generation)

    def _new_stop(self) -> ReadStop:
        """The next read's stop; the read running now (an older list) is stopped."""
        if self._stop is not None:
            self._stop.stop()
        self._stop = ReadStop()
        return self._stop

    @property
    def paced(self) -> bool:
        """A reading again is due and waits its turn (``PACE``)."""
        return self._pace.isActive()

    @property
    def reading(self) -> bool:
        """A new list was asked for and neither it nor a newer one was shown (or failed)
        yet. Every path that drops an answer leaves a newer read that ends this."""
        return self.shown_generation < self.asked_generation

    def _run(self, fn, on_success, generation: int | None = None) -> None:
        """``generation``: the list this read belongs to (None: a page of cells)."""
        try:
            self._store_tasks.run(fn, owner=self, on_success=on_success,
                                  on_failure=lambda exc: self._failed(generation, exc))
        except RuntimeError:  # the store's worker was shut down: the app is closing
            log.debug("passes list not read: the app is closing")

    def _failed(self, generation: int | None, exc: Exception) -> None:
        if generation is not None and generation != self.generation:
            return  # a newer list was asked for: its answer (or failure) follows
        log.warning("reading the passes list failed: %s", exc)
        if generation is not None:
            # Nothing more comes for this list: no longer "reading", and a reload
            # (the pane retries) is not held back waiting for a rest that failed.
            self.shown_generation, self.complete = generation, True
            # Whoever hears ``failed`` reads again after a while (or at once).
            self._reads.failed()
        self.failed.emit(str(exc))

    def _show_first(self, generation: int, keys: KeyList, rows: list[PassRow]) -> None:
        if generation != self.generation:
            return
        self.beginResetModel()
        self._keys, self.capped, self.complete = keys.keys, keys.capped, keys.complete
        self._pages.clear()
        self._asked.clear()
        self._pages[0] = {r.key: r for r in rows}
        self.shown_generation = generation
        self.endResetModel()
        self.loaded.emit()
        if keys.complete:
            self.completed.emit()
            self._reads.done()
            return
        db, flt, sort, stop = self._database, self.filter, self.sort_key, self._stop

        def rest() -> KeyList:
            return read_keys(db, flt, sort, stop)

        self._run(rest, lambda got: self._show_rest(generation, got), generation)

    def _show_rest(self, generation: int, keys: KeyList) -> None:
        if generation != self.generation:
            return
        shown = len(self._keys)
        if keys.keys[:shown] != self._keys:  # the store changed in between: start over
            self._replace(generation, keys, {})
            return
        self.complete, self.capped = True, keys.capped
        if len(keys.keys) > shown:
            self.beginInsertRows(_ROOT, shown, len(keys.keys) - 1)
            self._keys = keys.keys
            self.endInsertRows()
        self.completed.emit()
        self._reads.done()

    def _replace(self, generation: int, keys: KeyList, pages: dict[int, list[PassRow]]) -> None:
        if generation != self.generation:
            return
        # A layout change, not a reset: the view keeps its scroll position and
        # the pane puts the selection back by key.
        self.layoutAboutToBeChanged.emit()
        self._keys, self.capped, self.complete = keys.keys, keys.capped, True
        self._pages.clear()
        self._asked.clear()
        for page, rows in pages.items():
            self._pages[page] = {r.key: r for r in rows}
        self.shown_generation = generation
        if self._again_began:
            took = time.perf_counter() - self._again_began
            self._next_again = time.perf_counter() + min(PACE * took, MAX_PAUSE_S)
            self._again_began = 0.0
        self.layoutChanged.emit()
        self.loaded.emit()
        self.completed.emit()
        self._reads.done()

    def _ask(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        generation, db = self.shown_generation, self._database
        keys = self._keys[page * PAGE:(page + 1) * PAGE]

        def read() -> list[PassRow]:
            return read_rows(db, keys)

        self._run(read, lambda rows: self._show_page(generation, page, rows))

    def _show_page(self, generation: int, page: int, rows: list[PassRow]) -> None:
        self._asked.discard(page)
        if generation != self.shown_generation:
            return
        self._pages[page] = {r.key: r for r in rows}
        self._pages.move_to_end(page)
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE
        last = min(len(self._keys), first + PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1),
                                  [Qt.ItemDataRole.DisplayRole])
