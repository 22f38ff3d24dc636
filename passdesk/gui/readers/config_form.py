"""The reader configuration's validation settings: PassEntry checks the pass, or our venue hub.

"Internal" (PassEntry checks the pass) or "external" (readers send each scan
to the venue hub's HTTPS URL). Changes are staged here and sent by the pane
with "Save to PassEntry"; where PassEntry's API does not take them (the
documented API only reads the configuration) the pane shows the dashboard
steps instead. The bearer token readers send is set in the dashboard: the API
neither shows nor takes it. The NFC private key is never shown: only a mask
("••••••••3f9a") and "Replace key…"; a staged key lives in this widget's
memory until it is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFileDialog, QWidget

from passdesk.core.reader_config import ReaderConfigurationInput
from passdesk.core.records import ValidationType
from passdesk.gui.i18n import translate
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.store.readers import ConfigurationRow
from passdesk.sync.readers import ConfigurationView, masked

#: Each said with ``translate("readers", WORDS)``.
NOTE = QT_TRANSLATE_NOOP("readers", "Saving logs PassEntry Reader apps out; they use the new "
                                    "settings at their next login. VTAP readers are updated "
                                    "automatically.")
BEARER_WORDS = QT_TRANSLATE_NOOP("readers", "Set in the PassEntry dashboard: the venue hub's "
                                            "token (Settings → Venue hub)")
BEARER_TIP = QT_TRANSLATE_NOOP("readers", "The API neither shows nor takes the token readers "
                                          "send. Enter the venue hub's token in the dashboard: "
                                          "readers send it, the hub checks it.")
#: A PEM private key file is small; anything larger is not one.
MAX_PEM_BYTES = 64 * 1024


class NotAKey(ValueError):
    """The chosen file does not hold a PEM private key."""


def read_private_key(path: Path) -> str:
    """The PEM private key in ``path``; ``NotAKey`` says why not, without its content."""
    try:
        if path.stat().st_size > MAX_PEM_BYTES:
            raise NotAKey(translate("readers", "{file} is too large to be a private key file.")
                          .format(file=path.name))
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise NotAKey(translate("readers", "{file} could not be read as a PEM file ({error}).")
                      .format(file=path.name, error=type(exc).__name__)) from None
    if "-----BEGIN" not in text or "PRIVATE KEY-----" not in text:
        raise NotAKey(translate("readers", "{file} holds no PEM private key (-----BEGIN … "
                                           "PRIVATE KEY-----).").format(file=path.name))
    return text.strip() + "\n"


def url_problem(url: str) -> str | None:
    """Why readers could not use ``url`` (they need HTTPS), or None."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return translate("readers", "The hub URL is not a valid URL.")
    if parsed.scheme != "https" or not parsed.host:
        return translate("readers", "The hub URL must start with https:// (readers send scans "
                                    "only over HTTPS).")
    return None


@dataclass
class _Staged:
    validation_type: str | None = None
    url: str = ""
    nfc_key: str | None = None


class ReaderConfigForm(QWidget):
    #: A ``ReaderConfigurationInput`` to send.
    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None, *,
                 hub_url: Callable[[], str]) -> None:
        super().__init__(parent)
        self._hub_url = hub_url
        self._view: ConfigurationView | None = None
        self._row: ConfigurationRow | None = None
        self._staged = _Staged()
        self._busy = False
        self._online = False

        self.form = form = load_form("readers/config_form.ui", self)
        for label in (form.problemLabel, form.noteLabel, form.idsLabel, form.tokenLabel,
                      form.nfcKeyLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.noteLabel.setText(translate("readers", NOTE))
        form.tokenLabel.setText(translate("readers", BEARER_WORDS))
        form.tokenLabel.setToolTip(translate("readers", BEARER_TIP))
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(form.internalRadio)
        self._kinds.addButton(form.externalRadio)
        form.internalRadio.toggled.connect(self._kind_changed)
        form.urlEdit.textChanged.connect(self._check)
        form.hubButton.clicked.connect(self.use_hub)
        form.replaceKeyButton.clicked.connect(self.replace_key)
        form.revertButton.clicked.connect(self.revert)
        form.saveButton.clicked.connect(self._save)
        self._show()

    # --- what the pane tells it ---------------------------------------------------

    def show_stored(self, row: ConfigurationRow | None) -> None:
        """The synced configuration (no secrets) while PassEntry has not been asked."""
        self._row = row
        if self._view is None:
            self.revert()

    def show_live(self, view: ConfigurationView | None) -> None:
        """What PassEntry says now, masks included; staged changes are dropped."""
        self._view = view
        if view is not None:
            self._row = view.row
        self.revert()

    def set_online(self, online: bool) -> None:
        self._online = online
        self._check()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._check()

    def changes(self) -> ReaderConfigurationInput | None:
        """What "Save" sends (None: nothing to send)."""
        staged, row = self._staged, self._row
        old_kind = row.validation_type if row else None
        old_url = (row.validation_url or "") if row else ""
        kind = staged.validation_type
        external = kind == ValidationType.EXTERNAL
        validation_changed = kind != old_kind or (external and staged.url != old_url)
        if not validation_changed and staged.nfc_key is None:
            return None
        if not validation_changed:
            return ReaderConfigurationInput(nfc_private_key=staged.nfc_key)
        return ReaderConfigurationInput(
            validation_type=kind, url=staged.url if external else None,
            nfc_private_key=staged.nfc_key)

    def staged_validation(self) -> tuple[str | None, str]:
        """The validation type and URL as chosen here (saved or not)."""
        return self._staged.validation_type, self._staged.url

    def problem(self) -> str:
        return self.form.problemLabel.text() if self.form.problemLabel.isVisible() else ""

    # --- actions --------------------------------------------------------------------

    def use_hub(self) -> None:
        """External, to the hub this desk runs or uses (``settings.hub_url``)."""
        self.form.externalRadio.setChecked(True)
        self.form.urlEdit.setText(self._hub_url())

    def replace_key(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, translate("readers", "Choose the new NFC private key"), "",
            translate("readers", "PEM key files (*.pem *.key);;All files (*)"))
        if not name:
            return
        try:
            self._staged.nfc_key = read_private_key(Path(name))
        except NotAKey as exc:
            set_tone(self.form.problemLabel, Tone.ERROR, str(exc))
            self.form.problemLabel.show()
            return
        self._show_secrets()
        self._check()

    def revert(self) -> None:
        row = self._row
        kind = row.validation_type if row else None
        self._staged = _Staged(validation_type=kind,
                               url=(row.validation_url or "") if row else "")
        self._show()

    def _save(self) -> None:
        changes = self.changes()
        if changes is not None and not self._problems():
            self.save_requested.emit(changes)

    # --- showing --------------------------------------------------------------------

    def _show(self) -> None:
        form, row, staged = self.form, self._row, self._staged
        for radio in (form.internalRadio, form.externalRadio):
            radio.blockSignals(True)
        form.internalRadio.setChecked(staged.validation_type == ValidationType.INTERNAL)
        form.externalRadio.setChecked(staged.validation_type == ValidationType.EXTERNAL)
        for radio in (form.internalRadio, form.externalRadio):
            radio.blockSignals(False)
        form.urlEdit.blockSignals(True)
        form.urlEdit.setText(staged.url)
        form.urlEdit.blockSignals(False)
        if row is None:
            form.idsLabel.setText(translate("readers", "Not read from PassEntry yet."))
        else:
            google = row.google_collector_id or "—"
            apple = row.apple_pass_type_id or "—"
            if row.google_key_version is not None:
                form.idsLabel.setText(translate("readers", "Apple {apple} · Google {google}, "
                                                           "key v{version}").format(
                    apple=apple, google=google, version=row.google_key_version))
            else:
                form.idsLabel.setText(translate("readers", "Apple {apple} · Google {google}")
                                      .format(apple=apple, google=google))
            form.idsLabel.setToolTip(translate(
                "readers", "Apple pass type ID: {apple}\nGoogle collector ID: {google}\n"
                           "Google key version: {version}").format(
                apple=apple, google=google,
                version=row.google_key_version if row.google_key_version is not None else "—"))
        self._show_secrets()
        self._check()

    def _show_secrets(self) -> None:
        form, view, staged = self.form, self._view, self._staged
        if staged.nfc_key is not None:
            key = translate("readers", "{mask}  (new, not saved yet)").format(
                mask=masked(staged.nfc_key))
        elif view is not None:
            key = view.nfc_key_mask or translate("readers", "none set", "NFC key")
        else:
            key = translate("readers", "not known here (read from PassEntry when online)")
        form.nfcKeyLabel.setText(key)

    def _kind_changed(self) -> None:
        form = self.form
        self._staged.validation_type = (
            ValidationType.INTERNAL if form.internalRadio.isChecked()
            else ValidationType.EXTERNAL if form.externalRadio.isChecked() else None)
        self._check()

    def _problems(self) -> list[str]:
        staged = self._staged
        if staged.validation_type != ValidationType.EXTERNAL:
            return []
        if not staged.url:
            return [translate("readers", "Enter the hub URL, or press “Use this desk's hub”.")]
        problem = url_problem(staged.url)
        return [problem] if problem else []

    def _check(self) -> None:
        form = self.form
        self._staged.url = form.urlEdit.text().strip()
        external = self._staged.validation_type == ValidationType.EXTERNAL
        for widget in (form.urlEdit, form.urlLabel, form.tokenTitle, form.tokenLabel):
            widget.setEnabled(external)
        problems = self._problems()
        changes = self.changes()
        set_tone(form.problemLabel, Tone.WARNING, " ".join(problems))
        form.problemLabel.setVisible(bool(problems) and changes is not None)
        form.revertButton.setEnabled(changes is not None and not self._busy)
        can_save = changes is not None and not problems and not self._busy and self._online
        form.saveButton.setEnabled(can_save)
        if changes is None:
            tip = ""
        elif not self._online:
            tip = translate("readers", "Saving needs a connection to PassEntry.")
        else:
            tip = " ".join(problems)
        form.saveButton.setToolTip(tip)
