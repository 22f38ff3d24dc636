"""Changes to a stored pass shared by the pass and loyalty handlers.

Callers hold the state lock.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from passdesk.sandbox.clock import iso_utc
from passdesk.sandbox.pass_input import UNSET, PassObject
from passdesk.sandbox.rows import StoredPass, StoredTemplate

DELIVERED = {"status": "delivered", "message": "Delivered succesfully"}  # sic, as the API
NOT_DELIVERED = {"status": "notDelivered", "message": "Pass has not been added to the wallet"}


def apply_pass_object(stored: StoredPass, changes: PassObject,
                      template: StoredTemplate | None) -> None:
    attrs = stored.attributes
    content = attrs.setdefault("passContent", {})
    content.update(changes.content)
    if changes.nfc_enabled is not None:
        attrs["nfc"] = stored.id if changes.nfc_enabled else None
    if changes.barcode is not UNSET:
        attrs["barcode"] = changes.barcode
    if stored.balance is not None and template is not None:
        # The balance is the loyalty API's to change: the content field that
        # shows it keeps mirroring it, whatever a content update said.
        show_balance(stored, template)


def show_balance(stored: StoredPass, template: StoredTemplate) -> None:
    """Write the balance into the template's balance field, as the vendor example does."""
    name = template.balance_field
    if not name or stored.balance is None:
        return
    text = format_balance(stored.balance, template.attributes["loyalty"].get("balanceType"))
    content = stored.attributes.setdefault("passContent", {})
    current = content.get(name)
    if isinstance(current, dict):
        current["value"] = text
    else:
        content[name] = text


def format_balance(balance: int, balance_type: str | None) -> str:
    # Sandbox assumption: a "decimal" balance counts hundredths (pence, cents).
    return f"{balance / 100:.2f}" if balance_type == "decimal" else str(balance)


def deactivate(stored: StoredPass, now: datetime) -> None:
    if stored.attributes.get("status") != "deactivated":
        stored.attributes["status"] = "deactivated"
        stored.attributes["deactivatedAt"] = iso_utc(now)


def send_message(stored: StoredPass, message: str) -> tuple[dict[str, Any], dict[str, str]]:
    """Record a push message: the document ``meta`` and the response headers.

    Only a pass that is on a device (active) can receive it.
    """
    stored.attributes["latestMessage"] = message
    outcome = DELIVERED if stored.attributes.get("status") == "active" else NOT_DELIVERED
    return {"notifications": dict(outcome)}, {"X-Notification-Status": outcome["status"]}
