"""Request bodies the API takes, built from plain values.

Each ``to_body()`` returns the JSON object exactly as the reference shows it.
Checks that need no server (limits, both loyalty keys) run in ``problems()``
so the GUI can show them before anything is sent; see ``core/limits.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from passdesk.core import limits
from passdesk.core.records import Beacon, Location


class FieldValueStyle(StrEnum):
    PLAIN = "plain"  # "fullName": "Jane Smith"
    OBJECT = "object"  # "fullName": {"value": "Jane Smith"}


def field_values(values: dict[str, Any], style: FieldValueStyle) -> dict[str, Any]:
    if style is FieldValueStyle.OBJECT:
        return {k: v if isinstance(v, dict) else {"value": v} for k, v in values.items()}
    return dict(values)


def _iso(value: datetime | str) -> str:
    return value.isoformat() if isinstance(value, datetime) else value


@dataclass
class EventInput:
    """An event to create, or the fields to change (None = leave as is)."""

    name: str | None = None
    venue_name: str | None = None
    start: datetime | str | None = None
    end: datetime | str | None = None
    time_zone: str | None = None

    def to_body(self) -> dict[str, Any]:
        event: dict[str, Any] = {}
        for k, v in (("name", self.name), ("venueName", self.venue_name),
                     ("startDatetime", self.start), ("endDatetime", self.end),
                     ("timeZone", self.time_zone)):
            if v is not None:
                event[k] = _iso(v)
        return {"event": event}

    def problems(self, *, creating: bool) -> list[str]:
        out = []
        if creating:
            out += [f"{label} is required" for label, v in (
                ("name", self.name), ("venue name", self.venue_name),
                ("start", self.start), ("end", self.end), ("time zone", self.time_zone),
            ) if v in (None, "")]
        if isinstance(self.start, datetime) and isinstance(self.end, datetime) \
                and self.start.tzinfo and self.end.tzinfo and self.end < self.start:
            out.append("the event ends before it starts")
        return out


#: The docs set no length for an ext id. It is typed by hand and printed under QR
#: codes, so 64 characters without spaces is plenty and catches a wrong column.
EXT_ID_MAX = 64
_SPACE = re.compile(r"\s")


def ext_id_problems(ext_id: str | None) -> list[str]:
    """What is wrong with an ext id a person gave (None or "": one is made up)."""
    if not ext_id:
        return []
    out = []
    if _SPACE.search(ext_id):
        out.append("an ext id cannot contain spaces")
    if len(ext_id) > EXT_ID_MAX:
        out.append(f"the ext id is {len(ext_id)} characters (at most {EXT_ID_MAX})")
    return out


@dataclass
class QrInput:
    value: str
    display_text: bool = True


@dataclass
class PassInput:
    """A pass to issue from a template."""

    template_id: str
    values: dict[str, Any] = field(default_factory=dict)
    ext_id: str | None = None
    group_tag: str | None = None
    nfc_enabled: bool | None = None
    qr: QrInput | None = None
    locations: list[Location] = field(default_factory=list)
    beacons: list[Beacon] = field(default_factory=list)
    #: The local event the pass is a ticket for. Never sent: the create-pass body
    #: has no event key (enhancedEventData appears only in responses), so the
    #: link lives in the local store (sync.passes.add_pass writes it).
    event_id: str | None = None

    def to_body(self, style: FieldValueStyle = FieldValueStyle.PLAIN) -> dict[str, Any]:
        content = field_values(self.values, style)
        if self.nfc_enabled is not None:
            content["nfc"] = {"enabled": self.nfc_enabled}
        if self.qr is not None:
            content["qr"] = {"value": self.qr.value, "displayText": self.qr.display_text}
        body: dict[str, Any] = {"pass": content}
        if self.locations:
            body["locations"] = [loc.to_json() for loc in self.locations]
        if self.beacons:
            body["beacons"] = [b.to_json() for b in self.beacons]
        if self.group_tag is not None:
            body["groupTag"] = self.group_tag
        return body

    def problems(self) -> list[str]:
        out = [] if self.template_id else ["a pass template is required"]
        out += ext_id_problems(self.ext_id)
        return out + limits.location_problems(self.locations) + limits.beacon_problems(self.beacons)


class PassAction(StrEnum):
    DEACTIVATE = "deactivate"


@dataclass
class PassUpdate:
    """Changes to a pass; anything left None is not sent."""

    values: dict[str, Any] = field(default_factory=dict)
    nfc_enabled: bool | None = None
    message: str | None = None
    pass_action: str | None = None
    locations: list[Location] | None = None
    beacons: list[Beacon] | None = None
    group_tag: str | None = None

    def to_body(self, style: FieldValueStyle = FieldValueStyle.PLAIN) -> dict[str, Any]:
        content = field_values(self.values, style)
        if self.nfc_enabled is not None:
            content["nfc"] = {"enabled": self.nfc_enabled}
        body: dict[str, Any] = {"pass": content}
        if self.message is not None:
            body["message"] = self.message
        if self.pass_action is not None:
            body["passAction"] = str(self.pass_action)
        if self.locations is not None:
            body["locations"] = [loc.to_json() for loc in self.locations]
        if self.beacons is not None:
            body["beacons"] = [b.to_json() for b in self.beacons]
        if self.group_tag is not None:
            body["groupTag"] = self.group_tag
        return body

    def problems(self) -> list[str]:
        return limits.location_problems(self.locations or []) + limits.beacon_problems(
            self.beacons or [])


@dataclass
class LoyaltyChange:
    """A delta (+ adds, - subtracts) or an override, never both; optional push text."""

    delta: int | None = None
    override: int | None = None
    message: str | None = None

    def to_body(self) -> dict[str, Any]:
        problems = self.problems()
        if problems:
            raise ValueError("; ".join(problems))
        body: dict[str, Any] = (
            {"balance": self.delta} if self.delta is not None
            else {"overrideBalance": self.override}
        )
        if self.message:
            body["message"] = self.message
        return body

    def problems(self) -> list[str]:
        return limits.loyalty_problems(self.delta, self.override)


@dataclass
class ReaderInput:
    """A reader to create, or fields to change (None = leave as is).

    ``password`` is write-only on the API; it is sent, never stored.
    """

    reader_id: str | None = None
    name: str | None = None
    reader_type: str | None = None
    password: str | None = field(default=None, repr=False)
    scan_enabled: bool | None = None
    redeem_enabled: bool | None = None
    add_points_enabled: bool | None = None
    mifare_classic_nfc_enabled: bool | None = None
    qr_enabled: bool | None = None

    def to_body(self) -> dict[str, Any]:
        reader: dict[str, Any] = {}
        for k, v in (("id", self.reader_id), ("name", self.name), ("type", self.reader_type),
                     ("password", self.password), ("scanEnabled", self.scan_enabled),
                     ("redeemEnabled", self.redeem_enabled),
                     ("addPointsEnabled", self.add_points_enabled),
                     ("mifareClassicNfcEnabled", self.mifare_classic_nfc_enabled),
                     ("qrEnabled", self.qr_enabled)):
            if v is not None:
                reader[k] = v
        return {"reader": reader}
