"""The TaskRunner: work on a worker thread, callbacks on the UI thread, nothing lost."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QWidget

from passdesk.gui.workers.tasks import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner(max_threads=2)
    yield runner
    runner.shutdown()


def test_work_runs_off_the_ui_thread_and_the_result_arrives_on_it(qtbot, runner) -> None:
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = QThread.currentThread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_thread"] = QThread.currentThread()

    with qtbot.waitSignal(runner.task_done):
        runner.run(work, on_success=done, on_failure=pytest.fail)

    assert seen["value"] == 42
    assert seen["work_thread"] is not ui_thread
    assert seen["callback_thread"] is ui_thread


def test_an_exception_in_the_work_reaches_on_failure(qtbot, runner) -> None:
    boom = ValueError("boom")
    failures: list[Exception] = []
    successes: list[object] = []

    def work() -> None:
        raise boom

    with qtbot.waitSignal(runner.task_done):
        runner.run(work, on_success=successes.append, on_failure=failures.append)

    assert failures == [boom]
    assert successes == []
    assert runner.active_count == 0


def test_many_tasks_each_deliver_once(qtbot, runner) -> None:
    results: list[int] = []
    for n in range(50):
        runner.run(lambda n=n: n * n, on_success=results.append, on_failure=pytest.fail)
    qtbot.waitUntil(lambda: len(results) == 50)
    assert sorted(results) == [n * n for n in range(50)]
    assert runner.active_count == 0


class Receiver(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []

    def got(self, value: object) -> None:
        self.results.append(value)


def test_a_widget_deleted_meanwhile_gets_no_callback(qtbot, runner) -> None:
    release = threading.Event()
    receiver = Receiver()
    runner.run(lambda: release.wait(timeout=30) and "late", on_success=receiver.got,
               on_failure=receiver.got)
    receiver.close()
    shiboken6.delete(receiver)

    with qtbot.waitSignal(runner.task_done):
        release.set()
    # Reaching here without "Internal C++ object already deleted" is the point.
    assert not shiboken6.isValid(receiver)


def test_an_explicit_owner_gone_skips_plain_callbacks(qtbot, runner) -> None:
    owner = QObject()
    called: list[object] = []
    release = threading.Event()
    runner.run(lambda: release.wait(timeout=30), on_success=called.append,
               on_failure=called.append, owner=owner)
    shiboken6.delete(owner)
    with qtbot.waitSignal(runner.task_done):
        release.set()
    assert called == []


def test_cancel_drops_the_callbacks(qtbot, runner) -> None:
    called: list[object] = []
    release = threading.Event()
    handle = runner.run(lambda: release.wait(timeout=30), on_success=called.append,
                        on_failure=called.append)
    assert handle.pending
    handle.cancel()
    assert not handle.pending
    with qtbot.waitSignal(runner.task_done):
        release.set()
    assert called == []


def test_shutdown_waits_for_running_work_and_refuses_more(qtbot) -> None:
    runner = TaskRunner()
    started = threading.Event()
    finished = threading.Event()

    def work() -> None:
        started.set()
        finished.wait(timeout=0.2)  # a short job still running at shutdown

    called: list[object] = []
    runner.run(work, on_success=called.append, on_failure=called.append)
    assert started.wait(timeout=10)
    assert runner.shutdown()
    qtbot.wait(10)  # let a queued delivery arrive, if one were (wrongly) still coming
    assert called == []
    with pytest.raises(RuntimeError, match="shut down"):
        runner.run(lambda: None, on_success=called.append, on_failure=called.append)
