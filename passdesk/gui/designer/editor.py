"""One open template in the designer: its form, live previews, findings and undo stack.

The editor holds a ``DesignState`` (the immutable ``TemplateDoc`` and the
sample values). Every change the user makes builds a new state and pushes an
``EditCommand``; the command's redo and undo call ``_apply``, which is the only
place the state is replaced and the form, previews and findings are shown
again. So undo gives back exactly the old document, and the preview exactly
the old picture.

The tab's "•" means one thing: what the tab shows is not on PassEntry (a
design never published, or changed since it was published or opened from
PassEntry). Drafts save themselves half a second after an edit, so "not
saved yet" is only ever a moment and is said in the tab's tooltip instead.
The status line over the form is the one place the publish state is shown.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from passdesk.core.template_checks import Finding, check
from passdesk.core.template_doc import (
    BANNER_KEY,
    BARCODE_SOURCES,
    BARCODE_TYPES,
    ICON_KEY,
    LOGO_KEY,
    TEMPLATE_TYPES,
    TRANSIT_TYPES,
    WATERMARK_COLOURS,
    WATERMARK_POSITIONS,
    TemplateDoc,
)
from passdesk.design import preview
from passdesk.gui.designer.asset_row import AssetImageRow
from passdesk.gui.designer.commands import DesignState, EditCommand
from passdesk.gui.designer.fields import FieldsEditor
from passdesk.gui.designer.languages import DefaultLanguageRow
from passdesk.gui.designer.preview import FindingsList, PreviewPanel
from passdesk.gui.designer.records import publish_words
from passdesk.gui.designer.rows import ColourRow
from passdesk.gui.i18n import translate
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.image_asset_picker import ImageLibrary
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.sync.drafts import TYPE_TITLES, DraftText

#: Autosave waits this long after the last edit.
AUTOSAVE_MS = 500
#: The combos' words, said with ``translate("designer", title)`` (the template types'
#: are ``sync.drafts.TYPE_TITLES``, which the Open list says too).
TRANSIT_TITLES = {"airplane": QT_TRANSLATE_NOOP("designer", "Plane"),
                  "bus": QT_TRANSLATE_NOOP("designer", "Bus"),
                  "train": QT_TRANSLATE_NOOP("designer", "Train"),
                  "ferry": QT_TRANSLATE_NOOP("designer", "Ferry"),
                  "other": QT_TRANSLATE_NOOP("designer", "Other")}
BARCODE_TITLES = {"qr": QT_TRANSLATE_NOOP("designer", "QR code"), "pdf417": "PDF417",
                  "aztec": "Aztec", "code128": "Code 128"}
WATERMARK_TITLES = {None: QT_TRANSLATE_NOOP("designer", "None"),
                    "light": QT_TRANSLATE_NOOP("designer", "Light"),
                    "dark": QT_TRANSLATE_NOOP("designer", "Dark")}
POSITION_TITLES = {"topLeft": QT_TRANSLATE_NOOP("designer", "Top left"),
                   "topRight": QT_TRANSLATE_NOOP("designer", "Top right"),
                   "bottomLeft": QT_TRANSLATE_NOOP("designer", "Bottom left"),
                   "bottomRight": QT_TRANSLATE_NOOP("designer", "Bottom right")}
#: What a pass's code holds (the barcode ``source``), in a cashier's words.
SOURCE_TITLES = {"uuid": QT_TRANSLATE_NOOP("designer", "The pass ID"),
                 "extId": QT_TRANSLATE_NOOP("designer", "The External ID"),
                 "custom": QT_TRANSLATE_NOOP("designer", "Your own text")}
NO_BARCODE = QT_TRANSLATE_NOOP("designer", "None")
#: The form column's starting width; the previews take the rest.
FORM_WIDTH = 480
UNSAVED_MARK = " •"
_PUBLISH_TONES = {"draft": Tone.INFO, "queued": Tone.BUSY, "processing": Tone.BUSY,
                  "published": Tone.SUCCESS, "failed": Tone.ERROR}
#: Publish states in which PassEntry has (or is getting) what the tab shows.
_SENT = ("queued", "processing", "published")
#: The status line is one compact line, so showing or changing it moves nothing.
STATUS_STYLE = "QLabel[tone] { padding: 3px 8px; }"
CHANGED_WORDS = QT_TRANSLATE_NOOP(
    "designer", "Changed since it was published: the changes are kept here as a draft; "
                "PassEntry still has the published version.")
OPENED_WORDS = QT_TRANSLATE_NOOP("designer", "Opened from PassEntry, unchanged.")
NEW_WORDS = QT_TRANSLATE_NOOP("designer", "Draft, saved on this computer; not published.")


class _UndoKeys(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a line edit act on the designer's stack, not the field's."""

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self._stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to the field as a key press: handled below
            return True
        (self._stack.undo if undo else self._stack.redo)()
        return True


class DesignerEditor(QWidget):
    #: The state or whether it is saved changed: the tab's title may change.
    changed = Signal()
    #: Edits have rested AUTOSAVE_MS: the pane saves the draft.
    save_due = Signal()

    def __init__(self, doc: TemplateDoc, samples: dict | None = None, *,
                 draft_id: str | None = None, source_template_id: str | None = None,
                 saved: bool = True, on_passentry: bool = False,
                 published_before: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft_id = draft_id or f"draft-{uuid.uuid4()}"
        self.source_template_id = source_template_id
        self.state = DesignState.of(doc, samples)
        #: The state last written to the store (or the state opened, when nothing
        #: needs writing); None when this document exists nowhere yet.
        self.saved: DesignState | None = self.state if saved else None
        self.publish_state: str | None = None
        self._publish_error: str | None = None
        #: The document PassEntry has (or will have, once queued); None: not on PassEntry.
        self.on_passentry: TemplateDoc | None = doc if on_passentry else None
        #: Published once, changed since (reopened later: the published version is not kept).
        self._published_before = published_before
        self.findings: list[Finding] = []
        self.stack = QUndoStack(self)
        self._burst = 0
        self._pushing = False
        self.images = preview.ImageCache()
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_due)

        self.form = form = load_form("designer/editor.ui", self)
        form.editorSplitter.setStretchFactor(0, 0)
        form.editorSplitter.setStretchFactor(1, 1)
        form.editorSplitter.setSizes([FORM_WIDTH, 2 * FORM_WIDTH])
        form.publishLabel.setTextFormat(Qt.TextFormat.PlainText)
        form.publishLabel.setStyleSheet(STATUS_STYLE)
        form.publishLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.preview = PreviewPanel(self.images, form.previewHost)
        form.previewHost.layout().addWidget(self.preview)
        self.findings_list = FindingsList(form.findingsHost)
        form.findingsHost.layout().addWidget(self.findings_list)
        for label in (form.fieldsMessage, form.imageMessage):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.hide()
        self.fields = FieldsEditor(form, lambda: self.state, self.commit, self._say_fields)
        self._build_rows(form)
        self._fill_choices(form)
        self.default_language = DefaultLanguageRow(
            form.defaultLanguageCombo, form.defaultLanguageMessage, lambda: self.doc,
            lambda tag: self.commit(self.state.with_doc(
                self.doc.with_attribute("defaultLanguage", tag)), "default language"))
        self._connect_edits(form)
        self._show(self.state)
        self._show_status()

    def _build_rows(self, form) -> None:
        """The colour rows and the image rows (logo, banner, icon)."""
        self.colours = {
            key: ColourRow(key, what, swatch, edit, message, self._colour_typed)
            for key, what, swatch, edit, message in (
                ("background", "background", form.backgroundSwatch, form.backgroundEdit,
                 form.backgroundMessage),
                ("label", "label", form.labelSwatch, form.labelEdit, form.labelMessage),
                ("text", "text", form.textSwatch, form.textEdit, form.textMessage))}
        #: The account's images on PassEntry (None: the Designer works with files only).
        self.library: ImageLibrary | None = None
        self.image_rows = {
            key: AssetImageRow(key, key, thumb, info, choose, remove, form.imageMessage, self,
                               self._image_chosen, template_type=lambda: self.doc.template_type)
            for key, thumb, info, choose, remove in (
                (LOGO_KEY, form.logoThumb, form.logoInfo, form.logoChooseButton,
                 form.logoRemoveButton),
                (BANNER_KEY, form.bannerThumb, form.bannerInfo, form.bannerChooseButton,
                 form.bannerRemoveButton),
                (ICON_KEY, form.iconThumb, form.iconInfo, form.iconChooseButton,
                 form.iconRemoveButton))}
        self._lay_out_images()

    def _fill_choices(self, form) -> None:
        """The type, transit, barcode and watermark combos, in the words shown."""
        for kind in TEMPLATE_TYPES:
            form.typeCombo.addItem(translate("designer", TYPE_TITLES[kind]), kind)
        for kind in TRANSIT_TYPES:
            form.transitCombo.addItem(translate("designer", TRANSIT_TITLES[kind]), kind)
        form.barcodeCombo.addItem(translate("designer", NO_BARCODE), None)
        for kind in BARCODE_TYPES:
            form.barcodeCombo.addItem(translate("designer", BARCODE_TITLES.get(kind, kind)), kind)
        for source in BARCODE_SOURCES:
            form.barcodeSourceCombo.addItem(translate("designer", SOURCE_TITLES[source]), source)
        for colour in (None, *WATERMARK_COLOURS):
            form.watermarkCombo.addItem(translate("designer", WATERMARK_TITLES[colour]), colour)
        for position in WATERMARK_POSITIONS:
            form.watermarkPositionCombo.addItem(translate("designer", POSITION_TITLES[position]),
                                                position)

    def _connect_edits(self, form) -> None:
        """Each edit becomes a command on the undo stack; Ctrl+Z undoes in any field."""
        form.nameEdit.textEdited.connect(lambda text: self._text_typed("name", text))
        form.descriptionEdit.textEdited.connect(
            lambda text: self._text_typed("description", text))
        form.typeCombo.activated.connect(self._type_chosen)
        form.transitCombo.activated.connect(self._transit_chosen)
        form.watermarkCombo.activated.connect(self._watermark_chosen)
        form.watermarkPositionCombo.activated.connect(self._watermark_chosen)
        form.barcodeCombo.activated.connect(self._barcode_chosen)
        form.barcodeSourceCombo.activated.connect(self._barcode_chosen)
        form.barcodeTextCheck.clicked.connect(self._barcode_chosen)
        form.altTextEdit.textEdited.connect(self._alt_text_typed)
        undo_keys = _UndoKeys(self.stack, self)
        for edit in self.findChildren(QLineEdit):
            edit.installEventFilter(undo_keys)
            edit.editingFinished.connect(self._end_burst)
        self.stack.indexChanged.connect(self._stack_moved)

    # --- state ----------------------------------------------------------------------

    @property
    def doc(self) -> TemplateDoc:
        return self.state.doc

    @property
    def samples(self) -> dict:
        return self.state.sample_dict()

    @property
    def dirty(self) -> bool:
        return not self.state.same_as(self.saved)

    @property
    def unpublished(self) -> bool:
        """What the tab shows is not on PassEntry (never published, or changed since)."""
        return self.on_passentry is None or self.doc != self.on_passentry

    def title(self) -> str:
        name = (self.doc.name or "").strip() or translate("designer", "Untitled template")
        return name + (UNSAVED_MARK if self.unpublished else "")

    def tab_tooltip(self) -> str:
        name = (self.doc.name or "").strip() or translate("designer", "Untitled template")
        published = (translate("designer", "• Changes not published to PassEntry yet")
                     if self.unpublished else translate("designer", "On PassEntry as shown"))
        saved = (translate("designer", "Saving…") if self.dirty
                 else translate("designer", "Saved as a draft on this computer"))
        return f"{name}\n{published}\n{saved}"

    def mark_on_passentry(self, doc: TemplateDoc | None) -> None:
        """PassEntry has (or will have) ``doc``; None: it has none of this design."""
        self.on_passentry = doc
        self._show_status()
        self.changed.emit()

    def draft_text(self) -> DraftText:
        return DraftText(self.draft_id, (self.doc.name or "").strip() or "Untitled template",
                         self.doc.to_text(), self.state.draft_samples(),
                         self.source_template_id)

    def mark_saved(self, state: DesignState) -> None:
        self.saved = state
        self.changed.emit()

    def commit(self, new: DesignState, text: str, burst: tuple | None = None) -> None:
        """Make ``new`` the state through an undo command (nothing if it changes nothing)."""
        if new.same_as(self.state):
            return
        if burst is None:
            self._end_burst()
        self._pushing = True
        try:
            self.stack.push(EditCommand(self._apply, self.state, new, text, burst))
        finally:
            self._pushing = False

    def _apply(self, state: DesignState) -> None:
        self.state = state
        self._show(state)
        self._show_status()
        self.autosave.start()
        self.changed.emit()

    def _stack_moved(self, _index: int) -> None:
        if not self._pushing:  # undo or redo: the next keystroke starts a new burst
            self._end_burst()

    def _end_burst(self) -> None:
        self._burst += 1

    # --- showing --------------------------------------------------------------------

    def _show(self, state: DesignState) -> None:
        doc, form = state.doc, self.form
        for edit, key in ((form.nameEdit, "name"), (form.descriptionEdit, "description")):
            value = doc.get(key)
            text = value if isinstance(value, str) else ""
            if edit.text() != text:
                edit.setText(text)
        self._show_type(doc.get("templateType"))
        transit = doc.template_type == "transit"
        form.transitLabel.setVisible(transit)
        form.transitCombo.setVisible(transit)
        form.transitCombo.setCurrentIndex(form.transitCombo.findData(doc.transit_type))
        colours = doc.get("colors")
        colours = colours if isinstance(colours, dict) else {}
        for key, row in self.colours.items():
            row.show_value(colours.get(key))
        for key, row in self.image_rows.items():
            row.show_value(doc.image(key))
        mark = doc.watermark or {}
        colour = mark.get("color") if mark.get("color") in WATERMARK_COLOURS else None
        # Shown when the template has a watermark or PassEntry asked for one (§2.17).
        wanted = bool(doc.watermark) or (self.library is not None
                                         and self.library.watermark_required)
        for widget in (form.watermarkLabel, form.watermarkCombo, form.watermarkPositionCombo):
            widget.setVisible(wanted)
        form.watermarkCombo.setCurrentIndex(form.watermarkCombo.findData(colour))
        position = form.watermarkPositionCombo.findData(mark.get("position", "topLeft"))
        form.watermarkPositionCombo.setCurrentIndex(max(0, position))
        form.watermarkPositionCombo.setEnabled(colour is not None)
        kind = doc.barcode_type
        index = form.barcodeCombo.findData(kind) if kind else 0
        if index < 0:  # a type the designer does not offer: shown as it is
            form.barcodeCombo.addItem(kind, kind)
            index = form.barcodeCombo.count() - 1
        form.barcodeCombo.setCurrentIndex(index)
        source = doc.barcode_source or "uuid"
        form.barcodeSourceCombo.setCurrentIndex(max(0, form.barcodeSourceCombo.findData(source)))
        form.barcodeSourceCombo.setEnabled(kind is not None)
        custom = kind is not None and source == "custom"
        text = (doc.barcode_value or "") if custom else ""
        if form.altTextEdit.text() != text:
            form.altTextEdit.setText(text)
        form.altTextEdit.setEnabled(custom)
        form.barcodeTextCheck.setChecked(doc.barcode_display_text)
        form.barcodeTextCheck.setEnabled(kind is not None)
        self.default_language.show(doc)
        self.fields.show_state(state)
        self.preview.show_state(doc, state.samples, state.languages)
        self.findings = check(doc, state.samples, measure=preview.measure_text,
                              languages=state.languages)
        self.findings_list.show_findings(self.findings)

    def _lay_out_images(self) -> None:
        """Each image: its buttons on one line, what it is on the line below (so the words
        are not squeezed beside three buttons); the watermark and the message after."""
        form, grid = self.form, self.form.imagesGrid
        for n, (key, row) in enumerate(self.image_rows.items()):
            top = 2 * n
            grid.addWidget(getattr(form, f"{key}Label"), top, 0)
            grid.addWidget(row.thumb, top, 1, 2, 1)
            grid.addWidget(row.choose_button, top, 2)
            grid.addWidget(row.remove_button, top, 3)
            grid.addWidget(row.assets_button, top, 4)
            grid.addWidget(row.info, top + 1, 2, 1, 3)
        end = 2 * len(self.image_rows)
        grid.addWidget(form.watermarkLabel, end, 0)
        grid.addWidget(form.watermarkCombo, end, 1, 1, 2)
        grid.addWidget(form.watermarkPositionCombo, end, 3, 1, 2)
        grid.addWidget(form.imageMessage, end + 1, 0, 1, 5)

    def use_library(self, library: ImageLibrary | None) -> None:
        """Let the logo and banner rows upload to and pick from PassEntry's images."""
        self.library = library
        self.images.local_copy = library.local_copy if library is not None else None
        for row in self.image_rows.values():
            row.use_library(library)
        if library is not None:
            library.watermark_asked.connect(self._library_changed)
        self._show(self.state)

    def _library_changed(self) -> None:
        self._show(self.state)

    def _show_type(self, value: object) -> None:
        combo = self.form.typeCombo
        while combo.count() > len(TEMPLATE_TYPES):  # drop an unknown type shown before
            combo.removeItem(combo.count() - 1)
        if isinstance(value, str) and value in TEMPLATE_TYPES:
            combo.setCurrentIndex(TEMPLATE_TYPES.index(value))
            return
        shown = value if isinstance(value, str) else (
            translate("designer", "(none)", "no template type") if value is None else str(value))
        combo.addItem(shown, value)
        combo.setCurrentIndex(combo.count() - 1)

    def show_publish(self, state: str | None, error: str | None = None) -> None:
        self.publish_state, self._publish_error = state, error
        if state in ("failed", "draft") and self.on_passentry is not None \
                and self.source_template_id is None:
            self.on_passentry = None  # refused or discarded: PassEntry has none of it
            self.changed.emit()
        self._show_status()

    def _show_status(self) -> None:
        """The one status line: what PassEntry has of this design, in a sentence."""
        state = self.publish_state
        changed = (self.on_passentry is not None and self.unpublished) or (
            self.on_passentry is None and self._published_before)
        if state in _SENT and changed:
            tone, words = Tone.WARNING, CHANGED_WORDS
        elif state in (*_SENT, "failed"):
            tone, words = _PUBLISH_TONES[state], publish_words(state, self._publish_error)
        elif self.on_passentry is not None or changed:
            tone, words = (Tone.WARNING, CHANGED_WORDS) if changed else (Tone.SUCCESS,
                                                                         OPENED_WORDS)
        else:
            tone, words = Tone.INFO, NEW_WORDS
        if words in (CHANGED_WORDS, OPENED_WORDS, NEW_WORDS):
            words = translate("designer", words)
        label = self.form.publishLabel
        if label.text() != words or label.property("tone") != str(tone):
            set_tone(label, tone, words)
            label.setToolTip(words)

    def _say_fields(self, text: str) -> None:
        set_tone(self.form.fieldsMessage, Tone.WARNING, text)
        self.form.fieldsMessage.show()
        QTimer.singleShot(6000, self.form.fieldsMessage.hide)

    # --- edits from the form ------------------------------------------------------------

    def _text_typed(self, key: str, text: str) -> None:
        self.commit(self.state.with_doc(self.doc.with_attribute(key, text)),
                    translate("designer", "edit {key}", "an undo step; {key}: its JSON name"
                              ).format(key=key), burst=(key, self._burst))

    def _type_chosen(self, index: int) -> None:
        value = self.form.typeCombo.itemData(index)
        self.commit(self.state.with_doc(self.doc.with_attribute("templateType", value)),
                    translate("designer", "template type", "an undo step"))

    def _transit_chosen(self, index: int) -> None:
        value = self.form.transitCombo.itemData(index)
        self.commit(self.state.with_doc(self.doc.with_attribute("transitType", value)),
                    translate("designer", "transit type", "an undo step"))

    def _watermark_chosen(self, *_args: object) -> None:
        form = self.form
        colour = form.watermarkCombo.currentData()
        position = form.watermarkPositionCombo.currentData() if colour else None
        self.commit(self.state.with_doc(self.doc.with_watermark(colour, position)),
                    translate("designer", "watermark", "an undo step"))

    def _colour_typed(self, key: str, text: str, typing: bool) -> None:
        burst = (key, self._burst) if typing else None
        self.commit(self.state.with_doc(self.doc.with_colour(key, text)),
                    translate("designer", "edit {key} colour", "an undo step; {key}: its JSON name"
                              ).format(key=key), burst=burst)

    def _image_chosen(self, key: str, url: str | None) -> None:
        self.commit(self.state.with_doc(self.doc.with_image(key, url)),
                    translate("designer", "remove {key}", "an undo step; {key}: logo, banner…"
                              ).format(key=key) if url is None else
                    translate("designer", "choose {key}", "an undo step; {key}: logo, banner…"
                              ).format(key=key))

    def _barcode_chosen(self, *_args: object) -> None:
        """Type, what the code holds or "show the value" changed: one barcode edit."""
        form = self.form
        kind = form.barcodeCombo.currentData()
        source = form.barcodeSourceCombo.currentData()
        value = form.altTextEdit.text() if source == "custom" else None
        self.commit(self.state.with_doc(self.doc.with_barcode(
            kind, source, value, form.barcodeTextCheck.isChecked() if kind else None)),
            translate("designer", "barcode", "an undo step"))

    def _alt_text_typed(self, text: str) -> None:
        kind = self.doc.barcode_type
        if kind is None or self.doc.barcode_source != "custom":
            return
        self.commit(self.state.with_doc(self.doc.with_barcode(kind, "custom", text)),
                    translate("designer", "barcode text", "an undo step"),
                    burst=("altText", self._burst))
