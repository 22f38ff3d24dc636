"""Issue one pass from a template, and hand it to its holder once created.

The form is built from the template's field ids (``core.template_fields``);
locations and beacons are checked as typed (``gui.location_editors``). The
barcode (its kind and what it holds), NFC and group tags are the pass's
``barcode``, ``nfc`` and ``groupTags`` (PASSENTRY-API.md §2.3, §2.4), in plain
words: a QR code holding the ext id unless a person picks otherwise. Issue
writes the pass and its outbox row on the store runner, then asks the sync
to push soon. The Delivery tab then watches the store for the pass (by its
ext id: its id changes once PassEntry has created it) and offers its link.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)

from passdesk.core.bulk_csv import split_tags
from passdesk.core.names import display_name
from passdesk.core.pass_sources import PassSources, pass_sources
from passdesk.core.payloads import BarcodeInput, NfcInput, PassInput, ext_id_problems
from passdesk.core.template_fields import FieldSpec, template_fields
from passdesk.files import write_bytes_atomically
from passdesk.gui.i18n import say, translate
from passdesk.gui.passes.design_section import PassDesignSection, language_defaults, localised_row
from passdesk.gui.passes.issue_choices import (
    DIALOG_STYLE,
    AddsTemplatesById,
    AddTemplate,
    fill_choices,
    fill_events,
)
from passdesk.gui.passes.location_editors import BeaconsEditor, LocationsEditor
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.image_asset_picker import ImageLibrary
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.bulk_queries import (
    DeliveryFacts,
    EventChoice,
    TemplateChoice,
    read_delivery_facts,
    read_issue_choices,
)
from passdesk.store.database import Database
from passdesk.sync import passes

#: How often the Delivery tab looks for the created pass while it waits.
DELIVERY_POLL_MS = 2000
DEFAULT_SIZE = (640, 560)


#: (words, barcode type); None: no barcode. QR first: what a phone camera reads.
BARCODE_KINDS = ((QT_TRANSLATE_NOOP("passes", "QR code"), "qr"),
                 (QT_TRANSLATE_NOOP("passes", "Code 128 (a line of bars)"), "code128"),
                 (QT_TRANSLATE_NOOP("passes", "Aztec"), "aztec"),
                 (QT_TRANSLATE_NOOP("passes", "PDF417"), "pdf417"),
                 (QT_TRANSLATE_NOOP("passes", "No barcode"), None))
#: (words, source) of what a barcode holds, the default first.
BARCODE_SOURCES = ((QT_TRANSLATE_NOOP("passes", "The ext id"), "extId"),
                   (QT_TRANSLATE_NOOP("passes", "The pass id"), "uuid"),
                   (QT_TRANSLATE_NOOP("passes", "A value you type"), "custom"))
#: What an NFC tap gives a reader; PassEntry's default (the pass id) first.
NFC_SOURCES = ((QT_TRANSLATE_NOOP("passes", "The pass id"), "uuid"),
               (QT_TRANSLATE_NOOP("passes", "The ext id"), "extId"),
               (QT_TRANSLATE_NOOP("passes", "A value you type"), "custom"))
CUSTOM = "custom"
#: What a person should know about the barcode as picked (None: no barcode).
BARCODE_NOTES = {
    None: QT_TRANSLATE_NOOP("passes", "Without a barcode the pass cannot be scanned at a "
                                      "door or a till: only NFC or a search by name finds it."),
    "uuid": QT_TRANSLATE_NOOP("passes", "The pass id is known once PassEntry has created the "
                                        "pass; until then the Passes list shows the ext id as "
                                        "its number."),
    CUSTOM: QT_TRANSLATE_NOOP("passes", "Each pass needs its own value: a door tells passes "
                                        "apart by it."),
}

#: Template field ids that print the event's name on the pass.
EVENT_NAME_FIELDS = ("eventName", "event", "event_name")


def issue_checked(database: Database, new: PassInput, pass_source: str | None = None) -> str:
    """``issue_pass`` (which refuses an ext id, QR value or event clash), off the UI thread."""
    return passes.issue_pass(database, new=new, pass_source=pass_source)


class IssueDialog(AddsTemplatesById, QDialog):
    #: The local id of a pass just queued.
    issued = Signal(str)

    def __init__(self, database: Database, store_tasks: TaskRunner,
                 parent: QWidget | None = None, *, sync=None,
                 add_template: AddTemplate | None = None,
                 images: ImageLibrary | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("passes", "Issue a pass"))
        self.setStyleSheet(DIALOG_STYLE)
        self._database, self._store_tasks, self._sync = database, store_tasks, sync
        self._add_template = add_template
        #: The template to pick once the list is read again (one just added by its ID).
        self._wanted_template: str | None = None
        self._templates: list[TemplateChoice] = []
        self.field_edits: dict[str, QLineEdit] = {}
        self._busy = False
        #: Set once a pass was issued, until the form is typed in again: the same
        #: pass is never issued twice by a second click.
        self._just_issued = False
        self._delivery_ext_id: str | None = None
        self.sources = PassSources()
        self.form = form = load_form("passes/issue_dialog.ui", self)
        self.locations = LocationsEditor(form.locationsTab)
        form.locationsLayout.addWidget(self.locations, 1)
        self.beacons = BeaconsEditor(form.beaconsTab)
        form.beaconsLayout.addWidget(self.beacons, 1)
        #: "Design for this pass": the template's images replaced by the account's (§2.9).
        self.design = PassDesignSection(images, form.passTab,
                                        template_type=self._template_type)
        form.passTabLayout.addWidget(self.design)
        self.design.changed.connect(self._edited)
        #: The local id of the pass whose delivery is watched (a refused design is its).
        self._delivery_local_id: str | None = None
        self.issue_button = form.buttonBox.addButton(
            translate("passes", "&Issue pass"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setDefault(True)
        self.issue_button.clicked.connect(self.issue)
        fill_choices(form.barcodeCombo, BARCODE_KINDS)
        fill_choices(form.barcodeSourceCombo, BARCODE_SOURCES)
        fill_choices(form.nfcSourceCombo, NFC_SOURCES)
        form.buttonBox.rejected.connect(self.reject)
        form.templateCombo.currentIndexChanged.connect(self._show_template)
        form.addTemplateButton.setVisible(add_template is not None)
        if add_template is None:  # the picker takes the button's room
            form.templateLayout.addWidget(form.templateCombo, 0, 1, 1, 2)
        form.addTemplateButton.clicked.connect(self.add_template_by_id)
        for signal in (form.extIdEdit.textChanged, form.qrValueEdit.textChanged,
                       form.barcodeCombo.currentIndexChanged,
                       form.barcodeSourceCombo.currentIndexChanged,
                       form.nfcCheck.toggled, form.nfcSourceCombo.currentIndexChanged,
                       form.nfcValueEdit.textChanged,
                       form.groupTagEdit.textChanged, form.eventCombo.currentIndexChanged,
                       self.locations.changed, self.beacons.changed):
            signal.connect(self._edited)
        form.eventCombo.currentIndexChanged.connect(self._fill_event_name)
        self._auto_event_name = ""
        form.copyLinkButton.clicked.connect(lambda: self._copy(self.sources.download_url))
        form.copyGoogleButton.clicked.connect(lambda: self._copy(self.sources.google_url))
        form.saveAppleButton.clicked.connect(self._save_apple)
        self._poll = QTimer(self, interval=DELIVERY_POLL_MS)
        self._poll.timeout.connect(self.refresh_delivery)
        self._show_sources(None)
        self.resize(*DEFAULT_SIZE)
        form.templateCombo.setEnabled(False)
        form.templateCombo.addItem(translate("passes", "Reading templates…"))
        fill_events(form.eventCombo, [])
        self._check()
        store_tasks.run(lambda: read_issue_choices(database), on_success=self._set_choices,
                        on_failure=self._failed, owner=self)

    # --- templates and their fields --------------------------------------------

    def _set_choices(self, found: tuple[list[TemplateChoice], list[EventChoice]]) -> None:
        fill_events(self.form.eventCombo, found[1])
        self._set_templates(found[0])

    def _fill_event_name(self) -> None:
        """The template's event field (e.g. "eventName") follows the picked event,
        unless someone typed their own text there."""
        edit = next((self.field_edits[f] for f in EVENT_NAME_FIELDS if f in self.field_edits),
                    None)
        if edit is None or edit.text().strip() not in ("", self._auto_event_name):
            return
        words = self.form.eventCombo.currentText() if self.form.eventCombo.currentData() else ""
        self._auto_event_name = words.split(" · ")[0]
        edit.setText(self._auto_event_name)

    def _set_templates(self, found: list[TemplateChoice]) -> None:
        combo = self.form.templateCombo
        self._templates = found
        combo.blockSignals(True)
        combo.clear()
        for template in found:
            combo.addItem(template.name, template.id)
        combo.blockSignals(False)
        combo.setEnabled(bool(found))
        if not found:
            combo.addItem(translate("passes", "No templates yet: sync first, or add one by its "
                                    "ID") if self._add_template
                          else translate("passes", "No templates yet: sync first"))
        wanted = combo.findData(self._wanted_template) if self._wanted_template else -1
        self._wanted_template = None
        if wanted >= 0:
            combo.blockSignals(True)
            combo.setCurrentIndex(wanted)
            combo.blockSignals(False)
        self._show_template()

    def template(self) -> TemplateChoice | None:
        index = self.form.templateCombo.currentIndex()
        return self._templates[index] if 0 <= index < len(self._templates) else None

    def _template_type(self) -> str | None:
        template = self.template()
        kind = (template.attributes or {}).get("templateType") if template else None
        return kind if isinstance(kind, str) else None

    def _show_template(self) -> None:
        layout = self.form.fieldsForm
        while layout.rowCount():
            layout.removeRow(0)
        self.field_edits = {}
        self._field_rows: dict[str, QWidget] = {}
        template = self.template()
        attributes = template.attributes if template else None
        for spec in template_fields(attributes):
            edit = self._field_edit(spec)
            row = self._field_rows[spec.field_id] = localised_row(
                edit, language_defaults(attributes, spec.field_id), self.form.fieldsWidget)
            layout.addRow(spec.label, row)
        self._auto_event_name = ""
        self._fill_event_name()
        self._align_labels()
        self._check()

    def _align_labels(self) -> None:
        """One label column for the template's fields and the identity rows below."""
        labels = [self.form.fieldsForm.labelForField(w) for w in self._field_rows.values()]
        labels += [self.form.extIdLabel, self.form.groupTagLabel]
        width = max(label.sizeHint().width() for label in labels if label is not None)
        for label in labels:
            if label is not None:
                label.setMinimumWidth(width)

    def _field_edit(self, spec: FieldSpec) -> QLineEdit:
        edit = QLineEdit(self.form.fieldsWidget, objectName=f"field_{spec.field_id}")
        edit.setPlaceholderText(spec.default or "")
        edit.setAccessibleName(spec.label)
        edit.setToolTip(translate("passes", "Field id {id}; empty: {default}").format(
            id=spec.field_id, default=repr(spec.default)) if spec.default
            else translate("passes", "Field id {id}").format(id=spec.field_id))
        edit.setMaxLength(255)
        edit.textChanged.connect(self._edited)
        self.field_edits[spec.field_id] = edit
        return edit

    # --- the pass as typed -------------------------------------------------------

    def _barcode(self) -> BarcodeInput | None:
        form = self.form
        kind, source = form.barcodeCombo.currentData(), form.barcodeSourceCombo.currentData()
        if kind is None:
            return None
        return BarcodeInput(enabled=True, type=kind, source=source,
                            value=form.qrValueEdit.text().strip() if source == CUSTOM else None,
                            display_text=form.displayTextCheck.isChecked())

    def _nfc(self) -> NfcInput:
        form = self.form
        if not form.nfcCheck.isChecked():
            return NfcInput(enabled=False)
        source = form.nfcSourceCombo.currentData()
        return NfcInput(enabled=True, source=source,
                        custom_value=form.nfcValueEdit.text().strip() if source == CUSTOM
                        else None)

    def pass_input(self, ext_id: str | None = None) -> PassInput:
        form, template = self.form, self.template()
        ext_id = ext_id if ext_id is not None else form.extIdEdit.text().strip()
        values = {k: e.text().strip() for k, e in self.field_edits.items() if e.text().strip()}
        return PassInput(template.id if template else "", values, ext_id=ext_id or None,
                         group_tags=split_tags(form.groupTagEdit.text()) or None,
                         nfc=self._nfc(), barcode=self._barcode(),
                         locations=self.locations.records(), beacons=self.beacons.records(),
                         event_id=form.eventCombo.currentData(),
                         template_override=self.design.override())

    def problems(self) -> list[str]:
        form = self.form
        out = [] if self.template() else [translate("passes", "pick a template")]
        code_on = form.barcodeCombo.currentData() is not None
        code_custom = code_on and form.barcodeSourceCombo.currentData() == CUSTOM
        for widget in (form.barcodeSourceCombo, form.displayTextCheck):
            widget.setEnabled(code_on)
        form.qrValueEdit.setEnabled(code_custom)
        note = BARCODE_NOTES.get(None if not code_on else form.barcodeSourceCombo.currentData())
        form.barcodeNote.setText(translate("passes", note) if note else "")
        form.barcodeNote.setVisible(bool(form.barcodeNote.text()))
        if code_custom and not form.qrValueEdit.text().strip():
            out.append(translate("passes", "type the barcode value (or let the barcode hold the "
                                 "ext id)"))
        nfc_on = form.nfcCheck.isChecked()
        nfc_custom = nfc_on and form.nfcSourceCombo.currentData() == CUSTOM
        form.nfcSourceCombo.setEnabled(nfc_on)
        form.nfcValueEdit.setEnabled(nfc_custom)
        if nfc_custom and not form.nfcValueEdit.text().strip():
            out.append(translate("passes", "type the NFC value (or let NFC hold the pass id)"))
        out += [say(p) for p in ext_id_problems(form.extIdEdit.text().strip())]
        return out + [say(p) for p in (*self.locations.problems(), *self.beacons.problems())]

    def _edited(self) -> None:
        self._just_issued = False
        self._check()

    def _check(self) -> None:
        problems = self.problems()
        self.issue_button.setEnabled(not problems and not self._busy and not self._just_issued)
        if self._just_issued:
            return  # the confirmation stays until the next pass is typed
        if problems:
            more = len(problems) - 1  # a plain name: lupdate drops a call's n written otherwise
            set_tone(self.form.statusLabel, Tone.WARNING,
                     translate("passes", "Cannot issue yet: {problem} (and %Ln more)", None,
                               more).format(problem=problems[0])
                     if len(problems) > 1 else
                     translate("passes", "Cannot issue yet: {problem}").format(
                         problem=problems[0]))
        elif self.form.statusLabel.property("tone") == Tone.WARNING:
            set_tone(self.form.statusLabel, Tone.NONE, "")

    # --- issuing -------------------------------------------------------------------

    def issue(self) -> None:
        if self.problems() or self._busy or self._just_issued:
            return
        ext_id = self.form.extIdEdit.text().strip() or f"pd-{uuid.uuid4().hex[:20]}"
        new = self.pass_input(ext_id)
        # The combo's rows, top to bottom: link only, + Apple file, + Google link.
        source = passes.PASS_SOURCES[self.form.passSourceCombo.currentIndex()]
        self._busy = True
        self._check()
        set_tone(self.form.statusLabel, Tone.BUSY, translate("passes", "Issuing…"))
        self._store_tasks.run(lambda: issue_checked(self._database, new, source),
                              on_success=lambda local_id: self._issued(local_id, new),
                              on_failure=self._failed, owner=self)

    def _issued(self, local_id: str, new: PassInput) -> None:
        self._busy = False
        self._delivery_local_id = local_id
        who = display_name(new.values)
        event = self.form.eventCombo.currentText() if new.event_id else None
        self._clear_pass()
        event = event.split(" · ")[0] if event else None
        args = {"who": who, "ext_id": new.ext_id, "event": event}
        if who and event:
            words = translate("passes", "Pass for {who} queued (ext id {ext_id}, {event}); it "
                              "reaches PassEntry with the next sync. See Delivery for its link. "
                              "The form is cleared for the next pass.")
        elif who:
            words = translate("passes", "Pass for {who} queued (ext id {ext_id}); it reaches "
                              "PassEntry with the next sync. See Delivery for its link. The "
                              "form is cleared for the next pass.")
        elif event:
            words = translate("passes", "Pass queued (ext id {ext_id}, {event}); it reaches "
                              "PassEntry with the next sync. See Delivery for its link. The "
                              "form is cleared for the next pass.")
        else:
            words = translate("passes", "Pass queued (ext id {ext_id}); it reaches PassEntry "
                              "with the next sync. See Delivery for its link. The form is "
                              "cleared for the next pass.")
        set_tone(self.form.statusLabel, Tone.SUCCESS, words.format(**args))
        self._check()
        if self._sync is not None:
            self._sync.push_soon()
        self.watch_delivery(new.ext_id)
        self.issued.emit(local_id)

    def _clear_pass(self) -> None:
        """Empty what belongs to one holder; template, event and settings stay for the
        next pass. Issue stays off until something is typed."""
        form = self.form
        edits = (*self.field_edits.values(), form.extIdEdit, form.qrValueEdit,
                 form.nfcValueEdit)
        for edit in edits:
            edit.blockSignals(True)
            edit.clear()
        self._auto_event_name = ""
        self._fill_event_name()  # the event's name stays on the next ticket
        for edit in edits:
            edit.blockSignals(False)
        self.design.blockSignals(True)
        self.design.clear()  # the design was this pass's own
        self.design.blockSignals(False)
        self._just_issued = True

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._check()
        set_tone(self.form.statusLabel, Tone.ERROR,
                 say(exc.args[0]) if len(exc.args) == 1 else str(exc))

    # --- delivery ---------------------------------------------------------------------

    def watch_delivery(self, ext_id: str) -> None:
        """Show the delivery of the pass with ``ext_id`` once the store has its link."""
        self._delivery_ext_id = ext_id
        self.design.say_refused(None)
        self._show_sources(None)
        self.refresh_delivery()
        self._poll.start()

    def refresh_delivery(self) -> None:
        ext_id = self._delivery_ext_id
        if ext_id is None:
            return
        database, local_id = self._database, self._delivery_local_id
        self._store_tasks.run(lambda: (read_delivery_facts(database, ext_id),
                                       passes.refused_design(database, local_id)
                                       if local_id else None),
                              on_success=self._show_delivery, on_failure=self._failed,
                              owner=self)

    def _show_delivery(self, found: tuple[DeliveryFacts | None, str | None]) -> None:
        facts, refused = found
        self._show_sources(facts)
        if self.sources.download_url:
            self._poll.stop()
        if refused:  # PassEntry refused the pass's own design (403): said, pass kept
            set_tone(self.form.statusLabel, Tone.ERROR,
                     translate("passes", "Pass {ext_id} is not on PassEntry yet: per-pass "
                               "designs are not enabled for your organisation (see Design for "
                               "this pass).").format(ext_id=self._delivery_ext_id))
            self.design.say_refused(refused, self.send_without_design)

    def send_without_design(self) -> None:
        """The refused pass goes with the template's design; nothing typed is lost."""
        local_id, database = self._delivery_local_id, self._database
        if local_id is None:
            return
        self.design.say_refused(None)
        set_tone(self.form.statusLabel, Tone.BUSY,
                 translate("passes", "Sending the pass with the template's design…"))
        self._store_tasks.run(lambda: passes.send_without_design(database, pass_id=local_id),
                              on_success=lambda _sent: self._sent_plain(),
                              on_failure=self._failed, owner=self)

    def _sent_plain(self) -> None:
        set_tone(self.form.statusLabel, Tone.SUCCESS, translate(
            "passes", "The pass goes to PassEntry with the template's design; its link shows "
                      "under Delivery once it is created."))
        if self._sync is not None:
            self._sync.push_soon()
        self._poll.start()

    def _show_sources(self, facts: DeliveryFacts | None) -> None:
        form = self.form
        self.sources = (pass_sources(facts.attributes, facts.download_url) if facts
                        else PassSources())
        form.copyLinkButton.setEnabled(bool(self.sources.download_url))
        form.saveAppleButton.setVisible(self.sources.apple_pkpass is not None)
        form.copyGoogleButton.setVisible(self.sources.google_url is not None)
        if self._delivery_ext_id is None:
            return
        form.linkEdit.setText(self.sources.download_url or "")
        form.linkEdit.setCursorPosition(0)  # show where the link starts
        form.linkEdit.setVisible(bool(self.sources.download_url))
        if self.sources.download_url:
            text = translate("passes", "Pass {ext_id} is on PassEntry. Send its holder this "
                             "download link; it adds the pass to Apple or Google Wallet.")
        else:
            text = translate("passes", "Pass {ext_id} is waiting to reach PassEntry; its "
                             "download link shows here once it has been created.")
        text = text.format(ext_id=self._delivery_ext_id)
        if self.sources.problem:
            text += f"\n({say(self.sources.problem)})"
        form.deliveryLabel.setText(text)

    def _copy(self, text: str | None) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)
            set_tone(self.form.statusLabel, Tone.SUCCESS,
                     translate("passes", "Copied to the clipboard."))

    def _save_apple(self) -> None:
        data = self.sources.apple_pkpass
        if data is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("passes", "Save Apple pass"),
            f"{self._delivery_ext_id or 'pass'}.pkpass",
            translate("passes", "Apple Wallet pass (*.pkpass)"))
        if not path:
            return
        try:
            write_bytes_atomically(path, data)
        except OSError as exc:
            set_tone(self.form.statusLabel, Tone.ERROR, translate(
                "passes", "Could not save {path}: {reason}").format(path=path, reason=exc))
            return
        set_tone(self.form.statusLabel, Tone.SUCCESS,
                 translate("passes", "Saved {path}.").format(path=path))

    def done(self, result: int) -> None:
        self._poll.stop()
        super().done(result)

