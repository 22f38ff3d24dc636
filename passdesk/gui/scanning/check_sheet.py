"""The scanner check's printable test sheet: the test code as a QR code and a Code 128
on an A4 PDF, with what to do with it. QtGui only (no widgets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from passdesk.core.keyboard_layouts import TEST_VALUE
from passdesk.gui.i18n import translate

#: The sheet's English (printed through ``translate("door", …)``).
TITLE = QT_TRANSLATE_NOOP("door", "passdesk scanner check")
STEPS = QT_TRANSLATE_NOOP("door", "In passdesk, open the Door's or the Till's settings and "
                          "press “Check the scanner…”. Then scan one of these codes once. "
                          "passdesk says what it found and corrects the scanner's keyboard "
                          "layout by itself.")
#: Dots per inch: the codes' modules stay whole dots when printed.
DPI = 300


def code_images(*, size_px: int = 200) -> tuple[QImage, QImage]:
    """The test code as (QR code, Code 128)."""
    # qrcode and Pillow: imported when a sheet is drawn, not with the Door at start.
    from passdesk.design.barcode_image import qr_image, render_barcode

    code128 = render_barcode("code128", TEST_VALUE, size_px=size_px).image
    assert code128 is not None  # TEST_VALUE is ASCII: Code 128 holds it
    return qr_image(TEST_VALUE, size_px=size_px), code128


def save_test_sheet(path: Path) -> None:
    """Write the A4 sheet to ``path`` (OSError when it cannot be written)."""
    path = Path(path)
    with path.open("wb"):  # a folder that is missing or read-only: a plain OSError
        pass
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(TITLE)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(translate("door", "Could not write {path}").format(path=path))
    try:
        _draw(painter, writer.width())
    finally:
        painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(translate("door", "Could not write {path}").format(path=path))


def _draw(painter: QPainter, width: int) -> None:
    mm = DPI / 25.4
    y = 0.0
    painter.setFont(QFont("Sans Serif", 20, QFont.Weight.Bold))
    painter.drawText(QRectF(0, y, width, 14 * mm), Qt.AlignmentFlag.AlignLeft,
                     translate("door", TITLE))
    y += 16 * mm
    painter.setFont(QFont("Sans Serif", 11))
    steps = QRectF(0, y, width, 30 * mm)
    painter.drawText(steps, Qt.TextFlag.TextWordWrap, translate("door", STEPS))
    y += 22 * mm
    qr, code128 = code_images(size_px=1)  # one pixel per module (two for Code 128)
    # 1.2 mm per QR module and 0.35 mm per bar module (two image pixels), or the
    # page's width: any scanner reads them.
    bar_pixel = min(0.175 * mm, width / code128.width())
    for label, image, scale, height in (
            (translate("door", "QR code"), qr, 1.2 * mm, None),
            (translate("door", "Code 128"), code128, bar_pixel, 22 * mm)):
        painter.setFont(QFont("Sans Serif", 12, QFont.Weight.Bold))
        painter.drawText(QRectF(0, y, width, 8 * mm), Qt.AlignmentFlag.AlignLeft, label)
        y += 9 * mm
        box = QRectF(0, y, image.width() * scale, height or image.height() * scale)
        painter.drawImage(box, image)
        y += box.height() + 10 * mm
    painter.setFont(QFont("Monospace", 12))
    painter.drawText(QRectF(0, y, width, 10 * mm), Qt.AlignmentFlag.AlignLeft,
                     translate("door", "The code holds: {value}").format(value=TEST_VALUE))
