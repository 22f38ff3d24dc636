"""The venue hub's token (readers send it, the hub checks it): typed, pasted or generated."""

from __future__ import annotations

import secrets

from PySide6.QtWidgets import QWidget

from passdesk.gui.i18n import translate
from passdesk.gui.widgets.form_dialog import FormDialog
from passdesk.gui.widgets.forms import load_form
from passdesk.sync.readers import masked

#: Shortest token accepted: a bearer token guessable by trying is no lock.
MIN_TOKEN_LENGTH = 16


class ReaderTokenDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("settings", "Set the hub token"))
        self.setMinimumWidth(500)
        self.form = form = load_form("settings/hub_token_dialog.ui", self)
        form.tokenEdit.textChanged.connect(self._check)
        form.generateButton.clicked.connect(self.generate)
        self.connect_buttons()
        self._check()

    def token(self) -> str:
        return self.form.tokenEdit.text().strip()

    def generate(self) -> None:
        self.form.tokenEdit.setText(secrets.token_urlsafe(32))

    def _check(self) -> None:
        token = self.token()
        short = 0 < len(token) < MIN_TOKEN_LENGTH
        self.ok_button.setEnabled(len(token) >= MIN_TOKEN_LENGTH)
        if short:
            text = translate("settings", "Too short: at least %n character(s).", None,
                             MIN_TOKEN_LENGTH)
        else:
            text = (translate("settings", "New token: {token}").format(token=masked(token))
                    if token else "")
        self.form.maskLabel.setText(text)
