"""A pass's barcode drawn as it will scan: whole pixels per module and a quiet zone.

QR codes come from ``qrcode``; PDF417, Aztec and Code 128 from zxing-cpp's
writer. A type neither knows is not drawn: showing a different symbology
than the pass carries would mislead whoever scans it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import qrcode
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from passdesk.core.texts import translate

#: Modules of white around a QR code: the spec's minimum; less and phones struggle.
QR_QUIET_ZONE = 4

_ZXING_FORMATS = {
    "code128": zxingcpp.BarcodeFormat.Code128,
    "aztec": zxingcpp.BarcodeFormat.Aztec,
    "azteccode": zxingcpp.BarcodeFormat.Aztec,
    "pdf417": zxingcpp.BarcodeFormat.PDF417,
}

_SYMBOLOGY_NAMES = {
    zxingcpp.BarcodeFormat.Code128: "code128",
    zxingcpp.BarcodeFormat.Aztec: "aztec",
    zxingcpp.BarcodeFormat.PDF417: "pdf417",
}


@dataclass(frozen=True)
class BarcodeRender:
    """The image to show, or None with a note saying why there is none."""

    image: QImage | None
    note: str | None = None


def _normalise(barcode_type: str) -> str:
    # The same spelling rules as the camera's decoder: "qrCode", "PKBarcodeFormatQR", "QR".
    name = re.sub(r"[^a-z0-9]", "", barcode_type.lower())
    return name.removeprefix("pkbarcodeformat")


def is_qr(barcode_type: str | None) -> bool:
    """PassEntry's default (no type given) is a QR code."""
    return not barcode_type or _normalise(barcode_type) in ("qr", "qrcode")


def symbology(barcode_type: str | None) -> str | None:
    """"qr", "aztec", "pdf417" or "code128" for any spelling of a type drawn here; else None."""
    if is_qr(barcode_type):
        return "qr"
    fmt = _ZXING_FORMATS.get(_normalise(barcode_type or ""))
    return None if fmt is None else _SYMBOLOGY_NAMES[fmt]


def render_barcode(barcode_type: str | None, value: str, *, size_px: int = 200
                   ) -> BarcodeRender:
    """The barcode of a pass, about ``size_px`` wide (wider only for a long code)."""
    if is_qr(barcode_type):
        return BarcodeRender(qr_image(value, size_px=size_px))
    fmt = _ZXING_FORMATS.get(_normalise(barcode_type or ""))
    if fmt is None:
        return BarcodeRender(None, translate("designer", "{type} codes cannot be drawn here; "
                                                         "the value is shown as text.").format(
            type=str(barcode_type)))
    try:
        return BarcodeRender(_zxing_image(fmt, value, size_px))
    except (ValueError, RuntimeError) as exc:  # e.g. characters Code 128 cannot hold
        return BarcodeRender(None, translate("designer", "This {type} code cannot be drawn "
                                                         "({reason}); the value is shown as "
                                                         "text.").format(
            type=str(barcode_type), reason=str(exc)))


def qr_image(value: str, *, size_px: int = 200) -> QImage:
    """A black-on-white QR code with a 4-module quiet zone, each module whole pixels."""
    qr = qrcode.QRCode(border=QR_QUIET_ZONE,
                       error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(value)
    qr.make(fit=True)
    matrix = qr.get_matrix()  # includes the quiet zone
    n = len(matrix)
    pixels = bytes(0 if dark else 255 for row in matrix for dark in row)
    return _scaled(QImage(pixels, n, n, n, QImage.Format.Format_Grayscale8).copy(), size_px)


def _zxing_image(fmt: zxingcpp.BarcodeFormat, value: str, size_px: int) -> QImage:
    bitmap = zxingcpp.create_barcode(value, fmt).to_image(scale=1, add_quiet_zones=True)
    view = memoryview(bitmap)
    height, width = view.shape
    pixels = view.tobytes()
    # At least 2 px per module: 1-px bars on a screen are too thin for a phone camera.
    return _scaled(QImage(pixels, width, height, view.strides[0],
                          QImage.Format.Format_Grayscale8).copy(), size_px, minimum=2)


def _scaled(image: QImage, size_px: int, *, minimum: int = 1) -> QImage:
    # Whole pixels per module keep the edges sharp: a scanner reads blur as noise.
    factor = max(minimum, size_px // max(1, image.width()))
    return image.scaled(image.width() * factor, image.height() * factor,
                        Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.FastTransformation)
