"""Barcode decoding for the camera path: which formats to look for, decode, de-duplicate.

No Qt here: the camera source (``camera_source``) maps frames to zxing-cpp image views and
calls ``decode`` on its worker thread; anything else with a grayscale buffer can too.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from typing import Any

import zxingcpp

Formats = zxingcpp.BarcodeFormats

#: PassEntry ``barcode.type`` values (and Apple's PKBarcodeFormat names), normalised by
#: ``_normalise``, to zxing-cpp formats.
_FORMAT_OF_TYPE = {
    "qr": zxingcpp.BarcodeFormat.QRCode,
    "qrcode": zxingcpp.BarcodeFormat.QRCode,
    "code128": zxingcpp.BarcodeFormat.Code128,
    "aztec": zxingcpp.BarcodeFormat.Aztec,
    "azteccode": zxingcpp.BarcodeFormat.Aztec,
    "pdf417": zxingcpp.BarcodeFormat.PDF417,
}

#: What a store with no known barcode types carries: PassEntry's default is a QR code.
QR_ONLY = Formats([zxingcpp.BarcodeFormat.QRCode])

# Measured on a noisy 1280x720 frame (tests/benchmarks/bench_decode.py): try_invert doubles
# the QR time and wallet barcodes are always dark on light, so it stays off. try_rotate costs
# nothing for QR and lets linear codes read sideways; try_downscale costs ~0.5 ms and is what
# finds a code held close to the lens, so both stay on. These are the full pass's options;
# frame_decoder.py trims them where a view makes them unneeded.
READ_OPTIONS: dict[str, Any] = {"try_rotate": True, "try_downscale": True, "try_invert": False}


def _normalise(barcode_type: str) -> str:
    name = re.sub(r"[^a-z0-9]", "", barcode_type.lower())
    return name.removeprefix("pkbarcodeformat")


def formats_for(barcode_types: Iterable[str | None]) -> Formats:
    """The formats to look for, given the ``barcode.type`` of the cached passes.

    Unknown or missing types count as QR (PassEntry's default); fewer formats decode
    faster (one full pass for QR alone is ~5x faster than for QR + Code 128 + Aztec +
    PDF417, which the camera's ``FrameDecoder`` spreads over frames), so nothing is added
    "just in case".
    """
    found = {
        _FORMAT_OF_TYPE.get(_normalise(t), zxingcpp.BarcodeFormat.QRCode) if t else
        zxingcpp.BarcodeFormat.QRCode
        for t in barcode_types
    }
    if not found:
        return QR_ONLY
    # Sorted so that equal sets give equal, printable Formats whatever the input order.
    return Formats(sorted(found, key=lambda f: f.value))


def format_names(formats: Formats) -> list[str]:
    """Human names of a format set ("QR Code", "Code 128"), for logs and status text."""
    return [name.strip() for name in str(formats).split(",") if name.strip()]


def decode(
    image: Any,
    formats: Formats = QR_ONLY,
    width: int | None = None,
    height: int | None = None,
    row_stride: int = 0,
) -> list[str]:
    """The texts of the barcodes in a grayscale image, each once, in reading order.

    ``image`` is a ``zxingcpp.ImageView``, a 2-D numpy array, a PIL image, or a bytes-like
    buffer of 8-bit luminance with ``width`` and ``height`` given. An image that is empty,
    too small or inconsistent with its size gives ``[]``: a camera frame is never an error.
    """
    # The view does not own its pixels: ``image`` keeps the buffer alive while it is read.
    view = image
    if isinstance(image, bytes | bytearray | memoryview):
        if not width or not height or width <= 0 or height <= 0:
            return []
        stride = row_stride or width
        if len(memoryview(image).cast("B")) < (height - 1) * stride + width:
            return []
        view = zxingcpp.ImageView(image, width, height, zxingcpp.ImageFormat.Lum, stride)
    try:
        barcodes = zxingcpp.read_barcodes(view, formats=formats, **READ_OPTIONS)
    except (ValueError, TypeError, RuntimeError):
        # zxing-cpp's way of saying "not an image it can read" (zero size, bad shape).
        return []
    return list(dict.fromkeys(b.text for b in barcodes if b.valid and b.text))


class Deduper:
    """Counts a value held in front of the camera once.

    A value counts when it was not sighted in the last ``window_s`` seconds. Every sighting
    restarts its window, so a code held still for a minute counts once; after ``window_s``
    with no sighting it counts again. Windows are per value: a different value always counts,
    and two codes flickering in and out of one frame count once each.
    """

    def __init__(self, window_s: float = 2.0, clock: Callable[[], float] = time.monotonic):
        self.window_s = window_s
        self._clock = clock
        self._last_seen: dict[str, float] = {}

    def accept(self, value: str) -> bool:
        """Record a sighting of ``value``; True when it counts as a new read."""
        now = self._clock()
        # Forget values out of their window so the map stays as small as what is in view.
        self._last_seen = {
            v: t for v, t in self._last_seen.items() if now - t <= self.window_s
        }
        counts = value not in self._last_seen
        self._last_seen[value] = now
        return counts

    def reset(self) -> None:
        self._last_seen.clear()
