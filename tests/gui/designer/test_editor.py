"""One designer tab, used as a person would: colours typed and picked, fields added,
typed into, reordered by drag and by buttons, images chosen and refused; every edit
shows in the preview at once and undo gives back exactly the previous picture."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDrag, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QColorDialog, QFileDialog, QLineEdit

from passdesk.core.template_doc import LOGO_KEY, TemplateDoc
from passdesk.design import preview
from passdesk.gui.designer.editor import DesignerEditor
from passdesk.gui.designer.fields import SAMPLE
from passdesk.gui.designer.preview import CardPreview
from tests.gui.helpers import click, retype, when_shown


def make_logo(path: Path, size: int = 160, colour: str = "#e11d48") -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def editor(qtbot) -> DesignerEditor:
    widget = DesignerEditor(TemplateDoc.new("Summer Gala", "eventTicket"))
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def card(editor: DesignerEditor, style: str = "apple") -> CardPreview:
    return editor.preview.cards[style]


def shot(widget: CardPreview) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def pixel(widget: CardPreview, fx: float, fy: float) -> QColor:
    """The colour at a fraction of the card (not of the widget)."""
    size = preview.card_size(widget.style_name, widget._doc)
    x, y, scale = widget.placement()
    image = shot(widget)
    dpr = image.devicePixelRatio()
    return image.pixelColor(round((x + fx * size.width() * scale) * dpr),
                            round((y + fy * size.height() * scale) * dpr))


def close_to(a: QColor, b: QColor, tolerance: int = 3) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a.getRgb()[:3], b.getRgb()[:3],
                                                         strict=True))


def show_fields(qtbot, editor: DesignerEditor) -> None:
    """Click the form's "Fields" tab."""
    bar = editor.form.formTabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "Fields")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert editor.fields.table.isVisible()


def choose_group(qtbot, editor: DesignerEditor, title: str) -> None:
    show_fields(qtbot, editor)
    tabs = editor.fields.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).startswith(title))
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())
    assert editor.fields.group == {"Central": "central", "Header": "header",
                                   "Details": "details", "Back": "back"}[title]


def type_in_cell(qtbot, editor: DesignerEditor, row: int, column: int, text: str) -> None:
    """Double-click a cell, type, press Enter."""
    table = editor.fields.table
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and QApplication.focusWidget().isVisible()
                    and table.isAncestorOf(QApplication.focusWidget()))
    field = QApplication.focusWidget()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(field) or not field.isVisible())


# --- colours -----------------------------------------------------------------------------


def test_typing_a_background_colour_repaints_the_card_and_undo_gives_the_old_picture(
        qtbot, editor) -> None:
    apple, google = card(editor, "apple"), card(editor, "google")
    before = {"apple": shot(apple), "google": shot(google)}
    assert close_to(pixel(apple, 0.9, 0.6), QColor("#ffffff"))

    retype(qtbot, editor.form.backgroundEdit, "#1D4ED8")
    assert editor.doc.background_color == "#1D4ED8"
    assert close_to(pixel(apple, 0.9, 0.6), QColor("#1d4ed8"))
    assert close_to(pixel(google, 0.9, 0.6), QColor("#1d4ed8"))
    after = shot(apple)
    assert after != before["apple"]

    # The whole burst of typing is one step of undo, and undo is exact.
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert editor.doc == TemplateDoc.new("Summer Gala", "eventTicket")
    assert editor.form.backgroundEdit.text() == "#FFFFFF"
    assert shot(apple) == before["apple"]
    assert shot(google) == before["google"]
    editor.stack.redo()
    assert editor.doc.background_color == "#1D4ED8"
    assert shot(apple) == after


def test_a_colour_that_is_not_a_colour_is_said_and_not_applied(qtbot, editor) -> None:
    retype(qtbot, editor.form.textEdit, "navy")
    message = editor.form.textMessage
    assert message.isVisible()
    assert "navy is not a colour" in message.text()
    assert editor.doc.text_color == "#111111", "the last good colour is kept"
    assert editor.stack.count() == 0
    retype(qtbot, editor.form.textEdit, "rgb(20, 30, 40)")
    assert not message.isVisible()
    assert editor.doc.text_color == "rgb(20, 30, 40)"


def test_the_swatch_opens_a_colour_dialog_and_applies_its_choice(qtbot, editor) -> None:
    def pick(dialog: QColorDialog) -> None:
        dialog.setCurrentColor(QColor("#0F766E"))
        dialog.accept()

    when_shown(QColorDialog, pick)
    click(qtbot, editor.form.labelSwatch)
    assert editor.doc.label_color == "#0F766E"
    assert editor.form.labelEdit.text() == "#0F766E"
    editor.stack.undo()
    assert editor.doc.label_color == "#555555"


def test_ctrl_z_in_a_field_undoes_the_designer_edit_per_burst(qtbot, editor) -> None:
    name = editor.form.nameEdit
    retype(qtbot, name, "Winter Ball")
    qtbot.keyClick(editor.form.descriptionEdit, Qt.Key.Key_Tab)  # ends the burst
    editor.form.descriptionEdit.setFocus()
    qtbot.keyClicks(editor.form.descriptionEdit, "Doors at 7")
    assert editor.doc.name == "Winter Ball"
    assert editor.stack.count() == 2
    qtbot.keyClick(editor.form.descriptionEdit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert editor.doc.description == ""
    assert editor.form.descriptionEdit.text() == ""
    qtbot.keyClick(editor.form.descriptionEdit, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert editor.doc.name == "Summer Gala"
    assert name.text() == "Summer Gala"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert editor.doc.name == "Winter Ball"


# --- fields ----------------------------------------------------------------------------


def test_a_field_with_a_sample_value_shows_on_the_card_and_undo_is_exact(
        qtbot, editor) -> None:
    apple = card(editor)
    before = shot(apple)
    choose_group(qtbot, editor, "Central")
    click(qtbot, editor.form.addFieldButton)
    assert [(f.group, f.field_id) for f in editor.doc.fields()] == [("central", "field1")]
    type_in_cell(qtbot, editor, 0, 0, "event")
    type_in_cell(qtbot, editor, 0, 1, "EVENT")
    with_field = shot(apple)
    type_in_cell(qtbot, editor, 0, SAMPLE, "MIDNIGHT")
    assert editor.samples == {"event": "MIDNIGHT"}
    assert editor.doc.fields()[0].field_id == "event"

    place = preview.card_layout("apple", editor.doc).field("central", "one")
    region = apple.to_widget(place.value_rect)
    dpr = before.devicePixelRatio()
    crop = region.adjusted(0, 0, 0, 0)
    crop.setRect(round(crop.x() * dpr), round(crop.y() * dpr), round(crop.width() * dpr),
                 round(crop.height() * dpr))
    assert shot(apple).copy(crop) != with_field.copy(crop), "the sample value is drawn"

    for _ in range(4):  # sample, label, id, add
        editor.stack.undo()
    assert editor.doc == TemplateDoc.new("Summer Gala", "eventTicket")
    assert editor.samples == {}
    assert shot(apple) == before
    for _ in range(4):
        editor.stack.redo()
    assert editor.samples == {"event": "MIDNIGHT"}


def test_renaming_a_field_keeps_its_sample(qtbot, editor) -> None:
    choose_group(qtbot, editor, "Central")
    click(qtbot, editor.form.addFieldButton)
    type_in_cell(qtbot, editor, 0, SAMPLE, "Hello")
    type_in_cell(qtbot, editor, 0, 0, "greeting")
    assert editor.samples == {"greeting": "Hello"}


def add_fields(qtbot, editor: DesignerEditor, group: str, count: int) -> None:
    choose_group(qtbot, editor, group)
    for _ in range(count):
        click(qtbot, editor.form.addFieldButton)


def test_dropping_a_dragged_row_reorders_the_group(qtbot, editor) -> None:
    add_fields(qtbot, editor, "Details", 3)
    table = editor.fields.table
    assert [s.field_id for s in editor.doc.slots("details")][:3] == ["field1", "field2",
                                                                      "field3"]
    # What Qt's drag carries for row 0, dropped on the lower half of row 2. Offscreen Qt
    # delivers no synthetic drag events, so the drop goes to the table's handler directly.
    mime = table.mimeData([table.item(0, c) for c in range(table.columnCount())])
    assert isinstance(mime, QMimeData)
    rect = table.visualItemRect(table.item(2, 0))
    drop = QDropEvent(QPointF(rect.center().x(), rect.bottom() - 2), Qt.DropAction.MoveAction,
                      mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    table.dropEvent(drop)
    assert drop.isAccepted()
    assert drop.dropAction() == Qt.DropAction.IgnoreAction, "Qt itself moves no cells"
    assert [s.field_id for s in editor.doc.slots("details")][:3] == ["field2", "field3",
                                                                      "field1"]
    assert [table.item(r, 0).text() for r in range(3)] == ["field2", "field3", "field1"]
    assert list(editor.doc.get("fields")["details"]) == ["one", "two", "three"]
    editor.stack.undo()
    assert [s.field_id for s in editor.doc.slots("details")][:3] == ["field1", "field2",
                                                                      "field3"]


def test_up_down_and_move_to_group_buttons(qtbot, editor) -> None:
    add_fields(qtbot, editor, "Details", 2)
    table = editor.fields.table
    table.selectRow(1)
    click(qtbot, editor.form.moveUpButton)
    assert [s.field_id for s in editor.doc.slots("details")][:2] == ["field2", "field1"]
    table.selectRow(0)
    editor.fields.move_actions["back"].trigger()
    assert editor.doc.slots("back")[0].field_id == "field2"
    assert editor.doc.slots("details")[0].empty
    table.selectRow(1)
    click(qtbot, editor.form.removeFieldButton)
    assert all(s.empty for s in editor.doc.slots("details"))


def test_a_full_group_says_so(qtbot, editor) -> None:
    add_fields(qtbot, editor, "Central", 3)
    assert len([s for s in editor.doc.slots("central") if not s.empty]) == 2
    assert editor.form.fieldsMessage.isVisible()
    assert "no empty slot" in editor.form.fieldsMessage.text()


# --- images, barcode, type --------------------------------------------------------------


def test_a_logo_is_checked_and_carried_as_a_data_url(qtbot, editor, tmp_path,
                                                     monkeypatch) -> None:
    logo = make_logo(tmp_path / "logo.png", 160)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    apple = card(editor)
    before = shot(apple)
    click(qtbot, editor.form.logoChooseButton)
    url = editor.doc.logo
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == logo.read_bytes()
    assert "PNG, 160 x 160 px" in editor.form.logoInfo.text()
    assert shot(apple) != before
    click(qtbot, editor.form.logoRemoveButton)
    assert LOGO_KEY not in editor.doc.attributes()
    assert shot(apple) == before


def test_small_logos_are_warned_about_and_unfit_files_refused(qtbot, editor, tmp_path,
                                                             monkeypatch) -> None:
    small = make_logo(tmp_path / "small.png", 40)
    fake = tmp_path / "fake.png"
    fake.write_text("not an image")
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG" + b"\0" * (1024 * 1024 + 10))
    gif = tmp_path / "anim.gif"
    image = QImage(120, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#333333"))
    supported_gif = image.save(str(gif), "GIF")
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen[-1]), ""))
    message = editor.form.imageMessage

    chosen.append(small)
    click(qtbot, editor.form.logoChooseButton)
    assert editor.doc.logo is not None
    info = editor.form.logoInfo.text()
    assert "PassEntry's logo is 480 x 150 px" in info
    assert "100 x 100" not in info
    assert "may look blurred" not in message.text(), "the advice is said once"
    assert "160 x 50 points" in editor.form.logoChooseButton.toolTip()
    good = make_logo(tmp_path / "good.png", 160)
    chosen.append(good)
    click(qtbot, editor.form.logoChooseButton)
    assert "blurred" not in editor.form.logoInfo.text()

    for bad, words in ((fake, "Only PNG and JPEG"), (big, "at most 1 MB")):
        chosen.append(bad)
        click(qtbot, editor.form.bannerChooseButton)
        assert words in message.text()
        assert editor.doc.banner is None
    if supported_gif:
        chosen.append(gif)
        click(qtbot, editor.form.bannerChooseButton)
        assert "Only PNG and JPEG" in message.text()
        assert editor.doc.banner is None


def test_barcode_and_unknown_type(qtbot, editor) -> None:
    combo = editor.form.barcodeCombo
    combo.setCurrentIndex(combo.findData("qr"))
    combo.activated.emit(combo.currentIndex())
    assert editor.doc.barcode_type == "qr"
    assert editor.doc.barcode_source == "uuid"
    assert not editor.form.altTextEdit.isEnabled()  # the pass ID needs no text
    source = editor.form.barcodeSourceCombo
    source.setCurrentIndex(source.findData("custom"))
    source.activated.emit(source.currentIndex())
    assert editor.form.altTextEdit.isEnabled()
    editor.form.altTextEdit.setFocus()
    qtbot.keyClicks(editor.form.altTextEdit, "MEMBER 42")
    qtbot.mouseClick(editor.form.barcodeTextCheck, Qt.MouseButton.LeftButton)
    assert editor.doc.get("barcode") == {"enabled": True, "type": "qr", "source": "custom",
                                         "value": "MEMBER 42", "displayText": True}
    combo.setCurrentIndex(0)  # None: a published barcode is switched off, not dropped
    combo.activated.emit(0)
    assert editor.doc.barcode_type is None
    assert editor.doc.get("barcode")["enabled"] is False

    odd = DesignerEditor(TemplateDoc.new("Odd").with_attribute("templateType", "boardingPass"))
    qtbot.addWidget(odd)
    assert odd.form.typeCombo.currentText() == "boardingPass"
    assert any(f.where == "templateType" for f in odd.findings)


def test_a_narrow_preview_puts_the_cards_in_tabs(qtbot, editor) -> None:
    assert not editor.preview.tabbed
    editor.form.editorSplitter.setSizes([2000, 300])
    qtbot.waitUntil(lambda: editor.preview.tabbed)
    assert card(editor, "google").parentWidget() is not None
    editor.form.editorSplitter.setSizes([300, 2000])
    qtbot.waitUntil(lambda: not editor.preview.tabbed)
    assert card(editor, "apple").isVisible()
    assert card(editor, "google").isVisible()


def test_a_row_is_dragged_by_its_header_the_natural_handle(qtbot, editor, monkeypatch) -> None:
    """m15: press on a row's number in the row header, drag it below the last row."""
    add_fields(qtbot, editor, "Details", 3)
    table = editor.fields.table
    header = table.verticalHeader()
    labels = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert labels[:3] == ["\u2261 1", "\u2261 2", "\u2261 3"]  # no slot keys (one, two …)
    assert table.verticalHeaderItem(1).toolTip() == "Details field 2: drag to reorder"
    dropped: list[QDropEvent] = []

    def deliver(drag, *_actions):
        # Offscreen Qt runs no drag loop: drop what the drag carries on row 3's lower half.
        rect = table.visualItemRect(table.item(2, 0))
        event = QDropEvent(QPointF(rect.center().x(), rect.bottom() - 2),
                           Qt.DropAction.MoveAction, drag.mimeData(),
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        table.dropEvent(event)
        dropped.append(event)
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", deliver)
    start = QPoint(header.width() // 2, header.sectionViewportPosition(0)
                   + header.sectionSize(0) // 2)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(header.viewport(), start + QPoint(0, step * 8))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton,
                       pos=start + QPoint(0, 40))
    assert len(dropped) == 1, "dragging the row header starts a drag"
    assert [s.field_id for s in editor.doc.slots("details")][:3] == ["field2", "field3",
                                                                      "field1"]
    assert [table.item(r, 0).text() for r in range(3)] == ["field2", "field3", "field1"]
    editor.stack.undo()
    assert [s.field_id for s in editor.doc.slots("details")][:3] == ["field1", "field2",
                                                                      "field3"]


def test_the_checks_list_speaks_the_users_words(qtbot, editor) -> None:
    """m14: no raw API key in what the checks list shows."""
    add_fields(qtbot, editor, "Central", 2)
    type_in_cell(qtbot, editor, 1, SAMPLE, "x" * 90)
    shown = [editor.findings_list.item(r).text() for r in range(editor.findings_list.count())]
    assert any(text.startswith("Warning · Central field 2: Apple Wallet shows one central "
                               "field on an event ticket template") for text in shown), shown
    for text in shown:
        for key in ("eventTicket", "central.", "details.", "defaultValue"):
            assert key not in text, text


def test_the_editor_fits_a_1024_px_screen_beside_the_sidebar(qtbot, editor) -> None:
    """The side-by-side cards must not hold the editor wider than a small screen allows."""
    assert editor.minimumSizeHint().width() <= 1024 - 200 - 2 * 24
    editor.resize(700, 600)
    qtbot.waitUntil(lambda: editor.preview.tabbed)


def test_the_watermark_is_chosen_and_removed(qtbot, editor) -> None:
    form = editor.form
    assert form.watermarkCombo.currentText() == "None"
    assert not form.watermarkPositionCombo.isEnabled()
    form.watermarkCombo.setCurrentIndex(form.watermarkCombo.findText("Dark"))
    form.watermarkCombo.activated.emit(form.watermarkCombo.currentIndex())
    assert editor.doc.watermark == {"color": "dark", "position": "topLeft"}
    assert form.watermarkPositionCombo.isEnabled()
    position = form.watermarkPositionCombo
    position.setCurrentIndex(position.findData("bottomRight"))
    position.activated.emit(position.currentIndex())
    assert editor.doc.watermark == {"color": "dark", "position": "bottomRight"}
    form.watermarkCombo.setCurrentIndex(0)
    form.watermarkCombo.activated.emit(0)
    assert editor.doc.watermark is None
    editor.stack.undo()
    assert editor.doc.watermark == {"color": "dark", "position": "bottomRight"}
    assert form.watermarkCombo.currentText() == "Dark"
