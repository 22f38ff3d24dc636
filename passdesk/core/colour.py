"""Template colours: parse the forms the API and designers write, and judge contrast.

A template stores its colours as text (``"#EFEFEF"`` in the vendor example;
``"rgb(239, 239, 239)"`` in Apple's pass.json). The template document keeps
that text untouched; this module only reads it.
"""

from __future__ import annotations

import re

from passdesk.core.texts import translate

RGB = tuple[int, int, int]

_HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})", re.IGNORECASE)
_FUNC = re.compile(r"rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)", re.IGNORECASE)


def parse_colour(text: str | None) -> RGB | None:
    """``"#RGB"``, ``"#RRGGBB"`` or ``"rgb(r, g, b)"`` as (r, g, b); None for None or blank.

    Raises ValueError, with the text quoted, for anything else.
    """
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValueError(translate("designer", "a colour is text such as \"#1A2B3C\", not "
                                               "{kind}").format(kind=type(text).__name__))
    stripped = text.strip()
    if not stripped:
        return None
    match = _HEX.fullmatch(stripped)
    if match:
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    match = _FUNC.fullmatch(stripped)
    if match:
        r, g, b = (int(v) for v in match.groups())
        if max(r, g, b) > 255:
            raise ValueError(translate("designer", "{value} is not a colour: each of r, g, b "
                                                   "must be 0 to 255").format(value=repr(text)))
        return r, g, b
    raise ValueError(translate("designer", "{value} is not a colour; write #RGB, #RRGGBB or "
                                           "rgb(r, g, b)").format(value=repr(text)))


def format_colour(rgb: RGB) -> str:
    """``"#RRGGBB"``, upper case."""
    r, g, b = rgb
    for v in (r, g, b):
        if not 0 <= v <= 255:
            raise ValueError(translate("designer", "colour component {value} is outside 0 to 255"
                                       ).format(value=str(v)))
    return f"#{r:02X}{g:02X}{b:02X}"


def _linear(component: int) -> float:
    c = component / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: RGB) -> float:
    """WCAG 2.x relative luminance: 0.0 for black, 1.0 for white."""
    r, g, b = rgb
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG 2.x contrast ratio, 1.0 (same) to 21.0 (black on white); order does not matter."""
    la, lb = relative_luminance(a), relative_luminance(b)
    lighter, darker = max(la, lb), min(la, lb)
    return (lighter + 0.05) / (darker + 0.05)
