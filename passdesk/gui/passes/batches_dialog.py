"""The account's batches (PASSENTRY-API.md §11.4): what each is, its status and progress.

Each batch shows its name, its type in words, its status, how far it got and
when it is scheduled. A scheduled batch can be cancelled; a scheduled message
can be sent now; a finished batch's results or errors CSV can be saved. The
list is read from PassEntry (batches live there, not in the local store) on
the network runner, and read again while a batch in it is still working.

``BatchAccess`` is what every batch dialog is given: the server link, the
network runner and the entity the account's messages go through.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from passdesk.api import ApiError, PassEntryClient
from passdesk.core.records import Batch
from passdesk.files import write_atomically
from passdesk.gui.i18n import formats, say, translate
from passdesk.gui.server import ServerLink
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.sync import batches
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.entity import NEEDS_ENTITY, known_entity_id, resolve_entity_id

#: While a listed batch is still working, the list is read again this often.
REFRESH_MS = 2000
COLUMNS = (QT_TRANSLATE_NOOP("passes", "Name"), QT_TRANSLATE_NOOP("passes", "Type"),
           QT_TRANSLATE_NOOP("passes", "Status"), QT_TRANSLATE_NOOP("passes", "Progress"),
           QT_TRANSLATE_NOOP("passes", "Scheduled / done"))


class NoConnection(Exception):
    """No API key, or a server address that cannot be used: said in words."""


@dataclass
class BatchAccess:
    """What the batch dialogs need to reach PassEntry (built from the app's services)."""

    link: ServerLink
    #: Network work off the UI thread.
    tasks: TaskRunner
    database: Database | None = None
    #: Settings → Entity ID (read when a message is sent), or None.
    entity_setting: Callable[[], str | None] = field(default=lambda: None)
    #: Seconds between looks at a running batch.
    poll_every: float = batches.POLL_EVERY

    @classmethod
    def from_services(cls, services) -> BatchAccess:
        return cls(services.link, services.net_tasks, services.database,
                   entity_setting=lambda: services.settings.load().entity_id)

    def client(self) -> PassEntryClient:
        """The API client, or NoConnection with the reason in words (on the UI thread)."""
        if not self.link.target.has_key:
            raise NoConnection(translate("passes", "No API key: set it in Settings → PassEntry "
                                         "account first."))
        try:
            return self.link.client
        except ApiError as exc:
            raise NoConnection(f"{say(exc.message)} {say(exc.hint)}".strip()) from None

    def client_or_say(self, say: Callable[[Tone, str], None],
                      tone: Tone = Tone.ERROR) -> PassEntryClient | None:
        """The API client, or None after ``say`` told the person why not."""
        try:
            return self.client()
        except NoConnection as exc:
            say(tone, str(exc))  # NoConnection's words are said already
            return None

    def entity_id(self, client: PassEntryClient) -> str:
        """The entity messages go through (worker thread): the setting, else the one the
        sync found, else the first the account lists."""
        configured = (self.entity_setting() or "").strip()
        known = known_entity_id(self.database) if self.database is not None else None
        # Not given the store here: a failed look must not forget the entity the sync found.
        found = configured or known or resolve_entity_id(client, None)
        if not found:
            raise ChangeRefused(NEEDS_ENTITY)
        return found


def words_for(exc: Exception) -> str:
    """A failure as words a person can act on (no traceback, no API jargon)."""
    if isinstance(exc, ApiError):
        return f"{say(exc.message)}. {say(exc.hint)}".replace("..", ".").strip() if exc.hint \
            else say(exc.message)
    return say(exc.args[0]) if len(exc.args) == 1 else str(exc)


def local_time(moment: datetime | None) -> str:
    return formats.moment(moment) if moment else ""


class BatchSignals(QObject):
    """Carries a batch as it is now from a worker thread to the UI thread."""

    moved = Signal(object)


def save_batch_csv(parent: QWidget, access: BatchAccess, url: str, suggested: str,
                   said: Callable[[Tone, str], None],
                   transform: Callable[[bytes], bytes] | None = None) -> None:
    """Ask where, then fetch the CSV at ``url`` (worker) and write it there."""
    path, _filter = QFileDialog.getSaveFileName(parent, translate("passes", "Save CSV"),
                                                suggested,
                                                translate("passes", "CSV files (*.csv)"))
    if not path:
        return
    client = access.client_or_say(said)
    if client is None:
        return

    def fetch_and_write() -> str:
        data = batches.download(client, url)
        if transform is not None:
            data = transform(data)
        write_atomically(path, lambda out: out.write(data.decode("utf-8-sig")))
        return path

    said(Tone.BUSY, translate("passes", "Fetching the file…"))
    access.tasks.run(fetch_and_write, owner=parent,
                     on_success=lambda p: said(Tone.SUCCESS, translate(
                         "passes", "Saved {path}.").format(path=p)),
                     on_failure=lambda exc: said(Tone.ERROR, translate(
                         "passes", "Not saved: {reason}").format(reason=words_for(exc))))


class BatchesDialog(QDialog):
    def __init__(self, access: BatchAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="batchesDialog")
        self.setWindowTitle(translate("passes", "Batches"))
        self._access = access
        self.batches: list[Batch] = []
        self._reading = False
        #: Words to show once the list was read again (after cancel / send now).
        self._note: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        intro = QLabel(translate("passes", "Batches run on PassEntry: issuing many passes, "
                                 "updating them from a file, and messages to many passes. "
                                 "Newest first."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = table = QTableWidget(0, len(COLUMNS), self)
        table.setHorizontalHeaderLabels([translate("passes", c) for c in COLUMNS])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(table, 1)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(translate("passes", "&Refresh"), self)
        self.cancel_button = QPushButton(translate("passes", "&Cancel batch"), self)
        self.send_now_button = QPushButton(translate("passes", "&Send now"), self)
        self.results_button = QPushButton(translate("passes", "Save &results CSV…"), self)
        self.errors_button = QPushButton(translate("passes", "Save &errors CSV…"), self)
        for button in (self.refresh_button, self.cancel_button, self.send_now_button,
                       self.results_button, self.errors_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.send_now_button.clicked.connect(self.send_now_selected)
        self.results_button.clicked.connect(lambda: self._save(0))
        self.errors_button.clicked.connect(lambda: self._save(1))
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.resize(820, 460)
        self._update_buttons()
        self.refresh()

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.status_label, tone, text)

    def refresh(self) -> None:
        if self._reading:
            return
        client = self._access.client_or_say(self._say, Tone.WARNING)
        if client is None:
            return
        self._reading = True
        self._say(Tone.BUSY, translate("passes", "Reading the batches from PassEntry…"))
        self._access.tasks.run(lambda: batches.list_batches(client), owner=self,
                               on_success=self._show, on_failure=self._not_read)

    def _not_read(self, exc: Exception) -> None:
        self._reading = False
        self._say(Tone.ERROR, translate("passes", "The batches could not be read: {reason}")
                  .format(reason=words_for(exc)))

    def _show(self, found: list[Batch]) -> None:
        self._reading = False
        selected = self.selected()
        self.batches = found
        table = self.table
        table.setRowCount(len(found))
        for row, batch in enumerate(found):
            cells = (batch.name or translate("passes", "(no name)"),
                     say(batches.type_words(batch)), say(batches.status_words(batch)),
                     batches.progress_words(batch), say(batches.when_words(batch, local_time)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
            if selected is not None and batch.id == selected.id:
                table.selectRow(row)
        note, self._note = self._note, None
        if note:
            self._say(Tone.SUCCESS, note)
        else:
            count = len(found)  # a plain name: lupdate drops a call's n written otherwise
            self._say(Tone.NONE, translate("passes", "No batches yet.") if not found else
                      translate("passes", "%Ln batch(es).", None, count))
        self._update_buttons()
        if any(b.status in batches.WORKING for b in found):
            self._timer.start()

    def selected(self) -> Batch | None:
        rows = {i.row() for i in self.table.selectedItems()}
        row = min(rows) if rows else -1
        return self.batches[row] if 0 <= row < len(self.batches) else None

    def select_batch(self, batch_id: str) -> bool:
        for row, batch in enumerate(self.batches):
            if batch.id == batch_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        batch = self.selected()
        scheduled = batch is not None and batch.status == "scheduled"
        self.cancel_button.setEnabled(scheduled)
        self.send_now_button.setEnabled(scheduled and batch.type == "walletMessaging")
        results, errors = batches.csv_links(batch) if batch is not None else (None, None)
        self.results_button.setEnabled(bool(results))
        self.errors_button.setEnabled(bool(errors))

    def _act(self, action, busy: str, done: str) -> None:
        batch = self.selected()
        if batch is None:
            return
        client = self._access.client_or_say(self._say)
        if client is None:
            return
        self.cancel_button.setEnabled(False)
        self.send_now_button.setEnabled(False)
        self._say(Tone.BUSY, busy)
        interval = self._access.poll_every

        def run() -> Batch:
            return action(client, batch, interval)

        def finished(_batch: Batch) -> None:
            self._note = done  # said once the list is read again
            self.refresh()

        self._access.tasks.run(run, owner=self, on_success=finished,
                               on_failure=lambda exc: (self._say(Tone.ERROR, words_for(exc)),
                                                       self._update_buttons()))

    def cancel_selected(self) -> None:
        self._act(lambda client, batch, _i: batches.cancel(client, batch),
                  translate("passes", "Cancelling…"),
                  translate("passes", "Cancelled: it will not run."))

    def send_now_selected(self) -> None:
        self._act(lambda client, batch, interval: batches.send_now(client, batch,
                                                                   interval=interval),
                  translate("passes", "Sending now…"), translate("passes", "Sent now."))

    def _save(self, which: int) -> None:
        batch = self.selected()
        url = batches.csv_links(batch)[which] if batch is not None else None
        if url:
            stem = "results" if which == 0 else "errors"
            save_batch_csv(self, self._access, url, f"batch-{stem}.csv", self._say_later)

    def _say_later(self, tone: Tone, text: str) -> None:
        self._say(tone, text)
