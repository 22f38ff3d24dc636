"""The door settings' Holds tab: a rule of each kind is added by typing and picking,
one is removed, the rules reach the door's setup and survive the settings file;
rules a hand-edited file gets wrong are dropped, not fatal. A screenshot to look at."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from passdesk.core.admission import DoorConfig
from passdesk.core.holds import HoldKind, HoldRule, rules_from_json
from passdesk.gui.door.settings_dialog import Choices, DoorSettingsDialog
from passdesk.settings.door import DoorSetup, setup_from_json, setup_to_json
from tests.gui.helpers import SHOTS_DIR, save_shot

NOTES = SHOTS_DIR  # where save_shot leaves PNGs to look at
OVER_18 = HoldRule(HoldKind.TEMPLATE, "tpl-18", reason="Check photo ID")


def test_rules_of_each_kind_are_added_removed_and_kept(qtbot, tmp_path) -> None:
    dialog = DoorSettingsDialog(DoorSetup(DoorConfig(holds=(OVER_18,))),
                                Choices([], {"tpl-18": "Over 18", "tpl-std": "Standard"}))
    qtbot.addWidget(dialog)
    editor = dialog.hold_rules
    dialog.form.tabs.setCurrentWidget(editor)
    dialog.show()
    assert editor.rules_list.item(0).text() == "Template “Over 18” → Check photo ID"

    # A field value: nothing to add until the field and its value are typed.
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("field"))
    assert not editor.add_button.isEnabled()
    qtbot.keyClicks(editor.which_combo.lineEdit(), "ticketType")
    qtbot.keyClicks(editor.value_edit, "Student")
    qtbot.keyClicks(editor.reason_edit, "Check student card")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    # An attention flag, with no words of its own: the door's default words.
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("flag"))
    assert not editor.value_edit.isEnabled()
    qtbot.keyClicks(editor.which_combo.lineEdit(), "attention")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    # Another template, then removed again.
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("template"))
    editor.which_combo.setCurrentIndex(editor.which_combo.findData("tpl-std"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.rules_list.count() == 4
    shot = save_shot(dialog, tmp_path, "door-settings-holds.png")
    NOTES.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, NOTES / shot.name)
    editor.rules_list.setCurrentRow(3)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)

    setup = dialog.setup()
    assert setup.config.holds == (
        OVER_18, HoldRule(HoldKind.FIELD, "ticketType", "Student", "Check student card"),
        HoldRule(HoldKind.FLAG, "attention", "", "Check the guest before letting them in"))
    assert setup_from_json(setup_to_json(setup)) == setup


def test_a_hand_edited_file_with_bad_rules_keeps_the_good_ones() -> None:
    assert rules_from_json([{"kind": "template", "key": "tpl-18", "reason": "ID"},
                            {"kind": "nope", "key": "x"}, {"kind": "field", "key": " "},
                            {"kind": "field", "key": "ticketType"},
                            "junk", {"kind": "flag", "key": 7},
                            {"kind": "field", "key": "age", "value": 18}]) == (
        HoldRule(HoldKind.TEMPLATE, "tpl-18", "", "ID"),
        HoldRule(HoldKind.FIELD, "age", "18", ""))
    assert rules_from_json("junk") == ()
    assert setup_from_json({"holds": {"kind": "flag"}}).config.holds == ()
