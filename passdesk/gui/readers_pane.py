"""The Readers pane: PassEntry readers and the reader configuration's validation settings.

The list reads the local store (readers come with every sync, and with
"Refresh", which asks PassEntry at once). Creating and editing readers and
changing the configuration go to PassEntry directly (``sync.readers``), not
through the outbox: a reader's password and a validation token would
otherwise wait in the database. So these need the network, and say so; what
PassEntry answers is then written to the store and announced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from passdesk.api import ApiError, NetworkError, PassEntryClient
from passdesk.api.readers import ReaderConfigurationInput
from passdesk.core.payloads import ReaderInput
from passdesk.gui.forms import load_form
from passdesk.gui.id_table import IdTable
from passdesk.gui.one_read import OneReadAtATime
from passdesk.gui.reader_config_form import ReaderConfigForm
from passdesk.gui.reader_dialog import ReaderDialog
from passdesk.gui.readers_model import Column, ReadersModel
from passdesk.gui.server import ServerLink
from passdesk.gui.services import Services
from passdesk.gui.style import Tone, set_tone
from passdesk.gui.sync_bridge import SyncBridge
from passdesk.gui.tasks import TaskRunner
from passdesk.secrets import SecretStore
from passdesk.settings import SettingsStore
from passdesk.store.database import Database
from passdesk.store.readers import ConfigurationRow, ReaderRow, list_readers, reader_configuration
from passdesk.sync import readers as reader_admin
from passdesk.sync.service import StoreChanged

log = logging.getLogger(__name__)

READERS = "readers"
RELOAD_ON = frozenset({READERS, "all"})
#: Pixels added to each fitted column, so neighbouring texts do not touch.
COLUMN_AIR = 16
#: Narrower than this, the table leaves out the reader ID (the dialog shows it).
HIDE_ID_BELOW = 720
NEEDS_NETWORK = ("Changes to readers and to the configuration are made on PassEntry at once, "
                 "so they need the network.")


def error_words(exc: Exception, what: str) -> str:
    """Why ``what`` did not happen, and what to do."""
    if isinstance(exc, NetworkError):
        return (f"{what} did not happen: PassEntry could not be reached ({exc.message}). "
                "This needs the network; nothing was kept here. Try again when online.")
    if isinstance(exc, ApiError):
        return f"{what} was refused by PassEntry: {exc.detail or exc.message} {exc.hint}".strip()
    return f"{what} failed: {type(exc).__name__}: {exc}. This is a bug in passdesk."


class ReadersPane(QWidget):
    def __init__(self, database: Database, bridge: SyncBridge, store_tasks: TaskRunner,
                 tasks: TaskRunner, link: ServerLink, secrets: SecretStore,
                 parent: QWidget | None = None, *, settings: SettingsStore | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self._db = database
        self._bridge = bridge
        self._store_tasks = store_tasks
        self._tasks = tasks
        self._link = link
        self._secrets = secrets
        self._settings = settings or SettingsStore()
        self._reads = OneReadAtATime(self.reload)
        self._fetching = False
        self._fetched_once = False
        #: False once PassEntry could not be reached (or there is no key): changes wait.
        self._online = False
        self._select_id: str | None = None

        self.form = form = load_form("readers_pane.ui", self)
        for label in (form.summaryLabel, form.messageLabel, form.hintLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.messageLabel.hide()
        self.model = ReadersModel(self, clock=clock)
        self.table = IdTable(form.readersTable, self.model, self)
        self.proxy = self.table.proxy
        self._setup_table()
        self.config = ReaderConfigForm(form.configHost, hub_url=self.hub_url)
        host_layout = QVBoxLayout(form.configHost)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.config)
        form.hintLabel.setText(f"{NEEDS_NETWORK} Passwords are never shown or kept; the "
                               "token and the NFC key show only their last characters.")

        form.refreshButton.clicked.connect(self.fetch)
        form.newButton.clicked.connect(self.new_reader)
        form.editButton.clicked.connect(self.edit_selected)
        form.readersTable.doubleClicked.connect(self._double_clicked)
        form.readersTable.selectionModel().selectionChanged.connect(self._show_selection)
        self.config.save_requested.connect(self.save_configuration)
        bridge.store_changed.connect(self._store_changed)
        link.changed.connect(self._server_changed)

        self._show_selection()
        self._show_online()
        self.reload()

    @classmethod
    def from_services(cls, services: Services) -> ReadersPane:
        return cls(services.database, services.bridge, services.store_tasks, services.tasks,
                   services.link, services.secrets, settings=services.settings)

    def _setup_table(self) -> None:
        table = self.form.readersTable
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # "Enabled": what is left
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.installEventFilter(self)

    def _fit_columns(self) -> None:
        """Each column as wide as its widest cell, plus air between columns."""
        table = self.form.readersTable
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in Column:
            if column is not Column.ENABLED:
                header.resizeSection(column, header.sectionSize(column) + COLUMN_AIR)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        table = self.form.readersTable
        if watched is table and event.type() == QEvent.Type.Resize:
            table.setColumnHidden(Column.ID, table.width() < HIDE_ID_BELOW)
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._fetched_once:
            self.fetch()  # what PassEntry says now, and the masks of its secrets

    def hub_url(self) -> str:
        """The venue hub readers are pointed at: ``hub_url`` in the settings, or this desk's."""
        return self._settings.load().hub_validation_url()

    # --- the list (local store) -----------------------------------------------------------

    def reload(self) -> None:
        if not self._reads.begin():
            return
        db, secrets = self._db, self._secrets

        def read() -> tuple[list[ReaderRow], ConfigurationRow | None, str | None]:
            with db.session() as session:
                found = list_readers(session), reader_configuration(session)
            return (*found, secrets.get(reader_admin.HUB_TOKEN).value)

        self._store_tasks.run(read, owner=self, on_success=lambda r: self._loaded(*r),
                              on_failure=self._not_loaded)

    def _loaded(self, rows: list[ReaderRow], config: ConfigurationRow | None,
                kept_token: str | None) -> None:
        keep = self._select_id or self.selected_id()
        self.model.set_rows(rows)
        self._fit_columns()
        self.config.show_stored(config, kept_token)
        logged_in = sum(1 for r in rows if r.logged_in)
        self.form.summaryLabel.setText(
            f"{len(rows):,} reader{'' if len(rows) == 1 else 's'} · {logged_in:,} logged in")
        if keep is not None:
            self._select(keep)
        self._show_selection()
        self._reads.done()

    def _not_loaded(self, exc: Exception) -> None:
        log.warning("readers not read: %s", exc)
        self._say(Tone.ERROR, f"The readers could not be read from the local store: {exc}")
        self._reads.done()

    def _store_changed(self, change: StoreChanged) -> None:
        if change.what in RELOAD_ON:
            self.reload()

    # --- PassEntry, now -------------------------------------------------------------

    def _client(self) -> PassEntryClient | None:
        """The API client (built on the UI thread), or None with the reason said."""
        if not self._link.target.has_key:
            self._say(Tone.WARNING, "No API key: set it in Settings to manage readers.")
            return None
        try:
            return self._link.client
        except ApiError as exc:  # e.g. plain http to another host
            self._say(Tone.ERROR, f"{exc.message} {exc.hint}".strip())
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
        db = self._db
        self._tasks.run(lambda: reader_admin.fetch(client, db), owner=self,
                        on_success=self._fetched, on_failure=self._not_fetched)

    def _fetched(self, fetched: reader_admin.Fetched) -> None:
        self._fetching = False
        self.form.refreshButton.setEnabled(True)
        self.config.show_live(fetched.configuration)
        self._set_online(True)
        self._bridge.notice(StoreChanged(READERS))
        self.reload()

    def _not_fetched(self, exc: Exception) -> None:
        self._fetching = False
        self.form.refreshButton.setEnabled(True)
        if isinstance(exc, NetworkError):
            self._set_online(False)
            self._say(Tone.WARNING, "PassEntry could not be reached: the list shows the readers "
                                    "as of the last sync. " + NEEDS_NETWORK)
        else:
            log.warning("readers not fetched: %s", exc)
            self._say(Tone.ERROR, error_words(exc, "Reading the readers"))

    def _server_changed(self, _target: object = None) -> None:
        self._fetched_once = False
        self.config.show_live(None)
        self._show_online()
        if self.isVisible():
            self.fetch()

    def _show_online(self) -> None:
        self._set_online(self._link.target.has_key)

    def _set_online(self, online: bool) -> None:
        self._online = online
        self.form.newButton.setEnabled(online)
        self.config.set_online(online)
        self._show_selection()

    # --- selection --------------------------------------------------------------------

    def selected_id(self) -> str | None:
        return self.table.selected_id()

    def selected_reader(self) -> ReaderRow | None:
        return self.table.selected_row()

    def _select(self, reader_id: str) -> None:
        if self.table.select(reader_id):
            self._select_id = None

    def _show_selection(self) -> None:
        self.form.editButton.setEnabled(self.selected_id() is not None and self._online)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self._online:
            self.edit_selected()

    # --- changes (on PassEntry, at once) ------------------------------------------------

    def new_reader(self) -> None:
        taken = frozenset(self.model.row(n).id for n in range(self.model.rowCount()))
        dialog = ReaderDialog(self, taken_ids=taken)
        accepted = dialog.exec() == ReaderDialog.DialogCode.Accepted
        reader = dialog.reader_input() if accepted else None
        dialog.forget()
        client = self._client()
        if reader is None or client is None:
            return
        db = self._db
        self._change(lambda: reader_admin.create_reader(client, db, reader=reader),
                     f"Creating “{reader.name}”", f"“{reader.name}” was created on PassEntry. "
                     "Log the reader in with its ID and password.")

    def edit_selected(self) -> None:
        row = self.selected_reader()
        if row is None:
            return
        dialog = ReaderDialog(self, reader=row)
        accepted = dialog.exec() == ReaderDialog.DialogCode.Accepted
        changes = dialog.reader_input() if accepted else None
        dialog.forget()
        if not accepted:
            return
        if changes is None:
            self._say(Tone.INFO, f"Nothing changed in “{row.name}”.")
            return
        self._edit(row, changes)

    def _edit(self, row: ReaderRow, changes: ReaderInput) -> None:
        client = self._client()
        if client is None:
            return
        db = self._db
        self._change(
            lambda: reader_admin.update_reader(client, db, reader_id=row.id, changes=changes),
            f"Changing “{row.name}”", f"The changes to “{changes.name or row.name}” were saved "
                                      "on PassEntry.")

    def _change(self, write: Callable[[], str], doing: str, done_words: str) -> None:
        self._say(Tone.BUSY, f"{doing} on PassEntry…")
        self.form.newButton.setEnabled(False)

        def done(reader_id: str) -> None:
            self._select_id = reader_id
            self._say(Tone.SUCCESS, done_words)
            self._set_online(True)
            self._bridge.notice(StoreChanged(READERS, (reader_id,)))
            self.reload()

        def failed(exc: Exception) -> None:
            if not isinstance(exc, ApiError):
                log.error("reader change failed: %s", type(exc).__name__)
            self._set_online(not isinstance(exc, NetworkError))
            self._say(Tone.ERROR, error_words(exc, doing))

        self._tasks.run(write, owner=self, on_success=done, on_failure=failed)

    def save_configuration(self, changes: ReaderConfigurationInput) -> None:
        client = self._client()
        if client is None:
            return
        db, secrets = self._db, self._secrets
        for_this_hub = bool(changes.url) and changes.url == self.hub_url()
        self.config.set_busy(True)
        self._say(Tone.BUSY, "Saving the reader configuration on PassEntry…")

        def done(saved: reader_admin.ConfigurationSaved) -> None:
            self.config.set_busy(False)
            self.config.show_live(saved.view)
            row = saved.view.row
            words = ("Saved: readers send every scan to " + (row.validation_url or "")
                     if row.validation_type == "thirdParty"
                     else "Saved: PassEntry checks every scan itself")
            words += ". PassEntry Reader apps log in again to use it."
            if changes.token and for_this_hub and not saved.token_not_kept:
                words += (" The new token is in this computer's keychain for the Door and "
                          "the hub; restart “passdesk hub” if it is running.")
            tone = Tone.SUCCESS
            if saved.token_not_kept:
                tone, words = Tone.WARNING, f"{words} {saved.token_not_kept}"
            self._say(tone, words)
            # The Door follows the configuration; it reloads on "all" (a sync) too.
            self._bridge.notice(StoreChanged(READERS))
            self.reload()

        def failed(exc: Exception) -> None:
            self.config.set_busy(False)
            self._set_online(not isinstance(exc, NetworkError))
            self._say(Tone.ERROR, error_words(exc, "Saving the reader configuration"))

        self._tasks.run(
            lambda: reader_admin.update_configuration(client, db, secrets, changes=changes),
            owner=self, on_success=done, on_failure=failed)

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.form.messageLabel, tone, text)
        self.form.messageLabel.show()
