from __future__ import annotations

import threading

import pytest

from passdesk.sync.prefetch import prefetch


def test_items_come_in_order() -> None:
    assert list(prefetch(iter(range(100)), depth=3)) == list(range(100))


def test_an_error_in_the_source_is_raised_at_its_place() -> None:
    def source():
        yield 1
        yield 2
        raise ValueError("page 3 failed")

    seen = []

    def consume() -> None:
        for item in prefetch(source()):
            seen.append(item)

    with pytest.raises(ValueError, match="page 3 failed"):
        consume()
    assert seen == [1, 2]


def test_stopping_early_stops_the_worker() -> None:
    produced = []
    finished = threading.Event()

    def endless():
        try:
            n = 0
            while True:
                produced.append(n)
                yield n
                n += 1
        finally:
            finished.set()

    for item in prefetch(endless(), depth=2):
        if item == 5:
            break
    assert finished.wait(5)
    assert len(produced) <= 5 + 2 + 2  # at most depth ahead, plus one in hand
