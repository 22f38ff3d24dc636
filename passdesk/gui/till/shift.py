"""The Till's shift: its start, the two lists (this customer's and this shift's
operations), closing the shift (a Z-report) and exporting either list to CSV.

A mixin of ``TillPane``; reads and writes run on the store's worker.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, date, datetime, time

from passdesk.gui.i18n import translate
from passdesk.gui.till.history import export_operations
from passdesk.gui.till.shift_dialog import CloseShiftDialog, read_shift_report
from passdesk.gui.till.words import error_words
from passdesk.gui.widgets.csv_export import export_to_csv
from passdesk.gui.widgets.file_names import safe_file_name
from passdesk.gui.widgets.style import Tone
from passdesk.gui.widgets.words import local_time

log = logging.getLogger(__name__)


class TillShift:
    @property
    def shift_start(self) -> datetime:
        if self.setup.shift_started is not None:
            return self.setup.shift_started
        return datetime.combine(date.today(), time()).astimezone()

    def _load_customer_history(self) -> None:
        self.history.load_customer(self.customer.id if self.customer else None)

    def _load_shift(self) -> None:
        self.history.currency = self.setup.currency
        self.history.load_shift(self.setup.desk, self.shift_start)

    def close_shift(self) -> None:
        """Read the shift's totals (store worker), then ask with them shown."""
        button, db, desk = self.form.closeShiftButton, self._database, self.setup.desk
        since, until = self.shift_start, datetime.now(UTC)
        button.setEnabled(False)

        def show(report) -> None:
            button.setEnabled(True)
            self.shift_dialog = dialog = CloseShiftDialog(
                report, database=db, store_tasks=self._store_tasks, currency=self.setup.currency,
                parent=self)
            dialog.accepted.connect(lambda: self._start_shift(report.ended))
            dialog.open()

        def failed(exc: Exception) -> None:
            button.setEnabled(True)
            self._say_result(translate("till", "The shift's totals could not be read: {why}")
                             .format(why=error_words(exc)), Tone.ERROR)

        try:
            self._store_tasks.run(
                lambda: read_shift_report(db, desk=desk, since=since, until=until),
                owner=self, on_success=show, on_failure=failed)
        except RuntimeError:  # the store's worker was shut down: the app is closing
            button.setEnabled(True)

    def _start_shift(self, at: datetime) -> None:
        self._save_setup(replace(self.setup, shift_started=at))
        self._load_shift()
        self._say_result(translate("till", "Shift closed at {when}; a new shift started.")
                         .format(when=local_time(at)), Tone.INFO)

    def export(self, *, customer_only: bool) -> None:
        """Ask for a file, then write the list (and its totals) to it on the store's worker."""
        if customer_only and self.customer is None:
            return
        form, db = self.form, self._database
        if customer_only and self.customer:
            stem = f"loyalty-{self.customer.ext_id or self.customer.id}"
            scope: dict = {"pass_id": self.customer.id}
            button = form.exportCustomerButton
        else:
            stem = f"shift-{self.setup.desk}"
            scope = {"desk": self.setup.desk, "since": self.shift_start}
            button = form.exportShiftButton
        export_to_csv(self, self._store_tasks, button, form.exportLine,
                      title=translate("till", "Export operations"), stem=safe_file_name(stem),
                      writing=translate("till", "Writing operations…"),
                      counted=lambda n: translate("till", "%Ln operation(s)", None, n),
                      write=lambda path: export_operations(db, path, scope))
