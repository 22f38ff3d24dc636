"""Deterministic demo data: the same seed and ``now`` give identical data.

Ids are hashes of the seed (40 hex for passes, 24 for templates, 12 for
events, 8 for entities) and every timestamp is an offset from ``now``, so
tests can pin both and compare whole data sets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from passdesk.sandbox.clock import iso_utc
from passdesk.sandbox.demo_ids import DEFAULT_PASSES, DEFAULT_SEED, derived_id
from passdesk.sandbox.demo_passes import build_passes
from passdesk.sandbox.rows import (
    StoredEvent,
    StoredPass,
    StoredReader,
    StoredScan,
    StoredTemplate,
)
from passdesk.sandbox.template_shapes import fields_of

__all__ = ["DEFAULT_PASSES", "DEFAULT_SEED", "DemoData", "build_demo_data"]

APPLE_TYPE_ID = "pass.com.passdesk.sandbox"


@dataclass
class DemoData:
    now: datetime
    entities: dict[str, dict] = field(default_factory=dict)  # id -> attributes
    templates: dict[str, StoredTemplate] = field(default_factory=dict)
    events: dict[str, StoredEvent] = field(default_factory=dict)
    passes: dict[str, StoredPass] = field(default_factory=dict)
    readers: dict[str, StoredReader] = field(default_factory=dict)
    scans: dict[str, StoredScan] = field(default_factory=dict)
    reader_configuration: tuple[str, dict] = ("", {})


def build_demo_data(seed: int = DEFAULT_SEED, now: datetime | None = None,
                    passes: int = DEFAULT_PASSES) -> DemoData:
    now = (now or datetime.now(UTC)).astimezone(UTC)
    data = DemoData(now=now)
    data.entities = _entities(seed)
    data.templates = _templates(seed)
    data.events = _events(seed, now)
    data.passes = build_passes(seed, now, passes, data.templates, data.events)
    data.readers = _readers(now, next(iter(data.entities)))
    data.scans = _scans(seed, now, data.passes)
    data.reader_configuration = (derived_id(seed, "reader-configuration", 0, 8), {
        # Obviously fake secrets: nothing here may look like a usable key.
        "nfcPrivateKey": "-----BEGIN EC PRIVATE KEY-----\n"
                         "SANDBOX-FAKE-KEY-NOT-A-REAL-PRIVATE-KEY\n"
                         "-----END EC PRIVATE KEY-----",
        "googleCollectorId": "00000000",
        "applePassTypeId": APPLE_TYPE_ID,
        "googleKeyVersion": 1,
        "readerConfigurationApiKey": "sandbox-fake-reader-configuration-api-key",
        "validationConfiguration": {"validationType": "internal"},
    })
    return data


def _entities(seed: int) -> dict[str, dict]:
    deeplink = {"apple": f"shoebox://pass/{APPLE_TYPE_ID}/{{PASSENTRY_PASS_UUID}}"}
    names = ("Riverside Arena", "Lantern Coffee Co.")
    return {derived_id(seed, "entity", n, 8): {"name": name, "passDeeplinks": dict(deeplink)}
            for n, name in enumerate(names)}


ASSET_BASE = "https://example.com/passdesk-sandbox"


def _template(name: str, description: str, template_type: str, colours: tuple[str, str, str],
              slug: str, groups: dict[str, list[tuple]]) -> dict:
    """A current-shape template (PASSENTRY-API.md §2.10)."""
    background, label, text = colours
    return {
        "name": name, "templateType": template_type, "defaultLanguage": "en",
        "centralTitle": name, "notificationHeader": name, "description": description,
        "colors": {"background": background, "label": label, "text": text},
        "images": {"banner": f"{ASSET_BASE}/{slug}-banner.png",
                   "logo": f"{ASSET_BASE}/{slug}-logo.png",
                   "icon": f"{ASSET_BASE}/{slug}-icon.png"},
        "fields": fields_of(groups),
    }


def _templates(seed: int) -> dict[str, StoredTemplate]:
    terms = "Sandbox demo pass. Not valid for entry anywhere real."
    specs = [
        (_template("Riverside Arena Ticket", "Admission to Riverside Arena events", "eventTicket",
                   ("#1B1F3B", "#F5C542", "#FFFFFF"), "arena", {
                       "header": [("seat", "Seat")], "central": [("eventName", "Event")],
                       "details": [("fullName", "Name"), ("ticketType", "Ticket"),
                                   ("gate", "Gate"), ("doorsOpen", "Doors open")],
                       "back": [("terms", "Terms", terms)],
                   }), None),
        (_template("Lantern Coffee Rewards", "One point for every coffee", "loyalty",
                   ("#EFE6DA", "#8A5A44", "#2B1D14"), "coffee", {
                       "header": [("points", "Points", "0")], "central": [("fullName", "Member")],
                       "details": [("tier", "Tier"), ("memberSince", "Member since")],
                       "back": [("terms", "Terms", terms)],
                   }), "points"),
        (_template("Riverside Members Club", "Annual and monthly memberships", "generic",
                   ("#0F766E", "#CCFBF1", "#FFFFFF"), "club", {
                       "header": [("membershipNumber", "No.")],
                       "central": [("fullName", "Member")],
                       "details": [("plan", "Plan"), ("validUntil", "Valid until")],
                       "back": [("terms", "Terms", terms)],
                   }), None),
    ]
    out = {}
    for n, (attributes, balance_field) in enumerate(specs):
        template_id = derived_id(seed, "template", n, 24)
        # Sandbox assumption: the dashboard, not the API, turns loyalty on for a template.
        loyalty = {"enabled": balance_field is not None, "balanceType": "integer"}
        out[template_id] = StoredTemplate(template_id, attributes, balance_field, loyalty)
    return out


def _events(seed: int, now: datetime) -> dict[str, StoredEvent]:
    london = ZoneInfo("Europe/London")
    local_now = now.astimezone(london)
    midnight = datetime.combine(local_now.date(), time(), london)
    day_end = midnight + timedelta(hours=23, minutes=59)
    # On today: began about two hours ago, ends later today (clipped to the day).
    start = max(midnight, _floor_quarter(local_now - timedelta(hours=2)))
    end = min(day_end, _floor_quarter(local_now + timedelta(hours=3, minutes=15)))
    if end <= local_now:
        end = local_now + timedelta(minutes=1)
    upcoming_day = (local_now + timedelta(days=30)).date()
    paris = ZoneInfo("Europe/Paris")
    ended_day = (now.astimezone(paris) - timedelta(days=35)).date()
    specs = [
        ("Summer Nights Live", "Riverside Arena", start, end, "Europe/London"),
        ("Autumn Jazz Festival", "Riverside Arena",
         datetime.combine(upcoming_day, time(19), london),
         datetime.combine(upcoming_day, time(23), london), "Europe/London"),
        ("Comedy Gala", "Théâtre Lumière, Paris",
         datetime.combine(ended_day, time(20), paris),
         datetime.combine(ended_day, time(23), paris), "Europe/Paris"),
    ]
    out = {}
    for n, (name, venue, begins, ends, zone) in enumerate(specs):
        event_id = derived_id(seed, "event", n, 12)
        out[event_id] = StoredEvent(event_id, name, venue, begins.astimezone(UTC),
                                    ends.astimezone(UTC), zone)
    return out


def _floor_quarter(moment: datetime) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def _readers(now: datetime, entity_id: str) -> dict[str, StoredReader]:
    def attributes(name: str, reader_type: str, *, logged_in: bool, seen: timedelta,
                   **flags: bool) -> dict:
        return {
            "name": name, "readerType": reader_type, "loggedIn": logged_in,
            "qrEnabled": flags.get("qr", False),
            "mifareClassicNfcEnabled": flags.get("mifare", False),
            "scanEnabled": flags.get("scan", False),
            "redeemEnabled": flags.get("redeem", False),
            "addPointsEnabled": flags.get("add_points", False),
            "ndefTagScanningEnabled": False,
            "lastSeenAt": iso_utc(now - seen),
        }

    # Demo reader passwords: write-only in the API, never returned.
    return {
        "south-gate-1": StoredReader("south-gate-1", attributes(
            "South Gate Reader", "PassentryReader", logged_in=True,
            seen=timedelta(minutes=3), qr=True, scan=True),
            password="sandbox-reader-1", entity_id=entity_id),  # noqa: S106
        "coffee-till-vtap": StoredReader("coffee-till-vtap", attributes(
            "Coffee Till VTAP", "VtapReader", logged_in=False, seen=timedelta(days=2),
            qr=True, mifare=True, scan=True, redeem=True, add_points=True),
            password="sandbox-reader-2", entity_id=entity_id),  # noqa: S106
    }


#: How long before the demo's "now" its scans were made.
DEMO_SCANS_AGO = timedelta(days=3)


def _scans(seed: int, now: datetime, passes: dict[str, StoredPass]) -> dict[str, StoredScan]:
    """A few barcode scans at the South Gate three days ago: the newest tickets, admitted or
    not. Older than a desk's look-back (``sync.scan_pull.LOOK_BACK``), so a desk's door
    history starts empty; scans made in a test are tonight's."""
    tickets = sorted((p for p in passes.values() if p.attributes["passType"] == "eventTicket"),
                     key=lambda p: (p.created, p.id), reverse=True)[:12]
    out = {}
    for n, stored in enumerate(tickets):
        ok = stored.attributes["status"] == "active"
        scan_id = _uuid_like(derived_id(seed, "scan", n, 32))
        value = stored.attributes["barcode"].get("value") or stored.id
        out[scan_id] = StoredScan(scan_id, {
            "scanType": "barcode", "scanValue": value,
            "validationType": "internalValidation",
            "status": "successful" if ok else "failed",
            "statusDetail": "" if ok else "Pass is not active",
            "scannedAt": iso_utc(now - DEMO_SCANS_AGO - timedelta(minutes=5 * (n + 1))),
        }, stored.id, "south-gate-1", now - DEMO_SCANS_AGO - timedelta(minutes=5 * (n + 1)))
    return out


def _uuid_like(hex32: str) -> str:
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"
