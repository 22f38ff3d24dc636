"""A real pull writing into a store while a benchmark measures its readers.

``PullingInBackground`` starts the sandbox in its own process (as
``bench_sync.py`` does: the API is another machine) and runs ``PullSync`` on a
thread of the benchmark's own process, as the app's sync worker does, so the
pull competes with the measured code for the GIL and for SQLite's write lock
exactly as it does in the app. Each round is a full pull (its cursor cleared
first), page after page, and ends as a full pull ends (search index rebuilt,
statistics refreshed); rounds repeat until ``stop()``.

Progress goes where the app's goes: ``notice`` gets ``StoreChanged(PASSES)``
per page and ``StoreChanged(ALL)`` per round (a ``SyncBridge.notice``).

``in_child=True`` runs each round's pull in a child process instead
(``sync.pull_process.PullInChild``, as ``SyncService(pull_in_child=True)`` does):
the thread here only reads its progress. Either way the pull's transactions make
way for a Door that expects a scan (``write_turns``), as in the app, where the
Door and the sync service share one ``Database``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from passdesk.api import PassEntryClient
from passdesk.store import sync_state, write_turns
from passdesk.store.database import Database
from passdesk.store.topics import Topic
from passdesk.sync.progress import SyncCancelled
from passdesk.sync.pull import PASSES_KEY, PullSync
from passdesk.sync.pull_process import PullInChild
from passdesk.sync.service import StoreChanged
from tests.benchmarks.bench_sync import SandboxProcess


class PullingInBackground:
    def __init__(self, store: Path, passes: int,
                 notice: Callable[[StoreChanged], None] | None = None,
                 in_child: bool = False) -> None:
        self._store, self._passes, self._notice = store, passes, notice
        self.in_child = in_child
        self._server: SandboxProcess | None = None
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self.rounds = 0
        self.pages = 0
        self.passes_written = 0
        self.error: BaseException | None = None
        self._started = 0.0
        self.seconds = 0.0

    def start(self) -> PullingInBackground:
        self._server = SandboxProcess(self._passes)
        self._thread = threading.Thread(target=self._run, name="bench-pull", daemon=True)
        self._started = time.perf_counter()
        self._thread.start()
        # Measure while pages are being written, not while the first one is fetched.
        while self.pages < 3 and self.error is None and self._thread.is_alive():
            time.sleep(0.05)
        return self

    def stop(self) -> dict:
        self._cancel.set()
        if self._thread is not None:
            self._thread.join(120)
        self.seconds = time.perf_counter() - self._started
        if self._server is not None:
            self._server.stop()
        if self.error is not None:
            raise RuntimeError("the background pull failed") from self.error
        return {"pull_rounds": self.rounds, "pull_pages": self.pages,
                "pull_passes_written": self.passes_written,
                "pull_passes_per_s": round(self.passes_written / self.seconds)
                if self.seconds else None, "pull_in_child": self.in_child}

    def _run(self) -> None:
        url = f"sqlite:///{self._store}"
        db = Database.open(url)
        write_turns.bulk_writes_yield(db.cache_engine)  # as the app's DoorStore makes it
        try:
            with PassEntryClient(self._server.base_url, "demo") as client:
                while not self._cancel.is_set():
                    with db.cache_session() as session:
                        sync_state.clear(session, PASSES_KEY)  # the next round is full
                    if self.in_child:
                        sync = PullInChild(url, client.base_url, "demo",
                                           on_progress=self._progress, cancel=self._cancel)
                    else:
                        sync = PullSync(client, db, on_progress=self._progress,
                                        cancel=self._cancel)
                    try:
                        sync.run(reconcile=False)
                    except SyncCancelled:
                        break
                    self.rounds += 1
                    self._tell(StoreChanged(Topic.ALL))
        except BaseException as exc:  # reported by stop()
            self.error = exc
        finally:
            db.close()

    def _progress(self, progress) -> None:
        if progress.phase.startswith("passes"):
            self.pages += 1
            self.passes_written += 100
            self._tell(StoreChanged(Topic.PASSES))

    def _tell(self, change: StoreChanged) -> None:
        if self._notice is not None:
            self._notice(change)
