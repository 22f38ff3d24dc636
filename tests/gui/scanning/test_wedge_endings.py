"""The keyboard wedge's endings (Enter, Tab, a pause), held keys, double reads, and a
US-layout scanner on each host layout read through the scanner check's correction.

Keys carry their own timestamps (the Typist); a burst without a suffix ends on the
wall clock, so those tests wait for the read (no limit on how long it takes)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QVBoxLayout, QWidget

from passdesk.core.keyboard_layouts import LAYOUTS, Correction
from tests.gui.scanning.test_wedge import SCANNER_MS, Typist

#: Ticket values as the demo and the sandbox make them.
TICKETS = ("TKT-XTG52-3D86A", "CARD-AFWQT-XP636", "MEM-KXRD8-WY4DP")
SUFFIX = {"enter": "\n", "tab": "\t", "none": ""}


@pytest.fixture
def two_fields(qtbot) -> Iterator[tuple[QLineEdit, QLineEdit]]:
    form = QWidget()
    layout = QVBoxLayout(form)
    first, second = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    yield first, second  # noqa: PT022 - the form must live until the test is done


def test_tab_ends_a_scan_and_moves_no_focus(wedge, two_fields) -> None:
    _, reads = wedge
    first, _second = two_fields
    Typist().type("TKT-XTG52-3D86A\t", gap_ms=SCANNER_MS)
    assert [r.value for r in reads] == ["TKT-XTG52-3D86A"]
    assert first.hasFocus()
    assert first.text() == ""


def test_a_person_s_tab_still_moves_focus(wedge, two_fields) -> None:
    _, reads = wedge
    first, second = two_fields
    Typist().type("ab\t", gap_ms=150)
    assert reads == []
    assert second.hasFocus()
    assert first.text() == "ab"


def test_a_burst_without_a_suffix_ends_after_a_pause(wedge, two_fields, qtbot) -> None:
    _, reads = wedge
    first, _ = two_fields
    Typist().type("MEM-KXRD8-WY4DP", gap_ms=SCANNER_MS)
    assert reads == []  # not yet: more keys may come
    qtbot.waitUntil(lambda: len(reads) == 1)
    assert reads[0].value == "MEM-KXRD8-WY4DP"
    assert first.text() == ""


def test_a_burst_without_a_suffix_never_reaches_a_list(wedge, qtbot) -> None:
    _, reads = wedge
    view = QListWidget()
    view.addItems(["Door", "Till", "Events"])
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.setCurrentRow(0)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    Typist().type("TKT-XTG52-3D86A", gap_ms=SCANNER_MS)
    qtbot.waitUntil(lambda: len(reads) == 1)
    assert view.currentRow() == 0  # the T went to no type-ahead


def test_two_codes_without_suffix_one_after_the_other(wedge, two_fields) -> None:
    _, reads = wedge
    typist = Typist()
    typist.type("CARD-AFWQT-XP636", gap_ms=SCANNER_MS)
    typist.pause(800)  # the next key is long after: the first burst had ended
    typist.scan("MEM-KXRD8-WY4DP")
    assert [r.value for r in reads] == ["CARD-AFWQT-XP636", "MEM-KXRD8-WY4DP"]


def test_a_double_read_is_one_scan(wedge, two_fields) -> None:
    _, reads = wedge
    first, _ = two_fields
    typist = Typist()
    typist.scan("TKT-XTG52-3D86A")
    typist.pause(100)
    typist.scan("TKT-XTG52-3D86A")  # the scanner read it twice
    assert [r.value for r in reads] == ["TKT-XTG52-3D86A"]
    assert first.text() == ""  # the second copy's keys were eaten too
    typist.pause(2000)
    typist.scan("TKT-XTG52-3D86A")  # scanned again on purpose: the door decides
    typist.pause(100)
    typist.scan("CARD-AFWQT-XP636")  # another code soon after is no double read
    assert [r.value for r in reads] == ["TKT-XTG52-3D86A"] * 2 + ["CARD-AFWQT-XP636"]


def test_a_held_key_is_no_scan(wedge, two_fields) -> None:
    _, reads = wedge
    first, _ = two_fields
    typist = Typist()
    typist.type("aaaaaaaa\n", gap_ms=SCANNER_MS)  # one key over and over, unflagged
    assert reads == []
    assert first.text() == "aaaaaaaa"
    now = typist.now
    for step in range(1, 10):  # a flagged auto-repeat
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b",
                              autorep=True)
            event.setTimestamp(now + step * SCANNER_MS)
            QApplication.sendEvent(first, event)
    assert reads == []
    assert first.text().endswith("bbbbbbbbb")


@pytest.mark.parametrize("ending", SUFFIX)
@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_us_scanner_on_each_host_layout_reads_right_once_corrected(
        wedge, two_fields, qtbot, layout, ending) -> None:
    wedge_, reads = wedge
    first, _ = two_fields
    wedge_.use(Correction(layout.key, ending=ending, gap_ms=SCANNER_MS))
    bursts = []
    wedge_.burst.connect(bursts.append)
    typist = Typist()
    for count, ticket in enumerate(TICKETS, start=1):
        # What the host makes of a US scanner's keys, then its suffix
        typist.type(layout.host_text(ticket) + SUFFIX[ending], gap_ms=SCANNER_MS)
        qtbot.waitUntil(lambda n=count: len(bursts) == n)
        typist.pause(1000)
    assert [r.value for r in reads] == list(TICKETS)
    assert [b.ending for b in bursts] == [ending] * 3
    assert [b.text for b in bursts] == [layout.host_text(t) for t in TICKETS]
    assert first.text() == ""
    assert first.hasFocus()


def test_a_slow_scanner_s_timing_is_used(wedge, two_fields) -> None:
    wedge_, reads = wedge
    Typist().type("TKT-XTG52-3D86A\n", gap_ms=45)
    assert reads == []  # slower than a scanner is by default
    wedge_.use(Correction(gap_ms=40))  # the check measured this scanner
    Typist(start_ms=5_000_000).type("TKT-XTG52-3D86A\n", gap_ms=45)
    assert [r.value for r in reads] == ["TKT-XTG52-3D86A"]
