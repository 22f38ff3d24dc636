"""The Sync pane: the connection, the last and the running sync, and the outbox.

State comes from the ``SyncBridge`` (status on the UI thread); the outbox
table reloads on ``store_changed("outbox")`` and when the outbox counts in the
status change. Reading and changing outbox rows run on the store's serial
``TaskRunner``, never on the UI thread: the database may be a remote server.

With roles on (a ``gate``), Discard is a supervisor's: a desk below asks for a
supervisor's PIN, and each change discarded is an entry of the audit trail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from passdesk.core.roles import Action
from passdesk.gui.gate import Gate, ask
from passdesk.gui.i18n import say, translate
from passdesk.gui.services import Services
from passdesk.gui.status_bar import TONES
from passdesk.gui.sync.outbox_model import (
    Column,
    OutboxTableModel,
    change_words,
    target_noun,
    target_words,
)
from passdesk.gui.sync.outbox_model import next_try_words as next_try
from passdesk.gui.sync.words import (
    connection_detail,
    connection_text,
    last_sync_text,
    outbox_summary,
    progress_text,
    was_cancelled,
)
from passdesk.gui.widgets.confirm import confirm_destructive
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store import outbox
from passdesk.store.outbox import OutboxItem
from passdesk.store.topics import Topic
from passdesk.sync.service import Connection, StoreChanged, SyncService, SyncStatus

log = logging.getLogger(__name__)

#: The rows the table lists: not yet delivered, and not given up on.
SHOWN_STATES = (outbox.PENDING, outbox.SENDING, outbox.FAILED, outbox.REVIEW)
RELOAD_ON = frozenset({Topic.OUTBOX, Topic.ALL})


class SyncPane(QWidget):
    def __init__(self, *, store_tasks: TaskRunner, sync: SyncService, bridge: SyncBridge,
                 gate: Gate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        #: Who may do what at this desk; None: roles off (nothing asked, nothing recorded).
        self._gate = gate
        self._bridge = bridge
        self._store_tasks = store_tasks
        self._reads = OneReadAtATime(self.reload)
        self._counts: dict[str, int] | None = None
        self._cancelling = False
        #: "Sync now" was asked while offline: say so until PassEntry answers.
        self._asked_offline = False

        self.form = form = load_form("sync/pane.ui", self)
        for label in (form.connectionDetail, form.lastSyncLabel, form.phaseLabel,
                      form.syncProblem, form.outboxSummary, form.detailLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        keep_space = form.progressBar.sizePolicy()
        keep_space.setRetainSizeWhenHidden(True)  # no jumping when a sync starts or ends
        form.progressBar.setSizePolicy(keep_space)

        self.model = OutboxTableModel(self)
        table = form.outboxTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in Column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ERROR, QHeaderView.ResizeMode.Stretch)

        form.syncNowButton.clicked.connect(self.sync_now)
        form.fullCheckButton.clicked.connect(self.check_every_pass)
        form.cancelButton.clicked.connect(self.cancel_sync)
        form.retryButton.clicked.connect(self.retry_selected)
        form.discardButton.clicked.connect(self.discard_selected)
        table.selectionModel().selectionChanged.connect(self._show_selection)
        bridge.status_changed.connect(self.show_status)
        bridge.store_changed.connect(self._store_changed)

        self.show_status(bridge.status)
        self._show_selection()
        self.reload()

    @classmethod
    def from_services(cls, services: Services) -> SyncPane:
        return cls(store_tasks=services.store_tasks, sync=services.sync, bridge=services.bridge,
                   gate=services.gate)

    # --- sync actions ---------------------------------------------------------

    def sync_now(self) -> None:
        self._sync.sync_now()
        self.form.phaseLabel.setText(translate("sync", "Sync requested…"))
        self._say_if_offline()

    def check_every_pass(self) -> None:
        self._sync.sync_now(full_check=True)
        self.form.phaseLabel.setText(
            translate("sync", "Sync with a status check of every pass requested…"))
        self._say_if_offline()

    def _say_if_offline(self) -> None:
        # Offline, the request waits for the connection: a click must not look ignored.
        if self._bridge.status.connection is Connection.OFFLINE:
            self._asked_offline = True
            self.show_status(self._bridge.status)

    def cancel_sync(self) -> None:
        self._sync.cancel()
        self._cancelling = True
        self.show_status(self._bridge.status)

    # --- the status -------------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        form = self.form
        self._cancelling = self._cancelling and status.syncing
        set_tone(form.connectionPill, TONES[status.connection], f"● {connection_text(status)}")
        form.connectionDetail.setText(connection_detail(status))
        form.lastSyncLabel.setText(last_sync_text(status))
        self._show_progress(status)

        problem = say(status.last_sync_error).strip() if not status.syncing else None
        if problem and problem == say(status.connection_detail).strip():
            problem = None  # the connection row says it already (offline, key refused)
        cancelled = not status.syncing and was_cancelled(status)
        offline = status.connection is Connection.OFFLINE
        self._asked_offline = self._asked_offline and offline
        self.model.set_offline(offline)
        if self._asked_offline and not status.syncing:
            set_tone(form.syncProblem, Tone.WARNING, translate(
                "sync", "Offline: passdesk will sync when PassEntry answers again. Changes "
                        "made here are kept until then."))
        elif cancelled:
            set_tone(form.syncProblem, Tone.INFO, translate(
                "sync", "Sync cancelled. What was fetched is kept; the next sync carries on "
                        "from there."))
        elif problem:
            set_tone(form.syncProblem, Tone.WARNING, translate(
                "sync", "The last sync attempt did not finish: {problem}").format(
                problem=problem))
        form.syncProblem.setVisible(bool(problem) or cancelled
                                    or (self._asked_offline and not status.syncing))

        can_sync = not status.syncing and status.connection is not Connection.NO_KEY
        form.syncNowButton.setEnabled(can_sync)
        form.fullCheckButton.setEnabled(can_sync)
        form.cancelButton.setEnabled(status.syncing and not self._cancelling)

        form.outboxSummary.setText(outbox_summary(status))
        if status.outbox_counts != self._counts:
            self._counts = dict(status.outbox_counts)
            self.reload()

    def _show_progress(self, status: SyncStatus) -> None:
        bar = self.form.progressBar
        if not status.syncing:
            minutes = max(1, round(self._sync.pull_every.total_seconds() / 60))
            self.form.phaseLabel.setText(translate(
                "sync", "Idle. passdesk syncs by itself every %Ln minute(s).", None, minutes))
            bar.hide()
            return
        progress = status.progress
        doing = progress_text(progress)
        self.form.phaseLabel.setText(
            translate("sync", "Cancelling after this page… ({doing})").format(doing=doing)
            if self._cancelling else doing)
        if progress is not None and progress.total:
            bar.setRange(0, progress.total)
            bar.setValue(min(progress.done, progress.total))
        else:
            bar.setRange(0, 0)  # busy: the size of this phase is not known
        bar.show()

    # --- the outbox ---------------------------------------------------------------

    def reload(self) -> None:
        """Read the outbox again (on the store's worker); one read at a time."""
        if not self._reads.begin():
            return
        self._store_tasks.run(lambda: self._sync.outbox_items(SHOWN_STATES),
                              on_success=self._reads.shown(self._loaded),
                              on_failure=self._reads.shown(self._load_failed), owner=self)

    def _store_changed(self, change: StoreChanged) -> None:
        if change.what in RELOAD_ON:
            self.reload()

    def _loaded(self, items: list[OutboxItem]) -> None:
        selected = {item.seq for item in self.selected_items()}
        self.model.set_items(items)
        self._select(selected)
        self._show_selection()

    def _load_failed(self, error: Exception) -> None:
        log.error("cannot read the outbox", exc_info=error)
        set_tone(self.form.detailLabel, Tone.ERROR, translate(
            "sync", "Cannot read the outbox: {error}").format(error=_said(error)))
        self.form.detailLabel.show()

    def selected_items(self) -> list[OutboxItem]:
        rows = self.form.outboxTable.selectionModel().selectedRows()
        return [self.model.item(index.row()) for index in sorted(rows, key=lambda i: i.row())]

    def _actionable(self) -> list[OutboxItem]:
        return [item for item in self.selected_items() if item.state in outbox.NEEDS_A_PERSON]

    def _select(self, seqs: set[int]) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for seq in seqs:
            row = self.model.row_of(seq)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.form.outboxTable.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _show_selection(self, *_args: object) -> None:
        form = self.form
        actionable = self._actionable()
        form.retryButton.setEnabled(bool(actionable))
        form.discardButton.setEnabled(bool(actionable))
        needing = [item for item in self.model.items if item.state in outbox.NEEDS_A_PERSON]
        form.selectionHint.setText(action_hint(actionable, needing))
        # The selected row, else the first that needs a person, is explained in full.
        shown = actionable or self.selected_items() or needing
        explained = (describe(shown[0], held=self.model.is_held_back(shown[0]),
                              offline=self.model.offline) if shown else None)
        if explained is None:
            form.detailLabel.hide()
            return
        set_tone(form.detailLabel, *explained)
        form.detailLabel.show()

    # --- retry and discard --------------------------------------------------------------

    def retry_selected(self) -> None:
        seqs = [item.seq for item in self._actionable()]
        if seqs:
            self._change_outbox(lambda: [self._sync.retry(seq) for seq in seqs])

    def discard_selected(self) -> None:
        items = self._actionable()
        if not items or not confirm_discard(self, items):
            return
        grant = ask(self._gate, Action.DISCARD_REVIEW, self, detail=discard_detail(items))
        if grant is None:
            set_tone(self.form.detailLabel, Tone.WARNING,
                     translate("sync", "Not discarded: a supervisor's PIN was not given."))
            self.form.detailLabel.show()
            return
        sync = self._sync

        def discard() -> tuple[list[OutboxItem], Exception | None]:
            done: list[OutboxItem] = []
            for item in items:
                try:
                    sync.discard(item.seq)
                except Exception as exc:  # said as a failed change, below
                    return done, exc
                done.append(item)
            return done, None

        def discarded(result: tuple[list[OutboxItem], Exception | None]) -> None:
            done, error = result
            if self._gate is not None:
                for item in done:
                    self._gate.record(action=grant.action.value,
                                      subject=item.target_id or item.order_key,
                                      before=change_words(item), after="discarded",
                                      grant=grant)
            if error is not None:
                self._change_failed(error)
            else:
                self.reload()

        self._store_tasks.run(discard, on_success=discarded, on_failure=self._change_failed,
                              owner=self)

    def _change_outbox(self, change: Callable[[], object]) -> None:
        self._store_tasks.run(change, on_success=lambda _result: self.reload(),
                              on_failure=self._change_failed, owner=self)

    def _change_failed(self, error: Exception) -> None:
        if not isinstance(error, LookupError):
            log.error("cannot change the outbox", exc_info=error)
        set_tone(self.form.detailLabel, Tone.ERROR, translate(
            "sync", "That did not work: {error}. The list below is up to date again.").format(
            error=_said(error)))
        self.form.detailLabel.show()
        self.reload()


def _said(error: Exception) -> str:
    """An error's message in the person's language when it was made as a ``Text``."""
    return say(error.args[0]) if len(error.args) == 1 else str(error)


def discard_detail(items: list[OutboxItem]) -> str:
    """The step-up dialog's words for discarding ``items``."""
    if len(items) == 1:
        return translate("sync", "Discard “{change}” for {target}").format(
            change=change_words(items[0]), target=target_words(items[0], named=False))
    return translate("sync", "Discard %n change(s)", None, len(items))


def describe(item: OutboxItem, *, held: bool = False,
             offline: bool = False) -> tuple[Tone, str] | None:
    """The full story of one row, for the explanation under the table."""
    what = translate("sync", "{change} for {target}").format(change=change_words(item),
                                                             target=target_words(item))
    why = say(item.last_error).strip()
    if item.state == outbox.REVIEW:
        return (Tone.WARNING, translate("sync", "Needs review: {what}.\n{why}").format(
            what=what, why=why or translate("sync", "passdesk cannot tell whether it was "
                                                    "applied.")))
    if item.state == outbox.FAILED:
        return (Tone.ERROR, translate("sync", "Refused by PassEntry: {what}.\n{why}").format(
            what=what, why=why or translate("sync", "No reason was given.")))
    if held:
        return (Tone.INFO, translate("sync", "Held back: {what}.\nIt goes once the earlier "
                                             "change to this {target} that needs you is "
                                             "retried or discarded.").format(
            what=what, target=target_noun(item)))
    if why:
        return (Tone.INFO, translate("sync", "Waiting: {what}.\nLast try: {why}. "
                                             "Next try: {next}.").format(
            what=what, why=why, next=next_try(item, offline=offline)))
    return None


def action_hint(selected: list[OutboxItem], needing: list[OutboxItem]) -> str:
    """Beside Retry and Discard: what they would do, or how to get them."""
    if not needing:
        return translate("sync", "Waiting changes are sent by themselves: nothing for you to do.")
    if not selected:
        return translate("sync", "Select a refused or to-be-reviewed change to retry or "
                                 "discard it.")
    if any(item.state == outbox.REVIEW for item in selected):
        return translate("sync", "Retry if PassEntry does not have it; Discard if it does, or "
                                 "if it should not be made.")
    return translate("sync", "Retry sends it again unchanged; Discard drops it so later "
                             "changes can go.")


def confirm_discard(parent: QWidget, items: list[OutboxItem]) -> bool:
    """Ask before giving up on changes; says what discarding means."""
    if len(items) == 1:
        item = items[0]
        text = translate("sync", "Discard “{change}” for {target}?").format(
            change=change_words(item), target=target_words(item, named=False))
    else:
        text = translate("sync", "Discard %n change(s)?", None, len(items))
    return confirm_destructive(
        parent, translate("sync", "Discard changes"), text,
        translate("sync", "Discard", "button"), name="discardDialog",
        button_name="confirmDiscardButton",
        details=translate("sync", "A discarded change will not reach PassEntry: it stays on "
                                  "this computer only, marked as discarded. Later changes to "
                                  "the same pass or event are sent as usual. This cannot be "
                                  "undone."))
