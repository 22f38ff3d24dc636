"""The keys and choices of a pass template document (current shape, §2.10).

``template_doc`` re-exports them; the designer and the checks import them from there.
"""

from __future__ import annotations

from passdesk.core.template_shape import GROUPS, SLOT_KEYS

#: The field groups the designer edits, in the API's order.
SLOT_GROUPS = GROUPS

#: The usual slots of each group; a stored template may have more, and keeps them.
#: Central holds two (a transit template's origin and destination); details
#: is where Apple shows its secondary and auxiliary rows.
DEFAULT_SLOT_KEYS: dict[str, tuple[str, ...]] = {
    "header": SLOT_KEYS[:3],
    "central": SLOT_KEYS[:2],
    "details": SLOT_KEYS[:6],
    "back": SLOT_KEYS[:5],
}

TRANSIT_TYPES = ("airplane", "bus", "train", "ferry", "other")

#: The attribute keys of the vendor's create example (§5.3), in its order.
ATTRIBUTE_ORDER = ("name", "templateType", "transitType", "defaultLanguage", "centralTitle",
                   "notificationHeader", "description", "colors", "images", "fields",
                   "appLinking", "barcode", "locations", "beacons")

#: ``colors`` keys and ``images`` keys (banner, logo and icon are direct URLs:
#: https, or a ``data:image/png;base64,…`` URL as the designer makes from a file).
COLOUR_KEYS = ("background", "label", "text")
LOGO_KEY, BANNER_KEY, ICON_KEY = "logo", "banner", "icon"
IMAGE_KEYS = (BANNER_KEY, LOGO_KEY, ICON_KEY)
BARCODE_KEY = "barcode"
#: ``images.watermark`` values (§2.10).
WATERMARK_COLOURS = ("light", "dark")
WATERMARK_POSITIONS = ("topLeft", "topRight", "bottomLeft", "bottomRight")
BARCODE_SOURCES = ("uuid", "extId", "custom")

#: The keys of one slot object.
SLOT_VALUE_KEYS = ("id", "label", "defaultValue")

#: Envelopes a document can come in.
DOCUMENT, RESOURCE, ATTRIBUTES, BODY = "document", "resource", "attributes", "body"
