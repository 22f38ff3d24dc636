"""The Till's settings in use: opening the dialog, using and saving a setup, and
the summary line that says it.

A mixin of ``TillPane``; the choices are read on the store's worker. With roles
on the dialog is a supervisor's (``Action.DESK_SETTINGS``), and a change made in
it goes to the audit trail.
"""

from __future__ import annotations

from passdesk.core.roles import ROLE_WORDS, Action
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.scanning.sources import SourceChoice
from passdesk.gui.till.permission import Permission, no_pin
from passdesk.gui.till.words import error_words
from passdesk.gui.widgets.style import Tone
from passdesk.settings import Settings, SettingsError
from passdesk.settings.till import TillSetup, setup_from_json, setup_to_json


class TillSetupInUse:
    def open_settings(self) -> None:
        """The Till's settings dialog; with roles on, for a supervisor (or their PIN)."""
        from passdesk.gui.till.settings_dialog import (
            TillChoices,
            TillSettingsDialog,
            load_till_choices,
        )

        allowed = self._ask(Action.DESK_SETTINGS, translate("till", "the Till's settings"))
        if not allowed.allowed:
            self._say_result(translate("till", "Settings not opened: {why}").format(
                why=no_pin()), Tone.WARNING)
            return
        self.form.settingsButton.setEnabled(False)
        db = self._database

        def show(choices: TillChoices) -> None:
            self.form.settingsButton.setEnabled(True)
            self.settings_dialog = dialog = TillSettingsDialog(self.setup, choices, self,
                                                               settings=self._settings)
            dialog.accepted.connect(lambda: self._setup_chosen(dialog.setup(), allowed))
            dialog.open()

        self._store_tasks.run(lambda: load_till_choices(db), owner=self, on_success=show,
                              on_failure=lambda exc: show(TillChoices([])))

    def _setup_chosen(self, setup: TillSetup, allowed: Permission) -> None:
        before = setup_to_json(self.setup)
        self.apply_setup(setup)
        after = setup_to_json(setup)
        if after != before:
            self._record(allowed, subject="till", before=before, after=after)

    def apply_setup(self, setup: TillSetup) -> None:
        """Use ``setup`` from now on, and keep it in the settings file."""
        self._save_setup(setup)
        self._use_setup(setup)

    def _follow_settings(self, settings: Settings) -> None:
        """Settings were saved elsewhere (or here): a changed till setup is used at once."""
        setup = setup_from_json(settings.till)
        if setup != self.setup:
            self._use_setup(setup)
            self._show_setup()

    def _use_setup(self, setup: TillSetup) -> None:
        self.setup = setup
        self.sounds.enabled = setup.sound
        self.sources.configure(source_choice(setup))
        self.form.messageCheck.setChecked(setup.send_message)
        self.choose_action(self.action)
        self._show_customer()
        self._load_shift()

    def _save_setup(self, setup: TillSetup) -> None:
        self.setup = setup
        try:
            self._settings.update(lambda settings: setattr(settings, "till", setup_to_json(setup)))
        except SettingsError as exc:
            self.form.tillSummary.setText(translate("till", "In use, but not saved: {why}")
                                          .format(why=error_words(exc)))
            return
        self._show_setup()

    def _show_setup(self) -> None:
        s = self.setup
        parts = [translate("till", "Till “{desk}”").format(desk=s.desk)]
        rate = s.default_rules.earn.points_per_unit
        rounded = {"down": translate("till", "rounded down"),
                   "nearest": translate("till", "rounded nearest"),
                   "up": translate("till", "rounded up")}
        rounding = str(s.default_rules.earn.rounding)
        how = rounded.get(rounding, rounding)
        rate_words = formats.decimal(rate, 4)
        if s.currency:
            earn = translate("till", "1 point per {currency} spent, {rounding}") if rate == 1 \
                else translate("till", "{rate} points per {currency} spent, {rounding}")
        else:
            earn = translate("till", "1 point per unit spent, {rounding}") if rate == 1 \
                else translate("till", "{rate} points per unit spent, {rounding}")
        parts.append(earn.format(rate=rate_words, currency=s.currency, rounding=how))
        if s.rules:
            parts.append(translate("till", "own rules for %Ln template(s)", None, len(s.rules)))
        if s.scan.on:
            delta = f"{'+' if s.scan.delta > 0 else '-'}{formats.number(abs(s.scan.delta))}"
            parts.append(translate("till", "scan with loyalty: {points} per scan").format(
                points=delta))
        role = self._role_words()
        self.form.tillSummary.setText(" · ".join(parts) + (f"\n{role}" if role else ""))

    def _role_words(self) -> str:
        """What this desk's role leaves to a supervisor here, said before anyone types."""
        gate = self._gate
        if gate is None:
            return ""
        rules = gate.rules()
        if not rules.roles_on or gate.may(Action.TILL_OVER_LIMIT, rules):
            return ""
        role = say(ROLE_WORDS[gate.desk.role])
        if not gate.may(Action.TILL_CHANGE, rules):
            return translate("till", "{role} · a supervisor's PIN for every change here").format(
                role=role)
        needs = []
        if rules.largest_redemption is not None:
            needs.append(translate("till", "redeeming over {points} points").format(
                points=formats.number(rules.largest_redemption)))
        if rules.largest_change_per_hour is not None:
            needs.append(translate("till", "over {points} points on one card in an hour").format(
                points=formats.number(rules.largest_change_per_hour)))
        needs.append(translate("till", "setting a balance"))
        return translate("till", "{role} · a supervisor's PIN for {needs}").format(
            role=role, needs=", ".join(needs))

def source_choice(setup: TillSetup) -> SourceChoice:
    return SourceChoice(setup.nfc_path, setup.vtap_port, setup.camera, setup.camera_id)
