"""The keyboard wedge's timing rules, with key events carrying their own timestamps
(no sleeping): a scanner's burst is a scan, a person's typing is not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from passdesk.scan.sources import ScanKind

#: A scanner types a character every ~8 ms; a person every 150 ms.
SCANNER_MS = 8
PERSON_MS = 150


def key_event(kind: QEvent.Type, char: str, at_ms: int) -> QKeyEvent:
    if char == "\n":
        key, text = Qt.Key.Key_Return, "\r"
    elif char == "\t":
        key, text = Qt.Key.Key_Tab, "\t"
    else:
        # Printable ASCII keys have their character's code (Key_T, Key_Minus, Key_Space).
        key, text = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown, char
    shift = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
    event = QKeyEvent(kind, key, shift, text)
    event.setTimestamp(at_ms)
    return event


class Typist:
    """Types into whatever has focus, as the platform would: press and release, each
    with a timestamp; the clock only moves forward."""

    def __init__(self, start_ms: int = 1_000_000) -> None:
        self.now = start_ms

    def type(self, text: str, *, gap_ms: int, target: QWidget | None = None) -> None:
        for char in text:
            self.now += gap_ms
            receiver = target or QApplication.focusWidget() or QApplication.activeWindow()
            assert receiver is not None, "nothing to type into"
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(receiver, key_event(kind, char, self.now))

    def scan(self, value: str, target: QWidget | None = None) -> None:
        """A scanner: the value then Enter, a key every 8 ms."""
        self.type(value + "\n", gap_ms=SCANNER_MS, target=target)

    def pause(self, ms: int) -> None:
        self.now += ms


@pytest.fixture
def field(qtbot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def test_a_fast_burst_ending_with_enter_is_a_scan(wedge, qtbot) -> None:
    _, reads = wedge
    screen = QWidget()
    qtbot.addWidget(screen)
    screen.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    screen.show()
    screen.setFocus()
    Typist().scan("PDX-7Q2K", target=screen)
    assert [(r.value, r.source, r.kind) for r in reads] == [("PDX-7Q2K", "wedge", ScanKind.BARCODE)]


def test_slow_typing_passes_through_and_is_no_scan(wedge, field) -> None:
    _, reads = wedge
    typist = Typist()
    typist.type("alice\n", gap_ms=PERSON_MS)
    assert reads == []
    assert field.text() == "alice"


def test_a_burst_into_a_text_field_is_taken_out_of_it(wedge, field) -> None:
    _, reads = wedge
    typist = Typist()
    typist.type("bob ", gap_ms=PERSON_MS)
    typist.pause(500)
    typist.scan("ABCD1234")
    assert [r.value for r in reads] == ["ABCD1234"]
    assert field.text() == "bob "  # what the person typed stays


@pytest.mark.parametrize(("value", "gap", "scans"), [
    ("ABC", SCANNER_MS, False),  # shorter than min_length
    ("ABCD", SCANNER_MS, True),  # exactly min_length
    ("ABCD", 30, True),  # every gap at the limit
    ("ABCD", 31, False),  # just too slow
])
def test_min_length_and_max_gap(wedge, field, value, gap, scans) -> None:
    _, reads = wedge
    Typist().type(value + "\n", gap_ms=gap)
    assert bool(reads) is scans
    assert field.text() == ("" if scans else value)


def test_one_slow_key_inside_restarts_the_burst(wedge, field) -> None:
    _, reads = wedge
    typist = Typist()
    typist.type("AB", gap_ms=SCANNER_MS)
    typist.pause(200)
    typist.scan("CDEF")  # only the part after the pause is the burst
    assert [r.value for r in reads] == ["CDEF"]
    assert field.text() == "AB"


def test_a_slow_enter_after_a_fast_burst_is_the_person_s(wedge, field) -> None:
    _, reads = wedge
    entered = []
    field.returnPressed.connect(lambda: entered.append(field.text()))
    typist = Typist()
    typist.type("ABCDE", gap_ms=SCANNER_MS)
    typist.type("\n", gap_ms=PERSON_MS)
    # The pause ended the burst: a scan without a suffix; the Enter went on.
    assert [r.value for r in reads] == ["ABCDE"]
    assert entered == [""]


def test_keys_without_timestamps_are_never_a_scan(wedge, field, qtbot) -> None:
    _, reads = wedge
    qtbot.keyClicks(field, "ABCDEFG")  # QTest: every timestamp 0
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert reads == []
    assert field.text() == "ABCDEFG"


def test_a_stopped_wedge_sees_nothing(wedge, field) -> None:
    wedge_, reads = wedge
    wedge_.stop()
    Typist().scan("ABCD1234")
    assert reads == []
    assert field.text() == "ABCD1234"
    assert not wedge_.active


# --- keys held back from widgets that are not text inputs ------------------------


@pytest.fixture
def sections(qtbot) -> QListWidget:
    """A list with type-ahead, as the navigation list had: "T" jumps to "Till"."""
    view = QListWidget()
    view.addItems(["Door", "Till", "Events", "Passes"])
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.setCurrentRow(0)
    view.setFocus()
    return view


def test_a_burst_never_reaches_a_list_s_type_ahead(wedge, sections) -> None:
    _, reads = wedge
    Typist().scan("TKT-25VUM-KBIRK")
    assert [r.value for r in reads] == ["TKT-25VUM-KBIRK"]  # the first character too
    assert sections.currentRow() == 0  # no jump to "Till"


def test_a_person_s_key_on_a_list_arrives_a_moment_later(wedge, sections, qtbot) -> None:
    wedge_, reads = wedge
    Typist().type("t", gap_ms=PERSON_MS)
    assert wedge_.holding  # held while a burst may be starting
    qtbot.waitUntil(lambda: sections.currentRow() == 1)
    assert not wedge_.holding
    assert reads == []


def test_space_on_a_check_box_still_ticks_it(wedge, qtbot) -> None:
    box = QCheckBox("Sound for each verdict")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.setFocus()
    Typist().type(" ", gap_ms=PERSON_MS, target=box)  # press and release, both held
    qtbot.waitUntil(box.isChecked)
    assert not box.isDown()  # the release came after the press


def test_a_short_fast_burst_is_replayed_before_the_next_key(wedge, sections) -> None:
    _, reads = wedge
    typist = Typist()
    typist.type("p", gap_ms=PERSON_MS)
    typist.type("\n", gap_ms=SCANNER_MS)  # Enter after one fast key: a person's Enter
    assert reads == []
    assert sections.currentRow() == 3  # "p" reached the list first: Passes


def test_a_single_letter_shortcut_does_not_take_the_first_character(wedge, qtbot) -> None:
    _, reads = wedge
    screen = QPushButton("Undo")
    qtbot.addWidget(screen)
    taken = []
    shortcut = QShortcut(QKeySequence("Shift+T"), screen)  # scanners type capitals with Shift
    shortcut.activated.connect(lambda: taken.append(1))
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.setFocus()
    Typist().scan("TKT-25VUM-KBIRK")
    assert [r.value for r in reads] == ["TKT-25VUM-KBIRK"]
    assert taken == []


def test_a_burst_into_a_spin_box_leaves_its_number(wedge, qtbot) -> None:
    _, reads = wedge
    spin = QSpinBox(suffix=" h before the event starts", maximum=48, value=4)
    qtbot.addWidget(spin)
    spin.show()
    qtbot.waitExposed(spin)
    spin.setFocus()
    Typist().scan("TKT-0001-QA", target=spin)  # the digits are refused (over 48)
    assert [r.value for r in reads] == ["TKT-0001-QA"]
    assert spin.value() == 4


def test_a_burst_into_an_editable_combo_box_leaves_its_text(wedge, qtbot) -> None:
    _, reads = wedge
    combo = QComboBox(editable=True)
    combo.addItems(["Winter Gala", "Summer Nights Live"])
    qtbot.addWidget(combo)
    combo.show()
    qtbot.waitExposed(combo)
    combo.setFocus()
    Typist().scan("SKT-0001-QA", target=combo)
    assert [r.value for r in reads] == ["SKT-0001-QA"]
    assert combo.currentText() == "Winter Gala"


def test_a_scanner_s_third_key_says_a_scan_is_coming_once_per_burst(wedge, field) -> None:
    scanner, reads = wedge
    coming: list[int] = []
    scanner.arriving.connect(lambda: coming.append(len(field.text())))
    typist = Typist()
    typist.scan("PDX-7Q2K")
    typist.pause(1000)
    typist.scan("QRS-8A3L")
    assert coming == [2, 2]  # as each burst's third key comes (two typed), long before Enter
    assert [r.value for r in reads] == ["PDX-7Q2K", "QRS-8A3L"]


def test_a_person_s_typing_never_says_a_scan_is_coming(wedge, field) -> None:
    scanner, _ = wedge
    coming: list[bool] = []
    scanner.arriving.connect(lambda: coming.append(True))
    Typist().type("alice smith\n", gap_ms=PERSON_MS)
    assert coming == []
