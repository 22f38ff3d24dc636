"""The loyalty till's settings dialog, in three tabs.

"Till": the desk's name, the currency symbol, whether a push message is sent by
default, how much may be redeemed offline without a supervisor, "scan with
loyalty", sound, the scan sources (as the door's) and the reader the till logs
the cards it finds in PassEntry as (as the door's).
"Earning and rewards": the earn rate and rewards of each loyalty template, or of
"All other templates" (``TillSetup.default_rules``). "Messages": the push
message of each action, with a live example.

Each template's rules are kept as typed (a ``rules_draft.Draft``) while another
template is shown, so switching the combo loses nothing and a half-typed value
is reported, not dropped (the tabs: ``rules_tab``, ``messages_tab``). The
templates to choose from are read by the caller (off the UI thread,
``load_till_choices``) and passed in as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from passdesk.core.loyalty import (
    ScanLoyalty,
)
from passdesk.gui.i18n import translate
from passdesk.gui.scanning.camera import fill_camera_picker
from passdesk.gui.scanning.log_as import fill_log_combo, log_hint
from passdesk.gui.scanning.scanner_check_dialog import ScannerCheckDialog
from passdesk.gui.till.messages_tab import MESSAGE_EDITS, MessagesTab
from passdesk.gui.till.rules_draft import RuleProblem, parse_rate
from passdesk.gui.till.rules_tab import RulesTab
from passdesk.gui.till.scan_points_spin import ScanPointsSpin
from passdesk.gui.till.words import error_words
from passdesk.gui.widgets.form_dialog import FormDialog
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.settings import SettingsStore
from passdesk.settings.till import TillSetup
from passdesk.store.database import Database
from passdesk.store.till_queries import till_choices

SCAN_LIMIT = 10_000
DEFAULT_WIDTH = 640
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
    return TillChoices(*till_choices(database))


class TillSettingsDialog(RulesTab, MessagesTab, FormDialog):
    def __init__(self, setup: TillSetup, choices: TillChoices,
                 parent: QWidget | None = None, *, settings: SettingsStore | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("till", "Till settings"))
        self.setStyleSheet(DIALOG_STYLE)
        self._setup = setup
        self.form = form = load_form("till/settings_dialog.ui", self)
        self.scan_spin = ScanPointsSpin(form)
        # The scanner check saves its correction itself (it needs the settings store).
        self._settings = settings
        form.scannerButton.setVisible(settings is not None)
        form.scannerLabel.setVisible(settings is not None)
        form.scannerButton.clicked.connect(self.check_scanner)
        # A label with a shortcut key before its field wraps rather than being cut when a
        # language's words are longer than the column gives.
        for label in form.findChildren(QLabel):
            if label.buddy() is not None:
                label.setWordWrap(True)
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

    def check_scanner(self) -> None:
        """The scanner check; what it finds is used and saved at once (the Door's too)."""
        if self._settings is not None:
            self.scanner_check = ScannerCheckDialog(self._settings, self)
            self.scanner_check.open()

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
        spin.setAccessibleName(translate("till", "Points per scan"))
        spin.setToolTip(translate("till", "Off, or the points each scan adds (negative: takes)"))
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

    # -- what stops Save ---------------------------------------------------------------

    def _check(self) -> None:
        form = self.form
        try:
            parse_rate(form.rateEdit.text())
            form.rateProblem.hide()
        except RuleProblem as exc:
            set_tone(form.rateProblem, Tone.ERROR, error_words(exc))
            form.rateProblem.show()
        problems = self._problems()
        self.save_button.setEnabled(not problems)
        if problems:
            words = problems[0] if len(problems) == 1 else translate(
                "till", "{problem} And %Ln more.", None, len(problems) - 1).format(
                problem=problems[0])
            set_tone(form.problemLabel, Tone.ERROR, words)
        form.problemLabel.setVisible(bool(problems))
        self._show_earn_example()

