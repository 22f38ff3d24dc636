"""What the widgets are given: the app's services, built by ``passdesk.app``.

Passed explicitly to the main window and from there to each pane's factory;
a pane keeps only the services it uses. Not a global: tests build their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from passdesk.gui.monitor import ConnectionMonitor
from passdesk.gui.server import ServerLink
from passdesk.gui.tasks import TaskRunner
from passdesk.secrets import SecretStore
from passdesk.settings import SettingsStore


class Stoppable(Protocol):
    def stop(self) -> None: ...


@dataclass
class Services:
    settings: SettingsStore
    secrets: SecretStore
    #: Network work (API calls) off the UI thread.
    tasks: TaskRunner
    #: The server the app talks to now, its key and client.
    link: ServerLink
    monitor: ConnectionMonitor
    #: The embedded demo sandbox, when running in demo mode.
    sandbox: Stoppable | None = None
    #: Messages for the user from start-up, e.g. a damaged settings file set aside.
    notices: list[str] = field(default_factory=list)

    def close(self) -> None:
        """Stop background work and the sandbox; call once, after the window closed."""
        self.monitor.stop()
        self.tasks.shutdown()
        self.link.close()
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None
