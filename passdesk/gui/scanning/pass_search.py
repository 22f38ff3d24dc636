"""Finding a pass by what a person typed: a name or a ticket / customer number.

Shared by the door and the till: ``find_rows`` runs on the store's worker;
``PassSearch`` drives a search field and its result list (a short delay after
each key, answers to older text dropped, Escape clears, Down goes to the list).
Each result is up to three lines (``ResultDelegate``): the holder and the pass's
status; the event and its date, or a loyalty card's balance; the number printed
on the pass and the seat. The status is never cut off and nothing scrolls sideways.
What a pick does, and the hint's words, are the pane's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from passdesk.core.loyalty import DECIMAL_PLACES, BalanceType
from passdesk.gui.i18n import formats, translate
from passdesk.gui.widgets.palette import Colour
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.search import PassHit, search_passes

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 20
#: The lines under the name ("\n" between them) and the status of a result.
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
TONE_ROLE = Qt.ItemDataRole.UserRole + 3
#: A status's colour (the word is the Passes list's: "Active", "Deactivated"…).
STATUS_COLOURS = {"active": Colour.GREEN_700, "issued": Colour.GREY_600,
                  "removed": Colour.AMBER_700, "deactivated": Colour.RED_700}


@dataclass(frozen=True)
class ResultRow:
    """One result as the list shows it."""

    pass_id: str
    name: str
    status: str
    #: The lines under the name: what the pass is for, then its number and seat.
    lines: tuple[str, ...]
    tone: str = ""

    @property
    def detail(self) -> str:
        return "\n".join(self.lines)

    @property
    def text(self) -> str:
        """The whole row in one line (what a screen reader says)."""
        return " · ".join(bit for bit in (self.name, self.status, *self.lines) if bit)


def event_when(start: datetime, time_zone: str | None) -> str:
    """``Tue 8 Dec 2026, 19:00`` in the event's own time zone (the ticket's time)."""
    moment = start if start.tzinfo else start.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(ZoneInfo(time_zone)) if time_zone else moment.astimezone()
    except (ZoneInfoNotFoundError, ValueError):
        moment = moment.astimezone()
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    return translate("door", "{day}, {time}", "an event's day and time").format(
        day=day, time=f"{moment:%H:%M}")


def status_words(status: str) -> str:
    """A stored status as the Passes list says it ("Active"); an unknown one capitalised."""
    if status == "active":
        return translate("passes", "Active")
    if status == "deactivated":
        return translate("passes", "Deactivated")
    if status == "nullified":
        return translate("passes", "Nullified")
    if status == "pending":
        return translate("passes", "Pending")
    return status.capitalize()


def _points(value: int, balance_type: str | None) -> str:
    """A loyalty card's balance as the pass shows it, in the locale's digits."""
    if BalanceType.of(balance_type) is BalanceType.DECIMAL:
        shown = QLocale().toString(value / 10 ** DECIMAL_PLACES, "f", DECIMAL_PLACES)
    else:
        shown = formats.number(value)
    return translate("door", "{points} points", "a loyalty card's balance").format(
        points=shown)


def result_row(hit: PassHit) -> ResultRow:
    """What a person needs to tell passes apart: who, the printed number, which
    event and when, the seat, a loyalty card's balance, and the status."""
    what = ""
    if hit.loyalty and hit.balance is not None:
        what = _points(hit.balance, hit.balance_type)
    elif hit.event_name:
        what = (translate("door", "{event} · {when}", "an event's name and start").format(
            event=hit.event_name, when=event_when(hit.event_start, hit.event_time_zone))
                if hit.event_start else hit.event_name)
    number = " · ".join(bit for bit in (hit.barcode or hit.ext_id, hit.seat) if bit)
    status = hit.status or ""
    return ResultRow(hit.id, hit.name or translate("door", "(no name)"), status_words(status),
                     tuple(line for line in (what, number) if line), status)


def find_rows(db: Database, typed: str, limit: int, *, loyalty_only: bool = False
              ) -> list[ResultRow]:
    """The result rows for what was typed, best first (on the store's worker)."""
    hits = search_passes(db, typed, limit, loyalty_only=loyalty_only)
    return [result_row(hit) for hit in hits]


class ResultDelegate(QStyledItemDelegate):
    """A result's lines: the name left and the status right (never cut), then the
    details, each cut at its end when the list is narrow."""

    PAD = 6
    GAP = 2

    def _lines(self, index: QModelIndex) -> list[str]:
        detail = index.data(DETAIL_ROLE) or ""
        return detail.split("\n") if detail else []

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        lines = 1 + len(self._lines(index))
        height = option.fontMetrics.height()
        return QSize(100, lines * height + (lines - 1) * self.GAP + self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        muted = QColor(text_colour)
        if not selected:
            muted = palette.placeholderText().color()
        rect = option.rect.adjusted(self.PAD, self.PAD // 2, -self.PAD, -self.PAD // 2)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        status = index.data(STATUS_ROLE) or ""
        status_width = 0
        if status:
            painter.setFont(option.font)
            status_width = option.fontMetrics.horizontalAdvance(status) + self.PAD
            colour = STATUS_COLOURS.get(index.data(TONE_ROLE) or "")
            painter.setPen(text_colour if selected or colour is None else QColor(colour))
            painter.drawText(QRect(rect.right() - status_width, rect.top(), status_width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, status)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name_rect = QRect(rect.left(), rect.top(), rect.width() - status_width, line)
        name = painter.fontMetrics().elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                                Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         name)
        painter.setFont(option.font)
        painter.setPen(muted)
        top = rect.top()
        for detail in self._lines(index):
            top += line + self.GAP
            shown = option.fontMetrics.elidedText(detail, Qt.TextElideMode.ElideRight,
                                                  rect.width())
            painter.drawText(QRect(rect.left(), top, rect.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()


class PassSearch(QObject):
    """``picked(pass_id)`` when a result is activated; ``changed`` after each update."""

    picked = Signal(str)
    changed = Signal()

    def __init__(self, edit: QLineEdit, view: QListView, hint: QLabel, *, database: Database,
                 store_tasks: TaskRunner, on_escape: Callable[[], None],
                 loyalty_only: bool = False) -> None:
        super().__init__(edit)
        self.edit, self.view, self.hint = edit, view, hint
        self._database, self._store_tasks, self._on_escape = database, store_tasks, on_escape
        #: Only passes whose template keeps a loyalty balance (the Till's customers).
        self.loyalty_only = loyalty_only
        #: The text the last answer was for ("" before any).
        self.searched = ""
        #: The text the results shown are for.
        self.answered = ""
        #: Enter came before the answer: pick the first result when it comes.
        self._pick_when_found = False
        self.results = QStandardItemModel(self)
        view.setModel(self.results)
        view.setItemDelegate(ResultDelegate(view))
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setWordWrap(False)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        edit.textChanged.connect(self._typed)
        edit.installEventFilter(self)
        view.activated.connect(self._pick)

    @property
    def typed(self) -> str:
        return self.edit.text().strip()

    def count(self) -> int:
        return self.results.rowCount()

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def stop(self) -> None:
        self._timer.stop()

    def clear(self) -> None:
        self._pick_when_found = False
        self.edit.clear()
        self.results.clear()
        self.changed.emit()

    def go_to_results(self) -> None:
        if self.count():
            self.view.setCurrentIndex(self.results.index(0, 0))
            self.view.setFocus()

    def pick_first(self) -> None:
        """Pick the first result; typed faster than the search answers, pick it
        when the answer for this text comes."""
        if self.typed and self.answered != self.typed:
            self._pick_when_found = True
            if self._timer.isActive() or self.searched != self.typed:
                self._timer.stop()
                self._search()
            return
        if self.count():
            self._pick(self.results.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            if event.key() == Qt.Key.Key_Escape:
                self.clear()
                self._on_escape()
                return True
            if event.key() == Qt.Key.Key_Down and self.count():
                self.go_to_results()
                return True
        return super().eventFilter(watched, event)

    def _typed(self, _text: str) -> None:
        self._pick_when_found = False  # an Enter was for the text before
        self._timer.start()

    def _search(self) -> None:
        typed = self.typed
        self.searched = typed
        if not typed:
            self.answered = ""
            self.results.clear()
            self.changed.emit()
            return
        db, loyalty_only = self._database, self.loyalty_only
        try:
            self._store_tasks.run(
                lambda: find_rows(db, typed, SEARCH_LIMIT, loyalty_only=loyalty_only),
                owner=self,
                on_success=lambda rows: self._show(typed, rows),
                on_failure=lambda exc: self.hint.setText(
                    translate("door", "Search failed: {error}").format(error=exc)))
        except RuntimeError:  # the store's worker was shut down: the app is closing
            log.debug("search skipped: the app is closing")

    def _show(self, typed: str, rows: list[ResultRow]) -> None:
        if typed != self.typed:
            return  # typing went on; a newer search is on its way
        self.answered = typed
        self.results.clear()
        for row in rows:
            item = QStandardItem(row.name)
            item.setData(row.pass_id, Qt.ItemDataRole.UserRole)
            item.setData(row.detail, DETAIL_ROLE)
            item.setData(row.status, STATUS_ROLE)
            item.setData(row.tone, TONE_ROLE)
            item.setData(row.text, Qt.ItemDataRole.AccessibleTextRole)
            item.setToolTip(row.text)
            item.setEditable(False)
            self.results.appendRow(item)
        self.changed.emit()
        if self._pick_when_found:
            self._pick_when_found = False
            self.pick_first()

    def _pick(self, index: QModelIndex) -> None:
        pass_id = index.data(Qt.ItemDataRole.UserRole)
        if pass_id:
            self.picked.emit(pass_id)
