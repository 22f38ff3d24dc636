"""OneReadAtATime: a burst of reloads during a read costs one more read, not one each."""

from __future__ import annotations

import pytest

from passdesk.gui.workers.one_read import OneReadAtATime


def test_reloads_asked_for_during_a_read_make_one_read_after_it() -> None:
    again: list[int] = []
    reads = OneReadAtATime(lambda: again.append(1))
    assert reads.begin()  # nothing running: read now
    assert not reads.begin()  # running: wait for it
    assert not reads.begin()
    assert again == []
    reads.done()
    assert again == [1]  # the two asks became one read


def test_a_read_with_no_ask_meanwhile_is_not_followed_by_another() -> None:
    again: list[int] = []
    reads = OneReadAtATime(lambda: again.append(1))
    assert reads.begin()
    reads.done()
    assert again == []
    assert reads.begin()  # and the next ask reads at once


def test_a_new_query_starts_at_once_and_covers_the_reads_asked_before_it() -> None:
    again: list[int] = []
    reads = OneReadAtATime(lambda: again.append(1))
    assert reads.begin()
    assert not reads.begin()  # a notice while the old list is read
    reads.restart()  # the user searches: read now, whatever runs
    assert not reads.begin()  # still one read at a time behind the new one
    reads.done()  # the new query's answer was shown (the old one dropped)
    assert again == [1]  # the notice asked for after the new query is read once


def test_a_new_query_drops_the_reads_asked_for_before_it() -> None:
    again: list[int] = []
    reads = OneReadAtATime(lambda: again.append(1))
    assert reads.begin()
    assert not reads.begin()
    reads.restart()
    reads.done()
    assert again == []  # it read the store after those notices


def test_a_failed_read_leaves_the_reads_asked_meanwhile_to_the_retry() -> None:
    again: list[int] = []
    reads = OneReadAtATime(lambda: again.append(1))
    assert reads.begin()
    assert not reads.begin()
    reads.failed()
    assert again == []  # no read at once into a store that just failed
    assert reads.begin()  # the retry reads at once


def test_a_slot_that_raises_still_ends_the_read_and_the_next_one_follows() -> None:
    # A pane whose list failed to show once must not stop reading for good.
    again: list[int] = []
    reads = OneReadAtATime(lambda: again.append(1))

    def broken_show(_answer) -> None:
        raise ValueError("a bad row")

    assert reads.begin()
    assert not reads.begin()  # a notice while reading
    with pytest.raises(ValueError, match="a bad row"):  # the slot's error is not swallowed
        reads.shown(broken_show)(["row"])
    assert again == [1]  # the notice's read ran after the failed one
