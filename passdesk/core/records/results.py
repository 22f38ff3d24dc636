"""What the API answers to a change: the push outcome, the changed pass,
a loyalty balance, a template still being processed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from passdesk.core.records.passes import Pass
from passdesk.core.records.resource import Resource


@dataclass(frozen=True)
class NotificationResult:
    """What the API said about a push message: ``delivered`` or ``notDelivered``."""

    status: str | None
    message: str | None = None

    @property
    def delivered(self) -> bool:
        return self.status == "delivered"

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any],
                  header: str | None = None) -> NotificationResult | None:
        raw = meta.get("notifications")
        if isinstance(raw, Mapping):
            return cls(status=raw.get("status") or header, message=raw.get("message"))
        return cls(status=header) if header else None


@dataclass(frozen=True)
class PassChange:
    """A pass as the API returned it after a change, with the push outcome if any."""

    record: Pass
    notification: NotificationResult | None = None


@dataclass(frozen=True)
class LoyaltyState:
    """A pass and its loyalty balance (``meta.loyalty.balance``).

    ``balance`` is an int on integer templates and a Decimal (at most 2
    places) on decimal ones, whose answers carry a float.
    """

    record: Pass
    balance: int | Decimal | None
    notification: NotificationResult | None = None


def balance_from_api(value: Any) -> int | Decimal | None:
    """A balance as the API sent it: int stays int, a float becomes a Decimal.

    ``12.5`` -> ``Decimal("12.5")``; ``17.0`` -> ``Decimal("17.0")`` (a decimal
    template); numeric strings (scan answers) are read the same way. More than
    2 places is rounded to 2 (the docs' limit). ValueError if not a number.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a balance: {value!r}")
    if isinstance(value, int):
        return value
    if not isinstance(value, float | str):
        raise ValueError(f"not a balance: {value!r}")
    text = str(value).strip()
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(f"not a balance: {value!r}") from exc
    if not number.is_finite():
        raise ValueError(f"not a balance: {value!r}")
    if isinstance(value, str) and "." not in text and "e" not in text.lower():
        return int(number)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        number = number.quantize(Decimal("0.01"))
    return number


@dataclass(frozen=True)
class TemplateProcessing:
    """The 202 answer of creating (or changing) a template: still being processed.

    ``self_link`` is kept as sent but never polled: the docs' link lacks the
    /api prefix (§15.6); the client polls GET /pass-templates/{id}.
    """

    id: str
    processing_status: str | None
    message: str | None = None
    self_link: str | None = None

    @classmethod
    def from_resource(cls, record: Resource) -> TemplateProcessing:
        links = (record.members or {}).get("links")
        link = links.get("self") if isinstance(links, Mapping) else None
        attributes = record.to_json()  # the template model may type these keys or not
        status = attributes.get("processingStatus")
        message = attributes.get("message")
        return cls(id=record.id, processing_status=status if isinstance(status, str) else None,
                   message=message if isinstance(message, str) else None,
                   self_link=link if isinstance(link, str) else None)
