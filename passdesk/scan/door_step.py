"""The door step, written once: parse -> find -> history -> decide -> record.

Every face that judges a scanned value goes through here: the Door
(``Door.scan``, which also serves a pass picked by hand from the search), the
hub's ``/validate`` (on SQLite inside its group commit, on a server database
through the Door) and the hub's scans that carry a loyalty change. The Till
looks a scanned card up with the same finder (``find``).

The step comes in two parts, for callers that act between the verdict and the
record (the hub's loyalty change, an external validation service's verdict):
``judge`` (parse, find, history, decide: reads only) and ``record`` (the scan
row and, for a desk or reader logged in PassEntry, its ``scan.log`` outbox
row: the one place a scan record is built). Both run in the caller's door
transaction (``store/door_queries.py``), which holds the pass locked from the
history's read until the commit. ``step`` is the two, one after the other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from passdesk.core.admission import DoorConfig, History, PassFacts, Verdict, decide, unreadable
from passdesk.core.scan_values import ParsedScan, RejectedScan, parse_scan
from passdesk.core.storable import storable
from passdesk.scan.sources import ScanRead
from passdesk.store import scans
from passdesk.store.door_queries import DoorQueries

#: What the scan log keeps of a raw value: enough to see what was read.
LOGGED_VALUE_MAX = 512

#: Looks a pass up by a parsed value's candidates (most specific first).
FindPass = Callable[[Sequence[str]], PassFacts | None]


@dataclass(frozen=True)
class Found:
    """What a scanned value names: how it read, and the pass (None: none here)."""

    scan: ParsedScan | RejectedScan
    facts: PassFacts | None = None


def find(find_pass: FindPass, raw: str | bytes) -> Found:
    """Parse ``raw`` and look its pass up; an unreadable value is never looked up."""
    parsed = parse_scan(raw)
    if not isinstance(parsed, ParsedScan):
        return Found(parsed)
    return Found(parsed, find_pass(parsed.candidates))


@dataclass(frozen=True)
class Judged:
    """A verdict and what it was about, before it is recorded."""

    verdict: Verdict
    facts: PassFacts | None
    #: What the log keeps: the cleaned value (what was read, if unreadable), cut.
    value: str


def judge(door: DoorQueries, raw: str | bytes, config: DoorConfig, now: datetime) -> Judged:
    """Parse, find, read the pass's history (locking it on a shared database:
    ``store/locking.py``) and apply the rules. Writes nothing."""
    found = find(door.find_pass, raw)
    if isinstance(found.scan, RejectedScan):
        # What was read, storable as the hub stores what readers send (a value that
        # parses needs no cleaning: ``parse_scan`` drops control characters).
        value = storable(raw) if isinstance(raw, str) else repr(raw)
        return Judged(unreadable(found.scan.detail), None, value[:LOGGED_VALUE_MAX])
    facts = found.facts
    history = History() if facts is None else door.history(
        facts.id, config.event_id or facts.event_id, count_inside=config.capacity is not None)
    return Judged(decide(facts, history, config, now), facts,
                  found.scan.text[:LOGGED_VALUE_MAX])


@dataclass(frozen=True)
class Recorded:
    scan_id: str
    #: The outbox row that logs the scan in PassEntry (None: not logged).
    log_op: str | None = None


def record(door: DoorQueries, judged: Judged, read: ScanRead, config: DoorConfig,
           now: datetime, *, log_as: str | None = None, outcome: str | None = None,
           reason: str | None = None, detail: str | None = None,
           pass_id: str | None = None) -> Recorded:
    """Record ``judged`` as read by ``read`` at ``config``'s desk; with ``log_as``
    (a PassEntry reader id) also queue it for ``POST /scans/log`` as that reader.

    ``outcome``, ``reason``, ``detail`` and ``pass_id`` replace what the verdict
    says, for a verdict changed after the rules (a refused loyalty change) or
    decided elsewhere (an external validation service).
    """
    facts, verdict = judged.facts, judged.verdict
    pass_id = pass_id or (facts.id if facts else None)
    outcome = outcome if outcome is not None else str(verdict.outcome)
    detail = detail if detail is not None else verdict.message
    scan_id = door.record_scan(
        scanned_at=now, raw_value=judged.value, source=read.source, verdict=outcome,
        pass_id=pass_id, event_id=config.event_id or (facts.event_id if facts else None),
        desk=config.desk, reason=reason if reason is not None else str(verdict.reason),
        detail=detail, reader_id=read.reader_id)
    if not log_as:
        return Recorded(scan_id)
    return Recorded(scan_id, door.queue_scan_log(scan_id, scans.log_body(
        reader_id=log_as, scan_type=str(read.kind), verdict=outcome, detail=detail,
        value=judged.value, pass_id=pass_id), now))


def step(door: DoorQueries, read: ScanRead, config: DoorConfig, now: datetime, *,
         log_as: str | None = None) -> tuple[Judged, Recorded]:
    """The whole step for one read, in the caller's door transaction."""
    judged = judge(door, read.value, config, now)
    return judged, record(door, judged, read, config, now, log_as=log_as)
