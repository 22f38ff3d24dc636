"""Image asset records (§2.17): an uploaded image, its size and watermark."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from passdesk.core.jsonobject import JsonObject, key, nested
from passdesk.core.records.resource import Resource


@dataclass(kw_only=True)
class ImageSize(JsonObject):
    width: int | None = key("width")
    height: int | None = key("height")


@dataclass(kw_only=True)
class Watermark(JsonObject):
    color: str | None = key("color")
    position: str | None = key("position")


@dataclass(kw_only=True)
class ImageAsset(Resource):
    """An uploaded image (§2.17), referenced by id in a pass's templateOverride."""

    TYPE: ClassVar[str] = "imageAsset"
    name: str | None = key("name")
    image_type: str | None = key("imageType")
    processing_status: str | None = key("processingStatus")
    size: ImageSize | None = key("size", codec=nested(ImageSize))
    entity_id: str | None = key("entityId")
    created_at: str | None = key("createdAt")
    url: str | None = key("url")
    watermark: Watermark | None = key("watermark", codec=nested(Watermark))
