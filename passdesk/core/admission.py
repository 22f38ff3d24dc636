"""May this pass enter? Plain functions over plain data: the station, the hub and
the tests all ask ``decide``.

The checks run in a fixed order, the first that fails giving the reason:
unknown, deactivated, expired, template not allowed here, wrong event,
outside the doors-open window, already inside (anti-passback, with re-entry
after an exit scan when allowed), capacity reached, removed from the wallet
(by policy). Every reason has words a door person can say out loud.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Outcome(StrEnum):
    ADMIT = "admit"  # green
    WARN = "warn"  # amber: admitted, but look twice
    DENY = "deny"  # red
    EXIT = "exit"  # an exit scan recorded


class Reason(StrEnum):
    ADMITTED = "admitted"
    READMITTED = "readmitted"
    REMOVED_FROM_WALLET = "removed from wallet"
    EXITED = "exited"
    UNREADABLE = "unreadable"
    UNKNOWN_PASS = "unknown pass"  # noqa: S105 - a pass, not a password
    DEACTIVATED = "deactivated"
    REMOVED = "removed"
    EXPIRED = "expired"
    TEMPLATE_NOT_ALLOWED = "template not allowed"
    WRONG_EVENT = "wrong event"
    TOO_EARLY = "doors not open"
    TOO_LATE = "doors closed"
    ALREADY_ADMITTED = "already admitted"
    NOT_INSIDE = "not inside"
    CAPACITY_REACHED = "capacity reached"


class RemovedPolicy(StrEnum):
    """A pass its holder removed from the wallet can still show its code."""

    ADMIT = "admit"
    WARN = "warn"
    DENY = "deny"


class Direction(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"


@dataclass(frozen=True)
class StationConfig:
    """What this door lets in. Empty or None means "no limit" for each rule."""

    station: str = "door"
    direction: Direction = Direction.ENTRY
    event_id: str | None = None
    doors_open: datetime | None = None
    doors_close: datetime | None = None
    allowed_templates: frozenset[str] = field(default_factory=frozenset)
    capacity: int | None = None
    allow_reentry: bool = False
    removed_policy: RemovedPolicy = RemovedPolicy.WARN


@dataclass(frozen=True)
class PassFacts:
    """What the store knows of a pass, as the rules need it."""

    id: str
    name: str | None
    status: str | None
    template_id: str | None
    template_name: str | None
    event_id: str | None
    expires_at: datetime | None


@dataclass(frozen=True)
class History:
    """The pass's scans so far at this event, and the people inside now."""

    admitted_at: datetime | None = None  # last admission not undone
    exited_since: bool = False  # an exit scan after that admission
    inside: int = 0


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    reason: Reason
    #: Words for the door person, e.g. "Already admitted at 19:42".
    message: str

    @property
    def lets_in(self) -> bool:
        return self.outcome in (Outcome.ADMIT, Outcome.WARN)


def _deny(reason: Reason, message: str) -> Verdict:
    return Verdict(Outcome.DENY, reason, message)


def _hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def decide(facts: PassFacts | None, history: History, config: StationConfig,
           now: datetime) -> Verdict:
    """The verdict for one scan of a known value (``facts`` None: no such pass)."""
    if facts is None:
        return _deny(Reason.UNKNOWN_PASS, "Unknown pass: not a ticket for this venue")
    if facts.status == "deactivated":
        return _deny(Reason.DEACTIVATED, "This pass was cancelled (deactivated)")
    if facts.expires_at is not None and facts.expires_at <= now:
        return _deny(Reason.EXPIRED, f"Expired on {facts.expires_at:%d %b %Y}")
    if config.allowed_templates and facts.template_id not in config.allowed_templates:
        what = facts.template_name or "this kind of pass"
        return _deny(Reason.TEMPLATE_NOT_ALLOWED, f"{what} is not valid at this door")
    if config.event_id and facts.event_id != config.event_id:
        return _deny(Reason.WRONG_EVENT, "Ticket for another event" if facts.event_id
                     else "Not a ticket for this event")
    if config.direction is Direction.EXIT:
        if history.admitted_at is None or history.exited_since:
            return _deny(Reason.NOT_INSIDE, "Not checked in, so not checked out")
        return Verdict(Outcome.EXIT, Reason.EXITED, "Checked out; may come back in"
                       if config.allow_reentry else "Checked out")
    if config.doors_open is not None and now < config.doors_open:
        return _deny(Reason.TOO_EARLY, f"Doors open at {_hhmm(config.doors_open)}")
    if config.doors_close is not None and now >= config.doors_close:
        return _deny(Reason.TOO_LATE, f"Doors closed at {_hhmm(config.doors_close)}")
    reentry = False
    if history.admitted_at is not None:
        if not (config.allow_reentry and history.exited_since):
            return _deny(Reason.ALREADY_ADMITTED,
                         f"Already admitted at {_hhmm(history.admitted_at)}")
        reentry = True
    if config.capacity is not None and history.inside >= config.capacity:
        return _deny(Reason.CAPACITY_REACHED, f"Full: {history.inside:,} of "
                                              f"{config.capacity:,} inside")
    if facts.status == "removed":
        if config.removed_policy is RemovedPolicy.DENY:
            return _deny(Reason.REMOVED, "The holder removed this pass from their wallet")
        if config.removed_policy is RemovedPolicy.WARN:
            return Verdict(Outcome.WARN, Reason.REMOVED_FROM_WALLET,
                           "Admitted, but the pass was removed from the wallet: check ID")
    if reentry:
        return Verdict(Outcome.ADMIT, Reason.READMITTED, "Welcome back")
    return Verdict(Outcome.ADMIT, Reason.ADMITTED, "Welcome")


def unreadable(detail: str) -> Verdict:
    return _deny(Reason.UNREADABLE, f"Could not read the code: {detail}")
