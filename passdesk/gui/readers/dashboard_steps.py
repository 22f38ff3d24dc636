"""What to set in the PassEntry dashboard when the API cannot change the reader configuration.

PassEntry's documented API only reads the reader configuration; the
validation type, the HTTPS URL and the bearer token are set in the dashboard
(Readers → Reader Configuration → Validation Settings). When a server answers
the change with 404/405, the Readers pane shows these steps, with the hub URL
in a field and a Copy button. The token is never shown: "Copy hub token"
copies the venue hub's token from this computer's keychain.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from passdesk.core.records import ValidationType
from passdesk.gui.i18n import translate
from passdesk.gui.widgets.forms import load_form

#: Each said with ``translate("readers", WORDS)``.
DASHBOARD_PATH = QT_TRANSLATE_NOOP("readers", "Readers → Reader Configuration → Validation "
                                              "Settings")
KIND_WORDS = {
    ValidationType.EXTERNAL: QT_TRANSLATE_NOOP(
        "readers", "Validation type: Third-Party (our venue hub checks the pass)"),
    ValidationType.INTERNAL: QT_TRANSLATE_NOOP(
        "readers", "Validation type: PassEntry (PassEntry checks the pass)"),
}
BEARER_SET = QT_TRANSLATE_NOOP("readers", "The venue hub's token (Settings → Venue hub)")
BEARER_NOT_SET = QT_TRANSLATE_NOOP("readers", "First set the hub's token: Settings → Venue hub")
BEARER_TIP = QT_TRANSLATE_NOOP("readers", "Readers send this token with every scan; the venue "
                                          "hub checks it.")


class ReaderDashboardSteps(QWidget):
    """``hub_token``: the venue hub's token from the keychain, or None (read when copied)."""

    def __init__(self, parent: QWidget | None = None, *,
                 hub_token: Callable[[], str | None]) -> None:
        super().__init__(parent)
        self._hub_token = hub_token
        self.form = form = load_form("readers/dashboard_steps.ui", self)
        for label in (form.kindLabel, form.tokenLabel, form.copiedLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.tokenLabel.setToolTip(translate("readers", BEARER_TIP))
        form.whereLabel.setText(translate("readers", DASHBOARD_PATH))
        form.copyUrlButton.clicked.connect(self.copy_url)
        form.copyTokenButton.clicked.connect(self.copy_token)
        self.show_for(ValidationType.EXTERNAL, "")

    def show_for(self, validation_type: str, url: str) -> None:
        """The steps for ``validation_type`` (and the hub ``url`` when external)."""
        form = self.form
        external = validation_type == ValidationType.EXTERNAL
        form.kindLabel.setText(translate("readers", KIND_WORDS[validation_type])
                               if validation_type in KIND_WORDS else validation_type)
        form.urlField.setText(url if external else "")
        for widget in (form.urlTitle, form.urlField, form.copyUrlButton, form.tokenTitle,
                       form.tokenLabel, form.copyTokenButton):
            widget.setVisible(external)
        has_token = bool(self._hub_token())
        form.tokenLabel.setText(translate("readers", BEARER_SET if has_token else BEARER_NOT_SET))
        form.copyTokenButton.setEnabled(has_token)
        form.thenTitle.setText(translate("readers", "5. Save") if external
                               else translate("readers", "3. Save"))
        form.copiedLabel.clear()
        form.copiedLabel.hide()

    def url(self) -> str:
        return self.form.urlField.text()

    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.url())
        self._said(translate("readers", "The hub URL is on the clipboard."))

    def copy_token(self) -> None:
        token = self._hub_token()
        if not token:
            self._said(translate("readers", BEARER_NOT_SET))
            return
        QGuiApplication.clipboard().setText(token)
        self._said(translate("readers", "The hub token is on the clipboard (it is not shown "
                                        "here)."))

    def _said(self, text: str) -> None:
        self.form.copiedLabel.setText(text)
        self.form.copiedLabel.show()
