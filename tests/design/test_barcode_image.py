"""Barcodes drawn for a screen decode back to their value, as a scanner would read them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from passdesk.design.barcode_image import QR_QUIET_ZONE, is_qr, qr_image, render_barcode
from passdesk.scan.qr_decode import decode, formats_for


def decoded(image: QImage, barcode_type: str | None = "qrCode") -> list[str]:
    """What zxing-cpp reads in ``image`` (any format), looking for ``barcode_type``."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return decode(bytes(gray.constBits()), formats_for([barcode_type]), gray.width(),
                  gray.height(), gray.bytesPerLine())


@pytest.mark.parametrize("value", [
    "TKT-7QX2M-PL0ZD",
    "https://download.passentry.com/download?pass=8c2d7e4b0a9f4c6e9d1b3a5f7e2c4d6b8a0f1e3d",
    "Zoë & Jürgen — 2 adults",
])
def test_a_qr_code_decodes_back_to_its_value(qapp, value: str) -> None:
    image = render_barcode("qrCode", value).image
    assert image is not None
    assert decoded(image) == [value]


def test_qr_modules_are_whole_pixels_with_a_white_quiet_zone(qapp) -> None:
    image = qr_image("TKT-7QX2M-PL0ZD", size_px=200)
    assert image.width() == image.height() <= 200
    # Version 1 (21 modules) + 2 x 4 quiet-zone modules = 29 modules; 200 // 29 = 6 px each.
    module = image.width() // 29
    assert (module, image.width()) == (6, 174)
    quiet = QR_QUIET_ZONE * module
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    border = [gray.pixelColor(x, y).value() for x in range(image.width()) for y in range(quiet)]
    assert set(border) == {255}
    assert gray.pixelColor(quiet, quiet).value() == 0  # the finder pattern's corner
    # A module is solid, not blurred.
    assert {gray.pixelColor(x, quiet + 1).value() for x in range(quiet, quiet + module)} == {0}


@pytest.mark.parametrize("barcode_type", ["pdf417", "aztec", "code128", "PKBarcodeFormatPDF417"])
def test_other_wallet_formats_decode_back_to_their_value(qapp, barcode_type: str) -> None:
    image = render_barcode(barcode_type, "CARD-12345").image
    assert image is not None
    assert decoded(image, barcode_type) == ["CARD-12345"]


def test_an_unknown_type_is_not_drawn_as_something_else(qapp) -> None:
    render = render_barcode("ean13", "4006381333931")
    assert render.image is None
    assert "ean13" in (render.note or "")


def test_no_type_means_qr() -> None:
    assert all(is_qr(t) for t in (None, "", "qrCode", "QR", "PKBarcodeFormatQR"))
    assert not is_qr("pdf417")
