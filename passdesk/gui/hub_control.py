"""The venue hub run inside the app: started, stopped and restarted as Settings say.

The hub itself (``passdesk.hub``, no Qt) serves on its own threads over the
desk's database. This object decides when it runs and tells the screens how
it is (``state_changed``). Binding the port and stopping uvicorn happen on a
worker thread of its own, one operation at a time, so a start never overtakes
the stop before it and the window never waits on either.

It reads the settings file once, at the first ``apply()``; from then on it
follows the saves the ``SettingsStore`` announces (the Door's event, the
Settings pane's port), whichever thread saved them.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal

from passdesk.core.admission import DoorConfig
from passdesk.core.texts import translate
from passdesk.gui.workers.settings_follower import SettingsFollower
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.hub import config as hub_config
from passdesk.hub.config import ConfigError, HubConfig
from passdesk.hub.signatures import WebhookSecrets
from passdesk.keychain import SecretStore
from passdesk.settings import Settings, SettingsStore
from passdesk.settings.door import setup_from_json
from passdesk.store.database import Database

log = logging.getLogger(__name__)

#: The desk name the hub's scans carry in the scan log (as ``passdesk hub``'s default).
HUB_DESK = "hub"
#: What the Readers pane announces after it stored a new reader token.
READERS_CHANGED = "readers"
_IN_USE = {errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", errno.EADDRINUSE)}
_DENIED = {errno.EACCES, getattr(errno, "WSAEACCES", errno.EACCES)}


class HubPhase(StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    RUNNING = "running"
    STOPPING = "stopping"
    FAILED = "failed"


@dataclass(frozen=True)
class HubState:
    phase: HubPhase = HubPhase.STOPPED
    #: The base URL while running, e.g. ``http://127.0.0.1:8770``.
    url: str | None = None
    #: Why it is not running, in words for the person (FAILED only).
    problem: str = ""
    #: Running without a token: every reader is refused.
    no_token: bool = False


@dataclass(frozen=True)
class HubPlan:
    """How the hub should run. A running hub whose plan changed is restarted."""

    host: str
    port: int
    token: str | None = field(repr=False)
    door: DoorConfig
    #: Everything the hub is given (webhook secrets too), read at each apply. Not
    #: compared: the previous webhook secret's deadline is new at every read.
    config: HubConfig = field(compare=False, repr=False)


def plan_for(settings: Settings, secrets: SecretStore) -> HubPlan | None:
    """The hub the settings ask for (None: none), with the keychain's secrets."""
    if not settings.hub_run:
        return None
    # The desk's event and re-entry rule, as ``passdesk hub --event --reentry`` takes them,
    # and which passes are tickets and when, so a reader and the Door judge alike.
    desk = setup_from_json(settings.door).config
    door = DoorConfig(desk=HUB_DESK, event_id=desk.event_id,
                            allow_reentry=desk.allow_reentry,
                            admit_non_tickets=desk.admit_non_tickets,
                            early_entry=desk.early_entry,
                            # A reader cannot ask Enter or Esc: a held ticket is denied
                            # with the hold's reason, and staff check it by hand.
                            holds=desk.holds, can_hold=False)
    config = hub_config.load(store=secrets, door=door,
                             previous_until_saved=settings.webhook_previous_until)
    return HubPlan(settings.hub_host, settings.hub_port, config.token, door, config)


def start_problem(exc: Exception, host: str, port: int) -> str:
    """Why the hub did not start, and what to do about it (a ``Text``: English in the
    log, said in the installed language by the Settings pane)."""
    code = getattr(exc, "errno", None)
    port_ = str(port)  # a port is a name, never grouped "8,770"
    if isinstance(exc, OSError) and code in _IN_USE:
        return translate("settings", "Port {port} is in use by another program. Choose "
                         "another port, or stop that program (another passdesk, or "
                         "“passdesk hub”).").format(port=port_)
    if isinstance(exc, OSError) and code in _DENIED:
        return translate("settings", "Port {port} may only be used by an administrator on "
                         "this computer. Choose a port from 1024 up.").format(port=port_)
    if isinstance(exc, OSError) and code == errno.EADDRNOTAVAIL:
        return translate("settings", "This computer has no network address {host}. Choose "
                         "another “Listen on”.").format(host=host)
    if isinstance(exc, OSError):
        return translate("settings", "The venue hub could not listen on {host}:{port}: "
                         "{problem}.").format(host=host, port=port_,
                                              problem=exc.strerror or str(exc))
    return translate("settings", "The venue hub did not start: {kind}: {problem}. This is a "
                     "bug in passdesk; please report it.").format(kind=type(exc).__name__,
                                                                  problem=str(exc))


ServerFactory = Callable[..., Any]


def _hub_server(database: Database, config: HubConfig, *, host: str, port: int) -> Any:
    # Imported here: uvicorn and Starlette take half a second, wasted when the hub is off.
    from passdesk.hub.server import HubServer

    return HubServer(database, config, host=host, port=port)


class _Launch:
    """A start under way: ``close()`` stops what it made even if its callback never runs."""

    server: Any = None


class HubController(QObject):
    """Owns the in-app hub (a ``HubServer`` over the desk's database)."""

    #: A ``HubState``, on the UI thread.
    state_changed = Signal(object)

    def __init__(self, database: Database, settings: SettingsStore, secrets: SecretStore, *,
                 server_factory: ServerFactory = _hub_server,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._settings = settings
        self._secrets = secrets
        self._factory = server_factory
        self._tasks = TaskRunner(max_threads=1, parent=self)
        self._state = HubState()
        self._wanted: HubPlan | None = None
        self._failed: HubPlan | None = None  # not retried until the next apply()
        self._running: HubPlan | None = None
        self._server: Any = None
        self._launch = _Launch()
        self._busy = False
        self._closed = False
        #: The settings followed: read at the first apply, then as each save announces.
        self._current: Settings | None = None
        self._applied = False  # nothing starts before the app's first apply()
        self._follower = SettingsFollower(settings, self)
        self._follower.saved.connect(self._follow)

    @property
    def state(self) -> HubState:
        return self._state

    def apply(self) -> None:
        """Follow the settings and the keychain's token: start, stop or restart; a start
        that failed is tried again."""
        self._failed = None
        self._applied = True
        self.refresh()

    def refresh(self) -> None:
        """As ``apply()``, but a start that failed is not tried again with the same plan."""
        if self._closed:
            return
        if self._current is None:
            self._current = self._settings.load()
        try:
            self._wanted = plan_for(self._current, self._secrets)
        except ConfigError as exc:  # e.g. a malformed environment variable: set at start
            log.warning("venue hub not configured: %s", exc)
            self._set(HubState(HubPhase.FAILED, problem=translate(
                "settings", "The venue hub cannot start: {problem}").format(problem=exc)))
            return
        self._next()

    def _follow(self, settings: Settings) -> None:
        """The store saved ``settings``: the hub follows them without reading the file."""
        if self._closed:
            return
        self._current = settings
        if self._applied:
            self.refresh()

    def store_changed(self, change: Any) -> None:
        """The Readers pane saved the configuration, perhaps with a new token."""
        if getattr(change, "what", None) == READERS_CHANGED and self._wanted is not None:
            self.refresh()

    # --- webhook secret rotation: the running hub is told in-process -----------------
    # Called from the worker thread that rotates (``sync.webhook_subscription``); the
    # hub's ``LiveSecrets`` is thread-safe. A hub started meanwhile reads the keychain.

    def _running_hub(self) -> Any:
        server = self._server
        return getattr(server, "hub", None)

    def begin_rotation(self) -> None:
        hub = self._running_hub()
        if hub is not None:
            hub.begin_rotation()

    def set_webhook_secrets(self, secrets: WebhookSecrets) -> None:
        hub = self._running_hub()
        if hub is not None:
            hub.set_webhook_secrets(secrets)

    def end_rotation(self) -> None:
        hub = self._running_hub()
        if hub is not None:
            hub.end_rotation()

    def close(self) -> None:
        """Stop the hub and wait for it; once, when the app ends (blocks briefly)."""
        if self._closed:
            return
        self._closed = True
        self._follower.stop()
        self._tasks.shutdown()  # lets a start or stop under way finish
        made = (self._server, self._launch.server)
        for server in dict.fromkeys(s for s in made if s is not None):
            server.stop()
        self._server = self._launch.server = None

    # --- one operation at a time ------------------------------------------------------

    def _next(self) -> None:
        if self._busy or self._closed:
            return
        wanted = self._wanted
        if self._server is not None:
            if wanted != self._running:
                self._stop()
        elif wanted is not None and wanted != self._failed:
            self._start(wanted)
        elif wanted is None and self._state.phase is not HubPhase.STOPPED:
            self._set(HubState())

    def _start(self, plan: HubPlan) -> None:
        self._busy = True
        self._set(HubState(HubPhase.STARTING))
        launch = self._launch = _Launch()
        factory, db = self._factory, self._db

        def start() -> Any:
            launch.server = server = factory(db, plan.config, host=plan.host, port=plan.port)
            try:
                server.start()
            except BaseException:
                server.stop()  # gives back the database connections it took
                launch.server = None
                raise
            return server

        def started(server: Any) -> None:
            self._busy = False
            self._server, self._running, self._launch = server, plan, _Launch()
            log.info("venue hub running at %s", server.url)
            self._set(HubState(HubPhase.RUNNING, url=server.url, no_token=not plan.token))
            self._next()

        def failed(exc: Exception) -> None:
            self._busy = False
            self._failed = plan
            problem = start_problem(exc, plan.host, plan.port)
            if isinstance(exc, OSError):
                log.warning("venue hub not started: %s", problem)
            else:
                log.error("venue hub not started", exc_info=exc)
            self._set(HubState(HubPhase.FAILED, problem=problem))
            self._next()

        self._tasks.run(start, on_success=started, on_failure=failed, owner=self)

    def _stop(self) -> None:
        self._busy = True
        self._set(HubState(HubPhase.STOPPING))
        server = self._server

        def stopped(_result: object = None) -> None:
            self._busy = False
            self._server = self._running = None
            log.info("venue hub stopped")
            self._set(HubState())
            self._next()

        def failed(exc: Exception) -> None:
            log.error("venue hub did not stop cleanly", exc_info=exc)
            stopped()

        self._tasks.run(server.stop, on_success=stopped, on_failure=failed, owner=self)

    def _set(self, state: HubState) -> None:
        self._state = state
        self.state_changed.emit(state)
