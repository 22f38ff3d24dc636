"""Keyboard wedge: a USB barcode scanner or a VTAP reader in keyboard mode types
the value, then Enter, far faster than any person. An application event filter
tells that burst from a person's typing by the key events' timestamps.

The rules (``WedgeTiming``):

* A printable key (no Ctrl/Alt/Meta) within ``max_gap_ms`` of the previous
  burst key extends the burst; otherwise it starts a new one.
* Enter/Return within ``max_gap_ms`` of the last burst key, with at least
  ``min_length`` characters in the burst, completes a scan: ``read`` is
  emitted with ``ScanRead(source="wedge", kind=BARCODE)`` and Enter is eaten.
* Any other key (arrows, Tab, Backspace, shortcuts), a repeat of a held key,
  or a key without a timestamp (0: e.g. a synthetic test click) ends the
  burst and passes through. Shift alone is ignored (scanners type capitals).

Keys are never held back, so a person's typing reaches its field at once.
When a burst completes while a text input has focus, the burst's characters
already typed into it are taken out again (one Backspace each), so the value
does not linger in, say, a search field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodQueryEvent, QKeyEvent

from passdesk.scan.sources import ScanKind, ScanRead

SOURCE = "wedge"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_IGNORED = (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


@dataclass(frozen=True)
class WedgeTiming:
    #: Longest pause between two keys of one burst. Scanners: ~5-15 ms; people: 80+ ms.
    max_gap_ms: int = 30
    #: Shortest value taken as a scan (Enter after fewer fast keys is a person's Enter).
    min_length: int = 4


@dataclass
class _Burst:
    text: str = ""
    last_ms: int = 0
    #: Characters that went into a text input (to take out again).
    typed_into_input: int = 0


class KeyboardWedge(QObject):
    """Install with ``start()`` (on the application); ``read`` carries each scan."""

    read = Signal(object)

    def __init__(self, timing: WedgeTiming = WedgeTiming(), parent: QObject | None = None,
                 ) -> None:
        super().__init__(parent)
        self.timing = timing
        self._burst = _Burst()
        self._installed = False
        self._erasing = False
        self._last_seen: tuple[int, int, str] | None = None
        self._last_verdict = False

    # --- installing -----------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._installed

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False
        self._burst = _Burst()

    # --- the filter -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._erasing or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        # A key event is offered to the window, then the focus widget and its
        # parents: judge each key press once.
        seen = (event.timestamp(), event.key(), event.text())
        if seen == self._last_seen and event.timestamp():
            return self._last_verdict
        self._last_seen = seen
        self._last_verdict = self.key_pressed(event)
        return self._last_verdict

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Judge one key press; True when it was taken (the Enter ending a scan)."""
        key, at = event.key(), event.timestamp()
        if key in _IGNORED:
            return False
        burst = self._burst
        fast = at != 0 and burst.text != "" and 0 <= at - burst.last_ms <= self.timing.max_gap_ms
        if key in _ENTER and not event.isAutoRepeat():
            self._burst = _Burst()
            if fast and len(burst.text) >= self.timing.min_length:
                self._complete(burst)
                return True
            return False
        text = event.text()
        printable = (len(text) == 1 and text.isprintable() and at != 0
                     and not event.isAutoRepeat()
                     and not event.modifiers() & _COMMAND_MODIFIERS)
        if not printable:
            self._burst = _Burst()
            return False
        if not fast:
            burst = self._burst = _Burst()
        burst.text += text
        burst.last_ms = at
        if _text_input_has_focus():
            burst.typed_into_input += 1
        return False

    def _complete(self, burst: _Burst) -> None:
        if burst.typed_into_input:
            self._erase(burst.typed_into_input)
        self.read.emit(ScanRead(burst.text, source=SOURCE, kind=ScanKind.BARCODE))

    def _erase(self, count: int) -> None:
        target = QGuiApplication.focusObject()
        if target is None:
            return
        self._erasing = True
        try:
            for _ in range(count):
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    backspace = QKeyEvent(kind, Qt.Key.Key_Backspace,
                                          Qt.KeyboardModifier.NoModifier)
                    QCoreApplication.sendEvent(target, backspace)
        finally:
            self._erasing = False


def _text_input_has_focus() -> bool:
    """Whether the focused object takes text input (a line edit, a text box)."""
    target = QGuiApplication.focusObject()
    if target is None:
        return False
    query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)
    QCoreApplication.sendEvent(target, query)
    return bool(query.value(Qt.InputMethodQuery.ImEnabled))
