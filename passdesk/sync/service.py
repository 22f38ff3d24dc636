"""The sync worker: one background thread that pulls, pushes and knows if we are online.

No Qt here: listeners are plain callables, called on the worker thread; the
GUI bridges them into Qt signals. Everything the worker reports is plain,
frozen data, safe to hand across threads.

The pull and push machinery (the API client, httpx) is imported by the worker
on its first round, not with this module: the app builds this service before
its window shows, and the first second has no use for it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from passdesk.api.errors import ApiError, ForbiddenError, NetworkError, UnauthorizedError
from passdesk.api.urls import check_base_url
from passdesk.core.texts import translate
from passdesk.store import loyalty as loyalty_store
from passdesk.store import outbox, sync_state
from passdesk.store.database import Database
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.topics import Topic
from passdesk.sync.changes import Clock, utcnow
from passdesk.sync.live import LiveChanges
from passdesk.sync.progress import SyncCancelled, SyncProgress

if TYPE_CHECKING:
    from passdesk.api import PassEntryClient
    from passdesk.sync.pull import PullReport
    from passdesk.sync.push import PushOutcome

log = logging.getLogger(__name__)

PULL_EVERY = timedelta(minutes=5)
SERVER_KEY = "server"
#: With nothing to do, still check the connection this often (the status bar).
IDLE_CHECK_EVERY = timedelta(seconds=30)


class Connection(StrEnum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"
    KEY_REFUSED = "key refused"
    NO_KEY = "no key"
    #: The local database holds another server's data: nothing is sent.
    OTHER_SERVER = "other server"


@dataclass(frozen=True)
class SyncStatus:
    connection: Connection = Connection.UNKNOWN
    connection_detail: str = ""
    syncing: bool = False
    progress: SyncProgress | None = None
    last_sync_at: datetime | None = None
    last_sync_error: str | None = None
    last_sync_cancelled: bool = False
    last_report: PullReport | None = None
    outbox_counts: dict[str, int] = field(default_factory=dict)

    @property
    def pending(self) -> int:
        return self.outbox_counts.get(outbox.PENDING, 0) + self.outbox_counts.get(
            outbox.SENDING, 0)

    @property
    def needs_a_person(self) -> int:
        return sum(self.outbox_counts.get(s, 0) for s in outbox.NEEDS_A_PERSON)


@dataclass(frozen=True)
class StoreChanged:
    """One app-wide notice: the store changed; panes that show ``what`` reload."""

    what: str  # a Topic
    ids: tuple[str, ...] = ()


Listener = Callable[[SyncStatus | StoreChanged], None]
ClientFactory = Callable[[], "PassEntryClient | None"]
#: The entity id set in Settings, read at each pull (None: not set).
EntitySetting = Callable[[], str | None]
#: What a delivered outbox row changed, as panes hear it (any other kind: everything).
TOPIC_OF_KIND = {
    OutboxKind.LOYALTY_CHANGE: Topic.LOYALTY,
    OutboxKind.PASS_CREATE: Topic.PASSES, OutboxKind.PASS_UPDATE: Topic.PASSES,
    OutboxKind.PASS_NOTIFY: Topic.PASSES, OutboxKind.PASS_NULLIFY: Topic.PASSES,
    OutboxKind.EVENT_CREATE: Topic.EVENTS, OutboxKind.EVENT_UPDATE: Topic.EVENTS,
}


class SyncService:
    def __init__(self, database: Database, client_factory: ClientFactory, *,
                 clock: Clock = utcnow, pull_every: timedelta = PULL_EVERY,
                 idle_check_every: timedelta = IDLE_CHECK_EVERY, live: bool = True,
                 entity_id: EntitySetting = lambda: None, pull_in_child: bool = False) -> None:
        self.db = database
        #: Pull in a child process (``sync.pull_process``) when the store is a file or a
        #: server another process can open: the pull's Python leaves the UI's interpreter.
        self._pull_in_child = pull_in_child
        self._entity_setting = entity_id
        self._client_factory = client_factory
        self._client: PassEntryClient | None = None
        self._retired: list[PassEntryClient] = []
        self.clock = clock
        self.pull_every = pull_every
        self.idle_check_every = idle_check_every
        self._listeners: list[Listener] = []
        self._wake = threading.Condition()
        self._pull_requested = False
        self._full_requested = False
        self._stop = False
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._status = SyncStatus()
        self._status_lock = threading.Lock()
        self._last_contact: datetime | None = None
        self._next_pull: datetime | None = None
        #: What other desks and the hub write, heard while running (``live=False``: not).
        self._live = LiveChanges(database, self._heard) if live else None

    # --- control (any thread) ------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop = False
        self._publish(outbox_counts=self._outbox_counts())
        self._thread = threading.Thread(target=self._run, name="passdesk-sync", daemon=True)
        self._thread.start()
        if self._live is not None:
            self._live.start()

    def stop(self, timeout: float = 10.0) -> None:
        if self._live is not None:
            self._live.stop()
        with self._wake:
            self._stop = True
            self._cancel.set()
            self._wake.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        for client in [*self._retired, self._client]:
            if client is not None:
                client.close()
        self._retired.clear()
        self._client = None

    def sync_now(self, *, full_check: bool = False) -> None:
        """Pull (and push) as soon as possible; ``full_check`` also re-reads every status."""
        with self._wake:
            self._pull_requested = True
            self._full_requested = self._full_requested or full_check
            self._wake.notify_all()

    def push_soon(self) -> None:
        """A local change was queued: deliver it without waiting for the timer."""
        with self._wake:
            self._wake.notify_all()
        self._emit(StoreChanged(Topic.OUTBOX))
        self._publish(outbox_counts=self._outbox_counts())

    def cancel(self) -> None:
        """Stop the running pull between two pages; what was committed stays."""
        self._cancel.set()

    def set_client_factory(self, factory: ClientFactory) -> None:
        """Another server or key: the next round uses it.

        The old client may be in use by the worker right now, so the worker
        closes it at the start of its next round, not this (UI) thread.
        """
        with self._wake:
            self._client_factory = factory
            if self._client is not None:
                self._retired.append(self._client)
            self._client = None
            self._pull_requested = True
            self._cancel.set()  # a pull for the old server stops between pages
            self._wake.notify_all()
        self._publish(connection=Connection.UNKNOWN, connection_detail="")

    @property
    def status(self) -> SyncStatus:
        with self._status_lock:
            return self._status

    def _heard(self, topic: str) -> None:
        """The store changed, maybe by another desk or the hub (the live feed's thread)."""
        self._emit(StoreChanged(topic))
        if topic in (Topic.OUTBOX, Topic.ALL):  # the status bar's pending count
            self._publish(outbox_counts=self._outbox_counts())

    # --- outbox actions for the panel (any thread) --------------------------------

    def outbox_items(self, states: tuple[str, ...]) -> list[outbox.OutboxItem]:
        with self.db.session() as session:
            return outbox.items(session, states)

    def retry(self, seq: int) -> None:
        with self.db.session() as session:
            outbox.retry(session, seq, self.clock())
            loyalty_store.follow_outbox(session, outbox.get(session, seq))
        self._emit(StoreChanged(Topic.LOYALTY))
        self.push_soon()

    def discard(self, seq: int) -> None:
        with self.db.session() as session:
            loyalty_store.follow_outbox(session, outbox.discard(session, seq))
        self._emit(StoreChanged(Topic.LOYALTY))
        self.push_soon()

    # --- the worker -------------------------------------------------------------------

    def _run(self) -> None:
        self._recover()
        while True:
            with self._wake:
                if self._stop:
                    return
                wait = self._seconds_until_work()
                if wait > 0 and not self._pull_requested:
                    self._wake.wait(wait)
                if self._stop:
                    return
                pull = self._pull_requested or self._pull_due()
                full = self._full_requested
                self._pull_requested = self._full_requested = False
            client = self._current_client()
            if client is None:
                self._publish(connection=Connection.NO_KEY,
                              connection_detail=translate("sync", "No API key for this server."))
                with self._wake:
                    self._wake.wait(self.idle_check_every.total_seconds())
                continue
            if not self._bound_to(client):
                with self._wake:
                    self._wake.wait(self.idle_check_every.total_seconds())
                continue
            try:
                if pull:
                    self._pull(client, full)
                self._push(client)
                if not pull and self._idle_too_long():
                    client.check_connection()
                    self._contact()
            except Exception as exc:  # the worker must survive anything and say what
                self._failed(exc)

    def bind(self, base_url: str) -> None:
        """Bind this database to ``base_url`` now, if no sync has bound it yet.

        The demo binds its fresh file at once: a key saved later for a real
        server then never adopts the demo's data, however quick the save.
        """
        with self.db.session() as session:
            if (sync_state.read(session, SERVER_KEY) or {}).get("base_url") is None:
                sync_state.write(session, SERVER_KEY, {"base_url": check_base_url(base_url)})

    def _bound_to(self, client: PassEntryClient) -> bool:
        """Is this database the one for the client's server? The first sync binds it.

        Without this, switching servers (or from the demo to a real account)
        would send one server's queued changes to another.
        """
        with self.db.session() as session:
            bound = (sync_state.read(session, SERVER_KEY) or {}).get("base_url")
            if bound is None:
                sync_state.write(session, SERVER_KEY, {"base_url": client.base_url})
                return True
        if bound == client.base_url:
            return True
        self._publish(connection=Connection.OTHER_SERVER, connection_detail=translate(
            "sync", "The local data belongs to {bound}; nothing is sent to {server}. Restart "
                    "passdesk to open that server's own local data.").format(
            bound=bound, server=client.base_url))
        return False

    def _recover(self) -> None:
        from passdesk.sync.push import Pusher

        client = self._current_client()
        if client is not None:
            recovered = Pusher(client, self.db, clock=self.clock).recover()
            if recovered:
                log.info("%d outbox rows were being sent when passdesk stopped", recovered)

    def _seconds_until_work(self) -> float:
        from passdesk.sync.push import next_due

        now = self.clock()
        moments = [self._next_pull or now, (self._last_contact or now) + self.idle_check_every]
        due = next_due(self.db)
        if due is not None:
            moments.append(due)
        return max(0.0, min((m - now).total_seconds() for m in moments))

    def _pull_due(self) -> bool:
        return self._next_pull is None or self.clock() >= self._next_pull

    def _idle_too_long(self) -> bool:
        last = self._last_contact
        return last is None or self.clock() - last >= self.idle_check_every

    def _current_client(self) -> PassEntryClient | None:
        with self._wake:
            while self._retired:
                self._retired.pop().close()
            if self._client is None:
                try:
                    self._client = self._client_factory()
                except ApiError as exc:  # e.g. an insecure URL in settings
                    self._publish(connection=Connection.OFFLINE, connection_detail=exc.message)
                    return None
            return self._client

    def _pull(self, client: PassEntryClient, full: bool) -> None:
        from passdesk.sync.pull import PullSync

        self._cancel.clear()
        self._publish(syncing=True, progress=None, last_sync_error=None,
                      last_sync_cancelled=False)

        def progress(p: SyncProgress) -> None:
            self._contact()
            self._publish(progress=p)
            if p.phase.startswith(("passes", "status")):
                self._emit(StoreChanged(Topic.PASSES))

        url = None
        if self._pull_in_child:
            from passdesk.sync.pull_process import PullInChild, child_database_url

            url = child_database_url(self.db)
        if url is not None and client.api_key is not None:
            sync = PullInChild(url, client.base_url, client.api_key, on_progress=progress,
                               cancel=self._cancel, entity_id=self._entity_setting())
        else:
            sync = PullSync(client, self.db, on_progress=progress, cancel=self._cancel,
                            clock=self.clock, entity_id=self._entity_setting())
        try:
            report = sync.run(reconcile=True if full else None)
        except SyncCancelled:
            self._publish(syncing=False, progress=None, last_sync_cancelled=True)
            self._next_pull = self.clock() + self.pull_every
            return
        except Exception:
            self._publish(syncing=False, progress=None)
            self._next_pull = self.clock() + min(self.pull_every, timedelta(seconds=30))
            raise
        self._contact()
        self._next_pull = self.clock() + self.pull_every
        self._publish(syncing=False, progress=None, last_sync_at=self.clock(),
                      last_report=report, last_sync_error=None)
        self._emit(StoreChanged(Topic.ALL))

    def _push(self, client: PassEntryClient) -> None:
        from passdesk.sync.push import Pusher, PushResult, PushStopped

        pusher = Pusher(client, self.db, clock=self.clock)
        try:
            outcomes = pusher.drain(should_stop=lambda: self._stop)
        except PushStopped as exc:
            self._publish(connection=Connection.KEY_REFUSED, connection_detail=exc.error.message,
                          outbox_counts=self._outbox_counts())
            return
        if outcomes:
            if any(o.result in (PushResult.DONE, PushResult.FAILED, PushResult.REVIEW)
                   for o in outcomes):
                self._contact()
            self._announce(outcomes)
            self._publish(outbox_counts=self._outbox_counts())

    def _announce(self, outcomes: list[PushOutcome]) -> None:
        for topic in {TOPIC_OF_KIND.get(o.kind, Topic.ALL) for o in outcomes}:
            self._emit(StoreChanged(topic))
        self._emit(StoreChanged(Topic.OUTBOX))

    def _contact(self) -> None:
        self._last_contact = self.clock()
        if self.status.connection is not Connection.ONLINE:
            was_offline = self.status.connection is Connection.OFFLINE
            self._publish(connection=Connection.ONLINE, connection_detail="")
            if was_offline:
                # Back online: changes that waited out a backoff go now, not in
                # up to five minutes. Ones that must be checked keep their delay.
                with self.db.session() as session:
                    outbox.make_unsent_due(session, self.clock())
                with self._wake:
                    self._wake.notify_all()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UnauthorizedError | ForbiddenError):
            connection, detail = Connection.KEY_REFUSED, exc.message
        elif isinstance(exc, NetworkError):
            connection, detail = Connection.OFFLINE, exc.message
        elif isinstance(exc, ApiError):
            connection, detail = self.status.connection, exc.message
        else:
            log.exception("sync failed")
            connection, detail = self.status.connection, f"{type(exc).__name__}: {exc}"
        self._last_contact = self.clock()  # wait a full idle period before checking again
        self._publish(connection=connection, connection_detail=detail,
                      last_sync_error=detail, outbox_counts=self._outbox_counts())

    # --- reporting --------------------------------------------------------------------

    def _outbox_counts(self) -> dict[str, int]:
        try:
            with self.db.session() as session:
                return outbox.counts(session)
        except Exception:  # a locked or broken database must not stop reporting
            log.exception("cannot count the outbox")
            return dict(self.status.outbox_counts)

    def _publish(self, **changes) -> None:
        with self._status_lock:
            self._status = replace(self._status, **changes)
            status = self._status
        self._emit(status)

    def _emit(self, notice: SyncStatus | StoreChanged) -> None:
        for listener in list(self._listeners):
            with contextlib.suppress(Exception):  # a listener's bug must not kill sync
                listener(notice)
