"""The sandbox's in-memory data, behind one lock.

Handlers run in uvicorn's event loop thread while tests read from their own
thread, so every read or write of the collections happens under ``lock``
(an ``RLock``: a handler may call helpers that take it again). The helpers
for tests return copies, never the live records.
"""

from __future__ import annotations

import bisect
import copy
import threading
from collections import Counter
from datetime import datetime

from starlette.requests import Request

from passdesk.api.routes import GET_PASS_ACCEPTS_EXT_ID
from passdesk.sandbox.clock import SandboxClock
from passdesk.sandbox.demo_data import DEFAULT_PASSES, DEFAULT_SEED, build_demo_data
from passdesk.sandbox.rows import StoredEvent, StoredPass, StoredReader, StoredTemplate


class SandboxState:
    def __init__(self, *, seed: int = DEFAULT_SEED, now: datetime | None = None,
                 passes: int = DEFAULT_PASSES) -> None:
        self.lock = threading.RLock()
        self.seed = seed
        self.demo_passes = passes
        self._fixed_now = now
        self.reset()

    def reset(self) -> None:
        """Back to the demo data. A fixed ``now`` rewinds the clock to it;
        without one the data is rebuilt around the real current time."""
        clock = SandboxClock(self._fixed_now)
        data = build_demo_data(self.seed, clock.start, self.demo_passes)
        with self.lock:
            self.clock = clock
            self.entities: dict[str, dict] = data.entities
            self.templates: dict[str, StoredTemplate] = data.templates
            self.events: dict[str, StoredEvent] = data.events
            self.passes: dict[str, StoredPass] = data.passes
            self.readers: dict[str, StoredReader] = data.readers
            self.reader_configuration = data.reader_configuration
            self._ext_index = {p.attributes["extId"]: p.id for p in self.passes.values()
                               if p.attributes.get("extId")}
            self._ordered: list[StoredPass] | None = None
            self._ordered_keys: list[float] = []
            self._by_event: dict[str, list[StoredPass]] | None = None

    def now(self) -> datetime:
        return self.clock.now()

    # --- passes -----------------------------------------------------------

    def add_pass(self, stored: StoredPass) -> None:
        with self.lock:
            self.passes[stored.id] = stored
            ext_id = stored.attributes.get("extId")
            if ext_id:
                self._ext_index[ext_id] = stored.id
            self._ordered = None
            self._by_event = None

    def ext_id_taken(self, ext_id: str) -> bool:
        with self.lock:
            return ext_id in self._ext_index

    def find_pass(self, key: str, *, by_ext_id: bool = False) -> StoredPass | None:
        """A pass by id, or (when allowed) by extId; the id wins a tie."""
        with self.lock:
            found = self.passes.get(key)
            if found is None and by_ext_id and GET_PASS_ACCEPTS_EXT_ID:
                pass_id = self._ext_index.get(key)
                found = self.passes.get(pass_id) if pass_id else None
            return found

    def ordered_passes(self) -> list[StoredPass]:
        """Newest first (createdAt, then id, both descending), as the API lists them.

        Cached until a pass is added: creation is the only change of order.
        """
        with self.lock:
            if self._ordered is None:
                self._ordered = sorted(self.passes.values(), key=lambda p: (p.created, p.id),
                                       reverse=True)
                # Ascending keys for bisect over the newest-first list.
                self._ordered_keys = [-p.created.timestamp() for p in self._ordered]
            return self._ordered

    def event_passes(self, event_id: str) -> list[StoredPass]:
        """One event's passes, newest first; cached like ``ordered_passes``."""
        with self.lock:
            ordered = self.ordered_passes()
            if self._by_event is None:
                self._by_event = {}
                for p in ordered:
                    if p.event_id:
                        self._by_event.setdefault(p.event_id, []).append(p)
            return self._by_event.get(event_id, [])

    def created_range(self, after: datetime | None, before: datetime | None
                      ) -> list[StoredPass]:
        """Passes created strictly between ``after`` and ``before``, newest first.

        A binary search, not a scan: a sync pages through 100,000 passes with
        createdBefore, and a scan per page made that quadratic.
        """
        with self.lock:
            ordered = self.ordered_passes()
            keys = self._ordered_keys
            lo = bisect.bisect_right(keys, -before.timestamp()) if before else 0
            hi = bisect.bisect_left(keys, -after.timestamp()) if after else len(ordered)
            return ordered[lo:hi]

    def passes_per_event(self) -> Counter[str]:
        with self.lock:
            return Counter(p.event_id for p in self.passes.values() if p.event_id)

    # --- copies for tests -------------------------------------------------

    def get_pass(self, key: str) -> StoredPass | None:
        """A copy of a pass found by id or extId (for assertions)."""
        with self.lock:
            found = self.passes.get(key)
            if found is None and key in self._ext_index:
                found = self.passes[self._ext_index[key]]
            return copy.deepcopy(found)

    def get_event(self, event_id: str) -> StoredEvent | None:
        with self.lock:
            return copy.deepcopy(self.events.get(event_id))

    def get_reader(self, reader_id: str) -> StoredReader | None:
        with self.lock:
            return copy.deepcopy(self.readers.get(reader_id))


def state_of(request: Request) -> SandboxState:
    """The state the app was built with (see ``app.build_app``)."""
    return request.app.state.sandbox
