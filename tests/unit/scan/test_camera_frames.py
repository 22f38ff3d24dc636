"""Video frames in the pixel formats cameras deliver, decoded without a camera."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from passdesk.scan.camera_frames import decode_frame
from tests.helpers.qr_frames import frame_image, frame_of

PF = QVideoFrameFormat.PixelFormat


def packed_frame(image, pixel_format: PF, luma_offset: int, pixel_bytes: int) -> QVideoFrame:
    """``image`` as a packed YUV frame (YUYV/UYVY), grey: chroma bytes at 128."""
    frame = QVideoFrame(QVideoFrameFormat(QSize(image.width, image.height), pixel_format))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    stride, luma = frame.bytesPerLine(0), image.tobytes()
    row = bytearray(b"\x80" * stride)
    plane = frame.bits(0)
    for y in range(image.height):
        row[luma_offset:image.width * pixel_bytes:pixel_bytes] = (
            luma[y * image.width:(y + 1) * image.width])
        plane[y * stride:(y + 1) * stride] = row
    frame.unmap()
    return frame


@pytest.mark.parametrize("pixel_format", ["bgra", "nv12"])
def test_mapped_formats_decode(pixel_format) -> None:
    frame = frame_of(frame_image("PE-FMT-1", "rotated_15"), pixel_format)
    assert decode_frame(frame) == ["PE-FMT-1"]


@pytest.mark.parametrize(
    ("pixel_format", "offset"), [(PF.Format_YUYV, 0), (PF.Format_UYVY, 1)])
def test_packed_yuv_reads_the_luma_bytes(pixel_format, offset) -> None:
    frame = packed_frame(frame_image("PE-PACKED", "small_noisy"), pixel_format, offset, 2)
    assert decode_frame(frame) == ["PE-PACKED"]


# Offscreen there is no GPU: toImage() says once per thread that it converts on the CPU.
@pytest.mark.qt_log_ignore(r"QRhi\* .*ensureRhi.*No RHI backend\. Using CPU conversion\.")
def test_a_frame_without_a_mapping_goes_through_qimage() -> None:
    # RGB24-like formats have no zero-copy path here; a grayscale QImage conversion takes over.
    image = frame_image("PE-VIA-IMAGE").convert("RGB")
    frame = QVideoFrame(QVideoFrameFormat(QSize(image.width, image.height), PF.Format_AYUV))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    stride, luma, plane = frame.bytesPerLine(0), image.convert("L").tobytes(), frame.bits(0)
    for y in range(image.height):
        pixels = bytearray(b"\xff\x00\x80\x80" * image.width)
        pixels[1::4] = luma[y * image.width:(y + 1) * image.width]
        plane[y * stride:y * stride + len(pixels)] = pixels
    frame.unmap()
    assert decode_frame(frame) == ["PE-VIA-IMAGE"]


def test_an_invalid_frame_gives_nothing() -> None:
    assert decode_frame(QVideoFrame()) == []
