"""The Settings pane's "Venue hub" group: run the hub in this app, where, with which token.

The choices go to the settings file; the token to the keychain (``hub_token``,
the entry the Readers pane stores too), shown only as a mask. "Apply" saves
them and has the ``HubController`` start, stop or restart the hub; the line
below says how it is. Below that, the hub's PassEntry webhook subscription
(``hub_subscription.py``): its public address, register, pause, rotate.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from passdesk import logs
from passdesk.gui.hub_control import HubController, HubPhase, HubState
from passdesk.gui.i18n import say, translate
from passdesk.gui.server import ServerLink
from passdesk.gui.settings.hub_subscription_dialog import HubSubscriptionDialog, summary
from passdesk.gui.settings.hub_token_dialog import ReaderTokenDialog
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.keychain import (
    ENVIRONMENT,
    KeychainUnavailableError,
    SecretName,
    SecretSource,
    SecretStore,
)
from passdesk.settings import ALL_INTERFACES, LOOPBACK, SettingsError, SettingsStore
from passdesk.sync.readers import masked

TOKEN_ENV = ENVIRONMENT[SecretName.HUB_TOKEN]
HOSTS = ((LOOPBACK, QT_TRANSLATE_NOOP("settings", "This computer only (127.0.0.1)")),
         (ALL_INTERFACES, QT_TRANSLATE_NOOP("settings", "All network interfaces (0.0.0.0)")))
#: The hub's status when it is not running (shown as ``translate("settings", STOPPED)``).
STOPPED = QT_TRANSLATE_NOOP("settings", "Stopped.")


class HubSettings(QObject):
    """Drives the ``hub…`` widgets of the settings form."""

    def __init__(self, form: QWidget, settings: SettingsStore, keychain: SecretStore,
                 hub: HubController, parent: QObject | None = None, *,
                 link: ServerLink | None = None, net_tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self._settings = settings
        self._keychain = keychain
        self._hub = hub
        for label in (form.hubStatus, form.hubTokenStatus):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for host, words in HOSTS:
            form.hubHostCombo.addItem(translate("settings", words), host)
        self._show_saved()

        form.hubRunCheck.toggled.connect(self._enable_fields)
        form.hubApplyButton.clicked.connect(self.apply)
        form.hubTokenButton.clicked.connect(self.set_token)
        hub.state_changed.connect(self._show_state)
        #: What "PassEntry events…" needs: the server and its task runner (None: hidden).
        self._link, self._net_tasks = link, net_tasks
        #: The "PassEntry events" dialog while it is open.
        self.subscription_dialog: HubSubscriptionDialog | None = None
        #: The status's last line: the PassEntry events subscription (None: none).
        self._events_line = summary(None, settings)
        form.hubSubscriptionButton.clicked.connect(self.open_subscription)
        form.hubSubscriptionButton.setVisible(link is not None and net_tasks is not None)
        self._refresh_token()
        self._show_state(hub.state)

    # --- actions ------------------------------------------------------------------------

    def apply(self) -> None:
        """Save the choices, then start, stop or restart the hub to match them."""
        form = self.form
        try:
            settings = self._settings.load()
            settings.hub_run = form.hubRunCheck.isChecked()
            settings.hub_port = form.hubPortSpin.value()
            settings.hub_host = form.hubHostCombo.currentData()
            self._settings.save(settings)
        except SettingsError as exc:
            self._say(Tone.ERROR, translate("settings", "{problem}. The venue hub was left as "
                                            "it was.").format(problem=say(exc)))
            return
        self._hub.apply()
        self._show_state(self._hub.state)  # unchanged plans emit nothing

    def set_token(self) -> None:
        """Ask for a token (typed, pasted or generated) and keep it in the keychain."""
        dialog = ReaderTokenDialog(self.form)
        dialog.setWindowTitle(translate("settings", "Set the hub token"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        token = dialog.token() if accepted else ""
        dialog.form.tokenEdit.clear()  # no secret lingers in a widget
        dialog.deleteLater()
        if not token:
            return
        logs.register_secret(token)
        try:
            self._keychain.set(SecretName.HUB_TOKEN, token)
        except KeychainUnavailableError as exc:
            self._say(Tone.ERROR, say(exc.args[0]) if len(exc.args) == 1 else str(exc))
            return
        self._refresh_token()
        self._hub.refresh()  # a running hub restarts with the new token

    def open_subscription(self) -> None:
        """Open "PassEntry events" (register, pause, rotate); the line follows it."""
        if self.subscription_dialog is not None:
            self.subscription_dialog.raise_()
            return
        dialog = HubSubscriptionDialog(self._settings, self._keychain, self._link,
                                       self._net_tasks, self._hub, self.form.window())
        dialog.subscription.changed.connect(self._events_changed)
        dialog.finished.connect(self._subscription_closed)
        self.subscription_dialog = dialog
        dialog.open()

    def _events_changed(self, view: object) -> None:
        self._events_line = summary(view, self._settings)  # type: ignore[arg-type]
        self._show_state(self._hub.state)

    def _subscription_closed(self) -> None:
        dialog, self.subscription_dialog = self.subscription_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    # --- display ------------------------------------------------------------------------

    def _show_saved(self) -> None:
        settings = self._settings.load()
        form = self.form
        combo = form.hubHostCombo
        if combo.findData(settings.hub_host) < 0:  # a hand-edited address: keep it
            combo.addItem(translate("settings", "Only {address}").format(
                address=settings.hub_host), settings.hub_host)
        combo.setCurrentIndex(combo.findData(settings.hub_host))
        form.hubPortSpin.setValue(settings.hub_port)
        form.hubRunCheck.setChecked(settings.hub_run)
        self._enable_fields(settings.hub_run)

    def _enable_fields(self, run: bool) -> None:
        form = self.form
        for widget in (form.hubHostLabel, form.hubHostCombo, form.hubPortLabel,
                       form.hubPortSpin):
            widget.setEnabled(run)

    def _show_state(self, state: HubState) -> None:
        if state.phase is HubPhase.RUNNING:
            every = urlsplit(state.url or "").hostname == ALL_INTERFACES
            readers = self._settings.load().hub_validation_url()
            # Two lines: a URL wrapped at its "//" is hard to read.
            text = (translate("settings", "Running at {url} (all network interfaces)\n"
                              "Readers: point them at {readers}") if every
                    else translate("settings", "Running at {url}\n"
                                   "Readers: point them at {readers}")
                    ).format(url=state.url, readers=readers)
            if state.no_token:
                self._say(Tone.WARNING, translate(
                    "settings", "{status}\nNo token is set, so every reader is refused: set "
                    "one with “{button}”.").format(status=text,
                                                   button=self.form.hubTokenButton.text()
                                                   .replace("&", "")))
            else:
                self._say(Tone.SUCCESS, text)
        elif state.phase is HubPhase.STARTING:
            self._say(Tone.BUSY, translate("settings", "Starting the venue hub…"))
        elif state.phase is HubPhase.STOPPING:
            self._say(Tone.BUSY, translate("settings", "Stopping the venue hub…"))
        elif state.phase is HubPhase.FAILED:
            self._say(Tone.ERROR, say(state.problem))
        else:
            self._say(Tone.INFO, translate("settings", STOPPED))

    def _refresh_token(self) -> None:
        secret = self._keychain.get(SecretName.HUB_TOKEN)
        available = self._keychain.keychain_available()
        if secret.source is SecretSource.ENVIRONMENT:
            text = translate("settings", "{token}, from the environment variable {variable}"
                             ).format(token=masked(secret.value), variable=TOKEN_ENV)
        elif secret.source is SecretSource.KEYCHAIN:
            text = translate("settings", "{token}, in the keychain").format(
                token=masked(secret.value))
        elif available:
            text = translate("settings", "Not set: the hub refuses every reader until a "
                             "token is set.")
        else:
            text = translate("settings", "Not set. No keychain on this system: set "
                             "{variable} before starting.").format(variable=TOKEN_ENV)
        self.form.hubTokenStatus.setText(text)
        self.form.hubTokenButton.setEnabled(available)

    def _say(self, tone: Tone, text: str) -> None:
        events = say(self._events_line) if self._events_line else None
        set_tone(self.form.hubStatus, tone, f"{text}\n{events}" if events else text)
