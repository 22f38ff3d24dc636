"""Images as assets (PASSENTRY-API.md §12): upload a file, wait until PassEntry has
processed it, list the account's images by type, and keep a copy of each picture here.

A file is read and judged before anything is sent: PNG, JPG and WebP only
(by content, not name), its size known, so advice (``core.image_sizes``) is
given before the upload. The upload goes as base64; the asset answers
``pending`` and is polled until its ``processingStatus`` is anything else.

PassEntry serves an asset from its CDN URL; previews never fetch (they work
offline), so the bytes of each uploaded picture are kept in a folder beside
the database (``LocalCopies``), named by the asset's URL. Asset lists come
wrapped either way (§15.10): the client unwraps them.

Words for people: every failure raises ``ImageProblem`` (or the client's
typed errors, whose messages are already words); ``WatermarkRequired`` says
the organisation wants a watermark on banners (a 422 that names it).
"""

from __future__ import annotations

import base64
import hashlib
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from passdesk.api import PassEntryClient, UnprocessableError
from passdesk.core import image_header, image_sizes
from passdesk.core.payloads import ImageAssetInput
from passdesk.core.records import ImageAsset
from passdesk.core.texts import translate
from passdesk.files import write_bytes_atomically

PENDING = "pending"
#: Formats PassEntry takes (§2.17), by what Pillow calls them: (words, extension).
FORMATS = {"PNG": ("PNG", "png"), "JPEG": ("JPG", "jpg"), "WEBP": ("WebP", "webp")}
#: The doc gives no limit; base64 in a JSON body grows by a third, so keep it sane.
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
#: How often and how long to ask whether an asset is processed.
POLL_SECONDS = 0.5
WAIT_SECONDS = 60.0
WATERMARK_COLOURS = ("light", "dark")
WATERMARK_POSITIONS = ("topLeft", "topRight", "bottomLeft", "bottomRight")


class ImageProblem(ValueError):
    """The image cannot be used or uploaded; the message says why, for a person."""


class WatermarkRequired(ImageProblem):
    """PassEntry wants a watermark (colour and position) on this organisation's banners."""


WATERMARK_WORDS = translate("designer", "Your organisation requires a watermark on banners: "
                                        "pick its colour and position, then upload again.")


@dataclass(frozen=True)
class ImageFile:
    """A picture read from disk, checked, ready to upload."""

    name: str
    data: bytes
    kind: str  # PNG / JPG / WebP
    extension: str
    width: int
    height: int

    def advice(self, role: str, template_type: str | None = None) -> str:
        return image_sizes.advice(role, self.width, self.height, template_type)

    def base64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")


def read_image(path: str | Path) -> ImageFile:
    """The picture at ``path``, or ImageProblem in words (not an image, GIF, unreadable)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_UPLOAD_BYTES:
            raise ImageProblem(translate("designer", "{file} is {size} MB; an image may be at "
                                                     "most {most} MB.").format(
                file=path.name, size=f"{size / 1024 / 1024:.1f}",
                most=str(MAX_UPLOAD_BYTES // 1024 // 1024)))
        data = path.read_bytes()
    except OSError as exc:
        raise ImageProblem(translate("designer", "{file} cannot be read: {reason}.").format(
            file=path.name, reason=str(exc.strerror or exc))) from exc
    return check_image(data, path.name)


def check_image(data: bytes, name: str | None = None) -> ImageFile:
    shown = translate("designer", "The file") if name is None else name
    header = image_header.sniff(data)
    if header is None or not header.complete:
        raise ImageProblem(translate("designer", "{file} is not a picture PassEntry can take: "
                                                 "use a PNG, JPG or WebP image.").format(
            file=shown) if header is None else
            translate("designer", "{file} is cut short or damaged: save it again and retry."
                      ).format(file=shown))
    kind, width, height = header.kind, header.width, header.height
    if kind not in FORMATS:
        raise ImageProblem(translate("designer", "{file} is a {kind} image; PassEntry takes "
                                                 "PNG, JPG or WebP only. Save it as PNG and try "
                                                 "again.").format(file=shown, kind=kind))
    name = "The file" if name is None else name
    words, extension = FORMATS[kind]
    return ImageFile(Path(name).stem or "image", data, words, extension, width, height)


class LocalCopies:
    """Bytes of pictures by their asset URL, in one folder (so previews work offline)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def _path(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode()).hexdigest()[:40]
        return self.folder / f"{digest}.img"

    def keep(self, url: str, data: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(self._path(url), data)

    def get(self, url: str | None) -> bytes | None:
        if not url:
            return None
        try:
            return self._path(url).read_bytes()
        except OSError:
            return None


def upload(client: PassEntryClient, image: ImageFile, image_type: str, *,
           name: str | None = None, watermark: dict[str, str] | None = None,
           copies: LocalCopies | None = None) -> ImageAsset:
    """POST the picture as base64; the asset as PassEntry answers (usually pending).

    WatermarkRequired when the organisation wants a watermark on this banner.
    """
    if image_type not in image_sizes.ASSET_TYPES:
        raise ImageProblem(translate("designer", "PassEntry keeps no {type} images (only "
                                                 "banners, logos and thumbnails).").format(
            type=image_type))
    try:
        asset = client.image_assets.create(ImageAssetInput(
            image_type=image_type, image=image.base64(), name=name or image.name,
            watermark=watermark))
    except UnprocessableError as exc:
        if watermark is None and "watermark" in (exc.detail or exc.message).lower():
            raise WatermarkRequired(WATERMARK_WORDS) from exc
        raise
    if copies is not None and asset.url:
        copies.keep(asset.url, image.data)
    return asset


def wait_ready(client: PassEntryClient, asset_id: str, *, poll: float = POLL_SECONDS,
               timeout: float = WAIT_SECONDS,
               stop: threading.Event | None = None) -> ImageAsset:
    """Ask until the asset is no longer ``pending``; the last answer if time ran out
    or ``stop`` was set (the window asking was closed)."""
    deadline = time.monotonic() + timeout
    stop = stop or threading.Event()
    while True:
        asset = client.image_assets.get(asset_id)
        if asset.processing_status != PENDING or time.monotonic() >= deadline:
            return asset
        if stop.wait(poll):
            return asset


def list_assets(client: PassEntryClient, image_type: str | None = None, *,
                limit: int = 500) -> list[ImageAsset]:
    """The account's images of a type, newest first (at most ``limit``)."""
    found: list[ImageAsset] = []
    for asset in client.image_assets.iter(per_page=100, image_type=image_type):
        found.append(asset)
        if len(found) >= limit:
            break
    return sorted(found, key=lambda a: a.created_at or "", reverse=True)


def status_words(asset: ImageAsset) -> str:
    status = asset.processing_status
    if status == PENDING:
        return "Processing…"
    if status in (None, "ready", "processed", "completed", "complete", "successful"):
        return "Ready"
    return status[:1].upper() + status[1:]


def is_ready(asset: ImageAsset) -> bool:
    return asset.processing_status != PENDING and status_words(asset) == "Ready"
