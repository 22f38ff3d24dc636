"""Wall times in an event's zone <-> moments in UTC, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from passdesk.core.event_times import (
    NonexistentWallTime,
    UnknownZone,
    offset_words,
    same_offset,
    to_utc,
    to_wall,
    zone_names,
)


def test_a_summer_evening_in_new_york_is_midnight_utc() -> None:
    moment = to_utc(datetime(2025, 7, 17, 20, 0), "America/New_York")
    assert moment.utc == datetime(2025, 7, 18, 0, 0, tzinfo=UTC)
    assert moment.utc.tzinfo is UTC
    assert not moment.ambiguous
    assert moment.note == ""


def test_the_same_wall_time_in_winter_uses_standard_time() -> None:
    assert to_utc(datetime(2025, 1, 17, 20, 0), "America/New_York").utc == \
        datetime(2025, 1, 18, 1, 0, tzinfo=UTC)
    assert to_utc(datetime(2025, 1, 17, 20, 0), "Asia/Kolkata").utc == \
        datetime(2025, 1, 17, 14, 30, tzinfo=UTC)


def test_a_wall_time_in_the_spring_forward_gap_is_refused_with_the_jump() -> None:
    with pytest.raises(NonexistentWallTime) as refused:
        to_utc(datetime(2025, 3, 30, 2, 30), "Europe/Berlin")
    words = str(refused.value)
    assert "02:30 on Sun 30 Mar 2025 does not exist in Europe/Berlin" in words
    assert "from 02:00 to 03:00" in words


def test_a_half_hour_gap_is_named_exactly() -> None:
    # Lord Howe Island moves its clocks by 30 minutes.
    with pytest.raises(NonexistentWallTime, match="from 02:00 to 02:30"):
        to_utc(datetime(2025, 10, 5, 2, 15), "Australia/Lord_Howe")
    assert to_utc(datetime(2025, 10, 5, 2, 30), "Australia/Lord_Howe").utc == \
        datetime(2025, 10, 4, 15, 30, tzinfo=UTC)


def test_the_edges_of_a_gap_exist() -> None:
    before = to_utc(datetime(2025, 3, 30, 1, 59), "Europe/Berlin").utc
    after = to_utc(datetime(2025, 3, 30, 3, 0), "Europe/Berlin").utc
    assert after - before == timedelta(minutes=1)


def test_a_time_that_happens_twice_takes_the_first_and_says_so() -> None:
    moment = to_utc(datetime(2025, 11, 2, 1, 30), "America/New_York")
    assert moment.ambiguous
    assert moment.utc == datetime(2025, 11, 2, 5, 30, tzinfo=UTC)  # EDT, not EST (06:30)
    assert "happens twice" in moment.note
    assert "(EDT, UTC-04:00) is used" in moment.note


def test_a_given_fold_is_ignored_the_first_is_always_taken() -> None:
    wall = datetime(2025, 10, 26, 2, 30, fold=1)
    assert to_utc(wall, "Europe/Berlin").utc == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize("zone_name", ["Europe/Berlin", "America/New_York", "Asia/Tokyo",
                                       "Australia/Lord_Howe", "UTC"])
def test_round_trip_over_a_year_of_hours(zone_name: str) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for hours in range(0, 24 * 366, 7):
        moment = start + timedelta(hours=hours, minutes=15)
        wall = to_wall(moment, zone_name)
        assert wall.tzinfo is None
        back = to_utc(wall, zone_name)
        # The second of two equal wall times reads back as the first, an hour earlier.
        assert back.utc == moment or (back.ambiguous and moment - back.utc <= timedelta(hours=1))


def test_to_wall_needs_a_moment_and_accepts_any_offset() -> None:
    with pytest.raises(ValueError, match="aware"):
        to_wall(datetime(2025, 7, 1, 12, 0), "Europe/Berlin")
    plus_two = timezone(timedelta(hours=2))
    assert to_wall(datetime(2025, 7, 1, 12, 0, tzinfo=plus_two), "Europe/London") == \
        datetime(2025, 7, 1, 11, 0)


def test_unknown_zones_are_refused_in_words() -> None:
    with pytest.raises(UnknownZone, match="not an IANA time zone"):
        to_utc(datetime(2025, 7, 1, 12, 0), "Mars/Olympus_Mons")
    with pytest.raises(UnknownZone):
        to_utc(datetime(2025, 7, 1, 12, 0), "")


def test_zone_names_are_the_places_without_duplicates() -> None:
    names = zone_names()
    assert {"Europe/Berlin", "America/New_York", "UTC"} <= set(names)
    assert names == sorted(names)
    assert not [n for n in names if n.startswith(("posix/", "right/"))]


def test_offsets_and_equal_zones_in_words() -> None:
    summer = datetime(2025, 7, 1, 12, 0, tzinfo=UTC)
    assert offset_words(summer, "Europe/Berlin") == "CEST, UTC+02:00"
    assert offset_words(summer, "Asia/Dubai") == "UTC+04:00"  # no abbreviation
    assert offset_words(summer, "America/St_Johns") == "NDT, UTC-02:30"
    assert same_offset(summer, "Europe/Berlin", "Europe/Paris")
    assert not same_offset(summer, "Europe/Berlin", "Europe/London")
