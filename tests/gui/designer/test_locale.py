"""Localised templates in the Designer, used as a marketer would: German added, a German
label typed, both previews switched to German and to a language the template lacks
(Apple and Google fall back differently), the checks naming what German lacks, undo,
and publishing that carries ``localisation`` to the sandbox (PASSENTRY-API.md §2.10, §13)."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QLabel, QLineEdit

from passdesk.core.template_doc import TemplateDoc
from passdesk.gui.designer.editor import DesignerEditor
from passdesk.gui.designer.fields import DEFAULT, LABEL
from passdesk.gui.designer.publish_dialog import PublishDialog
from passdesk.sync import delivery
from tests.gui.designer.test_editor import choose_group, show_fields, type_in_cell
from tests.gui.designer.test_pane import open_designer, remote_template
from tests.gui.helpers import SYNC_WAIT_MS, choose, click, retype, save_shot, when_shown
from tests.gui.sandbox_log import seen


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


def gold_card() -> TemplateDoc:
    doc = TemplateDoc.new("Gold Club", "loyalty")
    doc = doc.add_field("central", "member", "Member", "Gold")
    return doc.add_field("details", "points", "Points", "0")


@pytest.fixture
def editor(qtbot) -> DesignerEditor:
    widget = DesignerEditor(gold_card())
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def add_language(qtbot, editor: DesignerEditor, typed: str) -> None:
    """Click "Add language…", type the tag in the question and click Add."""
    answered: list[str] = []

    def answer(dialog: QInputDialog) -> None:
        combo = dialog.findChild(QComboBox)
        retype(qtbot, combo.lineEdit(), typed)
        answered.append(dialog.textValue())
        ok = next(b for b in dialog.findChildren(type(editor.form.addLanguageButton))
                  if b.text() == "Add")
        click(qtbot, ok)

    timer = when_shown(QInputDialog, answer)
    click(qtbot, editor.form.addLanguageButton)
    timer.stop()
    # The box completes a typed "fr" to "French (fr)", as a person sees it.
    assert len(answered) == 1
    assert answered[0].lower().startswith(typed.lower())
    refocus(qtbot, editor)


def refocus(qtbot, editor: DesignerEditor) -> None:
    """Offscreen, no window manager gives the window its focus back after a question."""
    window = editor.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def phone_language(qtbot, editor: DesignerEditor, typed: str) -> None:
    """Type a language into the previews' "Phone language" box and press Enter."""
    combo = editor.preview.language_combo
    retype(qtbot, combo.lineEdit(), typed)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def clear_cell(qtbot, editor: DesignerEditor, row: int, column: int) -> None:
    """Double-click a cell, select all, Delete, Enter."""
    table = editor.fields.table
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and table.isAncestorOf(QApplication.focusWidget()))
    field = QApplication.focusWidget()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == "")


def labels(editor: DesignerEditor, style: str) -> list[str | None]:
    return [label for label, _value in editor.preview.cards[style].texts()]


def checks(editor: DesignerEditor) -> list[str]:
    found = editor.findings_list
    return [found.item(r).text() for r in range(found.count())]


def test_a_german_label_shows_when_the_previews_are_switched_to_german(
        qtbot, editor, tmp_path) -> None:
    form = editor.form
    show_fields(qtbot, editor)
    assert form.languageCombo.currentText() == "English (en) · default"
    assert not form.removeLanguageButton.isEnabled()

    add_language(qtbot, editor, "de")
    assert form.languageCombo.currentText() == "German (de)"
    table = editor.fields.table
    assert table.horizontalHeaderItem(LABEL).text() == "Label (de)"
    choose_group(qtbot, editor, "Central")
    assert table.item(0, LABEL).text() == "", "no German label yet"
    assert table.item(0, LABEL).toolTip() == "In the default language: Member"
    assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable, "the id is shared"
    type_in_cell(qtbot, editor, 0, LABEL, "Mitglied")
    assert editor.doc.localisation("central", "one") == {"de": {"label": "Mitglied"}}
    assert editor.doc.slots("central")[0].label == "Member", "the base label stays"
    assert ("Warning · Central field 1: no German (de) default value: phones in German "
            "show the English one") in checks(editor)
    type_in_cell(qtbot, editor, 0, DEFAULT, "Gold")

    # The previews in German: both wallets show the German label.
    phone_language(qtbot, editor, "de")
    assert editor.preview.language == "de"
    assert labels(editor, "apple")[0] == "Mitglied"
    assert labels(editor, "google")[0] == "Mitglied"
    # Points has no German yet: each card says what it shows there instead.
    assert editor.preview.notes["apple"].text() == \
        "Where German is missing, Apple shows English (en)"
    assert editor.preview.notes["google"].text() == \
        "Where German is missing, Google shows the default language (en)"
    save_shot(editor.preview, tmp_path, "designer-locale-de.png")
    save_shot(editor, tmp_path, "designer-locale-editor.png")

    # Austrian German finds German.
    phone_language(qtbot, editor, "de-AT")
    assert labels(editor, "apple")[0] == "Mitglied"

    # French is not in the template: Apple falls back to English, Google to the default.
    phone_language(qtbot, editor, "fr")
    assert labels(editor, "apple")[0] == "Member"
    assert labels(editor, "google")[0] == "Member"
    assert editor.preview.notes["apple"].isVisible()
    assert editor.preview.notes["apple"].text() == "Apple shows English (en)"
    assert editor.preview.notes["google"].text() == "Google shows the default language (en)"
    save_shot(editor.preview, tmp_path, "designer-locale-fr.png")

    # Nothing missing for German in the Central field yet, Points lacks German.
    assert not [t for t in checks(editor) if t.startswith("Warning · Central field 1: no German")]
    assert ("Warning · Details field 1: no German (de) label or default value: phones in "
            "German show the English one") in checks(editor)

    # The German label cleared: the checks name the field.
    clear_cell(qtbot, editor, 0, LABEL)
    assert editor.doc.localisation("central", "one") == {"de": {"defaultValue": "Gold"}}
    assert ("Warning · Central field 1: no German (de) label: phones in German show the "
            "English one") in checks(editor)
    assert form.languageCombo.currentText() == "German (de)", "German stays listed"
    phone_language(qtbot, editor, "de")
    assert labels(editor, "apple")[0] == "Member"

    # Undo gives the German label back, and again takes the language away.
    editor.stack.undo()  # the pane's Undo button and Ctrl+Z act on this stack
    assert editor.doc.localisation("central", "one") == {
        "de": {"label": "Mitglied", "defaultValue": "Gold"}}
    assert labels(editor, "apple")[0] == "Mitglied"
    for _step in range(3):  # the German default value, the German label, German itself
        editor.stack.undo()
    assert editor.state.languages == ()
    assert editor.doc.localisation("central", "one") is None
    assert form.languageCombo.currentText() == "English (en) · default"
    editor.stack.redo()
    assert editor.state.languages == ("de",)


def test_apple_and_google_fall_back_differently_without_english_as_default(
        qtbot, editor, tmp_path) -> None:
    form = editor.form
    # Swedish default: the base labels are Swedish; English and German are added.
    combo = form.defaultLanguageCombo
    retype(qtbot, combo.lineEdit(), "sv")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert editor.doc.get("defaultLanguage") == "sv"
    assert "Warning · Default language: the default language is Swedish (sv); PassEntry " \
        "advises English, which iPhones fall back to" in checks(editor)
    choose_group(qtbot, editor, "Central")
    type_in_cell(qtbot, editor, 0, LABEL, "Medlem")
    add_language(qtbot, editor, "English (en)")
    type_in_cell(qtbot, editor, 0, LABEL, "Member")
    type_in_cell(qtbot, editor, 0, DEFAULT, "Gold")

    phone_language(qtbot, editor, "fr")
    assert labels(editor, "apple")[0] == "Member", "Apple: English"
    assert labels(editor, "google")[0] == "Medlem", "Google: the default language"
    assert editor.preview.notes["apple"].text() == "Apple shows Swedish (sv) and English (en)"
    assert editor.preview.notes["google"].text() == "Google shows the default language (sv)"
    save_shot(editor.preview, tmp_path, "designer-locale-sv-fr.png")


def test_junk_is_not_a_language(qtbot, editor) -> None:
    show_fields(qtbot, editor)
    add_language(qtbot, editor, "German please")
    assert editor.state.languages == ()
    assert editor.form.fieldsMessage.isVisible()
    assert "is not a language tag" in editor.form.fieldsMessage.text()
    phone_language(qtbot, editor, "klingon words")
    assert "is not a language tag" in editor.preview.language_message.text()
    assert editor.preview.language is None


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_language_bar_and_switcher_fit(qtbot, sandbox_session, make_services,
                                           open_window, tmp_path, width) -> None:
    desk = open_designer(qtbot, sandbox_session, make_services, open_window)
    desk.window.resize(width, 768)
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    editor = pane.editor
    doc = gold_card().with_localisation("central", "one", "de", label="Mitglied")
    editor.commit(editor.state.with_doc(doc), "a German label")
    show_fields(qtbot, editor)
    editor.fields.add_language("pt-BR")
    choose(qtbot, editor.form.languageCombo, "German (de)")
    choose_group(qtbot, editor, "Central")
    assert editor.fields.table.item(0, LABEL).text() == "Mitglied"
    phone_language(qtbot, editor, "de")
    # A window manager lays the pane out before anyone looks: wait for the same here.
    qtbot.waitUntil(lambda: editor.height() >= editor.minimumSizeHint().height())
    qtbot.wait(100)
    notes = editor.preview.notes
    assert notes["google"].text() == \
        "Where German is missing, Google shows the default language (en)"
    for widget in (editor.form.languageCombo, editor.form.addLanguageButton,
                   editor.form.removeLanguageButton, editor.preview.language_combo,
                   *(notes.values() if not editor.preview.tabbed else [notes["apple"]])):
        assert widget.isVisible(), widget.objectName()
        if isinstance(widget, QLabel):  # a note wraps: all of it fits in its two lines
            assert widget.heightForWidth(widget.width()) <= widget.height(), widget.text()
        assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
        right = widget.mapTo(desk.window, widget.rect().topRight()).x()
        assert right <= desk.window.width(), widget.objectName()
    for combo in (editor.preview.language_combo, editor.form.defaultLanguageCombo):
        view = combo.view()  # the drop-down list shows each name whole ("…pt-BR)")
        assert view.minimumWidth() >= view.sizeHintForColumn(0), combo.objectName()
    save_shot(desk.window, tmp_path, f"designer-locale-{width}.png")


def test_publishing_sends_localisation_and_a_removed_language(
        qtbot, sandbox, make_services, open_window, monkeypatch) -> None:
    monkeypatch.setattr(delivery, "TEMPLATE_WAIT_S", 0.0)
    monkeypatch.setattr(delivery, "TEMPLATE_RECHECK_S", 0.2)
    desk = open_designer(qtbot, sandbox, make_services, open_window)
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    editor = pane.editor
    retype(qtbot, editor.form.nameEdit, "Gold Club Localised")
    choose_group(qtbot, editor, "Central")
    click(qtbot, editor.form.addFieldButton)
    type_in_cell(qtbot, editor, 0, 0, "member")
    type_in_cell(qtbot, editor, 0, LABEL, "Member")
    add_language(qtbot, editor, "de")
    type_in_cell(qtbot, editor, 0, LABEL, "Mitglied")
    add_language(qtbot, editor, "fr")
    type_in_cell(qtbot, editor, 0, LABEL, "Membre")

    when_shown(PublishDialog, lambda box: click(qtbot, box.publish_button))
    click(qtbot, pane.form.publishButton)
    qtbot.waitUntil(lambda: editor.publish_state == "published", timeout=SYNC_WAIT_MS)
    assert seen(sandbox, "POST", "/pass-templates") == [202]
    remote = remote_template(sandbox, "Gold Club Localised")
    # Read back as any client would: PassEntry echoes the localisation.
    answer = httpx.get(f"{sandbox.base_url}/pass-templates/{remote.id}",
                       headers={"Authorization": f"Bearer {sandbox.api_key}"})
    slot = answer.json()["data"]["attributes"]["fields"]["central"]["one"]
    assert slot["localisation"] == {"de": {"label": "Mitglied"}, "fr": {"label": "Membre"}}

    # French removed, German changed: an update that drops French on PassEntry.
    refocus(qtbot, editor)
    choose(qtbot, editor.form.languageCombo, "French (fr)")
    assert editor.fields.language == "fr"
    click(qtbot, editor.form.removeLanguageButton)
    assert editor.form.languageCombo.currentText() == "English (en) · default"
    choose(qtbot, editor.form.languageCombo, "German (de)")
    type_in_cell(qtbot, editor, 0, LABEL, "Mitgliedschaft")
    when_shown(PublishDialog, lambda box: click(qtbot, box.publish_button))
    click(qtbot, pane.form.publishButton)
    qtbot.waitUntil(lambda: seen(sandbox, "PATCH", f"/pass-templates/{remote.id}") != [],
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: editor.publish_state == "published", timeout=SYNC_WAIT_MS)
    answer = httpx.get(f"{sandbox.base_url}/pass-templates/{remote.id}",
                       headers={"Authorization": f"Bearer {sandbox.api_key}"})
    loc = answer.json()["data"]["attributes"]["fields"]["central"]["one"]["localisation"]
    assert loc["de"] == {"label": "Mitgliedschaft"}
    assert loc.get("fr") is None, "French is gone (sent as null)"


def test_an_added_language_survives_the_draft_and_exports_in_the_phone_language(
        qtbot, sandbox_session, make_services, open_window, tmp_path) -> None:
    desk = open_designer(qtbot, sandbox_session, make_services, open_window)
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    editor = pane.editor
    doc = gold_card().with_localisation("central", "one", "de", label="Mitglied")
    editor.commit(editor.state.with_doc(doc), "a German label")
    show_fields(qtbot, editor)
    add_language(qtbot, editor, "fr")  # no French text yet: kept with the draft
    assert editor.state.languages == ("fr",)
    click(qtbot, pane.form.undoButton)  # the pane's Undo takes the language back
    assert editor.state.languages == ()
    assert editor.form.languageCombo.count() == 2
    click(qtbot, pane.form.redoButton)
    assert editor.state.languages == ("fr",)
    assert pane.form.undoButton.toolTip() == "Undo add French (Ctrl+Z)"
    phone_language(qtbot, editor, "de")
    written = pane.export_pngs(str(tmp_path))
    assert [p.name for p in written] == ["Gold-Club-apple-de.png", "Gold-Club-google-de.png"]
    assert all(p.stat().st_size > 0 for p in written)

    qtbot.waitUntil(lambda: not editor.dirty, timeout=5_000)
    draft_id = editor.draft_id
    pane.close_tab(pane.tabs.indexOf(editor))
    again = pane.open_draft_id(draft_id)
    assert again is not None
    assert again.state.languages == ("fr",)
    assert again.samples == {}, "the languages are no sample value"
    titles = [again.form.languageCombo.itemText(i)
              for i in range(again.form.languageCombo.count())]
    assert titles == ["English (en) · default", "German (de)", "French (fr)"]
    assert "no French (fr) label or default value" in " ".join(checks(again))


def test_passing_through_the_default_language_box_edits_nothing(qtbot) -> None:
    """A template that names no default language (read as English) is not changed by
    tabbing through the box; typing one is an edit undo takes back."""
    attrs = gold_card().attributes()
    del attrs["defaultLanguage"]
    editor = DesignerEditor(TemplateDoc.from_json(attrs))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    combo = editor.form.defaultLanguageCombo
    assert combo.currentText() == "English (en)"
    combo.lineEdit().setFocus()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    assert editor.doc.get("defaultLanguage") is None
    assert editor.stack.count() == 0
    retype(qtbot, combo.lineEdit(), "de-at")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert editor.doc.get("defaultLanguage") == "de-AT"
    assert combo.currentText() == "German (Austria, de-AT)"
    retype(qtbot, combo.lineEdit(), "Deutsch bitte")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert editor.doc.get("defaultLanguage") == "de-AT"
    assert editor.form.defaultLanguageMessage.isVisible()
    assert "is not a language tag" in editor.form.defaultLanguageMessage.text()
    editor.stack.undo()
    assert editor.doc.get("defaultLanguage") is None
