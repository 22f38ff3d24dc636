"""What each desk process does in the shared-database tests (run with multiprocessing, spawn).

Kept apart from the test module so a spawned child imports little. Each
function opens its own Database, waits at the barrier so every desk starts
at once, does its work through the real code path (Door.scan, Pusher)
and puts its results on the queue.
"""

from __future__ import annotations

import random
import traceback
from typing import Any


def scan_desk(url: str, desk: str, values: list[str], event_id: str, capacity: int | None,
              seed: int, barrier: Any, results: Any) -> None:
    """A door: scan ``values`` (in this desk's own shuffled order) with the real Door."""
    try:
        from passdesk.core.admission import DoorConfig
        from passdesk.scan.door import Door
        from passdesk.store.database import Database

        db = Database.open(url)
        door = Door(db, DoorConfig(desk=desk, event_id=event_id, capacity=capacity))
        order = list(values)
        random.Random(seed).shuffle(order)
        barrier.wait(timeout=120)
        seen = []
        for value in order:
            result = door.scan(value)
            seen.append((value, str(result.verdict.outcome), str(result.verdict.reason)))
        door.close()
        db.close()
        results.put((desk, seen))
    except BaseException:
        results.put((desk, traceback.format_exc()))


def push_desk(url: str, base_url: str, claimer: str, barrier: Any, results: Any) -> None:
    """A desk's pusher: drain the shared outbox to the sandbox until nothing is due."""
    try:
        from passdesk.api import PassEntryClient
        from passdesk.store.database import Database
        from passdesk.sync.push import Pusher

        db = Database.open(url)
        with PassEntryClient(base_url, "demo") as client:
            pusher = Pusher(client, db, claimer=claimer)
            barrier.wait(timeout=120)
            outcomes = pusher.drain()
        db.close()
        results.put((claimer, [(o.seq, o.result) for o in outcomes]))
    except BaseException:
        results.put((claimer, traceback.format_exc()))
