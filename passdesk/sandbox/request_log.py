"""A bounded log of the API requests the sandbox answered, for tests.

It proves what a client did on the wire: that it retried after a 429, that
it sent a PATCH once and not twice, and so on.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str  # without the query string
    status: int | None  # what the app answered (None: it never started a response)
    fault: str | None = None  # "drop", "rate_limit", "error", "malformed" or None


class RequestLog:
    def __init__(self, maxlen: int = 1000) -> None:
        self._entries: deque[LoggedRequest] = deque(maxlen=maxlen)
        self._lock = threading.Lock()

    def add(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[LoggedRequest]:
        """Oldest first, a copy."""
        with self._lock:
            return list(self._entries)

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """How many logged requests match the method and exact path (None: any)."""
        return sum(1 for e in self.entries()
                   if (method is None or e.method == method) and (path is None or e.path == path))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
