"""The till's settings dialog, used as a person would: typing, clicking, picking."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from passdesk.core.loyalty import (
    DEFAULT_MESSAGES,
    DEFAULT_REWARD_MESSAGE,
    Action,
    EarnRate,
    LoyaltyRules,
    Reward,
    Rounding,
    ScanLoyalty,
)
from passdesk.gui.scanning import camera
from passdesk.gui.till.settings_dialog import TillChoices, TillSettingsDialog, load_till_choices
from passdesk.gui.widgets.style import Tone, tone_of
from passdesk.settings.till import TillSetup, setup_from_json, setup_to_json
from passdesk.store.database import Database
from passdesk.store.schema import PassTemplate
from tests.gui.helpers import click

CHOICES = TillChoices([("t-books", "Book Points", "integer"),
                       ("t-coffee", "Coffee Club", "decimal")])
CAMERAS = [("cam-1", "Front Webcam (default)"), ("cam-2", "USB Camera")]


@pytest.fixture(autouse=True)
def cameras(monkeypatch):
    monkeypatch.setattr(camera, "camera_choices", lambda: list(CAMERAS))


@pytest.fixture
def open_dialog(qtbot):
    def open_(setup: TillSetup | None = None, choices: TillChoices = CHOICES):
        dialog = TillSettingsDialog(setup or TillSetup(), choices)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return open_


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    """Click into ``edit``, select what is there and type ``text`` over it."""
    click(qtbot, edit)
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def press_ok(qtbot, dialog: TillSettingsDialog) -> None:
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def pick(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def add_reward(qtbot, dialog: TillSettingsDialog, points: str, text: str) -> None:
    """Click "Add reward", type the points, Tab to the reward, type it, Enter."""
    click(qtbot, dialog.form.addRewardButton)
    for typed, key in ((points, Qt.Key.Key_Tab), (text, Qt.Key.Key_Return)):
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit), "no cell editor has the focus"
        qtbot.keyClicks(editor, typed)
        qtbot.keyClick(editor, key)
        QApplication.processEvents()  # the delegate commits an edit queued
    table = dialog.form.rewardsTable
    assert [_cell(table, table.rowCount() - 1, c) for c in (0, 1)] == [points, text]


def _cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def open_tab(qtbot, dialog: TillSettingsDialog, title: str) -> None:
    """Click the tab called ``title``."""
    tabs = dialog.form.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


NON_DEFAULT = TillSetup(
    desk="front counter",
    currency="CHF",
    rules={
        "t-coffee": LoyaltyRules(EarnRate(Decimal("0.25"), Rounding.NEAREST),
                                 (Reward(500, "A free coffee"), Reward(1250, "A free cake"))),
        # Not among the choices (not synced yet): kept as it is.
        "t-ghost": LoyaltyRules(EarnRate(Decimal("3"), Rounding.UP)),
    },
    default_rules=LoyaltyRules(EarnRate(Decimal("0.1"), Rounding.UP), (Reward(100, "10% off"),)),
    messages={Action.EARN: "Earned {points} for {spent}", Action.ADD: "Plus {points}",
              Action.REDEEM: "Minus {points}", Action.SET: "Now {balance}"},
    reward_message="You got {reward}!",
    send_message=True,
    unconfirmed_limit=25,
    scan=ScanLoyalty(-5, "Entry fee"),
    shift_started=datetime(2026, 3, 1, 8, 30, tzinfo=UTC),
    sound=False,
    nfc_path="usb",
    vtap_port="/dev/ttyACM0",
    camera=True,
    camera_id="cam-2",
)


def test_every_field_comes_back_as_it_was(qtbot, open_dialog) -> None:
    dialog = open_dialog(NON_DEFAULT)
    form = dialog.form
    assert form.deskEdit.text() == "front counter"
    assert form.limitSpin.value() == 25
    assert dialog.scan_spin.value() == -5
    assert form.cameraCombo.currentText() == "USB Camera"
    assert form.templateCombo.itemText(form.templateCombo.count() - 1) == "t-ghost (not synced)"
    open_tab(qtbot, dialog, "Earning and rewards")
    pick(form.templateCombo, "Coffee Club")
    assert form.rateEdit.text() == "0.25"
    assert [form.rewardsTable.item(r, 0).text() for r in range(2)] == ["5.00", "12.50"]
    press_ok(qtbot, dialog)
    assert dialog.setup() == NON_DEFAULT
    assert setup_from_json(setup_to_json(dialog.setup())) == NON_DEFAULT


def test_a_person_fills_in_the_till_tab(qtbot, open_dialog) -> None:
    dialog = open_dialog()
    form = dialog.form
    assert dialog.scan_spin.text() == "Off"
    assert not form.scanMessageEdit.isEnabled()  # nothing to say while scans add nothing
    retype(qtbot, form.deskEdit, "  bar  ")
    retype(qtbot, form.currencyEdit, "CHF francs")  # longer than 8: the field stops it
    click(qtbot, form.sendCheck)
    click(qtbot, form.soundCheck)
    assert form.limitSpin.value() == 50, "offline redemptions: 50 points by default"
    form.limitSpin.lineEdit().selectAll()
    qtbot.keyClicks(form.limitSpin, "0")  # never without a confirmed balance
    dialog.scan_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.scan_spin, "25")
    retype(qtbot, form.scanMessageEdit, "Visit bonus")
    retype(qtbot, form.nfcEdit, "tty:USB0:pn532")
    retype(qtbot, form.vtapEdit, "COM3")
    click(qtbot, form.cameraCheck)
    form.cameraCombo.setCurrentIndex(form.cameraCombo.findData("cam-1"))
    press_ok(qtbot, dialog)
    got = dialog.setup()
    assert (got.desk, got.currency, got.send_message, got.sound) == ("bar", "CHF fran", True, False)
    assert got.unconfirmed_limit == 0
    assert dialog.save_button.text() == "Save", "as the Door's settings"
    assert got.scan == ScanLoyalty(25, "Visit bonus")
    assert (got.nfc_path, got.vtap_port, got.camera, got.camera_id) == (
        "tty:USB0:pn532", "COM3", True, "cam-1")


def test_an_empty_desk_name_keeps_the_default_and_off_means_no_scan_points(
        qtbot, open_dialog) -> None:
    dialog = open_dialog(TillSetup(desk="front", scan=ScanLoyalty(10, "")))
    retype(qtbot, dialog.form.deskEdit, "   ")
    dialog.scan_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.scan_spin, "Off")
    press_ok(qtbot, dialog)
    assert dialog.setup().desk == TillSetup().desk
    assert dialog.setup().scan == ScanLoyalty(0, "")


def test_one_templates_rate_and_rewards_with_decimal_points(qtbot, open_dialog) -> None:
    dialog = open_dialog(TillSetup(currency="£"))
    form = dialog.form
    open_tab(qtbot, dialog, "Earning and rewards")
    pick(form.templateCombo, "Coffee Club")
    assert "2 decimal places" in form.templateHelp.text()
    retype(qtbot, form.rateEdit, "0.5")
    pick(form.roundingCombo, "Nearest")
    assert form.earnExample.text() == "Spending £12.50 earns 6.25 points."
    add_reward(qtbot, dialog, "5.00", "A free coffee")
    add_reward(qtbot, dialog, "12.5", "A free cake")
    # Another template and back: what was typed is still there.
    pick(form.templateCombo, "Book Points")
    assert form.rateEdit.text() == "1"
    assert form.rewardsTable.rowCount() == 0
    pick(form.templateCombo, "Coffee Club")
    assert form.rateEdit.text() == "0.5"
    assert [form.rewardsTable.item(0, c).text() for c in (0, 1)] == ["5.00", "A free coffee"]
    press_ok(qtbot, dialog)
    got = dialog.setup()
    assert got.rules == {"t-coffee": LoyaltyRules(
        EarnRate(Decimal("0.5"), Rounding.NEAREST),
        (Reward(500, "A free coffee"), Reward(1250, "A free cake")))}
    assert got.default_rules == LoyaltyRules()
    assert got.rules_for("t-books") == LoyaltyRules()


def test_a_template_only_looked_at_follows_the_general_rules(qtbot, open_dialog) -> None:
    dialog = open_dialog()
    form = dialog.form
    open_tab(qtbot, dialog, "Earning and rewards")
    pick(form.templateCombo, "Book Points")
    pick(form.templateCombo, "All other templates")
    retype(qtbot, form.rateEdit, "2")
    add_reward(qtbot, dialog, "100", "A tote bag")
    pick(form.templateCombo, "Book Points")
    assert form.rateEdit.text() == "2"  # shows the general rules it follows
    pick(form.templateCombo, "Coffee Club")
    assert form.rewardsTable.item(0, 0).text() == "1.00"  # 100 as a decimal pass shows it
    press_ok(qtbot, dialog)
    assert dialog.setup().rules == {}
    assert dialog.setup().default_rules == LoyaltyRules(EarnRate(Decimal(2)),
                                                        (Reward(100, "A tote bag"),))


def test_use_the_general_rules_forgets_a_templates_own(qtbot, open_dialog) -> None:
    dialog = open_dialog(NON_DEFAULT)
    form = dialog.form
    open_tab(qtbot, dialog, "Earning and rewards")
    pick(form.templateCombo, "Coffee Club")
    click(qtbot, form.followDefaultButton)
    assert form.rateEdit.text() == "0.1"
    assert form.rewardsTable.item(0, 0).text() == "1.00"
    assert not form.followDefaultButton.isEnabled()
    press_ok(qtbot, dialog)
    assert set(dialog.setup().rules) == {"t-ghost"}


def test_remove_a_reward(qtbot, open_dialog) -> None:
    dialog = open_dialog(NON_DEFAULT)
    form = dialog.form
    open_tab(qtbot, dialog, "Earning and rewards")
    pick(form.templateCombo, "Coffee Club")
    assert not form.removeRewardButton.isEnabled()
    rect = form.rewardsTable.visualItemRect(form.rewardsTable.item(0, 1))
    qtbot.mouseClick(form.rewardsTable.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, form.removeRewardButton)
    press_ok(qtbot, dialog)
    assert dialog.setup().rules["t-coffee"].rewards == (Reward(1250, "A free cake"),)


@pytest.mark.parametrize(("typed", "why"), [
    ("abc", "'abc' is not a number of points per currency unit."),
    ("-1", "Points per currency unit cannot be negative."),
    ("1000001", "Points per currency unit can be at most 1,000,000."),
    ("", "Type the points per currency unit"),
])
def test_a_bad_rate_is_explained_and_stops_ok(qtbot, open_dialog, typed, why) -> None:
    dialog = open_dialog()
    form = dialog.form
    open_tab(qtbot, dialog, "Earning and rewards")
    pick(form.templateCombo, "Coffee Club")
    retype(qtbot, form.rateEdit, typed)
    if not typed:
        qtbot.keyClick(form.rateEdit, Qt.Key.Key_Backspace)
    assert not dialog.save_button.isEnabled()
    assert form.rateProblem.isVisible()
    assert why in form.rateProblem.text()
    assert tone_of(form.rateProblem) is Tone.ERROR
    assert form.problemLabel.isVisible()
    assert form.problemLabel.text().startswith("Rules for Coffee Club")
    assert why in form.problemLabel.text()
    # Still reported while another template is shown.
    pick(form.templateCombo, "All other templates")
    assert not dialog.save_button.isEnabled()
    assert "Coffee Club" in form.problemLabel.text()
    assert not form.rateProblem.isVisible()
    pick(form.templateCombo, "Coffee Club")
    retype(qtbot, form.rateEdit, "1000000")
    assert dialog.save_button.isEnabled()
    assert not form.problemLabel.isVisible()
    assert not form.rateProblem.isVisible()


def test_a_bad_reward_stops_ok(qtbot, open_dialog) -> None:
    dialog = open_dialog()
    form = dialog.form
    open_tab(qtbot, dialog, "Earning and rewards")
    pick(form.templateCombo, "Coffee Club")
    add_reward(qtbot, dialog, "5.005", "Too exact")
    assert not dialog.save_button.isEnabled()
    assert "Reward 1: At most 2 decimal places." in form.problemLabel.text()
    pick(form.templateCombo, "Book Points")
    add_reward(qtbot, dialog, "7", "")
    assert "Reward 1: type what the customer gets." in form.problemLabel.text()


def test_editing_a_message_shows_it_filled_in(qtbot, open_dialog) -> None:
    dialog = open_dialog(TillSetup(currency="£"))
    form = dialog.form
    open_tab(qtbot, dialog, "Messages")
    assert "{points}" in form.placeholdersLabel.text()
    assert "{spent}" in form.placeholdersLabel.text()
    click(qtbot, form.redeemMessageEdit)
    assert form.exampleLabel.text() == (
        "Example (Redeem): You've used 25 points. Your balance is 140.")
    retype(qtbot, form.redeemMessageEdit, "Hi {name}, you spent {spent}: {balance} left")
    assert form.exampleLabel.text() == "Example (Redeem): Hi Alex, you spent £12.50: 140 left"
    assert form.counterLabel.text() == "35 of 160 characters"
    retype(qtbot, form.rewardMessageEdit, "Well done: {reward}")
    assert form.exampleLabel.text() == "Example (Reward reached): Well done: A free coffee"
    qtbot.keyClicks(form.rewardMessageEdit, " and more" * 20)
    assert tone_of(form.counterLabel) is Tone.WARNING
    assert "lock screens" in form.counterLabel.text()
    press_ok(qtbot, dialog)
    got = dialog.setup()
    assert got.messages[Action.REDEEM] == "Hi {name}, you spent {spent}: {balance} left"
    assert got.reward_message == "Well done: {reward}" + " and more" * 20


def test_restore_defaults_puts_the_messages_back(qtbot, open_dialog) -> None:
    dialog = open_dialog(NON_DEFAULT)
    form = dialog.form
    open_tab(qtbot, dialog, "Messages")
    click(qtbot, form.restoreButton)
    assert form.earnMessageEdit.text() == DEFAULT_MESSAGES[Action.EARN]
    press_ok(qtbot, dialog)
    assert dialog.setup().messages == DEFAULT_MESSAGES
    assert dialog.setup().reward_message == DEFAULT_REWARD_MESSAGE


def test_choices_come_from_the_store(tmp_path) -> None:
    database = Database.open(f"sqlite:///{tmp_path / 'till.sqlite3'}")
    try:
        with database.session() as s:
            s.add_all([PassTemplate(id="t1", name="Coffee", loyalty_enabled=True,
                                    balance_type="decimal"),
                       PassTemplate(id="t2", name="Ticket", loyalty_enabled=False)])
        assert load_till_choices(database) == TillChoices([("t1", "Coffee", "decimal")])
    finally:
        database.close()
