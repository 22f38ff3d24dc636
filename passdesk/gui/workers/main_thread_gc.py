"""Python's cycle collector, run on the Qt main thread only.

Left alone, the collector runs in whichever thread happens to allocate, so a
worker thread (a store read, a sync round) can end up destroying a Qt object
that lives on the main thread. PySide releases the interpreter lock around the
C++ destructor, which takes Qt's connection lock and then wants the
interpreter lock back, while the main thread, holding the interpreter lock,
waits for that same Qt lock to connect a signal: both wait for ever. (Seen
here: a GUI test froze for 30 minutes in ``QObjectPrivate::connectImpl``
against ``~QObject`` in a worker's ``gc_collect_main``.)

So automatic collection is switched off and a timer on the main thread
collects instead, generation by generation with the interpreter's own
thresholds, as the collector would have. Reference counting still frees
everything that is not in a cycle at once, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the allocation counts are looked at. Cyclic garbage waits at most
#: this long; a look costs a microsecond when there is nothing to collect.
CHECK_EVERY_MS = 250


class MainThreadCollector(QObject):
    """Owns the cycle collector while it exists; ``stop()`` gives it back."""

    def __init__(self, parent: QObject | None = None,
                 interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self.collections = [0, 0, 0]
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        count0, count1, count2 = gc.get_count()
        if count0 <= self.threshold[0]:
            return
        generation = 0
        if count1 > self.threshold[1]:
            generation = 2 if count2 > self.threshold[2] else 1
        gc.collect(generation)
        self.collections[generation] += 1

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()


def install(app: QObject) -> MainThreadCollector:
    """Collect on ``app``'s thread (the main thread) from now on; idempotent."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
