"""Issue many passes from a CSV file: map the columns, see every bad row, issue.

Reading, checking and queuing run on the store runner, never on the UI
thread. When the account has batches (PASSENTRY-API.md §11, ``sync.batches``)
the good rows go up as one batch: its progress is followed to the end and its
results and errors CSV can be saved; the passes then arrive with the next
sync. Otherwise, or when the rows hold what a batch file cannot carry (a
location, the local event link), they are queued one by one through
``sync.bulk_issue`` in chunks: Cancel stops after the current chunk, and
running the same file again queues only the rows not queued yet (each row's
ext id is its key). The dialog says which way it goes.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from passdesk.core import bulk_csv
from passdesk.core.bulk_csv import CheckReport, ColumnMap, CsvTable
from passdesk.core.records import Batch
from passdesk.core.template_fields import FieldSpec, template_fields
from passdesk.files import write_atomically
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.passes.batches_dialog import (
    BatchAccess,
    words_for,
)
from passdesk.gui.passes.bulk_as_batch import BulkAsBatch
from passdesk.gui.passes.issue_choices import (
    DIALOG_STYLE,
    AddsTemplatesById,
    AddTemplate,
    fill_events,
)
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.bulk_queries import (
    EventChoice,
    TemplateChoice,
    read_issue_choices,
    read_taken,
)
from passdesk.store.database import Database
from passdesk.sync import batches as batch_ops
from passdesk.sync import bulk_issue
from passdesk.sync.bulk_issue import BulkResult

NOT_MAPPED = QT_TRANSLATE_NOOP("passes", "(not used)")
DEFAULT_SIZE = (700, 680)


class WheelSafeCombo(QComboBox):
    """A combo in a scrolling table: the wheel scrolls the table unless the combo was
    focused on purpose (clicked or tabbed to), so a mapping never changes by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus from the wheel

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.hasFocus():
            super().wheelEvent(event)
            return
        # Handed to the table by hand: Qt passes only a real wheel's events on.
        area = self.parentWidget().parentWidget() if self.parentWidget() else None
        if isinstance(area, QAbstractScrollArea):
            QApplication.sendEvent(area.viewport(), event)
        event.accept()


def check_file(database: Database, table: CsvTable, mapping: ColumnMap,
               fields: list[FieldSpec], template_id: str,
               event_id: str | None) -> CheckReport:
    """Every row checked, against each other and against the store (off the UI thread)."""
    ext_ids, codes = bulk_csv.row_codes(table, mapping)
    taken_ext_ids, taken_codes = read_taken(database, ext_ids, codes)
    return bulk_csv.check_rows(table, mapping, fields, template_id=template_id,
                               event_id=event_id, taken_ext_ids=taken_ext_ids,
                               taken_codes=taken_codes)


class _Progress(QObject):
    """Carries (done, total) from the worker thread to the UI thread."""

    moved = Signal(int, int)


class BulkIssueDialog(BulkAsBatch, AddsTemplatesById, QDialog):
    #: Passes queued by a run (0 when all were queued before).
    queued = Signal(int)

    def __init__(self, database: Database, store_tasks: TaskRunner,
                 parent: QWidget | None = None, *, sync=None,
                 add_template: AddTemplate | None = None,
                 batches: BatchAccess | None = None) -> None:
        super().__init__(parent)
        self._batches = batches
        #: Whether the account has batches (None: not known yet / no access).
        self._offer: batch_ops.Offer | None = None
        #: The batch this dialog issued, as last seen, and the rows it carried.
        self.batch: Batch | None = None
        self._batch_rows: list[int] = []
        self.setWindowTitle(translate("passes", "Issue passes from a CSV file"))
        self.setStyleSheet(DIALOG_STYLE)
        self._database, self._store_tasks, self._sync = database, store_tasks, sync
        self._add_template = add_template
        #: The template to pick once the list is read again (one just added by its ID).
        self._wanted_template: str | None = None
        self._templates: list[TemplateChoice] = []
        self._fields: list[FieldSpec] = []
        self.table: CsvTable | None = None
        self.report: CheckReport | None = None
        self._check_no = 0
        self._cancel: threading.Event | None = None
        #: This file's rows were issued: Issue stays off until the file is read or
        #: checked again on purpose (nothing is issued twice by a second click).
        self._issued_batch = False
        self.mapping_combos: dict[str, QComboBox] = {}
        self.form = form = load_form("passes/bulk_issue_dialog.ui", self)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.issue_button = form.buttonBox.addButton(
            translate("passes", "&Issue passes"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = QPushButton(translate("passes", "Ca&ncel"), self)
        form.buttonBox.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setVisible(False)
        self.issue_button.clicked.connect(self.issue)
        self.cancel_button.clicked.connect(self.cancel)
        form.buttonBox.rejected.connect(self.reject)
        form.chooseButton.clicked.connect(self._choose)
        # Enter in the path field reads that file, and never reaches the dialog's
        # default button (Issue): hence a filter, not returnPressed.
        form.fileEdit.installEventFilter(self)
        form.eventCombo.currentIndexChanged.connect(self.recheck)
        fill_events(form.eventCombo, [])
        form.exportButton.clicked.connect(self._export)
        form.templateCombo.currentIndexChanged.connect(self._show_mapping)
        form.addTemplateButton.setVisible(add_template is not None)
        if add_template is None:  # the picker takes the button's room
            form.sourceGrid.addWidget(form.templateCombo, 1, 1, 1, 2)
        form.addTemplateButton.clicked.connect(self.add_template_by_id)
        for table in (form.mappingTable, form.badTable):
            table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.ResizeToContents)
        # Compact rows: more of the report fits without scrolling.
        form.badTable.verticalHeader().setDefaultSectionSize(form.fontMetrics().height() + 8)
        form.progressBar.setVisible(False)
        self._setup_batch_widgets()
        self.resize(*DEFAULT_SIZE)
        self._update_buttons()
        store_tasks.run(lambda: read_issue_choices(database), on_success=self._set_choices,
                        on_failure=self._failed, owner=self)

    # --- file, template and event ----------------------------------------------------

    def _set_choices(self, found: tuple[list[TemplateChoice], list[EventChoice]]) -> None:
        fill_events(self.form.eventCombo, found[1])
        self._set_templates(found[0])

    def _set_templates(self, found: list[TemplateChoice]) -> None:
        self._templates = found
        combo = self.form.templateCombo
        combo.blockSignals(True)
        combo.clear()
        for template in found:
            combo.addItem(template.name, template.id)
        wanted = combo.findData(self._wanted_template) if self._wanted_template else -1
        self._wanted_template = None
        combo.setCurrentIndex(max(wanted, 0))
        combo.blockSignals(False)
        combo.setEnabled(bool(found))
        if not found:
            combo.addItem(translate("passes", "No templates yet: sync first, or add one by its "
                                    "ID") if self._add_template
                          else translate("passes", "No templates yet: sync first"))
        self._show_mapping()

    def template(self) -> TemplateChoice | None:
        index = self.form.templateCombo.currentIndex()
        return self._templates[index] if 0 <= index < len(self._templates) else None

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("passes", "Choose a CSV file"), "",
            translate("passes", "CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (watched is self.form.fileEdit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._typed_path()
            return True
        return super().eventFilter(watched, event)

    def _typed_path(self) -> None:
        path = self.form.fileEdit.text().strip()
        if not path:
            return
        if not Path(path).is_file():
            set_tone(self.form.statusLabel, Tone.ERROR,
                     translate("passes", "There is no file at {path}. Check the path or use "
                               "Choose….").format(path=path))
            return
        self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read ``path`` off the UI thread, then map and check it."""
        self.form.fileEdit.setText(path)
        self.table = None  # until read: never issue the rows of the file before
        self.form.badTable.setRowCount(0)
        self.form.summaryLabel.setText("")
        self.recheck()
        set_tone(self.form.statusLabel, Tone.BUSY, translate("passes", "Reading the file…"))
        self._store_tasks.run(lambda: bulk_csv.read_csv(Path(path).read_bytes()),
                              on_success=self._file_read, on_failure=self._failed, owner=self)

    def _file_read(self, table: CsvTable) -> None:
        self.table = table
        set_tone(self.form.statusLabel, Tone.NONE, "")
        self._show_mapping()

    # --- mapping ----------------------------------------------------------------------

    def _show_mapping(self) -> None:
        template = self.template()
        self._fields = template_fields(template.attributes if template else None)
        headers = self.table.headers if self.table else []
        proposed = bulk_csv.propose_mapping(headers, self._fields)
        targets = bulk_csv.targets(self._fields)
        grid = self.form.mappingTable
        grid.setRowCount(len(targets))
        self.mapping_combos = {}
        for row, (target, label) in enumerate(targets.items()):
            item = QTableWidgetItem(say(label))
            item.setToolTip(target if not target.startswith("@") else "")
            grid.setItem(row, 0, item)
            combo = WheelSafeCombo(grid)
            combo.setAccessibleName(translate("passes", "Column for {target}").format(
                target=say(label)))
            combo.addItem(translate("passes", NOT_MAPPED), None)
            for n, header in enumerate(headers):
                combo.addItem(header or translate("passes", "Column {number}").format(
                    number=n + 1), n)
            combo.setCurrentIndex(0 if proposed.get(target) is None else proposed[target] + 1)
            combo.currentIndexChanged.connect(self.recheck)
            grid.setCellWidget(row, 1, combo)
            grid.setRowHeight(row, combo.sizeHint().height())
            self.mapping_combos[target] = combo
        self.recheck()

    def mapping(self) -> ColumnMap:
        return {t: c.currentData() for t, c in self.mapping_combos.items()}

    # --- checking -----------------------------------------------------------------------

    def recheck(self) -> None:
        template, table = self.template(), self.table
        self.report = None
        self._issued_batch = False
        self._update_buttons()
        if template is None or table is None:
            return
        self._check_no += 1
        number, mapping, fields = self._check_no, self.mapping(), self._fields
        event_id, database = self.form.eventCombo.currentData(), self._database
        self.form.summaryLabel.setText(translate("passes", "Checking every row…"))
        self._store_tasks.run(
            lambda: check_file(database, table, mapping, fields, template.id, event_id),
            on_success=lambda report: self._checked(number, report),
            on_failure=self._failed, owner=self)

    def _checked(self, number: int, report: CheckReport) -> None:
        if number != self._check_no:
            return  # the mapping changed meanwhile; a newer check follows
        self.report = report
        good, bad, total = len(report.good), len(report.bad), report.total
        no_qr = self.mapping().get(bulk_csv.QR_VALUE) is None
        if bad:
            summary = translate("passes", "%Ln row(s): {good} ready to issue, {bad} with "
                                "problems (listed below; they are not issued).", None,
                                total).format(good=formats.number(good),
                                                     bad=formats.number(bad))
        else:
            summary = translate("passes", "%Ln row(s): {good} ready to issue.", None,
                                total).format(good=formats.number(good))
        if no_qr:
            summary = translate("passes", "{summary} With no QR column, each pass's QR code is "
                                "its ext id.").format(summary=summary)
        self.form.summaryLabel.setText(summary)
        grid = self.form.badTable
        grid.setRowCount(bad)
        for row, found in enumerate(report.bad):
            grid.setItem(row, 0, QTableWidgetItem(formats.number(found.row_number)))
            grid.setItem(row, 1, QTableWidgetItem(
                translate("passes", "; ", "between the problems of one CSV row").join(
                    say(reason) for reason in found.reasons)))
        self._say_path()
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self._cancel is not None
        good = len(self.report.good) if self.report else 0
        self.issue_button.setText(translate("passes", "Issued") if self._issued_batch else
                                  translate("passes", "&Issue %Ln pass(es)", None, good))
        self.issue_button.setEnabled(good > 0 and not running and not self._issued_batch)
        self.form.exportButton.setEnabled(bool(self.report and self.report.bad))
        for widget in (self.form.chooseButton, self.form.templateCombo, self.form.eventCombo,
                       self.form.fileEdit, self.form.mappingTable):
            widget.setEnabled(not running)
        self.cancel_button.setVisible(running)

    def _export(self) -> None:
        if not (self.report and self.table):
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("passes", "Export bad rows"), "bad-rows.csv",
            translate("passes", "CSV files (*.csv)"))
        if not path:
            return
        text = bulk_csv.bad_rows_csv(self.table, self.report.bad)
        try:
            write_atomically(path, lambda out: out.write(text))
        except OSError as exc:
            set_tone(self.form.statusLabel, Tone.ERROR, translate(
                "passes", "Could not write {path}: {reason}").format(path=path, reason=exc))
            return
        written = len(self.report.bad)
        set_tone(self.form.statusLabel, Tone.SUCCESS,
                 translate("passes", "Wrote %Ln bad row(s) to {path}.", None,
                           written).format(path=path))

    # --- issuing --------------------------------------------------------------------------

    def issue(self) -> None:
        if (not self.report or not self.report.good or self._cancel is not None
                or self._issued_batch):
            return
        if self.uses_batch():
            self._issue_as_batch()
            return
        rows = [g.new for g in self.report.good]
        self._batch_rows = []
        cancel = self._cancel = threading.Event()
        self._start_progress(translate("passes", "%v of %m queued", "a progress bar: %v done "
                                       "of %m"), len(rows))
        set_tone(self.form.statusLabel, Tone.BUSY, translate("passes", "Queuing passes…"))
        self._update_buttons()
        database, moved = self._database, self._progress.moved
        self._store_tasks.run(
            lambda: bulk_issue.issue_many(database, rows=rows, progress=moved.emit,
                                          cancelled=cancel.is_set),
            on_success=self._issued, on_failure=self._failed, owner=self)

    def _start_progress(self, shown: str, total: int) -> None:
        bar = self.form.progressBar
        bar.setFormat(shown)
        bar.setRange(0, total)
        bar.setValue(0)
        bar.setVisible(True)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            set_tone(self.form.statusLabel, Tone.BUSY,
                     translate("passes", "Stopping after this look…") if self._batch_rows
                     else translate("passes", "Stopping after this chunk…"))

    def _moved(self, done: int, total: int) -> None:
        self.form.progressBar.setRange(0, total)
        self.form.progressBar.setValue(done)

    def _issued(self, result: BulkResult) -> None:
        self._cancel = None
        self.cancel_button.setEnabled(True)
        skipped, queued = result.skipped, result.queued
        before = (translate("passes", " %Ln were queued before.", "after a sentence: mind the "
                            "space in front", skipped) if skipped else "")
        if result.cancelled:
            text = translate("passes", "Stopped: %Ln pass(es) queued.{before} Issue again to "
                             "queue the rest; rows already queued are skipped.", None,
                             queued).format(before=before)
            set_tone(self.form.statusLabel, Tone.WARNING, text)
        else:
            self._issued_batch = True
            set_tone(self.form.statusLabel, Tone.SUCCESS,
                     translate("passes", "%Ln pass(es) queued; they reach PassEntry with the next "
                               "sync.{before} To issue this file again, choose it again.", None,
                               queued).format(before=before))
        self._update_buttons()
        if self._sync is not None and result.queued:
            self._sync.push_soon()
        self.queued.emit(result.queued)

    def _failed(self, exc: Exception) -> None:
        self._cancel = None
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(translate("passes", "Ca&ncel"))
        set_tone(self.form.statusLabel, Tone.ERROR, words_for(exc))
        self._update_buttons()

    def reject(self) -> None:
        self.cancel()  # a chunk in progress still commits whole
        super().reject()
