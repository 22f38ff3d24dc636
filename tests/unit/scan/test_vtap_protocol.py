"""The VTAP line protocol: commands sent, prefixes read, lines split."""

from __future__ import annotations

import itertools
import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passdesk.scan.sources import ScanKind
from passdesk.scan.vtap_protocol import (
    MAX_LINE_BYTES,
    LineSplitter,
    parse_line,
    verdict_commands,
)


def test_admit_is_green_leds_and_a_short_beep() -> None:
    assert verdict_commands(True) == b"?LEDR 00FF00,100,100,3\r\n?BEEPR 100,0,1\r\n"


def test_deny_is_red_leds_and_a_double_long_beep() -> None:
    assert verdict_commands(False) == b"?LEDR FF0000,300,100,3\r\n?BEEPR 400,150,2\r\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("VAS:pass-1", ("pass-1", ScanKind.NFC)),
        ("ST:pass-2", ("pass-2", ScanKind.NFC)),
        ("NDEF:https://x.example/p?a=1", ("https://x.example/p?a=1", ScanKind.NFC)),
        ("QR:QR-9", ("QR-9", ScanKind.QR)),
        ("BARCODE:0123", ("0123", ScanKind.BARCODE)),
        ("BC:0456", ("0456", ScanKind.BARCODE)),
        ("customerID-promoCode", ("customerID-promoCode", ScanKind.NFC)),
        ("vas:lower-case-is-not-a-prefix", ("vas:lower-case-is-not-a-prefix", ScanKind.NFC)),
        ("VAS:with:colons", ("with:colons", ScanKind.NFC)),
        ("", None),
        ("   ", None),
        ("QR:", None),
        ("VAS:  ", None),
    ],
)
def test_parse_line(line: str, expected: tuple[str, ScanKind] | None) -> None:
    assert parse_line(line) == expected


def test_parse_line_with_configured_passtype_prefixes() -> None:
    prefixes = {"A:": ScanKind.NFC, "Q:": ScanKind.QR}
    assert parse_line("Q:abc", prefixes) == ("abc", ScanKind.QR)
    assert parse_line("VAS:abc", prefixes) == ("VAS:abc", ScanKind.NFC)


def test_splitter_handles_every_terminator_and_skips_empty_lines() -> None:
    splitter = LineSplitter()
    assert splitter.feed(b"one\r\ntwo\nthree\r\r\n\nfour") == ["one", "two", "three"]
    assert splitter.feed(b"-end\r") == ["four-end"]
    assert splitter.feed(b"\n") == []


def test_splitter_decodes_utf8_with_replacement() -> None:
    assert LineSplitter().feed(b"caf\xe9 \xe2\x82\xac\n") == ["caf\ufffd \u20ac"]


def test_splitter_drops_an_over_long_line_arriving_in_pieces(
    caplog: pytest.LogCaptureFixture,
) -> None:
    splitter = LineSplitter(max_bytes=10)
    with caplog.at_level(logging.WARNING):
        got = splitter.feed(b"ok\r\n0123456")
        got += splitter.feed(b"789ABCDEF")  # over the limit here, still no terminator
        got += splitter.feed(b"GHIJ" * 100)
        got += splitter.feed(b"KLM\r\nnext\r\n")
    assert got == ["ok", "next"]
    assert splitter.dropped == 1
    assert "longer than 10 bytes" in caplog.text


def test_a_line_of_exactly_the_limit_is_kept() -> None:
    line = b"x" * MAX_LINE_BYTES
    assert LineSplitter().feed(line + b"\n") == [line.decode()]
    assert LineSplitter().feed(line + b"y\n") == []


lines_strategy = st.lists(
    st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))
    .filter(bool),
    max_size=8,
)


@given(lines=lines_strategy, terminators=st.lists(st.sampled_from([b"\r", b"\n", b"\r\n"]),
                                                   min_size=8, max_size=8),
       cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=10))
def test_splitting_does_not_depend_on_how_the_bytes_are_chunked(
    lines: list[bytes], terminators: list[bytes], cuts: list[int]
) -> None:
    stream = b"".join(line + end for line, end in zip(lines, terminators, strict=False))
    points = sorted({min(c, len(stream)) for c in cuts} | {0, len(stream)})
    splitter = LineSplitter()
    got: list[str] = []
    for start, end in itertools.pairwise(points):
        got += splitter.feed(stream[start:end])
    assert got == [line.decode("utf-8", errors="replace") for line in lines]
