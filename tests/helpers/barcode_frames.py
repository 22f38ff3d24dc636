"""Real barcodes of every format the passes use, placed in noisy 1280x720 camera scenes.

QR codes are drawn by ``qrcode`` (as in ``qr_frames``), Code 128, Aztec and PDF417 by
zxing-cpp's own writer; Pillow turns and places them. ``scene`` gives the grayscale
picture, ``qr_frames.frame_of`` wraps it as a ``QVideoFrame``.
"""

from __future__ import annotations

import zxingcpp
from PIL import Image

from tests.helpers.qr_frames import HEIGHT, WIDTH, noisy_background, qr_image

F = zxingcpp.BarcodeFormat

#: The PassEntry ``barcode.type`` of each format, as the store hands them to the camera.
PASS_TYPES = ("qrCode", "code128", "aztec", "pdf417")
FORMAT_OF = {"qrCode": F.QRCode, "code128": F.Code128, "aztec": F.Aztec, "pdf417": F.PDF417}
#: A module size (px) at which each format is comfortably read from a webcam frame: what a
#: phone's pass screen gives at a door's reading distance.
TYPICAL_MODULE = {"qrCode": 5, "code128": 3, "aztec": 5, "pdf417": 3}


def code_image(pass_type: str, value: str, module: int) -> Image.Image:
    """The barcode alone, black on white with its quiet zone, ``module`` px per module."""
    if pass_type == "qrCode":
        return qr_image(value, box_size=module)
    bits = memoryview(zxingcpp.create_barcode(value, FORMAT_OF[pass_type]).to_image(scale=module))
    return Image.frombytes("L", (bits.shape[1], bits.shape[0]), bits.tobytes())


def scene(pass_type: str, value: str, module: int | None = None, at: tuple[int, int] = (400, 120),
          angle: int = 0, seed: int = 1) -> Image.Image:
    """A grainy 1280x720 scene with ``value``'s code at ``at`` (its top-left corner), turned
    ``angle`` degrees on a white card."""
    code = code_image(pass_type, value, module or TYPICAL_MODULE[pass_type])
    mask = None
    if angle:
        mask = Image.new("L", code.size, 255).rotate(angle, expand=True)
        code = code.rotate(angle, expand=True, fillcolor=255, resample=Image.Resampling.BILINEAR)
    if at[0] + code.width > WIDTH or at[1] + code.height > HEIGHT:
        raise ValueError(f"a {code.size} code at {at} does not fit the frame")
    picture = noisy_background(seed)
    picture.paste(code, at, mask)
    return picture


def empty_scene(seed: int = 5) -> Image.Image:
    """The same grainy scene with no code in it."""
    return noisy_background(seed)
