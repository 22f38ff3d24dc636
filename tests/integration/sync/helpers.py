"""Shared by the sync tests: a clock the test moves, and draining the outbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from passdesk.store.database import Database
from passdesk.sync.push import Pusher, next_due


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def drain_all(pusher: Pusher, clock: FakeClock, db: Database, *, rounds: int = 300) -> int:
    """Deliver until nothing waits, moving the clock to each retry time. Returns rounds."""
    for n in range(rounds):
        pusher.drain()
        due = next_due(db)
        if due is None:
            return n
        clock.now = max(clock.now, due)
    raise AssertionError(f"outbox still not empty after {rounds} rounds")
