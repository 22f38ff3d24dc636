"""The 2,000 demo passes: varied holders, statuses, timestamps and content.

Every value comes from one seeded ``random.Random`` and every time is an
offset from ``now``; timestamps always agree with the status (an active
pass was added, a removed one was added then removed, and so on).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from passdesk.resources import resource_path
from passdesk.sandbox.clock import iso_utc
from passdesk.sandbox.demo_ids import MEMBERSHIP, STORE_CARD, TICKET, derived_id
from passdesk.sandbox.event_data import enhanced_event_data
from passdesk.sandbox.rows import StoredEvent, StoredPass, StoredTemplate
from passdesk.sandbox.template_shapes import PASS_TYPE

HISTORY = timedelta(days=90)
STATUSES = (("active", 55), ("issued", 20), ("removed", 15), ("deactivated", 10))
KINDS = ((TICKET, 50), (STORE_CARD, 30), (MEMBERSHIP, 20))
GROUP_TAGS = {
    TICKET: (("general", 75), ("vip", 15), ("staff", 5), (None, 5)),
    STORE_CARD: (("general", 90), ("vip", 10)),
    MEMBERSHIP: (("general", 80), ("vip", 10), ("staff", 10)),
}
CODE_PREFIX = {TICKET: "TKT", STORE_CARD: "CARD", MEMBERSHIP: "MEM"}
#: The characters of a printed code: no O/0, I/1 or L, which people misread or
#: mistype (and U, which reads as V in small print), as Crockford's alphabet does.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
ASSET_BASE = "https://example.com/passdesk-sandbox"
BEACON_UUID = "E2C56DB5-DFFB-48D2-B060-D0F5A71096E0"
MESSAGES = {
    TICKET: "Doors open 30 minutes before the show. Enjoy!",
    STORE_CARD: "Double points on every flat white this week.",
    MEMBERSHIP: "The pool is closed for maintenance on Sunday.",
}


@cache
def _names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))
    return tuple(data["first"]), tuple(data["last"])


def _pick(rng: random.Random, weighted: tuple) -> object:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights)[0]


def _between(rng: random.Random, low: datetime, high: datetime) -> datetime:
    """A whole-second moment in [low, high] (low if the range is empty)."""
    span = max(0, int((high - low).total_seconds()))
    return (low + timedelta(seconds=rng.randint(0, span))).replace(microsecond=0)


@dataclass
class _Context:
    seed: int
    now: datetime
    rng: random.Random
    templates: dict[str, StoredTemplate]  # by templateType
    template_ids: dict[str, str]  # templateType -> id
    events: list[StoredEvent]


def build_passes(seed: int, now: datetime, count: int, templates: dict[str, StoredTemplate],
                 events: dict[str, StoredEvent]) -> dict[str, StoredPass]:
    by_kind = {PASS_TYPE[t.attributes["templateType"]]: t for t in templates.values()}
    ctx = _Context(seed, now.replace(microsecond=0), random.Random(seed), by_kind,
                   {kind: t.id for kind, t in by_kind.items()}, list(events.values()))
    out: dict[str, StoredPass] = {}
    ext_ids: set[str] = set()
    for n in range(count):
        stored = _one_pass(ctx, n)
        # extIds must be unique (the sandbox rejects duplicates on create).
        ext_id = stored.attributes["extId"]
        while ext_id in ext_ids:
            ext_id = stored.attributes["extId"] = derived_id(seed, "ext-again", ext_id, 20)
        ext_ids.add(ext_id)
        out[stored.id] = stored
    return out


def _one_pass(ctx: _Context, n: int) -> StoredPass:
    rng, now = ctx.rng, ctx.now
    kind = _pick(rng, KINDS)
    template = ctx.templates[kind]
    pass_id = derived_id(ctx.seed, "pass", n, 40)
    event = rng.choices(ctx.events, (45, 30, 25))[0] if kind == TICKET else None

    latest_created = now - timedelta(minutes=1)
    if event is not None and event.start < now:
        latest_created = min(latest_created, event.start - timedelta(hours=1))
    created = _between(rng, now - HISTORY, latest_created)
    status = _pick(rng, STATUSES)
    added = removed = deactivated = None
    if status in ("active", "removed") or (status == "deactivated" and rng.random() < 0.6):
        added = _between(rng, created, min(now, created + timedelta(days=7)))
    if status == "removed":
        removed = _between(rng, added, now)
    if status == "deactivated":
        deactivated = _between(rng, added or created, now)
    device = rng.choice(("android", "iphone")) if added else None
    group_tag = _pick(rng, GROUP_TAGS[kind])
    first, last = _names()
    full_name = f"{rng.choice(first)} {rng.choice(last)}"
    code = "".join(rng.choices(CODE_ALPHABET, k=10))
    # The printed code: a custom-source QR code (§2.3); {} when the pass has none.
    barcode = ({"enabled": True, "type": "qr", "source": "custom",
                "value": f"{CODE_PREFIX[kind]}-{code[:5]}-{code[5:]}",
                "displayText": rng.random() < 0.8} if rng.random() < 0.88 else {})

    balance = expires = None
    if kind == TICKET:
        content = _ticket_content(rng, event, full_name, group_tag)
    elif kind == STORE_CARD:
        balance = min(2000, int(rng.expovariate(1 / 120)))
        tier = "Gold" if balance >= 300 else "Silver" if balance >= 100 else "Bronze"
        content = {"points": str(balance), "fullName": full_name, "tier": tier,
                   "memberSince": created.date().isoformat()}
    else:
        annual = rng.random() < 0.7
        expires = created + timedelta(days=365 if annual else 30)
        content = {"membershipNumber": f"RMC-{rng.randint(100000, 999999)}",
                   "fullName": full_name, "plan": "Annual" if annual else "Monthly",
                   "validUntil": expires.date().isoformat()}

    attributes = {
        "downloadUrl": f"https://download.passentry.com/download?pass={pass_id}",
        "passType": kind, "deviceType": device, "createdAt": iso_utc(created),
        "status": status, "extId": derived_id(ctx.seed, "ext", n, 20), "groupTag": group_tag,
        "groupTags": [group_tag] if group_tag else [],
        "addedAt": iso_utc(added), "removedAt": iso_utc(removed),
        "deactivatedAt": iso_utc(deactivated), "nullifiedAt": None,
        "expiresAt": iso_utc(expires),
        "passTemplateUuid": template.id, "passTemplateName": template.attributes["name"],
        "nfc": pass_id, "barcode": barcode,
        "latestMessage": MESSAGES[kind] if status == "active" and rng.random() < 0.1 else None,
        "passContent": content,
        "passDesign": _design(template, kind, group_tag),
        **({"enhancedEventData": enhanced_event_data(event)} if event else {}),
        "locations": _locations() if kind == TICKET and rng.random() < 0.04 else [],
        "beacons": _beacons(rng) if kind == STORE_CARD and rng.random() < 0.05 else [],
    }
    return StoredPass(pass_id, attributes, created, event.id if event else None, balance,
                      installed=added is not None)


def _ticket_content(rng: random.Random, event: StoredEvent, full_name: str,
                    group_tag: str | None) -> dict:
    if group_tag == "staff":
        ticket, seat = "Crew", "All areas"
    elif group_tag == "vip":
        ticket, seat = "VIP", f"Box {rng.randint(1, 12)}"
    elif rng.random() < 0.4:
        ticket, seat = "General Admission", "Standing"
    else:
        ticket = "Seated"
        seat = f"Block {rng.choice('ABCDEF')}, Row {rng.randint(1, 30)}, Seat {rng.randint(1, 40)}"
    doors = (event.start - timedelta(minutes=30)).astimezone(ZoneInfo(event.time_zone))
    return {"seat": seat, "eventName": event.name, "fullName": full_name,
            "ticketType": ticket, "gate": f"Gate {rng.randint(1, 6)}",
            "doorsOpen": doors.strftime("%H:%M")}


def _design(template: StoredTemplate, kind: str, group_tag: str | None) -> dict:
    attrs = template.attributes
    slug = {TICKET: "arena", STORE_CARD: "coffee", MEMBERSHIP: "club"}[kind]
    gold = kind == TICKET and group_tag == "vip"
    return {
        "backgroundColor": "#3B2F0B" if gold else attrs["colors"]["background"],
        "labelColor": attrs["colors"]["label"], "textColor": attrs["colors"]["text"],
        "bannerImageUrl": f"{ASSET_BASE}/{slug}{'-vip' if gold else ''}-banner.png",
        "logoImageUrl": f"{ASSET_BASE}/{slug}-logo.png",
        "thumbnailImageUrl": None, "artworkImageUrl": None, "secondaryLogoImageUrl": None,
        "venueMapImageUrl": f"{ASSET_BASE}/{slug}-map.png" if kind == TICKET else None,
    }


def _locations() -> list[dict]:
    return [
        {"name": "North Gate", "latitude": 51.5079, "longitude": -0.0877, "radius": 100,
         "message": "Welcome to Riverside Arena: North Gate is open",
         "address": "1 Riverside Walk, London SE1 9RA, United Kingdom"},
        {"name": "South Gate", "latitude": 51.5061, "longitude": -0.0869, "radius": 80,
         "message": "Show this pass at the South Gate",
         "address": "3 Riverside Walk, London SE1 9RA, United Kingdom"},
    ]


def _beacons(rng: random.Random) -> list[dict]:
    return [{"proximityUuid": BEACON_UUID, "major": 1, "minor": rng.randint(1, 3),
             "message": "Your loyalty card is ready at the till", "name": "Lantern Coffee till"}]
