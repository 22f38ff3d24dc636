"""Keyboard wedge: a USB barcode scanner or a VTAP reader in keyboard mode types
the value, then Enter, Tab or nothing, far faster than any person. An application
event filter tells that burst from a person's typing by the key events' timestamps.

The rules (``WedgeTiming``):

* A printable key (no Ctrl/Alt/Meta) within ``max_gap_ms`` of the previous
  burst key extends the burst; otherwise it starts a new one.
* A burst of at least ``min_length`` characters is a scan when it ends:
  by Enter/Return or Tab within ``max_gap_ms`` of its last key (the key is
  eaten: a Tab ending a scan moves no focus), or by a pause of ``hold_ms``
  after its last key (a scanner set to add no suffix; the wall clock, so a
  key that comes meanwhile ends it too). ``read`` is emitted with
  ``ScanRead(source="wedge", kind=BARCODE)``, and ``burst`` with the raw
  facts (``WedgeBurst``: the characters as typed, how it ended, the key times)
  for the scanner check. ``arriving`` is emitted when a burst reaches
  ``ARRIVING_AFTER`` keys, before it ends: a scan is probably coming.
* A held key is no scan: an auto-repeated key ends the burst and passes
  through, and a burst of one character over and over (a key held on a system
  that does not flag repeats) is replayed as typing.
* A double read, the same burst again within ``double_read_ms`` of the end
  of the last scan, is one scan: its keys are eaten and no second ``read``
  is emitted.
* Any other key (arrows, Backspace, shortcuts) or a key without a timestamp
  (0: e.g. a synthetic test click) ends the burst and passes through. Shift
  alone is ignored (scanners type capitals).
* ``use(correction)`` sets how this computer's bursts are read back
  (``core.keyboard_layouts.Correction``, found by the scanner check): a
  scanner set to a US keyboard on, say, a German computer types "ß" for "-";
  the value read is corrected, and its prefix and extra suffix taken off.

Where the keys go depends on what has keyboard focus:

* A text input (line edit, text box, spin box, editable combo box): keys pass
  through at once, so a person's typing is never delayed. When a burst
  completes, the input gets its value from before the burst back (or, for an
  unknown kind of input, one Backspace per character), so the scanned value
  does not linger in, say, a search field.
* Anything else (the navigation list, a button, a table, a check box, a
  dialog): printable keys are held back while a burst may be starting, so no
  type-ahead, accelerator or widget eats a scanner's first character. A burst
  that completes is a scan and its keys are dropped. When ``hold_ms`` passes
  without the next key, or another kind of key or a click comes, the held keys
  are replayed to where they were going: a person's Space on a check box or
  letter in a list still works, a few tens of milliseconds later.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodQueryEvent, QKeyEvent

from passdesk.core.keyboard_layouts import Correction
from passdesk.scan.sources import ScanKind, ScanRead

SOURCE = "wedge"
#: The keys that may end a burst, and the ending's name (``keyboard_layouts.ENDINGS``).
_ENDS = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab"}
_IGNORED = (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock)
#: Keys of one burst (each within ``max_gap_ms`` of the last) that say a scanner types:
#: people do not type three keys 30 ms apart.
ARRIVING_AFTER = 3
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
#: A click ends a held burst: the person's keys go first, in order.
_CLICKS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


@dataclass(frozen=True)
class WedgeTiming:
    #: Longest pause between two keys of one burst. Scanners: ~5-15 ms; people: 80+ ms.
    max_gap_ms: int = 30
    #: Shortest value taken as a scan (Enter after fewer fast keys is a person's Enter).
    min_length: int = 4
    #: How long after a burst's last key (wall clock) it ends without a suffix, and
    #: keys held back from a non-text widget are replayed when it is no scan; a
    #: little over ``max_gap_ms`` so a busy UI thread does not split a burst.
    hold_ms: int = 50
    #: The same code again this soon after a scan (key timestamps) is a double read.
    double_read_ms: int = 500


@dataclass(frozen=True)
class WedgeBurst:
    """A completed burst as typed (before any correction): for the scanner check."""

    text: str
    #: "enter", "tab" or "none" (ended by a pause).
    ending: str
    #: Each key's timestamp (ms).
    times: tuple[int, ...]


@dataclass
class _Burst:
    text: str = ""
    last_ms: int = 0
    times: list[int] = field(default_factory=list)
    #: Characters typed into a text input (to take out again).
    typed_into_input: int = 0
    #: The input and its value before the burst, to put back (a validator may have
    #: refused some characters, or the burst replaced a selection).
    input_before: tuple[QObject, str, object] | None = None


@dataclass
class _Held:
    """Key events held back from a non-text widget, to replay in order."""

    target: QObject | None = None
    events: list[QKeyEvent] = field(default_factory=list)
    #: Keys pressed while held: their releases are held (or, after a scan, dropped) too.
    pressed: set[int] = field(default_factory=set)


class KeyboardWedge(QObject):
    """Install with ``start()`` (on the application); ``read`` carries each scan."""

    read = Signal(object)
    #: A ``WedgeBurst`` for each scan (double reads too), before its ``read``.
    burst = Signal(object)
    #: A burst has reached ``ARRIVING_AFTER`` keys at a scanner's pace: a scan is
    #: probably coming (the Door gets the store ready for its verdict).
    arriving = Signal()

    def __init__(self, timing: WedgeTiming = WedgeTiming(), parent: QObject | None = None,
                 ) -> None:
        super().__init__(parent)
        self.timing = timing
        self._burst = _Burst()
        self._held = _Held()
        #: Keys whose press was part of a scan: their release is dropped too.
        self._swallowed: set[int] = set()
        self._installed = False
        self._passing = False  # our own Backspaces and replays go through untouched
        self._last_seen: tuple | None = None
        self._last_verdict = False
        self.correction = Correction()
        #: The last scan's raw text and its last key's timestamp (double reads).
        self._last_scan: tuple[str, int] | None = None
        self._replay_timer = QTimer(self, singleShot=True, interval=timing.hold_ms)
        self._replay_timer.timeout.connect(self._quiet)

    def use(self, correction: Correction) -> None:
        """Read bursts through ``correction``; a slow scanner's timing widens the gaps."""
        self.correction = correction
        self._replay_timer.setInterval(self._end_ms())

    def _max_gap(self) -> int:
        return max(self.timing.max_gap_ms, 2 * self.correction.gap_ms)

    def _end_ms(self) -> int:
        return max(self.timing.hold_ms, 3 * self.correction.gap_ms)

    # --- installing -----------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._installed

    @property
    def holding(self) -> bool:
        """Whether keys are held back, waiting to be a scan or replayed."""
        return bool(self._held.events)

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def stop(self) -> None:
        self.replay()  # a person's key is never lost
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False
        self._burst = _Burst()
        self._swallowed.clear()

    # --- the filter -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._passing:
            return False
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            return self._shortcut_override(event)
        if kind in _CLICKS:
            self.replay()
            return False
        if kind not in _KEYS:
            return False
        assert isinstance(event, QKeyEvent)
        # A key event is offered to the window, then the focus widget and its
        # parents: judge each one once, where it is first seen.
        seen = (kind, event.timestamp(), event.key(), event.text())
        if seen == self._last_seen and event.timestamp():
            return self._last_verdict
        self._last_seen = seen
        if kind == QEvent.Type.KeyPress:
            self._last_verdict = self._pressed(watched, event)
        else:
            self._last_verdict = self._released(event)
        return self._last_verdict

    def _shortcut_override(self, event: QEvent) -> bool:
        # Before a key press Qt asks the focus widget whether it wants the key,
        # or a shortcut (e.g. a single-letter accelerator) may take it. Say
        # "wanted" for keys that may start a burst: the press then comes here.
        assert isinstance(event, QKeyEvent)
        if _may_start_burst(event) and not _text_input_has_focus():
            event.accept()
            return True
        if self._ends_scan(event):
            # The Enter or Tab that ends a scan is the scanner's, never a shortcut's
            # (the Door's "Let in (Enter)" on a hold): the press comes here and is eaten.
            event.accept()
            return True
        return False

    def _ends_scan(self, event: QKeyEvent) -> bool:
        """Whether ``event`` is the suffix key of the burst being typed (a scan)."""
        burst, at = self._burst, event.timestamp()
        return (event.key() in _ENDS and not event.isAutoRepeat() and at != 0
                and burst.text != "" and 0 <= at - burst.last_ms <= self._max_gap()
                and self._is_scan(burst))

    def _pressed(self, watched: QObject | None, event: QKeyEvent) -> bool:
        key, at = event.key(), event.timestamp()
        if key in _IGNORED:
            return False
        self._swallowed.discard(key)
        burst = self._burst
        fast = at != 0 and burst.text != "" and 0 <= at - burst.last_ms <= self._max_gap()
        if key in _ENDS and not event.isAutoRepeat():
            if fast and self._is_scan(burst):
                self._burst = _Burst()
                self._complete(burst, _ENDS[key], key)
                return True
            self._end_burst()  # a pause came first: the burst ended there
            return False
        if not _may_start_burst(event):
            self._end_burst()
            return False
        if not fast:
            self._end_burst()
            burst = self._burst
        burst.text += event.text()
        burst.last_ms = at
        burst.times.append(at)
        if len(burst.times) == ARRIVING_AFTER:
            self.arriving.emit()
        if _text_input_has_focus():
            self.replay()
            if not burst.typed_into_input:
                burst.input_before = _input_value()
            burst.typed_into_input += 1
            self._replay_timer.start()  # no suffix: a pause ends the burst
            return False
        self._hold(watched, event)
        return True

    def _is_scan(self, burst: _Burst) -> bool:
        # One character over and over is a held key, not a code.
        return len(burst.text) >= self.timing.min_length and len(set(burst.text)) > 1

    def _end_burst(self) -> None:
        """The burst is over without a suffix key: a scan if it is one, else typing."""
        burst, self._burst = self._burst, _Burst()
        if self._is_scan(burst):
            self._complete(burst, "none", None)
        else:
            self.replay()

    def _quiet(self) -> None:
        """``hold_ms`` passed since the last key: the burst (if any) is over."""
        self._end_burst()

    def _released(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in self._swallowed:
            self._swallowed.discard(key)
            return True
        if self._held.events and key in self._held.pressed:
            self._held.events.append(event.clone())
            return True
        return False

    # --- holding and replaying ---------------------------------------------------

    def _hold(self, watched: QObject | None, event: QKeyEvent) -> None:
        held = self._held
        if not held.events:
            held.target = watched or QGuiApplication.focusObject()
        held.events.append(event.clone())
        held.pressed.add(event.key())
        self._replay_timer.start()

    def replay(self) -> None:
        """Send the held keys on to where they were going (the burst was no scan)."""
        self._replay_timer.stop()
        held, self._held = self._held, _Held()
        target = held.target
        if not held.events or target is None or not shiboken6.isValid(target):
            return
        self._passing = True
        try:
            for event in held.events:
                QCoreApplication.sendEvent(target, event)
        finally:
            self._passing = False

    def _complete(self, burst: _Burst, ending: str, key: int | None) -> None:
        self._replay_timer.stop()
        held, self._held = self._held, _Held()
        # The releases of the dropped presses (and of the Enter or Tab) are dropped too.
        released = {e.key() for e in held.events if e.type() == QEvent.Type.KeyRelease}
        self._swallowed |= (held.pressed - released) | ({key} if key is not None else set())
        if burst.typed_into_input and not _put_back(burst.input_before):
            self._erase(burst.typed_into_input)
        last = self._last_scan
        self._last_scan = (burst.text, burst.last_ms)
        if last is not None and last[0] == burst.text and \
                0 <= burst.times[0] - last[1] <= self.timing.double_read_ms:
            return  # the scanner read the same code twice: one scan
        self.burst.emit(WedgeBurst(burst.text, ending, tuple(burst.times)))
        value = self.correction.apply(burst.text)
        self.read.emit(ScanRead(value, source=SOURCE, kind=ScanKind.BARCODE))

    def _erase(self, count: int) -> None:
        target = QGuiApplication.focusObject()
        if target is None:
            return
        self._passing = True
        try:
            for _ in range(count):
                for kind in _KEYS:
                    backspace = QKeyEvent(kind, Qt.Key.Key_Backspace,
                                          Qt.KeyboardModifier.NoModifier)
                    QCoreApplication.sendEvent(target, backspace)
        finally:
            self._passing = False


def _may_start_burst(event: QKeyEvent) -> bool:
    """A printable key, typed by a device with a clock, no Ctrl/Alt/Meta, no auto-repeat."""
    text = event.text()
    return (len(text) == 1 and text.isprintable() and event.timestamp() != 0
            and not event.isAutoRepeat() and not event.modifiers() & _COMMAND_MODIFIERS)


#: Widgets that take typed text (by class name: this layer builds no widgets).
_TEXT_WIDGETS = ("QLineEdit", "QTextEdit", "QPlainTextEdit", "QAbstractSpinBox")


#: The property holding what a person entered, by input class (spin boxes first:
#: their "text" includes the suffix and cannot be set).
_VALUES = (("QSpinBox", "value"), ("QDoubleSpinBox", "value"), ("QDateTimeEdit", "dateTime"),
           ("QLineEdit", "text"), ("QTextEdit", "plainText"), ("QPlainTextEdit", "plainText"),
           ("QComboBox", "currentText"))


def _input_value() -> tuple[QObject, str, object] | None:
    """The focused input, the name of its value property and the value (None: unknown)."""
    target = QGuiApplication.focusObject()
    if target is None:
        return None
    for kind, name in _VALUES:
        if target.inherits(kind):
            return target, name, target.property(name)
    return None


def _put_back(before: tuple[QObject, str, object] | None) -> bool:
    """Give the input its value from before the burst; False if that cannot be done."""
    if before is None:
        return False
    target, name, value = before
    if not shiboken6.isValid(target) or target is not QGuiApplication.focusObject():
        return False
    if target.property(name) != value:
        target.setProperty(name, value)
    return True


def _text_input_has_focus() -> bool:
    """Whether the focused object takes typed text (a line edit, a text box, a spin box).

    Item views answer input-method queries too (for type-ahead), so widgets are
    judged by what they are; other focus objects (e.g. Qt Quick) by the query.
    """
    target = QGuiApplication.focusObject()
    if target is None:
        return False
    if target.isWidgetType():
        if target.inherits("QComboBox"):
            return bool(target.property("editable"))
        return (any(target.inherits(name) for name in _TEXT_WIDGETS)
                and not target.property("readOnly"))
    query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)
    QCoreApplication.sendEvent(target, query)
    return bool(query.value(Qt.InputMethodQuery.ImEnabled))
