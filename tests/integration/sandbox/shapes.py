"""Compare an answer with a PASSENTRY-API.md example: same keys and JSON types at every level.

Values are ignored. Rules, all from the document:

- every key of the example is in the answer, with the same JSON type;
- an answer may carry more attributes than a (trimmed) example only where the
  record's section documents them (``DOCUMENTED`` below, per record type and
  per nested object), so an undocumented key fails;
- ``null`` in the example matches anything; an answer may be ``null`` where
  the document calls the attribute optional or nullable (``NULLABLE``);
- schema placeholders: ``"<array>"`` means a list, ``"<string>"`` a string;
- ``passContent`` maps template field ids to values: only its type counts;
- a ``barcode`` may be ``{}`` (no barcode, §15.2) where an example shows one;
- a list's items each match the example's first item (of the same ``type``
  for mixed ``included`` lists).
"""

from __future__ import annotations

from typing import Any

SLOT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
PASS_ATTRIBUTES = {  # §2.1
    "downloadUrl", "passType", "deviceType", "createdAt", "status", "extId", "groupTag",
    "groupTags", "addedAt", "removedAt", "deactivatedAt", "nullifiedAt", "expiresAt",
    "passTemplateUuid", "passTemplateName", "nfc", "barcode", "latestMessage", "passContent",
    "passDesign", "locations", "beacons", "passSource", "enhancedEventData",
}
TEMPLATE_ATTRIBUTES = {  # §2.10
    "name", "templateType", "transitType", "defaultLanguage", "centralTitle",
    "notificationHeader", "description", "colors", "images", "fields", "appLinking", "barcode",
    "locations", "beacons",
}
DEPRECATED_TEMPLATE_ATTRIBUTES = {  # §2.11
    "backgroundColor", "name", "description", "labelColor", "textColor", "templateType",
    "header", "primary", "secondary", "auxiliary", "backFields",
}
READER_ATTRIBUTES = {  # §2.12
    "name", "readerType", "loggedIn", "qrEnabled", "mifareClassicNfcEnabled", "scanEnabled",
    "redeemEnabled", "addPointsEnabled", "ndefTagScanningEnabled", "lastSeenAt",
}
SCAN_ATTRIBUTES = {"scanType", "scanValue", "validationType", "status", "statusDetail",
                   "scannedAt"}  # §2.14
BATCH_ATTRIBUTES = {  # §2.16, with the decided names of §15.27
    "name", "status", "tag", "content", "scheduledAt", "errorsCsvUrl", "totalCount",
    "progress", "passTemplateName", "passTemplateNameId", "completedAt", "resultsCsvUrl",
    "deliveryCsvUrl",
}
DOCUMENTED: dict[str, set[str]] = {
    "pass": PASS_ATTRIBUTES,
    "passTemplate": TEMPLATE_ATTRIBUTES | DEPRECATED_TEMPLATE_ATTRIBUTES,
    "reader": READER_ATTRIBUTES,
    "scan": SCAN_ATTRIBUTES,
    "walletMessaging": BATCH_ATTRIBUTES, "passCreation": BATCH_ATTRIBUTES,
    "passUpdate": BATCH_ATTRIBUTES,
    # Nested objects, by their key.
    "barcode": {"enabled", "type", "source", "value", "displayText"},
    "images": {"banner", "logo", "icon", "watermark"},
    "venue": {"name", "region", "location", "contactPhoneNumber", "contactEmailAddress",
              "websiteUrl"},
    "fields": {"header", "central", "details", "back"},
    "validationResponse": {"status", "statusDetail", "readerInstructions", "loyalty"},
    "scanInfo": {"scanId", "scanType", "scanValue", "validationType", "status",
                 "statusDetail", "scannedAt", "passId", "passExtId", "readerId"},
    "validationConfiguration": {"validationType", "validityPeriod", "url"},
    # §2.11: "every group lists all its slots" (the example is trimmed to one each).
    "header": {"header_one", "header_two", "header_three", *SLOT_WORDS},
    "primary": {"primary_one", "primary_two"},
    "secondary": {"secOne", "secTwo", "secThree"},
    "auxiliary": {"auxOne", "auxTwo", "auxThree"},
    "backFields": {"backOne", "backTwo", "backThree", "backFour", "backFive"},
    # §2.10: each current group "maps one, two, three, ... to {id, label, defaultValue}".
    "central": set(SLOT_WORDS), "details": set(SLOT_WORDS), "back": set(SLOT_WORDS),
}
#: Documents whose lists add the usual meta/links envelope (§1.4, §15.16).
ENVELOPE = {"meta", "links"}
NULLABLE = {"deviceType", "groupTag", "addedAt", "removedAt", "deactivatedAt", "nullifiedAt",
            "expiresAt", "latestMessage", "nfc", "tag", "statusDetail", "errorsCsvUrl",
            "lastSeenAt", "passId", "passExtId", "first", "prev", "next", "last", "watermark",
            "thumbnailImageUrl", "artworkImageUrl", "secondaryLogoImageUrl",
            "venueMapImageUrl", "bannerImageUrl", "logoImageUrl",
            "defaultValue", "default_value", "id", "label"}  # unused template slots: null
MAPS = {"passContent", "localisation"}
#: Objects the document shows empty when there is nothing (§2.3, §15.2: no barcode is {}).
EMPTY_OK = {"barcode"}


class ShapeError(AssertionError):
    pass


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def assert_shape(example: Any, answer: Any, *, extra_ok: frozenset[str] = frozenset(),
                 where: str = "$", key: str = "") -> None:
    """Raise ShapeError naming the first place where ``answer`` departs from ``example``."""
    if example is None:
        return
    if example == "<array>":
        example = []
    if answer is None and key in NULLABLE:
        return
    if _kind(example) != _kind(answer):
        raise ShapeError(f"{where}: the doc has {_kind(example)}, the answer {_kind(answer)}")
    if isinstance(example, list):
        if example and answer:
            _items(example, answer, extra_ok, where)
        return
    if not isinstance(example, dict) or key in MAPS or (key in EMPTY_OK and answer == {}):
        return
    missing = [k for k in example if k not in answer]
    if missing:
        raise ShapeError(f"{where}: missing {', '.join(missing)}")
    extra = set(answer) - set(example) - extra_ok
    if extra:
        allowed = _allowed(key, answer, where)
        if not extra <= allowed:
            raise ShapeError(f"{where}: undocumented {', '.join(sorted(extra - allowed))}")
    for k, v in example.items():
        assert_shape(v, answer[k], extra_ok=extra_ok, where=f"{where}.{k}", key=k)


def _allowed(key: str, answer: dict, where: str) -> set[str]:
    if key == "attributes":
        record_type = _TYPES.get(where.rsplit(".", 1)[0], "")
        return DOCUMENTED.get(record_type, set())
    if where == "$":
        return ENVELOPE
    return DOCUMENTED.get(key, set())


#: where -> the record type found there (filled while walking).
_TYPES: dict[str, str] = {}


def _items(example: list, answer: list, extra_ok: frozenset[str], where: str) -> None:
    by_type = {e.get("type"): e for e in example if isinstance(e, dict)}
    for n, item in enumerate(answer):
        model = by_type.get(item.get("type"), example[0]) if isinstance(item, dict) \
            else example[0]
        assert_shape(model, item, extra_ok=extra_ok, where=f"{where}[{n}]")


def check(example: Any, answer: Any, *, extra_ok: frozenset[str] = frozenset()) -> None:
    """``assert_shape`` with record types known per place (for the attribute lists)."""
    _TYPES.clear()
    _collect_types(answer, "$")
    assert_shape(example, answer, extra_ok=extra_ok)


def _collect_types(value: Any, where: str) -> None:
    if isinstance(value, dict):
        if isinstance(value.get("type"), str):
            _TYPES[where] = value["type"]
        for k, v in value.items():
            _collect_types(v, f"{where}.{k}")
    elif isinstance(value, list):
        for n, v in enumerate(value):
            _collect_types(v, f"{where}[{n}]")
