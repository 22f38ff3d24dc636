"""Finding a pass by what a person typed: a name or a ticket / customer number.

Shared by the door and the till: ``find_labels`` runs on the store's worker;
``PassSearch`` drives a search field and its result list (a short delay after
each key, answers to older text dropped, Escape clears, Down goes to the list).
What a pick does, and the hint's words, are the pane's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView

from passdesk.gui.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.search import find_passes

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 20


def find_labels(db: Database, typed: str, limit: int) -> list[tuple[str, str]]:
    """(pass id, "Name · ext id · status") for what was typed, best first."""
    with db.session() as session:
        hits = find_passes(session, typed, limit)
    found = []
    for hit in hits:
        bits = [hit.name or "(no name)", hit.ext_id or hit.id]
        if hit.status and hit.status != "active":
            bits.append(hit.status)
        found.append((hit.id, " · ".join(bits)))
    return found


class PassSearch(QObject):
    """``picked(pass_id)`` when a result is activated; ``changed`` after each update."""

    picked = Signal(str)
    changed = Signal()

    def __init__(self, edit: QLineEdit, view: QListView, hint: QLabel, db: Database,
                 tasks: TaskRunner, *, on_escape: Callable[[], None]) -> None:
        super().__init__(edit)
        self.edit, self.view, self.hint = edit, view, hint
        self._db, self._tasks, self._on_escape = db, tasks, on_escape
        #: The text the last answer was for ("" before any).
        self.searched = ""
        self.results = QStandardItemModel(self)
        view.setModel(self.results)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        edit.textChanged.connect(lambda _: self._timer.start())
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
        self.edit.clear()
        self.results.clear()
        self.changed.emit()

    def go_to_results(self) -> None:
        if self.count():
            self.view.setCurrentIndex(self.results.index(0, 0))
            self.view.setFocus()

    def pick_first(self) -> None:
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

    def _search(self) -> None:
        typed = self.typed
        self.searched = typed
        if not typed:
            self.results.clear()
            self.changed.emit()
            return
        db = self._db
        try:
            self._tasks.run(lambda: find_labels(db, typed, SEARCH_LIMIT), owner=self,
                            on_success=lambda rows: self._show(typed, rows),
                            on_failure=lambda exc: self.hint.setText(f"Search failed: {exc}"))
        except RuntimeError:  # the store's worker was shut down: the app is closing
            log.debug("search skipped: the app is closing")

    def _show(self, typed: str, rows: list[tuple[str, str]]) -> None:
        if typed != self.typed:
            return  # typing went on; a newer search is on its way
        self.results.clear()
        for pass_id, label in rows:
            item = QStandardItem(label)
            item.setData(pass_id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.results.appendRow(item)
        self.changed.emit()

    def _pick(self, index: QModelIndex) -> None:
        pass_id = index.data(Qt.ItemDataRole.UserRole)
        if pass_id:
            self.picked.emit(pass_id)
