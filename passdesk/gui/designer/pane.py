"""The Designer pane: pass templates designed offline, several open at once.

Each tab is a ``DesignerEditor`` with its own undo stack; one ``QUndoGroup``
makes Undo / Redo (and Ctrl+Z / Ctrl+Shift+Z) act on the tab in front. Each
editor's draft is saved to the local store half a second after the last
edit, when its tab closes and when the app quits. Publishing saves the draft
and queues it in the outbox (``sync.templates.publish_draft``); the tab then
shows the draft's publish state as the sync service delivers it.

A design of a template PassEntry has (published from here, opened from a
stored template, or added by its ID) is published as an update of that
template, only what changed (``PATCH``); a copy under a new name is offered
too (``PublishDialog``) and opens in a tab of its own. A design that only has
the name of a template on PassEntry is published only as a copy. A template
in PassEntry's deprecated shape is converted to the current one when it is
opened, and the pane says so once. The pane's messages take the subtitle's
place, so they never push the previews down. Nothing here needs a template
list: templates come from pulled passes and from "Add by ID".

With roles on (a ``gate``), publishing is a manager's: a desk below asks for a
manager's PIN once the publish is chosen, and each publish queued is an entry
of the audit trail.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoGroup
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError

from passdesk.core.roles import Action
from passdesk.core.template_checks import ERROR
from passdesk.core.template_doc import TemplateDoc, TemplateFormatError
from passdesk.design import preview
from passdesk.files import write_atomically
from passdesk.gui.designer.editor import DesignerEditor
from passdesk.gui.designer.picker import PickerDialog, said_items
from passdesk.gui.designer.publish_dialog import PublishDialog
from passdesk.gui.gate import Gate, Grant, ask
from passdesk.gui.i18n import say, translate
from passdesk.gui.services import Services
from passdesk.gui.widgets.file_names import safe_file_name
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.image_asset_picker import ImageLibrary
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.widgets.template_by_id_dialog import Fetch, TemplateByIdDialog
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database, DatabaseError
from passdesk.store.template_drafts import new_draft_id
from passdesk.sync import drafts
from passdesk.sync.drafts import DraftText
from passdesk.sync.service import StoreChanged, SyncService
from passdesk.sync.templates import copy_name, fetch_template

log = logging.getLogger(__name__)

def json_filter() -> str:
    return translate("designer", "Template JSON ({patterns});;All files ({all})").format(
        patterns="*.json", all="*")
#: Good news stays this long; problems stay until the next message.
MESSAGE_MS = 8_000
#: The header's message is compact: it stands where the subtitle stands.
MESSAGE_STYLE = "QLabel[tone] { padding: 2px 8px; }"
#: Lines of text the subtitle's place holds (a longer message is cut; its tooltip has all).
NOTICE_LINES = 2
#: Said once when a template in PassEntry's deprecated shape is opened.
CONVERTED_WORDS = QT_TRANSLATE_NOOP(
    "designer", "This template was in PassEntry's old layout; it is shown in the current "
                "one (header, central, details and back fields). Publishing sends the "
                "current layout.")


def reason(exc: BaseException) -> str:
    """An error's message for a person (a ``Text`` message said in their language)."""
    return say(exc.args[0]) if len(exc.args) == 1 else str(exc)


class DesignerPane(QWidget):
    def __init__(self, *, database: Database, store_tasks: TaskRunner, bridge: SyncBridge,
                 sync: SyncService | None = None, fetch: Fetch | None = None,
                 net_tasks: TaskRunner | None = None, images: ImageLibrary | None = None,
                 gate: Gate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        #: Who may do what at this desk; None: roles off (nothing asked, nothing recorded).
        self._gate = gate
        #: The account's images on PassEntry, for the logo and banner rows (None: files only).
        self.images = images
        self._store_tasks = store_tasks
        self._sync = sync
        #: Reads a template from PassEntry by id and stores it (Add by ID).
        self._fetch = fetch
        #: Publish states are read again on store notices, one read at a time.
        self._reads = OneReadAtATime(self._read_states)
        self._net_tasks = net_tasks
        # Made before the form, so it is gone before the form's buttons when the pane is.
        self.undo_group = QUndoGroup(self)
        self.form = form = load_form("designer/pane.ui", self)
        form.paneTitle.setObjectName("paneTitle")
        form.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        form.messageLabel.setStyleSheet(MESSAGE_STYLE)
        spacing = form.paneSubtitle.fontMetrics().lineSpacing()
        form.noticeStack.setFixedHeight(NOTICE_LINES * spacing + 8)
        form.noticeStack.setCurrentWidget(form.paneSubtitle)
        self._hide_message = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._hide_message.timeout.connect(self.hide_message)
        form.headerLayout.setStretch(0, 1)
        # The pages take the height left: with no template open the header stays on top.
        form.outerLayout.setStretchFactor(form.pages, 1)
        self.tabs = form.tabs
        self.undo_action = self.undo_group.createUndoAction(self, translate("designer", "Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, translate("designer", "Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        form.undoButton.clicked.connect(self.undo_group.undo)
        form.redoButton.clicked.connect(self.undo_group.redo)
        self.undo_group.canUndoChanged.connect(form.undoButton.setEnabled)
        self.undo_group.canRedoChanged.connect(form.redoButton.setEnabled)
        self.undo_group.undoTextChanged.connect(
            lambda text: form.undoButton.setToolTip(
                translate("designer", "Undo {step} (Ctrl+Z)").format(step=text) if text else ""))
        self.undo_group.redoTextChanged.connect(
            lambda text: form.redoButton.setToolTip(
                translate("designer", "Redo {step}").format(step=text) if text else ""))

        form.newButton.clicked.connect(lambda: self.new_template())
        form.openDraftButton.clicked.connect(self.open_draft)
        form.openSyncedButton.clicked.connect(self.open_synced)
        form.addByIdButton.clicked.connect(self.add_by_id)
        form.addByIdButton.setEnabled(fetch is not None and net_tasks is not None)
        form.importButton.clicked.connect(lambda: self.import_json())
        form.exportJsonButton.clicked.connect(lambda: self.export_json())
        form.exportPngButton.clicked.connect(lambda: self.export_pngs())
        form.publishButton.clicked.connect(self.publish)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_chosen)
        bridge.store_changed.connect(self._on_store_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self._tab_chosen(-1)

    @classmethod
    def from_services(cls, services: Services) -> DesignerPane:
        database, link = services.database, services.link

        def fetch(template_id: str):
            return fetch_template(database, link.client, template_id)

        images = ImageLibrary.from_services(services)
        return cls(database=database, store_tasks=services.store_tasks, bridge=services.bridge,
                   sync=services.sync, fetch=fetch, net_tasks=services.net_tasks, images=images,
                   gate=services.gate)

    # --- tabs -----------------------------------------------------------------------

    @property
    def editors(self) -> list[DesignerEditor]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    @property
    def editor(self) -> DesignerEditor | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, DesignerEditor) else None

    def add_editor(self, editor: DesignerEditor) -> DesignerEditor:
        editor.use_library(self.images)
        self.undo_group.addStack(editor.stack)
        editor.changed.connect(lambda e=editor: self._show_title(e))
        editor.save_due.connect(lambda e=editor: self.save(e))
        index = self.tabs.addTab(editor, editor.title())
        self._show_title(editor)
        self.tabs.setCurrentIndex(index)
        return editor

    def _show_title(self, editor: DesignerEditor) -> None:
        index = self.tabs.indexOf(editor)
        if index >= 0:
            self.tabs.setTabText(index, editor.title())
            self.tabs.setTabToolTip(index, editor.tab_tooltip())

    def _tab_chosen(self, _index: int) -> None:
        editor = self.editor
        self.undo_group.setActiveStack(editor.stack if editor else None)
        self.form.pages.setCurrentWidget(self.form.tabsPage if editor else self.form.emptyPage)
        for button in (self.form.exportJsonButton, self.form.exportPngButton,
                       self.form.publishButton):
            button.setEnabled(editor is not None)
        self.form.undoButton.setEnabled(self.undo_group.canUndo())
        self.form.redoButton.setEnabled(self.undo_group.canRedo())

    def close_tab(self, index: int) -> None:
        editor = self.tabs.widget(index)
        if not isinstance(editor, DesignerEditor):
            return
        if editor.dirty:
            editor.autosave.stop()
            self.save(editor)
        self.undo_group.removeStack(editor.stack)
        self.tabs.removeTab(index)
        editor.deleteLater()

    # --- opening --------------------------------------------------------------------

    def new_template(self, template_type: str = "generic") -> DesignerEditor:
        # The new template's name is data from then on, first in the person's language.
        doc = TemplateDoc.new(translate("designer", "Untitled template"),
                              template_type=template_type)
        return self.add_editor(DesignerEditor(doc))

    def open_draft(self) -> None:
        items = self._read(drafts.draft_items, translate("designer", "The drafts"))
        if items is None:
            return
        dialog = PickerDialog(translate("designer", "Open a draft"), said_items(items),
                              translate("designer", "No drafts yet: a template you edit here "
                                                    "is saved as a draft."), self)
        if dialog.exec() == PickerDialog.DialogCode.Accepted and dialog.chosen():
            self.open_draft_id(dialog.chosen())

    def open_draft_id(self, draft_id: str) -> DesignerEditor | None:
        for editor in self.editors:
            if editor.draft_id == draft_id:
                self.tabs.setCurrentWidget(editor)
                return editor
        record = self._read(lambda db: drafts.load(db, draft_id),
                            translate("designer", "The draft"))
        if record is None:
            return None
        try:
            doc = TemplateDoc.from_text(record.document_text)
        except TemplateFormatError as exc:
            self.say(translate("designer", "The draft {name} cannot be opened: {reason}").format(
                name=repr(record.name), reason=reason(exc)), Tone.ERROR)
            return None
        editor = DesignerEditor(doc, dict(record.samples or {}), draft_id=record.id,
                                source_template_id=record.source_template_id,
                                on_passentry=record.publish_state in (
                                    "queued", "processing", "published"),
                                published_before=record.published_template_id is not None)
        editor.show_publish(record.publish_state, record.publish_error)
        return self._opened(editor)

    def open_synced(self) -> None:
        items = self._read(drafts.synced_items, translate("designer", "The synced templates"))
        if items is None:
            return
        dialog = PickerDialog(translate("designer", "Open a synced template"), said_items(items),
                              translate("designer", "No templates here yet: sync with PassEntry "
                                                    "(templates come with their passes), or add "
                                                    "one by its ID with Add by ID."), self)
        if dialog.exec() == PickerDialog.DialogCode.Accepted and dialog.chosen():
            self.open_synced_id(dialog.chosen())

    def open_synced_id(self, template_id: str) -> DesignerEditor | None:
        attributes = self._read(lambda db: drafts.synced_attributes(db, template_id),
                                translate("designer", "The template"))
        if attributes is None:
            self.say(translate("designer", "Template {id} is not in the local store.").format(
                id=template_id), Tone.ERROR)
            return None
        try:
            doc = TemplateDoc.from_json(attributes)
        except TemplateFormatError as exc:
            self.say(translate("designer", "Template {id} cannot be opened: {reason}").format(
                id=template_id, reason=reason(exc)), Tone.ERROR)
            return None
        return self._opened(DesignerEditor(doc, source_template_id=template_id,
                                           on_passentry=True))

    def _opened(self, editor: DesignerEditor) -> DesignerEditor:
        self.add_editor(editor)
        if editor.doc.converted:
            self.say(translate("designer", CONVERTED_WORDS), Tone.INFO)
        return editor

    def add_by_id(self) -> None:
        """Ask for a template's ID, read it from PassEntry, store it and open it."""
        if self._fetch is None or self._net_tasks is None:
            return
        dialog = TemplateByIdDialog(self._fetch, self._net_tasks, self)
        accepted = dialog.exec() == TemplateByIdDialog.DialogCode.Accepted
        if accepted and dialog.template is not None:
            self.open_synced_id(dialog.template.id)

    def import_json(self, path: str | None = None) -> DesignerEditor | None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, translate("designer", "Import a template"), "", json_filter())
            if not path:
                return None
        name = Path(path).name
        try:
            text = Path(path).read_text(encoding="utf-8")
            doc = TemplateDoc.from_text(text)
        except TemplateFormatError as exc:
            self.say(translate("designer", "{file} is not a pass template: {reason}").format(
                file=name, reason=reason(exc)), Tone.ERROR)
            return None
        except (OSError, UnicodeDecodeError) as exc:
            self.say(translate("designer", "{file} cannot be read: {reason}").format(
                file=name, reason=exc), Tone.ERROR)
            return None
        editor = self.add_editor(DesignerEditor(doc, source_template_id=doc.template_id))
        if doc.converted:
            self.say(translate("designer", "Imported {file}. {converted}").format(
                file=name, converted=translate("designer", CONVERTED_WORDS)), Tone.SUCCESS)
        else:
            self.say(translate("designer", "Imported {file}.").format(file=name), Tone.SUCCESS)
        return editor

    def _read(self, read, what: str):
        """A quick read of the local store on the UI thread (a few rows)."""
        try:
            return read(self._database)
        except (SQLAlchemyError, DatabaseError) as exc:
            self.say(translate("designer", "{what} could not be read from the local store: "
                                           "{reason}").format(what=what, reason=exc), Tone.ERROR)
            return None

    # --- exporting --------------------------------------------------------------------

    def export_json(self, path: str | None = None) -> Path | None:
        editor = self.editor
        if editor is None:
            return None
        if path is None:
            suggested = f"{safe_file_name(editor.title().removesuffix(' •'))}.json"
            path, _filter = QFileDialog.getSaveFileName(
                self, translate("designer", "Export the template"), suggested, json_filter())
            if not path:
                return None
        text = editor.doc.to_text()
        try:
            write_atomically(path, lambda out: out.write(text))
        except OSError as exc:
            self.say(translate("designer", "The template was not exported: {reason}").format(
                reason=exc), Tone.ERROR)
            return None
        self.say(translate("designer", "Exported the template to {path}.").format(path=path),
                 Tone.SUCCESS)
        return Path(path)

    def export_pngs(self, folder: str | None = None) -> list[Path]:
        editor = self.editor
        if editor is None:
            return []
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, translate("designer", "Export the previews to a folder"))
            if not folder:
                return []
        stem = safe_file_name(editor.title().removesuffix(" •")) or "template"
        # What the previews show: in the phone language chosen over them, if any.
        language = editor.preview.language
        suffix = f"-{language}" if language else ""
        written = []
        try:
            for style in preview.STYLES:
                doc = editor.preview.cards[style].shown_doc or editor.doc
                written.append(preview.save_png(Path(folder) / f"{stem}-{style}{suffix}.png",
                                                style, doc, editor.samples,
                                                images=editor.images))
        except OSError as exc:
            self.say(translate("designer", "The previews were not exported: {reason}").format(
                reason=exc), Tone.ERROR)
            return written
        if len(written) == 2:
            said = translate("designer", "Exported {first} and {second} to {folder}.").format(
                first=written[0].name, second=written[1].name, folder=folder)
        else:
            said = translate("designer", "Exported {files} to {folder}.").format(
                files=", ".join(p.name for p in written), folder=folder)
        self.say(said, Tone.SUCCESS)
        return written

    # --- saving drafts --------------------------------------------------------------------

    def save(self, editor: DesignerEditor) -> None:
        """Write the editor's draft on the store's worker (if it changed)."""
        if not editor.dirty:
            return
        if editor.publish_state in ("queued", "processing"):
            self._fork(editor)
        state, draft = editor.state, editor.draft_text()
        try:
            self._store_tasks.run(lambda: drafts.save(self._database, draft),
                                  on_success=lambda _id: editor.mark_saved(state),
                                  on_failure=lambda exc: self._not_saved(draft.name, exc),
                                  owner=editor)
        except RuntimeError:  # the worker is shut down: the app is closing
            self._save_now(editor)

    def _fork(self, editor: DesignerEditor) -> None:
        """A queued draft cannot change: later edits go to a new draft."""
        editor.draft_id = new_draft_id()
        editor.show_publish(None)
        self.say(translate("designer", "The published version waits in the outbox unchanged; "
                                       "your new changes are saved as a new draft."), Tone.INFO)

    def _save_now(self, editor: DesignerEditor) -> None:
        if editor.publish_state in ("queued", "processing"):
            self._fork(editor)
        state = editor.state
        try:
            drafts.save(self._database, editor.draft_text())
        except (SQLAlchemyError, DatabaseError, ValueError) as exc:
            log.error("the draft %s was not saved: %s", editor.draft_id, exc)
            return
        editor.mark_saved(state)

    def flush(self) -> None:
        """Save every unsaved draft now, on this thread (the app is closing)."""
        for editor in self.editors:
            editor.autosave.stop()
            if editor.dirty:
                self._save_now(editor)

    def _not_saved(self, name: str, exc: Exception) -> None:
        self.say(translate("designer", "The draft {name} was not saved: {reason}").format(
            name=repr(name), reason=reason(exc)), Tone.ERROR)

    # --- publishing -------------------------------------------------------------------------

    def publish(self) -> None:
        editor = self.editor
        if editor is None:
            return
        errors = [f for f in editor.findings if f.level == ERROR]
        if errors:
            first = errors[0]
            more = len(errors) - 1
            if more:
                said = translate("designer", "Not published: fix the errors first. {place}: "
                                             "{message} (and %Ln more).", None, more)
            else:
                said = translate("designer", "Not published: fix the errors first. {place}: "
                                             "{message}.")
            self.say(said.format(place=say(first.place), message=say(first.message)),
                     Tone.ERROR)
            return
        draft = editor.draft_text()
        facts = self._read(lambda db: drafts.publish_facts(
            db, draft.draft_id, draft.name, editor.source_template_id),
            translate("designer", "The templates"))
        if facts is None:
            return
        found, taken = facts
        warnings = [f for f in editor.findings if f.level != ERROR]
        dialog = PublishDialog(draft.name, warnings, found=found,
                               suggested=copy_name(draft.name, taken, say), taken=taken,
                               parent=self)
        if dialog.exec() != PublishDialog.DialogCode.Accepted:
            return
        name = dialog.copy_name() if dialog.as_copy else draft.name
        grant = ask(self._gate, Action.DESIGNER_PUBLISH, self, detail=f"“{name}”")
        if grant is None:
            self.say(translate("designer", "Not published: a manager's PIN was not given."),
                     Tone.WARNING)
            return
        if dialog.as_copy:
            self.publish_copy(editor, name, grant=grant)
            return
        state = editor.state

        def queued(_seq: object) -> None:
            self._queued(editor, state)
            self._record_publish(grant, draft.name, editor.source_template_id, "design")

        editor.autosave.stop()
        self._store_tasks.run(lambda: drafts.save_and_publish(self._database, draft),
                              on_success=queued,
                              on_failure=lambda exc: self.say(
                                  translate("designer", "Not published: {reason}").format(
                                      reason=reason(exc)), Tone.ERROR),
                              owner=editor)

    def _record_publish(self, grant: Grant | None, name: str, template_id: str | None,
                        how: str) -> None:
        if grant is None or self._gate is None:
            return
        if not self._gate.record(action=grant.action.value, subject=name,
                                 before={"template_id": template_id},
                                 after={"published": how}, grant=grant):
            self.say(translate("designer", "Queued for publishing, but not in the audit trail "
                                           "(the store refused the entry): tell a manager."),
                     Tone.WARNING)

    def publish_copy(self, editor: DesignerEditor, name: str, *,
                     grant: Grant | None = None) -> DesignerEditor:
        """Queue a copy of the editor's design under ``name``; it opens in a new tab.
        ``grant``: what allowed it, for the audit trail (None: nothing recorded)."""
        doc = editor.doc.with_attribute("name", name)
        # The samples as a draft keeps them: with the languages added in the designer.
        copy = DesignerEditor(doc, editor.state.draft_samples(), saved=False)
        state = copy.state
        text = DraftText(copy.draft_id, name, doc.to_text(), copy.state.draft_samples(), None)
        self.add_editor(copy)

        def queued(_seq: object) -> None:
            self._queued(copy, state)
            self._record_publish(grant, name, None, "copy")

        self._store_tasks.run(lambda: drafts.publish_copy(self._database, text),
                              on_success=queued,
                              on_failure=lambda exc: self.say(
                                  translate("designer", "The copy was not published: {reason}"
                                            ).format(reason=reason(exc)), Tone.ERROR),
                              owner=copy)
        return copy

    def _queued(self, editor: DesignerEditor, state) -> None:
        # The tab's status line says it; a second banner here would only stack on it.
        editor.mark_saved(state)
        editor.mark_on_passentry(state.doc)
        editor.show_publish("queued")
        if self._sync is not None:
            self._sync.push_soon()

    def _on_store_changed(self, _change: StoreChanged) -> None:
        self._read_states()

    def _read_states(self) -> None:
        """Read the publish states of the tabs that show one; one read at a time."""
        ids = [e.draft_id for e in self.editors if e.publish_state is not None]
        if not ids or not self._reads.begin():
            return
        self._store_tasks.run(lambda: drafts.states(self._database, ids),
                              on_success=self._reads.shown(self._show_states),
                              on_failure=self._reads.shown(self._states_not_read))

    def _states_not_read(self, exc: Exception) -> None:
        log.warning("publish states not read: %s", exc)

    def _show_states(self, states: dict) -> None:
        for editor in self.editors:
            if editor.draft_id in states:
                editor.show_publish(*states[editor.draft_id])

    # --- messages ---------------------------------------------------------------------------

    def say(self, text: str, tone: Tone) -> None:
        """Show a message in the subtitle's place; good news fades after a few seconds."""
        label = self.form.messageLabel
        set_tone(label, tone, text)
        label.setToolTip(text)
        self.form.noticeStack.setCurrentWidget(label)
        if tone in (Tone.SUCCESS, Tone.INFO):
            self._hide_message.start()
        else:
            self._hide_message.stop()

    def hide_message(self) -> None:
        self.form.noticeStack.setCurrentWidget(self.form.paneSubtitle)

    @property
    def message_shown(self) -> bool:
        return self.form.noticeStack.currentWidget() is self.form.messageLabel
