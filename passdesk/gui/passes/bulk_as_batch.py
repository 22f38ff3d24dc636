"""Bulk issue as one batch on PassEntry (PASSENTRY-API.md §11, ``sync.batches``):
ask whether the account has batches, say which way the file goes, send the good
rows as one batch, follow it to the end, and save its results and errors CSV
with the line of the person's own file beside each row.

``BulkAsBatch`` is mixed into ``BulkIssueDialog``; it uses the dialog's ``form``,
``report``, ``_batches``, ``_sync``, ``template()``, ``_start_progress()``,
``_update_buttons()``, ``_failed()`` and ``queued``.
"""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPushButton

from passdesk.core import bulk_csv
from passdesk.core.records import Batch
from passdesk.gui.i18n import say, translate
from passdesk.gui.passes.batches_dialog import (
    BatchSignals,
    NoConnection,
    save_batch_csv,
    words_for,
)
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.sync import batches as batch_ops

PER_PASS_WORDS = QT_TRANSLATE_NOOP(
    "passes", "How: one by one, through the outbox (sent with the next sync).")
BATCH_WORDS = QT_TRANSLATE_NOOP(
    "passes", "How: as one batch on PassEntry; its progress shows here to the end.")


class BulkAsBatch:
    """The batch path of the Bulk issue dialog."""

    def _setup_batch_widgets(self) -> None:
        form = self.form
        self.path_label = QLabel(translate("passes", PER_PASS_WORDS), self,
                                 objectName="pathLabel")
        self.path_label.setWordWrap(True)
        at = form.outerLayout.indexOf(form.progressBar)
        form.outerLayout.insertWidget(at, self.path_label)
        self.results_button = QPushButton(translate("passes", "Save &results CSV…"), self)
        self.errors_button = QPushButton(translate("passes", "Save e&rrors CSV…"), self)
        for n, button in enumerate((self.results_button, self.errors_button)):
            button.setAutoDefault(False)
            button.setVisible(False)
            form.exportLayout.insertWidget(1 + n, button)
        self.results_button.clicked.connect(lambda: self._save_batch_csv(0))
        self.errors_button.clicked.connect(lambda: self._save_batch_csv(1))
        self._batch_signals = BatchSignals(self)
        self._batch_signals.moved.connect(self._batch_moved)
        if self._batches is None:
            return
        try:
            client = self._batches.client()
        except NoConnection as exc:
            self.path_label.setText(translate("passes", "{how} {reason}").format(
                how=translate("passes", PER_PASS_WORDS), reason=str(exc)))
            return
        self.path_label.setText(translate("passes", "How: asking PassEntry whether this "
                                          "account has batches…"))
        self._batches.tasks.run(lambda: batch_ops.offered(client), owner=self,
                                on_success=self._offered,
                                on_failure=lambda exc: self._offered(
                                    batch_ops.Offer(False, translate(
                                        "passes", "PassEntry could not be asked ({reason}); "
                                                  "passes are issued one by one.").format(
                                        reason=words_for(exc)))))

    def _offered(self, offer: batch_ops.Offer) -> None:
        self._offer = offer
        self._say_path()

    def _say_path(self) -> None:
        if self._offer is None:
            return
        if not self._offer.offered:
            self.path_label.setText(translate("passes", "{how} {reason}").format(
                how=translate("passes", PER_PASS_WORDS), reason=say(self._offer.words)))
            return
        blocker = (bulk_csv.batch_blockers([g.new for g in self.report.good])
                   if self.report else None)
        self.path_label.setText(
            translate("passes", "{how} Not as a batch: {reason}.").format(
                how=translate("passes", PER_PASS_WORDS), reason=say(blocker)) if blocker
            else translate("passes", BATCH_WORDS))

    def uses_batch(self) -> bool:
        rows = [g.new for g in self.report.good] if self.report else []
        return bool(self._batches is not None and self._offer is not None
                    and self._offer.offered and rows and not bulk_csv.batch_blockers(rows))

    def _issue_as_batch(self) -> None:
        assert self._batches is not None
        assert self.report is not None
        client = self._batches.client_or_say(
            lambda tone, text: set_tone(self.form.statusLabel, tone, text))
        if client is None:
            return
        template = self.template()
        if template is None:
            return
        good = self.report.good
        rows = [g.new for g in good]
        self._batch_rows = [g.row_number for g in good]
        self.batch = None
        # The batch runs on PassEntry whatever this dialog does: "stop" only stops
        # watching it (the Batches list still shows it).
        cancel = self._cancel = threading.Event()
        self._start_progress(translate("passes", "%v of %m issued", "a progress bar: %v done "
                                       "of %m"), len(rows))
        for button in (self.results_button, self.errors_button):
            button.setVisible(False)
        set_tone(self.form.statusLabel, Tone.BUSY,
                 translate("passes", "Sending the file to PassEntry…"))
        self._update_buttons()
        self.cancel_button.setText(translate("passes", "Stop &watching"))
        moved, interval = self._batch_signals.moved, self._batches.poll_every
        name = f"{template.name}: {Path(self.form.fileEdit.text()).name}"

        def run() -> Batch:
            made = batch_ops.create_pass_batch(client, rows, template.id, name=name)
            return batch_ops.follow(client, made, progress=moved.emit, interval=interval,
                                    stop=cancel.is_set)

        self._batches.tasks.run(run, owner=self, on_success=self._batch_ended,
                                on_failure=self._failed)

    def _batch_moved(self, batch: Batch) -> None:
        self.batch = batch
        processed, total = batch_ops.counts(batch)
        bar = self.form.progressBar
        if total:
            bar.setRange(0, total)
            bar.setValue(processed or 0)
        if batch.status in batch_ops.WORKING:
            set_tone(self.form.statusLabel, Tone.BUSY,
                     translate("passes", "{status}: {progress}").format(
                         status=say(batch_ops.status_words(batch)),
                         progress=batch_ops.progress_words(batch)
                         or translate("passes", "starting", "a batch just sent")))

    def _batch_ended(self, batch: Batch) -> None:
        self._cancel = None
        self.cancel_button.setText(translate("passes", "Ca&ncel"))
        self.cancel_button.setEnabled(True)
        self._batch_moved(batch)
        results, errors = batch_ops.csv_links(batch)
        self.results_button.setVisible(bool(results))
        self.errors_button.setVisible(bool(errors))
        words = say(batch_ops.status_words(batch))
        progress = batch_ops.progress_words(batch)
        if batch.status in batch_ops.WORKING:
            set_tone(self.form.statusLabel, Tone.WARNING,
                     translate("passes", "No longer watching: the batch goes on on PassEntry "
                               "({progress}). Passes → Batches… shows how far it got.").format(
                         progress=progress))
        elif batch.status == "successful":
            self._issued_batch = True
            if errors:
                done = translate("passes", "{status}: {progress} processed on PassEntry; the "
                                 "passes arrive here with the next sync. Some rows were "
                                 "refused: save the errors CSV to see why.")
            else:
                done = translate("passes", "{status}: {progress} processed on PassEntry; the "
                                 "passes arrive here with the next sync.")
            set_tone(self.form.statusLabel, Tone.SUCCESS,
                     done.format(status=words, progress=progress))
            sync_now = getattr(self._sync, "sync_now", None)
            if callable(sync_now):
                sync_now()
        else:
            set_tone(self.form.statusLabel, Tone.ERROR,
                     (translate("passes", "{status}: PassEntry issued none of these passes. "
                                "Save the errors CSV to see why.") if errors else
                      translate("passes", "{status}: PassEntry issued none of these passes."))
                     .format(status=words))
        self._update_buttons()
        self.queued.emit(0)

    def _save_batch_csv(self, which: int) -> None:
        if self._batches is None or self.batch is None:
            return
        url = batch_ops.csv_links(self.batch)[which]
        if not url:
            return
        stem = "results" if which == 0 else "errors"
        file_rows = list(self._batch_rows)

        def with_file_rows(data: bytes) -> bytes:
            return _add_file_rows(data, file_rows)

        save_batch_csv(self, self._batches, url, f"batch-{stem}.csv",
                       lambda tone, text: set_tone(self.form.statusLabel, tone, text),
                       transform=with_file_rows)


def _add_file_rows(data: bytes, file_rows: list[int]) -> bytes:
    """A batch's CSV with the line of the person's own file beside each batch line
    (batch line n carried the good row n - 2), so a refused row is found in their file."""
    text = data.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    if not table or "line" not in [h.strip().lower() for h in table[0]]:
        return data
    at = [h.strip().lower() for h in table[0]].index("line")
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    # A column for the person (the batch's own are PassEntry's keys, kept as they are).
    writer.writerow([translate("passes", "line in your file", "a CSV column's header"),
                     *table[0]])
    for row in table[1:]:
        try:
            n = int(row[at]) - bulk_csv.BATCH_FIRST_LINE
            mine = str(file_rows[n]) if 0 <= n < len(file_rows) else ""
        except (ValueError, IndexError):
            mine = ""
        writer.writerow([mine, *row])
    return out.getvalue().encode("utf-8")
