"""Update passes from a CSV file as one batch (PASSENTRY-API.md §11.2, beta).

Each row names a pass in its ``pass_id`` column (the pass ID or its ext id) and
gives only what changes: ``passfield_<field id>`` values, ``group_tags``, barcode
or NFC columns, ``pass_action`` (deactivate | reactivate). Columns left out stay
as they are. PassEntry runs the batch at the time given (required by the API;
"now" by default) and the dialog follows it to the end, then offers the
errors CSV. The changes reach this desk with the next sync.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.records import Batch
from passdesk.gui.i18n import say, translate
from passdesk.gui.passes.batches_dialog import (
    BatchAccess,
    BatchSignals,
    local_time,
    save_batch_csv,
    words_for,
)
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.bulk_queries import TemplateChoice, read_templates
from passdesk.sync import batches

#: A batch set to run further ahead than this is left scheduled, not watched.
LATER = timedelta(minutes=1)
HELP = QT_TRANSLATE_NOOP(
    "passes", "Each row names a pass in a {pass_id} column (its pass ID or ext id) and gives "
              "only what changes: {passfield} columns, {group_tags}, {pass_action} "
              "({deactivate} or {reactivate}). Columns left out stay as they are.")
#: The CSV's column keys and values, as PassEntry reads them (never translated).
CSV_KEYS = {"pass_id": "pass_id", "passfield": "passfield_<field id>",
            "group_tags": "group_tags", "pass_action": "pass_action",
            "deactivate": "deactivate", "reactivate": "reactivate"}


class BatchUpdateDialog(QDialog):
    def __init__(self, access: BatchAccess, store_tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="batchUpdateDialog")
        self.setWindowTitle(translate("passes", "Update passes from a CSV file"))
        self._access = access
        self._templates: list[TemplateChoice] = []
        self.batch: Batch | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        intro = QLabel(translate("passes", HELP).format(**CSV_KEYS), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        layout.addLayout(form)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(translate("passes", "CSV file"))
        self.file_edit.setPlaceholderText(translate("passes", "A CSV file with a {pass_id} "
                                                    "column").format(pass_id=CSV_KEYS["pass_id"]))
        self.choose_button = QPushButton(translate("passes", "C&hoose…"), self)
        self.choose_button.setAutoDefault(False)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_label = QLabel(translate("passes", "CSV &file"), self)
        file_label.setBuddy(self.file_edit)  # a row of two widgets gets no buddy by itself
        form.addRow(file_label, file_row)
        self.template_combo = QComboBox(self)
        self.template_combo.setAccessibleName(translate("passes", "Template"))
        form.addRow(translate("passes", "&Template"), self.template_combo)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(translate("passes", "Optional, e.g. Upgrade to Gold"))
        form.addRow(translate("passes", "&Name"), self.name_edit)
        self.at_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setCalendarPopup(True)
        self.at_edit.setAccessibleName(translate("passes", "Run at"))
        self.at_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00 00:00")
                                     + 60)
        form.addRow(translate("passes", "&Run at"), self.at_edit)
        self.progress = QProgressBar(self)
        self.progress.setFormat(translate("passes", "%v of %m rows processed",
                                          "a progress bar: %v done of %m"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.update_button = QPushButton(translate("passes", "&Update passes"), self)
        self.update_button.setDefault(True)
        self.errors_button = QPushButton(translate("passes", "Save e&rrors CSV…"), self)
        self.errors_button.setAutoDefault(False)
        self.buttons.addButton(self.errors_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.errors_button.setVisible(False)  # after addButton, which shows it
        self.buttons.addButton(self.update_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self._choose)
        self.update_button.clicked.connect(self.submit)
        self.errors_button.clicked.connect(self._save_errors)
        self.file_edit.textChanged.connect(self._update)
        self._signals = BatchSignals(self)
        self._signals.moved.connect(self._moved)
        self.resize(600, 360)
        self._update()
        if access.database is not None:
            database = access.database
            store_tasks.run(lambda: read_templates(database), owner=self,
                            on_success=self._set_templates,
                            on_failure=lambda exc: self._say(Tone.ERROR, words_for(exc)))

    def _set_templates(self, found: list[TemplateChoice]) -> None:
        self._templates = found
        self.template_combo.clear()
        for template in found:
            self.template_combo.addItem(template.name, template.id)
        self._update()

    def _choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("passes", "Choose a CSV file"), "",
            translate("passes", "CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.file_edit.setText(path)

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.status_label, tone, text)

    def _update(self, *_: object) -> None:
        self.update_button.setEnabled(bool(self.file_edit.text().strip())
                                      and self.template_combo.currentData() is not None
                                      and self.batch is None)

    def submit(self) -> None:
        path = Path(self.file_edit.text().strip())
        if not path.is_file():
            self._say(Tone.ERROR, translate("passes", "There is no file at {path}. Check the "
                                            "path or use Choose….").format(path=path))
            return
        client = self._access.client_or_say(self._say)
        if client is None:
            return
        template_id = self.template_combo.currentData()
        at = self.at_edit.dateTime().toPython().astimezone(UTC)
        name = self.name_edit.text().strip() or None
        moved, interval = self._signals.moved, self._access.poll_every
        self.update_button.setEnabled(False)
        self._say(Tone.BUSY, translate("passes", "Sending the file to PassEntry…"))

        def run() -> Batch:
            made = batches.update_from_csv(client, path.read_bytes(), template_id, at=at,
                                           name=name)
            # Followed while it runs; one scheduled later is left to run on PassEntry.
            return batches.follow(client, made, progress=moved.emit, interval=interval,
                                  until=lambda b: b.status in batches.FINISHED or (
                                      b.status == "scheduled"
                                      and at > datetime.now(UTC) + LATER))

        self._access.tasks.run(run, owner=self, on_success=self._ended,
                               on_failure=self._failed)

    def _moved(self, batch: Batch) -> None:
        self.batch = batch
        processed, total = batches.counts(batch)
        if total:
            self.progress.setVisible(True)
            self.progress.setRange(0, total)
            self.progress.setValue(processed or 0)
        self._say(Tone.BUSY, translate("passes", "{status}…").format(
            status=say(batches.status_words(batch))))

    def _ended(self, batch: Batch) -> None:
        self._moved(batch)
        _results, errors = batches.csv_links(batch)
        self.errors_button.setVisible(bool(errors))
        words = say(batches.status_words(batch))
        if batch.status == "scheduled":
            self._say(Tone.SUCCESS, translate(
                "passes", "Scheduled for {when}: Passes → Batches… shows it, and can cancel it "
                          "until then.").format(when=local_time(batches.scheduled_at(batch))))
        elif batch.status == "successful":
            self._say(Tone.SUCCESS, translate(
                "passes", "{status}: {progress} passes updated; the changes arrive here with the "
                          "next sync.").format(status=words,
                                               progress=batches.progress_words(batch)))
        else:
            self._say(Tone.WARNING if batch.status == "completedWithErrors" else Tone.ERROR,
                      translate("passes", "{status}. Save the errors CSV to see which rows were "
                                "refused and why.").format(status=words)
                      if errors else translate("passes", "{status}.").format(status=words))
        self._update()

    def _failed(self, exc: Exception) -> None:
        self.batch = None
        self._say(Tone.ERROR, translate("passes", "Not sent: {reason}").format(
            reason=words_for(exc)))
        self._update()

    def _save_errors(self) -> None:
        url = batches.csv_links(self.batch)[1] if self.batch else None
        if url:
            save_batch_csv(self, self._access, url, "update-errors.csv", self._say)
