"""Closing a shift at the Till: it asks, shows the shift's totals (a Z-report: its
start and end, operations, points issued and redeemed, by kind) and offers their
export, two files for a spreadsheet: the operations as data rows, and the totals.

The report is read on the store's worker before the dialog opens and ends at that
moment; closing starts the next shift there, so an operation made while the
dialog is open counts in the next shift, never in both or neither.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from passdesk.core.loyalty import Action
from passdesk.core.loyalty_report import OTHER_CHANGE, KindTotal, ShiftReport
from passdesk.files import write_atomically
from passdesk.gui.i18n import formats, translate
from passdesk.gui.till.operations_model import ACTION_WORDS
from passdesk.gui.till.words import money, points
from passdesk.gui.widgets.file_names import safe_file_name
from passdesk.gui.widgets.form_dialog import FormDialog
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.widgets.words import local_time
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store import loyalty_export
from passdesk.store.database import Database
from passdesk.store.till_queries import shift_report, write_operations_csv

log = logging.getLogger(__name__)

#: The widest the dialog opens (the table's columns fit in it).
DIALOG_WIDTH = 600


def read_shift_report(db: Database, *, desk: str, since: datetime, until: datetime
                      ) -> ShiftReport:
    """The Z-report; on the store's worker."""
    return shift_report(db, desk=desk, since=since, until=until)


def totals_path(path: str) -> str:
    """``shift.csv`` -> ``shift-totals.csv`` (next to it)."""
    file = Path(path)
    return str(file.with_name(f"{file.stem}-totals{file.suffix or '.csv'}"))


def write_shift(db: Database, report: ShiftReport, path: str) -> int:
    """The shift's operations to ``path`` and its totals beside it; returns the rows."""
    rows = write_atomically(path, lambda out: write_operations_csv(
        db, out, desk=report.desk, since=report.started, until=report.ended))
    write_atomically(totals_path(path),
                     lambda out: loyalty_export.export_totals_csv(report, out))
    return rows


def kind_words(kind: str) -> str:
    if kind == OTHER_CHANGE:
        return translate("till", "Changed")
    action = Action(kind)
    return translate("till", ACTION_WORDS[action]) if action in ACTION_WORDS else kind


def period_words(report: ShiftReport) -> str:
    return translate("till", "Till “{desk}” · from {start} to {end}").format(
        desk=report.desk, start=local_time(report.started), end=local_time(report.ended))


def totals_words(report: ShiftReport) -> str:
    t, bt = report.totals, report.balance_type
    if not t.operations:
        return translate("till", "No operations in this shift.")
    words = [translate("till", "%Ln operation(s)", None, int(t.operations)),
             translate("till", "points issued {points}").format(points=points(t.issued, bt)),
             translate("till", "points redeemed {points}").format(
                 points=points(t.redeemed, bt))]
    if t.overrides:
        words.append(translate("till", "%Ln balance(s) set", None, int(t.overrides)))
    return " · ".join(words)


class CloseShiftDialog(FormDialog):
    """Accepted: the caller starts the next shift at ``report.ended``."""

    def __init__(self, report: ShiftReport, *, database: Database, store_tasks: TaskRunner,
                 currency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("till", "Close shift"))
        self.report = report
        self._database, self._store_tasks, self._currency = database, store_tasks, currency
        self.form = form = load_form("till/shift_dialog.ui", self)
        for label in (form.heading, form.periodLabel, form.totalsLabel, form.unconfirmedLabel,
                      form.exportLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.heading.setText(translate("till", "Close this shift?"))
        form.periodLabel.setText(period_words(report))
        form.totalsLabel.setText(totals_words(report))
        unconfirmed = report.totals.unconfirmed
        if unconfirmed:
            set_tone(form.unconfirmedLabel, Tone.WARNING,
                     translate("till", "%Ln operation(s) not yet confirmed by PassEntry: "
                                       "counted here, and still on the way.", None,
                               int(unconfirmed)))
            form.unconfirmedLabel.show()
        self._fill_kinds(report.kinds)
        box = form.buttonBox
        self.close_button: QPushButton = box.addButton(
            translate("till", "&Close shift"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setToolTip(translate("till", "Start a new shift now"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        # Enter must not close a shift by accident: Cancel is the default.
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAutoDefault(False)
        cancel.setDefault(True)
        cancel.setFocus()
        form.exportButton.clicked.connect(self.export)
        self.resize(max(self.sizeHint().width(), DIALOG_WIDTH), self.sizeHint().height())

    def _fill_kinds(self, kinds: tuple[KindTotal, ...]) -> None:
        table, bt = self.form.kindsTable, self.report.balance_type
        table.verticalHeader().hide()
        table.setRowCount(len(kinds))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, kind in enumerate(kinds):
            cells = (kind_words(kind.kind), formats.number(kind.operations),
                     points(kind.issued, bt) if kind.issued else "",
                     points(kind.redeemed, bt) if kind.redeemed else "",
                     money(kind.spent, self._currency) if kind.spent else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(header.sizeHint().height() + rows_height + 2 * table.frameWidth())
        table.setVisible(bool(kinds))

    def export(self) -> None:
        """Ask for a file; write the operations there and the totals beside it."""
        report = self.report
        stem = safe_file_name(f"shift-{report.desk}")
        default = Path.home() / f"{stem}-{date.today():%Y-%m-%d}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, translate("till", "Export the shift"), str(default),
            translate("till", "CSV files (*.csv);;All files (*)"))
        if not path:
            return
        button, label, db = self.form.exportButton, self.form.exportLabel, self._database

        def done(rows: int) -> None:
            button.setEnabled(True)
            set_tone(label, Tone.SUCCESS,
                     translate("till", "%Ln operation(s) written to {path}; the totals to "
                                       "{totals}", None, rows).format(
                         path=path, totals=totals_path(path)))

        def failed(exc: Exception) -> None:
            button.setEnabled(True)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            log.warning("shift export to %s failed: %s", path, exc)
            set_tone(label, Tone.ERROR, translate("till", "Could not write {path}: {why}").format(
                path=path, why=reason))

        button.setEnabled(False)
        set_tone(label, Tone.BUSY, translate("till", "Writing the shift…"))
        label.show()
        try:
            self._store_tasks.run(lambda: write_shift(db, report, path), owner=self,
                                  on_success=done, on_failure=failed)
        except RuntimeError:  # the store's worker was shut down: the app is closing
            button.setEnabled(True)
