"""The lossless record mechanics, on hand-made and generated inputs."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from passdesk.core.jsonapi import parse_document
from passdesk.core.records import Beacon, Pass, PassStatus, parse_time

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                 max_size=3),
    max_leaves=10,
)
attribute_keys = st.sampled_from([
    "status", "extId", "barcode", "locations", "beacons", "passDesign", "passContent",
    "passSource", "nfc", "somethingNew", "createdAt", "latestMessage",
])


@given(st.dictionaries(attribute_keys | st.text(max_size=6), json_values, max_size=8))
def test_any_pass_attributes_round_trip(attributes: dict) -> None:
    resource = {"id": "p1", "type": "pass", "attributes": attributes}
    record = Pass.from_resource(resource)
    assert json.dumps(record.to_resource()) == json.dumps(resource)


def test_unknown_fields_are_kept_and_fields_set_in_code_are_written() -> None:
    record = Pass.from_resource({"id": "x", "type": "pass",
                                 "attributes": {"status": "active", "brandNew": {"a": 1}}})
    assert record.extra == {"brandNew": {"a": 1}}
    record.group_tag = "vip"
    assert record.to_json() == {"status": "active", "brandNew": {"a": 1}, "groupTag": "vip"}


def test_beacon_alias_spelling_is_written_back_as_received() -> None:
    beacon = Beacon.from_json({"proximity_uuid": "E2C56DB5-DFFB-48D2-B060-D0F5A71096E0",
                               "major": 1})
    assert beacon.proximity_uuid == "E2C56DB5-DFFB-48D2-B060-D0F5A71096E0"
    assert list(beacon.to_json()) == ["proximity_uuid", "major"]


def test_unknown_status_is_kept_and_known_ones_compare_to_the_enum() -> None:
    doc = parse_document({"data": [
        {"id": "1", "type": "pass", "attributes": {"status": "active"}},
        {"id": "2", "type": "pass", "attributes": {"status": "suspended"}},
    ]})
    active, other = doc.many()
    assert active.status == PassStatus.ACTIVE
    assert other.status == "suspended"


def test_parse_time_accepts_z_and_offsets_and_rejects_placeholders() -> None:
    assert parse_time("2022-01-01T00:00:00Z").isoformat() == "2022-01-01T00:00:00+00:00"
    assert parse_time("1975-07-17T22:30:00+01:00").utcoffset().total_seconds() == 3600
    assert parse_time("string") is None
    assert parse_time(None) is None


def test_unknown_resource_type_is_kept_whole() -> None:
    raw = {"data": {"id": "9", "type": "coupon", "attributes": {"value": 5},
                    "links": {"self": "/x"}}}
    doc = parse_document(raw)
    assert doc.one().extra == {"value": 5}
    assert doc.to_json() == raw
