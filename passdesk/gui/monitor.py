"""Is the app's server reachable with its key? Checked in the background.

``ConnectionMonitor`` probes the ``ServerLink``'s current target every
``interval_ms`` (30 s by default), right away when the target changes, and when
``check_now()`` is called. The probe runs on the ``TaskRunner``; the verdict,
a plain ``ConnectionStatus``, is announced with ``status_changed``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from passdesk.api import (
    ApiError,
    ConnectionReport,
    ForbiddenError,
    UnauthorizedError,
)
from passdesk.gui.server import ServerLink, ServerTarget, probe
from passdesk.gui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 30_000


class OnlineState(StrEnum):
    CHECKING = "checking"
    ONLINE = "online"
    OFFLINE = "offline"
    KEY_REFUSED = "key-refused"
    NO_KEY = "no-key"


@dataclass(frozen=True)
class ConnectionStatus:
    state: OnlineState
    #: Short, for the status bar: "Online", "Offline: could not connect to ...".
    text: str
    #: Longer, for a tooltip: the report's summary, or the error and its hint.
    detail: str = ""
    checked_at: datetime | None = None

    @property
    def online(self) -> bool:
        return self.state is OnlineState.ONLINE


CHECKING = ConnectionStatus(OnlineState.CHECKING, "Checking…", "Checking the connection…")


def _sentence_case_tail(message: str) -> str:
    return message[:1].lower() + message[1:] if message[1:2].islower() else message


def status_from_report(report: ConnectionReport) -> ConnectionStatus:
    return ConnectionStatus(OnlineState.ONLINE, "Online", report.summary, datetime.now())


def status_from_error(error: Exception) -> ConnectionStatus:
    now = datetime.now()
    if isinstance(error, ApiError):
        detail = f"{error.message}\n{error.hint}".strip()
        if isinstance(error, UnauthorizedError):
            return ConnectionStatus(OnlineState.KEY_REFUSED, "Key refused", detail, now)
        if isinstance(error, ForbiddenError):
            return ConnectionStatus(OnlineState.KEY_REFUSED, "Key not allowed", detail, now)
        # Network trouble, a server error, a bad URL, an answer that is not the API's.
        text = f"Offline: {_sentence_case_tail(error.message)}"
        return ConnectionStatus(OnlineState.OFFLINE, text, detail, now)
    log.error("connection check failed unexpectedly", exc_info=error)
    return ConnectionStatus(OnlineState.OFFLINE, f"Offline: unexpected {type(error).__name__}",
                            f"{type(error).__name__}: {error}", now)


def no_key_status(target: ServerTarget) -> ConnectionStatus:
    return ConnectionStatus(
        OnlineState.NO_KEY, "No API key",
        f"No API key for {target.address}. Add one in Settings or set PASSDESK_API_KEY.",
        datetime.now())


class ConnectionMonitor(QObject):
    status_changed = Signal(object)  # ConnectionStatus

    def __init__(
        self,
        link: ServerLink,
        tasks: TaskRunner,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        check: Callable[[ServerTarget], ConnectionReport] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._link = link
        self._tasks = tasks
        self._check = check or (lambda target: probe(target, link.client_factory))
        self._status = CHECKING
        self._running: TaskHandle | None = None
        self._running_for: ServerTarget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        link.changed.connect(self._on_target_changed)

    @property
    def status(self) -> ConnectionStatus:
        return self._status

    @property
    def checking(self) -> bool:
        return self._running is not None and self._running.pending

    def start(self) -> None:
        """Check now, then every interval."""
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()
        if self._running is not None:
            self._running.cancel()
            self._running = None

    def check_now(self) -> None:
        target = self._link.target
        if not target.has_key:
            self._drop_running()
            self._set_status(no_key_status(target))
            return
        if self.checking and self._running_for == target:
            return  # the answer for this very target is on its way
        self._drop_running()
        self._running_for = target
        self._running = self._tasks.run(
            lambda: self._check(target),
            on_success=lambda report: self._set_status(status_from_report(report)),
            on_failure=lambda error: self._set_status(status_from_error(error)),
            owner=self,
        )

    def _on_target_changed(self, _target: ServerTarget) -> None:
        self._drop_running()
        self._set_status(CHECKING)
        self.check_now()
        if self._timer.isActive():
            self._timer.start()  # restart the interval from this check

    def _drop_running(self) -> None:
        # A check for an older target may still answer: its verdict is not ours.
        if self._running is not None:
            self._running.cancel()
        self._running = None
        self._running_for = None

    def _set_status(self, status: ConnectionStatus) -> None:
        self._status = status
        self.status_changed.emit(status)
