"""Image assets (§12): upload an image once, then name it by id in a pass's
``templateOverride`` or in a batch CSV. The list example wraps each item as
``{"data": {...}}`` (§15.10); both that and plain items are accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from passdesk.api.groups import ResourceGroup
from passdesk.core.payloads import ImageAssetInput
from passdesk.core.records import ImageAsset


def unwrap_items(body: Any) -> Any:
    """A list body with each ``{"data": {...}}`` item replaced by its record."""
    if not isinstance(body, Mapping) or not isinstance(body.get("data"), list):
        return body
    items = [item["data"] if isinstance(item, Mapping) and set(item) == {"data"}
             and isinstance(item["data"], Mapping) else item for item in body["data"]]
    return {**body, "data": items}


class ImageAssets(ResourceGroup[ImageAsset]):
    KIND = ImageAsset
    PREFIX = "image_assets"
    NORMALIZE = unwrap_items

    def _list_params(self, image_type: str | None = None, entity_id: str | None = None,
                     **filters: Any) -> dict[str, Any]:
        super()._list_params(**filters)
        return {k: v for k, v in (("imageType", image_type), ("entityId", entity_id)) if v}

    def create(self, asset: ImageAssetInput) -> ImageAsset:
        return self._one(self._call("create", body=asset.to_body()))
