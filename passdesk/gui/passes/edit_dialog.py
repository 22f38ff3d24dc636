"""Change what a pass says: its content values and group tag, with an optional message.

Only values that changed are sent, so an edit never overwrites a field someone
else changed meanwhile on PassEntry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget
from sqlalchemy.exc import SQLAlchemyError

from passdesk.core.bulk_csv import split_tags
from passdesk.core.payloads import PassUpdate
from passdesk.gui.i18n import say, translate
from passdesk.gui.passes.design_section import PassDesignSection, language_defaults, localised_row
from passdesk.gui.passes.notify_dialog import MESSAGE_WARN_CHARS
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.image_asset_picker import ImageLibrary
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.database import Database, DatabaseError
from passdesk.store.pass_details import ContentField, read_pass_details
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.passes import (
    refused_design,
    send_without_design,
    template_attributes,
    update_pass,
)
from passdesk.sync.service import SyncService


def typed_like(original: Any, text: str) -> Any:
    """``text`` as the type the field had: a number stays a number when it still is one."""
    if isinstance(original, bool) or not isinstance(original, int | float):
        return text
    try:
        return int(text) if isinstance(original, int) else float(text)
    except ValueError:
        return text


class EditPassDialog(QDialog):
    def __init__(self, database: Database, pass_id: str, parent: QWidget | None = None, *,
                 sync: SyncService | None = None, images: ImageLibrary | None = None) -> None:
        super().__init__(parent, objectName="editPassDialog")
        self._database, self._sync, self._pass_id = database, sync, pass_id
        self.setWindowTitle(translate("passes", "Edit pass"))
        self.setMinimumWidth(440)
        # One row by primary key: quick enough to read here, and the form needs it to exist.
        details = read_pass_details(database, pass_id)
        self._fields: list[ContentField] = list(details.content) if details else []
        self._originals = {f.field_id: f.value for f in self._fields}
        self._raw = {f.field_id: f.raw for f in self._fields}
        self._group_tags = list(details.group_tags) if details else []
        template = template_attributes(database, details.template_id if details else None)

        self.form = form = load_form("passes/edit_dialog.ui", self)
        form.heading.setText(
            translate("passes", "Edit {name}").format(name=details.name) if details and details.name
            else translate("passes", "Edit pass") if details
            else translate("passes", "Pass not found"))
        self.edits: dict[str, QLineEdit] = {}
        for row, f in enumerate(self._fields):  # above the group tag and message rows
            edit = QLineEdit(f.value, objectName=f"field_{f.field_id}")
            edit.setToolTip(f.field_id)
            self.edits[f.field_id] = edit
            form.fieldsForm.insertRow(row, f.label, localised_row(
                edit, language_defaults(template, f.field_id), self))
        self.group_edit, self.message_edit = form.groupTagEdit, form.messageEdit
        self.group_edit.setText(", ".join(self._group_tags))
        self.note = form.resultLabel
        #: "Design for this pass" (§2.9): below the fields, collapsed until opened.
        self.design = PassDesignSection(images, self,
                                        template_type=lambda: (template or {}).get(
                                            "templateType"))
        form.outerLayout.insertWidget(form.outerLayout.indexOf(form.helpText), self.design)
        self.design.changed.connect(self._update)
        refused = refused_design(database, pass_id) if details else None
        if refused:  # an earlier change with this pass's own design was refused (403)
            self.design.say_refused(refused, self.send_without_design)
        self.buttons = form.buttonBox
        self.save_button = QPushButton(translate("passes", "Save"), objectName="saveButton")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for edit in (*self.edits.values(), self.group_edit, self.message_edit):
            edit.textChanged.connect(self._update)
        self.save_button.setEnabled(False)
        if self.edits:
            next(iter(self.edits.values())).setFocus()
        if details is None:
            self._say(translate("passes", "This pass is not in the local store any more."),
                      Tone.ERROR)

    def changes(self) -> PassUpdate:
        values = {fid: typed_like(self._raw[fid], edit.text())
                  for fid, edit in self.edits.items() if edit.text() != self._originals[fid]}
        tags = split_tags(self.group_edit.text())
        return PassUpdate(values=values, group_tags=tags if tags != self._group_tags else None,
                          message=self.message_edit.text().strip() or None,
                          template_override=self.design.override())

    def _update(self) -> None:
        c = self.changes()
        self.save_button.setEnabled(bool(c.values) or c.group_tags is not None
                                    or c.template_override is not None)
        length = len(c.message or "")
        if length > MESSAGE_WARN_CHARS:
            self._say(translate("passes", "%Ln characters: lock screens show about {shown} and "
                                "cut the rest.", None, length).format(shown=MESSAGE_WARN_CHARS),
                      Tone.WARNING)
        else:
            self.note.hide()

    def _say(self, text: str, tone: Tone) -> None:
        set_tone(self.note, tone, text)
        self.note.show()

    def send_without_design(self) -> None:
        """The refused change goes again with the template's design (nothing else lost)."""
        send_without_design(self._database, pass_id=self._pass_id)
        self.design.say_refused(None)
        self._say(translate("passes", "The change goes to PassEntry with the template's "
                            "design."), Tone.SUCCESS)
        if self._sync is not None:
            self._sync.push_soon()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            update_pass(self._database, pass_id=self._pass_id, changes=self.changes())
        except ChangeRefused as exc:
            self._say(say(exc.args[0]) if exc.args else str(exc), Tone.ERROR)
            return
        except (SQLAlchemyError, DatabaseError) as exc:
            self._say(translate("passes", "Not saved: {reason}. Check the disk, then try "
                                "again.").format(reason=exc), Tone.ERROR)
            return
        if self._sync is not None:
            self._sync.push_soon()
        self.accept()
