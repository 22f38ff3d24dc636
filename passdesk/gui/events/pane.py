"""The Events pane: list, filter, create and edit events, online or offline.

The list is read from the local store on the store's worker (``store.event_list``)
and shown sorted by a proxy; it reloads on ``store_changed("events"|"outbox"|
"all")`` and after the pane's own changes. A change is one local transaction
with its outbox row (``sync.events``); ``push_soon`` then sends it at once
when online. Until then the event is marked "not sent yet".

Events are a legacy part of PassEntry's API. Where an account has no events
list (the server answers 404: ``NotOfferedError``), the sync learns events
from the passes' ``enhancedEventData`` (stored with source "passes"); the pane
then says so and lists them read-only: New and Edit are off, with the reason.
It knows from the store (an event learnt from passes) and, when shown, from
one cheap request to PassEntry (``events.list``, one row).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

from passdesk.api import ApiError
from passdesk.core.payloads import EventInput
from passdesk.gui.events.event_dialog import EventDialog
from passdesk.gui.events.model import STATUS_WORDS, Column, EventsModel
from passdesk.gui.i18n import say, translate
from passdesk.gui.server import ServerLink
from passdesk.gui.services import Services
from passdesk.gui.widgets.forms import load_form
from passdesk.gui.widgets.id_table import IdTable
from passdesk.gui.widgets.style import Tone, set_tone
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.event_list import (
    EventFilter,
    EventListRow,
    EventsShown,
    When,
    read_events_shown,
)
from passdesk.store.topics import Topic
from passdesk.sync.changes import ChangeRefused
from passdesk.sync.events import create_event, events_list_offered, update_event
from passdesk.sync.service import StoreChanged, SyncService

log = logging.getLogger(__name__)

RELOAD_ON = frozenset({Topic.EVENTS, Topic.OUTBOX, Topic.ALL})
WHEN_CHOICES = ((When.UPCOMING, QT_TRANSLATE_NOOP("events", "Upcoming")),
                (When.PAST, QT_TRANSLATE_NOOP("events", "Past")),
                (When.ALL, QT_TRANSLATE_NOOP("events", "All")))
ANY_STATUS = QT_TRANSLATE_NOOP("events", "Any status")
#: Typing in the filter waits this long for the next key before reading the store.
FILTER_DELAY_MS = 150
#: An event's ``source`` when the sync learnt it from the passes' event details.
FROM_PASSES = "passes"
NO_EVENTS_LIST = QT_TRANSLATE_NOOP(
    "events", "This PassEntry account has no events list; events below come from the "
              "passes' event details and cannot be edited here.")
READ_ONLY_TIP = QT_TRANSLATE_NOOP(
    "events", "PassEntry's API has no events list for this account, so events cannot be "
              "created or edited here. Change them where the passes are made.")
FROM_PASSES_TIP = QT_TRANSLATE_NOOP(
    "events", "This event comes from its passes' event details: it cannot be edited here.")


def from_passes(row: EventListRow) -> bool:
    """Learnt from the passes' event details: read-only here."""
    return row.source == FROM_PASSES


class EventsPane(QWidget):
    def __init__(self, *, database: Database, store_tasks: TaskRunner, bridge: SyncBridge,
                 sync: SyncService | None = None, link: ServerLink | None = None,
                 net_tasks: TaskRunner | None = None, local_zone: str | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._store_tasks = store_tasks
        self._bridge = bridge
        #: Told after each change, so it is sent at once.
        self._sync = sync
        self._clock = clock
        self._reads = OneReadAtATime(self.reload)
        #: Select this event once the list shows it (one just created or edited).
        self._select_id: str | None = None
        #: Asks PassEntry (once per server) whether the account has an events list.
        self._link = link
        self._net_tasks = net_tasks
        self._asked_server = False
        #: False: the account has no events list (the server said so, or the store
        #: holds events learnt from passes); the pane is then read-only.
        self._list_offered = True
        #: What the pane's own request and the last sync found (None: not asked).
        self._server_says: bool | None = None
        self._sync_says: bool | None = None

        self.form = form = load_form("events/pane.ui", self)
        for label in (form.summaryLabel, form.messageLabel, form.noticeLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.messageLabel.hide()
        set_tone(form.noticeLabel, Tone.INFO, translate("events", NO_EVENTS_LIST))
        form.noticeLabel.hide()
        self.model = EventsModel(self, local_zone=local_zone)
        self.local_zone = self.model.local_zone
        self.table = IdTable(form.eventsTable, self.model, self)
        self.proxy = self.table.proxy
        self._setup_table()
        for when, words in WHEN_CHOICES:
            form.whenCombo.addItem(translate("events", words), when)
        form.statusCombo.addItem(translate("events", ANY_STATUS), None)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        form.filterEdit.textChanged.connect(lambda _t: self._filter_timer.start())
        form.whenCombo.currentIndexChanged.connect(self._when_changed)
        form.statusCombo.currentIndexChanged.connect(lambda _i: self.reload())
        form.newButton.clicked.connect(self.new_event)
        form.editButton.clicked.connect(self.edit_selected)
        form.eventsTable.doubleClicked.connect(self._double_clicked)
        form.eventsTable.selectionModel().selectionChanged.connect(self._show_selection)
        bridge.store_changed.connect(self._store_changed)
        if link is not None:
            link.changed.connect(self._server_changed)

        self._show_offered()
        self.reload()

    @classmethod
    def from_services(cls, services: Services) -> EventsPane:
        return cls(database=services.database, store_tasks=services.store_tasks,
                   bridge=services.bridge, sync=services.sync, link=services.link,
                   net_tasks=services.net_tasks)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._asked_server:
            self.ask_server()

    # --- does this account have an events list? ---------------------------------------

    @property
    def read_only(self) -> bool:
        return not self._list_offered

    def ask_server(self) -> None:
        """One cheap request: does PassEntry answer the (legacy) events list here?"""
        link, tasks = self._link, self._net_tasks
        if link is None or tasks is None or not link.target.has_key:
            return
        try:
            client = link.client
        except ApiError:  # e.g. plain http to another host: Settings says so
            return
        self._asked_server = True
        tasks.run(lambda: events_list_offered(client), owner=self,
                  on_success=self._server_answered,
                  on_failure=lambda exc: log.info("events list not asked: %s", exc))

    def _server_answered(self, offered: bool) -> None:
        self._server_says = offered
        self._show_offered()

    def _server_changed(self, _target: object = None) -> None:
        self._asked_server = False
        self._server_says = None
        if self.isVisible():
            self.ask_server()

    def _show_offered(self, rows: list[EventListRow] | None = None) -> None:
        """Read-only when the server says there is no events list, or the store shows it."""
        learnt = any(from_passes(row) for row in (rows or self._rows()))
        said = self._server_says if self._server_says is not None else self._sync_says
        self._list_offered = said if said is not None else not learnt
        form = self.form
        form.noticeLabel.setVisible(not self._list_offered)
        form.newButton.setEnabled(self._list_offered)
        form.newButton.setToolTip(
            translate("events", "Create an event; it is sent to PassEntry at once, or when "
                      "back online")
            if self._list_offered else translate("events", READ_ONLY_TIP))
        if self._list_offered:
            hint = translate("events", "Start and end are shown in each event's own time "
                             "zone; point at a time to see it in yours ({zone}). Double-click "
                             "an event to edit it.")
        else:
            hint = translate("events", "Start and end are shown in each event's own time "
                             "zone; point at a time to see it in yours ({zone}).")
        form.hintLabel.setText(hint.format(zone=self.local_zone))
        self._show_selection()

    def _rows(self) -> list[EventListRow]:
        return [self.model.row(n) for n in range(self.model.rowCount())]

    def _setup_table(self) -> None:
        table = self.form.eventsTable
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in Column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (Column.NAME, Column.VENUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        table.sortByColumn(Column.START, Qt.SortOrder.AscendingOrder)

    # --- the list -----------------------------------------------------------------------

    def event_filter(self) -> EventFilter:
        form = self.form
        return EventFilter(text=form.filterEdit.text(), status=form.statusCombo.currentData(),
                           when=self.when())

    def when(self) -> When:
        # Qt hands item data back as a plain str: make it the enum again.
        return When(self.form.whenCombo.currentData())

    def reload(self) -> None:
        """Read the list again (on the store's worker); one read at a time."""
        self._filter_timer.stop()
        if not self._reads.begin():
            return
        db, where, now = self._database, self.event_filter(), self._clock()

        def read() -> EventsShown:
            return read_events_shown(db, now=now, where=where)

        self._store_tasks.run(read, owner=self, on_failure=self._reads.shown(self._not_loaded),
                              on_success=self._reads.shown(lambda shown: self._loaded(
                                  where, shown.rows, shown.statuses, shown.offered)))

    def _loaded(self, where: EventFilter, rows: list[EventListRow],
                known_statuses: list[str], offered: bool | None = None) -> None:
        keep = self._select_id or self.selected_id()
        self.model.set_rows(rows)
        self._sync_says = offered
        self._show_offered(rows)
        self._offer_statuses(known_statuses)
        self._show_summary(where, rows)
        if keep is not None:
            self._select(keep)
        self._show_selection()

    def _not_loaded(self, exc: Exception) -> None:
        log.warning("events not read: %s", exc)
        self._say(Tone.ERROR, translate("events", "The events could not be read from the "
                                        "local store: {reason}").format(reason=say(exc)))

    def _offer_statuses(self, known: list[str]) -> None:
        combo = self.form.statusCombo
        offered = [combo.itemData(i) for i in range(1, combo.count())]
        if offered == known:
            return
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("events", ANY_STATUS), None)
        for status in known:
            # A local row's "pending" status means: not created on PassEntry yet.
            stored = "new" if status == "pending" else status
            known_words = STATUS_WORDS.get(stored)
            combo.addItem(translate("events", known_words) if known_words else stored, status)
        found = combo.findData(chosen)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _show_summary(self, where: EventFilter, rows: list[EventListRow]) -> None:
        """Says what the rows are: those of the filter they were read with."""
        count, when = len(rows), When(where.when)
        if when is When.UPCOMING:
            text = translate("events", "%Ln upcoming event(s)", None, count)
        elif when is When.PAST:
            text = translate("events", "%Ln past event(s)", None, count)
        else:
            text = translate("events", "%Ln event(s)", None, count)
        unsent = sum(1 for r in rows if r.pending)
        if unsent:
            text = translate("events", "{events} · %Ln with changes not sent to PassEntry yet",
                             None, unsent).format(events=text)
        if where.text.strip() or where.status:
            text = translate("events", "{events} (filtered)").format(events=text)
        self.form.summaryLabel.setText(text)

    def _when_changed(self) -> None:
        # Past events: the most recent first; otherwise the next one first.
        past = self.when() is When.PAST
        self.form.eventsTable.sortByColumn(
            Column.START, Qt.SortOrder.DescendingOrder if past else Qt.SortOrder.AscendingOrder)
        self.reload()

    def _store_changed(self, change: StoreChanged) -> None:
        if change.what in RELOAD_ON:
            self.reload()

    # --- selection ------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        return self.table.selected_id()

    def selected_event(self) -> EventListRow | None:
        return self.table.selected_row()

    def _select(self, event_id: str) -> None:
        if self.table.select(event_id):
            self._select_id = None

    def _show_selection(self) -> None:
        row = self.selected_event()
        editable = self.can_edit(row)
        button = self.form.editButton
        button.setEnabled(editable)
        if self.read_only:
            button.setToolTip(translate("events", READ_ONLY_TIP))
        elif row is not None and from_passes(row):
            button.setToolTip(translate("events", FROM_PASSES_TIP))
        else:
            button.setToolTip(translate("events", "Change the selected event (or double-click "
                                        "it)"))

    def can_edit(self, row: EventListRow | None) -> bool:
        return row is not None and not self.read_only and not from_passes(row)

    # --- changes ------------------------------------------------------------------------

    def new_event(self) -> None:
        if self.read_only:
            return
        dialog = EventDialog(self, local_zone=self.local_zone, now=self._clock())
        if dialog.exec() != EventDialog.DialogCode.Accepted:
            return
        event = dialog.event_input()
        if event is None:
            return
        db = self._database
        self._change(lambda: create_event(db, event=event),
                     translate("events", "“{name}” was saved here. It is sent to PassEntry at "
                               "once, or when back online.").format(name=event.name))

    def edit_selected(self) -> None:
        row = self.selected_event()
        if not self.can_edit(row):
            return
        dialog = EventDialog(self, event=row, local_zone=self.local_zone, now=self._clock())
        if dialog.exec() != EventDialog.DialogCode.Accepted:
            return
        changes = dialog.event_input()
        if changes is None:
            self._say(Tone.INFO, translate("events", "Nothing changed in “{name}”.")
                      .format(name=row.name))
            return
        self._edit(row, changes)

    def _edit(self, row: EventListRow, changes: EventInput) -> None:
        db = self._database

        def update() -> str:
            update_event(db, event_id=row.id, changes=changes)
            return row.id

        self._change(update, translate("events", "The changes to “{name}” were saved here. "
                                       "They are sent to PassEntry at once, or when back "
                                       "online.").format(name=changes.name or row.name))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def _change(self, write: Callable[[], str], done_words: str) -> None:
        def done(event_id: str) -> None:
            self._select_id = event_id
            self._say(Tone.SUCCESS, done_words)
            if self._sync is not None:
                self._sync.push_soon()
            self._bridge.notice(StoreChanged(Topic.EVENTS, (event_id,)))
            self.reload()

        def failed(exc: Exception) -> None:
            if not isinstance(exc, ChangeRefused):
                log.error("event change not saved: %s", exc)
            self._say(Tone.ERROR, translate("events", "Not saved: {reason}")
                      .format(reason=say(exc)))

        self._store_tasks.run(write, owner=self, on_success=done, on_failure=failed)

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.form.messageLabel, tone, text)
        self.form.messageLabel.show()
