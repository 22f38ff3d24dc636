"""One read of a pane's list at a time, and the latest state shown in the end.

Panes reload on every store notice. While a read runs, more notices only mark
that one more read is due; it starts once the running read has been shown, so
a burst of notices costs two reads, not one per notice.
"""

from __future__ import annotations

from collections.abc import Callable


class OneReadAtATime:
    """``begin()`` before a read, ``done()`` after its result (or error) was shown."""

    def __init__(self, read_again: Callable[[], None]) -> None:
        self._read_again = read_again
        self._reading = False
        self._again = False

    def begin(self) -> bool:
        """True: start the read now. False: one runs; another follows it."""
        if self._reading:
            self._again = True
            return False
        self._reading = True
        return True

    def done(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self._read_again()
