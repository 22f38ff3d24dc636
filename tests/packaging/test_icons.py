"""packaging/icons.py: the Windows and macOS icons, drawn from the SVG, read back."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtGui import QImage

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import icons


def test_the_ico_holds_every_size_as_a_png_of_the_svg(qapp, tmp_path) -> None:
    data = icons.make_icon(tmp_path / "passdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        assert (width or 256, height or 256, planes, bits) == (size, size, 1, 32)
        image = QImage.fromData(data[offset:offset + length], "PNG")
        assert (image.width(), image.height()) == (size, size)
        # Drawn, not blank: the middle of the icon is opaque.
        assert image.pixelColor(size // 2, size // 2).alpha() > 0


def test_the_icns_holds_every_type_with_its_size(qapp, tmp_path) -> None:
    data = icons.make_icon(tmp_path / "passdesk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    found, at = [], 8
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack_from(">I", data, at + 4)[0]
        image = QImage.fromData(data[at + 8:at + length], "PNG")
        found.append((kind, image.width(), image.height()))
        at += length
    assert found == [(kind, size, size) for kind, size in icons.ICNS_TYPES]
