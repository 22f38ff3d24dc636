"""The Settings pane: which PassEntry server, which API key and entity; test and save them.

The URL and the entity ID go to the settings file, the key to the keychain
(``SecretStore``), one key per server URL. "Test connection" tries the values
as typed, saved or not, on a worker thread: it asks every documented route
PassEntry answers to a GET (``client.probe()``) and shows what each answered
in a small table, with "Copy report" for a bug report
(``settings_pane_probe.py``). The "Venue hub" group runs the hub in this app
(``hub_settings.py``).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from passdesk import logs
from passdesk.api import ApiError
from passdesk.api.errors import UnauthorizedError
from passdesk.api.routes import DEFAULT_BASE_URL
from passdesk.api.urls import check_base_url, normalize_url
from passdesk.core import languages
from passdesk.core.roles import Action
from passdesk.gui.gate import Gate
from passdesk.gui.hub_control import HubController
from passdesk.gui.i18n import language, say, translate
from passdesk.gui.server import ServerLink, ServerTarget
from passdesk.gui.services import Services
from passdesk.gui.settings.hub_section import HubSettings
from passdesk.gui.settings.probe import ProbeOutcome, ProbeTable, run_probe
from passdesk.gui.status_bar import server_words
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_role, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.keychain import (
    ENVIRONMENT,
    KeychainUnavailableError,
    SecretName,
    SecretSource,
    SecretStore,
)
from passdesk.settings import SettingsError, SettingsStore

log = logging.getLogger(__name__)

KEY_ENV = ENVIRONMENT[SecretName.API_KEY]
#: Said while the connection test runs (English; shown as ``translate("settings", TESTING)``).
TESTING = QT_TRANSLATE_NOOP("settings", "Testing…")
ENTITY_HELP = QT_TRANSLATE_NOOP(
    "settings", "Readers and their configuration belong to an entity. Its ID is in the "
    "PassEntry dashboard, on your entity's page. Optional when this server lists your "
    "entities.")


#: What to do, said from inside Settings: the key is the field above, not elsewhere.
HINTS_HERE = {
    UnauthorizedError: QT_TRANSLATE_NOOP(
        "settings", "Check the API key above (PassEntry Dashboard → Developer tools)."),
}


def describe_error(error: Exception) -> str:
    """An error as the user sees it here: what went wrong, then what to do."""
    if isinstance(error, ApiError):
        here = next((words for kind, words in HINTS_HERE.items() if isinstance(error, kind)),
                    None)
        hint = translate("settings", here) if here is not None else say(error.hint)
        return f"{say(error.message)}\n{hint}".strip()
    return translate("settings", "Unexpected error: {kind}: {error}\n"
                     "This is a bug in passdesk; please report it.").format(
        kind=type(error).__name__, error=say(error))


class SettingsPane(QWidget):
    def __init__(
        self,
        *,
        settings: SettingsStore,
        keychain: SecretStore,
        net_tasks: TaskRunner,
        link: ServerLink,
        check: Callable[[ServerTarget, str | None], ProbeOutcome] | None = None,
        hub: HubController | None = None,
        gate: Gate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        #: Who changed the server or its key goes into the audit trail (None: no roles).
        self._gate = gate
        self._settings = settings
        self._keychain = keychain
        self._link = link
        self._net_tasks = net_tasks
        self._check = check or (
            lambda target, entity: run_probe(target, entity, link.client_factory))

        self.form = load_form("settings/pane.ui", self)
        self.form.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        loaded = settings.load()
        self.form.urlEdit.setText(loaded.api_base_url or DEFAULT_BASE_URL)
        self.form.entityEdit.setText(loaded.entity_id or "")
        self.form.entityHelp.setText(translate("settings", ENTITY_HELP))
        self.probe = ProbeTable(self.form.probeTable)
        self._report = ""
        self.form.storageHelp.setText(translate(
            "settings", "The URL and the entity ID are saved in {path}. The key is kept in "
            "the system keychain, one per server URL, never in a file.").format(
            path=str(settings.path)))

        # Looking the key up on every keystroke would hit the keychain needlessly.
        self._key_status_timer = QTimer(self, singleShot=True, interval=250)
        self._key_status_timer.timeout.connect(self._refresh_key_status)
        self.form.urlEdit.textChanged.connect(self._key_status_timer.start)
        self.form.testButton.clicked.connect(self.test_connection)
        self.form.saveButton.clicked.connect(self.save)
        self.form.removeKeyButton.clicked.connect(self.remove_key)
        self.form.copyReportButton.clicked.connect(self.copy_report)
        link.changed.connect(self._refresh_demo_notice)

        self._refresh_key_status()
        self._refresh_demo_notice()
        #: The "Venue hub" group; None (and hidden) without a hub to control.
        self.hub = (HubSettings(self.form, settings, keychain, hub, self, link=link,
                                net_tasks=net_tasks)
                    if hub else None)
        self.form.hubGroup.setVisible(hub is not None)
        self._build_roles_group()
        self._build_language_group(loaded.language)

    def _build_roles_group(self) -> None:
        """Where the first manager PIN is set: the Staff pane's People and PINs."""
        group = QGroupBox(translate("settings", "Staff roles and PINs"), self.form,
                          objectName="rolesGroup")
        layout = QHBoxLayout(group)
        words = QLabel(translate("settings", "Every desk may do everything until the first "
                                 "manager PIN is set."), group, wordWrap=True)
        words.setProperty("role", "help")
        self.roles_button = QPushButton(translate("settings", "Staff and PINs…"), group,
                                        objectName="rolesButton")
        self.roles_button.setAutoDefault(False)
        self.roles_button.clicked.connect(self.open_roles)
        layout.addWidget(words, 1)
        layout.addWidget(self.roles_button)
        content = self.form.findChild(QVBoxLayout, "contentLayout")
        content.insertWidget(content.indexOf(self.form.hubGroup) + 1, group)

    def _build_language_group(self, chosen: str | None) -> None:
        """The language passdesk speaks: the system's, or one of those it ships. Saved
        as it is picked; it speaks it from its next start."""
        self.language_group = group = QGroupBox(translate("settings", "Language"), self.form,
                                                objectName="languageGroup")
        layout = QHBoxLayout(group)
        self.language_combo = combo = QComboBox(group, objectName="languageCombo")
        combo.setAccessibleName(translate("settings", "Language"))
        combo.addItem(translate("settings", "System language"), None)
        for code in language.offered():  # never the pseudo-locales: they are not offered
            combo.addItem(languages.NAMES.get(code, code), code)
        shown = combo.findData(languages.code_of(chosen)) if chosen else 0
        if shown < 0:  # a language no longer shipped: its code, so saving keeps it
            combo.addItem(chosen, chosen)
            shown = combo.count() - 1
        combo.setCurrentIndex(shown)
        combo.activated.connect(self._language_picked)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Until a language is picked, what the choice does; then what it did.
        self.language_line = QLabel(translate(
            "settings", "passdesk speaks the chosen language from its next start."),
            group, objectName="languageLine", wordWrap=True)
        self.language_line.setTextFormat(Qt.TextFormat.PlainText)
        self.language_line.setProperty("role", "help")
        layout.addWidget(combo)
        layout.addWidget(self.language_line, 1)
        content = self.form.findChild(QVBoxLayout, "contentLayout")
        roles = self.form.findChild(QGroupBox, "rolesGroup")
        content.insertWidget(content.indexOf(roles) + 1, group)

    def _language_picked(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        set_role(self.language_line, "")  # a tone from now on, not the help's grey
        try:
            settings = self._settings.load()
            settings.language = code
            self._settings.save(settings)
        except SettingsError as exc:
            set_tone(self.language_line, Tone.ERROR, translate(
                "settings", "The language was not saved: {problem}").format(problem=say(exc)))
        else:
            name = self.language_combo.itemText(index)
            set_tone(self.language_line, Tone.SUCCESS, translate(
                "settings", "passdesk speaks the system's language from its next start.")
                if code is None else translate(
                "settings", "passdesk speaks {language} from its next start.").format(
                language=name))
        # The tone's padding makes the line taller: its group must make room for it.
        self.language_line.updateGeometry()

    def open_roles(self) -> None:
        """To the Staff pane's People and PINs (the main window's; not in a lone pane)."""
        window = self.window()
        if hasattr(window, "show_pane") and "staff" in getattr(window, "pane_keys", ()):
            window.show_pane("staff", part="people")

    @classmethod
    def from_services(cls, services: Services) -> SettingsPane:
        return cls(settings=services.settings, keychain=services.keychain,
                   net_tasks=services.net_tasks, link=services.link, hub=services.hub,
                   gate=services.gate)

    # --- actions ---------------------------------------------------------

    def test_connection(self) -> None:
        """Check the typed URL and key (or the stored key) on a worker thread."""
        try:
            url = check_base_url(self._typed_url())
        except ApiError as exc:  # InsecureUrlError: refused before any request
            self._show(Tone.ERROR, describe_error(exc))
            return
        key = (self.form.keyEdit.text().strip()
               or self._keychain.get(SecretName.API_KEY, scope=url).value)
        if not key:
            self._show(Tone.ERROR, translate(
                "settings", "No API key to test with for {server}.\nType the key above.")
                .format(server=ServerTarget(url).address))
            return
        logs.register_secret(key)
        target = ServerTarget(url, key)
        self.form.testButton.setEnabled(False)
        self._show_probe(None)
        self._show(Tone.BUSY, translate("settings", TESTING))
        entity = self.form.entityEdit.text().strip() or None
        self._net_tasks.run(lambda: self._check(target, entity),
                            on_success=self._test_passed, on_failure=self._test_failed)

    def save(self) -> None:
        """URL to the settings file, key (if typed) to the keychain; then switch to them."""
        try:
            url = check_base_url(self._typed_url())
        except ApiError as exc:
            self._show(Tone.ERROR, translate("settings", "Nothing was saved.\n{problem}")
                       .format(problem=describe_error(exc)))
            return
        key = self.form.keyEdit.text().strip()
        if key:
            logs.register_secret(key)
            try:
                self._keychain.set(SecretName.API_KEY, key, scope=url)
            except KeychainUnavailableError as exc:
                # Nothing at all is saved, so what the user sees stays consistent.
                self._show(Tone.ERROR, say(exc.args[0]) if len(exc.args) == 1 else str(exc))
                return
        try:
            settings = self._settings.load()
            before = {"server": settings.api_base_url, "entity": settings.entity_id}
            settings.api_base_url = url
            settings.entity_id = self.form.entityEdit.text().strip() or None
            self._settings.save(settings)
        except SettingsError as exc:
            self._show(Tone.ERROR, translate(
                "settings", "{problem}. The key was stored in the keychain.").format(
                problem=say(exc)) if key else translate("settings", "{problem}.").format(
                problem=say(exc)))
            return
        if self._gate is not None:  # the key itself never: only that one was stored
            self._gate.record(action=Action.CHANGE_API_KEY.value, subject=url, before=before,
                              after={"server": url, "entity": settings.entity_id,
                                     "key stored": bool(key)})
        self.form.keyEdit.clear()
        self.form.urlEdit.setText(url)
        self.form.entityEdit.setText(settings.entity_id or "")
        self._refresh_key_status()
        self._show(*self._switch_to(url, key_typed=bool(key)))

    def remove_key(self) -> None:
        url = normalize_url(self._typed_url())
        self._keychain.delete(SecretName.API_KEY, scope=url)
        self._refresh_key_status()
        target = self._link.target
        if not target.demo and target.base_url == url:
            secret = self._keychain.get(SecretName.API_KEY, scope=url)
            self._link.switch(ServerTarget(url, secret.value, secret.source))
        self._show(Tone.INFO, translate("settings", "Removed the stored key for {server}.")
                   .format(server=ServerTarget(url).address))

    # --- results ---------------------------------------------------------

    def copy_report(self) -> None:
        """The table as ``passdesk check --api`` prints it: no key, no secret."""
        if self._report:
            QGuiApplication.clipboard().setText(self._report)
            self.form.reportHelp.setText(
                translate("settings", "Copied: paste it into your bug report."))

    def _test_passed(self, outcome: ProbeOutcome) -> None:
        self.form.testButton.setEnabled(True)
        self._show(Tone.SUCCESS if outcome.ok else Tone.WARNING, say(outcome.summary))
        self._show_probe(outcome)

    def _show_probe(self, outcome: ProbeOutcome | None) -> None:
        form = self.form
        self._report = outcome.report if outcome else ""
        self.probe.show_lines(outcome.lines if outcome else [])
        form.probeTable.setVisible(outcome is not None)
        form.reportHelp.setVisible(outcome is not None)
        form.copyReportButton.setVisible(outcome is not None)
        form.reportHelp.setText(translate(
            "settings", "“Copy report” copies this table as text, without the key, for a "
            "bug report."))

    def _test_failed(self, error: Exception) -> None:
        self.form.testButton.setEnabled(True)
        self._show_probe(None)
        if not isinstance(error, ApiError):
            log.error("connection test failed unexpectedly", exc_info=error)
        self._show(Tone.ERROR, describe_error(error))

    def _switch_to(self, url: str, *, key_typed: bool) -> tuple[Tone, str]:
        secret = self._keychain.get(SecretName.API_KEY, scope=url)
        new = ServerTarget(url, secret.value, secret.source)
        if self._link.target.demo and not secret:
            return (Tone.SUCCESS, translate(
                "settings", "Saved. passdesk stays on the demo sandbox until a key for "
                "{server} is stored.").format(server=new.address))
        leaving_demo = self._link.target.demo
        self._link.switch(new)
        label = server_words(new)
        lines = [translate("settings", "Saved. passdesk now talks to {server}.").format(
            server=label)]
        if leaving_demo and secret:
            # The demo's data is never sent to a real server (sync binds each database).
            lines = [translate("settings", "Saved. Restart passdesk to work with {server}: "
                               "this window keeps the demo's data, and none of it is sent "
                               "there.").format(server=label)]
        if secret.source is SecretSource.ENVIRONMENT and key_typed:
            lines.append(translate("settings", "{variable} is set, so its key is used instead "
                                   "of the stored one.").format(variable=KEY_ENV))
        if not secret:
            lines.append(translate("settings", "No API key is stored for it yet."))
            return (Tone.WARNING, "\n".join(lines))
        return (Tone.SUCCESS, "\n".join(lines))

    # --- display ---------------------------------------------------------

    def _typed_url(self) -> str:
        return self.form.urlEdit.text().strip() or DEFAULT_BASE_URL

    def _show(self, tone: Tone, text: str) -> None:
        set_tone(self.form.resultLabel, tone, text)
        self.form.resultLabel.setVisible(True)

    def _refresh_key_status(self) -> None:
        url = normalize_url(self._typed_url())
        secret = self._keychain.get(SecretName.API_KEY, scope=url)
        form = self.form
        if secret.source is SecretSource.ENVIRONMENT:
            text = translate("settings", "Using the key from the environment variable "
                             "{variable} (for every server).").format(variable=KEY_ENV)
        elif secret.source is SecretSource.KEYCHAIN:
            text = translate("settings", "A key for this server is stored in the keychain.")
        elif self._keychain.keychain_available():
            text = translate("settings", "No key is stored for this server yet.")
        else:
            text = translate("settings", "No keychain on this system: set {variable} before "
                             "starting passdesk.").format(variable=KEY_ENV)
        form.keyStatus.setText(text)
        form.removeKeyButton.setEnabled(secret.source is SecretSource.KEYCHAIN)
        form.keyEdit.setPlaceholderText(
            translate("settings", "Type a new key to replace the stored one")
            if secret.source is SecretSource.KEYCHAIN
            else translate("settings", "Paste your API key"))

    def _refresh_demo_notice(self, *_args: object) -> None:
        target = self._link.target
        notice = self.form.demoNotice
        if target.demo:
            notice.setText(translate(
                "settings", "<b>Demo mode.</b> passdesk is talking to the embedded demo "
                "sandbox at {server}, with made-up data. Saving a real API key below stores "
                "it in the system keychain and switches passdesk to that server; the next "
                "start without <code>--demo</code> uses it too.").format(
                server=html.escape(target.address)))
        notice.setVisible(target.demo)
