"""The VTAP serial line protocol: reader commands, read prefixes, line splitting.

No I/O here. The command formats follow the ``VTAPaction`` examples of PassEntry's
external validation (``?LEDR RRGGBB,on_ms,off_ms,count``, ``?BEEPR
on_ms,off_ms,count``); dot-origin's own VTAP command reference is not among our
vendor texts, so every byte sent to a reader is a constant below: a correction
is a one-line change here.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from passdesk.scan.sources import ScanKind

log = logging.getLogger(__name__)

#: Every command line sent to the reader ends with this.
COMMAND_END = "\r\n"

#: Admit: three short green flashes and one short beep.
LED_ADMIT = "?LEDR 00FF00,100,100,3"
BEEP_ADMIT = "?BEEPR 100,0,1"
#: Deny: three slower red flashes and two long beeps.
LED_DENY = "?LEDR FF0000,300,100,3"
BEEP_DENY = "?BEEPR 400,150,2"

#: A line longer than this (without its terminator) is dropped, not read.
MAX_LINE_BYTES = 4096

#: Prefixes a reader may be configured to put before the payload, and what they mean.
#: Matched case-sensitively at the start of a line and stripped; a line without a known
#: prefix is an NFC read (a VTAP's usual job: wallet passes over VAS / Smart Tap).
DEFAULT_PREFIXES: Mapping[str, ScanKind] = {
    "VAS:": ScanKind.NFC,  # Apple Value Added Services (decrypted by the reader)
    "ST:": ScanKind.NFC,  # Google Smart Tap
    "NDEF:": ScanKind.NFC,
    "NFC:": ScanKind.NFC,
    "UID:": ScanKind.NFC,
    "QR:": ScanKind.QR,
    "BARCODE:": ScanKind.BARCODE,
    "BC:": ScanKind.BARCODE,
}


def verdict_commands(admit: bool) -> bytes:
    """The bytes that make the reader show an admit or deny verdict."""
    lines = (LED_ADMIT, BEEP_ADMIT) if admit else (LED_DENY, BEEP_DENY)
    return "".join(line + COMMAND_END for line in lines).encode("ascii")


def parse_line(
    line: str, prefixes: Mapping[str, ScanKind] = DEFAULT_PREFIXES
) -> tuple[str, ScanKind] | None:
    """(value, kind) of one received line; None for a line that carries no value."""
    if not line.strip():
        return None
    # Longest prefix first, so that e.g. "BARCODE:" is not taken for a shorter one.
    for prefix in sorted(prefixes, key=len, reverse=True):
        if line.startswith(prefix):
            value = line[len(prefix):]
            return (value, prefixes[prefix]) if value.strip() else None
    return line, ScanKind.NFC


class LineSplitter:
    """Turns serial chunks into text lines ended by CR, LF or CRLF.

    Empty lines are skipped, bytes are decoded as UTF-8 with replacement, and a line
    longer than ``max_bytes`` is dropped whole (with a warning), also when it arrives
    in many chunks: memory stays bounded whatever the reader sends.
    """

    def __init__(self, max_bytes: int = MAX_LINE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._buffer = bytearray()
        self._discarding = False  # inside an over-long line, until its terminator
        self.dropped = 0  # over-long lines dropped so far

    def feed(self, chunk: bytes) -> list[str]:
        lines: list[str] = []
        start = 0
        for end, byte in enumerate(chunk):
            if byte in (0x0D, 0x0A):  # CR, LF
                self._take(chunk[start:end], lines, complete=True)
                start = end + 1
        self._take(chunk[start:], lines, complete=False)
        return lines

    def _take(self, part: bytes, lines: list[str], *, complete: bool) -> None:
        if not self._discarding:
            self._buffer += part
            if len(self._buffer) > self.max_bytes:
                self.dropped += 1
                log.warning("VTAP: dropped a line longer than %d bytes", self.max_bytes)
                self._buffer.clear()
                self._discarding = True
        if complete:
            if not self._discarding and self._buffer:
                lines.append(self._buffer.decode("utf-8", errors="replace"))
            self._buffer.clear()
            self._discarding = False
