"""Nullify one pass, for good, after saying what that does and a deliberate confirmation.

Nullifying cannot be undone (PASSENTRY-API.md §3.6): PassEntry wipes the pass's
data, the wallet shows it grey as "Deactivated", its ext id is freed, and
PassEntry answers "not found" for it from then on. So the dialog spells that
out, and the red button works only once the pass's number is typed, as tools
that delete something for good ask for its name. The change goes through the
outbox like every other (``sync.passes.nullify_pass``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from passdesk.gui.i18n import say, translate
from passdesk.gui.passes.model import status_words
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.palette import qss
from passdesk.gui.widgets.style import APP_STYLE, Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.pass_details import PassDetails
from passdesk.sync import passes
from passdesk.sync.service import SyncService

DIALOG_STYLE = APP_STYLE + qss("""
QLabel#consequences { background: $error_background; border: 1px solid $error_border;
                      border-radius: 6px; padding: 8px 12px; color: $danger_text; }
QPushButton#nullifyButton:enabled { background: $red_700; color: white; font-weight: 600;
                                    border: 1px solid $red_800; border-radius: 4px;
                                    padding: 5px 14px; }
QPushButton#nullifyButton:enabled:hover { background: $red_800; }
""")
#: Typed when a pass has no number to type (neither a barcode value nor an ext id).
FALLBACK_WORD = QT_TRANSLATE_NOOP("passes", "NULLIFY")


def number_of(details: PassDetails) -> str:
    """What a person types to confirm: the number printed on the pass (as the list's
    Number column shows it), else its ext id, else the word NULLIFY."""
    return details.barcode_value or details.ext_id or FALLBACK_WORD


def consequences(details: PassDetails) -> str:
    """What nullifying does, in plain words (rich text for the dialog's box)."""
    ext = (translate("passes", "Its ext id <b>{ext_id}</b> is freed: a new pass may be "
                     "issued with it.").format(ext_id=escape(details.ext_id))
           if details.ext_id else None)
    points = [
        translate("passes", "On the phone the pass turns grey and says “Deactivated”; its "
                  "name, fields, barcode and NFC are wiped from it."),
        ext,
        translate("passes", "PassEntry answers “not found” for this pass from then on: it can "
                  "no longer be changed, sent a message, given points or scanned in."),
        translate("passes", "Here it leaves the Passes list; pick the status “Nullified” to see "
                  "it again. It still counts as an issued pass on your PassEntry bill."),
    ]
    items = "".join(f"<li>{p}</li>" for p in points if p)
    return translate("passes", "<b>This cannot be undone.</b> A nullified pass can never be "
                     "made active again.<ul style='margin-left: -20px'>{items}</ul>To stop it "
                     "scanning for a while, deactivate it instead: that can be undone.").format(
        items=items)


class NullifyDialog(QDialog):
    """Ask, then queue the nullification of one pass; ``accepted`` once it is queued."""

    def __init__(self, database: Database, store_tasks: TaskRunner, details: PassDetails,
                 parent: QWidget | None = None, *, sync: SyncService | None = None) -> None:
        super().__init__(parent, objectName="nullifyDialog")
        self._database, self._store_tasks, self._sync = database, store_tasks, sync
        self.details = details
        self.number = number_of(details)
        if self.number == FALLBACK_WORD:  # typed in the person's language
            self.number = translate("passes", FALLBACK_WORD)
        fallback = not (details.barcode_value or details.ext_id)
        self._busy = False
        self.setWindowTitle(translate("passes", "Nullify pass"))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(520)
        self.form = form = load_form("passes/nullify_dialog.ui", self)
        form.heading.setText(translate("passes", "Nullify the pass of {name}?").format(
            name=details.name) if details.name else translate("passes", "Nullify this pass?"))
        bits = [details.template_name,
                None if fallback else translate("passes", "number {number}").format(
                    number=self.number),
                status_words(details.status).lower() if details.status else None]
        form.subtitle.setText(" · ".join(b for b in bits if b))
        form.consequences.setText(consequences(details))
        form.confirmLabel.setText(
            (translate("passes", "To confirm, type the word <b>{word}</b>:") if fallback
             else translate("passes", "To confirm, type the pass's number <b>{word}</b>:"))
            .format(word=escape(self.number)))
        self.confirm_edit = form.confirmEdit
        self.nullify_button = QPushButton(translate("passes", "Nullify this pass"),
                                          objectName="nullifyButton")
        self.nullify_button.setAutoDefault(False)
        bold = self.nullify_button.font()
        bold.setBold(True)
        # The style sheet's bold text and padding: room for the whole label.
        self.nullify_button.setMinimumWidth(
            QFontMetrics(bold).horizontalAdvance(self.nullify_button.text()) + 36)
        form.buttonBox.addButton(self.nullify_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        # No default button: Enter in the field neither nullifies nor cancels; only a
        # click on the red button nullifies (Esc cancels).
        self.cancel_button.setAutoDefault(False)
        self.nullify_button.clicked.connect(self.nullify)
        form.buttonBox.rejected.connect(self.reject)
        form.confirmEdit.textChanged.connect(self._check)
        self._check()
        form.confirmEdit.setFocus()

    def confirmed(self) -> bool:
        """The number typed matches (spaces around and letter case do not matter)."""
        typed = self.form.confirmEdit.text().strip()
        return bool(typed) and typed.casefold() == self.number.casefold()

    def _check(self) -> None:
        self.nullify_button.setEnabled(self.confirmed() and not self._busy)

    def nullify(self) -> None:
        if not self.confirmed() or self._busy:
            return
        self._busy = True
        self._check()
        self.form.confirmEdit.setReadOnly(True)
        self._say(Tone.BUSY, translate("passes", "Nullifying…"))
        db, pass_id = self._database, self.details.id
        self._store_tasks.run(lambda: passes.nullify_pass(db, pass_id=pass_id),
                              on_success=self._queued, on_failure=self._failed, owner=self)

    def _queued(self, _result: object) -> None:
        if self._sync is not None:
            self._sync.push_soon()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.form.confirmEdit.setReadOnly(False)
        self._say(Tone.ERROR, translate("passes", "Not nullified: {reason}")
                  .format(reason=say(exc.args[0]) if exc.args else str(exc)))
        self._check()

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.form.resultLabel, tone, text)
        self.form.resultLabel.setVisible(True)
