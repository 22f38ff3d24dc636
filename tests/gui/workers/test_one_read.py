"""OneReadAtATime: a burst of reloads during a read costs one more read, not one each."""

from __future__ import annotations

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
