"""Keyboard layouts: what a US-layout scanner types on each host, and the check that
finds the host's layout, prefix, suffix and timing from one scan of the test code."""

from __future__ import annotations

import string

import pytest

from passdesk.core.keyboard_layouts import (
    FRENCH,
    GERMAN,
    LAYOUTS,
    TEST_VALUE,
    UK,
    Correction,
    describe,
    detect,
    median_gap,
)
from passdesk.sandbox.demo_passes import CODE_ALPHABET

#: Demo ticket values, as the sandbox makes them.
DEMO_VALUES = ("TKT-XTG52-3D86A", "CARD-AFWQT-XP636", "MEM-KXRD8-WY4DP")
ALL_CODE_CHARACTERS = CODE_ALPHABET + "-" + string.ascii_lowercase


def test_the_known_mismatches() -> None:
    assert GERMAN.host_text("TKT-XYZ/1") == "TKTßXZY-1"
    assert FRENCH.host_text("1234567890") == "&é\"'(-è_çà"
    assert FRENCH.host_text("aqzwm") == "qawz,"
    assert UK.host_text('@"') == '"@'


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_each_layout_is_one_to_one_so_it_can_be_undone(layout) -> None:
    typed = [host for host in layout.typed.values() if host is not None]
    assert len(typed) == len(set(typed))
    everything = "".join(c for c in string.printable if c.isprintable())
    readable = "".join(c for c in everything if layout.can_type(c))
    assert layout.host_text(readable).translate(layout.table) == readable


def test_the_test_code_comes_out_differently_on_every_layout() -> None:
    typed = {key: layout.host_text(TEST_VALUE) for key, layout in LAYOUTS.items()}
    assert len(set(typed.values())) == len(LAYOUTS)
    assert all(layout.can_type(TEST_VALUE) for layout in LAYOUTS.values())
    assert TEST_VALUE.isascii()  # Code 128 holds every character


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize(("prefix", "suffix"), [("", ""), ("QR:", ""), ("", "/x"), ("#", "@")])
def test_one_scan_finds_the_layout_prefix_and_suffix(layout, prefix, suffix) -> None:
    received = layout.host_text(prefix + TEST_VALUE + suffix)
    finding = detect(received, ending="tab", timestamps_ms=(0, 4, 8, 13, 17))
    assert finding.correction == Correction(layout.key, prefix, suffix, "tab", 4)
    # ... and then reads real tickets as they were printed
    for value in DEMO_VALUES:
        assert finding.correction.apply(layout.host_text(prefix + value + suffix)) == value
    assert finding.correction.apply(layout.host_text(ALL_CODE_CHARACTERS)) == \
        ALL_CODE_CHARACTERS


def test_something_else_scanned_is_no_finding() -> None:
    finding = detect("TKT-XTG52-3D86A")
    assert finding.correction is None
    assert "Scan the code on this screen again" in finding.problem
    assert detect("").correction is None


def test_median_gap() -> None:
    assert median_gap(()) == 0
    assert median_gap((100,)) == 0
    assert median_gap((0, 4, 8, 60, 64)) == 4  # one pause does not count


def test_the_finding_in_words() -> None:
    words = describe(Correction("de", ending="tab", gap_ms=4))
    assert words == ("Your scanner ends codes with Tab, types about 4 ms per key, and is set "
                     "to a US keyboard while this computer uses German: passdesk will "
                     "correct it.")
    plain = describe(Correction("us", prefix="QR:", ending="none", gap_ms=9))
    assert "nothing" in plain
    assert "“QR:” before each code" in plain
    assert "take the extra characters off" in plain
