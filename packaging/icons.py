"""The app icon in the formats Windows and macOS want, drawn from the one SVG.

    python packaging/icons.py OUT.ico|OUT.icns

Windows takes an .ico, macOS an .icns; both hold one PNG per size, which every
Windows since Vista and every macOS since 10.7 reads. The spec calls this on
those systems, so only ``resources/icons/passdesk.svg`` lives in the repository.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "passdesk.svg"
#: .ico sizes: lists and title bars use 16-48 px, tiles and Explorer 256 px.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: .icns element types holding PNG data, by pixel size (@2x types reuse sizes).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
              (b"ic07", 128), (b"ic08", 256), (b"ic13", 256), (b"ic09", 512),
              (b"ic14", 512), (b"ic10", 1024))


def png(size: int, svg: Path = SVG) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(svg: Path = SVG) -> bytes:
    blobs = [png(size, svg) for size in ICO_SIZES]
    offset = 6 + 16 * len(blobs)
    entries = b""
    for size, blob in zip(ICO_SIZES, blobs, strict=True):
        side = size % 256  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(blobs)) + entries + b"".join(blobs)


def icns(svg: Path = SVG) -> bytes:
    cache: dict[int, bytes] = {}
    body = b""
    for kind, size in ICNS_TYPES:
        blob = cache.setdefault(size, png(size, svg))
        body += kind + struct.pack(">I", 8 + len(blob)) + blob
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icon(out: Path, svg: Path = SVG) -> Path:
    """Write ``out`` (.ico or .icns, by its suffix); returns it."""
    makers = {".ico": ico, ".icns": icns}
    out.write_bytes(makers[out.suffix.lower()](svg))
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2 or Path(sys.argv[1]).suffix.lower() not in (".ico", ".icns"):
        sys.exit(__doc__)
    app = QGuiApplication.instance() or QGuiApplication(["icons"])
    sys.stdout.write(f"{make_icon(Path(sys.argv[1]))}\n")
