"""Changes to a stored pass shared by the pass, loyalty, scan and batch handlers.

Callers hold the state lock.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import Any

from passdesk.sandbox import decisions as d
from passdesk.sandbox.clock import iso_utc
from passdesk.sandbox.pass_input import UNSET, PassObject, field_value
from passdesk.sandbox.rows import StoredPass, StoredTemplate

DELIVERED = {"status": "delivered", "message": "Delivered succesfully"}  # sic, as the API
NOT_DELIVERED = {"status": "notDelivered", "message": "Pass has not been added to the wallet"}
NULLIFIED_DESIGN = {"backgroundColor": "#9E9E9E", "labelColor": "#FFFFFF", "textColor": "#FFFFFF",
                    "bannerImageUrl": None, "logoImageUrl": None, "thumbnailImageUrl": None,
                    "artworkImageUrl": None, "secondaryLogoImageUrl": None,
                    "venueMapImageUrl": None}
_PLACEHOLDER = re.compile(r"%\{passData\.([A-Za-z0-9_]+)\}")


#: templateOverride image -> the passDesign URL it replaces (§2.5, §2.9).
OVERRIDE_DESIGN = {"bannerImage": "bannerImageUrl", "logoImage": "logoImageUrl",
                   "thumbnailImage": "thumbnailImageUrl"}


def override_design(stored: StoredPass, override: dict[str, Any], urls: dict[str, str]) -> None:
    """A per-pass override shows in the pass's passDesign (image asset ids -> their URLs)."""
    design = stored.attributes.setdefault("passDesign", {})
    stored.overridden = True
    for key, target in OVERRIDE_DESIGN.items():
        asset = override.get(key)
        if isinstance(asset, dict) and asset.get("imageAssetId") in urls:
            design[target] = urls[asset["imageAssetId"]]


def apply_pass_object(stored: StoredPass, changes: PassObject,
                      template: StoredTemplate | None) -> None:
    attrs = stored.attributes
    content = attrs.setdefault("passContent", {})
    content.update(changes.content)
    if changes.nfc is not None:
        attrs["nfc"] = nfc_message(stored, changes.nfc.enabled, changes.nfc.source,
                                   changes.nfc.custom_value)
    if changes.barcode is not UNSET:
        attrs["barcode"] = resolve_barcode(stored, changes.barcode)
    if stored.balance is not None and template is not None:
        # The balance is the loyalty API's to change: the content field that
        # shows it keeps mirroring it, whatever a content update said.
        show_balance(stored, template)


def nfc_message(stored: StoredPass, enabled: bool, source: str = "uuid",
                custom: str | None = None) -> str | None:
    """The pass's ``nfc`` attribute follows the request's source (§2.4)."""
    if not enabled:
        return None
    if source == "extId":
        return stored.attributes.get("extId") or stored.id
    if source == "custom":
        return custom
    return stored.id


def resolve_barcode(stored: StoredPass, barcode: dict[str, Any]) -> dict[str, Any]:
    """The stored barcode: the uuid/extId source's value filled in, placeholders resolved."""
    if not barcode:
        return dict(d.NO_BARCODE)
    out = dict(barcode)
    source = out.get("source")
    if source == "uuid":
        out["value"] = stored.id
    elif source == "extId":
        out["value"] = stored.attributes.get("extId") or stored.id
    elif isinstance(out.get("value"), str):
        out["value"] = _PLACEHOLDER.sub(lambda m: _pass_data(stored, m.group(1)), out["value"])
    return out


def _pass_data(stored: StoredPass, key: str) -> str:
    if key == "uuid":
        return stored.id
    if key == "extId":
        return stored.attributes.get("extId") or ""
    value = field_value(stored.attributes.get("passContent", {}).get(key))
    return "" if value is None else str(value)


def show_balance(stored: StoredPass, template: StoredTemplate) -> None:
    """Write the balance into the template's balance field as a string (§4.2 example)."""
    name = template.balance_field
    if not name or stored.balance is None:
        return
    text = format_balance(stored.balance, decimal=template.decimal_balance)
    content = stored.attributes.setdefault("passContent", {})
    current = content.get(name)
    if isinstance(current, dict):
        current["value"] = text
    else:
        content[name] = text


def format_balance(balance: int | Decimal, *, decimal: bool) -> str:
    """Decimal balances show thousand separators and two places (§4)."""
    return f"{Decimal(balance):,.2f}" if decimal else str(int(balance))


def balance_json(balance: int | Decimal | None) -> int | float | None:
    """Integers as integers, decimal balances as floats (§4)."""
    if balance is None or isinstance(balance, int):
        return balance
    return float(balance)


def deactivate(stored: StoredPass, now: datetime) -> None:
    if stored.attributes.get("status") != "deactivated":
        stored.attributes["status"] = "deactivated"
        stored.attributes["deactivatedAt"] = iso_utc(now)


def reactivate(stored: StoredPass) -> None:
    """Active again if a wallet ever held it, else issued (§3.4)."""
    if stored.attributes.get("status") == "deactivated":
        stored.attributes["status"] = "active" if stored.installed else "issued"
        stored.attributes["deactivatedAt"] = None


def nullify(stored: StoredPass, now: datetime) -> None:
    """Irreversible (§3.6): dynamic data cleared, grey design, status nullified."""
    attrs = stored.attributes
    if attrs.get("status") == "nullified":
        return
    attrs.update({"status": "nullified", "nullifiedAt": iso_utc(now), "expiresAt": iso_utc(now),
                  "passContent": {}, "barcode": dict(d.NO_BARCODE), "nfc": None,
                  "latestMessage": None, "passDesign": dict(NULLIFIED_DESIGN),
                  "locations": [], "beacons": []})
    stored.overridden = False


def send_message(stored: StoredPass, message: str) -> tuple[dict[str, Any], dict[str, str]]:
    """Record a push message: the document ``meta`` and the response headers.

    Only a pass that is on a device (active) can receive it.
    """
    stored.attributes["latestMessage"] = message
    outcome = DELIVERED if stored.attributes.get("status") == "active" else NOT_DELIVERED
    return {"notifications": dict(outcome)}, {"X-Notification-Status": outcome["status"]}
