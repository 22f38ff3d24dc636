"""What a running sync tells the screen: phase, counts, pages, rate, and how far
the whole sync is.

A sync has up to two long phases: the passes (a first full download or the new
ones) and, when due, the status of every pass. Each phase counts from 0 to its
total, so a percentage of "the current phase" fell back when the status check
took over (88 % of the passes, then 82 % of the statuses). ``overall`` shares one
scale between the long phases of this sync, so it only goes forward.
"""

from __future__ import annotations

import math
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
    #: This phase's place among the sync's long phases (0-based) and their number;
    #: steps 0: not a long phase (a few pages, or no total to count against).
    step: int = 0
    steps: int = 0

    @property
    def fraction(self) -> float | None:
        """How far this phase is, 0..1 (None: no total known)."""
        if not self.total:
            return None
        return min(1.0, self.done / self.total)

    @property
    def overall(self) -> float | None:
        """How far the whole sync is, 0..1, on one scale for all its long phases
        (None outside them): never less than an earlier report of the same sync."""
        fraction = self.fraction
        if not self.steps or fraction is None:
            return None
        return min(1.0, (self.step + fraction) / self.steps)


ProgressCallback = Callable[[SyncProgress], None]


class ProgressMeter:
    """Counts one phase and reports after each committed page.

    ``already``: items done by an earlier, interrupted run of this phase (it
    resumes where it stopped), so the count is of the phase, not of this run.
    If the total grows meanwhile (passes created during an incremental pull),
    the total reported grows only as far as keeps the share done from falling.
    """

    def __init__(self, phase: str, report: ProgressCallback | None,
                 cancel: threading.Event | None, *, step: tuple[int, int] | None = None,
                 already: int = 0) -> None:
        self.phase = phase
        self._report = report
        self._cancel = cancel
        self._step = step or (0, 0)
        self._started = time.perf_counter()
        self._already = already
        self.done = 0
        self.pages = 0
        self.total: int | None = None
        self._shown = 0.0

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
            counted = self._already + self.done
            total = self.total
            if total:
                if counted / total < self._shown:
                    total = max(counted, math.floor(counted / self._shown))
                self._shown = min(1.0, counted / total)
            self._report(SyncProgress(self.phase, counted, total, self.pages,
                                      self.done / elapsed, *self._step))
