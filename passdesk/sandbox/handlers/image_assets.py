"""Image assets (PASSENTRY-API.md §12): create (pending, then ready), list, show.

Base64 uploads are checked as the guide says PassEntry does ("validated on
upload"): PNG, JPG or WebP only, and the asset's ``size`` is the picture's
own. URL uploads cannot be fetched here; they get the documented size.

The organisation's switches (``state.organisation``): ``watermarkRequired``
(§2.17: a banner upload then needs a ``watermark``) and ``templateOverride``
(§2.9: per-pass designs, 403 when off). ``GET``/``POST /_sandbox/organisation``
reads and sets them, as PassEntry would for an account.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from passdesk.core import image_header
from passdesk.sandbox import decisions as d
from passdesk.sandbox.bodies import wrapped_object
from passdesk.sandbox.clock import iso_utc
from passdesk.sandbox.errors import bad_request, not_found, unprocessable
from passdesk.sandbox.pagination import paginate
from passdesk.sandbox.rows import StoredImageAsset
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.template_input import WATERMARK_COLORS, WATERMARK_POSITIONS
from passdesk.sandbox.views import document, resource

IMAGE_TYPES = ("banner", "logo", "thumbnail")
#: Sizes the design guide gives (thumbnail: the icon's square).
SIZES = {"banner": (1125, 432), "logo": (480, 150), "thumbnail": (660, 660)}


def _ready(asset: StoredImageAsset) -> StoredImageAsset:
    """Each look spends a poll; then the asset is processed."""
    if asset.attributes["processingStatus"] == "pending":
        if asset.polls_until_ready <= 0:
            asset.attributes["processingStatus"] = "ready"
        asset.polls_until_ready -= 1
    return asset


def asset_resource(asset: StoredImageAsset) -> dict[str, Any]:
    return resource(asset.id, "imageAsset", asset.attributes)


def _image_problem(image: Any) -> tuple[str | None, tuple[int, int] | None, str]:
    """(problem, the picture's size when it came as data, its file extension)."""
    if not isinstance(image, str) or not image.strip():
        return "image is required: a public https URL or base64 image data", None, "png"
    if image.startswith("https://"):
        return None, None, "png"
    if image.startswith("http://"):
        return "image must be an https URL", None, "png"
    data = image.split(",", 1)[1] if image.startswith("data:") else image
    data = data.strip().replace("+", "-").replace("/", "_")  # URL-safe or not, both read
    try:
        raw = base64.b64decode(data + "=" * (-len(data) % 4), altchars=b"-_", validate=False)
    except (binascii.Error, ValueError):
        return "image is neither an https URL nor base64 image data", None, "png"
    header = image_header.sniff(raw)
    if header is None or not header.complete:
        return "image could not be read as a PNG, JPG or WebP picture", None, "png"
    kind, size = header.kind, (header.width, header.height)
    if kind not in d.IMAGE_ASSET_FORMATS:
        return (f"image must be PNG, JPG or WebP (this one is {kind or 'unknown'})", None,
                "png")
    return None, size, d.IMAGE_ASSET_FORMATS[kind]


def organisation_of(state: SandboxState) -> dict[str, bool]:
    """The account's switches; set by ``/_sandbox/organisation`` (reset with the state)."""
    switches = getattr(state, "organisation", None)
    if switches is None:
        switches = state.organisation = dict(d.ORGANISATION_DEFAULTS)
    return switches


async def create_asset(request: Request) -> Response:
    given, _body = await wrapped_object(request, "imageAsset")
    problems = []
    kind = given.get("imageType")
    if kind not in IMAGE_TYPES:
        problems.append(f"imageType must be one of {', '.join(IMAGE_TYPES)} (got {kind!r})")
    problem, picture_size, extension = _image_problem(given.get("image"))
    if problem:
        problems.append(problem)
    watermark = given.get("watermark")
    state = state_of(request)
    with state.lock:
        required = organisation_of(state)["watermarkRequired"]
    if kind == "banner" and watermark is None and required:
        problems.append(d.WATERMARK_REQUIRED_WORDS)
    if watermark is not None and (not isinstance(watermark, dict)
                                  or watermark.get("color") not in WATERMARK_COLORS
                                  or watermark.get("position") not in WATERMARK_POSITIONS):
        problems.append("watermark must be {color: light|dark, position: topLeft|topRight|"
                        "bottomLeft|bottomRight}")
    if given.get("name") is not None and not isinstance(given["name"], str):
        problems.append("name must be a string")
    if problems:
        raise unprocessable(*problems)
    with state.lock:
        entity_id = given.get("entityId") or state.default_entity_id
        if entity_id not in state.entities:
            raise unprocessable(f"entityId {entity_id!r} is not an entity of this organisation")
        digest = hashlib.sha1(f"{len(state.image_assets)}:{given['image']}".encode(),
                              usedforsecurity=False).hexdigest()[:25]
        width, height = picture_size or SIZES[kind]
        asset = StoredImageAsset(digest, {
            "name": given.get("name") or f"{kind.title()} {len(state.image_assets) + 1}",
            "imageType": kind, "processingStatus": "pending",
            "size": {"width": width, "height": height}, "entityId": entity_id,
            "createdAt": iso_utc(state.now()),
            "url": f"{d.IMAGE_ASSET_CDN}/{digest}.{extension}",
            "watermark": dict(watermark) if watermark else None,
        })
        state.image_assets[asset.id] = asset
        return document(asset_resource(asset), status=d.IMAGE_ASSET_CREATE_STATUS)


def _filtered(state: SandboxState, request: Request) -> list[StoredImageAsset]:
    kind, entity_id = request.query_params.get("imageType"), request.query_params.get("entityId")
    return [a for a in state.image_assets.values()
            if (not kind or a.attributes["imageType"] == kind)
            and (not entity_id or a.attributes["entityId"] == entity_id)]


async def list_assets(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        page, meta, links = paginate(request, _filtered(state, request),
                                     d.IMAGE_ASSET_DEFAULT_PER_PAGE)
        items = [asset_resource(_ready(a)) for a in page]
        if d.IMAGE_ASSET_LIST_WRAPPED:
            items = [{"data": item} for item in items]
        return document(items, meta=meta, links=links)


async def get_asset(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        asset = state.image_assets.get(request.path_params["id"])
        if asset is None:
            raise not_found("Image asset")
        return document(asset_resource(_ready(asset)))


async def get_organisation(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        return JSONResponse(dict(organisation_of(state)))


async def set_organisation(request: Request) -> Response:
    """``POST /_sandbox/organisation {"watermarkRequired": true, "templateOverride": false}``."""
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError:
        raise bad_request("The request body is not valid JSON") from None
    if not isinstance(body, dict) or not all(
            k in d.ORGANISATION_DEFAULTS and isinstance(v, bool) for k, v in body.items()):
        raise unprocessable("Send switches as true/false: "
                            + ", ".join(sorted(d.ORGANISATION_DEFAULTS)))
    state = state_of(request)
    with state.lock:
        switches = organisation_of(state)
        switches.update(body)
        return JSONResponse(dict(switches))


#: Sandbox control routes (outside the API prefix, behind the same key).
CONTROL_ROUTES = [
    Route("/_sandbox/organisation", get_organisation, methods=["GET"]),
    Route("/_sandbox/organisation", set_organisation, methods=["POST"]),
]

HANDLERS = {
    "image_assets.create": create_asset,
    "image_assets.list": list_assets,
    "image_assets.get": get_asset,
}
