"""What the widgets are given: the app's services, built by ``passdesk.app``.

Passed explicitly to the main window and from there to each pane's factory;
a pane keeps only the services it uses. Not a global: tests build their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from passdesk.gui.gate import Gate
from passdesk.gui.hub_control import HubController
from passdesk.gui.server import ServerLink
from passdesk.gui.workers.sync_bridge import SyncBridge
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.keychain import SecretStore
from passdesk.settings import SettingsStore
from passdesk.store.database import Database
from passdesk.sync.service import SyncService


class Stoppable(Protocol):
    def stop(self) -> None: ...


@dataclass
class Services:
    settings: SettingsStore
    #: API keys and tokens, kept in the system keychain.
    keychain: SecretStore
    #: Network work (API calls) off the UI thread.
    net_tasks: TaskRunner
    #: The server the app talks to now, its key and client.
    link: ServerLink
    #: The local store (the only thing the screens read).
    database: Database
    #: Pull, push and the online state, on its own worker thread.
    sync: SyncService
    #: The sync service's notices as Qt signals on the UI thread; its
    #: ``store_changed`` is the app-wide "store changed" signal.
    bridge: SyncBridge
    #: Database work off the UI thread, one task at a time.
    store_tasks: TaskRunner
    #: The venue hub run in this app, over ``database``, when Settings say so.
    hub: HubController | None = None
    #: The embedded demo sandbox, when running in demo mode.
    sandbox: Stoppable | None = None
    #: Messages for the user from start-up, e.g. a damaged settings file set aside.
    notices: list[str] = field(default_factory=list)
    #: Who may do what at this desk: its role, the step-up PIN, the audit trail.
    gate: Gate | None = None

    def start(self) -> None:
        """Start background work (the sync worker, the hub); once the window is there."""
        self.sync.start()
        if self.hub is not None:
            self.hub.apply()  # binding the port runs on a worker; a failure is a message

    def close(self) -> None:
        """Stop background work, the database and the sandbox; once, after the window closed."""
        if self.gate is not None:
            self.gate.close()
        if self.hub is not None:
            self.hub.close()  # before the database it serves from
        self.sync.stop()
        self.bridge.close()
        self.net_tasks.shutdown()
        self.store_tasks.shutdown()
        self.link.close()
        self.database.close()
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None
