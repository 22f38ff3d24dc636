"""A ``QVideoFrame`` to decoded barcode texts, converting the pixels as little as possible.

Cameras mostly deliver YUV frames, whose first plane already is the grayscale image zxing-cpp
wants, and otherwise 32-bit RGB, which zxing-cpp reads in place. So the frame is mapped and
its memory handed over as an ``ImageView``: no copy, no colour conversion in Qt. Measured on
a 1280x720 frame, ``toImage().convertToFormat(Grayscale8)`` alone costs ~4 ms, about what the
whole QR decode does; only formats without a mapping below take that path.

The pixels go to a ``FrameDecoder`` as a ``Plane``: the camera source passes its own, which
spreads the work for several formats over the stream's frames (frame_decoder.py); without
one a frame is decoded on its own, thoroughly.
"""

from __future__ import annotations

import zxingcpp
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from passdesk.scan.frame_decoder import FrameDecoder, Plane
from passdesk.scan.qr_decode import QR_ONLY, Formats

PF = QVideoFrameFormat.PixelFormat
IF = zxingcpp.ImageFormat

#: Formats whose plane 0 is 8-bit luma, one byte per pixel.
_LUMA_PLANE = {
    PF.Format_NV12, PF.Format_NV21, PF.Format_YUV420P, PF.Format_YUV422P, PF.Format_YV12,
    PF.Format_IMC1, PF.Format_IMC2, PF.Format_IMC3, PF.Format_IMC4, PF.Format_Y8,
}
#: Packed formats: (zxing image format, byte offset of the luma/first byte, bytes per pixel).
_PACKED = {
    PF.Format_YUYV: (IF.Lum, 0, 2),
    PF.Format_UYVY: (IF.Lum, 1, 2),
    PF.Format_BGRA8888: (IF.BGRA, 0, 4),
    PF.Format_BGRA8888_Premultiplied: (IF.BGRA, 0, 4),
    PF.Format_BGRX8888: (IF.BGRA, 0, 4),
    PF.Format_ARGB8888: (IF.ARGB, 0, 4),
    PF.Format_ARGB8888_Premultiplied: (IF.ARGB, 0, 4),
    PF.Format_XRGB8888: (IF.ARGB, 0, 4),
    PF.Format_RGBA8888: (IF.RGBA, 0, 4),
    PF.Format_RGBX8888: (IF.RGBA, 0, 4),
    PF.Format_ABGR8888: (IF.ABGR, 0, 4),
    PF.Format_XBGR8888: (IF.ABGR, 0, 4),
}


def decode_frame(
    frame: QVideoFrame, formats: Formats = QR_ONLY, decoder: FrameDecoder | None = None
) -> list[str]:
    """The barcode texts in ``frame``; ``[]`` for an invalid or unreadable frame.

    ``decoder``: the stream's decoder (one decode at a time); None decodes this frame alone,
    with every pass. Safe on a worker thread: it works on its own shallow copy of the frame.
    """
    stream = decoder is not None
    decoder = decoder or FrameDecoder()
    frame = QVideoFrame(frame)  # our own handle, so map/unmap never disturbs another user
    if not frame.isValid() or frame.width() <= 0 or frame.height() <= 0:
        return []
    pixel_format = frame.pixelFormat()
    cpu = frame.handleType() == QVideoFrame.HandleType.NoHandle
    if cpu and (pixel_format in _LUMA_PLANE or pixel_format in _PACKED):
        if not frame.map(QVideoFrame.MapMode.ReadOnly):
            return []
        try:
            plane = _plane(frame, pixel_format)
            return decoder.decode(plane, formats, thorough=not stream)
        finally:
            frame.unmap()
    return _decode_via_image(frame, formats, decoder, stream)


def _plane(frame: QVideoFrame, pixel_format: PF) -> Plane:
    width, height, stride = frame.width(), frame.height(), frame.bytesPerLine(0)
    bits = frame.bits(0)
    if pixel_format in _LUMA_PLANE:
        return Plane(bits, width, height, IF.Lum, stride, 1)
    image_format, offset, pixel_stride = _PACKED[pixel_format]
    if offset:
        # ImageView has no offset: start the buffer at the luma byte and, so that the
        # shortened buffer still holds every row, leave out the last one. The slice views
        # the mapped frame's memory, which stays valid until unmap().
        bits, height = bits[offset:], height - 1
    # A buffer smaller than the frame claims to be: the decoder's views refuse it.
    return Plane(bits, width, height, image_format, stride, pixel_stride)


def _decode_via_image(
    frame: QVideoFrame, formats: Formats, decoder: FrameDecoder, stream: bool
) -> list[str]:
    image = frame.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    if image.isNull():
        return []
    plane = Plane(image.constBits(), image.width(), image.height(), IF.Lum,
                  image.bytesPerLine(), 1)
    return decoder.decode(plane, formats, thorough=not stream)
