"""The demo data: deterministic, complete, and consistent with itself."""

from __future__ import annotations

import re
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from passdesk.sandbox.clock import iso_utc, parse_iso
from passdesk.sandbox.demo_data import build_demo_data
from passdesk.sandbox.rows import StoredPass
from passdesk.sandbox.template_shapes import PASS_TYPE

NOW = datetime(2025, 6, 14, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def data():
    return build_demo_data(seed=7, now=NOW)


def when(stored: StoredPass, key: str) -> datetime | None:
    return parse_iso(stored.attributes[key]) if stored.attributes[key] else None


def test_same_seed_and_now_give_identical_data(data):
    assert build_demo_data(seed=7, now=NOW) == data


def test_another_seed_gives_other_ids(data):
    other = build_demo_data(seed=8, now=NOW)
    assert not set(other.passes) & set(data.passes)
    assert set(other.templates) != set(data.templates)


def test_counts(data):
    assert len(data.entities) == 2
    assert len(data.templates) == 3
    assert len(data.events) == 3
    assert len(data.passes) == 2000
    assert len(data.readers) == 2
    assert {r.attributes["readerType"] for r in data.readers.values()} == {
        "PassentryReader", "VtapReader"}
    assert {t.attributes["templateType"] for t in data.templates.values()} == {
        "eventTicket", "loyalty", "generic"}
    assert len(data.scans) == 12


def test_ids_have_the_documented_lengths(data):
    def hex_of(length):
        return re.compile(rf"^[0-9a-f]{{{length}}}$")

    assert all(hex_of(40).match(i) for i in data.passes)
    assert all(hex_of(24).match(i) for i in data.templates)
    assert all(hex_of(12).match(i) for i in data.events)
    assert all(hex_of(8).match(i) for i in data.entities)


@pytest.mark.parametrize("now", [
    NOW,
    datetime(2025, 1, 10, 0, 10, tzinfo=UTC),  # just after midnight in London
    datetime(2025, 7, 1, 22, 55, tzinfo=UTC),  # 23:55 in London (BST)
    datetime(2025, 3, 30, 1, 30, tzinfo=UTC),  # the morning clocks go forward
])
def test_one_event_is_running_today_one_upcoming_one_ended(now):
    events = list(build_demo_data(seed=7, now=now, passes=10).events.values())
    running = [e for e in events if e.start <= now < e.end]
    assert len(running) == 1
    today = now.astimezone(ZoneInfo("Europe/London")).date()
    assert running[0].time_zone == "Europe/London"
    assert running[0].start.astimezone(ZoneInfo("Europe/London")).date() == today
    assert running[0].end.astimezone(ZoneInfo("Europe/London")).date() == today
    upcoming = [e for e in events if e.start > now]
    ended = [e for e in events if e.end <= now]
    assert len(upcoming) == 1
    assert timedelta(days=28) < upcoming[0].start - now < timedelta(days=32)
    assert len(ended) == 1
    assert timedelta(days=20) < now - ended[0].end < timedelta(days=62)


def test_all_statuses_present_and_active_most_common(data):
    counts = Counter(p.attributes["status"] for p in data.passes.values())
    assert set(counts) == {"issued", "active", "removed", "deactivated"}
    assert counts.most_common(1)[0][0] == "active"


def test_timestamps_agree_with_status(data):
    oldest = NOW - timedelta(days=90)
    for p in data.passes.values():
        created, added = when(p, "createdAt"), when(p, "addedAt")
        removed, deactivated = when(p, "removedAt"), when(p, "deactivatedAt")
        status = p.attributes["status"]
        assert created == p.created
        assert oldest <= created <= NOW, p.id
        for moment in (added, removed, deactivated):
            assert moment is None or created <= moment <= NOW, p.id
        # Which timestamps each status has (True: set, False: null, None: either).
        expected = {"issued": (False, False, False), "active": (True, False, False),
                    "removed": (True, True, False), "deactivated": (None, False, True)}[status]
        for wanted, moment in zip(expected, (added, removed, deactivated), strict=True):
            assert wanted is None or (moment is not None) == wanted, (p.id, status)
        assert removed is None or added <= removed, p.id
        assert deactivated is None or added is None or added <= deactivated, p.id
        # Only a pass that reached a phone has a device type.
        assert (p.attributes["deviceType"] is not None) == (added is not None), p.id
        assert p.attributes["deviceType"] in (None, "android", "iphone")


def test_ext_ids_unique(data):
    ext_ids = [p.attributes["extId"] for p in data.passes.values()]
    assert all(ext_ids)
    assert len(set(ext_ids)) == len(ext_ids)


def test_names_are_varied_and_not_only_ascii(data):
    names = {p.attributes["passContent"]["fullName"] for p in data.passes.values()}
    assert len(names) > 1500
    assert any(not n.isascii() for n in names)


def test_content_uses_the_template_fields_and_the_links_hold(data):
    kinds = Counter()
    for p in data.passes.values():
        attrs = p.attributes
        template = data.templates[attrs["passTemplateUuid"]]
        assert attrs["passTemplateName"] == template.attributes["name"]
        assert attrs["passType"] == PASS_TYPE[template.attributes["templateType"]]
        slot_ids = {s["id"] for g in template.attributes["fields"].values() for s in g.values()}
        assert set(attrs["passContent"]) <= slot_ids
        assert attrs["nfc"] == p.id
        assert attrs["downloadUrl"].endswith(f"pass={p.id}")
        kinds[attrs["passType"]] += 1
        if attrs["passType"] == "eventTicket":
            assert p.event_id in data.events
            event = data.events[p.event_id]
            assert attrs["passContent"]["eventName"] == event.name
            # The legacy event and the ticket's enhancedEventData tell one story.
            eed = attrs["enhancedEventData"]
            assert eed["event"] == {"name": event.name, "startDateTime": iso_utc(event.start),
                                    "endDateTime": iso_utc(event.end)}
            assert eed["venue"]["name"] == event.venue_name
            assert set(eed["venue"]["location"]) == {"latitude", "longitude"}
        else:
            assert p.event_id is None
            assert "enhancedEventData" not in attrs
        if attrs["passType"] == "storeCard":
            assert p.balance is not None
            assert p.balance >= 0
            assert attrs["passContent"]["points"] == str(p.balance)
        if attrs["passType"] == "generic":
            assert attrs["expiresAt"] is not None
    assert min(kinds.values()) > 200


def test_barcodes_locations_beacons_and_group_tags(data):
    passes = list(data.passes.values())
    barcodes = [p.attributes["barcode"] for p in passes if p.attributes["barcode"]]
    assert len(barcodes) > 0.75 * len(passes)
    # The printed codes: custom-source QR objects (§2.3); no barcode is {}.
    assert all(set(b) == {"enabled", "type", "source", "value", "displayText"}
               and (b["enabled"], b["type"], b["source"]) == (True, "qr", "custom")
               for b in barcodes)
    assert all(p.attributes["barcode"] == {} for p in passes if not p.attributes["barcode"])
    assert not {b["value"] for b in barcodes} & set(data.passes)
    assert 0 < sum(1 for p in passes if p.attributes["locations"]) < 200
    assert 0 < sum(1 for p in passes if p.attributes["beacons"]) < 200
    assert {"general", "vip", "staff"} <= {p.attributes["groupTag"] for p in passes}
    assert all(p.attributes["groupTags"] == ([p.attributes["groupTag"]]
                                             if p.attributes["groupTag"] else [])
               for p in passes)
    assert all(p.attributes["passDesign"]["backgroundColor"] for p in passes)


def test_printed_codes_have_no_characters_people_misread(data):
    values = [p.attributes["barcode"]["value"] for p in data.passes.values()
              if p.attributes["barcode"]]
    # No O/0, I/1, L (nor U): "TKT-Y3RYH-OZ1Z7" could not be read back from the pass.
    part = "[2-9ABCDEFGHJKMNPQRSTVWXYZ]{5}"
    code = re.compile(rf"(TKT|CARD|MEM)-{part}-{part}")
    assert all(code.fullmatch(value) for value in values), values[:5]
    assert len(set(values)) == len(values)
    assert values == [p.attributes["barcode"]["value"]
                      for p in build_demo_data(seed=7, now=NOW).passes.values()
                      if p.attributes["barcode"]]


def test_loyalty_is_set_on_every_template_outside_its_attributes(data):
    loyalty = {t.attributes["templateType"]: t.loyalty for t in data.templates.values()}
    assert all("loyalty" not in t.attributes for t in data.templates.values())
    assert loyalty["loyalty"] == {"enabled": True, "balanceType": "integer"}
    assert loyalty["eventTicket"]["enabled"] is False
    assert loyalty["generic"]["enabled"] is False


def test_building_is_quick():
    started = time.perf_counter()
    build_demo_data(seed=11)
    assert time.perf_counter() - started < 1.0


def test_templates_are_stored_in_the_current_shape(data):
    for template in data.templates.values():
        attrs = template.attributes
        assert set(attrs) >= {"name", "templateType", "colors", "images", "fields"}
        assert set(attrs["fields"]) == {"header", "central", "details", "back"}
        assert set(attrs["colors"]) == {"background", "label", "text"}
        for group in attrs["fields"].values():
            assert list(group) == ["one", "two", "three", "four"][:len(group)]
            assert all({"id", "label"} <= set(f) for f in group.values())


def test_scans_point_at_demo_tickets_and_a_reader(data):
    for scan in data.scans.values():
        assert data.passes[scan.pass_id].attributes["passType"] == "eventTicket"
        assert scan.reader_id in data.readers
        ok = data.passes[scan.pass_id].attributes["status"] == "active"
        assert scan.attributes["status"] == ("successful" if ok else "failed")
