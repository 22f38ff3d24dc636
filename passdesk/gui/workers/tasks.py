"""The one way to run work off the UI thread.

    tasks.run(lambda: client.check_connection(),
              on_success=self._show_report, on_failure=self._show_error)

``fn`` runs on a worker thread of the runner's ``QThreadPool``; exactly one of
the callbacks is then called **on the UI thread** (the thread the runner lives
in) with ``fn``'s return value or the exception it raised. Nothing is lost: an
exception in ``fn`` always reaches ``on_failure``.

Callbacks are skipped when their owner (a QObject, by default the object a
bound-method callback belongs to) was deleted meanwhile, so a pane closed while
its request runs does not crash. ``fn`` should return plain data (dataclasses,
ids), never objects that stay live in the worker thread.

Use one runner per kind of work: network requests share a small pool; the
database will get its own runner with ``max_threads=1`` (one serial writer).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class _Outcome:
    task_id: int
    ok: bool
    value: Any = None
    error: BaseException | None = None


@dataclass
class _Pending:
    on_success: Callable[[Any], None]
    on_failure: Callable[[Exception], None]
    owner: QObject | None


class _Emitter(QObject):
    """Carries outcomes from worker threads to the runner; lives in the UI thread."""

    finished = Signal(object)


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], emitter: _Emitter) -> None:
        super().__init__()
        self._task_id = task_id
        self._fn = fn
        self._emitter = emitter

    def run(self) -> None:
        try:
            outcome = _Outcome(self._task_id, True, value=self._fn())
        except Exception as exc:
            outcome = _Outcome(self._task_id, False, error=exc)
        self._emitter.finished.emit(outcome)
        # Drop references here, in the worker, only to plain Python objects.
        self._fn = None  # type: ignore[assignment]


class TaskHandle:
    """What ``TaskRunner.run`` returns: an id and a way to drop the callbacks."""

    def __init__(self, runner: TaskRunner, task_id: int) -> None:
        self._runner = runner
        self.task_id = task_id

    @property
    def pending(self) -> bool:
        return self.task_id in self._runner._pending

    def cancel(self) -> None:
        """Forget the callbacks; the work itself still runs to its end."""
        self._runner._pending.pop(self.task_id, None)


class TaskRunner(QObject):
    """Runs callables on a thread pool; delivers results on the UI thread."""

    #: Emitted on the UI thread after each task's callback ran (or was skipped).
    task_done = Signal(int)

    def __init__(self, *, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._emitter = _Emitter()
        self._emitter.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._closed = False

    def run(
        self,
        fn: Callable[[], T],
        *,
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
        owner: QObject | None = None,
    ) -> TaskHandle:
        """Run ``fn()`` on a worker thread; call back on the UI thread.

        ``owner``: when this QObject is gone by the time ``fn`` ends, neither
        callback is called. Defaults to the QObject that ``on_success`` is a
        bound method of, if any.
        """
        if self._closed:
            raise RuntimeError("this TaskRunner was shut down")
        if owner is None:
            bound_to = getattr(on_success, "__self__", None)
            owner = bound_to if isinstance(bound_to, QObject) else None
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(on_success, on_failure, owner)
        self._pool.start(_Job(task_id, fn, self._emitter))
        return TaskHandle(self, task_id)

    @property
    def active_count(self) -> int:
        """Tasks whose callbacks have not been delivered yet."""
        return len(self._pending)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the workers are idle (their results are still queued)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Drop every pending callback and wait for running work to end."""
        self._closed = True
        self._pending.clear()
        self._pool.clear()  # jobs not started yet never start
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        pending = self._pending.pop(outcome.task_id, None)
        try:
            if pending is None or self._closed:
                return
            if pending.owner is not None and not shiboken6.isValid(pending.owner):
                log.debug("task %d finished after its owner was deleted", outcome.task_id)
                return
            if outcome.ok:
                pending.on_success(outcome.value)
            else:
                assert isinstance(outcome.error, Exception)
                pending.on_failure(outcome.error)
        finally:
            self.task_done.emit(outcome.task_id)
