"""Run an iterator one step ahead in a thread: fetch page N+1 while page N is stored."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
_END = object()


def prefetch(source: Iterable[T], depth: int = 4) -> Iterator[T]:
    """Items of ``source`` in order, produced by a worker up to ``depth`` ahead.

    An exception in the worker is raised here, at the item where it happened.
    Leaving the loop early (break, an exception, cancel) stops the worker.
    """
    items: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                items.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in source:
                if not put(item):
                    return
            put(_END)
        except BaseException as exc:  # handed to the consumer, not lost
            put(exc)

    worker = threading.Thread(target=work, name="passdesk-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            item = items.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join(timeout=30)
