"""What a running sync tells the screen: phase, counts, pages, rate."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


class SyncCancelled(Exception):
    """The user cancelled; everything committed so far stays and is resumed next time."""


@dataclass(frozen=True)
class SyncProgress:
    phase: str
    done: int
    total: int | None
    pages: int
    rate_per_s: float

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)


ProgressCallback = Callable[[SyncProgress], None]


class ProgressMeter:
    """Counts one phase and reports after each committed page."""

    def __init__(self, phase: str, report: ProgressCallback | None,
                 cancel: threading.Event | None) -> None:
        self.phase = phase
        self._report = report
        self._cancel = cancel
        self._started = time.perf_counter()
        self.done = 0
        self.pages = 0
        self.total: int | None = None

    def check_cancel(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise SyncCancelled(f"sync cancelled during {self.phase}")

    def page_done(self, items: int, total: int | None) -> None:
        self.done += items
        self.pages += 1
        if total is not None:
            self.total = total
        if self._report is not None:
            elapsed = max(time.perf_counter() - self._started, 1e-9)
            self._report(SyncProgress(self.phase, self.done, self.total, self.pages,
                                      self.done / elapsed))
