"""The pictures a preview draws, decoded once: logo, banner and barcode images.

A template's logo and banner are strings: ``data:image/png;base64,…`` and
``data:image/jpeg;base64,…`` URLs are decoded here; https URLs are never
fetched (previews work offline), so they come back as a placeholder naming
the host. Each distinct string is decoded once and kept in a small LRU, as
are the scaled copies and the barcodes, so re-rendering on every keystroke
costs drawing only.

An ``ImageCache`` may be shared between threads (an export in a worker);
a lock guards it.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage

from passdesk.core.texts import translate
from passdesk.design.barcode_image import render_barcode

_DATA_URL = re.compile(r"data:image/(png|jpeg|jpg);base64,(.*)", re.IGNORECASE | re.DOTALL)
_HTTP_URL = re.compile(r"https?://", re.IGNORECASE)

#: Decoded images beyond this many bytes are refused (a 4096x4096 ARGB image).
MAX_IMAGE_BYTES = 4096 * 4096 * 4


@dataclass(frozen=True)
class Picture:
    """A decoded image, or None with the words a placeholder shows instead."""

    image: QImage | None
    placeholder: str | None = None


@dataclass(frozen=True)
class Barcode:
    """A barcode image (whole device pixels per module), or None with a note."""

    image: QImage | None
    note: str | None = None


def decode_picture(source: str) -> Picture:
    """Decode a data URL; an http(s) URL or anything else gives a placeholder."""
    text = source.strip()
    if _HTTP_URL.match(text):
        host = urlsplit(text).hostname or translate("designer", "web image",
                                                    "a preview placeholder")
        return Picture(None, host)
    match = _DATA_URL.fullmatch(text)
    if match is None:
        return Picture(None, translate("designer", "not an image", "a preview placeholder"))
    try:
        data = base64.b64decode(re.sub(r"\s+", "", match.group(2)), validate=True)
    except (binascii.Error, ValueError):
        return Picture(None, translate("designer", "broken image", "a preview placeholder"))
    return decode_bytes(data)


def decode_bytes(data: bytes) -> Picture:
    """A picture from a file's bytes (PNG, JPEG, WebP), or a placeholder."""
    image = QImage()
    if not image.loadFromData(data) or image.isNull():
        return Picture(None, translate("designer", "broken image", "a preview placeholder"))
    if image.width() * image.height() * 4 > MAX_IMAGE_BYTES:
        return Picture(None, translate("designer", "image too large", "a preview placeholder"))
    return Picture(image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied))


def scale_image(image: QImage, width: int, height: int, *, cover: bool) -> QImage:
    """``image`` scaled smoothly to fit inside (or, with ``cover``, to fill and crop) w x h."""
    width, height = max(1, width), max(1, height)
    mode = (Qt.AspectRatioMode.KeepAspectRatioByExpanding if cover
            else Qt.AspectRatioMode.KeepAspectRatio)
    scaled = image.scaled(width, height, mode, Qt.TransformationMode.SmoothTransformation)
    if cover and (scaled.width() > width or scaled.height() > height):
        x = (scaled.width() - width) // 2
        y = (scaled.height() - height) // 2
        scaled = scaled.copy(QRect(x, y, width, height))
    return scaled


class ImageCache:
    """Decoded logos and banners, their scaled copies and barcodes, least recently used out."""

    def __init__(self, max_entries: int = 48) -> None:
        #: Bytes this computer keeps of a web image (an uploaded image asset), or None;
        #: set by the Designer so an asset's URL previews offline, never fetched.
        self.local_copy: Callable[[str], bytes | None] | None = None
        self._max = max(4, max_entries)
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.decodes = 0  # how many times a string was actually decoded (for tests)

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def _get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = make()  # outside the lock: decoding may take a few ms
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)
        return value

    def picture(self, source: str) -> Picture:
        """The decoded image of a logo or banner string (a placeholder for URLs)."""

        def make() -> Picture:
            self.decodes += 1
            kept = self.local_copy(source.strip()) if self.local_copy is not None \
                and _HTTP_URL.match(source.strip()) else None
            return decode_bytes(kept) if kept else decode_picture(source)

        return self._get(("picture", source), make)

    def scaled(self, source: str, width: int, height: int, *, cover: bool) -> QImage | None:
        """The picture scaled to device pixels (see ``scale_image``); None for a placeholder."""
        picture = self.picture(source)
        if picture.image is None:
            return None
        return self._get(("scaled", source, width, height, cover),
                         lambda: scale_image(picture.image, width, height, cover=cover))

    def barcode(self, barcode_type: str | None, value: str, size_px: int) -> Barcode:
        """The barcode from ``design.barcode_image``, about ``size_px`` device pixels wide."""

        def make() -> Barcode:
            render = render_barcode(barcode_type, value, size_px=size_px)
            return Barcode(render.image, render.note)

        return self._get(("barcode", barcode_type, value, size_px), make)


#: The cache ``paint_card`` uses when the caller passes none.
SHARED = ImageCache()
