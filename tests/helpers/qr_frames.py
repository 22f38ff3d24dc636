"""Real QR codes as camera frames: 1280x720 ``QVideoFrame``s in the ways a webcam sees them.

Codes are drawn by ``qrcode`` and composed with Pillow; ``frame_of`` wraps the picture as a
``QVideoFrame`` in the pixel format a camera would deliver (32-bit RGB or NV12).
"""

from __future__ import annotations

import random

import qrcode
import zxingcpp
from PIL import Image, ImageFilter
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

WIDTH, HEIGHT = 1280, 720

#: The variants ``frame_image`` draws, as the integration tests name them.
VARIANTS = ("clean", "rotated_15", "rotated_90", "blurred", "low_contrast", "small_noisy")
#: Beyond what QR decoding can recover (see ``frame_image``).
UNREADABLE = ("too_blurred",)


def qr_image(value: str, box_size: int = 8, border: int = 4) -> Image.Image:
    """A black-on-white QR code for ``value`` (mode "L")."""
    code = qrcode.QRCode(box_size=box_size, border=border,
                         error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(value)
    code.make(fit=True)
    return code.make_image().get_image().convert("L")


def noisy_background(seed: int = 1, spread: int = 80) -> Image.Image:
    """A grey, grainy 1280x720 scene: mid-grey with uniform noise, the same for a seed."""
    noise = random.Random(seed).randbytes(WIDTH * HEIGHT)
    low = 128 - spread // 2
    return Image.frombytes("L", (WIDTH, HEIGHT), noise).point(lambda v: low + v * spread // 255)


def _centre(scene: Image.Image, code: Image.Image, mask: Image.Image | None = None) -> None:
    scene.paste(code, ((WIDTH - code.width) // 2, (HEIGHT - code.height) // 2), mask)


def frame_image(value: str, variant: str = "clean") -> Image.Image:
    """A 1280x720 grayscale picture of ``value``'s QR code as the camera sees it."""
    if variant == "clean":
        scene = Image.new("L", (WIDTH, HEIGHT), 255)
        _centre(scene, qr_image(value))
    elif variant.startswith("rotated_"):
        code = qr_image(value)
        # Rotate the code with a white card around it, over a noisy scene.
        rotated = code.rotate(int(variant.split("_")[1]), expand=True, fillcolor=255,
                              resample=Image.Resampling.BILINEAR)
        mask = Image.new("L", code.size, 255).rotate(int(variant.split("_")[1]), expand=True)
        scene = noisy_background()
        _centre(scene, rotated, mask)
    elif variant in ("blurred", "too_blurred"):
        # 8 px modules: a Gaussian radius up to ~3.5 px still decodes, from ~4 px nothing
        # does (not even zxing-cpp with every option on); 6 px smears modules together.
        scene = Image.new("L", (WIDTH, HEIGHT), 235)
        _centre(scene, qr_image(value))
        scene = scene.filter(ImageFilter.GaussianBlur(radius=3 if variant == "blurred" else 6))
    elif variant == "low_contrast":
        # Dark modules at 110, light at 150: a dim, washed-out phone screen (at 118/142
        # QR decoding gives up).
        scene = Image.new("L", (WIDTH, HEIGHT), 130)
        _centre(scene, qr_image(value).point(lambda v: 110 if v < 128 else 150))
    elif variant == "small_noisy":
        # A code ~100 px across (3 px modules) somewhere off-centre in a grainy scene.
        scene = noisy_background()
        scene.paste(qr_image(value, box_size=3, border=2), (860, 470))
    else:
        raise ValueError(f"unknown variant {variant!r}")
    return scene


def code128_frame_image(value: str) -> Image.Image:
    """A Code 128 barcode for ``value`` on a white 1280x720 frame (drawn by zxing-cpp)."""
    bits = memoryview(zxingcpp.create_barcode(value, zxingcpp.BarcodeFormat.Code128)
                      .to_image(scale=4))
    code = Image.frombytes("L", (bits.shape[1], bits.shape[0]), bits.tobytes())
    scene = Image.new("L", (WIDTH, HEIGHT), 255)
    _centre(scene, code)
    return scene


def noisy_scene_with_code(value: str) -> Image.Image:
    """The benchmark's frame: one QR (8 px modules) in a grainy 1280x720 scene."""
    scene = noisy_background()
    scene.paste(qr_image(value), (400, 120))
    return scene


def frame_of(image: Image.Image, pixel_format: str = "bgra") -> QVideoFrame:
    """``image`` as a ``QVideoFrame``: "bgra" (what ``QVideoFrame(QImage)`` gives) or "nv12"."""
    if pixel_format == "bgra":
        data = image.convert("RGBA").tobytes("raw", "BGRA")
        qimage = QImage(data, image.width, image.height, image.width * 4,
                        QImage.Format.Format_ARGB32).copy()  # copy: own the pixels
        return QVideoFrame(qimage)
    if pixel_format == "nv12":
        fmt = QVideoFrameFormat(QSize(image.width, image.height),
                                QVideoFrameFormat.PixelFormat.Format_NV12)
        frame = QVideoFrame(fmt)
        frame.map(QVideoFrame.MapMode.WriteOnly)
        luma = image.convert("L").tobytes()
        stride, width = frame.bytesPerLine(0), image.width
        plane = frame.bits(0)
        for y in range(image.height):
            plane[y * stride:y * stride + width] = luma[y * width:(y + 1) * width]
        chroma = frame.bits(1)
        chroma[:] = b"\x80" * len(chroma)  # no colour
        frame.unmap()
        return frame
    raise ValueError(f"unknown pixel format {pixel_format!r}")


def qr_frame(value: str, variant: str = "clean", pixel_format: str = "bgra") -> QVideoFrame:
    return frame_of(frame_image(value, variant), pixel_format)
