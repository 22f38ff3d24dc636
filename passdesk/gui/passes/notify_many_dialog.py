"""Notify many: one message to the selected passes or to every pass with a group tag,
sent as a wallet-messaging batch (PASSENTRY-API.md §11.3), now or at a set time.

PassEntry takes at most 500 recipients per batch by API: a bigger selection goes
as several batches, and the dialog says so before sending. A schedule must be
1 hour to 365 days ahead; "Send now" creates the batch and sends it at once.
The batches made are listed with their status; a scheduled one can be
cancelled here (or later in Passes → Batches…). The single-pass message
(``NotifyDialog``, through the outbox) is unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from passdesk.core.records import Batch
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.passes.batches_dialog import BatchAccess, local_time, words_for
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.renames import LOCAL_PREFIX
from passdesk.sync import batches

#: A lock screen shows about this much of a message.
MESSAGE_WARN_CHARS = 160
#: The schedule offered first: two hours from now (at least one is required).
DEFAULT_AHEAD_S = 2 * 3600


class NotifyManyDialog(QDialog):
    def __init__(self, access: BatchAccess, pass_ids: Sequence[str],
                 group_tags: Sequence[str] = (), parent: QWidget | None = None, *,
                 group_tag: str | None = None) -> None:
        super().__init__(parent, objectName="notifyManyDialog")
        self.setWindowTitle(translate("passes", "Notify many"))
        self._access = access
        ids = list(dict.fromkeys(pass_ids))
        #: Passes PassEntry knows (one not sent yet has no PassEntry id to message).
        self.pass_ids = [i for i in ids if not i.startswith(LOCAL_PREFIX)]
        self._unsent = len(ids) - len(self.pass_ids)
        self.made: list[Batch] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        layout.addLayout(form)
        # In this order: widgets made first come first in the tab order.
        self._build_to_row(form, group_tags, group_tag)
        self._build_message_rows(form)
        self._build_when_row(form, layout)
        self._build_batches_table(layout)
        self._build_buttons(layout)
        for signal in (self.message_edit.textChanged, self._to.buttonClicked,
                       self._when.buttonClicked, self.tag_combo.currentIndexChanged,
                       self.at_edit.dateTimeChanged):
            signal.connect(self._update)
        self.resize(560, 440)
        self._update()

    def _build_to_row(self, form: QFormLayout, group_tags: Sequence[str],
                      group_tag: str | None) -> None:
        """To: the passes selected, or every pass with a group tag."""
        to_box = QVBoxLayout()
        self.selection_radio = QRadioButton(self._selection_words(), self)
        tag_row = QHBoxLayout()
        self.tag_radio = QRadioButton(translate("passes", "Every pass with the group tag"), self)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(translate("passes", "Group tag"))
        self.tag_combo.addItems(list(group_tags))
        if group_tag and self.tag_combo.findText(group_tag) < 0:
            self.tag_combo.addItem(group_tag)
        if group_tag:
            self.tag_combo.setCurrentText(group_tag)
        tag_row.addWidget(self.tag_radio)
        tag_row.addWidget(self.tag_combo, 1)
        to_box.addWidget(self.selection_radio)
        to_box.addLayout(tag_row)
        self._to = QButtonGroup(self)
        self._to.addButton(self.selection_radio)
        self._to.addButton(self.tag_radio)
        (self.selection_radio if self.pass_ids or not group_tags else self.tag_radio
         ).setChecked(True)
        self.selection_radio.setEnabled(bool(self.pass_ids))
        self.tag_radio.setEnabled(self.tag_combo.count() > 0)
        form.addRow(translate("passes", "To", "who gets a message"), to_box)

    def _build_message_rows(self, form: QFormLayout) -> None:
        self.message_edit = QPlainTextEdit(self)
        self.message_edit.setAccessibleName(translate("passes", "Message"))
        self.message_edit.setPlaceholderText(translate(
            "passes", "What the lock screen shows, e.g. Doors open at 19:00. {field} puts in a "
                      "pass's own value.").format(field="%{fullName}"))
        self.message_edit.setFixedHeight(self.fontMetrics().height() * 5)
        form.addRow(translate("passes", "&Message"), self.message_edit)
        self.counter = QLabel(self)
        form.addRow("", self.counter)

    def _build_when_row(self, form: QFormLayout, layout: QVBoxLayout) -> None:
        """When: now, or at a time; the note below says what it means."""
        when_box = QHBoxLayout()
        self.now_radio = QRadioButton(translate("passes", "Send &now"), self)
        self.at_radio = QRadioButton(translate("passes", "Schedule &at"), self)
        self.at_edit = QDateTimeEdit(self)
        self.at_edit.setAccessibleName(translate("passes", "Scheduled time"))
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setCalendarPopup(True)
        self.at_edit.setDateTime(QDateTime.currentDateTime().addSecs(DEFAULT_AHEAD_S))
        self._when = QButtonGroup(self)
        self._when.addButton(self.now_radio)
        self._when.addButton(self.at_radio)
        self.now_radio.setChecked(True)
        when_box.addWidget(self.now_radio)
        when_box.addWidget(self.at_radio)
        when_box.addWidget(self.at_edit)
        when_box.addStretch(1)
        form.addRow(translate("passes", "When"), when_box)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def _build_batches_table(self, layout: QVBoxLayout) -> None:
        """The batches made, shown once there is one; the result below."""
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels((
            translate("passes", "Batch"), translate("passes", "Status"),
            translate("passes", "Passes"), translate("passes", "Scheduled / done")))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(False)
        layout.addWidget(self.table, 1)
        # Takes the spare room until the table shows (the form's rows must not spread).
        self._filler = QWidget(self)
        layout.addWidget(self._filler, 1)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.send_button = QPushButton(translate("passes", "Send"), self, objectName="sendButton")
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_batch_button = QPushButton(translate("passes", "&Cancel scheduled batch"),
                                               self)
        self.cancel_batch_button.setAutoDefault(False)
        self.buttons.addButton(self.cancel_batch_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_batch_button.setVisible(False)  # after addButton, which shows it
        self.buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send)
        self.cancel_batch_button.clicked.connect(self.cancel_scheduled)
        layout.addWidget(self.buttons)

    def _selection_words(self) -> str:
        n = len(self.pass_ids)
        if self._unsent:
            return translate("passes", "The %Ln selected pass(es) ({unsent} not sent to PassEntry "
                             "yet are left out)", None, n).format(
                unsent=formats.number(self._unsent))
        return translate("passes", "The %Ln selected pass(es)", None, n)

    @property
    def message(self) -> str:
        return self.message_edit.toPlainText().strip()

    def audience(self) -> batches.Audience:
        if self.tag_radio.isChecked():
            return batches.Audience(group_tag=self.tag_combo.currentText().strip() or None)
        return batches.Audience(tuple(self.pass_ids))

    def scheduled(self) -> datetime | None:
        if self.now_radio.isChecked():
            return None
        return self.at_edit.dateTime().toPython().astimezone(UTC)

    def _update(self, *_: object) -> None:
        length = len(self.message)
        counted = (translate("passes", "{length} / {most} characters: lock screens cut the rest")
                   if length > MESSAGE_WARN_CHARS else
                   translate("passes", "{length} / {most} characters"))
        self.counter.setText(counted.format(length=length, most=MESSAGE_WARN_CHARS))
        self.at_edit.setEnabled(self.at_radio.isChecked())
        audience = self.audience()
        notes = []
        if not audience.group_tag:
            parts = math.ceil(len(self.pass_ids) / batches.MAX_RECIPIENTS)
            if parts > 1:
                notes.append(translate("passes", "PassEntry takes at most {most} passes per "
                                       "message batch: this goes as %Ln batch(es).", None,
                                       parts).format(most=batches.MAX_RECIPIENTS))
        at = self.scheduled()
        if at is not None:
            try:
                batches.check_schedule(at, datetime.now(UTC))
            except batches.ChangeRefused as exc:
                notes.append(words_for(exc))
        set_tone(self.note, Tone.WARNING if notes else Tone.NONE, " ".join(notes))
        ready = bool(self.message) and (bool(audience.group_tag) or bool(audience.pass_ids))
        self.send_button.setText(translate("passes", "Send now") if at is None
                                 else translate("passes", "Schedule"))
        self.send_button.setEnabled(ready and not self.made)

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.result_label, tone, text)

    def send(self) -> None:
        if not self.send_button.isEnabled():
            return
        client = self._access.client_or_say(self._say)
        if client is None:
            return
        access, message, audience, at = self._access, self.message, self.audience(), \
            self.scheduled()
        interval = access.poll_every
        self.send_button.setEnabled(False)
        self._say(Tone.BUSY, translate("passes", "Sending…") if at is None
                  else translate("passes", "Scheduling…"))
        name = translate("passes", "Message {when}", "a batch's name").format(
            when=formats.moment(datetime.now().astimezone()))

        def run() -> list[Batch]:
            entity = access.entity_id(client)
            made = batches.notify_many(client, entity, message, audience, at=at, name=name,
                                       interval=interval)
            # Looked at once more: a just-made batch is being checked; show where it is.
            return [batches.follow(client, b, interval=interval) for b in made]

        access.tasks.run(run, owner=self, on_success=self._made, on_failure=self._not_made)

    def _not_made(self, exc: Exception) -> None:
        self._say(Tone.ERROR, translate("passes", "Not sent: {reason}").format(
            reason=words_for(exc)))
        self._update()

    def _made(self, made: list[Batch]) -> None:
        self.made = made
        self._show_made()
        n = len(made)
        if all(b.status == "scheduled" for b in made):
            self._say(Tone.SUCCESS, translate(
                "passes", "Scheduled: %Ln batch(es) for {when}. You can cancel it until then.",
                None, n).format(when=local_time(batches.scheduled_at(made[0]))))
        elif all(b.status in ("successful", "sending") for b in made):
            self._say(Tone.SUCCESS, translate("passes", "Sent: %Ln batch(es) to {whom}.", None,
                                              n).format(whom=say(self.audience().describe())))
        else:
            self._say(Tone.WARNING, "; ".join(
                translate("passes", "{batch}: {status}").format(
                    batch=b.name, status=say(batches.status_words(b))) for b in made))
        self._update()

    def _show_made(self) -> None:
        table = self.table
        self._filler.setVisible(False)
        table.setVisible(True)
        table.setRowCount(len(self.made))
        for row, batch in enumerate(self.made):
            cells = (batch.name or "", say(batches.status_words(batch)),
                     "" if batch.total_count is None else formats.number(batch.total_count),
                     say(batches.when_words(batch, local_time)))
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        self.cancel_batch_button.setVisible(any(b.status == "scheduled" for b in self.made))

    def cancel_scheduled(self) -> None:
        scheduled = [b for b in self.made if b.status == "scheduled"]
        if not scheduled:
            return
        client = self._access.client_or_say(self._say)
        if client is None:
            return
        self.cancel_batch_button.setEnabled(False)
        self._say(Tone.BUSY, translate("passes", "Cancelling…"))

        def run() -> list[Batch]:
            gone = {b.id: batches.cancel(client, b) for b in scheduled}
            return [gone.get(b.id, b) for b in self.made]

        def done(made: list[Batch]) -> None:
            self.made = made
            self._show_made()
            self.cancel_batch_button.setEnabled(True)
            self._say(Tone.SUCCESS, translate("passes", "Cancelled: the message will not be "
                                              "sent."))

        def failed(exc: Exception) -> None:
            self.cancel_batch_button.setEnabled(True)
            self._say(Tone.ERROR, translate("passes", "Not cancelled: {reason}").format(
                reason=words_for(exc)))

        self._access.tasks.run(run, owner=self, on_success=done, on_failure=failed)
