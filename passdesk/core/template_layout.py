"""Slot geometry of the two previews (Apple-like and Google-like cards), in one place.

The Qt renderers draw from these boxes and the template checks measure text
against them, so "will this value be cut off?" has one answer. Sizes are
logical pixels. The numbers approximate the wallets' own layouts; they are
estimates, not a specification of either wallet.

Text width here is a headless estimate (``estimate_text_width``); the Qt
renderer passes a real measuring function to the checks instead.

The groups are the current template shape's: header, central, details and
back. Apple shows the details where Wallet has its secondary and auxiliary
rows (up to four fields a row), Google as a grid of three. As in Wallet,
Apple's detail fields share a row by what they show: each takes its
content's width (``natural_width``) and the room left over is shared out;
only when the row is too full does the widest give way (``share_row``).
Apple's event ticket shows one central field, and its value shrinks to fit
(down to ``min_value_size``) before it is cut.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from passdesk.core.template_doc import SlotField, shown_text

STYLES = ("apple", "google")

#: Card width per style (logical px).
CARD_WIDTH: dict[str, float] = {"apple": 320.0, "google": 330.0}
#: Space between the card edge and its content, each side.
CARD_PADDING: dict[str, float] = {"apple": 16.0, "google": 16.0}
#: Space between two boxes in a row.
FIELD_GAP = 8.0
#: Space inside a box, each side, that text may not use.
BOX_PADDING = 2.0
#: Share of the inner width the Apple header boxes may take (the logo has the rest).
APPLE_HEADER_SHARE = 0.45
#: Width the Google logo and its gap take from the title line.
GOOGLE_LOGO_SPACE = 48.0

#: (label size, value size) per style and group; Apple's central depends on the type.
_SIZES: dict[tuple[str, str], tuple[float, float]] = {
    ("apple", "header"): (10.0, 15.0),
    ("apple", "central"): (11.0, 24.0),
    ("apple", "details"): (11.0, 15.0),
    ("apple", "back"): (13.0, 15.0),
    ("google", "header"): (12.0, 14.0),
    ("google", "central"): (12.0, 24.0),
    ("google", "details"): (12.0, 14.0),
    ("google", "back"): (12.0, 14.0),
}
_APPLE_LOYALTY_CENTRAL = (12.0, 36.0)  # the big balance line over the strip
#: Apple's event ticket central value shrinks down to this size before it is cut.
APPLE_EVENT_PRIMARY_MIN = 14.0
#: Groups whose row widths come from their content (Apple only); header fields too,
#: right-aligned, so the logo text has the rest of the bar.
CONTENT_ROWS = ("details",)
CONTENT_GROUPS = ("header", *CONTENT_ROWS)
_GOOGLE_SECOND_PRIMARY = (12.0, 16.0)  # the subheader under the title line

Measure = Callable[[str, float], float]

#: Fields per row: Apple's details rows (secondary, auxiliary) hold 4, Google's grid 3.
_PER_ROW = {"apple": 4, "google": 3}


@dataclass(frozen=True)
class SlotBox:
    """Where one field of a group is drawn: its width and text sizes."""

    group: str
    index: int
    width: float
    label_size: float
    value_size: float
    #: Lines the value may take; None wraps freely (back fields).
    max_lines: int | None = 1
    #: The value may be drawn smaller, down to this size, rather than cut (None: never).
    min_value_size: float | None = None

    @property
    def text_width(self) -> float:
        """The width text may use: the box less its padding."""
        return max(0.0, self.width - 2 * BOX_PADDING)


def _check_style(style: str) -> None:
    if style not in STYLES:
        raise ValueError(f"{style!r} is not a preview style; the styles are apple and google")


def visible_groups(style: str, template_type: str) -> tuple[str, ...]:
    """The field groups the front of the card shows (back fields never show on the front).

    Google shows only the first header field, as the card title (see
    ``slot_boxes``). Every known type shows the same groups; where they
    differ is the banner (``banner_area``).
    """
    _check_style(style)
    return ("header", "central", "details")


def banner_area(style: str, template_type: str) -> str | None:
    """Where the banner image shows, or None when the style does not show it.

    "strip_behind_primary": Apple loyalty card, the strip with the central field on it.
    "strip": Apple event ticket, a strip below the header.
    "hero": Google, a wide image at the bottom of the card.
    """
    _check_style(style)
    if style == "google":
        return "hero"
    if template_type in ("loyalty", "storeCard"):
        return "strip_behind_primary"
    if template_type == "eventTicket":
        return "strip"
    return None


def _row(style: str, group: str, sizes: tuple[float, float], start: int, count: int,
         width: float) -> list[SlotBox]:
    each = (width - FIELD_GAP * (count - 1)) / count
    return [SlotBox(group, start + i, each, *sizes) for i in range(count)]


def detail_rows(count: int, most: int) -> list[tuple[int, int]]:
    """(start, stop) of each Apple details row for ``count`` fields.

    Wallet has two rows here (secondary, auxiliary); the current template
    shape has one "details" list and the docs do not say how PassEntry splits
    it. Up to three share one row; more are split evenly over two rows (the
    first takes the odd one), at most ``most`` a row. The split depends on the
    count only, so the card does not jump while sample values are typed.
    """
    if count <= 0:
        return []
    if count <= 3:
        return [(0, count)]
    first = min(most, -(-count // 2))
    rows = [(0, first)]
    for start in range(first, count, most):
        rows.append((start, min(count, start + most)))
    return rows


def share_row(natural: Sequence[float], width: float) -> list[float]:
    """Widths for fields of these content widths in a row ``width`` wide (gaps apart).

    Room to spare is shared out equally; a row too full gives every field
    at least an equal share, and the narrow ones keep their whole width.
    """
    count = len(natural)
    if count == 0:
        return []
    room = width - FIELD_GAP * (count - 1)
    if sum(natural) <= room:
        extra = (room - sum(natural)) / count
        return [w + extra for w in natural]
    out = [0.0] * count
    left = room
    order = sorted(range(count), key=lambda i: natural[i])
    for n, i in enumerate(order):
        fair = left / (count - n)
        out[i] = min(natural[i], fair)
        left -= out[i]
    return out


def natural_width(label: str | None, value: str | None, box: SlotBox,
                  measure: Measure) -> float:
    """The width a field needs to show its label and value whole (padding included)."""
    widest = max((measure(text, size) for text, size in ((label, box.label_size),
                                                         (value, box.value_size)) if text),
                 default=0.0)
    return widest + 2 * BOX_PADDING + 0.5  # half a pixel against rounding


def slot_boxes(style: str, template_type: str, group: str, count: int,
               natural: Sequence[float] | None = None) -> list[SlotBox]:
    """The boxes of the first ``count`` (non-empty) fields of a group, in order.

    A field the style does not show gets no box, so the list may be shorter
    than ``count`` (Google shows one header field, Apple three header fields
    and one central field on an event ticket, else two). Back fields (on the
    back of the card) get full-width boxes whose text wraps. ``natural``
    (the fields' ``natural_width``s) sizes Apple's details rows by content;
    without it they share each row equally.
    """
    _check_style(style)
    if count <= 0:
        return []
    inner = CARD_WIDTH[style] - 2 * CARD_PADDING[style]
    sizes = _SIZES.get((style, group))
    if sizes is None:
        raise ValueError(f"{group!r} is not a field group")
    if group == "back":
        return [SlotBox(group, i, inner, *sizes, max_lines=None) for i in range(count)]
    if style == "apple":
        if group == "header":
            shown = min(count, 3)
            room = inner * APPLE_HEADER_SHARE
            if natural is not None and len(natural) >= shown:
                wanted = list(natural[:shown])
                if sum(wanted) + FIELD_GAP * (shown - 1) > room:
                    wanted = share_row(wanted, room)
                return [SlotBox(group, i, w, *sizes) for i, w in enumerate(wanted)]
            return _row(style, group, sizes, 0, shown, room)
        if group == "central":
            if template_type == "eventTicket":
                return [SlotBox(group, 0, inner, *sizes,
                                min_value_size=APPLE_EVENT_PRIMARY_MIN)]
            if template_type in ("loyalty", "storeCard"):
                sizes = _APPLE_LOYALTY_CENTRAL
            return _row(style, group, sizes, 0, min(count, 2), inner)
        if group in CONTENT_ROWS and natural is not None and len(natural) >= count:
            boxes = []
            for start, stop in detail_rows(count, _PER_ROW[style]):
                widths = share_row(natural[start:stop], inner)
                boxes += [SlotBox(group, start + i, w, *sizes) for i, w in enumerate(widths)]
            return boxes
    else:
        if group == "header":
            return [SlotBox(group, 0, inner - GOOGLE_LOGO_SPACE, *sizes)]
        if group == "central":
            boxes = [SlotBox(group, 0, inner, *sizes)]
            if count > 1:
                boxes.append(SlotBox(group, 1, inner, *_GOOGLE_SECOND_PRIMARY))
            return boxes
    per_row = _PER_ROW[style]
    boxes = []
    for start in range(0, count, per_row):
        boxes += _row(style, group, sizes, start, min(per_row, count - start), inner)
    return boxes


def shown_texts(slot: SlotField, samples: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(label, value) a card shows for a slot: the sample, else the default, else the label."""
    sample = samples.get(slot.field_id) if slot.field_id else None
    label = shown_text(slot.label)
    return label, shown_text(sample) or shown_text(slot.default_value) or label


def group_boxes(style: str, kind: str, group: str, shown: list[SlotField],
                samples: Mapping[str, str], measure: Measure) -> list[SlotBox]:
    """The boxes of a group's shown slots, Apple's content rows sized by what they show."""
    natural = None
    if style == "apple" and group in CONTENT_GROUPS:
        plain = slot_boxes(style, kind, group, len(shown))
        natural = [natural_width(*shown_texts(shown[b.index], samples), b, measure)
                   for b in plain]
    return slot_boxes(style, kind, group, len(shown), natural)


# --- text width ---------------------------------------------------------------

#: Average advance per character class, in em.
CHAR_WIDTH_EM: dict[str, float] = {
    "narrow": 0.28, "wide": 0.85, "digit": 0.56, "upper": 0.66, "other": 0.52, "full": 1.0,
}
_NARROW = frozenset("il.,'|!:;`ijtfI[]() ")
_WIDE = frozenset("MWmw@%")


def _char_em(char: str) -> float:
    if char in _NARROW:
        return CHAR_WIDTH_EM["narrow"]
    if char in _WIDE:
        return CHAR_WIDTH_EM["wide"]
    if char.isascii():
        if char.isdigit():
            return CHAR_WIDTH_EM["digit"]
        if char.isupper():
            return CHAR_WIDTH_EM["upper"]
        return CHAR_WIDTH_EM["other"]
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0.0  # accents, zero-width joiners, variation selectors
    code = ord(char)
    if (unicodedata.east_asian_width(char) in ("W", "F") or code >= 0x1F000
            or 0x2600 <= code <= 0x27BF):
        return CHAR_WIDTH_EM["full"]  # CJK and emoji
    if char.isdigit():
        return CHAR_WIDTH_EM["digit"]
    if char.isupper():
        return CHAR_WIDTH_EM["upper"]
    return CHAR_WIDTH_EM["other"]


def estimate_text_width(text: str, size: float) -> float:
    """A headless estimate of how wide ``text`` is at font size ``size`` (px)."""
    return sum(_char_em(c) for c in text) * size



def chars_that_fit(text: str, size: float, width: float,
                   measure: Measure = estimate_text_width) -> int:
    """How many leading characters of ``text`` fit in ``width`` at ``size``."""
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits; widths grow with length
        mid = (low + high + 1) // 2
        if measure(text[:mid], size) <= width:
            low = mid
        else:
            high = mid - 1
    return low
