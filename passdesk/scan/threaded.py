"""What the sources that read in a thread of their own share: start, stop, running."""

from __future__ import annotations

import threading


class ThreadedSource:
    """Runs ``_run`` in a daemon thread until ``stop()``; ``_stopping`` tells it when."""

    def __init__(self, thread_name: str) -> None:
        self._thread_name = thread_name
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name=self._thread_name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the thread to finish and wait for it (bounded); safe to call twice."""
        self._stopping.set()
        thread = self._thread
        # stop() may be called from a callback on our own thread: never join ourselves.
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        raise NotImplementedError
