"""PagesAhead (sync.page_fetch): pages fetched by number on worker threads come out in
order, end where iter_pages ends them, are not asked for before the pages before say they
exist, and an error comes at its own page, after the pages before it."""

from __future__ import annotations

import threading

import pytest

from passdesk.api.pagination import Page
from passdesk.core.jsonapi import PageMeta
from passdesk.sync.page_fetch import PagesAhead


class Server:
    """``pages`` pages of ``per_page`` numbers; ``total_pages`` as meta says (None: unsaid)."""

    def __init__(self, pages: int, *, total_pages: int | None = -1, fail_at: int = 0,
                 per_page: int = 3) -> None:
        self.pages = pages
        self.total_pages = pages if total_pages == -1 else total_pages
        self.fail_at = fail_at
        self.per_page = per_page
        self.asked: list[int] = []
        self.lock = threading.Lock()

    def fetch(self, number: int) -> Page:
        with self.lock:
            self.asked.append(number)
        if number == self.fail_at:
            raise ValueError(f"page {number} failed")
        records = (list(range((number - 1) * self.per_page, number * self.per_page))
                   if number <= self.pages else [])
        more = number < self.pages
        return Page(records, PageMeta(current_page=number, total_pages=self.total_pages,
                                      next_link=f"/passes?page={number + 1}" if more else None))


def numbers(batches) -> list[int]:
    return [page.meta.current_page for batch in batches for page in batch]


@pytest.mark.parametrize("total_pages", [-1, None])
def test_pages_come_in_order_and_end_after_the_last(total_pages) -> None:
    server = Server(12, total_pages=total_pages)
    pages = PagesAhead(server.fetch, lambda p: p, workers=3, depth=4)
    assert numbers(pages.batches(lambda: 8)) == list(range(1, 13))
    assert sorted(server.asked) == list(range(1, 13))  # nothing past the last page


def test_a_resumed_pull_starts_at_its_page() -> None:
    server = Server(6)
    pages = PagesAhead(server.fetch, lambda p: p, start_page=4)
    assert numbers(pages.batches(lambda: 1)) == [4, 5, 6]
    assert min(server.asked) == 4


def test_only_the_first_page_is_asked_for_before_it_says_how_many_there_are() -> None:
    first_done = threading.Event()
    server = Server(5)

    def fetch(number: int) -> Page:
        if number > 1:
            assert first_done.is_set()
        page = server.fetch(number)
        if number == 1:
            first_done.set()
        return page

    assert numbers(PagesAhead(fetch, lambda p: p).batches(lambda: 8)) == [1, 2, 3, 4, 5]


def test_an_empty_page_ends_the_pages_though_more_were_announced() -> None:
    server = Server(3, total_pages=6)  # passes went away since the count
    server_pages = PagesAhead(server.fetch, lambda p: p, depth=8)
    got = [page for batch in server_pages.batches(lambda: 8) for page in batch]
    assert [p.meta.current_page for p in got] == [1, 2, 3]


def test_an_error_is_raised_at_its_page_after_the_pages_before() -> None:
    server = Server(10, fail_at=4)
    seen: list[int] = []

    def consume() -> None:
        for batch in PagesAhead(server.fetch, lambda p: p).batches(lambda: 8):
            seen.extend(p.meta.current_page for p in batch)

    with pytest.raises(ValueError, match="page 4 failed"):
        consume()
    assert seen == [1, 2, 3]


def test_a_batch_takes_only_pages_already_fetched_and_at_most_most() -> None:
    gate = threading.Event()
    server = Server(6)

    def fetch(number: int) -> Page:
        if number == 3:
            gate.wait(5)  # page 3 is late: the batch before it does not wait for it
        return server.fetch(number)

    batches = []
    for batch in PagesAhead(fetch, lambda p: p, workers=2).batches(lambda: 8):
        batches.append([p.meta.current_page for p in batch])
        gate.set()
    assert 3 not in batches[0]
    assert [n for b in batches for n in b] == [1, 2, 3, 4, 5, 6]
    limited = PagesAhead(Server(6).fetch, lambda p: p).batches(lambda: 2)
    assert max(len(b) for b in limited) <= 2


def test_it_asks_at_most_depth_pages_ahead() -> None:
    server = Server(1000)
    for batch in PagesAhead(server.fetch, lambda p: p, workers=2, depth=4).batches(lambda: 1):
        if batch[0].meta.current_page == 5:
            break
    assert len(server.asked) <= 5 + 4
