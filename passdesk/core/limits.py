"""The limits the PassEntry docs set on request values, as plain checks.

Each function returns a list of problems a person can read (empty = fine).
The client, the GUI editors and the sandbox (which answers 422) share them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from passdesk.core.records import Beacon, Location
from passdesk.core.texts import translate

MAX_LOCATIONS = 10
MAX_BEACONS = 10
#: Geofence radius in metres (PASSENTRY-API.md §2.6): 10 to 1,000 for event
#: tickets, at most 100 for other pass types. A request that does not know the
#: pass type is held to the wider bound; PassEntry says the rest.
MIN_RADIUS_M = 10
MAX_RADIUS_M = 1_000
MAX_RADIUS_OTHER_TYPES_M = 100
EVENT_TICKET = "eventTicket"
BEACON_NUMBER_MAX = 65_535
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def max_radius(pass_type: str | None) -> int:
    """The largest geofence radius for a pass type (None: not known here)."""
    if pass_type in (None, EVENT_TICKET):
        return MAX_RADIUS_M
    return MAX_RADIUS_OTHER_TYPES_M


def location_problems(locations: Sequence[Location], pass_type: str | None = None) -> list[str]:
    out = []
    if len(locations) > MAX_LOCATIONS:
        out.append(translate("passes", "at most {most} locations per pass ({given} given)")
                   .format(most=MAX_LOCATIONS, given=len(locations)))
    for n, loc in enumerate(locations, 1):
        out += [translate("passes", "location {n}: {problem}").format(n=n, problem=problem)
                for problem in one_location_problems(loc, pass_type)]
    return out


def one_location_problems(loc: Location, pass_type: str | None = None) -> list[str]:
    """What is wrong with one location (its number not said)."""
    out = []
    high = max_radius(pass_type)
    if not _number(loc.latitude) or not -90 <= loc.latitude <= 90:
        out.append(translate("passes", "latitude must be between -90 and 90"))
    if not _number(loc.longitude) or not -180 <= loc.longitude <= 180:
        out.append(translate("passes", "longitude must be between -180 and 180"))
    if loc.radius is not None and (
        not _number(loc.radius) or not MIN_RADIUS_M <= loc.radius <= high
    ):
        out.append(translate("passes", "radius must be {low}-{high} metres").format(
            low=MIN_RADIUS_M, high=f"{high:,}"))
    return out


def beacon_problems(beacons: Sequence[Beacon]) -> list[str]:
    out = []
    if len(beacons) > MAX_BEACONS:
        out.append(translate("passes", "at most {most} beacons per pass ({given} given)")
                   .format(most=MAX_BEACONS, given=len(beacons)))
    for n, b in enumerate(beacons, 1):
        if not isinstance(b.proximity_uuid, str) or not _UUID.match(b.proximity_uuid):
            out.append(translate("passes", "beacon {n}: proximity UUID must look like "
                                 "E2C56DB5-DFFB-48D2-B060-D0F5A71096E0").format(n=n))
        for label, value in ((translate("passes", "major", "a beacon's major number"), b.major),
                             (translate("passes", "minor", "a beacon's minor number"), b.minor)):
            if value is not None and (
                not isinstance(value, int) or isinstance(value, bool)
                or not 0 <= value <= BEACON_NUMBER_MAX
            ):
                out.append(translate("passes", "beacon {n}: {label} must be a whole number "
                                     "0-{most}").format(n=n, label=label,
                                                        most=str(BEACON_NUMBER_MAX)))
    return out


def loyalty_problems(delta: object, override: object) -> list[str]:
    if delta is not None and override is not None:
        return [translate("loyalty", "send either a balance change or an override, not both")]
    if delta is None and override is None:
        return [translate("loyalty", "a balance change or an override is required")]
    value = delta if delta is not None else override
    if not isinstance(value, int) or isinstance(value, bool):
        return [translate("loyalty", "the balance must be a whole number")]
    if override is not None and value < 0:
        return [translate("loyalty", "the balance cannot be set below zero")]
    return []
