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

A verdict a hold rule holds (``core/holds.py``) is recorded as "hold" and
logged in PassEntry only once a door person decides it: ``decide_hold``, in a
door transaction of its own, changes that row to "admit" or "deny".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from passdesk.core.admission import (
    DoorConfig,
    History,
    Outcome,
    PassFacts,
    Reason,
    Verdict,
    decide,
    held,
    unreadable,
)
from passdesk.core.holds import (
    DECISION_WORDS,
    Decision,
    PassMarks,
    hold_reason,
    needs_marks,
    said_reason,
)
from passdesk.core.scan_values import ParsedScan, RejectedScan, parse_scan
from passdesk.core.storable import storable
from passdesk.core.texts import translate
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
    verdict = decide(facts, history, config, now)
    if config.holds and facts is not None and verdict.lets_in:
        marks = door.pass_marks(facts.id) if needs_marks(config.holds) else PassMarks({})
        verdict = held(verdict, hold_reason(config.holds, facts.template_id, marks), config)
    return Judged(verdict, facts, found.scan.text[:LOGGED_VALUE_MAX])


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
    if not log_as or outcome == str(Outcome.HOLD):
        return Recorded(scan_id)  # a hold is logged in PassEntry once it is decided
    return Recorded(scan_id, door.queue_scan_log(scan_id, scans.log_body(
        reader_id=log_as, scan_type=str(read.kind), verdict=outcome, detail=detail,
        value=judged.value, pass_id=pass_id), now))


def step(door: DoorQueries, read: ScanRead, config: DoorConfig, now: datetime, *,
         log_as: str | None = None) -> tuple[Judged, Recorded]:
    """The whole step for one read, in the caller's door transaction."""
    judged = judge(door, read.value, config, now)
    return judged, record(door, judged, read, config, now, log_as=log_as)


@dataclass(frozen=True)
class Decided:
    """A hold a door person decided: what the panel shows, and what the log queued."""

    scan_id: str
    verdict: Verdict
    facts: PassFacts | None
    value: str
    source: str
    log_op: str | None = None


def decide_hold(door: DoorQueries, scan_id: str, decision: Decision, config: DoorConfig,
                now: datetime, *, log_as: str | None = None) -> Decided | None:
    """A door person lets a held guest in (``CONFIRMED``) or turns them away, at
    ``config``'s desk, in the caller's door transaction. None: no undecided hold
    ``scan_id`` (decided already).

    Letting in asks the rules again, without the holds (a person checked): a
    pass let in by another door meanwhile, or a full house, is still denied.
    """
    hold = door.held_scan(scan_id)
    if hold is None:
        return None
    facts = door.find_pass((hold.pass_id,)) if hold.pass_id else None
    done = f"{DECISION_WORDS[decision]} by {config.desk}"
    if decision is Decision.REFUSED:
        verdict = Verdict(Outcome.DENY, Reason.HELD, translate(
            "verdicts", "Turned away: {reason}").format(reason=said_reason(hold.reason)))
    else:  # a pass gone from the store meanwhile is an unknown pass
        history = History() if facts is None else door.history(
            facts.id, config.event_id or facts.event_id,
            count_inside=config.capacity is not None)
        verdict = decide(facts, history, config, now)
        if verdict.lets_in:
            verdict = Verdict(verdict.outcome, verdict.reason, translate(
                "verdicts", "Let in after the check: {reason}").format(
                    reason=said_reason(hold.reason)))
    reason = Reason.HELD if verdict.lets_in or decision is Decision.REFUSED else verdict.reason
    detail = f"{hold.reason} · {done}" if reason is Reason.HELD else \
        f"{verdict.message} · {hold.reason} · {done}"
    if not door.decide_held(scan_id, verdict=str(verdict.outcome), reason=str(reason),
                            detail=detail, decision=str(decision), at=now, by=config.desk):
        return None
    log_op = door.queue_scan_log(scan_id, scans.log_body(
        reader_id=log_as, scan_type="nfc" if hold.source == "nfc" else "barcode",
        verdict=str(verdict.outcome), detail=detail, value=hold.value,
        pass_id=hold.pass_id), now) if log_as else None
    return Decided(scan_id, verdict, facts, hold.value, hold.source, log_op)
