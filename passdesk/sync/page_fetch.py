"""A list's pages fetched ahead by number, a few at once, handed over in order.

A pull's one fetching thread waited for the server's answer, then parsed the
page and made its rows, page after page: the waiting and the work never
overlapped. Here ``workers`` threads each fetch a page and make its rows while
the others wait for theirs (the API numbers its pages: ``page``, ``perPage``,
``meta.totalPages``, §1.4). A page is asked for only once the pages before say
it exists (their ``totalPages``, or a ``links.next``), and the pages end as
``api.pagination.iter_pages`` ends them: after the first page without a next
link or without records. An error is raised at the page it happened to, after
the pages before it.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Generic, TypeVar

from passdesk.api.pagination import Page

T = TypeVar("T")


class _Workers:
    """Daemon threads running ``fetch(number)`` for the numbers given (a pull stopped
    mid-way must not keep the process alive until a request times out)."""

    def __init__(self, fetch: Callable[[int], T], count: int) -> None:
        self._fetch = fetch
        self._jobs: queue.SimpleQueue[tuple[int, Future] | None] = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"passdesk-fetch-{i}",
                                          daemon=True) for i in range(count)]
        for thread in self._threads:
            thread.start()

    def submit(self, number: int) -> Future:
        future: Future = Future()
        self._jobs.put((number, future))
        return future

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            number, future = job
            if not future.set_running_or_notify_cancel():
                continue  # cancelled: the pages ended or the pull stopped
            try:
                future.set_result(self._fetch(number))
            except BaseException as exc:  # handed over at its page
                future.set_exception(exc)

    def close(self) -> None:
        for _ in self._threads:
            self._jobs.put(None)


class PagesAhead(Generic[T]):
    """``fetch(number)`` of each page from ``start_page`` on, ``depth`` pages ahead at
    most, by ``workers`` threads; ``page_of`` finds the page in what fetch returns."""

    def __init__(self, fetch: Callable[[int], T], page_of: Callable[[T], Page], *,
                 start_page: int = 1, workers: int = 2, depth: int = 8) -> None:
        self._fetch = fetch
        self._page_of = page_of
        self._workers_count = workers
        self._depth = max(1, depth)
        self._pending: deque[tuple[int, Future]] = deque()
        self._next = start_page  # the next number to ask for
        self._known = start_page  # the last number known to exist
        self._ended = False

    def batches(self, most: Callable[[], int]) -> Iterator[list[T]]:
        """The pages in order, in lists: each waits for the next page, then takes the
        ones after it already fetched, ``most()`` in all at most."""
        workers = _Workers(self._fetch, self._workers_count)
        try:
            self._ask(workers)
            while self._pending and not self._ended:
                batch = [self._take(workers)]
                limit = max(1, most())
                while (len(batch) < limit and not self._ended and self._pending
                       and self._ready(self._pending[0][1])):
                    batch.append(self._take(workers))
                yield batch
        finally:
            for _number, future in self._pending:
                future.cancel()
            workers.close()

    @staticmethod
    def _ready(future: Future) -> bool:
        """Done without an error (an error waits for its own turn)."""
        return future.done() and not future.cancelled() and future.exception() is None

    def _ask(self, workers: _Workers) -> None:
        while len(self._pending) < self._depth and self._next <= self._known:
            self._pending.append((self._next, workers.submit(self._next)))
            self._next += 1

    def _take(self, workers: _Workers) -> T:
        number, future = self._pending.popleft()
        fetched = future.result()
        page = self._page_of(fetched)
        if not page.records or not page.meta.next_link:
            self._ended = True
        else:
            self._known = max(self._known, number + 1, page.meta.total_pages or 0)
            self._ask(workers)
        return fetched
