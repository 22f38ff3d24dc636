"""The template designer's images and barcode, as the sandbox accepts them.

INFERRED: the PassEntry reference shows no images or barcode on a template.
These names mirror a pass's ``passDesign`` (``logoImageUrl``,
``bannerImageUrl``) and its ``barcode`` object. An image is a string: an
``https://`` URL or a ``data:image/png;base64,...`` /
``data:image/jpeg;base64,...`` URL. The barcode is
``{"type": one of BARCODE_TYPES, "altText"?: str}``. This module is the one
place in the sandbox that names them.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any
from urllib.parse import urlsplit

# --- INFERRED ---------------------------------------------------------------
LOGO_KEY = "logoImageUrl"
BANNER_KEY = "bannerImageUrl"
BARCODE_KEY = "barcode"
IMAGE_KEYS = (LOGO_KEY, BANNER_KEY)
BARCODE_TYPES = ("qrCode", "pdf417", "aztec", "code128")
INFERRED_KEYS = (LOGO_KEY, BANNER_KEY, BARCODE_KEY)
# -----------------------------------------------------------------------------

_DATA_URL = re.compile(r"data:image/(png|jpeg);base64,(.*)", re.DOTALL)


def template_extras(given: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    """The inferred keys present (and not null) in ``given``, checked; problems appended."""
    out: dict[str, Any] = {}
    for key in IMAGE_KEYS:
        value = given.get(key)
        if value is None:
            continue
        problem = image_problem(key, value)
        if problem:
            problems.append(problem)
        else:
            out[key] = value
    barcode = given.get(BARCODE_KEY)
    if barcode is not None:
        found = barcode_problems(barcode)
        if found:
            problems.extend(found)
        else:
            out[BARCODE_KEY] = dict(barcode)
    return out


def image_problem(key: str, value: Any) -> str | None:
    """Why ``value`` is not an image URL, or None when it is one."""
    expected = "an https URL or a data:image/png;base64 or data:image/jpeg;base64 URL"
    if not isinstance(value, str):
        return f"{key} must be {expected}, not {_kind(value)}"
    if value.startswith("data:"):
        match = _DATA_URL.fullmatch(value)
        if not match:
            return f"{key} must be {expected}; only PNG and JPEG data URLs in base64 are accepted"
        payload = re.sub(r"\s+", "", match.group(2))
        try:
            if not payload or not base64.b64decode(payload, validate=True):
                return f"{key} is a data URL with no image data"
        except (binascii.Error, ValueError):
            return f"{key} is a data URL whose base64 image data is not valid"
        return None
    parts = urlsplit(value)
    if parts.scheme.lower() != "https" or not parts.netloc or any(c.isspace() for c in value):
        return f"{key} must be {expected}, not {value[:60]!r}"
    return None


def barcode_problems(value: Any) -> list[str]:
    shape = (f'{BARCODE_KEY} must be {{"type": {" | ".join(BARCODE_TYPES)}, '
             '"altText"?: text}')
    if not isinstance(value, dict):
        return [f"{shape}, not {_kind(value)}"]
    problems = []
    kind = value.get("type")
    if kind not in BARCODE_TYPES:
        problems.append(f"{BARCODE_KEY}.type must be one of {', '.join(BARCODE_TYPES)}, "
                        f"not {kind!r}")
    if "altText" in value and not isinstance(value["altText"], str):
        problems.append(f"{BARCODE_KEY}.altText must be text, not {_kind(value['altText'])}")
    return problems


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a string" if isinstance(value, str) else type(value).__name__
