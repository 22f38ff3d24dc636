"""Event times: a wall-clock time in the event's IANA zone <-> one moment in UTC.

People type the time printed on the poster ("20:00 in New York"); the store
and the API hold moments. Daylight saving makes the mapping partial: on a
spring-forward night some wall times never happen (a *gap*: refused, the user
must pick another), on a fall-back night some happen twice (a *fold*: the
first one, ``fold=0``, is used and the user is told). Naive datetimes here are
always wall times; aware ones are moments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from passdesk.core import texts
from passdesk.core.texts import translate

#: Folders of the tz database that duplicate the real names (leap seconds, POSIX rules).
_DUPLICATE_PREFIXES = ("posix/", "right/", "SystemV/")
_NOT_PLACES = {"Factory", "localtime", "posixrules"}


class UnknownZone(ValueError):
    """Not an IANA time zone name."""


class NonexistentWallTime(ValueError):
    """A wall time the clocks skip (a spring-forward gap); the message says which.

    ``wall``, ``zone_name`` and the skipped stretch (``skipped_from`` to ``skipped_to``,
    wall times) let the GUI say it with the locale's own words for days and times."""

    def __init__(self, message: str, *, wall: datetime | None = None, zone_name: str = "",
                 skipped_from: datetime | None = None,
                 skipped_to: datetime | None = None) -> None:
        super().__init__(message)
        self.wall, self.zone_name = wall, zone_name
        self.skipped_from, self.skipped_to = skipped_from, skipped_to


@dataclass(frozen=True)
class Moment:
    """A wall time resolved in its zone."""

    #: The moment, aware, in UTC.
    utc: datetime
    #: The wall time happens twice there; the first (fold=0) was taken.
    ambiguous: bool = False
    #: Why, in words, when ambiguous.
    note: str = ""


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UnknownZone(translate("events", "{name} is not an IANA time zone (e.g. "
                                    "Europe/London)").format(name=repr(name))) from None


def zone_names() -> list[str]:
    """Every IANA zone name a person may pick, sorted."""
    names = {n for n in available_timezones()
             if not n.startswith(_DUPLICATE_PREFIXES) and n not in _NOT_PLACES}
    return sorted(names)


def to_utc(wall: datetime, zone_name: str) -> Moment:
    """The moment ``wall`` (naive) happens in ``zone_name``.

    Raises ``NonexistentWallTime`` inside a gap; in a fold takes the first.
    """
    tz = zone(zone_name)
    wall = wall.replace(tzinfo=None, fold=0)
    first = wall.replace(tzinfo=tz, fold=0)
    second = wall.replace(tzinfo=tz, fold=1)
    if _wall_of(first, tz) != wall:
        skipped_from, skipped_to = _gap(tz, first, second)
        raise NonexistentWallTime(
            translate("events", "{time} on {day} does not exist in {zone}: the clocks jump "
                      "from {before} to {after}. Pick a time outside that gap.").format(
                time=_clock(wall), day=_day(wall), zone=zone_name,
                before=_clock(skipped_from), after=_clock(skipped_to)),
            wall=wall, zone_name=zone_name, skipped_from=skipped_from.replace(tzinfo=None),
            skipped_to=skipped_to.replace(tzinfo=None))
    ambiguous = first.utcoffset() != second.utcoffset()
    note = ""
    if ambiguous:
        note = translate("events", "{time} happens twice on {day} in {zone} (the clocks go "
                         "back); the first one ({offset}) is used.").format(
            time=_clock(wall), day=_day(wall), zone=zone_name, offset=_offset_words(first))
    return Moment(first.astimezone(UTC), ambiguous, note)


def to_wall(moment: datetime, zone_name: str) -> datetime:
    """The wall time (naive) ``moment`` (aware) shows in ``zone_name``."""
    if moment.tzinfo is None:
        raise ValueError("a moment must carry its offset (an aware datetime)")
    return moment.astimezone(zone(zone_name)).replace(tzinfo=None, fold=0)


def in_zone(moment: datetime, zone_name: str) -> datetime:
    """``moment`` as an aware datetime in ``zone_name`` (for offsets and ISO text)."""
    return moment.astimezone(zone(zone_name))


def same_offset(moment: datetime, zone_a: str, zone_b: str) -> bool:
    """Do the two zones show the same wall time at ``moment``?"""
    return to_wall(moment, zone_a) == to_wall(moment, zone_b)


def offset_words(moment: datetime, zone_name: str) -> str:
    """"CEST, UTC+02:00": the zone's abbreviation and offset at ``moment``."""
    return _offset_words(in_zone(moment, zone_name))


def _wall_of(aware: datetime, tz: ZoneInfo) -> datetime:
    return aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None, fold=0)


def _gap(tz: ZoneInfo, first: datetime, second: datetime) -> tuple[datetime, datetime]:
    """The wall times the clocks jump from and to (as aware UTC + offset)."""
    # In a gap fold=0 reads the wall time with the offset from before the jump
    # and fold=1 with the one after; the jump itself lies between the two.
    before, after = first.utcoffset() or timedelta(0), second.utcoffset() or timedelta(0)
    low, high = sorted((first.astimezone(UTC), second.astimezone(UTC)))
    jump = low
    while jump < high and jump.astimezone(tz).utcoffset() == before:
        jump += timedelta(minutes=1)
    return jump + before, jump + after


def _offset_words(aware: datetime) -> str:
    offset = aware.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    name = aware.tzname() or ""
    utc = f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    # Zones without an abbreviation print the offset as their name ("+03").
    return utc if not name or name[0] in "+-" else f"{name}, {utc}"


def _day(wall: datetime) -> texts.Moment:
    """A wall time's day, with its weekday: "Sun 31 Mar 2030" (the locale's, in the GUI)."""
    return texts.Moment(wall.date(), texts.Style.WEEKDAY, f"{wall:%a} {wall.day} {wall:%b %Y}")


def _clock(wall: datetime) -> texts.Moment:
    """A wall time's time of day as the clocks show it ("02:30"; the locale's, in the GUI).
    Naive, so the GUI does not move it to the desk's zone."""
    wall = wall.replace(tzinfo=None)
    return texts.Moment(wall, texts.Style.CLOCK, f"{wall:%H:%M}")
