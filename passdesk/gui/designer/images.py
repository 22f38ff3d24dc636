"""Logo, banner and icon files for a template: checked, then carried in the document as data URLs.

Only PNG and JPEG are accepted (what wallets take), judged by the file's
content, not its name. A file over ``MAX_FILE_BYTES`` is refused: the data URL
travels inside the template JSON to the API. A small logo or an odd banner
shape is allowed but said plainly, once, beside the image.

The sizes are PassEntry's (``PASSENTRY-API.md``, images): logo 480 x 150 px,
banner 1125 x 432 px (1125 x 294 on an Apple event ticket). Apple draws the
logo up to 160 x 50 points beside the template name; Google crops it to a
circle, which the template checks warn about for a wide logo.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from passdesk.core import image_sizes
from passdesk.gui.i18n import formats, translate

#: The largest image file a template may carry.
MAX_FILE_BYTES = 1024 * 1024
#: PassEntry's sizes (one source: core.image_sizes); a logo less high looks blurred.
LOGO_PX = (image_sizes.SHARED["logo"].width, image_sizes.SHARED["logo"].height)
BANNER_PX = (image_sizes.SHARED["banner"].width, image_sizes.SHARED["banner"].height)
#: Shown on the Choose… buttons: what fits where (said with ``image_help``).
LOGO_HELP = QT_TRANSLATE_NOOP(
    "designer", "PNG or JPEG, at most 1 MB. PassEntry's logo size is 480 x 150 px: Apple shows "
                "it up to 160 x 50 points beside the template name; Google shows it in a "
                "circle, so keep the mark in the middle.")
BANNER_HELP = QT_TRANSLATE_NOOP(
    "designer", "PNG or JPEG, at most 1 MB. PassEntry's banner size is 1125 x 432 px "
                "(1125 x 294 on an Apple event ticket).")
ICON_PX = (image_sizes.SHARED["icon"].width, image_sizes.SHARED["icon"].height)
ICON_HELP = QT_TRANSLATE_NOOP(
    "designer", "PNG or JPEG, at most 1 MB. PassEntry's icon size is 660 x 660 px: the phone "
                "shows it beside notifications.")
#: The Choose… button's help per image.
IMAGE_HELP = {"logo": LOGO_HELP, "banner": BANNER_HELP, "icon": ICON_HELP}


def image_help(role: str) -> str:
    """The Choose… button's help for ``role``, in the person's language ("" if none)."""
    help_ = IMAGE_HELP.get(role)
    return translate("designer", help_) if help_ else ""
#: Formats by what QImageReader calls them, and their MIME types.
_MIME = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg"}
_DATA_URL = re.compile(r"data:(image/(?:png|jpeg));base64,(.*)", re.IGNORECASE | re.DOTALL)


class ImageRefused(ValueError):
    """The file cannot be used; the message says why, for a person."""


@dataclass(frozen=True)
class ImageInfo:
    """What the form says about an image: its kind, size and any advice."""

    kind: str  # "PNG" / "JPEG" / "web image"
    width: int
    height: int
    size_bytes: int
    advice: str = ""

    def summary(self, role: str) -> str:
        if self.kind == "web image":
            return translate("designer", "A web image (not shown offline)")
        if role == "banner" and self.height:
            return translate("designer", "{kind}, {width} x {height} px, {size}, aspect {ratio}:1"
                             ).format(kind=self.kind, width=str(self.width),
                                      height=str(self.height),
                                      size=_kb(self.size_bytes),
                                      ratio=formats.decimal(self.width / self.height))
        return translate("designer", "{kind}, {width} x {height} px, {size}").format(
            kind=self.kind, width=str(self.width), height=str(self.height),
            size=_kb(self.size_bytes))


def _kb(size: int) -> str:
    if size >= 1024:
        return translate("designer", "{kb} KB").format(kb=str(round(size / 1024)))
    return translate("designer", "%Ln byte(s)", None, size)


def _advice(role: str, width: int, height: int) -> str:
    if role == "logo" and height < LOGO_PX[1]:
        return translate("designer", "Less than {height} px high (PassEntry's logo is {width} x "
                                     "{height} px): it may look blurred on a phone."
                         ).format(width=str(LOGO_PX[0]), height=str(LOGO_PX[1]))
    if role == "banner" and height and not 1.5 <= width / height <= 4.5:
        return translate("designer", "Banners are {width} x {height} px (1125 x 294 on an Apple "
                                     "event ticket); this one will be cropped."
                         ).format(width=str(BANNER_PX[0]), height=str(BANNER_PX[1]))
    if role == "icon" and height and abs(width / height - 1) > 0.1:
        return translate("designer", "Icons are square ({width} x {height} px); this one will "
                                     "be cropped or squeezed."
                         ).format(width=str(ICON_PX[0]), height=str(ICON_PX[1]))
    return ""


def _read(data: bytes) -> tuple[str, QImage]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if kind not in _MIME:
        raise ImageRefused(
            translate("designer", "Only PNG and JPEG images can be used; this file is {kind}."
                      ).format(kind=kind.upper()) if kind else
            translate("designer", "Only PNG and JPEG images can be used."))
    image = reader.read()
    if image.isNull():
        raise ImageRefused(translate("designer", "The image cannot be read: {reason}.").format(
            reason=reader.errorString()))
    return kind, image


def load_image_file(path: str | Path, role: str) -> tuple[str, ImageInfo]:
    """The data URL for the image at ``path`` and what to say about it; ImageRefused if unfit."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageRefused(translate(
                "designer", "{file} is {mb} MB; an image may be at most 1 MB. Save it smaller "
                            "or as JPEG.").format(file=path.name,
                                                  mb=formats.decimal(size / 1024 / 1024, 1)))
        data = path.read_bytes()
    except OSError as exc:
        raise ImageRefused(translate("designer", "{file} cannot be read: {reason}.").format(
            file=path.name, reason=exc.strerror or exc)) from exc
    kind, image = _read(data)
    mime = _MIME[kind]
    url = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    info = ImageInfo("PNG" if mime == "image/png" else "JPEG", image.width(), image.height(),
                     size, _advice(role, image.width(), image.height()))
    return url, info


def describe(url: str | None, role: str) -> tuple[ImageInfo | None, QImage | None]:
    """What the document's image is (for the form after an undo or on opening)."""
    if not url:
        return None, None
    if url.strip().lower().startswith(("http://", "https://")):
        return ImageInfo("web image", 0, 0, 0), None
    match = _DATA_URL.fullmatch(url.strip())
    if match is None:
        return None, None
    try:
        data = base64.b64decode(re.sub(r"\s+", "", match.group(2)), validate=True)
        kind, image = _read(data)
    except (binascii.Error, ValueError):
        return None, None
    return (ImageInfo("PNG" if _MIME[kind] == "image/png" else "JPEG", image.width(),
                      image.height(), len(data), _advice(role, image.width(), image.height())),
            image)
