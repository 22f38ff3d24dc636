"""The Readers pane: PassEntry readers and the reader configuration's validation settings.

The list reads the local store (readers come with every sync, and with
"Refresh", which asks PassEntry at once). Creating readers (under the entity:
Settings → Entity ID, or the one the sync found) and changing the
configuration go to PassEntry directly (``sync.readers``), not through the
outbox: a reader's password would otherwise wait in the database. So these
need the network, and say so; what PassEntry answers is then written to the
store and announced.

Listing and editing readers are legacy routes. Where PassEntry answers them
with 404 (``NotOfferedError``) the pane lists the readers this desk created
and those seen in scans, and says what the API does not offer. Changing the
configuration by API is an extension: where it is not offered the pane shows
the dashboard steps (``ReaderDashboardSteps``) with the hub URL to copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from passdesk.api import ApiError, NetworkError, PassEntryClient
from passdesk.api.errors import NotOfferedError
from passdesk.core.payloads import ReaderInput
from passdesk.gui.i18n import say, translate
from passdesk.gui.readers.config_form import ReaderConfigForm
from passdesk.gui.readers.config_section import ConfigurationActions
from passdesk.gui.readers.dashboard_steps import ReaderDashboardSteps
from passdesk.gui.readers.model import ReadersModel
from passdesk.gui.readers.reader_dialog import ReaderDialog
from passdesk.gui.readers.table import ReadersTable
from passdesk.gui.readers.words import (
    HINT,
    NEEDS_NETWORK,
    NO_EDIT_TIP,
    NO_ENTITY,
    NO_ENTITY_TIP,
    NOT_LISTED,
    error_words,
    summary_words,
)
from passdesk.gui.server import ServerLink
from passdesk.gui.services import Services
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.keychain import SecretName, SecretStore
from passdesk.settings import SettingsStore
from passdesk.store.database import Database
from passdesk.store.readers import ReaderRow, StoredReaders, read_stored_readers
from passdesk.store.topics import Topic
from passdesk.sync import readers as reader_admin
from passdesk.sync.entity import known_entity_id
from passdesk.sync.service import StoreChanged

log = logging.getLogger(__name__)


RELOAD_ON = frozenset({Topic.READERS, Topic.ALL})
#: The configuration's Save button (``translate("readers", …)``).
SAVE_WORDS = QT_TRANSLATE_NOOP("readers", "&Save to PassEntry")
STEPS_WORDS = QT_TRANSLATE_NOOP("readers", "&Show dashboard steps")


class ReadersPane(ConfigurationActions, QWidget):
    def __init__(self, *, database: Database, store_tasks: TaskRunner, bridge: SyncBridge,
                 net_tasks: TaskRunner, link: ServerLink, keychain: SecretStore,
                 settings: SettingsStore | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._bridge = bridge
        self._store_tasks = store_tasks
        self._net_tasks = net_tasks
        self._link = link
        self._keychain = keychain
        self._settings = settings or SettingsStore()
        self._reads = OneReadAtATime(self.reload)
        self._fetching = False
        self._fetched_once = False
        #: The first read of the store is in: the entity the fetch asks for may come with it.
        self._store_read = False
        #: False once PassEntry could not be reached (or there is no key): changes wait.
        self._online = False
        self._select_id: str | None = None
        #: Does this server list (and edit) readers? None until asked.
        self._listed: bool | None = None
        #: Does it take configuration changes by API? None until tried.
        self._config_offered: bool | None = None
        #: The entity the store's reader configuration belongs to (what the sync found).
        self._stored_entity: str | None = None

        self.form = form = load_form("readers/pane.ui", self)
        for label in (form.summaryLabel, form.messageLabel, form.hintLabel, form.noticeLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.messageLabel.hide()
        form.noticeLabel.hide()
        self.model = ReadersModel(self, clock=clock)
        self.table = ReadersTable(form.readersTable, self.model, self)
        self.proxy = self.table.proxy
        self.config = ReaderConfigForm(form.configHost, hub_url=self.hub_url)
        self.steps = ReaderDashboardSteps(form.stepsHost, hub_token=self._hub_token)
        for host, child in ((form.configHost, self.config), (form.stepsHost, self.steps)):
            host_layout = QVBoxLayout(host)
            host_layout.setContentsMargins(0, 0, 0, 0)
            host_layout.addWidget(child)
        form.stepsHost.hide()
        form.hintLabel.setText(translate("readers", HINT))

        form.refreshButton.clicked.connect(self.fetch)
        form.newButton.clicked.connect(self.new_reader)
        form.editButton.clicked.connect(self.edit_selected)
        form.readersTable.doubleClicked.connect(self._double_clicked)
        form.readersTable.selectionModel().selectionChanged.connect(self._show_selection)
        self.config.save_requested.connect(self.save_configuration)
        self.config.form.revertButton.clicked.connect(self._hide_steps)
        bridge.store_changed.connect(self._store_changed)
        link.changed.connect(self._server_changed)

        self._show_selection()
        self._show_online()
        self.reload()

    @classmethod
    def from_services(cls, services: Services) -> ReadersPane:
        return cls(database=services.database, store_tasks=services.store_tasks,
                   bridge=services.bridge, net_tasks=services.net_tasks, link=services.link,
                   keychain=services.keychain, settings=services.settings)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fetch_if_due()

    def _fetch_if_due(self) -> None:
        """On the first show, once the store was read (a pane built as it is shown
        learns the entity from the store first): what PassEntry says now, the masks too."""
        if not self._fetched_once and self._store_read and self.isVisible():
            self.fetch()

    def hub_url(self) -> str:
        """The venue hub readers are pointed at: ``hub_url`` in the settings, or this desk's."""
        return self._settings.load().hub_validation_url()

    def _hub_token(self) -> str | None:
        return self._keychain.get(SecretName.HUB_TOKEN).value

    def entity_id(self) -> str | None:
        """Settings → Entity ID, else the entity the sync found (its reader configuration's)."""
        return (self._settings.load().entity_id or "").strip() or self._stored_entity

    # --- the list (local store) -----------------------------------------------------------

    def reload(self) -> None:
        if not self._reads.begin():
            return
        db = self._database

        listed_now = self._listed

        def read() -> StoredReaders:
            found = read_stored_readers(db, listed_now)
            return replace(found, entity_id=known_entity_id(db))

        self._store_tasks.run(read, owner=self, on_success=self._reads.shown(self._loaded),
                              on_failure=self._reads.shown(self._not_loaded))

    def _loaded(self, stored: StoredReaders) -> None:
        keep = self._select_id or self.selected_id()
        rows, config = stored.rows, stored.configuration
        self.model.set_rows(rows)
        self.table.fit_columns()
        # What the sync learnt stands until this pane asks PassEntry itself.
        if self._listed is None:
            self._listed = stored.listed
        if self._config_offered is None:
            self._config_offered = stored.config_offered
        self._stored_entity = stored.entity_id or (config.id if config is not None else None)
        self.config.show_stored(config)
        logged_in = sum(1 for r in rows if r.logged_in)
        self.form.summaryLabel.setText(summary_words(len(rows), logged_in, listed=self._listed))
        if keep is not None:
            self._select(keep)
        self._set_online(self._online)  # the entity may have come with the store
        self._store_read = True
        self._fetch_if_due()

    def _not_loaded(self, exc: Exception) -> None:
        log.warning("readers not read: %s", exc)
        self._say(Tone.ERROR, translate(
            "readers", "The readers could not be read from the local store: {error}").format(
            error=exc))
        self._store_read = True
        self._fetch_if_due()

    def _store_changed(self, change: StoreChanged) -> None:
        if change.what in RELOAD_ON:
            self.reload()

    # --- PassEntry, now -------------------------------------------------------------

    def _client(self) -> PassEntryClient | None:
        """The API client (built on the UI thread), or None with the reason said."""
        if not self._link.target.has_key:
            self._say(Tone.WARNING,
                      translate("readers", "No API key: set it in Settings to manage readers."))
            return None
        try:
            return self._link.client
        except ApiError as exc:  # e.g. plain http to another host
            self._say(Tone.ERROR, translate("readers", "{reason} {hint}").format(
                reason=say(exc.message), hint=say(exc.hint)).strip())
            return None

    def fetch(self) -> None:
        """Read the readers and the configuration from PassEntry (the masks come with it)."""
        if self._fetching:
            return
        client = self._client()
        self._fetched_once = True
        if client is None:
            return
        self._fetching = True
        self.form.refreshButton.setEnabled(False)
        db, entity = self._database, self.entity_id()
        self._net_tasks.run(lambda: reader_admin.fetch(client, db, entity_id=entity), owner=self,
                            on_success=self._fetched, on_failure=self._not_fetched)

    def _fetched(self, fetched: reader_admin.Fetched) -> None:
        self._fetching = False
        self.form.refreshButton.setEnabled(True)
        self._listed = fetched.listed
        self.config.show_live(fetched.configuration)
        if fetched.configuration is not None:
            self._stored_entity = fetched.configuration.row.id
        self._set_online(True)
        if self.entity_id() is None:
            self._say(Tone.WARNING, translate("readers", NO_ENTITY))
        self._bridge.notice(StoreChanged(Topic.READERS))
        self.reload()

    def _not_fetched(self, exc: Exception) -> None:
        self._fetching = False
        self.form.refreshButton.setEnabled(True)
        if isinstance(exc, NetworkError):
            self._set_online(False)
            self._say(Tone.WARNING, translate(
                "readers", "PassEntry could not be reached: the list shows the readers as of "
                           "the last sync. {needs_network}").format(
                needs_network=translate("readers", NEEDS_NETWORK)))
        else:
            log.warning("readers not fetched: %s", exc)
            self._say(Tone.ERROR, error_words(exc, translate("readers", "Reading the readers")))

    def _server_changed(self, _target: object = None) -> None:
        self._fetched_once = False
        self._listed = None
        self._config_offered = None
        self._hide_steps()
        self.config.show_live(None)
        self._show_online()
        if self.isVisible():
            self.fetch()

    def _show_online(self) -> None:
        self._set_online(self._link.target.has_key)

    def _set_online(self, online: bool) -> None:
        self._online = online
        form, has_entity = self.form, self.entity_id() is not None
        form.newButton.setEnabled(online and has_entity)
        form.newButton.setToolTip(
            translate("readers", "Create a reader on PassEntry (needs the network)")
            if has_entity else translate("readers", NO_ENTITY_TIP))
        listed = self._listed is not False
        form.noticeLabel.setVisible(not listed)
        if not listed:
            set_tone(form.noticeLabel, Tone.INFO, translate("readers", NOT_LISTED))
        self.config.set_online(online and has_entity)
        self.config.form.saveButton.setText(
            translate("readers", STEPS_WORDS if self._config_offered is False else SAVE_WORDS))
        self._show_selection()

    # --- selection --------------------------------------------------------------------

    def selected_id(self) -> str | None:
        return self.table.selected_id()

    def selected_reader(self) -> ReaderRow | None:
        return self.table.selected_row()

    def _select(self, reader_id: str) -> None:
        if self.table.select(reader_id):
            self._select_id = None

    def _can_edit(self) -> bool:
        return self._online and self._listed is not False

    def _show_selection(self) -> None:
        button = self.form.editButton
        button.setEnabled(self.selected_id() is not None and self._can_edit())
        button.setToolTip(translate("readers", "Change the selected reader (or double-click it)")
                          if self._listed is not False else translate("readers", NO_EDIT_TIP))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self._can_edit():
            self.edit_selected()

    # --- changes (on PassEntry, at once) ------------------------------------------------

    def new_reader(self) -> None:
        entity = self.entity_id()
        if entity is None:
            self._say(Tone.WARNING, translate("readers", NO_ENTITY))
            return
        taken = frozenset(self.model.row(n).id for n in range(self.model.rowCount()))
        dialog = ReaderDialog(self, taken_ids=taken, entity_id=entity)
        accepted = dialog.exec() == ReaderDialog.DialogCode.Accepted
        reader = dialog.reader_input() if accepted else None
        dialog.forget()
        client = self._client()
        if reader is None or client is None:
            return
        db = self._database
        self._change(
            lambda: reader_admin.create_reader(client, db, entity_id=entity, reader=reader),
            translate("readers", "Creating “{name}”").format(name=reader.name),
            translate("readers", "“{name}” was created on PassEntry. Log the reader in with "
                                 "its ID and password.").format(name=reader.name))

    def edit_selected(self) -> None:
        row = self.selected_reader()
        if row is None or not self._can_edit():
            return
        dialog = ReaderDialog(self, reader=row)
        accepted = dialog.exec() == ReaderDialog.DialogCode.Accepted
        changes = dialog.reader_input() if accepted else None
        dialog.forget()
        if not accepted:
            return
        if changes is None:
            self._say(Tone.INFO,
                      translate("readers", "Nothing changed in “{name}”.").format(name=row.name))
            return
        self._edit(row, changes)

    def _edit(self, row: ReaderRow, changes: ReaderInput) -> None:
        client = self._client()
        if client is None:
            return
        db = self._database
        self._change(
            lambda: reader_admin.update_reader(client, db, reader_id=row.id, changes=changes),
            translate("readers", "Changing “{name}”").format(name=row.name),
            translate("readers", "The changes to “{name}” were saved on PassEntry.").format(
                name=changes.name or row.name))

    def _change(self, write: Callable[[], str], doing: str, done_words: str) -> None:
        self._say(Tone.BUSY, translate("readers", "{doing} on PassEntry…").format(doing=doing))
        self.form.newButton.setEnabled(False)

        def done(reader_id: str) -> None:
            self._select_id = reader_id
            self._say(Tone.SUCCESS, done_words)
            self._set_online(True)
            self._bridge.notice(StoreChanged(Topic.READERS, (reader_id,)))
            self.reload()

        def failed(exc: Exception) -> None:
            if isinstance(exc, NotOfferedError):
                self._listed = False  # an edit the server does not take
            elif not isinstance(exc, ApiError):
                log.error("reader change failed: %s", type(exc).__name__)
            self._set_online(not isinstance(exc, NetworkError))
            self._say(Tone.ERROR, error_words(exc, doing))

        self._net_tasks.run(write, owner=self, on_success=done, on_failure=failed)

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.form.messageLabel, tone, text)
        self.form.messageLabel.show()
