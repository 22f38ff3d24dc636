"""The limits the locations and beacons editors enforce, at core level."""

from __future__ import annotations

import pytest

from passdesk.core.limits import beacon_problems, location_problems
from passdesk.core.payloads import PassInput
from passdesk.core.records import Beacon, Location

UUID = "E2C56DB5-DFFB-48D2-B060-D0F5A71096E0"


def place(**kw) -> Location:
    return Location(**{"latitude": 51.5, "longitude": -0.12, "radius": 100, **kw})


def test_ten_locations_and_ten_beacons_pass_eleven_do_not() -> None:
    assert location_problems([place()] * 10) == []
    assert beacon_problems([Beacon(proximity_uuid=UUID, major=1, minor=2)] * 10) == []
    assert location_problems([place()] * 11) == [
        "at most 10 locations per pass (11 given)"]
    assert beacon_problems([Beacon(proximity_uuid=UUID)] * 11) == [
        "at most 10 beacons per pass (11 given)"]


@pytest.mark.parametrize(("changes", "problem"), [
    ({"radius": 0}, "location 1: radius must be 10-1,000 metres"),
    ({"radius": 20000}, "location 1: radius must be 10-1,000 metres"),
    ({"latitude": 91}, "location 1: latitude must be between -90 and 90"),
    ({"longitude": -180.5}, "location 1: longitude must be between -180 and 180"),
    ({"latitude": None}, "location 1: latitude must be between -90 and 90"),
])
def test_a_bad_location_is_refused(changes, problem) -> None:
    assert location_problems([place(**changes)]) == [problem]


@pytest.mark.parametrize(("beacon", "problem"), [
    (Beacon(proximity_uuid="not-a-uuid"), "beacon 1: proximity UUID must look like"),
    (Beacon(proximity_uuid=UUID, major=70000), "beacon 1: major must be a whole number"),
    (Beacon(proximity_uuid=UUID, minor=-1), "beacon 1: minor must be a whole number"),
])
def test_a_bad_beacon_is_refused(beacon, problem) -> None:
    problems = beacon_problems([beacon])
    assert len(problems) == 1
    assert problems[0].startswith(problem)


def test_a_pass_with_a_bad_place_is_refused_before_anything_is_sent() -> None:
    new = PassInput("tpl", {"fullName": "Ada"}, locations=[place(radius=0)],
                    beacons=[Beacon(proximity_uuid=UUID, major=70000)])
    assert len(new.problems()) == 2


def test_the_radius_bound_follows_the_pass_type() -> None:
    # §2.6: up to 1,000 m on an event ticket, 100 m on other pass types.
    assert location_problems([place(radius=500)], "eventTicket") == []
    assert location_problems([place(radius=500)], "storeCard") == [
        "location 1: radius must be 10-100 metres"]
    assert location_problems([place(radius=100)], "generic") == []
