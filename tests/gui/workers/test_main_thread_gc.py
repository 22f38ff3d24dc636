"""Cyclic garbage made on a worker thread is collected on the main thread, where
Qt objects may be destroyed without a deadlock (passdesk/gui/workers/main_thread_gc.py)."""

from __future__ import annotations

import gc
import threading

from passdesk.gui.workers import main_thread_gc


class Cycle:
    """An object in a reference cycle that notes which thread finalised it."""

    finalised_on: list[str] = []  # shared by all instances on purpose

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.finalised_on.append(threading.current_thread().name)


def make_garbage_on_a_worker() -> list:
    """50 cycles, then enough live allocations that an enabled collector would run on
    the worker; returns those allocations (kept alive, so the counts stay up)."""
    kept: list = []

    def work() -> None:
        for _ in range(50):
            Cycle()
        kept.extend([] for _ in range(gc.get_threshold()[0] * 20))

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    return kept


def test_cycles_made_on_a_worker_are_finalised_on_the_main_thread(qapp, qtbot) -> None:
    collector = main_thread_gc.install(qapp)
    assert main_thread_gc.install(qapp) is collector  # one per application
    assert not gc.isenabled()
    Cycle.finalised_on.clear()

    kept = make_garbage_on_a_worker()

    assert Cycle.finalised_on == []  # nothing collected on the worker
    qtbot.waitUntil(lambda: len(Cycle.finalised_on) == 50)
    assert set(Cycle.finalised_on) == {threading.main_thread().name}
    assert sum(collector.collections) >= 1
    del kept


def test_without_it_a_worker_collects_which_is_what_deadlocked() -> None:
    # The hazard itself, so the test above cannot pass for the wrong reason.
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        Cycle.finalised_on.clear()
        kept = make_garbage_on_a_worker()
        assert "worker" in Cycle.finalised_on
        del kept
    finally:
        gc.collect()
        if not was_enabled:
            gc.disable()
