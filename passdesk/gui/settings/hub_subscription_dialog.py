"""Settings → Venue hub → "PassEntry events…": register the hub, pause it, rotate its secret.

A dialog (``ui/settings/hub_subscription_dialog.ui``) opened from the Venue hub group, which
shows the subscription in one line. The work is ``sync.webhook_subscription``'s,
on the network task runner; this only says what is happening, in words. The
secret is never shown: only its mask, which the status line takes from the
keychain.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from passdesk.gui.hub_control import HubController
from passdesk.gui.i18n import say, translate
from passdesk.gui.server import ServerLink
from passdesk.gui.widgets.form_dialog import FormDialog
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.keychain import SecretStore
from passdesk.settings import SettingsStore
from passdesk.sync import webhook_subscription as subs
from passdesk.sync.webhook_subscription import SubscriptionProblem, SubscriptionView

log = logging.getLogger(__name__)

# English, marked for the catalogues; shown as ``translate("settings", NAME)``.
NOT_REGISTERED = QT_TRANSLATE_NOOP(
    "settings", "Not registered: PassEntry sends this hub nothing. Type the hub's public "
    "address and click “Register with PassEntry”.")
NO_KEY = QT_TRANSLATE_NOOP(
    "settings", "Set the PassEntry API key above first: registering the hub needs it.")
ROTATE_QUESTION = QT_TRANSLATE_NOOP("settings", "Give PassEntry's events a new secret?")
ROTATE_DETAILS = QT_TRANSLATE_NOOP(
    "settings",
    "PassEntry signs every event it sends this hub with a secret, so the hub can tell "
    "them from forgeries. Rotating replaces it at once: PassEntry stops using the old "
    "secret, this hub takes the new one straight away and keeps it in the keychain, and "
    "events already on their way are still accepted.\n\n"
    "Do this if the secret may have been seen by someone else. A hub started with "
    "“passdesk hub” on this computer picks the new secret up from the keychain; a hub "
    "on another computer cannot, so rotate on that computer instead.")


def summary(view: SubscriptionView | None, settings: SettingsStore) -> str | None:
    """A line for the Venue hub's status: the subscription as last seen, else as saved;
    None when this desk registered none. Names the host only: the URL is in the dialog."""
    if view is not None:
        host = urlsplit(view.url).netloc or view.url
        return (translate("settings", "PassEntry events: delivered to {host}")
                if view.enabled else translate("settings", "PassEntry events: paused ({host})")
                ).format(host=host)
    saved = settings.load()
    if saved.webhook_subscription_id and saved.hub_public_url:
        try:
            host = urlsplit(subs.webhook_url(saved.hub_public_url)).netloc
        except SubscriptionProblem:
            return None
        return translate("settings", "PassEntry events: registered for {host}").format(
            host=host)
    return None


def _words(exc: Exception) -> str:
    if isinstance(exc, SubscriptionProblem):
        return say(exc.args[0]) if len(exc.args) == 1 else str(exc)
    return translate("settings", "Unexpected error: {kind}: {error}\n"
                     "This is a bug in passdesk; please report it.").format(
        kind=type(exc).__name__, error=say(exc))


def confirm_rotate(parent: QWidget | None) -> bool:
    """Ask before rotating; True only when the person chose “Rotate secret”."""
    box = QMessageBox(parent, objectName="rotateSecretDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("settings", "Rotate secret"))
    box.setText(translate("settings", ROTATE_QUESTION))
    box.setInformativeText(translate("settings", ROTATE_DETAILS))
    rotate = box.addButton(translate("settings", "Rotate secret"),
                           QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is rotate


class HubSubscription(QObject):
    """The hub's webhook subscription: its state, and the buttons of ``form``."""

    #: The ``SubscriptionView`` now shown (None: not registered), on the UI thread.
    changed = Signal(object)

    def __init__(self, form: QWidget, settings: SettingsStore, keychain: SecretStore,
                 link: ServerLink, net_tasks: TaskRunner, hub: HubController | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self._settings = settings
        self._keychain = keychain
        self._link = link
        self._net_tasks = net_tasks
        self._hub = hub
        self.view: SubscriptionView | None = None
        self._busy = False
        form.hubSubscriptionStatus.setTextFormat(Qt.TextFormat.PlainText)
        form.hubPublicUrlEdit.setText(settings.load().hub_public_url or "")
        form.hubRegisterButton.clicked.connect(self.register)
        form.hubPauseButton.clicked.connect(self.toggle_enabled)
        form.hubRotateButton.clicked.connect(self.rotate)
        form.hubSubscriptionRefresh.clicked.connect(self.refresh)
        form.hubPublicUrlEdit.returnPressed.connect(self.register)
        link.changed.connect(self._server_changed)  # a bound slot: let go with this object
        self.refresh()

    # --- actions ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask PassEntry how our subscription is (if this desk registered one)."""
        saved = self._settings.load()
        if not (saved.webhook_subscription_id or saved.hub_public_url):
            self._show(None, Tone.INFO, translate("settings", NOT_REGISTERED))
            return
        self._run(translate("settings", "Asking PassEntry about this hub's subscription…"),
                  lambda client: subs.find(client, self._settings, self._keychain,
                                           hub=self._hub))

    def register(self) -> None:
        typed = self.form.hubPublicUrlEdit.text()
        try:
            subs.webhook_url(typed)
        except SubscriptionProblem as exc:  # said at once, before any request
            self._say(Tone.ERROR, _words(exc))
            return
        self._run(translate("settings", "Registering this hub with PassEntry…"),
                  lambda client: subs.register(client, self._settings, self._keychain,
                                               typed, hub=self._hub))

    def toggle_enabled(self) -> None:
        if self.view is None:
            return
        enable = not self.view.enabled
        self._run(translate("settings", "Asking PassEntry to send events again…") if enable
                  else translate("settings", "Asking PassEntry to pause its events…"),
                  lambda client: subs.set_enabled(client, self._settings, self._keychain,
                                                  enable))

    def rotate(self) -> None:
        if self.view is None or not confirm_rotate(self.form.window()):
            return
        self._run(translate("settings", "Rotating the secret: PassEntry, then the keychain "
                            "and the hub…"),
                  lambda client: subs.rotate(client, self._settings, self._keychain,
                                             hub=self._hub))

    def _server_changed(self, _target: object) -> None:
        self.refresh()

    # --- running and showing ------------------------------------------------------------

    def _run(self, busy: str, work: Callable) -> None:
        if self._busy:
            return
        if not self._link.target.has_key:
            self._show(self.view, Tone.WARNING, translate("settings", NO_KEY))
            return
        try:
            client = self._link.client
        except Exception as exc:  # an unusable server URL: said above, by the API part
            self._say(Tone.ERROR, translate(
                "settings", "The PassEntry address in Settings cannot be used: {problem}")
                .format(problem=say(exc)))
            return
        self._busy = True
        self._enable()
        self._say(Tone.BUSY, busy)
        self._net_tasks.run(lambda: work(client), on_success=self._done,
                            on_failure=self._failed, owner=self)

    def _done(self, view: SubscriptionView | None) -> None:
        self._busy = False
        if view is None:
            self._show(None, Tone.INFO, translate("settings", NOT_REGISTERED))
            return
        tone = Tone.WARNING if (view.notice or not view.enabled or not view.secret_mask) \
            else Tone.SUCCESS
        self._show(view, tone, say(view.words()))

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if not isinstance(exc, SubscriptionProblem):
            log.error("the webhook subscription step failed", exc_info=exc)
        self._enable()
        self._say(Tone.ERROR, _words(exc))

    def _show(self, view: SubscriptionView | None, tone: Tone, text: str) -> None:
        self.view = view
        self._enable()
        self._say(tone, text)
        self.changed.emit(view)

    def _enable(self) -> None:
        form, have, idle = self.form, self.view is not None, not self._busy
        form.hubRegisterButton.setEnabled(idle)
        form.hubSubscriptionRefresh.setEnabled(idle)
        form.hubPauseButton.setEnabled(idle and have)
        form.hubRotateButton.setEnabled(idle and have)
        paused = have and not self.view.enabled
        form.hubPauseButton.setText(translate("settings", "E&nable") if paused
                                    else translate("settings", "Paus&e"))

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.form.hubSubscriptionStatus, tone, text)
        QTimer.singleShot(0, self, self._grow)  # once the label has laid out its new lines

    def _grow(self) -> None:
        """Make the dialog tall enough for the words now shown (never shrinks it)."""
        window = self.form.window()
        layout = window.layout()
        if not isinstance(window, QDialog) or layout is None:
            return
        needed = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
                  else window.sizeHint().height())
        if needed > window.height():
            window.resize(window.width(), needed)


class HubSubscriptionDialog(FormDialog):
    """"PassEntry events": the public address, Register, the subscription, its buttons."""

    def __init__(self, settings: SettingsStore, keychain: SecretStore, link: ServerLink,
                 net_tasks: TaskRunner, hub: HubController | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="hubSubscriptionDialog")
        self.setWindowTitle(translate("settings", "PassEntry events for the venue hub"))
        self.form = load_form("settings/hub_subscription_dialog.ui", self)
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.subscription = HubSubscription(self.form, settings, keychain, link, net_tasks, hub,
                                            self)
        self.resize(max(self.sizeHint().width(), 680), max(self.sizeHint().height(), 320))
