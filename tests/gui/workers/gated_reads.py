"""A store read that counts its calls and can be held: a slow read, on demand.

Tests of "one read at a time" hold a read on the store's worker, send store
notices (or a new query) meanwhile, then let it go and count the reads made.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

#: However a test fails, a held read ends by itself after this (no hung worker).
HOLD_LIMIT_S = 15


class GatedRead:
    """Wraps ``real``: ``calls`` counts every call; after ``hold_next()`` the next call
    waits (on the worker) until ``release()``."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self._real = real
        self.calls = 0
        #: The arguments of every call, in order.
        self.asked: list[tuple[tuple, dict]] = []
        self._hold = False
        self.held = threading.Event()
        self._gate = threading.Event()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        self.asked.append((args, kwargs))
        if self._hold:
            self._hold = False
            self.held.set()
            self._gate.wait(HOLD_LIMIT_S)
        return self._real(*args, **kwargs)

    def hold_next(self) -> None:
        self.calls = 0
        self.asked.clear()
        self.held.clear()
        self._gate.clear()
        self._hold = True

    def release(self) -> None:
        self._gate.set()


def settle(qtbot, tasks, *, quiet_ms: int = 300) -> None:
    """Wait until ``tasks`` has nothing left to run or deliver, for ``quiet_ms``."""
    for _ in range(2):
        qtbot.waitUntil(lambda: tasks.active_count == 0, timeout=20_000)
        qtbot.wait(quiet_ms)


def burst_during_held_read(qtbot, read: GatedRead, notice: Callable[[], None], *,
                           notices: int = 20, every_ms: int = 50) -> None:
    """One notice starts a read that is held; ``notices`` more come meanwhile, then
    the read ends. ``read.calls`` then says how many reads all that cost."""
    read.hold_next()
    notice()
    try:
        qtbot.waitUntil(read.held.is_set, timeout=5_000)
        for _ in range(notices):
            notice()
            qtbot.wait(every_ms)
    finally:
        read.release()
