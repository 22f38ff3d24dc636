"""One read of a pane's list at a time, and the latest state shown in the end.

Panes reload on every store notice. While a read runs, more notices only mark
that one more read is due; it starts once the running read has been shown, so
a burst of notices costs two reads, not one per notice.

A list the user asks for anew (another search or sort) must not wait behind a
read of the old one: ``restart()`` starts it at once, and the caller drops the
older read's answer (a generation count, say), so it is never shown over it.
"""

from __future__ import annotations

from collections.abc import Callable


class OneReadAtATime:
    """``begin()`` before a read, ``done()`` after its result (or error) was shown."""

    def __init__(self, read_again: Callable[[], None]) -> None:
        self._read_again = read_again
        self._reading = False
        self._again = False

    @property
    def reading(self) -> bool:
        """A read runs (begun or restarted, not done yet)."""
        return self._reading

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

    def shown(self, show: Callable[..., None]) -> Callable[..., None]:
        """``show`` (an answer's or an error's slot), then ``done()`` even if it raised:
        a slot that fails once must not leave the pane never reading again."""

        def show_then_done(*args) -> None:
            try:
                show(*args)
            finally:
                self.done()

        return show_then_done

    def restart(self) -> None:
        """A read that replaces the running one starts now (a new query). It reads the
        store as it is now, so the reads asked for before it are covered by it. Call
        ``done()`` once, for it; the replaced read's answer is dropped, never done."""
        self._reading = True
        self._again = False

    def failed(self) -> None:
        """The read failed and its owner tries again after a while (reading the latest):
        the reads asked for meanwhile wait for that retry, not hammer a busy store now."""
        self._again = False
        self.done()
