"""May this pass enter? Plain functions over plain data: the Door, the hub and
the tests all ask ``decide``.

The checks run in a fixed order, the first that fails giving the reason:
unknown, deactivated or nullified, expired, template not allowed here, not a ticket (a
loyalty or member card, unless the door admits those), wrong event, the
ticket's event has ended or not started yet, outside the doors-open window,
already inside (anti-passback, with re-entry after an exit scan when allowed),
capacity reached, removed from the wallet (by policy). Every reason has words
a door person can say out loud, and a ticket's event is named by its name and
date, never its id.

"Not started yet" means more than ``DoorConfig.early_entry`` (a door
setting, 4 hours by default) before the event's start: doors often open an
hour or two early. "Ended" means at or after the event's end (without an end,
``NO_END_AFTER`` after its start). For the door's own event an explicit
doors-open / doors-close time takes the place of these, so a door can open
as early or close as late as it is told.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from passdesk.core.holds import HoldRule
from passdesk.core.texts import QT_TRANSLATE_NOOP, Moment, Style, Text, translate

#: A ticket is good from this long before its event starts (a door setting).
EARLY_ENTRY = timedelta(hours=4)
#: An event without an end time is over this long after its start.
NO_END_AFTER = timedelta(hours=24)
#: Pass and template types that are tickets; the others are cards of some kind.
TICKET_TYPES = frozenset({"eventTicket"})
#: What a pass of each non-ticket type is called at the door.
CARD_WORDS = {"storeCard": translate("verdicts", "a loyalty card"),
              "loyalty": translate("verdicts", "a loyalty card"),
              "generic": translate("verdicts", "a member card"),
              "transit": translate("verdicts", "a transit pass")}


class Outcome(StrEnum):
    ADMIT = "admit"  # green
    WARN = "warn"  # amber: admitted, but look twice
    DENY = "deny"  # red
    EXIT = "exit"  # an exit scan recorded
    #: Amber, NOT let in: a hold rule asks a person to check first (``core/holds.py``);
    #: the scan log's row becomes ``admit`` or ``deny`` when the person decides.
    HOLD = "hold"


# What the Door's big panel (and the scan log's "shown" column) calls each outcome.
# Plain English here (the scan log keeps it); the Door says each in the person's
# language, with a note for the translators (``gui/door/words.py``, context "verdicts").
SHOWN = {Outcome.ADMIT: "ADMIT", Outcome.WARN: "CHECK", Outcome.DENY: "DENY",
         Outcome.EXIT: "EXIT", Outcome.HOLD: "HOLD"}


class Grouped(int):
    """A count for a message: English writes it with its thousands grouped
    ("1,000"); the GUI's ``say`` writes it as the person's locale does."""

    def __str__(self) -> str:
        return f"{int(self):,}"


class Reason(StrEnum):
    ADMITTED = "admitted"
    READMITTED = "readmitted"
    REMOVED_FROM_WALLET = "removed from wallet"
    EXITED = "exited"
    UNREADABLE = "unreadable"
    UNKNOWN_PASS = "unknown pass"  # noqa: S105 - a pass, not a password
    DEACTIVATED = "deactivated"
    NULLIFIED = "nullified"
    REMOVED = "removed"
    EXPIRED = "expired"
    TEMPLATE_NOT_ALLOWED = "template not allowed"
    NOT_A_TICKET = "not a ticket"
    WRONG_EVENT = "wrong event"
    EVENT_ENDED = "event ended"
    EVENT_NOT_STARTED = "event not started"
    TOO_EARLY = "doors not open"
    TOO_LATE = "doors closed"
    ALREADY_ADMITTED = "already admitted"
    NOT_INSIDE = "not inside"
    CAPACITY_REACHED = "capacity reached"
    #: A hold rule matched (``core/holds.py``): the message is the rule's reason.
    HELD = "held"


#: Each reason as people read it in Insights and the report, which say a recorded
#: reason with ``translate("verdicts", reason)``: marked here for the catalogue
#: (the scan log keeps the English, the key its tallies group by).
REASON_WORDS = (
    QT_TRANSLATE_NOOP("verdicts", "admitted"), QT_TRANSLATE_NOOP("verdicts", "readmitted"),
    QT_TRANSLATE_NOOP("verdicts", "removed from wallet"),
    QT_TRANSLATE_NOOP("verdicts", "exited"), QT_TRANSLATE_NOOP("verdicts", "unreadable"),
    QT_TRANSLATE_NOOP("verdicts", "unknown pass"),
    QT_TRANSLATE_NOOP("verdicts", "deactivated"), QT_TRANSLATE_NOOP("verdicts", "nullified"),
    QT_TRANSLATE_NOOP("verdicts", "removed"), QT_TRANSLATE_NOOP("verdicts", "expired"),
    QT_TRANSLATE_NOOP("verdicts", "template not allowed"),
    QT_TRANSLATE_NOOP("verdicts", "not a ticket"),
    QT_TRANSLATE_NOOP("verdicts", "wrong event"), QT_TRANSLATE_NOOP("verdicts", "event ended"),
    QT_TRANSLATE_NOOP("verdicts", "event not started"),
    QT_TRANSLATE_NOOP("verdicts", "doors not open"),
    QT_TRANSLATE_NOOP("verdicts", "doors closed"),
    QT_TRANSLATE_NOOP("verdicts", "already admitted"),
    QT_TRANSLATE_NOOP("verdicts", "not inside"),
    QT_TRANSLATE_NOOP("verdicts", "capacity reached"), QT_TRANSLATE_NOOP("verdicts", "held"),
    QT_TRANSLATE_NOOP("verdicts", "no reason given"),
)


class RemovedPolicy(StrEnum):
    """A pass its holder removed from the wallet can still show its code."""

    ADMIT = "admit"
    WARN = "warn"
    DENY = "deny"


class Direction(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"


@dataclass(frozen=True)
class EventFacts:
    """A ticket's event as the store knows it: enough to name it and to check its times."""

    id: str
    name: str | None
    start: datetime | None
    end: datetime | None
    time_zone: str | None

    @property
    def zone(self) -> ZoneInfo | None:
        try:
            return ZoneInfo(self.time_zone) if self.time_zone else None
        except (ZoneInfoNotFoundError, ValueError):
            return None

    def local(self, moment: datetime) -> datetime:
        """``moment`` on the event's clock (the desk's when the event has no zone)."""
        return moment.astimezone(self.zone) if self.zone else moment.astimezone()

    @property
    def place(self) -> str:
        """The zone as people say it: "Paris", "New York" ("" without a zone)."""
        return zone_place(self.time_zone)

    @property
    def ends(self) -> datetime | None:
        if self.end is not None:
            return self.end
        return self.start + NO_END_AFTER if self.start is not None else None

    def day(self) -> Moment | str:
        """The event's day on its own clock, e.g. "Sun 1 Nov" ("" without a start); the
        GUI says it as the locale writes a day with its weekday."""
        if self.start is None:
            return ""
        local = self.local(self.start)
        return Moment(local.date(), Style.WEEKDAY, f"{local:%a} {local.day} {local:%b}")

    def title(self) -> str:
        """Its name and day, e.g. "Comedy Gala, Sun 1 Nov"."""
        name = self.name or translate("verdicts", "an unnamed event")
        if self.start is None:
            return name
        return translate("verdicts", "{event}, {day}", "an event's name and day").format(
            event=name, day=self.day())


def zone_place(time_zone: str | None) -> str:
    return (time_zone or "").rsplit("/", 1)[-1].replace("_", " ")


@dataclass(frozen=True)
class DoorConfig:
    """What this door lets in. Empty or None means "no limit" for each rule.

    ``event_id`` None is "any event": tickets of any event on now (the
    desk's settings keep whether that was chosen or never chosen at all).
    """

    desk: str = "door"
    direction: Direction = Direction.ENTRY
    event_id: str | None = None
    doors_open: datetime | None = None
    doors_close: datetime | None = None
    allowed_templates: frozenset[str] = field(default_factory=frozenset)
    capacity: int | None = None
    allow_reentry: bool = False
    removed_policy: RemovedPolicy = RemovedPolicy.WARN
    #: Loyalty, member and other cards that are no ticket: denied unless this is set.
    admit_non_tickets: bool = False
    #: A ticket is good from this long before its event's start.
    early_entry: timedelta = EARLY_ENTRY
    #: Rules that turn an admission into a HOLD a person decides (``core/holds.py``).
    holds: tuple[HoldRule, ...] = ()
    #: False where no person can be asked (the hub): a held ticket is denied with
    #: the hold's reason, so the guest goes to staff.
    can_hold: bool = True


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
    #: ``passType`` of the pass, and ``templateType`` of its template (either may be unknown).
    pass_type: str | None = None
    template_type: str | None = None
    #: The ticket's event, when the store has it.
    event: EventFacts | None = None

    @property
    def card_words(self) -> Text | None:
        """What the pass is when it is no ticket ("a loyalty card"); None for a ticket.

        A pass linked to an event is a ticket; so is one whose type is unknown
        (nothing says otherwise, and the rules after this one still apply).
        """
        if self.event_id is not None:
            return None
        kind = self.pass_type or self.template_type
        if kind is None or kind in TICKET_TYPES:
            return None
        return CARD_WORDS.get(kind) or translate("verdicts", "another kind of pass")


@dataclass(frozen=True)
class History:
    """The pass's scans so far at this event, and the people inside now."""

    admitted_at: datetime | None = None  # last admission not undone
    exited_since: bool = False  # an exit scan after that admission
    inside: int = 0
    #: Who made that admission when it was none of this venue's desks: a PassEntry
    #: reader, in words ("South Gate Reader"); None for a desk here.
    admitted_by: str | None = None


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    reason: Reason
    #: Words for the door person, e.g. "Already admitted at 19:42" (a ``Text``
    #: from the rules here; the GUI says it with ``say``).
    message: str

    @property
    def lets_in(self) -> bool:
        return self.outcome in (Outcome.ADMIT, Outcome.WARN)


def _deny(reason: Reason, message: str) -> Verdict:
    return Verdict(Outcome.DENY, reason, message)


def _wall_clock(wall: datetime) -> Moment:
    """A time of day on some clock (``wall``, aware or not, is read as it shows): said as
    the locale writes a time, not moved to the desk's zone."""
    wall = wall.replace(tzinfo=None)  # naive: the GUI reads it as it is
    return Moment(wall, Style.CLOCK, f"{wall:%H:%M}")


def _hhmm(moment: datetime, facts: PassFacts | None = None) -> Text | Moment:
    """A time with its clock: the ticket's event's zone, else the desk's ("19:42 GMT")."""
    event = facts.event if facts is not None else None
    if event is not None and event.zone is not None:
        return translate("verdicts", "{time} {place} time", "a time on a city's clock").format(
            time=_wall_clock(event.local(moment)), place=event.place)
    local = moment.astimezone()
    zone = local.strftime("%Z").strip()
    time = Moment(moment, Style.CLOCK, f"{local:%H:%M}")
    if not zone:
        return time
    return translate("verdicts", "{time} {zone}", "a time, then its time zone's "
                     "abbreviation: 19:42 GMT").format(time=time, zone=zone)


def _event_times(facts: PassFacts, config: DoorConfig, now: datetime) -> Verdict | None:
    """A ticket whose event has ended or is not on yet: denied, with the event named."""
    event = facts.event
    if event is None or config.direction is Direction.EXIT:
        return None
    own = config.event_id is not None and event.id == config.event_id
    ends = event.ends
    if ends is not None and now >= ends and not (own and config.doors_close is not None):
        return _deny(Reason.EVENT_ENDED, translate(
            "verdicts", "Ticket for {event}: that event has ended").format(event=event.title()))
    start = event.start
    if start is not None and now < start - config.early_entry \
            and not (own and config.doors_open is not None):
        at: Text | Moment = _wall_clock(event.local(start))
        if event.place:
            at = translate("verdicts", "{time} {place} time", "a time on a city's clock").format(
                time=at, place=event.place)
        return _deny(Reason.EVENT_NOT_STARTED, translate(
            "verdicts", "Ticket for {event}: not yet, it starts at {time}").format(
                event=event.title(), time=at))
    return None


def _wrong_event(facts: PassFacts) -> Verdict:
    if facts.event is not None:
        return _deny(Reason.WRONG_EVENT, translate(
            "verdicts", "Ticket for {event}: not this door's event").format(
                event=facts.event.title()))
    return _deny(Reason.WRONG_EVENT, translate("verdicts", "Ticket for another event")
                 if facts.event_id else translate("verdicts", "Not a ticket for this event"))


def decide(facts: PassFacts | None, history: History, config: DoorConfig,
           now: datetime) -> Verdict:
    """The verdict for one scan of a known value (``facts`` None: no such pass)."""
    if facts is None:
        return _deny(Reason.UNKNOWN_PASS,
                     translate("verdicts", "Unknown pass: not a ticket for this venue"))
    if facts.status == "deactivated":
        return _deny(Reason.DEACTIVATED,
                     translate("verdicts", "This pass was cancelled (deactivated)"))
    if facts.status == "nullified":
        return _deny(Reason.NULLIFIED, translate("verdicts", "Cancelled: this pass was nullified"))
    if facts.expires_at is not None and facts.expires_at <= now:
        return _deny(Reason.EXPIRED, translate("verdicts", "Expired on {day}").format(
            day=Moment(facts.expires_at, Style.WEEKDAY, f"{facts.expires_at:%d %b %Y}")))
    if config.allowed_templates and facts.template_id not in config.allowed_templates:
        if facts.template_name:
            message = translate("verdicts", "{template} is not valid at this door").format(
                template=facts.template_name)
        else:
            message = translate("verdicts", "this kind of pass is not valid at this door")
        return _deny(Reason.TEMPLATE_NOT_ALLOWED, message)
    card = facts.card_words
    if card is not None:
        # A template the door lists by name is let in, whatever it is.
        if not (config.admit_non_tickets or facts.template_id in config.allowed_templates):
            return _deny(Reason.NOT_A_TICKET, translate(
                "verdicts", "Not a ticket: this is {card}").format(card=card))
    elif config.event_id and facts.event_id != config.event_id:
        return _wrong_event(facts)
    elif (timing := _event_times(facts, config, now)) is not None:
        return timing
    if config.direction is Direction.EXIT:
        if history.admitted_at is None or history.exited_since:
            return _deny(Reason.NOT_INSIDE,
                         translate("verdicts", "Not checked in, so not checked out"))
        return Verdict(Outcome.EXIT, Reason.EXITED,
                       translate("verdicts", "Checked out; may come back in")
                       if config.allow_reentry else translate("verdicts", "Checked out"))
    if config.doors_open is not None and now < config.doors_open:
        return _deny(Reason.TOO_EARLY, translate("verdicts", "Doors open at {time}").format(
            time=_hhmm(config.doors_open, facts)))
    if config.doors_close is not None and now >= config.doors_close:
        return _deny(Reason.TOO_LATE, translate("verdicts", "Doors closed at {time}").format(
            time=_hhmm(config.doors_close, facts)))
    reentry = False
    if history.admitted_at is not None:
        if not (config.allow_reentry and history.exited_since):
            at = _hhmm(history.admitted_at, facts)
            if history.admitted_by:
                message = translate("verdicts", "Already admitted by {reader} at {time}").format(
                    reader=history.admitted_by, time=at)
            else:
                message = translate("verdicts", "Already admitted at {time}").format(time=at)
            return _deny(Reason.ALREADY_ADMITTED, message)
        reentry = True
    if config.capacity is not None and history.inside >= config.capacity:
        return _deny(Reason.CAPACITY_REACHED, translate(
            "verdicts", "Full: {inside} of {capacity} inside").format(
                inside=Grouped(history.inside), capacity=Grouped(config.capacity)))
    if facts.status == "removed":
        if config.removed_policy is RemovedPolicy.DENY:
            return _deny(Reason.REMOVED, translate(
                "verdicts", "The holder removed this pass from their wallet"))
        if config.removed_policy is RemovedPolicy.WARN:
            return Verdict(Outcome.WARN, Reason.REMOVED_FROM_WALLET, translate(
                "verdicts", "Admitted, but the pass was removed from the wallet: check ID"))
    if reentry:
        return Verdict(Outcome.ADMIT, Reason.READMITTED, translate("verdicts", "Welcome back"))
    return Verdict(Outcome.ADMIT, Reason.ADMITTED, translate("verdicts", "Welcome"))


def held(verdict: Verdict, reason: str | None, config: DoorConfig) -> Verdict:
    """``verdict`` with a hold rule's ``reason`` applied (None: no rule matched).

    Only a verdict that lets in is held; where no person can be asked
    (``config.can_hold`` False) the hold is a deny that says why.
    """
    if reason is None or not verdict.lets_in:
        return verdict
    if not config.can_hold:
        return _deny(Reason.HELD, translate(
            "verdicts", "{reason}: ask staff to check this ticket").format(reason=reason))
    return Verdict(Outcome.HOLD, Reason.HELD, reason)


def unreadable_words(detail: str) -> str:
    """What every face says of a scanned value that cannot be read (``detail``:
    ``parse_scan``'s why): the Door and the hub in their verdict, the Till on its
    result line. Written once so the faces cannot drift apart."""
    return translate("verdicts", "Could not read the code: {why}").format(why=detail)


def unreadable(detail: str) -> Verdict:
    return _deny(Reason.UNREADABLE, unreadable_words(detail))
