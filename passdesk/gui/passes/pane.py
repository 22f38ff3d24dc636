"""The Passes pane: browse, search and filter the stored passes; act on a selection.

The list is a ``PassesModel`` (lazy, off the UI thread) so a million passes
scroll and filter without freezing. Typing searches after a short pause;
filters apply at once. The right-hand side is a host for the pass details
(built elsewhere) and the actions, which this pane only announces as signals:
whoever wires the app opens the dialogs.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QWidget,
)

from passdesk.files import write_atomically
from passdesk.gui.i18n import formats, translate
from passdesk.gui.passes.actions import PassActions
from passdesk.gui.passes.batches_dialog import BatchAccess
from passdesk.gui.passes.batches_menu import BatchesMenu
from passdesk.gui.passes.columns import PassesColumns
from passdesk.gui.passes.issue_choices import AddTemplate
from passdesk.gui.passes.model import PassesModel, status_words
from passdesk.gui.services import Services
from passdesk.gui.widgets.csv_export import export_to_csv
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.image_asset_picker import ImageLibrary
from passdesk.gui.widgets.palette import qss
from passdesk.gui.widgets.template_by_id_dialog import TemplateByIdDialog
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.pass_list import SEARCH_CAP, FilterChoices, PassFilter, SortKey
from passdesk.store.pass_list_reads import export_list, read_filter_choices, read_pass_ids
from passdesk.store.topics import Topic
from passdesk.sync.service import StoreChanged, SyncService

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
NULLIFIED = "nullified"
#: Why a nullified pass offers no action.
NULLIFIED_WORDS = QT_TRANSLATE_NOOP(
    "passes", "This pass was nullified: PassEntry no longer knows it, so it cannot be "
              "changed any more.")
#: Sync reports every page it stores: reload once the burst has passed.
RELOAD_DELAY_MS = 400
#: A read that failed (the store busy with a big sync) is tried again after this.
RETRY_DELAY_MS = 2000
#: A date edit at this day shows "Any" (QDateEdit cannot be empty).
NO_DATE = QDate(2000, 1, 1)
#: "apple" is the word stored before PassEntry said "iphone": it still reads as Apple.
DEVICE_WORDS = {"iphone": "Apple Wallet", "apple": "Apple Wallet", "android": "Google Wallet"}

class PassesPane(BatchesMenu, PassesColumns, QWidget):
    issue_requested = Signal()
    bulk_requested = Signal()
    #: The selected pass ids.
    notify_requested = Signal(list)
    edit_requested = Signal(str)
    deactivate_requested = Signal(list)
    #: The one selected pass, deactivated, to make active again.
    reactivate_requested = Signal(str)
    #: The one selected pass, to nullify (after the dialog asks).
    nullify_requested = Signal(str)
    #: The current pass id, or None.
    current_changed = Signal(object)

    def __init__(self, *, database: Database, store_tasks: TaskRunner, bridge: SyncBridge,
                 sync: SyncService | None = None, add_template: AddTemplate | None = None,
                 batches: BatchAccess | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._store_tasks = database, store_tasks
        #: How the batch dialogs reach PassEntry (None: no Batches menu).
        self._batches = batches
        #: The batch dialog open now (Notify many, Update from CSV, Batches).
        self.batch_dialog: QDialog | None = None
        self._current: str | None = None
        self._remembered: tuple[list, object] = ([], None)
        #: The list must be read again when next shown (or when the current read ends).
        self._stale = True
        self.form = form = load_form("passes/pane.ui", self)
        form.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        form.exportLine.setTextFormat(Qt.TextFormat.PlainText)
        form.exportLine.hide()

        self.model = PassesModel(database, store_tasks, self)
        self._setup_table()
        self._setup_filters()
        self.model.loaded.connect(self._show_count)
        self.model.completed.connect(self._show_count)
        self.model.failed.connect(self._read_failed)
        self.model.sort_requested.connect(self._sort)
        self.model.layoutAboutToBeChanged.connect(self._remember_selection)
        self.model.layoutChanged.connect(self._restore_selection)
        # A new list (search, filter) resets the model without any selection signal:
        # the selection and the detail panel follow it here, never a hidden pass (m8).
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        # Rows read later may show that the one pass selected is deactivated (m7).
        self.model.dataChanged.connect(self._show_actions)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_now)
        form.searchEdit.textChanged.connect(lambda _: self._search_timer.start())
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._reload)
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry_timer.timeout.connect(self._reload)
        bridge.store_changed.connect(self._on_store_changed)
        # A read that starts covers the notices waiting for the delay (or a retry).
        self.model.read_started.connect(self._reload_timer.stop)
        self.model.read_started.connect(self._retry_timer.stop)

        form.issueButton.clicked.connect(self.issue_requested)
        form.bulkButton.clicked.connect(self.bulk_requested)
        form.notifyButton.clicked.connect(lambda: self.notify_requested.emit(self.selected_ids()))
        form.editButton.clicked.connect(self._edit)
        form.deactivateButton.clicked.connect(self._deactivate_or_reactivate)
        form.nullifyButton.setStyleSheet(qss("QPushButton:enabled { color: $red_700; }"))
        form.nullifyButton.clicked.connect(self._nullify)
        form.exportButton.clicked.connect(self.export)
        form.clearFiltersButton.clicked.connect(self.clear_filters)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: (form.searchEdit.setFocus(), form.searchEdit.selectAll()))
        for button in (form.notifyButton, form.editButton):
            button.setProperty("normalTip", button.toolTip())  # back after a nullified pass
        self._show_actions()
        #: The detail panel beside the list and the dialogs its buttons open.
        self.actions = PassActions(self, database, store_tasks, bridge, sync,
                                   add_template=add_template, batches=batches)
        self._setup_batches_menu()

    @classmethod
    def from_services(cls, services: Services) -> PassesPane:
        pane = cls(database=services.database, store_tasks=services.store_tasks,
                   bridge=services.bridge, sync=services.sync,
                   add_template=lambda parent: TemplateByIdDialog.from_services(services, parent),
                   batches=BatchAccess.from_services(services))
        pane.actions.images = ImageLibrary.from_services(services)  # a pass's own design
        return pane

    def _setup_filters(self) -> None:
        form = self.form
        for combo in self._combos():
            # Equal shares of the row, whatever the longest template or event name.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.addItem(self._any_words(combo), None)
            combo.currentIndexChanged.connect(self.apply_now)
        for edit in (form.fromDate, form.toDate):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(translate("passes", "Any", "no date filter: any day"))
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(self.apply_now)

    def _combos(self) -> tuple[QComboBox, ...]:
        form = self.form
        return (form.statusCombo, form.deviceCombo, form.groupCombo, form.templateCombo,
                form.eventCombo)

    def _any_words(self, combo: QComboBox) -> str:
        form = self.form
        return {form.statusCombo: translate("passes", "Any status"),
                form.deviceCombo: translate("passes", "Any device"),
                form.groupCombo: translate("passes", "Any group"),
                form.templateCombo: translate("passes", "Any template"),
                form.eventCombo: translate("passes", "Any event")}[combo]

    # --- the list follows the store while shown -------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._stale = False
            # The rows first: they matter more than the combos.
            if self.model.generation:
                self._reload()
            else:
                self.apply_now()
            self._load_choices()

    def _on_store_changed(self, change: StoreChanged) -> None:
        if change.what not in (Topic.PASSES, Topic.ALL, Topic.EVENTS):
            return
        if not self.isVisible():
            self._stale = True  # read when shown: a hidden list costs nothing
            return
        if change.what in (Topic.ALL, Topic.EVENTS):
            self._load_choices()
        # Started once, not restarted: notices arriving faster than the delay (a busy
        # hub on a shared database) would otherwise put the reload off for ever.
        if change.what in (Topic.PASSES, Topic.ALL) and not self._reload_timer.isActive():
            self._reload_timer.start()

    def _reload(self) -> None:
        # One read at a time (the model's OneReadAtATime): while the list is being
        # read, this only asks for one more read once it is in.
        self.model.reload()
        self._show_count()

    _reading_words = QT_TRANSLATE_NOOP("passes", "Reading passes…")

    def _read_failed(self, words: str) -> None:
        self._say_count(translate("passes", "Cannot read passes ({reason}); trying again…")
                        .format(reason=words))
        self._retry_timer.start()

    # --- filters ----------------------------------------------------------------------

    def current_filter(self) -> PassFilter:
        form = self.form
        return PassFilter(
            status=form.statusCombo.currentData(), device_type=form.deviceCombo.currentData(),
            group_tag=form.groupCombo.currentData(), template_id=form.templateCombo.currentData(),
            event_id=form.eventCombo.currentData(), created_from=_day_start(form.fromDate),
            created_to=_day_start(form.toDate, days=1), text=form.searchEdit.text().strip())

    def apply_now(self) -> None:
        """Read the list for the filters and search as they are now."""
        self._search_timer.stop()
        flt = self.current_filter()
        if flt == self.model.filter and self.model.generation:
            return
        self.model.load(flt, self.model.sort_key)
        self._reading_words = QT_TRANSLATE_NOOP("passes", "Reading passes…")
        self._show_count()

    def clear_filters(self) -> None:
        form = self.form
        widgets = (*self._combos(), form.fromDate, form.toDate, form.searchEdit)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        form.fromDate.setDate(NO_DATE)
        form.toDate.setDate(NO_DATE)
        form.searchEdit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_now()

    def _sort(self, column: str, descending: bool) -> None:
        self.model.load(self.model.filter, SortKey(column, descending))
        self._reading_words = QT_TRANSLATE_NOOP("passes", "Sorting…")
        self._show_count()

    def _load_choices(self) -> None:
        db = self._database

        def read() -> FilterChoices:
            return read_filter_choices(db)

        # RuntimeError: the store's worker was shut down, the app is closing.
        with contextlib.suppress(RuntimeError):
            self._store_tasks.run(read, owner=self, on_success=self._show_choices,
                                  on_failure=lambda exc: log.warning("filter choices: %s", exc))

    def _show_choices(self, choices: FilterChoices) -> None:
        form = self.form
        _fill(form.statusCombo, [(s, status_words(s)) for s in choices.statuses])
        _fill(form.deviceCombo, [(d, DEVICE_WORDS.get(d, d)) for d in choices.device_types])
        _fill(form.groupCombo, [(g, g) for g in choices.group_tags])
        _fill(form.templateCombo, choices.templates)
        _fill(form.eventCombo, choices.events)

    # --- count and selection ----------------------------------------------------------

    def _show_count(self) -> None:
        """What the list is now: "Reading passes…" only while a read is on its way."""
        model = self.model
        shown = model.rowCount()
        if model.reading:
            words = translate("passes", self._reading_words)
        elif model.capped:
            words = (translate("passes", "First %Ln match(es) — type more to narrow", None,
                               SEARCH_CAP)
                     if model.filter == PassFilter(text=model.filter.text) else
                     translate("passes", "{shown} of the first %Ln match(es) — type more "
                               "to narrow", None, SEARCH_CAP).format(
                                   shown=formats.number(shown)))
        elif not model.complete:
            words = translate("passes", "%Ln+ pass(es), counting…", None, shown)
        else:
            words = translate("passes", "%Ln pass(es)", None, shown)
        self._say_count(words)

    def _say_count(self, words: str) -> None:
        self.form.countLabel.setText(words)

    def selected_rows(self) -> list[int]:
        """Rows selected now, in order (from ranges: cheap for a million)."""
        rows: list[int] = []
        # A list read again keeps the view's indexes where they were: after the only
        # row left the list (nullified, filtered), they point past its end.
        count = self.model.rowCount()
        for selected in self.form.passesTable.selectionModel().selection():
            rows.extend(range(selected.top(), min(selected.bottom() + 1, count)))
        return sorted(set(rows))

    def selected_count(self) -> int:
        return len(self.selected_rows())

    def selected_ids(self) -> list[str]:
        """Pass ids of the selected rows; rows not read yet are looked up now."""
        model = self.model
        keys = [model.key_of(r) for r in self.selected_rows()]
        if not keys:
            return []
        return read_pass_ids(self._database, keys)

    def _show_actions(self, *_: object) -> None:
        count = self.selected_count()
        form = self.form
        status = self._selected_status() if count == 1 else None
        # A nullified pass: PassEntry answers "not found" for it, so nothing is offered.
        gone = status == NULLIFIED
        gone_words = translate("passes", NULLIFIED_WORDS) if gone else ""
        form.notifyButton.setEnabled(count >= 1 and not gone)
        form.editButton.setEnabled(count == 1 and not gone)
        # One deactivated pass: the button makes it active again (several: the
        # deactivate prompt counts those already deactivated).
        reactivate = status == "deactivated"
        form.deactivateButton.setText(translate("passes", "&Reactivate…") if reactivate
                                      else translate("passes", "&Deactivate…"))
        form.deactivateButton.setEnabled(count >= 1 and not gone)
        form.deactivateButton.setToolTip(
            gone_words or (translate("passes", "Make this pass active again: it scans as "
                                     "valid again")
                           if reactivate else
                           translate("passes", "Deactivate the selected passes (they no "
                                     "longer admit)")))
        form.nullifyButton.setEnabled(count == 1 and not gone)
        form.nullifyButton.setToolTip(
            gone_words or translate("passes", "Wipe the selected pass for good and free "
                                    "its ext id (cannot be undone)"))
        for button in (form.notifyButton, form.editButton):
            button.setToolTip(gone_words or button.property("normalTip") or "")
        form.detailHint.setText(translate("passes", "Select a pass") if count == 0 else
                                "" if count == 1 else
                                translate("passes", "%Ln pass(es) selected", None, count))
        form.detailHint.setVisible(count != 1)

    def _selected_status(self) -> str | None:
        rows = self.selected_rows()
        row = self.model.pass_row(rows[0]) if len(rows) == 1 else None
        return row.status if row is not None else None

    def _current_row_changed(self, current, _previous) -> None:
        row = self.model.pass_row(current.row()) if current.isValid() else None
        pass_id = row.id if row is not None else None
        if current.isValid() and row is None:
            ids = self.selected_ids() if self.selected_count() == 1 else []
            pass_id = ids[0] if ids else None
        if pass_id != self._current:
            self._current = pass_id
            self.current_changed.emit(pass_id)

    def _deactivate_or_reactivate(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and self._selected_status() == "deactivated":
            self.reactivate_requested.emit(ids[0])
        elif ids:
            self.deactivate_requested.emit(ids)

    def _nullify(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and self._selected_status() != NULLIFIED:
            self.nullify_requested.emit(ids[0])

    def _edit(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit_requested.emit(ids[0])

    def _remember_selection(self) -> None:
        model, table = self.model, self.form.passesTable
        keys = [model.key_of(r) for r in self.selected_rows()][:10_000]
        current = table.currentIndex()
        at = current.row() if current.isValid() and current.row() < model.rowCount() else None
        self._remembered = (keys, model.key_of(at) if at is not None else None)

    def _restore_selection(self) -> None:
        keys, current = self._remembered
        self._remembered = ([], None)
        table, model = self.form.passesTable, self.model
        selection = table.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        found = QItemSelection()
        for row in model.rows_of_keys(keys):
            found.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        selection.select(found, QItemSelectionModel.SelectionFlag.Select)
        rows = model.rows_of_keys([current]) if current is not None else []
        if rows:
            selection.setCurrentIndex(model.index(rows[0], 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        self._show_actions()
        row = model.pass_row(rows[0]) if rows else None
        now = row.id if row is not None else (self._current if rows else None)
        if now != self._current:  # hidden by a filter (None), or renamed once created
            self._current = now
            self.current_changed.emit(now)

    # --- export -------------------------------------------------------------------

    def export(self) -> None:
        """Ask for a file, then write the listed passes to it as CSV on the store's worker."""
        db, flt, sort, form = self._database, self.model.filter, self.model.sort_key, self.form

        def write(path: str) -> int:
            return write_atomically(path, lambda out: export_list(db, out, flt, sort))

        export_to_csv(self, self._store_tasks, form.exportButton, form.exportLine,
                      title=translate("passes", "Export passes"), stem="passes",
                      writing=translate("passes", "Writing passes…"),
                      counted=lambda n: translate("passes", "%Ln pass(es)", None, n),
                      write=write)

def _fill(combo: QComboBox, choices: list[tuple[str, str]]) -> None:
    """Put ``choices`` after the "Any" item, keeping what was picked if it is still there."""
    picked = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for value, words in choices:
        combo.addItem(words, value)
    at = combo.findData(picked) if picked is not None else 0
    combo.setCurrentIndex(max(at, 0))
    combo.blockSignals(False)
    if picked is not None and at < 0:  # gone from the store: the filter goes too
        combo.currentIndexChanged.emit(0)


def _day_start(edit: QDateEdit, days: int = 0) -> datetime | None:
    """Local midnight of the edit's day (plus ``days``) as an aware time; None for "Any"."""
    day = edit.date()
    if day == NO_DATE:
        return None
    return (datetime(day.year(), day.month(), day.day()) + timedelta(days=days)).astimezone()

