"""Create or edit a reader: name, id (new readers only), type, password, what it may do.

The password is write-only: an edited reader's field starts empty and is sent
only when typed. Nothing here is stored locally; the pane sends it to
PassEntry at once (reader administration needs the network).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from passdesk.core.payloads import ReaderInput
from passdesk.core.records import ReaderType
from passdesk.gui.i18n import translate
from passdesk.gui.readers.model import TYPE_NAMES
from passdesk.gui.widgets.form_dialog import FormDialog
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.readers import ReaderRow

#: Reader ids go into URL paths and are typed on the device's login screen.
READER_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
#: Check box -> the reader attribute it switches.
FLAG_BOXES = {"scanCheck": "scanEnabled", "redeemCheck": "redeemEnabled",
              "addPointsCheck": "addPointsEnabled", "qrCheck": "qrEnabled",
              "mifareCheck": "mifareClassicNfcEnabled"}
#: ReaderInput's field for each attribute.
_INPUT_FIELDS = {"scanEnabled": "scan_enabled", "redeemEnabled": "redeem_enabled",
                 "addPointsEnabled": "add_points_enabled", "qrEnabled": "qr_enabled",
                 "mifareClassicNfcEnabled": "mifare_classic_nfc_enabled"}


def suggested_id(name: str) -> str:
    """"North Gate 1" -> "north-gate-1": a valid id from a name."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:64]


class ReaderDialog(FormDialog):
    """``reader`` None: a new reader; else that reader, to edit."""

    def __init__(self, parent: QWidget | None = None, *, reader: ReaderRow | None = None,
                 taken_ids: frozenset[str] = frozenset(), entity_id: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("readers", "Edit reader “{name}”").format(name=reader.name)
                            if reader else translate("readers", "New reader"))
        self.setMinimumWidth(540)
        self._reader = reader
        self._taken = taken_ids
        #: The id follows the name until the person types an id of their own.
        self._id_typed = reader is not None

        self.form = form = load_form("readers/reader_dialog.ui", self)
        form.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        # As wide as its "It can" boxes need whole (French's run past 540 px).
        self.setMinimumWidth(max(540, form.minimumSizeHint().width()))
        if reader is None and entity_id:
            form.networkLabel.setText(translate(
                "readers", "Created on PassEntry at once, under your entity {entity}: this "
                           "needs the network.").format(entity=entity_id))
        for reader_type in ReaderType:
            form.typeCombo.addItem(translate("readers", TYPE_NAMES[reader_type]),
                                   str(reader_type))
        self._fill(reader)
        form.nameEdit.textEdited.connect(self._name_typed)
        form.idEdit.textEdited.connect(self._id_edited)
        form.passwordEdit.textChanged.connect(self._check)
        self.connect_buttons()
        self._check()

    def problem(self) -> str:
        return self.form.problemLabel.text() if not self.ok_button.isEnabled() else ""

    def reader_input(self) -> ReaderInput | None:
        """What to create, or only what changed (None: nothing did). Call once accepted."""
        form = self.form
        name = form.nameEdit.text().strip()
        password = form.passwordEdit.text() or None
        flags = {attr: getattr(form, box).isChecked() for box, attr in FLAG_BOXES.items()}
        old = self._reader
        if old is None:
            return ReaderInput(reader_id=form.idEdit.text().strip(), name=name,
                               reader_type=form.typeCombo.currentData(), password=password,
                               **{_INPUT_FIELDS[a]: on for a, on in flags.items()})
        changes = ReaderInput(
            name=name if name != old.name else None, password=password,
            **{_INPUT_FIELDS[a]: on for a, on in flags.items() if on != old.enabled(a)})
        return None if changes == ReaderInput() else changes

    def forget(self) -> None:
        """Clear the typed password and let Qt delete the dialog: no secret lingers."""
        self.form.passwordEdit.clear()
        self.deleteLater()

    # --- setting up ------------------------------------------------------------------

    def _fill(self, reader: ReaderRow | None) -> None:
        form = self.form
        if reader is None:
            form.scanCheck.setChecked(True)  # what a new reader is for, nearly always
            form.passwordHelp.setText(translate(
                "readers", "The reader logs in with its ID and this password. PassEntry never "
                           "shows it again."))
            return
        form.nameEdit.setText(reader.name)
        form.idEdit.setText(reader.id)
        form.idEdit.setReadOnly(True)
        form.idHelp.setText(translate("readers", "The ID of an existing reader cannot be changed."))
        index = form.typeCombo.findData(reader.reader_type)
        if index < 0:
            form.typeCombo.addItem(reader.reader_type or "—", reader.reader_type)
            index = form.typeCombo.count() - 1
        form.typeCombo.setCurrentIndex(index)
        form.typeCombo.setEnabled(False)
        form.passwordEdit.setPlaceholderText(translate("readers", "unchanged", "password"))
        form.passwordHelp.setText(translate("readers", "Leave empty to keep the password; "
                                                       "PassEntry never shows one."))
        for box, attr in FLAG_BOXES.items():
            getattr(form, box).setChecked(reader.enabled(attr))

    # --- checking as the person types ----------------------------------------------

    def _name_typed(self, name: str) -> None:
        if not self._id_typed:
            self.form.idEdit.setText(suggested_id(name))
        self._check()

    def _id_edited(self, text: str) -> None:
        self._id_typed = bool(text)
        self._check()

    def _check(self) -> None:
        form = self.form
        problems: list[str] = []
        if not form.nameEdit.text().strip():
            problems.append(translate("readers", "Enter the reader's name."))
        if self._reader is None:
            reader_id = form.idEdit.text().strip()
            if not reader_id:
                problems.append(translate("readers", "Enter an ID for the reader."))
            elif not READER_ID.match(reader_id):
                problems.append(translate("readers", "The ID may hold letters, digits, - _ and . "
                                                     "only (up to 64)."))
            elif reader_id in self._taken:
                problems.append(translate("readers", "A reader with the ID “{id}” exists "
                                                     "already.").format(id=reader_id))
            if not form.passwordEdit.text():
                problems.append(translate("readers", "Enter a password for the reader."))
        if form.passwordEdit.text() != form.passwordEdit.text().strip():
            problems.append(translate("readers", "The password starts or ends with a space: was "
                                                 "that meant?"))
        self.ok_button.setEnabled(not problems)
        self.ok_button.setToolTip(" ".join(problems))
        set_tone(form.problemLabel, Tone.WARNING, " ".join(problems))
        form.problemLabel.setVisible(bool(problems))
