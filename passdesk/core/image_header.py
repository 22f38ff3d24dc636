"""What kind of picture some bytes are, and its size, read from the file's header.

PassEntry takes PNG, JPG and WebP (PASSENTRY-API.md §2.17). Knowing the kind
and the size before an upload needs only the first bytes of the file, so this
is done by hand rather than with Pillow: the installer bundle leaves Pillow
out (about 15 MB; see packaging/passdesk.spec), and the client and the
sandbox must read uploads there too.

``sniff`` answers ``None`` for bytes that are no picture it knows, and a
``Header`` with ``complete=False`` for a known kind whose file is cut short
(a PNG without its end chunk, a JPEG without its end marker, a WebP shorter
than its RIFF size), so a damaged file is said before it is sent.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

PNG, JPEG, WEBP, GIF = "PNG", "JPEG", "WEBP", "GIF"

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: JPEG start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
#: JPEG markers with no length field after them.
_STANDALONE = frozenset({0x01, 0xD8, *range(0xD0, 0xD8)})


@dataclass(frozen=True)
class Header:
    kind: str  # PNG | JPEG | WEBP | GIF
    width: int
    height: int
    #: False when the file ends before its kind says it should (cut short, damaged).
    complete: bool = True


def sniff(data: bytes) -> Header | None:
    """The kind and size of the picture in ``data``, or None when it is not one we know."""
    for reader in (_png, _jpeg, _webp, _gif):
        try:
            header = reader(data)
        except (struct.error, IndexError):
            return None  # the header itself is cut short
        if header is not None:
            return header if header.width > 0 and header.height > 0 else None
    return None


def _png(data: bytes) -> Header | None:
    if not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return Header(PNG, width, height, complete=data.rstrip(b"\0")[-8:-4] == b"IEND")


def _jpeg(data: bytes) -> Header | None:
    if not data.startswith(b"\xff\xd8"):
        return None
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte before a marker
            at += 1
            continue
        if marker in _STANDALONE:
            at += 2
            continue
        length = struct.unpack(">H", data[at + 2:at + 4])[0]
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return Header(JPEG, width, height, complete=data.rstrip(b"\0").endswith(b"\xff\xd9"))
        at += 2 + length
    return None


def _webp(data: bytes) -> Header | None:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return None
    complete = len(data) >= struct.unpack("<I", data[4:8])[0] + 8
    chunk = data[12:16]
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        return Header(WEBP, width & 0x3FFF, height & 0x3FFF, complete)
    if chunk == b"VP8L":
        bits = struct.unpack("<I", data[21:25])[0]
        return Header(WEBP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, complete)
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return Header(WEBP, width, height, complete)
    return None


def _gif(data: bytes) -> Header | None:
    # Known only to say "a GIF" in words: PassEntry does not take it.
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        return None
    width, height = struct.unpack("<HH", data[6:10])
    return Header(GIF, width, height)
