"""The sandbox's in-memory data, behind one lock.

Handlers run in uvicorn's event loop thread while tests read from their own
thread, so every read or write of the collections happens under ``lock``
(an ``RLock``: a handler may call helpers that take it again). The helpers
for tests return copies, never the live records.

A nullified pass stays in ``passes`` (it still counts), but only the
nullify route and the list (when asked) find it; its extId is free again.
"""

from __future__ import annotations

import bisect
import copy
import threading
from collections import Counter
from datetime import datetime
from typing import Any

from starlette.requests import Request

from passdesk.sandbox.clock import SandboxClock
from passdesk.sandbox.demo_data import DEFAULT_PASSES, DEFAULT_SEED, build_demo_data
from passdesk.sandbox.rows import (
    StoredBatch,
    StoredEvent,
    StoredImageAsset,
    StoredPass,
    StoredReader,
    StoredScan,
    StoredTemplate,
    StoredWebhook,
)


class SandboxState:
    def __init__(self, *, seed: int = DEFAULT_SEED, now: datetime | None = None,
                 passes: int = DEFAULT_PASSES, strict: bool = False) -> None:
        self.lock = threading.RLock()
        self.seed = seed
        self.demo_passes = passes
        #: Only documented routes and attributes (see routes.py).
        self.strict = strict
        #: Template creation is a closed beta; False answers 403 as outside it.
        self.template_beta = True
        self._fixed_now = now
        #: Sends the webhooks of events (sandbox/webhook_delivery.WebhookDelivery); set by
        #: SandboxServer, None for a bare app (no deliveries). Survives reset().
        self.webhook_delivery: Any = None
        self.reset()

    def reset(self) -> None:
        """Back to the demo data. A fixed ``now`` rewinds the clock to it;
        without one the data is rebuilt around the real current time."""
        clock = SandboxClock(self._fixed_now)
        data = build_demo_data(self.seed, clock.start, self.demo_passes)
        with self.lock:
            self.clock = clock
            self.template_beta = True
            self.entities: dict[str, dict] = data.entities
            self.templates: dict[str, StoredTemplate] = data.templates
            self.events: dict[str, StoredEvent] = data.events
            self.passes: dict[str, StoredPass] = data.passes
            self.readers: dict[str, StoredReader] = data.readers
            #: (id of the first entity, attributes): one configuration, served for any entity.
            self.reader_configuration = data.reader_configuration
            #: The bearer token readers send to an external validation URL (write-only).
            self.validation_token: str | None = None
            self.scans: dict[str, StoredScan] = data.scans
            self.webhooks: dict[str, StoredWebhook] = {}
            self.batches: dict[str, StoredBatch] = {}
            self.image_assets: dict[str, StoredImageAsset] = {}
            #: The account's switches (handlers/image_assets.organisation_of fills them).
            self.organisation: dict[str, bool] | None = None
            self._ext_index = {p.attributes["extId"]: p.id for p in self.passes.values()
                               if p.attributes.get("extId") and not p.nullified}
            self._ordered: list[StoredPass] | None = None
            self._ordered_keys: list[float] = []
            self._by_event: dict[str, list[StoredPass]] | None = None
            #: ``_ordered`` without nullified passes (lists leave them out unless asked).
            self._live: list[StoredPass] | None = None
            self._live_keys: list[float] = []

    def now(self) -> datetime:
        return self.clock.now()

    @property
    def default_entity_id(self) -> str:
        return next(iter(self.entities))

    # --- passes -----------------------------------------------------------

    def add_pass(self, stored: StoredPass) -> None:
        with self.lock:
            self.passes[stored.id] = stored
            ext_id = stored.attributes.get("extId")
            if ext_id:
                self._ext_index[ext_id] = stored.id
            self._ordered = None
            self._by_event = None
            self._live = None

    def ext_id_taken(self, ext_id: str) -> bool:
        with self.lock:
            return ext_id in self._ext_index

    def release_ext_id(self, stored: StoredPass) -> None:
        """Nullifying frees the pass's extId for a new pass."""
        with self.lock:
            ext_id = stored.attributes.get("extId")
            if ext_id and self._ext_index.get(ext_id) == stored.id:
                del self._ext_index[ext_id]
            self._live = None  # called when a pass is nullified

    def find_pass(self, key: str, *, by_ext_id: bool = True,
                  nullified: bool = False) -> StoredPass | None:
        """A pass by UUID or External ID (the id wins a tie); nullified ones only if asked."""
        with self.lock:
            found = self.passes.get(key)
            if found is None and by_ext_id:
                pass_id = self._ext_index.get(key)
                found = self.passes.get(pass_id) if pass_id else None
            if found is None and by_ext_id and nullified:
                found = next((p for p in self.ordered_passes()
                              if p.nullified and p.attributes.get("extId") == key), None)
            if found is not None and found.nullified and not nullified:
                return None
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

    def created_range(self, after: datetime | None, before: datetime | None, *,
                      live_only: bool = False) -> list[StoredPass]:
        """Passes created strictly between ``after`` and ``before``, newest first
        (``live_only``: nullified ones left out).

        A binary search, not a scan: a sync pages through 100,000 passes with
        createdBefore, and a scan per page made that quadratic.
        """
        with self.lock:
            ordered = self.ordered_passes()
            keys = self._ordered_keys
            if live_only:
                if self._live is None:
                    self._live = [p for p in ordered if not p.nullified]
                    self._live_keys = [-p.created.timestamp() for p in self._live]
                ordered, keys = self._live, self._live_keys
            lo = bisect.bisect_right(keys, -before.timestamp()) if before else 0
            hi = bisect.bisect_left(keys, -after.timestamp()) if after else len(ordered)
            return ordered[lo:hi]

    def passes_per_event(self) -> Counter[str]:
        with self.lock:
            return Counter(p.event_id for p in self.passes.values()
                           if p.event_id and not p.nullified)

    # --- copies for tests -------------------------------------------------

    def get_pass(self, key: str) -> StoredPass | None:
        """A copy of a pass found by id or extId, nullified ones too (for assertions)."""
        with self.lock:
            return copy.deepcopy(self.find_pass(key, nullified=True))

    def get_event(self, event_id: str) -> StoredEvent | None:
        with self.lock:
            return copy.deepcopy(self.events.get(event_id))

    def get_reader(self, reader_id: str) -> StoredReader | None:
        with self.lock:
            return copy.deepcopy(self.readers.get(reader_id))

    def get_template(self, template_id: str) -> StoredTemplate | None:
        with self.lock:
            return copy.deepcopy(self.templates.get(template_id))


def state_of(request: Request) -> SandboxState:
    """The state the app was built with (see ``app.build_app``)."""
    return request.app.state.sandbox
