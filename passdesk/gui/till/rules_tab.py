"""The Till settings' "Earning and rewards" tab: the earn rate and rewards of each
loyalty template, or of "All other templates" (``TillSetup.default_rules``), each
kept as typed (``rules_draft.Draft``) while another is shown.

A mixin of ``TillSettingsDialog``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QTableWidgetItem

from passdesk.core.loyalty import BalanceType, EarnRate, Rounding
from passdesk.gui.i18n import formats, translate
from passdesk.gui.till.messages_tab import SAMPLE_SPENT
from passdesk.gui.till.rules_draft import (
    Draft,
    RuleProblem,
    draft_of,
    parse_rate,
    rules_of,
    valid_or,
)
from passdesk.gui.till.words import error_words, money, points
from passdesk.settings.till import TillSetup

if TYPE_CHECKING:
    from passdesk.gui.till.settings_dialog import TillChoices

#: The template combo's key for "All other templates" (``default_rules``).
GENERAL = ""
ROUNDINGS = {Rounding.DOWN: QT_TRANSLATE_NOOP("till", "Down"),
             Rounding.NEAREST: QT_TRANSLATE_NOOP("till", "Nearest"),
             Rounding.UP: QT_TRANSLATE_NOOP("till", "Up")}


class RulesTab:
    def _fill_rules_tab(self, setup: TillSetup, choices: TillChoices) -> None:
        form = self.form
        self._kinds = {template_id: kind for template_id, _, kind in choices.templates}
        self._drafts = {GENERAL: draft_of(setup.default_rules, BalanceType.INTEGER)}
        self._drafts.update({key: draft_of(rules, self._kind(key))
                             for key, rules in setup.rules.items()})
        form.templateCombo.addItem(translate("till", "All other templates"), GENERAL)
        for template_id, name, _ in choices.templates:
            form.templateCombo.addItem(name, template_id)
        for key in sorted(set(setup.rules) - set(self._kinds)):
            form.templateCombo.addItem(translate("till", "{template} (not synced)").format(
                template=key), key)  # kept as they were
        for rounding, words in ROUNDINGS.items():
            form.roundingCombo.addItem(translate("till", words), str(rounding))  # marked above
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

    def _read_editor(self) -> Draft:
        form, table = self.form, self.form.rewardsTable
        rows = tuple((_cell(table, row, 0), _cell(table, row, 1))
                     for row in range(table.rowCount()))
        rows = tuple(row for row in rows if any(t.strip() for t in row))  # added, left empty
        return Draft(form.rateEdit.text(), Rounding(form.roundingCombo.currentData()), rows)

    def _all_drafts(self) -> dict[str, Draft]:
        """Every template's rules as typed, the one shown included.

        A template without rules of its own that is only looked at keeps
        following "All other templates".
        """
        drafts = dict(self._drafts)
        shown = self._read_editor()
        if self._shown in drafts or shown != self._loaded:
            drafts[self._shown] = shown
        return drafts

    def _general_as(self, kind: str) -> Draft:
        """The general rules, as a template of ``kind`` shows them."""
        general = self._drafts[GENERAL]
        try:
            return draft_of(rules_of(general, BalanceType.INTEGER), kind)
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

    def _put_in_editor(self, draft: Draft) -> None:
        form, table = self.form, self.form.rewardsTable
        form.rateEdit.setText(draft.rate)
        form.roundingCombo.setCurrentIndex(form.roundingCombo.findData(str(draft.rounding)))
        table.setRowCount(0)
        for threshold, text in draft.rewards:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, _points_item(threshold))
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
            about = translate("till", "Used by every loyalty template without rules of its own.")
        elif key in self._all_drafts():
            about = translate("till", "This template has rules of its own.")
        else:
            about = translate("till", "This template uses the general rules until you change "
                                      "something here.")
        if decimal:
            about = translate("till", "{about} Its balance shows %n decimal place(s): type "
                                      "points as the pass shows them.", None, 2).format(
                about=about)
        form.templateHelp.setText(about)
        form.followDefaultButton.setEnabled(key != GENERAL and key in self._all_drafts())
        form.followDefaultButton.setVisible(key != GENERAL)
        has_decimal = BalanceType.DECIMAL in self._kinds.values()
        help_ = translate("till", "A reward is reached when the balance gets to its points; the "
                                  "customer is sent the reward message (Messages tab).")
        if key == GENERAL and has_decimal:
            help_ = translate("till", "{help} Points here are whole units of the balance: for "
                                      "a template with decimals, {whole} is {shown}.").format(
                help=help_, whole=formats.number(500), shown=points(500, BalanceType.DECIMAL))
        form.rewardsHelp.setText(help_)

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
        general = valid_or(drafts.pop(GENERAL), BalanceType.INTEGER, self._setup.default_rules)
        rules = {}
        for key, draft in drafts.items():
            own = valid_or(draft, self._kind(key), self._setup.rules_for(key))
            if own != general:
                rules[key] = own
        return {"default_rules": general, "rules": rules}

    def _problems(self) -> list[str]:
        """Each template's first problem, named; the one shown first."""
        drafts = self._all_drafts()
        found = []
        for key in sorted(drafts, key=lambda k: k != self._shown):
            try:
                rules_of(drafts[key], self._kind(key))
            except RuleProblem as exc:
                found.append(translate("till", "Rules for {template} (Earning and rewards): "
                                               "{why}").format(template=self._template_name(key),
                                                               why=error_words(exc)))
        return found

    def _template_name(self, key: str) -> str:
        combo = self.form.templateCombo
        return combo.itemText(max(0, combo.findData(key)))

    def _show_earn_example(self) -> None:
        form = self.form
        try:
            rate = parse_rate(form.rateEdit.text())
        except RuleProblem:
            form.earnExample.hide()  # the rate's problem is shown instead
            return
        kind = self._kind(self._shown)
        earn = EarnRate(rate, Rounding(form.roundingCombo.currentData()))
        earned = points(earn.points_for(SAMPLE_SPENT, kind), kind)
        spent = money(SAMPLE_SPENT, form.currencyEdit.text().strip())
        form.earnExample.setText(translate("till", "Spending {spent} earns {points} points.")
                                 .format(spent=spent, points=earned))
        form.earnExample.show()


def _cell(table, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _points_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
