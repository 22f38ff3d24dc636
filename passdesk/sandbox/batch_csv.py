"""The batch CSV columns (PASSENTRY-API.md §11.1, §11.2) turned into pass request parts.

Fixed columns: ext_id, group_tags (comma-separated), nfc_enabled, nfc_source,
nfc_custom_value, barcode_enabled, barcode_type, barcode_source,
barcode_value, barcode_display_text, expires_at; dynamic passfield_<field id>;
override_{banner,logo,thumbnail}_image_asset_id; updates add pass_id and
pass_action. The older guide's group_tag, barcode_qr_value and
barcode_qr_display_text are still read.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from passdesk.sandbox import decisions as d
from passdesk.sandbox.errors import bad_request

FIELD_PREFIX = "passfield_"
OVERRIDES = {"override_banner_image_asset_id": "bannerImage",
             "override_logo_image_asset_id": "logoImage",
             "override_thumbnail_image_asset_id": "thumbnailImage"}
_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no")


def read_rows(data: bytes, required: str) -> list[dict[str, str]]:
    """The CSV's rows as dicts; 400 if it is not UTF-8 CSV with the ``required`` column."""
    if len(data) > d.BATCH_MAX_CSV_BYTES:
        raise bad_request("The csv file must be at most 10 MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise bad_request("The csv file must be UTF-8") from None
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or required not in [f.strip() for f in reader.fieldnames]:
        raise bad_request(f"The csv file needs a header row with a {required} column")
    rows = [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader]
    if not rows:
        raise bad_request("The csv file has no rows")
    return rows


def _flag(row: dict[str, str], key: str) -> bool | None:
    value = row.get(key, "").lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if value:
        raise ValueError(f"{key} must be true or false (got {row[key]!r})")
    return None


def pass_object(row: dict[str, str]) -> dict[str, Any]:
    """The ``pass`` request object a row asks for (only the columns it fills)."""
    out: dict[str, Any] = {key[len(FIELD_PREFIX):]: value for key, value in row.items()
                           if key.startswith(FIELD_PREFIX) and value}
    nfc = _flag(row, "nfc_enabled")
    if nfc is not None:
        out["nfc"] = {"enabled": nfc, "source": row.get("nfc_source") or "uuid"}
        if row.get("nfc_custom_value"):
            out["nfc"][d.NFC_CUSTOM_VALUE_KEY] = row["nfc_custom_value"]
    barcode = _flag(row, "barcode_enabled")
    if barcode is not None:
        out["barcode"] = {"enabled": barcode, "type": row.get("barcode_type") or "qr",
                          "source": row.get("barcode_source") or "uuid",
                          "displayText": bool(_flag(row, "barcode_display_text"))}
        if row.get("barcode_value"):
            out["barcode"]["value"] = row["barcode_value"]
    elif row.get("barcode_qr_value"):  # the older guide's columns
        out["qr"] = {"value": row["barcode_qr_value"],
                     "displayText": bool(_flag(row, "barcode_qr_display_text"))}
    overrides = {name: {"imageAssetId": row[col]} for col, name in OVERRIDES.items()
                 if row.get(col)}
    if overrides:
        out["templateOverride"] = overrides
    return out


def group_tags(row: dict[str, str]) -> list[str] | None:
    if row.get("group_tags"):
        return [t.strip() for t in row["group_tags"].split(",") if t.strip()]
    if row.get("group_tag"):  # deprecated column
        return [row["group_tag"]]
    return None
