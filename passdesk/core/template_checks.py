"""What is wrong with a template document, before it goes to the API or a wallet.

``check`` returns findings: errors (the template will not work: a field
without an id, a duplicate id, a colour that is not a colour …) and warnings
(it works but reads badly: poor contrast, text that will be cut off …),
errors first, each group in document order.

A finding's ``where`` is the document key it is about (for ordering and
tests); its ``place`` and ``message`` are the words a person reads ("Header
field 1", "an event ticket template"), never API keys.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from passdesk.core.colour import contrast_ratio, format_colour, parse_colour
from passdesk.core.template_doc import (
    ATTRIBUTE_ORDER,
    BANNER_KEY,
    BARCODE_KEY,
    BARCODE_SOURCES,
    BARCODE_TYPES,
    ICON_KEY,
    LOGO_KEY,
    SLOT_GROUPS,
    TEMPLATE_TYPES,
    TRANSIT_TYPES,
    WATERMARK_COLOURS,
    WATERMARK_POSITIONS,
    SlotField,
    TemplateDoc,
)
from passdesk.core.template_layout import (
    STYLES,
    Measure,
    chars_that_fit,
    estimate_text_width,
    group_boxes,
    shown_texts,
    slot_boxes,
    visible_groups,
)
from passdesk.core.template_locale_checks import language_problems
from passdesk.core.texts import QT_TRANSLATE_NOOP, Text, translate

ERROR, WARNING = "error", "warning"

#: Groups that must hold at least one field, per known template type.
#: INFERRED: the vendor text does not say; every wallet card shows a central line.
REQUIRED_SLOTS: dict[str, tuple[str, ...]] = {
    "eventTicket": ("central",),
    "loyalty": ("central",),
    "generic": ("central",),
    "transit": ("central",),
}
#: The template-types guide: a transit pass needs two central fields (origin, destination).
TRANSIT_CENTRAL_FIELDS = 2

#: WCAG 2.x minimum contrast: normal text, and large or non-text content (labels).
TEXT_CONTRAST, LABEL_CONTRAST = 4.5, 3.0

FIELD_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Wallets fetch images over TLS only; the sandbox refuses plain http too.
_HTTPS_URL = re.compile(r"https://[^\s/?#]+\S*", re.IGNORECASE)
_DATA_URL = re.compile(r"data:image/(png|jpeg);base64,[A-Za-z0-9+/=\s]+")

_COLOUR_NAMES = {"background": QT_TRANSLATE_NOOP("designer", "background colour"),
                 "text": QT_TRANSLATE_NOOP("designer", "text colour"),
                 "label": QT_TRANSLATE_NOOP("designer", "label colour")}
_IMAGE_NAMES = {LOGO_KEY: QT_TRANSLATE_NOOP("designer", "logo"),
                BANNER_KEY: QT_TRANSLATE_NOOP("designer", "banner"),
                ICON_KEY: QT_TRANSLATE_NOOP("designer", "icon")}


#: What a person calls each template type, group and attribute.
#: (Plain English, for keys and lists; the messages say them with ``_said``.)
TYPE_WORDS = {"generic": QT_TRANSLATE_NOOP("designer", "generic"),
              "loyalty": QT_TRANSLATE_NOOP("designer", "loyalty card"),
              "eventTicket": QT_TRANSLATE_NOOP("designer", "event ticket"),
              "transit": QT_TRANSLATE_NOOP("designer", "transit")}
GROUP_WORDS = {"header": QT_TRANSLATE_NOOP("designer", "Header"),
               "central": QT_TRANSLATE_NOOP("designer", "Central"),
               "details": QT_TRANSLATE_NOOP("designer", "Details"),
               "back": QT_TRANSLATE_NOOP("designer", "Back")}
STYLE_WORDS = {"apple": "Apple Wallet", "google": "Google Wallet"}
BARCODE_WORDS = {"qr": QT_TRANSLATE_NOOP("designer", "QR code"), "pdf417": "PDF417",
                 "aztec": "Aztec", "code128": "Code 128"}
_PLACE_WORDS = {"name": QT_TRANSLATE_NOOP("designer", "Name"),
                "templateType": QT_TRANSLATE_NOOP("designer", "Type"),
                "transitType": QT_TRANSLATE_NOOP("designer", "Transit type"),
                "colors.background": QT_TRANSLATE_NOOP("designer", "Background colour"),
                "colors.label": QT_TRANSLATE_NOOP("designer", "Label colour"),
                "colors.text": QT_TRANSLATE_NOOP("designer", "Text colour"),
                f"images.{LOGO_KEY}": QT_TRANSLATE_NOOP("designer", "Logo"),
                f"images.{BANNER_KEY}": QT_TRANSLATE_NOOP("designer", "Banner"),
                f"images.{ICON_KEY}": QT_TRANSLATE_NOOP("designer", "Icon"),
                "images.watermark": QT_TRANSLATE_NOOP("designer", "Watermark"),
                "defaultLanguage": QT_TRANSLATE_NOOP("designer", "Default language"),
                BARCODE_KEY: QT_TRANSLATE_NOOP("designer", "Barcode"),
                "description": QT_TRANSLATE_NOOP("designer", "Description")}
#: Said the same in every language (names, code names).
_AS_THEY_ARE = {"Apple Wallet", "Google Wallet", "PDF417", "Aztec", "Code 128"}


def _said(words: str) -> str:
    """One of the words above, to be said in the person's language (a ``Text``)."""
    return words if words in _AS_THEY_ARE else Text("designer", words)


def _listed(words: Iterable[str]) -> str:
    """Words listed "a, b, c", each said in the person's language."""
    listed = [_said(w) for w in words]
    if not listed:
        return ""
    out = listed[0]
    for word in listed[1:]:
        out = translate("designer", "{list}, {item}", "a list's comma").format(list=out,
                                                                               item=word)
    return out
#: Above this width-to-height ratio Google's round logo crop cuts the logo visibly.
ROUND_CROP_RATIO = 1.25


@dataclass(frozen=True)
class Finding:
    level: str  # "error" | "warning"
    where: str  # the document key, e.g. "central.one", "colors.text", "templateType"
    message: str
    #: Where, in the user's words: "Header field 1", "Text colour" (from ``where``).
    place: str = field(default="", compare=False)


def type_words(kind: str | None) -> str:
    """The type in a sentence: "an event ticket template", "a store card template" …"""
    if kind == "generic":
        return translate("designer", "a generic template")
    if kind == "loyalty":
        return translate("designer", "a loyalty card template")
    if kind == "eventTicket":
        return translate("designer", "an event ticket template")
    if kind == "transit":
        return translate("designer", "a transit template")
    return translate("designer", "a {type} template").format(type=repr(kind))


def slot_words(group: str, index: int) -> str:
    """The n-th slot of a group as the designer names it: "Header field 1", "Details field 2"."""
    number = str(index + 1)
    if group == "header":
        return translate("designer", "Header field {number}").format(number=number)
    if group == "central":
        return translate("designer", "Central field {number}").format(number=number)
    if group == "details":
        return translate("designer", "Details field {number}").format(number=number)
    if group == "back":
        return translate("designer", "Back field {number}").format(number=number)
    return translate("designer", "{group} field {number}").format(group=group, number=number)


#: "Central fields": a whole group, as a finding names it.
GROUP_FIELDS = {"header": translate("designer", "Header fields"),
                "central": translate("designer", "Central fields"),
                "details": translate("designer", "Details fields"),
                "back": translate("designer", "Back fields")}
#: "at least one central field" per group (in a sentence).
_ONE_FIELD = {"header": translate("designer", "at least one header field"),
              "central": translate("designer", "at least one central field"),
              "details": translate("designer", "at least one details field"),
              "back": translate("designer", "at least one back field")}


def place_words(doc: TemplateDoc, where: str) -> str:
    """A finding's ``where`` in the user's words."""
    group, dot, slot = where.partition(".")
    if group in GROUP_WORDS:
        if not dot:
            return GROUP_FIELDS[group]
        names = [s.slot for s in doc.slots(group)]
        return slot_words(group, names.index(slot) if slot in names else 0)
    words = _PLACE_WORDS.get(where)
    return Text("designer", words) if words else where


def check(doc: TemplateDoc, samples: Mapping[str, str] | None = None, *,
          measure: Measure | None = None, languages: Iterable[str] = ()) -> list[Finding]:
    """Every finding about ``doc``: errors first, then warnings, each in document order.

    ``samples`` maps field ids to the values a typical pass carries (the
    preview's sample data); without one a field is measured by its default
    value, else its label. ``measure(text, size)`` gives a text's width in
    px; the default is a headless estimate. ``languages`` adds languages the
    designer lists that no field has yet (each field is then missing in it).
    """
    findings: list[Finding] = []
    findings += _name_and_type(doc)
    findings += _colours(doc)
    findings += _images_and_barcode(doc)
    findings += _slot_ids(doc)
    findings += _required(doc)
    findings += _not_shown(doc)
    findings += _truncation(doc, samples or {}, measure or estimate_text_width)
    findings += [Finding(ERROR if error else WARNING, where, message)
                 for error, where, message in language_problems(doc, languages)]
    order = _positions(doc)
    findings = [Finding(f.level, f.where, f.message, place_words(doc, f.where))
                for f in findings]
    return sorted(findings, key=lambda f: (f.level != ERROR, order(f.where)))


def _positions(doc: TemplateDoc):
    keys = list(doc.attributes())
    slot_index = {f"{s.group}.{s.slot}": n for n, s in enumerate(doc.iter_slots())}
    slot_index.update({g: n * 100 - 1 for n, g in enumerate(SLOT_GROUPS)})

    def attribute(key: str) -> int:
        if key in keys:
            return keys.index(key)
        if key in ATTRIBUTE_ORDER:
            return len(keys) + ATTRIBUTE_ORDER.index(key)
        return len(keys) + len(ATTRIBUTE_ORDER)

    def position(where: str) -> tuple[int, int]:
        key, _dot, _slot = where.partition(".")
        if key in GROUP_WORDS:  # a field group lives under "fields"
            return attribute("fields"), slot_index.get(where, slot_index.get(key, -1))
        return attribute(key), -1

    return position


def _name_and_type(doc: TemplateDoc) -> list[Finding]:
    out = []
    if doc.name is None or not doc.name.strip():
        out.append(Finding(ERROR, "name", translate("designer", "the template has no name")))
    kind = doc.template_type
    known = _listed(TYPE_WORDS[t] for t in TEMPLATE_TYPES)
    if kind is None or not kind.strip():
        out.append(Finding(WARNING, "templateType",
                           translate("designer", "no template type; the known types are "
                                                 "{known}").format(known=known)))
    elif kind not in TEMPLATE_TYPES:
        out.append(Finding(WARNING, "templateType",
                           translate("designer", "template type {type} is not one passdesk "
                                                 "knows ({known}); the previews may not match"
                                     ).format(type=repr(kind), known=known)))
    transit = doc.get("transitType")
    if kind == "transit" and transit not in TRANSIT_TYPES:
        known = ", ".join(TRANSIT_TYPES)
        if transit is None:
            said = translate("designer", "no transit type; a transit template needs one of "
                                         "{known}").format(known=known)
        else:
            said = translate("designer", "transit type {type}; a transit template needs one "
                                         "of {known}").format(type=repr(transit), known=known)
        out.append(Finding(ERROR, "transitType", said))
    return out


def _colours(doc: TemplateDoc) -> list[Finding]:
    out = []
    parsed = {}
    colours = doc.get("colors")
    colours = colours if isinstance(colours, Mapping) else {}
    for part, what in _COLOUR_NAMES.items():
        key = f"colors.{part}"
        raw = colours.get(part)
        if raw is None:
            continue
        if not isinstance(raw, str):
            out.append(Finding(ERROR, key, translate(
                "designer", "the {what} is {value}, not a colour; write #RGB, #RRGGBB or "
                            "rgb(r, g, b)").format(what=_said(what), value=repr(raw))))
            continue
        try:
            rgb = parse_colour(raw)
        except ValueError as exc:
            out.append(Finding(ERROR, key, translate("designer", "the {what} {problem}",
                                                     "{problem}: '#12' is not a colour…").format(
                what=_said(what), problem=exc.args[0] if exc.args else str(exc))))
            continue
        if rgb is not None:
            parsed[key] = rgb
    background = parsed.get("colors.background")
    if background is None:
        return out
    for part, minimum in (("text", TEXT_CONTRAST), ("label", LABEL_CONTRAST)):
        key = f"colors.{part}"
        colour = parsed.get(key)
        if colour is None:
            continue
        ratio = contrast_ratio(colour, background)
        if ratio < minimum:
            shown = f"{ratio:.1f}"
            if float(shown) >= minimum:  # never print "4.5:1" for 4.48
                shown = f"{ratio:.2f}"
            if part == "text":
                said = translate("designer", "text colour {colour} on background {background} "
                                             "has contrast {ratio}:1; WCAG asks for at least "
                                             "{minimum}:1")
            else:
                said = translate("designer", "label colour {colour} on background {background} "
                                             "has contrast {ratio}:1; WCAG asks for at least "
                                             "{minimum}:1")
            out.append(Finding(WARNING, key, said.format(
                colour=format_colour(colour), background=format_colour(background),
                ratio=shown, minimum=f"{minimum:g}")))
    return out


def _is_image(value: str) -> bool:
    return bool(_HTTPS_URL.fullmatch(value) or _DATA_URL.fullmatch(value))


def _images_and_barcode(doc: TemplateDoc) -> list[Finding]:
    out = []
    images = doc.get("images")
    images = images if isinstance(images, Mapping) else {}
    for part, what in _IMAGE_NAMES.items():
        key = f"images.{part}"
        raw = images.get(part)
        if raw is None:
            continue
        if not isinstance(raw, str) or not _is_image(raw):
            shown = _quote(raw) if isinstance(raw, str) else repr(raw)
            out.append(Finding(ERROR, key,
                               translate("designer", "the {what} {value} is not an https URL "
                                                     "or a PNG or JPEG image").format(
                                   what=_said(what), value=shown)))
        elif part == LOGO_KEY:
            size = image_size(raw)
            if size is not None and size[1] and size[0] / size[1] > ROUND_CROP_RATIO:
                out.append(Finding(WARNING, key,
                                   translate("designer", "Google shows the logo in a circle: a "
                                                         "wide logo is cut; use a square logo")))
    mark = images.get("watermark")
    if mark is not None and (not isinstance(mark, Mapping)
                             or mark.get("color") not in WATERMARK_COLOURS
                             or mark.get("position", "topLeft") not in WATERMARK_POSITIONS):
        out.append(Finding(ERROR, "images.watermark",
                           translate("designer", "the watermark is light or dark, at a corner "
                                                 "of the pass")))
    raw = doc.get(BARCODE_KEY)
    if isinstance(raw, Mapping) and raw and raw.get("enabled") is not False:
        kind, source = raw.get("type"), raw.get("source")
        if not isinstance(kind, str) or kind not in BARCODE_TYPES:
            known = _listed(BARCODE_WORDS.get(t, t) for t in BARCODE_TYPES)
            out.append(Finding(ERROR, BARCODE_KEY,
                               translate("designer", "barcode type {type} is not one of {known}"
                                         ).format(type=repr(kind), known=known)))
        if source is not None and source not in BARCODE_SOURCES:
            out.append(Finding(ERROR, BARCODE_KEY, translate(
                "designer", "the barcode holds {source}; it can hold the pass id (uuid), the "
                            "External ID (extId) or your own text (custom)").format(
                source=repr(source))))
        if source == "custom" and _blank(raw.get("value")):
            out.append(Finding(ERROR, BARCODE_KEY,
                               translate("designer", "the barcode holds your own text, but the "
                                                     "text is empty")))
    elif raw is not None and not isinstance(raw, Mapping):
        out.append(Finding(ERROR, BARCODE_KEY, translate(
            "designer", "the barcode is {value}, not a barcode object").format(value=repr(raw))))
    return out


@lru_cache(maxsize=8)
def image_size(url: str) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG data URL, read from its header; None if unknown."""
    match = _DATA_URL.fullmatch(url.strip())
    if match is None:
        return None
    try:
        data = base64.b64decode(re.sub(r"\s+", "", url.split(",", 1)[1]), validate=True)
    except (binascii.Error, ValueError):
        return None
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data[:2] == b"\xff\xd8":
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        length = struct.unpack(">H", data[at + 2:at + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return width, height
        at += 2 + length
    return None


def _quote(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit - 1] + "…")


def _where(slot: SlotField) -> str:
    return f"{slot.group}.{slot.slot}"


def _slot_place(doc: TemplateDoc, slot: SlotField) -> str:
    return place_words(doc, _where(slot))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _slot_ids(doc: TemplateDoc) -> list[Finding]:
    out = []
    by_id: dict[str, list[SlotField]] = defaultdict(list)
    slots = list(doc.iter_slots())
    for slot in slots:
        if _blank(slot.field_id):
            if not slot.empty:
                said = (translate("designer", "it has a label but no field id; passes cannot "
                                              "fill it") if not _blank(slot.label) else
                        translate("designer", "it has a default value but no field id; passes "
                                              "cannot fill it"))
                out.append(Finding(ERROR, _where(slot), said))
            continue
        field_id = slot.field_id.strip()
        by_id[field_id].append(slot)
        if not FIELD_ID.fullmatch(field_id):
            out.append(Finding(WARNING, _where(slot), translate(
                "designer", "field id {id} should use only letters, digits and _ and not start "
                            "with a digit").format(id=repr(field_id))))
    for field_id, users in by_id.items():
        if len(users) < 2:
            continue
        for slot in users:
            others = _listed(_slot_place(doc, s) for s in users if s is not slot)
            out.append(Finding(ERROR, _where(slot), translate(
                "designer", "field id {id} is used more than once (also {others})").format(
                id=repr(field_id), others=others)))
    return out


def _required(doc: TemplateDoc) -> list[Finding]:
    kind = doc.template_type
    out = []
    for group in REQUIRED_SLOTS.get(kind or "", ()):
        if not any(not _blank(s.field_id) for s in doc.slots(group)):
            out.append(Finding(ERROR, group, translate(
                "designer", "{type} needs {fields}", "a generic template needs at least one "
                                                     "central field").format(
                type=type_words(kind), fields=_ONE_FIELD[group])))
    filled = [s for s in doc.slots("central") if not _blank(s.field_id)]
    if kind == "transit" and 0 < len(filled) < TRANSIT_CENTRAL_FIELDS:
        out.append(Finding(WARNING, "central", translate(
            "designer", "a transit pass shows two central fields, where from and where to; add "
                        "the second")))
    return out


def _not_shown(doc: TemplateDoc) -> list[Finding]:
    """Fields a style leaves out (Apple shows one central field on an event ticket)."""
    kind = doc.template_type or "generic"
    out = []
    for group in ("header", "central"):
        shown = [s for s in doc.slots(group) if not s.empty]
        for style in STYLES:
            drawn = len(slot_boxes(style, kind, group, len(shown)))
            if style == "google" and group == "header":
                continue  # Google's single header line is its design, not a loss
            for slot in shown[drawn:]:
                if group == "central" and drawn == 1:
                    what = translate("designer", "one central field")
                elif group == "central":
                    what = translate("designer", "%n central field(s)", None, drawn)
                else:
                    what = translate("designer", "%n header field(s)", None, drawn)
                out.append(Finding(WARNING, _where(slot), translate(
                    "designer", "{wallet} shows {what} on {type}: this one is not drawn").format(
                    wallet=STYLE_WORDS[style], what=what, type=type_words(kind))))
    return out


def _truncation(doc: TemplateDoc, samples: Mapping[str, str], measure: Measure) -> list[Finding]:
    kind = doc.template_type or "generic"
    out = []
    for group in SLOT_GROUPS:
        shown = [s for s in doc.slots(group) if not s.empty]
        if not shown:
            continue
        for style in STYLES:
            if group not in visible_groups(style, kind):
                continue
            for box in group_boxes(style, kind, group, shown, samples, measure):
                if box.max_lines is None:
                    continue  # wrapping text is never cut off
                slot = shown[box.index]
                label, value = shown_texts(slot, samples)
                value_size = box.min_value_size or box.value_size  # shrinks before it is cut
                for what, text, size in (("value", value, value_size),
                                         ("label", label, box.label_size)):
                    if text is None or measure(text, size) <= box.text_width:
                        continue
                    fit = chars_that_fit(text, size, box.text_width, measure)
                    chars = len(text)
                    if what == "value":
                        said = translate("designer", "{wallet}: the value {text} will be cut "
                                                     "off; about {fit} of %n characters fit",
                                         None, chars)
                    else:
                        said = translate("designer", "{wallet}: the label {text} will be cut "
                                                     "off; about {fit} of %n characters fit",
                                         None, chars)
                    message = said.format(wallet=STYLE_WORDS[style], text=_quote(text),
                                          fit=str(fit))
                    out.append(Finding(WARNING, _where(slot), message))
    return out
