"""The loyalty till's settings dialog, in three tabs.

"Till": the desk's name, the currency symbol, whether a push message is sent by
default, how much may be redeemed offline without a supervisor, "scan with
loyalty", sound, the scan sources (as the door's) and the reader the till logs
the cards it finds in PassEntry as (as the door's).
"Earning and rewards": the earn rate and rewards of each loyalty template, or of
"All other templates" (``TillSetup.default_rules``). "Messages": the push
message of each action, with a live example.

Each template's rules are kept as typed (a ``_Draft``) while another template
is shown, so switching the combo loses nothing and a half-typed value is
reported, not dropped. The templates to choose from are read by the caller (off
the UI thread, ``load_till_choices``) and passed in as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from passdesk.core.loyalty import (
    DEFAULT_MESSAGES,
    DEFAULT_REWARD_MESSAGE,
    PLACEHOLDERS,
    Action,
    AmountError,
    BalanceType,
    EarnRate,
    LoyaltyRules,
    Reward,
    Rounding,
    ScanLoyalty,
    format_points,
    parse_points,
    render_message,
)
from passdesk.gui.door.settings_dialog import fill_log_combo, log_hint, reader_names
from passdesk.gui.scanning.camera import fill_camera_picker
from passdesk.gui.till.config import TillSetup
from passdesk.gui.widgets.form_dialog import FormDialog
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.database import Database
from passdesk.store.till_queries import loyalty_templates

#: The template combo's key for "All other templates" (``default_rules``).
GENERAL = ""
MAX_RATE = Decimal(1_000_000)
SCAN_LIMIT = 10_000
DEFAULT_WIDTH = 640
#: Lock screens show about this much of a push message.
LONG_MESSAGE = 160
ROUNDINGS = {Rounding.DOWN: "Down", Rounding.NEAREST: "Nearest", Rounding.UP: "Up"}
MESSAGE_EDITS = {Action.EARN: "earnMessageEdit", Action.ADD: "addMessageEdit",
                 Action.REDEEM: "redeemMessageEdit", Action.SET: "setMessageEdit"}
MESSAGE_NAMES = {Action.EARN: "Earn", Action.ADD: "Add", Action.REDEEM: "Redeem",
                 Action.SET: "Set balance"}
#: What the example message is filled with.
SAMPLE = {"points": "25", "balance": "140", "name": "Alex", "reward": "A free coffee"}
SAMPLE_SPENT = Decimal("12.50")
#: Section headings; the rest of the look is the app's style sheet.
DIALOG_STYLE = 'QLabel[role="section"] { font-weight: 600; padding: 6px 0 0 0; margin: 0; }'


@dataclass(frozen=True)
class TillChoices:
    """What the dialog offers: (template id, name, balance type) of loyalty templates,
    and reader id -> name of the readers a till may log its scans as."""

    templates: list[tuple[str, str, str]] = field(default_factory=list)
    readers: dict[str, str] = field(default_factory=dict)


def load_till_choices(database: Database) -> TillChoices:
    """The loyalty templates and the readers from the store (run it off the UI thread)."""
    with database.session() as session:
        return TillChoices(loyalty_templates(session),
                           reader_names(session))


class ScanPointsSpin(QSpinBox):
    """Points per scan, with 0 shown (and typed) as "Off".

    ``specialValueText`` only names the minimum, and here the minimum is negative.
    """

    OFF = "Off"

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt API
        return self.OFF if value == 0 else super().textFromValue(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt API
        return 0 if _is_off(text) else super().valueFromText(text)

    def validate(self, text: str, pos: int):
        typed = text.strip().casefold()
        if typed and self.OFF.casefold().startswith(typed):
            state = QValidator.State.Acceptable if _is_off(text) else QValidator.State.Intermediate
            return state, text, pos
        return super().validate(text, pos)


def _is_off(text: str) -> bool:
    return text.strip().casefold() == ScanPointsSpin.OFF.casefold()


# --- one template's rules as typed ----------------------------------------------------


class RuleProblem(ValueError):
    """What is wrong with rules as typed, in plain words."""


@dataclass(frozen=True)
class _Draft:
    rate: str
    rounding: Rounding
    #: (points needed as the pass shows them, reward text) per table row.
    rewards: tuple[tuple[str, str], ...]


def _draft_of(rules: LoyaltyRules, kind: str) -> _Draft:
    return _Draft(str(rules.earn.points_per_unit), rules.earn.rounding,
                  tuple((format_points(r.threshold, kind), r.text) for r in rules.rewards))


def parse_rate(text: str) -> Decimal:
    """Points per currency unit as typed -> an exact Decimal, or RuleProblem."""
    typed = text.strip().replace(",", "").replace(" ", "")
    if not typed:
        raise RuleProblem("Type the points per currency unit (0: spending earns none).")
    not_a_number = RuleProblem(f"{text.strip()!r} is not a number of points per currency unit.")
    try:
        rate = Decimal(typed)
    except InvalidOperation:
        raise not_a_number from None
    if not rate.is_finite():
        raise not_a_number
    if rate < 0:
        raise RuleProblem("Points per currency unit cannot be negative.")
    if rate > MAX_RATE:
        raise RuleProblem(f"Points per currency unit can be at most {MAX_RATE:,}.")
    return rate


def _rewards_of(draft: _Draft, kind: str) -> tuple[Reward, ...]:
    rewards = []
    for number, (points, text) in enumerate(draft.rewards, start=1):
        if not points.strip() and not text.strip():
            continue  # a row added and left empty
        if not text.strip():
            raise RuleProblem(f"Reward {number}: type what the customer gets.")
        try:
            threshold = parse_points(points, kind)
        except AmountError as exc:
            raise RuleProblem(f"Reward {number}: {exc}") from None
        rewards.append(Reward(threshold, text.strip()))
    return tuple(sorted(rewards, key=lambda r: r.threshold))


def rules_of(draft: _Draft, kind: str) -> LoyaltyRules:
    """The rules ``draft`` stands for, or RuleProblem."""
    return LoyaltyRules(EarnRate(parse_rate(draft.rate), draft.rounding),
                        _rewards_of(draft, kind))


# --- the dialog -----------------------------------------------------------------------


class TillSettingsDialog(FormDialog):
    def __init__(self, setup: TillSetup, choices: TillChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Till settings")
        self.setStyleSheet(DIALOG_STYLE)
        self._setup = setup
        self.form = form = load_form("till/settings_dialog.ui", self)
        self.scan_spin = ScanPointsSpin(form)
        self._fill_till_tab(setup)
        fill_log_combo(form.logCombo, choices.readers, setup.log_as)
        form.logHelp.setText(log_hint(choices.readers))
        self._fill_rules_tab(setup, choices)
        self._fill_messages_tab(setup)
        self.connect_buttons(QDialogButtonBox.StandardButton.Save)
        self._check()
        # Wide enough that a default message shows whole in its field.
        self.resize(max(self.sizeHint().width(), DEFAULT_WIDTH), self.sizeHint().height())

    def setup(self) -> TillSetup:
        """The setup as edited; fields the dialog does not show are kept."""
        form = self.form
        return replace(
            self._setup,
            desk=form.deskEdit.text().strip() or TillSetup().desk,
            currency=form.currencyEdit.text().strip(),
            send_message=form.sendCheck.isChecked(),
            unconfirmed_limit=form.limitSpin.value(),
            scan=ScanLoyalty(self.scan_spin.value(), form.scanMessageEdit.text().strip()),
            sound=form.soundCheck.isChecked(),
            nfc_path=form.nfcEdit.text().strip(),
            vtap_port=form.vtapEdit.text().strip(),
            camera=form.cameraCheck.isChecked(),
            camera_id=form.cameraCombo.currentData() or "",
            log_as=form.logCombo.currentData() or "",
            **self._edited_rules(),
            messages={action: self._message_edit(action).text() for action in MESSAGE_EDITS},
            reward_message=form.rewardMessageEdit.text(),
        )

    @property
    def save_button(self) -> QPushButton:
        """Save, like the Door's settings (off while something typed is not valid)."""
        return self.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    # -- "Till" ------------------------------------------------------------------------

    def _fill_till_tab(self, setup: TillSetup) -> None:
        form = self.form
        form.deskEdit.setText(setup.desk)
        form.currencyEdit.setText(setup.currency)
        form.currencyEdit.textChanged.connect(self._show_examples)
        form.sendCheck.setChecked(setup.send_message)
        form.limitSpin.setValue(setup.unconfirmed_limit)
        form.soundCheck.setChecked(setup.sound)
        spin = self.scan_spin
        spin.setRange(-SCAN_LIMIT, SCAN_LIMIT)
        spin.setValue(setup.scan.delta)
        spin.setAccessibleName("Points per scan")
        spin.setToolTip("Off, or the points each scan adds (negative: takes)")
        spin.setMinimumWidth(110)
        form.findChild(QHBoxLayout, "scanLayout").insertWidget(0, spin)
        form.scanLabel.setBuddy(spin)
        form.scanMessageEdit.setText(setup.scan.message)
        spin.valueChanged.connect(self._scan_changed)
        self._scan_changed()
        form.nfcEdit.setText(setup.nfc_path)
        form.vtapEdit.setText(setup.vtap_port)
        self._fill_cameras(setup)

    def _fill_cameras(self, setup: TillSetup) -> None:
        fill_camera_picker(self.form.cameraCheck, self.form.cameraCombo, setup.camera,
                           setup.camera_id)

    def _scan_changed(self) -> None:
        # A message for scans that change nothing would never be sent.
        self.form.scanMessageEdit.setEnabled(self.scan_spin.value() != 0)

    # -- "Earning and rewards" -----------------------------------------------------------

    def _fill_rules_tab(self, setup: TillSetup, choices: TillChoices) -> None:
        form = self.form
        self._kinds = {template_id: kind for template_id, _, kind in choices.templates}
        self._drafts = {GENERAL: _draft_of(setup.default_rules, BalanceType.INTEGER)}
        self._drafts.update({key: _draft_of(rules, self._kind(key))
                             for key, rules in setup.rules.items()})
        form.templateCombo.addItem("All other templates", GENERAL)
        for template_id, name, _ in choices.templates:
            form.templateCombo.addItem(name, template_id)
        for key in sorted(set(setup.rules) - set(self._kinds)):
            form.templateCombo.addItem(f"{key} (not synced)", key)  # kept as they were
        for rounding, words in ROUNDINGS.items():
            form.roundingCombo.addItem(words, str(rounding))
        table = form.rewardsTable
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 130)
        table.verticalHeader().hide()
        self._shown, self._loaded, self._loading = GENERAL, self._drafts[GENERAL], False
        self._show_rules(GENERAL)
        form.templateCombo.currentIndexChanged.connect(self._template_picked)
        form.followDefaultButton.clicked.connect(self._follow_general)
        form.rateEdit.textChanged.connect(self._rules_edited)
        form.roundingCombo.currentIndexChanged.connect(self._rules_edited)
        table.itemChanged.connect(self._rules_edited)
        table.itemSelectionChanged.connect(self._selection_changed)
        form.addRewardButton.clicked.connect(self._add_reward)
        form.removeRewardButton.clicked.connect(self._remove_reward)

    def _kind(self, key: str) -> str:
        # "All other templates" and templates not synced count whole points.
        return self._kinds.get(key, str(BalanceType.INTEGER))

    def _read_editor(self) -> _Draft:
        form, table = self.form, self.form.rewardsTable
        rows = tuple((_cell(table, row, 0), _cell(table, row, 1))
                     for row in range(table.rowCount()))
        rows = tuple(row for row in rows if any(t.strip() for t in row))  # added, left empty
        return _Draft(form.rateEdit.text(), Rounding(form.roundingCombo.currentData()), rows)

    def _all_drafts(self) -> dict[str, _Draft]:
        """Every template's rules as typed, the one shown included.

        A template without rules of its own that is only looked at keeps
        following "All other templates".
        """
        drafts = dict(self._drafts)
        shown = self._read_editor()
        if self._shown in drafts or shown != self._loaded:
            drafts[self._shown] = shown
        return drafts

    def _general_as(self, kind: str) -> _Draft:
        """The general rules, as a template of ``kind`` shows them."""
        general = self._drafts[GENERAL]
        try:
            return _draft_of(rules_of(general, BalanceType.INTEGER), kind)
        except RuleProblem:
            return general  # shown as typed; the problem is reported for "All other templates"

    def _show_rules(self, key: str) -> None:
        draft = self._drafts.get(key) or self._general_as(self._kind(key))
        self._shown, self._loaded = key, draft
        self._loading = True
        try:
            self._put_in_editor(draft)
        finally:
            self._loading = False
        self._describe_template()
        self._check()

    def _put_in_editor(self, draft: _Draft) -> None:
        form, table = self.form, self.form.rewardsTable
        form.rateEdit.setText(draft.rate)
        form.roundingCombo.setCurrentIndex(form.roundingCombo.findData(str(draft.rounding)))
        table.setRowCount(0)
        for points, text in draft.rewards:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, _points_item(points))
            table.setItem(row, 1, QTableWidgetItem(text))
        self._selection_changed()

    def _template_picked(self) -> None:
        self._drafts = self._all_drafts()  # keep what was typed for the one left
        self._show_rules(self.form.templateCombo.currentData())

    def _follow_general(self) -> None:
        self._drafts.pop(self._shown, None)
        self._show_rules(self._shown)

    def _rules_edited(self) -> None:
        if not self._loading:
            self._describe_template()
            self._check()

    def _describe_template(self) -> None:
        form, key = self.form, self._shown
        decimal = self._kind(key) == BalanceType.DECIMAL
        if key == GENERAL:
            about = "Used by every loyalty template without rules of its own."
        elif key in self._all_drafts():
            about = "This template has rules of its own."
        else:
            about = "This template uses the general rules until you change something here."
        if decimal:
            about += " Its balance shows 2 decimal places: type points as the pass shows them."
        form.templateHelp.setText(about)
        form.followDefaultButton.setEnabled(key != GENERAL and key in self._all_drafts())
        form.followDefaultButton.setVisible(key != GENERAL)
        has_decimal = BalanceType.DECIMAL in self._kinds.values()
        form.rewardsHelp.setText(
            "A reward is reached when the balance gets to its points; the customer is sent "
            "the reward message (Messages tab)."
            + (" Points here are whole units of the balance: for a template with "
               "decimals, 500 is 5.00." if key == GENERAL and has_decimal else ""))

    def _add_reward(self) -> None:
        table = self.form.rewardsTable
        row = table.rowCount()
        self._loading = True  # an empty row is no change until something is typed
        try:
            table.insertRow(row)
            table.setItem(row, 0, _points_item(""))
            table.setItem(row, 1, QTableWidgetItem(""))
        finally:
            self._loading = False
        table.setCurrentCell(row, 0)
        table.setFocus()
        table.editItem(table.item(row, 0))

    def _remove_reward(self) -> None:
        table = self.form.rewardsTable
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())
            self._rules_edited()

    def _selection_changed(self) -> None:
        table = self.form.rewardsTable
        self.form.removeRewardButton.setEnabled(bool(table.selectedItems()))

    def _edited_rules(self) -> dict:
        """``default_rules`` and ``rules`` as edited; a template equal to the general
        rules is left out, one that is not valid keeps what it had."""
        drafts = self._all_drafts()
        general = _valid_or(drafts.pop(GENERAL), BalanceType.INTEGER, self._setup.default_rules)
        rules = {}
        for key, draft in drafts.items():
            own = _valid_or(draft, self._kind(key), self._setup.rules_for(key))
            if own != general:
                rules[key] = own
        return {"default_rules": general, "rules": rules}

    # -- "Messages" --------------------------------------------------------------------

    def _fill_messages_tab(self, setup: TillSetup) -> None:
        form = self.form
        form.placeholdersLabel.setText(
            "Sent to the customer's phone as a message.\nFilled in for you:  "
            + "  ".join("{" + key + "}" for key in PLACEHOLDERS))
        form.placeholdersLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        for action in MESSAGE_EDITS:
            self._message_edit(action).setText(setup.messages.get(action, ""))
        form.rewardMessageEdit.setText(setup.reward_message)
        self._example_of = form.earnMessageEdit
        for edit in self._message_edits():
            edit.installEventFilter(self)
            edit.textChanged.connect(lambda _text, edit=edit: self._example_for(edit))
        form.restoreButton.clicked.connect(self._restore_messages)
        self._show_examples()

    def _message_edit(self, action: Action) -> QLineEdit:
        return getattr(self.form, MESSAGE_EDITS[action])

    def _message_edits(self) -> list[QLineEdit]:
        return [self._message_edit(a) for a in MESSAGE_EDITS] + [self.form.rewardMessageEdit]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn and watched in self._message_edits():
            self._example_for(watched)
        return super().eventFilter(watched, event)

    def _example_for(self, edit: QLineEdit) -> None:
        self._example_of = edit
        self._show_examples()

    def _show_examples(self) -> None:
        self._show_message_example()
        self._show_earn_example()

    def _show_message_example(self) -> None:
        form, edit = self.form, self._example_of
        reward = edit is form.rewardMessageEdit
        values = dict(SAMPLE, spent=f"{form.currencyEdit.text().strip()}{SAMPLE_SPENT:,.2f}")
        if not reward:
            values["reward"] = ""  # filled only when an operation reaches a reward
        text = render_message(edit.text(), **values)
        set_tone(form.exampleLabel, Tone.INFO,
                 f"Example ({self._message_name(edit)}): {text or '(empty)'}")
        if len(text) > LONG_MESSAGE:
            set_tone(form.counterLabel, Tone.WARNING,
                     f"{len(text)} characters: lock screens cut a message after about "
                     f"{LONG_MESSAGE}, so the end may not be seen.")
        else:
            set_tone(form.counterLabel, Tone.NONE, f"{len(text)} of {LONG_MESSAGE} characters")

    def _message_name(self, edit: QLineEdit) -> str:
        for action in MESSAGE_EDITS:
            if self._message_edit(action) is edit:
                return MESSAGE_NAMES[action]
        return "Reward reached"

    def _restore_messages(self) -> None:
        for action in MESSAGE_EDITS:
            self._message_edit(action).setText(DEFAULT_MESSAGES[action])
        self.form.rewardMessageEdit.setText(DEFAULT_REWARD_MESSAGE)

    # -- what stops Save ---------------------------------------------------------------

    def _problems(self) -> list[str]:
        """Each template's first problem, named; the one shown first."""
        drafts = self._all_drafts()
        found = []
        for key in sorted(drafts, key=lambda k: k != self._shown):
            try:
                rules_of(drafts[key], self._kind(key))
            except RuleProblem as exc:
                found.append(f"Rules for {self._template_name(key)} "
                             f"(Earning and rewards): {exc}")
        return found

    def _template_name(self, key: str) -> str:
        combo = self.form.templateCombo
        return combo.itemText(max(0, combo.findData(key)))

    def _check(self) -> None:
        form = self.form
        try:
            parse_rate(form.rateEdit.text())
            form.rateProblem.hide()
        except RuleProblem as exc:
            set_tone(form.rateProblem, Tone.ERROR, str(exc))
            form.rateProblem.show()
        problems = self._problems()
        self.save_button.setEnabled(not problems)
        if problems:
            more = f" And {len(problems) - 1} more." if len(problems) > 1 else ""
            set_tone(form.problemLabel, Tone.ERROR, problems[0] + more)
        form.problemLabel.setVisible(bool(problems))
        self._show_earn_example()

    def _show_earn_example(self) -> None:
        form = self.form
        try:
            rate = parse_rate(form.rateEdit.text())
        except RuleProblem:
            form.earnExample.hide()  # the rate's problem is shown instead
            return
        kind = self._kind(self._shown)
        earn = EarnRate(rate, Rounding(form.roundingCombo.currentData()))
        points = format_points(earn.points_for(SAMPLE_SPENT, kind), kind)
        spent = f"{form.currencyEdit.text().strip()}{SAMPLE_SPENT:,.2f}"
        form.earnExample.setText(f"Spending {spent} earns {points} points.")
        form.earnExample.show()


def _cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _points_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _valid_or(draft: _Draft, kind: str, fallback: LoyaltyRules) -> LoyaltyRules:
    try:
        return rules_of(draft, kind)
    except RuleProblem:
        return fallback
