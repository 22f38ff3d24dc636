"""What the Passes pane's buttons open: the detail panel beside the list, and the
dialogs to issue, bulk issue, message, edit, deactivate, reactivate and nullify passes.

Kept apart from the list so each piece stays small: the pane says what was asked
(signals), this module answers it with the dialogs, and tells the app the store
changed when a dialog queued something.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog

from passdesk.gui.passes.bulk_issue_dialog import BulkIssueDialog
from passdesk.gui.passes.deactivate_dialog import deactivate_passes, reactivate_pass
from passdesk.gui.passes.detail import PassDetailPanel
from passdesk.gui.passes.edit_dialog import EditPassDialog
from passdesk.gui.passes.issue_choices import AddTemplate
from passdesk.gui.passes.issue_dialog import IssueDialog
from passdesk.gui.passes.notify_dialog import NotifyDialog
from passdesk.gui.passes.nullify_dialog import NullifyDialog
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.pass_details import read_pass_details
from passdesk.store.pass_list_reads import read_deactivatable, read_display_names
from passdesk.store.topics import Topic
from passdesk.sync.service import StoreChanged, SyncService

#: Notices after which the pass shown is read again (once per burst).
DETAIL_TOPICS = frozenset({Topic.PASSES, Topic.OUTBOX, Topic.ALL, Topic.LOYALTY})
DETAIL_DELAY_MS = 250


class PassActions(QObject):
    def __init__(self, pane, database: Database, store_tasks: TaskRunner, bridge: SyncBridge,
                 sync: SyncService | None, *, add_template: AddTemplate | None = None,
                 batches=None) -> None:
        super().__init__(pane)
        self._add_template = add_template
        #: gui.batches_dialog.BatchAccess: bulk issue goes up as a batch where offered.
        self._batches = batches
        self._pane, self._database, self._store_tasks = pane, database, store_tasks
        self._bridge, self._sync = bridge, sync
        #: The account's images, for a pass's own design (set by the pane; None: none).
        self.images = None
        #: The dialog open now (one at a time), for tests and to keep it alive.
        self.dialog: QDialog | None = None
        self.detail = PassDetailPanel(pane.form.detailHost, database=database,
                                      store_tasks=store_tasks)
        # Below the form's hint ("Select a pass", "3 passes selected"), which stays.
        pane.form.detailHost.layout().addWidget(self.detail, 1)
        pane.current_changed.connect(self.detail.load)
        pane.issue_requested.connect(self.issue)
        pane.bulk_requested.connect(self.bulk_issue)
        # One set of action buttons, below the panel: they act on the selection.
        pane.notify_requested.connect(self.notify)
        pane.edit_requested.connect(self.edit)
        pane.deactivate_requested.connect(self.deactivate)
        pane.reactivate_requested.connect(self.reactivate)
        pane.nullify_requested.connect(self.nullify)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self.detail.reload)
        bridge.store_changed.connect(self._store_changed)

    def issue(self) -> None:
        dialog = IssueDialog(self._database, self._store_tasks, self._pane, sync=self._sync,
                             add_template=self._add_template, images=self.images)
        dialog.issued.connect(lambda pass_id: self._changed((pass_id,)))
        self._open(dialog)

    def bulk_issue(self) -> None:
        dialog = BulkIssueDialog(self._database, self._store_tasks, self._pane, sync=self._sync,
                                 add_template=self._add_template, batches=self._batches)
        dialog.queued.connect(lambda count: self._changed(()) if count else None)
        self._open(dialog)

    def notify(self, pass_ids: Sequence[str]) -> None:
        if pass_ids:
            dialog = NotifyDialog(self._database, self._store_tasks, list(pass_ids), self._pane,
                                  sync=self._sync)
            dialog.accepted.connect(lambda: self._changed(tuple(pass_ids)))
            self._open(dialog)

    def edit(self, pass_id: str) -> None:
        dialog = EditPassDialog(self._database, pass_id, self._pane, sync=self._sync,
                                images=self.images)
        dialog.accepted.connect(lambda: self._changed((pass_id,)))
        self._open(dialog)

    def deactivate(self, pass_ids: Sequence[str]) -> None:
        """Only the passes not deactivated yet are asked about and counted (m7)."""
        ids, names = read_deactivatable(self._database, pass_ids)
        if deactivate_passes(self._pane, self._database, ids, names, sync=self._sync,
                             selected=len(pass_ids)):
            self._changed(tuple(ids))

    def reactivate(self, pass_id: str) -> None:
        names = read_display_names(self._database, [pass_id])
        if reactivate_pass(self._pane, self._database, pass_id, names[0], sync=self._sync):
            self._changed((pass_id,))

    def nullify(self, pass_id: str) -> None:
        details = read_pass_details(self._database, pass_id)  # one row by its key
        if details is None or details.status == "nullified":
            return
        dialog = NullifyDialog(self._database, self._store_tasks, details, self._pane,
                               sync=self._sync)
        dialog.accepted.connect(lambda: self._changed((pass_id,)))
        self._open(dialog)

    def _store_changed(self, change: StoreChanged) -> None:
        # A delivered change ("outbox"), a pull or another desk ("passes") may change
        # the pass shown: "1 change waiting to be sent" must not outlive its delivery.
        if change.what in DETAIL_TOPICS and not self._detail_timer.isActive():
            self._detail_timer.start()

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _changed(self, pass_ids: tuple[str, ...]) -> None:
        self.detail.reload()
        self._bridge.notice(StoreChanged(Topic.PASSES, pass_ids))
