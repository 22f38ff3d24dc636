"""The Designer pane in the app on the sandbox: templates opened from the store and from
files, exported unchanged, drafts that survive a restart, publishing offline that
reaches PassEntry when the sandbox is back, and screenshots to look at."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from passdesk.core.template_doc import LOGO_KEY, TemplateDoc
from passdesk.design import preview
from passdesk.gui.designer.editor import UNSAVED_MARK, DesignerEditor
from passdesk.gui.designer.pane import CONVERTED_WORDS, DesignerPane
from passdesk.gui.designer.picker import PickerDialog
from passdesk.gui.designer.publish_dialog import PublishDialog
from passdesk.gui.main_window import MainWindow
from passdesk.gui.services import Services
from passdesk.gui.widgets.style import Tone
from passdesk.gui.widgets.template_by_id_dialog import TemplateByIdDialog
from passdesk.store.template_drafts import get_draft, template_documents
from passdesk.sync import delivery
from tests.gui.designer.test_editor import choose_group, type_in_cell
from tests.gui.helpers import (
    SYNC_WAIT_MS,
    click,
    open_pane,
    open_synced_door,
    retype,
    save_shot,
    when_shown,
)


@pytest.fixture(autouse=True)
def silent(monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_MUTE", "1")


@dataclass
class Desk:
    window: MainWindow
    services: Services
    pane: DesignerPane
    sandbox: object


def open_designer(qtbot, sandbox, make_services, open_window) -> Desk:
    window, services, _door = open_synced_door(qtbot, sandbox, make_services, open_window)
    pane = open_pane(qtbot, window, "Designer")
    assert isinstance(pane, DesignerPane)
    return Desk(window, services, pane, sandbox)


@pytest.fixture
def desk(qtbot, sandbox_session, make_services, open_window) -> Desk:
    """The designer over a synced store; the shared sandbox is only read."""
    return open_designer(qtbot, sandbox_session, make_services, open_window)


def stored_templates(services: Services) -> list:
    with services.database.session() as session:
        return template_documents(session)


def pick(qtbot, key: str):
    """Answer the next "Open…" list by choosing ``key`` and clicking Open."""

    def act(dialog: PickerDialog) -> None:
        dialog.choose(key)
        click(qtbot, dialog.open_button)

    return when_shown(PickerDialog, act)


def wait_saved(qtbot, pane: DesignerPane) -> None:
    qtbot.waitUntil(lambda: all(not e.dirty for e in pane.editors), timeout=5_000)
    qtbot.waitUntil(lambda: all("Saving" not in pane.tabs.tabToolTip(i)
                                for i in range(pane.tabs.count())))


def keys_in_order(value):
    """Every object's keys in order, recursively: what "same key order" compares."""
    if isinstance(value, dict):
        return [(k, keys_in_order(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [keys_in_order(v) for v in value]
    return value


# --- open, export, import --------------------------------------------------------------------


def test_a_synced_template_exports_exactly_as_the_store_holds_it(qtbot, desk,
                                                                 tmp_path, monkeypatch) -> None:
    pane = desk.pane
    templates = stored_templates(desk.services)
    assert templates, "the sandbox's demo templates were synced"
    chosen = templates[0]
    pick(qtbot, chosen.id)
    click(qtbot, pane.form.openSyncedButton)
    assert pane.tabs.count() == 1
    assert pane.tabs.tabText(0) == (chosen.attributes.get("name") or chosen.name)
    assert pane.editor.source_template_id == chosen.id

    target = tmp_path / "exported.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, pane.form.exportJsonButton)
    text = target.read_text(encoding="utf-8")
    exported = json.loads(text)
    assert exported == chosen.attributes
    assert keys_in_order(exported) == keys_in_order(chosen.attributes)
    assert text == json.dumps(chosen.attributes, indent=2, ensure_ascii=False)
    assert not (tmp_path / "exported.json.part").exists()
    assert "Exported" in pane.form.messageLabel.text()


def test_broken_or_wrong_json_is_refused_with_its_reason_and_nothing_changes(
        qtbot, desk, tmp_path, monkeypatch) -> None:
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    editor = pane.editor
    retype(qtbot, editor.form.nameEdit, "Keep me")
    kept = editor.doc
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen[-1]), ""))

    cases = {
        "broken.json": ('{"name": "x",\n  "templateType": }', "line 2: Expecting value"),
        "list.json": ('[{"name": "x"}]', "a template is a JSON object, not a list"),
        "pass.json": ('{"data": {"id": "p1", "type": "pass", "attributes": {}}}',
                      "this is a pass resource, not a pass template"),
        "empty.json": ("", "the text is empty"),
    }
    for name, (text, words) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        chosen.append(path)
        click(qtbot, pane.form.importButton)
        message = pane.form.messageLabel.text()
        assert message.startswith(f"{name} is not a pass template: "), message
        assert words in message
        assert pane.tabs.count() == 1
        assert pane.editor is editor
        assert editor.doc == kept

    good = tmp_path / "good.json"
    good.write_text(json.dumps({"passTemplate": {"name": "From a file",
                                                 "templateType": "loyalty"}}))
    chosen.append(good)
    click(qtbot, pane.form.importButton)
    assert pane.tabs.count() == 2
    assert pane.editor.doc.name == "From a file"
    assert pane.editor.doc.envelope == "body"


def test_export_pngs_writes_both_previews(qtbot, desk, tmp_path, monkeypatch) -> None:
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    retype(qtbot, pane.editor.form.nameEdit, "Two Cards")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    click(qtbot, pane.form.exportPngButton)
    for style in ("apple", "google"):
        image = QImage(str(tmp_path / f"Two-Cards-{style}.png"))
        assert not image.isNull()
        assert image.width() >= 600, "exported at twice the logical size"
    assert "Two-Cards-apple.png and Two-Cards-google.png" in pane.form.messageLabel.text()


# --- undo across tabs --------------------------------------------------------------------------


def test_undo_and_redo_act_on_the_tab_in_front(qtbot, desk) -> None:
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    first = pane.editor
    retype(qtbot, first.form.nameEdit, "First")
    click(qtbot, pane.form.newButton)
    second = pane.editor
    retype(qtbot, second.form.nameEdit, "Second")
    assert pane.tabs.count() == 2
    click(qtbot, pane.form.undoButton)
    assert second.doc.name == "Untitled template"
    assert first.doc.name == "First"
    pane.tabs.setCurrentWidget(first)
    click(qtbot, pane.form.undoButton)
    assert first.doc.name == "Untitled template"
    click(qtbot, pane.form.redoButton)
    assert first.doc.name == "First"
    assert second.doc.name == "Untitled template"


# --- drafts --------------------------------------------------------------------------------------


def test_drafts_are_saved_as_you_go_and_reopen_after_a_restart(qtbot, desk) -> None:
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    editor = pane.editor
    retype(qtbot, editor.form.nameEdit, "Loyalty Gold")
    assert pane.tabs.tabText(0) == "Loyalty Gold" + UNSAVED_MARK  # not on PassEntry
    choose_group(qtbot, editor, "Central")
    click(qtbot, editor.form.addFieldButton)
    type_in_cell(qtbot, editor, 0, 3, "1200 points")
    wait_saved(qtbot, pane)
    assert pane.tabs.tabText(0) == "Loyalty Gold" + UNSAVED_MARK  # saved, not published
    assert "Saved as a draft" in pane.tabs.tabToolTip(0)
    saved_doc, saved_samples, draft_id = editor.doc, editor.samples, editor.draft_id

    # An edit right before the tab closes is saved too.
    retype(qtbot, editor.form.descriptionEdit, "Gold members")
    pane.close_tab(0)
    assert pane.tabs.count() == 0
    desk.services.store_tasks.wait_for_done(5_000)
    qtbot.waitUntil(lambda: desk.services.store_tasks.active_count == 0)

    # As after a restart: a new pane over the same store.
    again = DesignerPane.from_services(desk.services)
    qtbot.addWidget(again)
    again.show()
    seen: list[list[str]] = []

    def choose(dialog: PickerDialog) -> None:
        items = dialog.form.itemList
        seen.append([items.item(r).text() for r in range(items.count())])
        dialog.choose(draft_id)
        click(qtbot, dialog.open_button)

    when_shown(PickerDialog, choose)
    click(qtbot, again.form.openDraftButton)
    assert any(text.startswith("Loyalty Gold\n") for text in seen[0])
    reopened = again.editor
    assert isinstance(reopened, DesignerEditor)
    assert reopened.draft_id == draft_id
    assert reopened.doc == saved_doc.with_attribute("description", "Gold members")
    assert reopened.samples == saved_samples == {"field1": "1200 points"}
    assert not reopened.dirty
    assert again.tabs.tabText(0) == "Loyalty Gold" + UNSAVED_MARK


def test_closing_the_app_saves_unsaved_drafts(qtbot, desk) -> None:
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    retype(qtbot, pane.editor.form.nameEdit, "Last minute")
    assert pane.editor.dirty
    pane.flush()  # what QApplication.aboutToQuit runs
    assert not pane.editor.dirty
    from passdesk.sync import drafts as designer_drafts

    record = designer_drafts.load(desk.services.database, pane.editor.draft_id)
    assert record is not None
    assert TemplateDoc.from_text(record.document_text).name == \
        "Last minute"


# --- publishing ------------------------------------------------------------------------------


def test_publish_refuses_while_there_are_errors(qtbot, desk) -> None:
    pane = desk.pane
    click(qtbot, pane.form.newButton)  # a generic template needs a central field
    shown: list[QMessageBox] = []
    timer = when_shown((QMessageBox, PublishDialog), lambda box: (shown.append(box), box.reject()))
    click(qtbot, pane.form.publishButton)
    timer.stop()
    assert shown == []
    message = pane.form.messageLabel.text()
    assert message.startswith("Not published: fix the errors first. Central fields: ")
    assert "needs at least one central field" in message


def test_publish_offline_queues_then_reaches_passentry(qtbot, sandbox, make_services,
                                                       open_window) -> None:
    desk = open_designer(qtbot, sandbox, make_services, open_window)
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    editor = pane.editor
    retype(qtbot, editor.form.nameEdit, "Published From Desk")
    choose_group(qtbot, editor, "Central")
    click(qtbot, editor.form.addFieldButton)
    type_in_cell(qtbot, editor, 0, 0, "member")
    type_in_cell(qtbot, editor, 0, 1, "Member")
    assert not [f for f in editor.findings if f.level == "error"]

    sandbox.stop()
    when_shown(PublishDialog, lambda box: click(qtbot, box.publish_button))
    click(qtbot, pane.form.publishButton)
    qtbot.waitUntil(lambda: editor.publish_state == "queued", timeout=5_000)
    assert editor.form.publishLabel.text().startswith("Queued for publishing")

    sandbox.start()
    qtbot.waitUntil(lambda: editor.publish_state == "published", timeout=SYNC_WAIT_MS)
    assert editor.form.publishLabel.text() == "Published to PassEntry."
    with sandbox.state.lock:
        names = [t.attributes.get("name") for t in sandbox.state.templates.values()]
    assert "Published From Desk" in names


def templates_named(sandbox, prefix: str) -> list[str]:
    with sandbox.state.lock:
        return sorted(t.attributes.get("name") for t in sandbox.state.templates.values()
                      if str(t.attributes.get("name", "")).startswith(prefix))


def remote_template(sandbox, name: str):
    with sandbox.state.lock:
        return next(t for t in sandbox.state.templates.values()
                    if t.attributes.get("name") == name)


def answer_publish(qtbot, act) -> list[PublishDialog]:
    """Answer the next Publish question with ``act(dialog)``; the dialogs seen."""
    seen: list[PublishDialog] = []

    def answer(dialog: PublishDialog) -> None:
        seen.append(dialog)
        act(dialog)

    when_shown(PublishDialog, answer)
    return seen


def new_gala(qtbot, pane: DesignerPane) -> DesignerEditor:
    """New → name, event ticket, an event and a venue field (Apple draws one: a warning)."""
    click(qtbot, pane.form.newButton)
    editor = pane.editor
    retype(qtbot, editor.form.nameEdit, "Winter Gala 2026")
    combo = editor.form.typeCombo
    combo.setCurrentIndex(combo.findData("eventTicket"))
    combo.activated.emit(combo.currentIndex())
    choose_group(qtbot, editor, "Central")
    click(qtbot, editor.form.addFieldButton)
    type_in_cell(qtbot, editor, 0, 0, "event")
    click(qtbot, editor.form.addFieldButton)
    type_in_cell(qtbot, editor, 1, 0, "venue")
    assert not [f for f in editor.findings if f.level == "error"]
    return editor


def test_publishing_creates_with_202_then_updates_in_place_and_copies_on_request(
        qtbot, sandbox, make_services, open_window, monkeypatch, tmp_path) -> None:
    """New → … → Publish: POST answers 202, the desk polls until PassEntry has processed it.
    Changed and published again: an update of the same template (PATCH). A copy only when
    asked, under a new name."""
    # One quick poll per attempt, so the tab can show "processing" between attempts.
    monkeypatch.setattr(delivery, "TEMPLATE_WAIT_S", 0.0)
    monkeypatch.setattr(delivery, "TEMPLATE_RECHECK_S", 0.3)
    desk = open_designer(qtbot, sandbox, make_services, open_window)
    pane = desk.pane
    editor = new_gala(qtbot, pane)
    assert pane.tabs.tabText(0) == "Winter Gala 2026" + UNSAVED_MARK
    states: list[str | None] = []
    shown = editor.show_publish
    monkeypatch.setattr(editor, "show_publish",
                        lambda state, error=None: (states.append(state), shown(state, error)))

    first = answer_publish(qtbot, lambda d: click(qtbot, d.publish_button))
    click(qtbot, pane.form.publishButton)
    [dialog] = first
    assert dialog.found is None
    assert dialog.publish_button.text() == "Publish"
    warnings = dialog.warnings()
    assert dialog.form.warningsLabel.text().startswith(f"{len(warnings)} open warning")
    assert "Central field 2: Apple Wallet shows one central field on an event ticket " \
        "template: this one is not drawn" in warnings
    qtbot.waitUntil(lambda: editor.publish_state == "published", timeout=SYNC_WAIT_MS)
    assert "processing" in states, "the tab said PassEntry was processing it"
    posts = [e for e in sandbox.requests.entries()
             if e.method == "POST" and e.path.endswith("/pass-templates")]
    assert [e.status for e in posts] == [202]
    # Checked on the sandbox: the template exists with the fields as published.
    assert templates_named(sandbox, "Winter Gala") == ["Winter Gala 2026"]
    remote = remote_template(sandbox, "Winter Gala 2026")
    assert remote.attributes["templateType"] == "eventTicket"
    assert [s["id"] for s in remote.attributes["fields"]["central"].values()] == [
        "event", "venue"]
    polls = [e for e in sandbox.requests.entries()
             if e.method == "GET" and e.path.endswith(f"/pass-templates/{remote.id}")]
    assert len(polls) >= 2
    assert pane.tabs.tabText(0) == "Winter Gala 2026", "on PassEntry as shown: no •"
    assert editor.form.publishLabel.text() == "Published to PassEntry."
    assert not pane.message_shown, "one status line, no second banner stacked on it"

    # Changed and published again: the question offers the update (Enter) and a copy.
    retype(qtbot, editor.form.descriptionEdit, "Now with a band")
    def update(dialog: PublishDialog) -> None:
        save_shot(dialog, tmp_path, "designer-publish-update.png")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    again = answer_publish(qtbot, update)
    click(qtbot, pane.form.publishButton)
    [question] = again
    assert question.found is not None
    assert question.found.why == "published"
    assert question.updates
    assert question.form.titleLabel.text() == "Update \u201cWinter Gala 2026\u201d on PassEntry?"
    assert question.publish_button.text() == "Update on PassEntry"
    assert question.publish_button.isDefault()
    assert question.copy_button.text() == "Publish a copy"
    assert not question.as_copy
    qtbot.waitUntil(lambda: remote.attributes.get("description") == "Now with a band",
                    timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: editor.publish_state == "published", timeout=SYNC_WAIT_MS)
    assert [e.method for e in sandbox.requests.entries()
            if e.path.endswith(f"/pass-templates/{remote.id}") and e.method == "PATCH"] == [
        "PATCH"]
    assert templates_named(sandbox, "Winter Gala") == ["Winter Gala 2026"]
    assert pane.tabs.count() == 1

    # A copy: a name in use is refused; a new one is a second template in a tab of its own.
    def copy_as(dialog: PublishDialog) -> None:
        retype(qtbot, dialog.form.copyNameEdit, "winter gala 2026")
        assert not dialog.copy_button.isEnabled()
        assert "is taken" in dialog.form.copyNameMessage.text()
        retype(qtbot, dialog.form.copyNameEdit, "Winter Gala 2026 VIP")
        assert dialog.copy_button.isEnabled()
        click(qtbot, dialog.copy_button)

    retype(qtbot, editor.form.descriptionEdit, "Now with two bands")
    answer_publish(qtbot, copy_as)
    click(qtbot, pane.form.publishButton)
    assert pane.tabs.count() == 2
    copy = pane.editor
    assert copy is not editor
    assert copy.doc.name == "Winter Gala 2026 VIP"
    qtbot.waitUntil(lambda: copy.publish_state == "published", timeout=SYNC_WAIT_MS)
    assert templates_named(sandbox, "Winter Gala") == ["Winter Gala 2026", "Winter Gala 2026 VIP"]
    assert editor.doc.name == "Winter Gala 2026", "the original tab is left as it was"


def test_outside_the_closed_beta_publishing_says_so_and_keeps_the_draft(
        qtbot, sandbox, make_services, open_window) -> None:
    desk = open_designer(qtbot, sandbox, make_services, open_window)
    pane = desk.pane
    editor = new_gala(qtbot, pane)
    sandbox.state.template_beta = False  # PassEntry answers 403
    answer_publish(qtbot, lambda d: click(qtbot, d.publish_button))
    click(qtbot, pane.form.publishButton)
    qtbot.waitUntil(lambda: editor.publish_state == "failed", timeout=SYNC_WAIT_MS)
    words = editor.form.publishLabel.text()
    assert "Creating templates through the API is a closed beta at PassEntry; ask PassEntry " \
        "to enable it. Your draft is kept." in words
    assert templates_named(sandbox, "Winter Gala") == []
    with desk.services.database.session() as session:
        record = get_draft(session, editor.draft_id)
    assert record.publish_state == "failed"
    assert TemplateDoc.from_text(record.document_text) == editor.doc  # the draft is kept
    assert pane.tabs.tabText(0) == "Winter Gala 2026" + UNSAVED_MARK


def test_a_synced_template_is_offered_as_an_update_or_a_copy(qtbot, desk) -> None:
    pane = desk.pane
    chosen = stored_templates(desk.services)[0]
    pick(qtbot, chosen.id)
    click(qtbot, pane.form.openSyncedButton)
    editor = pane.editor
    assert not editor.unpublished
    assert editor.form.publishLabel.text() == "Opened from PassEntry, unchanged."
    if [f for f in editor.findings if f.level == "error"]:
        pytest.skip("the demo template has errors to fix first")
    seen = answer_publish(qtbot, lambda d: click(qtbot, d.cancel_button))
    click(qtbot, pane.form.publishButton)
    assert seen[0].found is not None
    assert seen[0].found.why == "opened"
    assert seen[0].updates
    assert seen[0].copy_button is not None


def test_the_unpublished_mark_means_not_on_passentry_and_nothing_else(qtbot, desk) -> None:
    pane = desk.pane
    chosen = stored_templates(desk.services)[0]
    pick(qtbot, chosen.id)
    click(qtbot, pane.form.openSyncedButton)
    editor = pane.editor
    name = pane.tabs.tabText(0)
    assert not name.endswith(UNSAVED_MARK)
    retype(qtbot, editor.form.descriptionEdit, "Changed here")
    assert pane.tabs.tabText(0) == name + UNSAVED_MARK
    assert editor.form.publishLabel.text().startswith("Changed since it was published")
    wait_saved(qtbot, pane)
    assert pane.tabs.tabText(0) == name + UNSAVED_MARK, "saving does not remove it"
    editor.stack.undo()
    assert pane.tabs.tabText(0) == name, "back to what PassEntry has"
    assert editor.form.publishLabel.text() == "Opened from PassEntry, unchanged."


def test_messages_and_status_never_move_the_previews(qtbot, desk) -> None:
    pane = desk.pane
    click(qtbot, pane.form.newButton)
    editor = pane.editor
    card = editor.preview.cards["apple"]

    def settled():
        """Where the card is once the layout has stopped moving."""
        seen: list = []

        def still() -> bool:
            seen.append((card.mapTo(pane, card.rect().topLeft()), card.size()))
            return len(seen) >= 3 and seen[-1] == seen[-2] == seen[-3]

        qtbot.waitUntil(still, timeout=5_000)
        return seen[-1]

    before = settled()
    pane.say("A long message that a person reads while working on the template; it may "
             "wrap onto a second line at small widths.", Tone.ERROR)
    editor.show_publish("queued")
    editor.show_publish("published")
    assert pane.message_shown
    assert settled() == before
    pane.hide_message()
    assert settled() == before


# --- screenshots ------------------------------------------------------------------------------


def make_logo(path: Path, letter: str, colour: str) -> Path:
    image = QImage(240, 240, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(8, 8, 224, 224))
    font = QFont()
    font.setPixelSize(130)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, 240, 240), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def make_banner(path: Path, top: str, bottom: str) -> Path:
    image = QImage(1125, 432, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    from PySide6.QtGui import QLinearGradient

    gradient = QLinearGradient(QPointF(0, 0), QPointF(1125, 432))
    gradient.setColorAt(0, QColor(top))
    gradient.setColorAt(1, QColor(bottom))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    assert image.save(str(path), "JPEG", 85)
    return path


def designed(doc: TemplateDoc, logo: Path, fields) -> TemplateDoc:
    import base64

    doc = doc.with_image(LOGO_KEY, "data:image/png;base64,"
                         + base64.b64encode(logo.read_bytes()).decode("ascii"))
    for group, field_id, label, default in fields:
        doc = doc.add_field(group, field_id, label, default)
    return doc


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
@pytest.mark.parametrize("kind", ["eventTicket", "loyalty"])
def test_screenshot(qtbot, desk, tmp_path, kind, size, monkeypatch) -> None:
    pane, window = desk.pane, desk.window
    window.resize(*size)
    if kind == "eventTicket":
        doc = TemplateDoc.new("Harbour Lights Festival", "eventTicket")
        doc = doc.with_attribute("description", "Entry ticket, Harbour Lights Festival")
        doc = (doc.with_colour("background", "#1E1B4B")
               .with_colour("label", "#C7D2FE").with_colour("text", "#FFFFFF"))
        doc = designed(doc, make_logo(tmp_path / "logo.png", "H", "#F59E0B"), [
            ("header", "gate", "GATE", "B"),
            ("central", "event", "EVENT", None),
            ("details", "date", "DATE", None),
            ("details", "doors", "DOORS", None),
            ("details", "seat", "SEAT", None),
            ("details", "holder", "NAME", None),
            ("back", "terms", "TERMS", "No re-entry after 22:00."),
        ])
        doc = doc.with_barcode("qr", "custom", "HLF-2025-00042")
        samples = {"event": "Harbour Lights", "date": "Sat 14 Jun", "doors": "19:00",
                   "seat": "Standing", "holder": "Alex Morgan"}
        banner = make_banner(tmp_path / "banner.jpg", "#312E81", "#DB2777")
        name = f"designer-event-ticket-{size[0]}.png"
    else:
        doc = TemplateDoc.new("Corner Coffee Rewards", "loyalty")
        doc = doc.with_attribute("description", "Loyalty card, Corner Coffee")
        doc = (doc.with_colour("background", "#F5EFE6")
               .with_colour("label", "#7C5A3A").with_colour("text", "#2B1D12"))
        doc = designed(doc, make_logo(tmp_path / "logo.png", "C", "#6F4E37"), [
            ("header", "tier", "TIER", "Gold"),
            ("central", "points", "POINTS", "0"),
            ("details", "member", "MEMBER", None),
            ("details", "since", "SINCE", None),
            ("details", "reward", "NEXT REWARD", None),
            ("back", "terms", "TERMS", "Points expire after 12 months."),
        ])
        doc = doc.with_barcode("code128", "custom", "CC-0042-7781", display_text=True)
        samples = {"points": "1,240", "member": "Sam Lee", "since": "2021",
                   "reward": "Free coffee at 1,500"}
        banner = make_banner(tmp_path / "banner.jpg", "#A47148", "#E6CCB2")
        name = f"designer-loyalty-card-{size[0]}.png"
    path = tmp_path / f"{kind}.json"
    path.write_text(TemplateDoc.from_json(doc.to_json()).to_text(), encoding="utf-8")
    editor = pane.import_json(str(path))
    assert editor is not None
    editor.commit(editor.state.with_samples(samples), "samples")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(banner), ""))
    click(qtbot, editor.form.bannerChooseButton)
    if kind == "loyalty":  # one screenshot of each side of the form
        choose_group(qtbot, editor, "Details")
        editor.fields.table.selectRow(0)
    wait_saved(qtbot, pane)
    qtbot.wait(50)
    assert [f for f in editor.findings if f.level == "error"] == []
    shot = save_shot(window, tmp_path, name)
    image = QImage(str(shot))
    assert (image.width(), image.height()) == size


# --- both template shapes, and templates added by id --------------------------------------


DEPRECATED = {  # PASSENTRY-API.md §5.2, as a store of the previous release holds it
    "backgroundColor": "#EFEFEF", "name": "Summer Sale 2023", "description": "Summer Sale Pass",
    "labelColor": "#B03A2E", "textColor": "#29323A", "templateType": "storeCard",
    "header": {"header_one": {"id": "name", "label": "Name", "default_value": None},
               "header_two": {"id": None, "label": None, "default_value": None}},
    "primary": {"primary_one": {"id": "attendee", "label": "Attendee", "default_value": None}},
    "secondary": {"secOne": {"id": "address", "label": "Address", "default_value": None}},
    "auxiliary": {"auxOne": {"id": "dob", "label": "DOB", "default_value": None}},
    "backFields": {"backOne": {"id": "website", "label": "Website", "default_value": None}},
}


def store_template(services: Services, template_id: str, attributes: dict) -> None:
    from passdesk.store.schema import PassTemplate as TemplateRow
    from passdesk.store.upsert import upsert

    with services.database.session() as session:
        upsert(session, TemplateRow.__table__, [{
            "id": template_id, "name": attributes["name"],
            "template_type": attributes["templateType"], "loyalty_enabled": False,
            "balance_type": None, "attributes": attributes,
            "synced_at": datetime.now(UTC)}])


def test_the_designer_opens_a_current_and_a_deprecated_shape_template(qtbot, desk,
                                                                      tmp_path) -> None:
    pane = desk.pane
    current = next(t for t in stored_templates(desk.services) if "fields" in t.attributes)
    pick(qtbot, current.id)
    click(qtbot, pane.form.openSyncedButton)
    editor = pane.editor
    assert not editor.doc.converted
    assert editor.doc.attributes() == current.attributes  # edited as it is
    assert not pane.message_shown
    assert editor.form.publishLabel.text() == "Opened from PassEntry, unchanged."

    store_template(desk.services, "f0af94dc3c69a80cee32c173", DEPRECATED)
    pick(qtbot, "f0af94dc3c69a80cee32c173")
    click(qtbot, pane.form.openSyncedButton)
    old = pane.editor
    assert old is not editor
    assert old.doc.converted
    assert pane.form.messageLabel.text() == CONVERTED_WORDS  # said once, in plain words
    assert old.doc.template_type == "loyalty"
    assert [(f.group, f.field_id) for f in old.doc.fields()] == [
        ("header", "name"), ("central", "attendee"), ("details", "address"),
        ("details", "dob"), ("back", "website")]
    assert old.form.typeCombo.currentData() == "loyalty"
    assert old.form.backgroundEdit.text() == "#EFEFEF"
    assert [f for f in old.findings if f.level == "error"] == []
    # Both previews draw the converted fields: details where Apple has its rows.
    for style in ("apple", "google"):
        drawn = preview.card_layout(style, old.doc, old.samples)
        assert {(p.slot.group, p.slot.field_id) for p in drawn.fields} >= {
            ("central", "attendee"), ("details", "address"), ("details", "dob")}

    path = tmp_path / "old.json"
    path.write_text(json.dumps({"data": {"id": "x1", "type": "passTemplate",
                                         "attributes": DEPRECATED}}), encoding="utf-8")
    imported = pane.import_json(str(path))
    assert imported.doc.converted
    assert CONVERTED_WORDS in pane.form.messageLabel.text()


def test_add_by_id_reads_the_template_from_passentry_and_opens_it(qtbot, desk, tmp_path) -> None:
    pane = desk.pane
    template_id = next(iter(desk.sandbox.state.templates))
    seen: list[TemplateByIdDialog] = []
    messages: list[str] = []

    def act(dialog: TemplateByIdDialog) -> None:
        seen.append(dialog)
        assert not dialog.add_button.isEnabled()  # nothing typed yet
        retype(qtbot, dialog.form.idEdit, "no-such-template")
        click(qtbot, dialog.add_button)
        qtbot.waitUntil(lambda: "no template with the ID" in dialog.message(), timeout=5_000)
        messages.append(dialog.message())
        save_shot(dialog, tmp_path, "designer-add-by-id.png")
        assert dialog.isVisible()  # still open: the person can correct the id
        retype(qtbot, dialog.form.idEdit, template_id)
        click(qtbot, dialog.add_button)

    when_shown(TemplateByIdDialog, act)
    click(qtbot, pane.form.addByIdButton)
    assert seen
    assert messages == ["PassEntry has no template with the ID no-such-template; check the ID "
                        "in the PassEntry dashboard."]
    editor = pane.editor
    assert editor is not None
    assert editor.source_template_id == template_id
    assert [s.id for s in stored_templates(desk.services) if s.id == template_id]
    gets = [e for e in desk.sandbox.requests.entries()
            if e.method == "GET" and e.path.endswith(f"/pass-templates/{template_id}")]
    assert gets, "read from PassEntry by its id, not from a list"


def test_the_header_and_buttons_stay_put_whether_or_not_a_template_is_open(
        qtbot, desk, tmp_path) -> None:
    pane, form = desk.pane, desk.pane.form
    assert form.pages.currentWidget() is form.emptyPage
    desk.window.resize(1024, 768)

    def new_button_y() -> int:
        QApplication.processEvents()
        return form.newButton.mapTo(pane, QPoint(0, 0)).y()

    empty = new_button_y()
    save_shot(desk.window, tmp_path, "designer-empty-1024.png")
    click(qtbot, form.newButton)
    qtbot.waitUntil(lambda: form.pages.currentWidget() is form.tabsPage)
    assert new_button_y() == empty  # nothing jumps when the first template opens
    assert form.newButton.mapTo(pane, QPoint(0, 0)).y() < pane.height() // 4
