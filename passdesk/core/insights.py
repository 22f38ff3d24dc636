"""The figures of a night at the doors: what the Insights pane, the Door's glance strip
and the report show. Plain data and the arithmetic on it; ``store/insights.py`` counts.

Words used throughout:

- a **door** is where scans come from: a desk ("Door 1", "hub") and, for scans
  a reader made, that reader. Each door draws one line.
- an **admission** is a scan with verdict admit or warn that was not undone; a
  **re-entry** is an admission after an exit (reason "readmitted").
- **inside** is admissions less exits, never below zero (``store/admissions.py``).
- a **conflict** is a pass the log holds inside twice: admitted two or more
  times more than it left. That only happens when desks could not see each
  other (offline, a split) and each let the same ticket in.
- a **step** is five minutes, aligned on the clock (18:00, 18:05, ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

STEP = timedelta(minutes=5)
#: How far back "the rate now" looks.
RATE_WINDOW = timedelta(minutes=5)
#: A door with no scan for this long stands out as silent.
SILENT_AFTER = timedelta(minutes=10)

ADMITTING = ("admit", "warn")
EXIT = "exit"
DENY = "deny"
HOLD = "hold"
#: Not a verdict: the tally's word for a scan someone undid.
UNDONE = "undone"
READMITTED = "readmitted"
#: A long split can leave thousands; the list stops here, the count does not.
CONFLICTS_LISTED = 500


def step_of(at: datetime) -> datetime:
    """The start of the five-minute step ``at`` falls in (aware UTC)."""
    at = at.astimezone(UTC)
    return at.replace(minute=at.minute - at.minute % 5, second=0, microsecond=0)


def steps_between(first: datetime, last: datetime) -> tuple[datetime, ...]:
    """Every step from the one holding ``first`` to the one holding ``last``."""
    start, end = step_of(first), step_of(last)
    count = int((end - start) / STEP) + 1 if end >= start else 0
    return tuple(start + STEP * k for k in range(count))


@dataclass(frozen=True)
class Scope:
    """What the figures cover: one event, or one local day (all events)."""

    event_id: str | None = None
    day: date | None = None
    #: A day's bounds in UTC (midnight to midnight where the desk is), or the
    #: event's own times where known.
    start: datetime | None = None
    end: datetime | None = None
    label: str = ""

    def __post_init__(self) -> None:
        if (self.event_id is None) == (self.day is None):
            raise ValueError("a scope is one event or one day")


@dataclass(frozen=True)
class DoorLine:
    """One door's admissions over the night."""

    key: str  # stable across refreshes: the desk, and the reader where one scanned
    name: str  # what a person reads: "Door 1", "South Gate (PassEntry reader)"
    per_step: tuple[int, ...]  # admissions in each of ``Attendance.steps``
    admitted: int
    #: Admissions per minute over the last ``RATE_WINDOW``.
    rate_now: float
    last_scan_at: datetime | None

    @property
    def peak(self) -> int:
        return max(self.per_step, default=0)

    def silent_for(self, now: datetime) -> timedelta | None:
        return None if self.last_scan_at is None else max(timedelta(0), now - self.last_scan_at)

    def is_silent(self, now: datetime) -> bool:
        quiet = self.silent_for(now)
        return quiet is not None and quiet >= SILENT_AFTER


@dataclass(frozen=True)
class ConflictScan:
    at: datetime
    door: str  # the door's name
    verdict: str  # admit, warn or exit


@dataclass(frozen=True)
class Conflict:
    """A pass held inside twice: its admissions and exits, oldest first."""

    pass_id: str
    holder: str | None
    scans: tuple[ConflictScan, ...]
    event_id: str | None = None

    @property
    def doors(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.door for s in self.scans if s.verdict in ADMITTING))


@dataclass(frozen=True)
class Attendance:
    """Every figure of one scope at one moment."""

    scope: Scope
    now: datetime
    steps: tuple[datetime, ...]
    doors: tuple[DoorLine, ...]
    admitted: int  # admissions, re-entries included
    re_entries: int
    exits: int
    inside: int
    denied: dict[str, int]  # reason -> scans denied for it
    holds_waiting: int
    undone: int
    #: Tickets of the event and those never admitted (None for a day).
    tickets: int | None
    no_shows: int | None
    #: The conflicts listed (oldest first, at most ``CONFLICTS_LISTED``) and how many.
    conflicts: tuple[Conflict, ...]
    conflict_count: int = 0
    capacity: int | None = None
    #: Passes admitted at least once (an event's tickets used).
    passes_admitted: int = 0

    @property
    def denied_total(self) -> int:
        return sum(self.denied.values())

    @property
    def rate_now(self) -> float:
        return sum(d.rate_now for d in self.doors)

    @property
    def per_step(self) -> tuple[int, ...]:
        """The venue's admissions in each step (every door together)."""
        return tuple(sum(col) for col in zip(*(d.per_step for d in self.doors), strict=True)) \
            if self.doors else tuple(0 for _ in self.steps)

    @property
    def peak(self) -> tuple[int, datetime | None]:
        """The venue's busiest step: admissions in it, and when it began."""
        totals = self.per_step
        if not totals or max(totals) == 0:
            return 0, None
        best = max(range(len(totals)), key=lambda k: (totals[k], -k))
        return totals[best], self.steps[best]

    def door(self, key: str) -> DoorLine | None:
        return next((d for d in self.doors if d.key == key), None)


def rate_per_minute(admissions: int, window: timedelta = RATE_WINDOW) -> float:
    return admissions / (window.total_seconds() / 60)
