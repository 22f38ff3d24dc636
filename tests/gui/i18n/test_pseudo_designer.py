"""The Designer pane and the dialogs it opens in the pseudo-locale (issue 25): every word a
person reads went through a translator, and none is cut off at 1366 x 768 - with a synced
template open (sandbox data), a new template whose checks find an error, a colour that is
not one, a language with missing labels, and each dialog clicked open: the Open lists,
Add by ID, the account's images, the add-a-language question, the Publish question
(an update of a template PassEntry has, and a new template with warnings) and, roles on,
the manager's PIN it asks for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from passdesk.core.roles import Role
from passdesk.core.template_locale import COMMON_LANGUAGES
from passdesk.gui.designer.editor import DesignerEditor
from passdesk.gui.designer.pane import DesignerPane
from passdesk.gui.designer.picker import PickerDialog
from passdesk.gui.designer.publish_dialog import PublishDialog
from passdesk.gui.step_up_dialog import StepUpDialog
from passdesk.gui.widgets.image_asset_picker import ImageAssetPicker
from passdesk.gui.widgets.template_by_id_dialog import TemplateByIdDialog
from passdesk.settings.desk_access import DeskAccess
from passdesk.store import access
from passdesk.sync import drafts
from tests.gui.designer.test_editor import type_in_cell
from tests.gui.helpers import SYNC_WAIT_MS, click, retype, when_shown
from tests.gui.i18n.sweep import open_by_nav, open_synced, swept
from tests.gui.i18n.test_pseudo_passes import exempt_words

#: Language tags (de, en-GB, zh-Hans) are codes, said the same in every language.
TAG_WORDS = {part.lower() for tag in COMMON_LANGUAGES for part in tag.split("-")}


def opened(qtbot, kind, button, exempt: set[str], answer=None) -> list:
    """Click ``button``, sweep the dialog of ``kind`` it opens, then close it
    (``answer(dialog)``, else Cancel); what the sweep found."""
    found: list[str] = []
    seen: list = []

    def act(dialog) -> None:
        seen.append(dialog)
        qtbot.wait(50)
        found.extend(swept(dialog, exempt, kind.__name__))
        if answer is None:
            dialog.reject()
        else:
            answer(dialog)

    timer = when_shown(kind, act)
    click(qtbot, button)
    timer.stop()
    assert seen, f"no {kind.__name__} was shown"
    return found


def choose_tab(qtbot, editor: DesignerEditor, page) -> None:
    """Click the form's tab of ``page`` (by place: its words are pseudo-translated)."""
    bar = editor.form.formTabs.tabBar()
    index = editor.form.formTabs.indexOf(page)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def choose_central(qtbot, editor: DesignerEditor) -> None:
    """The Fields tab, then the Central group's tab."""
    choose_tab(qtbot, editor, editor.form.fieldsPage)
    tabs = editor.fields.tabs
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    assert editor.fields.group == "central"


def errors(editor: DesignerEditor) -> list:
    return [f for f in editor.findings if f.level == "error"]


def test_the_designer_and_its_dialogs_in_pseudo(speaking, qtbot, sandbox, make_services,
                                                open_window) -> None:
    window, services = open_synced(qtbot, sandbox, make_services, open_window)
    # And the store holds the sandbox's templates.
    qtbot.waitUntil(lambda: bool(drafts.synced_items(services.database)), timeout=SYNC_WAIT_MS)
    pane = open_by_nav(qtbot, window, "designer")
    assert isinstance(pane, DesignerPane)
    exempt = exempt_words(services.database) | TAG_WORDS
    qtbot.wait(100)
    problems = swept(pane, exempt, "nothing open yet")

    # The Open lists and Add by ID, as they open.
    problems += opened(qtbot, PickerDialog, pane.form.openDraftButton, exempt)
    problems += opened(qtbot, TemplateByIdDialog, pane.form.addByIdButton, exempt)

    # A synced template (the sandbox's), opened from its list.
    problems += opened(qtbot, PickerDialog, pane.form.openSyncedButton, exempt,
                       answer=lambda dialog: click(qtbot, dialog.open_button))
    assert pane.tabs.count() == 1
    qtbot.wait(200)
    problems += swept(pane, exempt, "a synced template")
    synced = pane.editor
    # A template PassEntry has: Publish asks to update it or publish a copy.
    assert not errors(synced)
    problems += opened(qtbot, PublishDialog, pane.form.publishButton, exempt)
    # The account's images, from the logo row (as the marketer picks one).
    assert synced.image_rows["logo"].assets_button.isVisible()
    problems += opened(qtbot, ImageAssetPicker, synced.image_rows["logo"].assets_button,
                       exempt)

    # A new template: a generic one needs a central field (an error, in the findings),
    # and publishing refuses with the error in the header.
    click(qtbot, pane.form.newButton)
    qtbot.wait(200)
    editor = pane.editor
    click(qtbot, pane.form.publishButton)
    assert errors(editor), "the checks found an error"
    assert pane.message_shown
    # A colour that is not a colour: said under its field.
    retype(qtbot, editor.form.backgroundEdit, "nope")
    exempt.add("nope")  # what was typed is quoted as it was typed
    assert editor.form.backgroundMessage.isVisible()
    problems += swept(pane, exempt, "a colour that is not one")

    # Fields: an event ticket with two central fields (Apple draws one: a warning).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    retype(qtbot, editor.form.backgroundEdit, "#FFFFFF")
    retype(qtbot, editor.form.nameEdit, "Gala Night")
    combo = editor.form.typeCombo
    combo.setCurrentIndex(combo.findData("eventTicket"))
    combo.activated.emit(combo.currentIndex())
    choose_central(qtbot, editor)
    click(qtbot, editor.form.addFieldButton)
    type_in_cell(qtbot, editor, 0, 0, "member")
    type_in_cell(qtbot, editor, 0, 1, "Member")
    click(qtbot, editor.form.addFieldButton)
    type_in_cell(qtbot, editor, 1, 0, "venue")
    exempt |= {"gala", "night", "member", "venue", "field"}
    assert not errors(editor)
    problems += swept(pane, exempt, "two central fields")

    # German added through its question: its labels are missing (warnings), the table
    # edits them, and the previews in German say what each wallet shows instead.
    def add_german(dialog: QInputDialog) -> None:
        dialog.setTextValue("de")
        dialog.accept()

    problems += opened(qtbot, QInputDialog, editor.form.addLanguageButton, exempt,
                       answer=add_german)
    assert editor.fields.language == "de"
    preview_combo = editor.preview.language_combo
    preview_combo.setCurrentIndex(preview_combo.findData("de"))
    preview_combo.activated.emit(preview_combo.currentIndex())
    qtbot.wait(100)
    assert any(note.isVisible() for note in editor.preview.notes.values())
    problems += swept(pane, exempt, "German added")

    # The Publish question of a new template, its warnings listed.
    assert [f for f in editor.findings if f.level == "warning"]
    problems += opened(qtbot, PublishDialog, pane.form.publishButton, exempt)

    # Roles on, a supervisor's desk: Publish chosen, then a manager's PIN is asked (the
    # step-up names what it allows); no PIN given, the header says it was not published.
    services.gate.set_desk(DeskAccess(role=Role.SUPERVISOR, role_chosen=True))
    with services.database.session() as session:
        access.add_person(session, "Mia", Role.MANAGER, "2468")
    exempt.add("mia")
    stepped: list = []

    def no_pin(dialog: StepUpDialog) -> None:
        stepped.append(dialog)
        qtbot.wait(50)
        problems.extend(swept(dialog, exempt, "the manager's PIN"))
        dialog.reject()

    step_up = when_shown(StepUpDialog, no_pin)
    problems += opened(qtbot, PublishDialog, pane.form.publishButton, exempt,
                       answer=lambda dialog: click(qtbot, dialog.publish_button))
    qtbot.waitUntil(lambda: bool(stepped))
    step_up.stop()
    assert pane.message_shown
    problems += swept(pane, exempt, "not published")
    assert problems == [], "\n".join(str(f) for f in problems)
