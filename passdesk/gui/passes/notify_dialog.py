"""Send a message to the selected passes, knowing what will reach the lock screen.

Before sending it says what the documented limits mean for these passes today
(``core.push_limits`` over ``store.pass_details.message_targets``) and which
passes are not on a phone. Sending queues every message in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from passdesk.core.push_limits import limits_warning
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.passes.model import status_words
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.palette import Colour
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.pass_details import MessageTarget, read_message_targets
from passdesk.sync.changes import Clock, utcnow
from passdesk.sync.passes import notify_many
from passdesk.sync.service import SyncService

NULLIFIED = "nullified"
#: A lock screen shows about this much of a message; the rest is cut.
MESSAGE_WARN_CHARS = 160


def inactive_note(targets: Sequence[MessageTarget]) -> str | None:
    idle = [t for t in targets if t.status != "active"]
    if not idle:
        return None
    if len(targets) == 1:
        status = idle[0].status
        return translate("passes", "This pass is {status}, not on a phone: the message is kept "
                         "on the pass but no one sees it now.").format(
            status=status_words(status).lower() if status
            else translate("passes", "not active"))
    count = len(idle)  # a plain name: lupdate drops a call's n written otherwise
    return translate("passes", "Not active (not on a phone): %Ln of the {total} selected "
                     "passes. Messages reach only active passes.", None, count).format(
        total=formats.number(len(targets)))


class NotifyDialog(QDialog):
    def __init__(self, database: Database, store_tasks: TaskRunner, pass_ids: Sequence[str],
                 parent: QWidget | None = None, *, sync: SyncService | None = None,
                 clock: Clock = utcnow) -> None:
        super().__init__(parent, objectName="notifyDialog")
        self._database, self._store_tasks, self._sync = database, store_tasks, sync
        self._ids = list(dict.fromkeys(pass_ids))
        self.targets: list[MessageTarget] | None = None
        self.setWindowTitle(translate("passes", "Send a message"))
        self.setMinimumWidth(460)
        self.form = form = load_form("passes/notify_dialog.ui", self)
        self.heading, self.message_edit, self.counter = (form.heading, form.messageEdit,
                                                          form.counterLabel)
        self.length_note, self.limits_note = form.lengthNote, form.limitsNote
        self.inactive_note, self.result_label = form.inactiveNote, form.resultLabel
        # Room for the longest count, so the line does not jump while typing.
        self.counter.setMinimumWidth(
            self.counter.fontMetrics().horizontalAdvance(f"0000 / {MESSAGE_WARN_CHARS}") + 8)
        self.buttons = form.buttonBox
        self.send_button = QPushButton(translate("passes", "Send"), objectName="sendButton")
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)

        self.message_edit.textChanged.connect(self._update)
        self._set_heading()
        self._update()
        self._clock = clock
        ids, now = self._ids, clock()
        self._store_tasks.run(lambda: read_message_targets(database, ids, now),
                              on_success=self._targets_loaded,
                              on_failure=lambda exc: self._say(
                                  translate("passes", "The passes could not be read: {reason}")
                                  .format(reason=say(exc)), Tone.ERROR))

    @property
    def message(self) -> str:
        return self.message_edit.toPlainText().strip()

    def _count(self) -> int:
        return len(self.targets) if self.targets is not None else len(self._ids)

    def _set_heading(self) -> None:
        targets = self.targets
        if targets is not None and len(targets) == 1:
            if targets[0].name:
                self.heading.setText(translate("passes", "Message to {name}")
                                     .format(name=targets[0].name))
            else:
                self.heading.setText(translate("passes", "Message to this pass"))
        else:
            count = self._count()
            self.heading.setText(translate("passes", "Message to %Ln pass(es)", None, count))

    def _targets_loaded(self, found: list[MessageTarget]) -> None:
        # PassEntry answers "not found" for a nullified pass: it is left out.
        targets = [t for t in found if t.status != NULLIFIED]
        self.targets = targets
        self._set_heading()
        missing, gone = len(self._ids) - len(found), len(found) - len(targets)
        notes = []
        if missing:
            notes.append(translate("passes", "%Ln selected pass(es) not in the local store any "
                                   "more: they will not get it.", None, missing))
        if gone:
            notes.append(translate("passes", "%Ln selected pass(es) nullified: they will not "
                                   "get it.", None, gone))
        if notes:
            self._say(" ".join(notes), Tone.WARNING)
        warning = limits_warning((t.device_type, t.sent_today) for t in targets)
        self._show(self.limits_note, say(warning) if warning else None, Tone.WARNING)
        self._show(self.inactive_note, inactive_note(targets), Tone.INFO)
        self._update()

    def _update(self) -> None:
        length = len(self.message)
        long = length > MESSAGE_WARN_CHARS
        self.counter.setText(f"{length} / {MESSAGE_WARN_CHARS}")
        self.counter.setStyleSheet(f"color: {Colour.OCHRE}; font-weight: 600;" if long else "")
        self._show(self.length_note, translate(
            "passes", "%Ln characters: lock screens show about {shown} and cut the rest.",
            None, length).format(shown=MESSAGE_WARN_CHARS) if long else None, Tone.WARNING)
        n = self._count()
        self.send_button.setText(translate("passes", "Send") if n == 1 else
                                 translate("passes", "Send to %Ln pass(es)", None, n))
        self.send_button.setEnabled(bool(self.message) and self.targets is not None and n > 0)

    def _show(self, label: QLabel, text: str | None, tone: Tone) -> None:
        if text:
            set_tone(label, tone, text)
        if label.isVisibleTo(self) != bool(text) or text:
            label.setVisible(bool(text))
            self._fit()

    def _fit(self) -> None:
        """Tall enough for every wrapped line shown now: a note that appears after the
        dialog opened must not squeeze the help text onto the message box."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = self.heightForWidth(self.width()) if self.hasHeightForWidth() else -1
        needed = max(needed, layout.minimumSize().height())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit()

    def _say(self, text: str, tone: Tone) -> None:
        self._show(self.result_label, text, tone)

    def send(self) -> None:
        """Queue the message for every pass (all or none), then let the pusher know."""
        if not self.send_button.isEnabled():
            return
        ids, message, db = [t.id for t in self.targets or []], self.message, self._database
        self.send_button.setEnabled(False)
        self.message_edit.setReadOnly(True)
        self._say(translate("passes", "Saving…"), Tone.BUSY)
        clock = self._clock
        self._store_tasks.run(lambda: notify_many(db, pass_ids=ids, message=message, clock=clock),
                              on_success=self._sent, on_failure=self._not_sent)

    def _sent(self, _count: int) -> None:
        if self._sync is not None:
            self._sync.push_soon()
        self.accept()

    def _not_sent(self, exc: Exception) -> None:
        self.message_edit.setReadOnly(False)
        self._say(translate("passes", "Not sent: {reason}").format(reason=say(exc)), Tone.ERROR)
        self._update()
