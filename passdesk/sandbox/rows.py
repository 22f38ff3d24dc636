"""The records the sandbox keeps in memory (plain data, no behaviour).

``attributes`` dicts hold exactly what the API returns, so handlers only
pick keys out of them; the other fields are what the API does not show
(or shows computed) but the sandbox needs, such as a ticket's event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any


@dataclass
class StoredTemplate:
    id: str
    #: The current shape (PASSENTRY-API.md §2.10); /pass_templates/{id} derives §2.11.
    attributes: dict[str, Any]
    #: Content field that mirrors the loyalty balance (e.g. "points"), if any.
    balance_field: str | None = None
    #: {"enabled": bool, "balanceType": "integer"|"decimal"}: set in the dashboard on a
    #: real account; shown as an extra "loyalty" attribute only by a non-strict sandbox.
    loyalty: dict[str, Any] = field(default_factory=lambda: {"enabled": False,
                                                             "balanceType": "integer"})
    #: While > 0 (and before ``processing_until``) the template is still "processing".
    processing_polls: int = 0
    processing_until: datetime | None = None

    @property
    def loyalty_enabled(self) -> bool:
        return bool(self.loyalty.get("enabled"))

    @property
    def decimal_balance(self) -> bool:
        return self.loyalty.get("balanceType") == "decimal"


@dataclass
class StoredEvent:
    id: str
    name: str
    venue_name: str
    start: datetime
    end: datetime
    time_zone: str


@dataclass
class StoredPass:
    id: str
    #: Every attribute, passDesign/locations/beacons included.
    attributes: dict[str, Any]
    created: datetime
    #: The event an event ticket belongs to (its enhancedEventData, legacy filters).
    event_id: str | None = None
    #: Loyalty balance, for passes of a loyalty template (Decimal on decimal templates).
    balance: int | Decimal | None = None
    #: Whether the pass has been in a wallet (reactivate goes back to active, else issued).
    installed: bool = False
    #: A templateOverride changed its design: passDesign is then always shown (§2.1).
    overridden: bool = False

    @property
    def nullified(self) -> bool:
        return self.attributes.get("status") == "nullified"


@dataclass
class StoredReader:
    id: str
    attributes: dict[str, Any]
    password: str = field(default="", repr=False)  # write-only in the API
    entity_id: str | None = None


@dataclass
class StoredScan:
    id: str
    attributes: dict[str, Any]
    pass_id: str | None
    reader_id: str
    created: datetime


@dataclass
class StoredWebhook:
    id: str
    attributes: dict[str, Any]
    entity_id: str | None  # None: organisation scope


@dataclass
class StoredBatch:
    id: str
    kind: str  # walletMessaging, passCreation, passUpdate
    attributes: dict[str, Any]
    rows: list[dict[str, str]] = field(default_factory=list)
    template_id: str | None = None
    entity_id: str | None = None
    #: walletMessaging: segments / recipients as sent.
    audience: dict[str, Any] = field(default_factory=dict)
    done: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    results: list[tuple[int, str]] = field(default_factory=list)  # (row, pass id)


@dataclass
class StoredImageAsset:
    id: str
    attributes: dict[str, Any]
    polls_until_ready: int = 1
