"""Image asset bodies: POST /image-assets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from passdesk.core.payloads.body_values import drop_none


@dataclass
class ImageAssetInput:
    """POST /image-assets: ``image`` is a public URL or base64 (PNG, JPG, WebP)."""

    image_type: str  # banner | logo | thumbnail
    image: str = field(repr=False)
    name: str | None = None
    entity_id: str | None = None
    watermark: dict[str, str] | None = None  # {color: light|dark, position}

    def to_body(self) -> dict[str, Any]:
        return {"imageAsset": drop_none((
            ("imageType", self.image_type), ("image", self.image), ("name", self.name),
            ("entityId", self.entity_id), ("watermark", self.watermark)))}
