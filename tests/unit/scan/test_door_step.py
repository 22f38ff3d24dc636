"""The door step's finder and judge over an in-memory stand-in for the door queries:
what is looked up, what is logged, and that an unreadable value is never looked up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from passdesk.core.admission import DoorConfig, History, Outcome, PassFacts, Reason
from passdesk.core.scan_values import RejectedScan, parse_scan
from passdesk.core.storable import storable
from passdesk.scan.door_step import LOGGED_VALUE_MAX, find, judge

NOW = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)
GUEST = PassFacts("a" * 40, "Gus Guest", "active", "t", "Ticket", None, None,
                  pass_type="eventTicket")


class Queries:
    """Finds GUEST by its id; counts lookups."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, ...]] = []

    def find_pass(self, candidates: Sequence[str]) -> PassFacts | None:
        self.asked.append(tuple(candidates))
        return GUEST if GUEST.id in candidates else None

    def history(self, pass_id: str, event_id: str | None, *, count_inside: bool) -> History:
        return History()


def test_an_unreadable_value_is_never_looked_up() -> None:
    queries = Queries()
    for value in ("", "   ", "\x1d\x1e\x04", "x" * 5000, b"\xff\xfe"):
        assert find(queries.find_pass, value).facts is None
    assert queries.asked == []


def test_the_finder_asks_by_every_candidate_most_specific_first() -> None:
    queries = Queries()
    found = find(queries.find_pass, f" https://download.passentry.com/?pass={'A' * 40}\r\n")
    assert found.facts == GUEST
    assert queries.asked == [("a" * 40, "A" * 40)]


def test_judge_logs_what_was_read_storable_and_cut() -> None:
    config = DoorConfig(desk="d")
    judged = judge(Queries(), "\x00\ud800" + "\x01" * 2000, config, NOW)
    assert judged.verdict.reason is Reason.UNREADABLE
    assert judged.value == ("\u2400?" + "\x01" * 2000)[:LOGGED_VALUE_MAX]
    admitted = judge(Queries(), f"VAS:{'a' * 40}", config, NOW)
    assert (admitted.verdict.outcome, admitted.facts, admitted.value) == (
        Outcome.ADMIT, GUEST, "a" * 40)
    assert judge(Queries(), b"\xff", config, NOW).value == repr(b"\xff")


@given(st.lists(st.one_of(st.sampled_from("\x00\ud800\udfff\x1d "),
                          st.characters(codec=None, exclude_categories=())),
                max_size=LOGGED_VALUE_MAX + 10).map("".join))
def test_an_unreadable_value_is_logged_by_the_one_storable_rule(raw: str) -> None:
    """The hub stores what readers send by the same rule (``hub.clean.text``)."""
    judged = judge(Queries(), raw, DoorConfig(desk="d"), NOW)
    if isinstance(parse_scan(raw), RejectedScan):
        assert judged.value == storable(raw)[:LOGGED_VALUE_MAX]
    assert "\x00" not in judged.value
    judged.value.encode("utf-8")  # no lone surrogate left
